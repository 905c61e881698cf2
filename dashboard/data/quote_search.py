"""Quote search, pure: folded matching with highlight offsets, relevance, facets, pages, who-about-whom.

Matching is case- and diacritic-insensitive (`text.fold`): "Turkiye", "Türkiye" and "TÜRKİYE" are one
word. A query is split into terms; every term must match the quote's words, speaker or role at the
start of a word ("brother" finds "brotherly"); "quoted words" match as a phrase. A term that names a
country also matches the country's other names ("Türkiye" finds "Turkey", "Azərbaycan" finds
"Azerbaijan" and "Азербайджан"), because the sources spell countries by era and language.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from . import countries
from .query import in_years, involving
from .text import fold

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_PARAM_VALUES = 50
SORTS = ("relevance", "newest", "oldest")
FACETS = ("speakers", "topics", "speaker_countries", "mentions")
# A country's other names are added only for terms this long, so "tr" stays a plain prefix.
MIN_EXPANDED_TERM = 4
# Aliases in the reference file that are places or adjectives, not names of the country itself.
NOT_COUNTRY_NAMES = frozenset({"azeri", "akorda", "nur-sultan", "lefkosa"})
# Where a term is found counts for more in the speaker's name than in the words or the role.
FIELD_WEIGHTS = {"speaker": 3.0, "speaker_role": 1.5, "text": 1.0}
MAX_HITS_PER_FIELD = 3
LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "tr": "Turkish", "hu": "Hungarian", "az": "Azerbaijani",
                  "kk": "Kazakh", "uz": "Uzbek", "ky": "Kyrgyz", "tk": "Turkmen", "tg": "Tajik", "de": "German"}
DOWNLOAD_COLUMNS = ["quote_id", "date_label", "speaker", "speaker_role", "speaker_iso3", "text", "language",
                    "topics", "mentioned_iso3", "publisher", "published", "source_url", "source_kind"]
_PHRASE_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- folding with offsets

@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    return " " if ch.isspace() else fold(ch)


@lru_cache(maxsize=8192)
def fold_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """`fold` character by character, keeping for each folded character the index it came from."""
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = _fold_char(ch)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), tuple(origin)


def _to_original(text: str, origin: tuple[int, ...], start: int, end: int) -> tuple[int, int]:
    lo, hi = origin[start], origin[end - 1] + 1
    while hi < len(text) and unicodedata.combining(text[hi]):  # keep a decomposed accent with its letter
        hi += 1
    return lo, hi


# ---------------------------------------------------------------- query terms

@dataclass(frozen=True)
class Term:
    """One thing the user asked for: a word or phrase, with the other spellings that count as it."""
    words: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...] = ()

    @property
    def forms(self) -> tuple[tuple[str, ...], ...]:
        return (self.words, *[a for a in self.alternatives if a != self.words])

    @property
    def regex(self) -> re.Pattern[str]:
        return _term_regex(self.forms)


@lru_cache(maxsize=512)
def _term_regex(forms: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    # Longest form first so "turkish republic of northern cyprus" wins over a shorter form.
    ordered = sorted(forms, key=lambda words: -sum(map(len, words)))
    return re.compile("|".join(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) for words in ordered))


@lru_cache(maxsize=64)
def country_forms(code: str) -> tuple[tuple[str, ...], ...]:
    """The folded names of a country (every language the reference file gives), as word tuples."""
    country = countries.by_code().get(code)
    if country is None or country.is_group:
        return ()
    skip = {fold(country.capital), fold(country.demonym)} | NOT_COUNTRY_NAMES
    forms: list[tuple[str, ...]] = []
    for name in (country.name, country.short_name, country.name_az, country.name_ru, country.name_tr, *country.aliases):
        folded = fold(name)
        words = _stem_cyrillic(tuple(_WORD.findall(folded)))
        if len(folded) >= MIN_EXPANDED_TERM and folded not in skip and words and words not in forms:
            forms.append(words)
    return tuple(forms)


def _stem_cyrillic(words: tuple[str, ...]) -> tuple[str, ...]:
    """Russian declines names ("Турция", "Турции", "Турцией"): match a Cyrillic name by its stem."""
    if words and re.fullmatch(r"[а-я]{5,}[аяиеь]", words[-1]):
        return (*words[:-1], words[-1][:-1])
    return words


def _term(words: tuple[str, ...]) -> Term:
    code = countries.try_resolve(" ".join(words))
    if code and len(" ".join(words)) >= MIN_EXPANDED_TERM:
        return Term(words, country_forms(code))
    return Term(words)


def parse_query(query: str) -> tuple[Term, ...]:
    """Free text -> terms: words, "quoted phrases", and a whole query that names a country."""
    text = fold(str(query)[:MAX_QUERY_LENGTH].translate(_PHRASE_QUOTES))
    chunks = re.findall(r'"([^"]*)"|(\S+)', text)
    terms: list[Term] = []
    if all(not phrase for phrase, _ in chunks) and len(chunks) > 1:
        whole = tuple(_WORD.findall(text))
        if countries.try_resolve(" ".join(whole)) or countries.try_resolve(text):
            return (_term(whole),)
    for phrase, word in chunks:
        words = tuple(_WORD.findall(phrase or word))
        if words and all(t.words != words for t in terms):
            terms.append(_term(words))
    return tuple(terms)


# ---------------------------------------------------------------- matching and relevance

def match_spans(text: str, terms: Sequence[Term]) -> list[tuple[int, int]]:
    """(start, end) offsets in the ORIGINAL text of every match, merged where they touch or overlap."""
    if not terms or not text:
        return []
    folded, origin = fold_with_offsets(str(text))
    spans = sorted(_to_original(text, origin, m.start(), _word_end(folded, m.end()))
                   for term in terms for m in term.regex.finditer(folded) if m.end() > m.start())
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _word_end(folded: str, end: int) -> int:
    """A prefix match is shown as the whole word it starts ("brother" marks all of "brotherly")."""
    word = _WORD.match(folded, end)
    return word.end() if word else end


def segments(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into (piece, is_match) pieces, in order; joining the pieces gives the text back."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces


def _field_score(folded: str, term: Term) -> float:
    score = 0.0
    for hits, match in enumerate(term.regex.finditer(folded)):
        if hits >= MAX_HITS_PER_FIELD:
            break
        whole_word = match.end() >= len(folded) or not _WORD.match(folded[match.end()])
        as_typed = tuple(_WORD.findall(match.group())) == term.words
        score += (2.0 if whole_word else 1.0) * (1.0 if as_typed else 0.8)
    return score


def score_quote(fields: Mapping[str, str], terms: Sequence[Term]) -> float | None:
    """Relevance of one quote, or None when some term matches none of its fields."""
    if not terms:
        return 0.0
    folded = {name: fold_with_offsets(str(fields.get(name, "")))[0] for name in FIELD_WEIGHTS}
    total = 0.0
    for term in terms:
        found = sum(weight * _field_score(folded[name], term) for name, weight in FIELD_WEIGHTS.items())
        if not found:
            return None
        total += found
    if len(terms) > 1:  # the words in the order typed, as one phrase, rank first
        phrase = Term(tuple(w for t in terms for w in t.words))
        total += 3.0 * bool(phrase.regex.search(folded["text"]))
    return total


def text_scores(quotes: pd.DataFrame, terms: Sequence[Term]) -> pd.Series:
    """Relevance per row (NaN where the search does not match); 0 for every row when there is no search."""
    if not terms:
        return pd.Series(0.0, index=quotes.index)
    rows = quotes[list(FIELD_WEIGHTS)].to_dict("records")
    return pd.Series([score_quote(r, terms) for r in rows], index=quotes.index, dtype="float64")


# ---------------------------------------------------------------- facets

@dataclass(frozen=True)
class QuoteFilters:
    """Everything that narrows the quotes; empty means no narrowing."""
    q: str = ""
    speakers: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    speaker_countries: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # global: the speaker is from, or the quote mentions, one of them
    years: tuple[int, int] | None = None


def _any_of(values: pd.Series, wanted: Iterable[str]) -> pd.Series:
    wanted = set(wanted)
    return values.map(lambda items: bool(wanted.intersection(items)))


def facet_masks(quotes: pd.DataFrame, filters: QuoteFilters) -> dict[str, pd.Series]:
    """One boolean mask per filter (global ones included), so counts can leave one facet out."""
    everything = pd.Series(True, index=quotes.index)
    masks = {name: everything for name in (*FACETS, "countries", "years")}
    if filters.speakers:
        masks["speakers"] = quotes["speaker"].isin(filters.speakers)
    if filters.topics:
        masks["topics"] = _any_of(quotes["topics"], filters.topics)
    if filters.speaker_countries:
        masks["speaker_countries"] = quotes["speaker_iso3"].isin(filters.speaker_countries)
    if filters.mentions:
        masks["mentions"] = _any_of(quotes["mentioned_iso3"], filters.mentions)
    if filters.countries:
        masks["countries"] = involving(quotes, filters.countries, ("speaker_iso3", "mentioned_iso3"))
    if filters.years:
        masks["years"] = in_years(quotes, filters.years)
    return masks


def _combine(masks: Mapping[str, pd.Series], index: pd.Index, leave_out: Iterable[str] = ()) -> pd.Series:
    out = pd.Series(True, index=index)
    for name, mask in masks.items():
        if name not in leave_out:
            out &= mask
    return out


def _count_values(values: pd.Series) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for value in values:
        counts.update(value if isinstance(value, tuple) else (value,))
    return dict(counts)


FACET_COLUMNS = {"speakers": "speaker", "topics": "topics", "speaker_countries": "speaker_iso3",
                 "mentions": "mentioned_iso3"}


# ---------------------------------------------------------------- the whole search

@dataclass(frozen=True)
class SearchResult:
    rows: pd.DataFrame  # the matching quotes, sorted, with a `score` column
    total: int  # all quotes, before any filter
    terms: tuple[Term, ...]
    facet_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    pair_base: pd.DataFrame | None = None  # matches, ignoring the speaker-country and mentions facets
    text_matches: int = 0  # quotes the search words alone find, whatever the filters


def effective_sort(sort: str | None, query: str) -> str:
    """Relevance only means something while searching; otherwise newest first."""
    if sort in SORTS and (sort != "relevance" or query.strip()):
        return sort
    return "relevance" if query.strip() else "newest"


def sort_rows(rows: pd.DataFrame, sort: str) -> pd.DataFrame:
    """Newest or oldest first, or best match first (newest first among equals); ties by id, for stability."""
    if sort == "oldest":
        return rows.sort_values(["date", "quote_id"], ascending=[True, True], kind="stable")
    if sort == "relevance":
        return rows.sort_values(["score", "date", "quote_id"], ascending=[False, False, True], kind="stable")
    return rows.sort_values(["date", "quote_id"], ascending=[False, True], kind="stable")


def search(quotes: pd.DataFrame, filters: QuoteFilters, sort: str | None = None) -> SearchResult:
    """The quotes matching every filter and the search, sorted, with the counts each facet would give."""
    terms = parse_query(filters.q)
    scores = text_scores(quotes, terms)
    masks = {"q": scores.notna(), **facet_masks(quotes, filters)}
    scored = quotes.assign(score=scores.fillna(0.0))
    rows = sort_rows(scored[_combine(masks, quotes.index)], effective_sort(sort, filters.q))
    counts = {name: _count_values(quotes.loc[_combine(masks, quotes.index, (name,)), FACET_COLUMNS[name]])
              for name in FACETS}
    pair_base = scored[_combine(masks, quotes.index, ("speaker_countries", "mentions"))]
    return SearchResult(rows, len(quotes), terms, counts, pair_base, int(masks["q"].sum()))


def paginate(rows: pd.DataFrame, page: int, per_page: int = PER_PAGE) -> tuple[pd.DataFrame, int, int]:
    """(the rows of one page, that page number clamped to 1..pages, the number of pages)."""
    pages = max(1, math.ceil(len(rows) / per_page))
    page = min(max(1, int(page)), pages)
    return rows.iloc[(page - 1) * per_page: page * per_page], page, pages


# ---------------------------------------------------------------- who speaks about whom

def order_codes(codes: Iterable[str]) -> list[str]:
    """Countries in the reference file's order (the nine states first, then groups, then others)."""
    rank = {c.iso3: i for i, c in enumerate(countries.all_countries())}
    tie = set(countries.tie_codes())
    return sorted(set(codes), key=lambda c: (0 if c in tie else 1 if c.startswith("GRP_") else 2, rank.get(c, 10**6), c))


