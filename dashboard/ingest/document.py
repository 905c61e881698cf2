"""One article split and scanned once, shared by the visit, trade and quote rules.

Why: each rule used to split the text into sentences, lower-case each sentence and look for the
countries in it on its own; for a 1,000-word article that work was done two or three times over.
Everything here depends on the article alone, never on what another article held.
"""
from __future__ import annotations

from functools import cached_property
from typing import NamedTuple

from . import places
from .cheap import lowered, replace_lookalikes
from .sentences import sentences


class Sentence(NamedTuple):  # a tuple: made by the thousand, and a frozen dataclass is slow to make
    start: int
    end: int
    text: str
    low: str  # text.lower(), for the cheap `in` checks each rule makes before its patterns
    check: str  # cheap.lowered(text) (but for Greek final sigma), for the `in` checks added for speed


class Document:
    def __init__(self, text: str):
        self.text = text
        whole = text.lower()
        # lower() keeps the length unless the text has an İ; then each sentence is lowered on its own
        check = replace_lookalikes(whole) if len(whole) == len(text) else None
        self.sentences = [Sentence(a, b, text[a:b], text[a:b].lower(),
                                   check[a:b] if check is not None else lowered(text[a:b]))
                          for a, b in sentences(text)]

    @cached_property
    def countries(self) -> places.Index:
        """The article folded for the country pattern (on first use: a short article may need none)."""
        return places.Index(self.text)

    def mentions(self, sentence: Sentence) -> list[places.Mention]:
        """places.mentions(sentence.text), positions in the article."""
        return self.countries.within(sentence.start, sentence.end)

    def codes(self, sentence: Sentence) -> list[str]:
        """places.codes_in(sentence.text)."""
        return self.countries.codes_within(sentence.start, sentence.end)
