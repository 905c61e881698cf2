"""Countries in article text: names, short names, demonyms, capitals and aliases in en/az/ru/tr.

Everything comes from data/reference/countries.csv through dashboard.data.countries; this module
only builds one regular expression over those words and maps a match back to its ISO-3 code.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from dashboard.data import countries
from dashboard.data.text import fold

# Aliases that are ordinary words or codes in running text ("AZ", "TR") are not country mentions.
_TOO_SHORT = 3


class Mention(NamedTuple):  # a tuple: made by the thousand, and a frozen dataclass is slow to make
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
    # Every word begins and ends with a letter or digit, so "(?<!\w)word" is "\Wword" with the \W left
    # out of the mention; mentions() puts a space in front so a word at the very start is found too.
    assert all(re.fullmatch(r"\w(?:.*\w)?", w, re.S) for w in words)
    pattern = re.compile(r"\W(" + _trie(words) + r")(?:'s|’s)?(?!\w)")
    return pattern, words


def _trie(words) -> str:
    """One regex for a set of words, as a trie: "kaz(?:akh(?:stan)?)?" instead of a flat alternation.

    Why: Python's re tries a flat alternation's words one after another at every place it could
    start (~110 tries); a trie rejects a place at its first letter. The result is the same: at a
    place, the longest word that fits (and is followed by no letter) wins, as it did with the words
    sorted longest first, because the optional tails are greedy and give way one letter group at a
    time. The \W in front gives re a character class to scan for in C before trying any word."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def mentions(text: str) -> list[Mention]:
    """Every country word in `text`, in order. Matching is on folded text, so spans stay aligned
    only where folding keeps the length; the text is folded character by character to keep them."""
    pattern, words = _index()
    found = []
    for match in pattern.finditer(" " + _fold_keep_length(text)):  # positions are one on: the space in front
        start, end = match.start(1) - 1, match.end() - 1
        iso3, capital, demonym = words[match.group(1)]
        found.append(Mention(iso3, start, end, text[start:end], capital, demonym))
    return found


_ONE_CHAR_FOLD: dict[int, str] = {}  # code point -> its one-character fold, filled as characters are met
# Printable ASCII folds to its lower case and ASCII white space to a space; everything else is looked up.
_ASCII_SPACE = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
_LOOKED_UP = re.compile(r"[^\t\n\x0b\x0c\r\x1c-\x7e]+")
_RUN_FOLDS: dict[str, str] = {}  # such a run -> its fold (keyed by the characters, never by article)


def _fold_chars(text: str) -> str:
    for ch in set(text):
        if ord(ch) not in _ONE_CHAR_FOLD:
            f = fold(ch) if not ch.isspace() else " "
            _ONE_CHAR_FOLD[ord(ch)] = f[:1] or " "
    return text.translate(_ONE_CHAR_FOLD)


def _fold_keep_length(text: str) -> str:
    """fold() character by character (one character each), so a match's span is the original's span.

    Why not one translate(): it looks every character up (~40 ns each); str.lower() is ~8. So the text
    is lower-cased, its ASCII white space made spaces, and only runs of other characters (quote marks,
    dashes, letters with accents, Cyrillic) are looked up. The same as the translate: checked for every
    ASCII character on first use, and the slow way whenever lower() changes the length."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two characters: positions would move
        return _fold_chars(text)
    for ch in _ASCII_SPACE:
        if ch in lowered:
            lowered = lowered.replace(ch, " ")
    parts, i = [], 0
    runs = _RUN_FOLDS
    for m in _LOOKED_UP.finditer(text):
        start, end = m.span()
        parts.append(lowered[i:start])
        run = m.group()
        folded = runs.get(run)
        if folded is None:
            folded = _fold_chars(run)
            if len(runs) < 4096:  # bounded; runs are a quote mark, a dash, an accented or Cyrillic word
                runs[run] = folded
        parts.append(folded)
        i = end
    if not parts:
        return lowered
    parts.append(lowered[i:])
    return "".join(parts)


assert _fold_keep_length("".join(map(chr, range(128)))) == _fold_chars("".join(map(chr, range(128))))


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


_WORD_CHAR = re.compile(r"\w")


class Index:
    """The country words of one whole article, found once; those of a sentence are then a slice.

    Why: the rules ask for the countries of many sentences of one article, and each ask folded the
    sentence and ran the country pattern over it again. within(a, b) gives exactly what
    mentions(text[a:b]) gives (positions in the article, though): the slice is the same unless a
    mention crosses an edge of the part or the character just outside an edge is a letter (the
    pattern looks one character around a word); then the part is read again on its own."""

    def __init__(self, text: str):
        self.text = text
        self.found = mentions(text)
        self._starts = [m.start for m in self.found]
        self._ends = [m.end for m in self.found]

    def within(self, a: int, b: int) -> list[Mention]:
        text = self.text
        if (a > 0 and _WORD_CHAR.match(_fold_keep_length(text[a - 1]))) or \
                (b < len(text) and _WORD_CHAR.match(_fold_keep_length(text[b]))):
            return self._again(a, b)
        part = self.found[bisect_right(self._ends, a):bisect_left(self._starts, b)]
        if part and (part[0].start < a or part[-1].end > b):
            return self._again(a, b)
        return part

    def _again(self, a: int, b: int) -> list[Mention]:
        return [Mention(m.iso3, m.start + a, m.end + a, m.word, m.is_capital, m.is_demonym)
                for m in mentions(self.text[a:b])]

    def codes_within(self, a: int, b: int) -> list[str]:
        """codes_in(text[a:b])."""
        return list(dict.fromkeys(m.iso3 for m in self.within(a, b)))