def who_about_whom(quotes: pd.DataFrame) -> pd.DataFrame:
    """Counts of quotes per (speaker's country, country mentioned); a speaker's own country is left out."""
    pairs = Counter((speaker, mentioned) for speaker, mentions in zip(quotes["speaker_iso3"], quotes["mentioned_iso3"])
                    for mentioned in mentions if mentioned != speaker)
    frame = pd.DataFrame([(s, m, n) for (s, m), n in pairs.items()],
                         columns=["speaker_iso3", "mentioned_iso3", "quotes"])
    return frame.sort_values(["quotes", "speaker_iso3", "mentioned_iso3"], ascending=[False, True, True],
                             ignore_index=True)


# ---------------------------------------------------------------- URL values and display

def match_names(values: Sequence[str], known: Iterable[str]) -> tuple[list[str], list[str]]:
    """URL values -> (the known names they fold to, in order, without repeats; the rejected values)."""
    index = {fold(name): name for name in known}
    kept, rejected = [], []
    for value in list(values)[:MAX_PARAM_VALUES]:
        name = index.get(fold(value)) if len(value) <= MAX_QUERY_LENGTH else None
        if name is None:
            rejected.append(value)
        elif name not in kept:
            kept.append(name)
    return kept, rejected + list(values)[MAX_PARAM_VALUES:]


