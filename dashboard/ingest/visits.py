"""Visits: who went where, when, of what type, and what was signed or opened.

A sentence proposes a visit when it says "visit" (or "arrived in", "summit") and names a day
(resolved against the article's date), a visitor (name or office, see people.py) and a place
(a capital, or a country of the tie states other than the visitor's). Later sentences about "the
visit" add documents signed ("three documents were signed"; "numerous documents" -> signed,
number not stated) and openings ("a street named after Heydar Aliyev").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dashboard.data import countries

from . import places, when
from .people import Person, Resolver

_VISIT = re.compile(r"\b(visit(?:ed|s|ing)?|arrived in|summit|trip to|travell?ed to)\b", re.I)
_TYPE = re.compile(r"\b(state|official|working|summit)\b(?:\s+visit)?", re.I)
_COUNT_WORDS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                                            "sixteen", "seventeen", "eighteen", "nineteen", "twenty"])}
_DOCUMENTS = re.compile(r"\b(\d{1,3}|" + "|".join(_COUNT_WORDS) + r"|numerous|several|a number of|some|many|a package of|"
                        r"a series of|various)\s+(?:[\w-]+\s+){0,3}?(documents|agreements|memorand\w+|treaties|"
                        r"declarations|deals)\b[^.]{0,80}?\b(?:were\s+|was\s+|had been\s+|been\s+)?signed"
                        r"|\bsigned\s+(\d{1,3}|" + "|".join(_COUNT_WORDS) + r"|numerous|several|a number of|some|many)\s+"
                        r"(?:[\w-]+\s+){0,3}?(documents|agreements|memorand\w+|treaties|deals)", re.I)
_NAMED_AFTER = re.compile(r"(?i:\b(street|avenue|park|school|square|centre|center|monument|bust)s?\b[^.]{0,80}?\bnamed after\s+"
                          r"(?:the\s+)?)(?:[\w-]+\s+){0,4}?(?P<name>[A-Z][\w-]+\s+[A-Z][\w-]+)")
_VISITOR_CUES = re.compile(r"\bvisit of\s+(?P<a>.{3,80}?)\s+to\b|(?P<b>[A-Z][^,.]{2,80}?)\s+(?:paid|made|will pay|is paying|"
                           r"arrived|began|started|concluded)\b|(?P<c>[A-Z][^,.]{2,80}?)(?:'s|’s)\s+(?:state |official |working )?visit")


@dataclass
class VisitFound:
    start: date
    end: date | None
    visitor: Person
    host: str
    city: str
    visit_type: str
    span: tuple[int, int]
    confidence: float
    documents: int | None = None
    documents_said: bool = False
    events: list[str] = field(default_factory=list)
    extra_spans: list[tuple[int, int]] = field(default_factory=list)


def _visitor(sentence: str, resolver: Resolver) -> Person | None:
    m = _VISITOR_CUES.search(sentence)
    if m:
        phrase = m["a"] or m["b"] or m["c"]
        phrase = re.sub(r"^(?:the\s+)?(?:recent|April|\d+|[A-Z][a-z]+ \d+)\s+", "", phrase)
        person = resolver.resolve(phrase, speaking=False)
        if person:
            return person
    return None


def _place(sentence: str, visitor_iso3: str) -> tuple[str, str] | None:
    """(host ISO-3, city) of a visit sentence: the capital named (its country), else another tie state."""
    found = places.mentions(sentence)
    for m in found:
        if m.is_capital and m.iso3 != visitor_iso3:
            return m.iso3, countries.get(m.iso3).capital if m.word.lower() != "akorda" else "Astana"
    for m in found:
        if m.iso3 != visitor_iso3 and not m.is_demonym:
            return m.iso3, ""
    return None


def find_visits(text: str, spans: list[tuple[int, int]], published: date, resolver: Resolver) -> list[VisitFound]:
    visits: list[VisitFound] = []
    for a, b in spans:
        sentence = text[a:b]
        if not _VISIT.search(sentence):
            if visits:
                _add_details(visits[-1], sentence, a)
            continue
        days = [d for d in when.dates_in(sentence, published) if d[0] <= published]
        visitor = _visitor(sentence, resolver)
        place = _place(sentence, visitor.iso3 if visitor else "")
        if days and visitor and place:
            kind = _TYPE.search(sentence)
            visit_type = kind[1].lower() if kind else "other"
            confidence = min(visitor.confidence, 0.9 if kind else 0.8)
            day, end, *_ = days[0]
            visits.append(VisitFound(day, end, visitor, place[0], place[1], visit_type, (a, b), confidence))
        elif visits and re.search(r"\bthe visit\b|\bthe summit\b", sentence, re.I):
            _add_details(visits[-1], sentence, a)
    return visits


def _add_details(visit: VisitFound, sentence: str, offset: int) -> None:
    m = _DOCUMENTS.search(sentence)
    if m:
        count = (m[1] or m[3]).lower()
        visit.documents_said = True
        if count.isdigit():
            visit.documents = int(count)
        elif count in _COUNT_WORDS:
            visit.documents = _COUNT_WORDS[count]
        visit.extra_spans.append((offset + m.start(), offset + m.end()))
    m = _NAMED_AFTER.search(sentence)
    if m:
        visit.events.append(f"opening of a {m[1].lower()} named after {m['name']}")
        visit.extra_spans.append((offset + m.start(), offset + m.end()))


def summary(visit: VisitFound) -> str:
    where = visit.city or places.name(visit.host)
    kind = {"other": "Visit", "summit": "Summit"}.get(visit.visit_type, f"{visit.visit_type.capitalize()} visit")
    parts = [f"{kind} of {visit.visitor.name} to {where}"]
    parts += visit.events
    if visit.documents_said:
        parts.append(f"{visit.documents} documents signed" if visit.documents is not None
                     else "documents signed (number not stated)")
    return "; ".join(parts)
