"""Sentences with their spans: the unit the visit, trade and target rules read."""
from __future__ import annotations

import re

# A sentence ends at . ! ? followed by space and a capital or quote, or at a paragraph break;
# abbreviations common in news ("Mr.", "U.S.", "Jan.") and decimals do not end one.
# The leading (?=[.!?]) is for speed only: the lookbehinds are tried where a stop is, not at every character.
_END = re.compile(r"(?=[.!?])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])(?<!\bJan)(?<!\bFeb)(?<!\bAug)(?<!\bSept)"
                  r"(?<!\bOct)(?<!\bNov)(?<!\bDec)[.!?][”\"»]?\s+(?=[A-Z“\"«А-Я])|\n\s*\n")


def sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _END.finditer(text):
        end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