def find_quote(quotes: pd.DataFrame, quote_id: str) -> pd.Series | None:
    """The quote with this id (ids are lower-case; a pasted id is trimmed and lower-cased), else None."""
    wanted = str(quote_id).strip().lower()
    if not wanted:  # no permalink opened (every run of the page without one): no scan
        return None
    hit = quotes[quotes["quote_id"].eq(wanted)]
    return hit.iloc[0] if len(hit) else None


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def for_download(rows: pd.DataFrame, link_base: str) -> pd.DataFrame:
    """The quotes as a reader's CSV: the columns a citation needs, plus each quote's permalink."""
    out = rows[DOWNLOAD_COLUMNS].copy()
    out["permalink"] = [permalink(link_base, q) for q in out["quote_id"]]
    return out


def permalink(base: str, quote_id: str) -> str:
    """The link that opens the Quotes page on one quote."""
    return f"{base.split('?')[0].split('#')[0]}?quote={quote_id}"


def facet_options(quotes: pd.DataFrame) -> dict[str, list[str]]:
    """Each facet's choices: speakers most quoted first, topics alphabetically, countries in the usual order."""
    totals = quotes["speaker"].value_counts()
    return {"speakers": sorted(totals.index, key=lambda s: (-totals[s], s)),
            "topics": sorted({t for ts in quotes["topics"] for t in ts}),
            "speaker_countries": order_codes(quotes["speaker_iso3"]),
            "mentions": order_codes(c for cs in quotes["mentioned_iso3"] for c in cs)}


