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
assert set(_WORDS) <= set(TOPICS)


_SUFFIXES = ("", "s", "es", "ed", "ing", "al")
# All topics in one pattern, one group each: one pass over a quote instead of five, with the same
# counts, because no word is a match of two topics (checked below: then at any place at most one
# topic's group can match, and a match never begins inside another topic's match).
_ANY_SOURCE = r"\b(?:" + "|".join(f"(?P<{topic}>{words})" for topic, words in _WORDS.items()) + r")(?:s|es|ed|ing|al)?\b"
_ANY = re.compile(_ANY_SOURCE, re.I)
# The same without IGNORECASE, for cheap.lowered(text): re skips a plain alternative whose first letter
# differs at once, but runs every case-insensitive one in full. The words are plain lower-case ASCII, so
# a part of the text matches them ignoring case exactly when its lowered() form matches them as they
# are, and lowered() keeps letters letters (for \b), but where it drops a combining dot that was
# already in the text: such a text takes the IGNORECASE pattern.
_ANY_LOWER = re.compile(_ANY_SOURCE)
# The same again, read on " " + the lowered text with the \b in front made a \W: every word of _WORDS
# begins with a letter, so \b before it is a non-letter (or the start, now the space) before it, and no
# match ends with a non-letter, so no match takes the \W the next one needs: the same matches, one
# character earlier. Why: a pattern that begins with \b is tried at every character; one that begins
# with a character class is tried only where re, scanning in C, finds one of those characters.
assert _ANY_SOURCE.startswith(r"\b(?:") and all(w[0].isalpha() and w[-1].isalpha()
                                                 for words in _WORDS.values() for w in words.split("|"))
_ANY_SPACED = re.compile(r"\W" + _ANY_SOURCE[2:])


def _no_word_of_two_topics() -> bool:
    owner: dict[str, str] = {}
    for topic, words in _WORDS.items():
        for word in words.split("|"):
            forms = [word.replace("[cs]", c) for c in "cs"] if "[cs]" in word else [word]
            assert not re.search(r"[^a-z ]", "".join(forms)), word  # plain words only, or the check is wrong
            for form in forms:
                for whole in [form + end for end in _SUFFIXES] + form.split():
                    if owner.setdefault(whole, topic) != topic:
                        return False
    return True


assert _no_word_of_two_topics()


def topics_of(text: str) -> str:
    """'trade;energy' style: every topic whose words occur, by how often; 'politics' when none does."""
    counts = dict.fromkeys(_WORDS, 0)
    for m in _ANY.finditer(text) if "\u0307" in text else _ANY_SPACED.finditer(" " + lowered(text)):
        counts[m.lastgroup] += 1
    chosen = [t for t, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n]
    return ";".join(chosen[:2]) or "politics"
