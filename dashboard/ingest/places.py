"""Countries in article text: names, short names, demonyms, capitals and aliases in en/az/ru/tr.

Everything comes from data/reference/countries.csv through dashboard.data.countries; this module
only builds one regular expression over those words and maps a match back to its ISO-3 code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dashboard.data import countries
from dashboard.data.text import fold

# Aliases that are ordinary words or codes in running text ("AZ", "TR") are not country mentions.
_TOO_SHORT = 3


@dataclass(frozen=True)
class Mention:
    iso3: str
    start: int
    end: int
    word: str
    is_capital: bool
    is_demonym: bool


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern, dict[str, tuple[str, bool, bool]]]:
    words: dict[str, tuple[str, bool, bool]] = {}
    for c in countries.all_countries():
        if c.is_group:
            continue
        labels = [c.name, c.short_name, c.name_az, c.name_ru, c.name_tr, *c.aliases]
        for label in labels:
            if len(label) >= _TOO_SHORT and not label.isupper():
                words.setdefault(fold(label), (c.iso3, False, False))
        if c.demonym:
            words[fold(c.demonym)] = (c.iso3, False, True)
        if c.capital:
            words[fold(c.capital)] = (c.iso3, True, False)
        for alias in c.aliases:  # former capital names ("Nur-Sultan") and seats of power
            if alias in ("Nur-Sultan", "Akorda", "Lefkoşa"):
                words[fold(alias)] = (c.iso3, True, False)
    alternatives = sorted(words, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in alternatives) + r")(?:'s|’s)?(?!\w)")
    return pattern, words


def mentions(text: str) -> list[Mention]:
    """Every country word in `text`, in order. Matching is on folded text, so spans stay aligned
    only where folding keeps the length; the text is folded character by character to keep them."""
    pattern, words = _index()
    folded = _fold_keep_length(text)
    found = []
    for match in pattern.finditer(folded):
        iso3, capital, demonym = words[match.group(1)]
        found.append(Mention(iso3, match.start(), match.end(), text[match.start():match.end()], capital, demonym))
    return found


_ONE_CHAR_FOLD: dict[int, str] = {}  # code point -> its one-character fold, filled as characters are met


def _fold_keep_length(text: str) -> str:
    """fold() character by character (one character each), so a match's span is the original's span."""
    for ch in set(text):
        if ord(ch) not in _ONE_CHAR_FOLD:
            f = fold(ch) if not ch.isspace() else " "
            _ONE_CHAR_FOLD[ord(ch)] = f[:1] or " "
    return text.translate(_ONE_CHAR_FOLD)


@lru_cache(maxsize=8192)
def is_place_word(word: str) -> bool:
    """Does one word name a country? Name parsing asks this word by word, and words repeat, so it is
    cached (bounded: words, not articles, so a repeated article gains nothing from it)."""
    return bool(mentions(word))


def codes_in(text: str) -> list[str]:
    return list(dict.fromkeys(m.iso3 for m in mentions(text)))


def name(iso3: str) -> str:
    """The short English name the raw files use for a country."""
    return countries.short_name(iso3)
