"""Cheap word checks that let a rule skip a regular expression that cannot match.

Why: Python's re reads a case-insensitive pattern that starts with \\b or a letter one position at
a time (it has no first character to jump to), so each search over a sentence costs about as much
as the sentence is long, and the rules make dozens per sentence. `word in check` is a single fast
scan. It must never say no when the pattern could match, so `lowered()` is str.lower() plus the few
characters re.IGNORECASE treats as a letter that lower() leaves alone: dotless ı matches i, long ſ
matches s, İ lower-cases to i and a combining dot, and five old Cyrillic letter forms match в д о с т.
"""
from __future__ import annotations

import re

_LOOKALIKES = {"ı": "i", "ſ": "s", "\u1c80": "в", "\u1c81": "д", "\u1c82": "о", "\u1c83": "с", "\u1c84": "т",
               "\u1c85": "т", "\u1c86": "ъ", "\u1c87": "ѣ", "\u1c88": "ꙋ"}
_HAS_LOOKALIKE = re.compile("[" + "".join(_LOOKALIKES) + "]")


def replace_lookalikes(low: str) -> str:
    """`low` (lower-cased text) with the look-alike letters made plain; same length."""
    if low.isascii() or not _HAS_LOOKALIKE.search(low):
        return low
    for odd, plain in _LOOKALIKES.items():
        if odd in low:
            low = low.replace(odd, plain)
    return low


def lowered(text: str) -> str:
    """Lower-cased text for `in` checks before re.IGNORECASE patterns (see the module docstring)."""
    low = text.lower()
    if len(low) != len(text):  # İ -> i + combining dot above: drop the dot so "visit" is found in "VİSİT"
        low = low.replace("\u0307", "")
    return replace_lookalikes(low)


def lower_twin(pattern: re.Pattern) -> re.Pattern:
    """`pattern` (IGNORECASE) without IGNORECASE and with its letters lower-cased, for text.lower().

    Why: re compares each letter of a case-insensitive pattern through a case lookup and cannot skip
    an alternative at its first letter, so month names, units and ordinals cost several times more
    than the same plain pattern. Use the twin only when cheap.lowered(text) == text.lower(): then
    no character of the text is one that IGNORECASE matches but lower() leaves alone (ı, ſ, İ...),
    every character lower-cases to one (the positions stay), and a character matches a letter of the
    pattern ignoring case exactly when its lower case is that letter. The groups then hold the
    lower-cased text, which the rules lower-case anyway."""
    source = pattern.pattern
    # lower-casing must not touch an escape (\D, \S, \W, \B), a range or a group name
    assert pattern.flags & re.IGNORECASE and not re.search(r"\\[A-Z]|[A-Z]-|\(\?P<\w*[A-Z]", source), source
    return re.compile(source.lower(), pattern.flags & ~re.IGNORECASE)


_WORD_BOUNDARY = re.compile(r"\b")


def search_after_literal(text: str, literal: str, tail: re.Pattern, word_start: bool = False) -> re.Match | None:
    """The match of `tail` right after the leftmost `literal` in `text` that `tail` can follow, the same as
    re.search((r"\\b" if word_start else "") + re.escape(literal) + tail.pattern, text, tail.flags) would find
    (its groups are the tail's; its span is the tail's alone).

    Why: the rules that look for a name of the article followed by a case ending or a patronymic compiled one
    pattern per name (~0.5 ms each, and re keeps only the last 512 patterns, so in running use every new
    article's names are compiled again). Here the literal is found with str.find() and only the fixed tail is a
    pattern. Exact: a literal has no backtracking, so the whole pattern matches at p exactly when \\b holds at p
    (read by re with the character before p, as re.search reads it), `literal` stands at p, and `tail` matches
    where it ends; tried from the left, the first such p is the one re.search finds.
    tests/ingest/test_speed_gates.py compares the two."""
    p = text.find(literal)
    while p != -1:
        if not word_start or _WORD_BOUNDARY.match(text, p):
            m = tail.match(text, p + len(literal))
            if m is not None:
                return m
        p = text.find(literal, p + 1)
    return None