# ---------------------------------------------------------------- the page's URL (docs/architecture.md)

URL_KEYS = ("q", "speaker", "topic", "speaker_country", "mentions", "quote")


def _listed(values: Sequence[str], limit: int = 5) -> str:
    shown = [v if len(v) <= 40 else v[:37] + "…" for v in values[:limit]]
    return ", ".join(shown) + (f" and {len(values) - limit} more" if len(values) > limit else "")


def read_url(params: Mapping[str, Sequence[str]], quotes: pd.DataFrame) -> tuple[dict[str, object], list[str]]:
    """The page's URL parameters -> (valid values by key, for the keys present; notices on what was dropped)."""
    values: dict[str, object] = {}
    notices: list[str] = []
    if params.get("q"):
        text = str(params["q"][0])
        values["q"] = text[:MAX_QUERY_LENGTH].strip()
        if len(text) > MAX_QUERY_LENGTH:
            notices.append(f"the search text was cut to its first {MAX_QUERY_LENGTH} characters")
    options = facet_options(quotes)
    named = {"speaker": ("speaker", options["speakers"]), "topic": ("topic", options["topics"]),
             "speaker_country": ("speaker's country code", options["speaker_countries"]),
             "mentions": ("mentioned country code", options["mentions"])}
    for key, (what, known) in named.items():
        if key not in params:
            continue
        kept, rejected = match_names(params[key], known)
        values[key] = kept
        if rejected:
            hint = "" if key == "speaker" else f"; known: {_listed(known, 20)}"
            notices.append(f"ignored unknown {what}(s) {_listed(rejected)}{hint}")
    if params.get("quote"):
        wanted = list(params["quote"])
        found = find_quote(quotes, wanted[0])
        if found is not None:
            values["quote"] = found["quote_id"]
        else:
            notices.append(f"no quote has the id {_listed(wanted[:1])}; it may have been corrected or removed")
        if len(wanted) > 1:
            notices.append(f"a link opens one quote; ignored {_listed(wanted[1:])}")
    return values, notices
