"""Topics of a quote (the quotes table's `topic` values) from its words; politics when none fits."""
from __future__ import annotations

import re

from dashboard.data.vocabulary import TOPICS

from .cheap import lowered

_WORDS = {
    "trade": r"trade|turnover|export|import|investment|investor|economic|economy|business|market|customs|tariff",
    "energy": r"energy|gas|oil|pipeline|electricity|power|renewable|green energy|hydro|solar|wind|cable",
    "transport": r"transport|corridor|railway|rail|road|logistics|port|transit|cargo|aviation|flight",
    "culture": r"culture|cultural|language|history|historical|roots|memory|heritage|literature|education|"
               r"university|street named|anniversary|days of|art|music|brotherhood|traditions",
    "security": r"security|defen[cs]e|military|army|terror|war|peace|conflict|weapon|border",
}
# whole words with plain endings only: "import" must not match "important"
_PATTERNS = {topic: re.compile(rf"\b(?:{words})(?:s|es|ed|ing|al)?\b", re.I) for topic, words in _WORDS.items()}
assert set(_WORDS) <= set(TOPICS)


# The words of each topic up to any regex sign ("defen[cs]e" -> "defen"): a topic none of whose words
# is in cheap.lowered(text) has no match, and its pattern is not run.
_STEMS = {topic: tuple(re.split(r"[\[\\(]", word)[0] for word in words.split("|")) for topic, words in _WORDS.items()}


def topics_of(text: str) -> str:
    """'trade;energy' style: every topic whose words occur, by how often; 'politics' when none does."""
    check = lowered(text)
    counts = {topic: len(pattern.findall(text)) if any(stem in check for stem in _STEMS[topic]) else 0
              for topic, pattern in _PATTERNS.items()}
    chosen = [t for t, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n]
    return ";".join(chosen[:2]) or "politics"
