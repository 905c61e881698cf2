"""Who held which office when: data/reference/officeholders.csv, so "the Kazakh leader" on a date is a name.

Offices are the heads of state, heads of government and foreign ministers of the nine states.
An empty `end` means the person was still in office when the table was last checked.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .paths import REFERENCE_DIR
from .text import fold

OFFICEHOLDERS_CSV = REFERENCE_DIR / "officeholders.csv"
HEAD_OF_STATE = "President"
# Words a text uses for an office -> the office as the table names it.
OFFICE_WORDS = {
    "president": HEAD_OF_STATE, "leader": HEAD_OF_STATE, "head of state": HEAD_OF_STATE,
    "national leader": HEAD_OF_STATE,
    "prime minister": "Prime Minister", "premier": "Prime Minister",
    "foreign minister": "Foreign Minister", "minister of foreign affairs": "Foreign Minister",
    "top diplomat": "Foreign Minister",
}


@dataclass(frozen=True)
class Term:
    country: str  # ISO-3 (CYN for Northern Cyprus)
    office: str
    name: str
    aliases: tuple[str, ...]
    start: date
    end: date | None
    source_url: str

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    with OFFICEHOLDERS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(Term(row["country"], row["office"], row["name"],
                      tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
                      date.fromisoformat(row["start"]),
                      date.fromisoformat(row["end"]) if row["end"].strip() else None, row["source_url"])
                 for row in rows)


@lru_cache(maxsize=1)
def _by_office() -> dict[tuple[str, str], tuple[Term, ...]]:
    """(country, office) -> its terms in file order (extraction asks holder() several times an article)."""
    index: dict[tuple[str, str], list[Term]] = {}
    for term in terms():
        index.setdefault((term.country, term.office), []).append(term)
    return {key: tuple(found) for key, found in index.items()}


def holder(country: str, office: str, day: date) -> Term | None:
    """The person in `office` of `country` on `day`, or None when the table does not know."""
    for term in _by_office().get((country, office), ()):
        if term.covers(day):
            return term
    return None


@lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[Term, ...]]:
    index: dict[str, list[Term]] = {}
    for term in terms():
        for key in {fold(term.name), fold(term.surname), *map(fold, term.aliases)}:
            index.setdefault(key, []).append(term)
    return {key: tuple(found) for key, found in index.items()}


@lru_cache(maxsize=8192)  # extraction looks the same candidate names up in every article
def _key(name: str) -> str:
    return fold(name)


# Round 21: a foreign name as Azerbaijani and Russian write it drops or keeps a doubled letter at will ("Peter Siyarto"
# and "Siyyarto", "Kövér" and "Kövver"): each name's key with its doubled letters single, asked when the key is none
_DOUBLED = re.compile(r"(\w)\1")


@lru_cache(maxsize=1)
def _single_letter_index() -> dict[str, tuple[Term, ...]]:
    index: dict[str, dict[Term, None]] = {}  # a dict for a set in the table's order
    for key, found in _name_index().items():
        index.setdefault(_single_letter_key(key), {}).update(dict.fromkeys(found))
    return {key: tuple(found) for key, found in index.items()}


@lru_cache(maxsize=8192)  # asked for each name no key holds, which most names are
def _single_letter_key(key: str) -> str:
    return _DOUBLED.sub(r"\1", key)


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    return frozenset(word for key in _name_index() for word in key.split())


@lru_cache(maxsize=8192)
def is_name_word(word: str) -> bool:
    """Is `word` part of some holder's name, surname or alias? If no word of a phrase is, no part of
    the phrase can name a holder, so extraction skips the lookups (dashboard/ingest/people.py)."""
    return _key(word) in _name_words()


def by_name(name: str, day: date | None = None) -> list[Term]:
    """Terms whose holder is called `name` (full name, surname or alias), those covering `day` first."""
    found = _name_index().get(_key(name)) or _single_letter_index().get(_single_letter_key(_key(name)))
    if not found:  # most names asked for (every capitalised run extraction reads) are no holder's
        return []
    found = list(found)
    if day is not None and len(found) > 1:  # one term needs no sorting
        found.sort(key=lambda t: not t.covers(day))
    return found


_OFFICE_WORDS_LONGEST_FIRST = sorted(OFFICE_WORDS, key=len, reverse=True)


@lru_cache(maxsize=4096)  # speaker phrases repeat ("the Kazakh leader"); extraction asks for each one
def office_of(phrase: str) -> str | None:
    """'Kazakh leader' -> 'President'; 'Foreign Minister' -> 'Foreign Minister'; else None."""
    text = _key(phrase)
    for words in _OFFICE_WORDS_LONGEST_FIRST:
        if words in text:
            return OFFICE_WORDS[words]
    return None
