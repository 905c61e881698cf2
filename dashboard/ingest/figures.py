"""Trade figures and trade targets.

A sentence about trade ("trade", "turnover", "exports", "imports") that states an amount proposes:
- a target when the amount follows "to" after bring/increase/raise/boost/reach/double (or a goal or
  target word): "to bring trade to $1 billion by 2030" -> value 1000, target year 2030. A verb in the
  past tense ("increased/rose/grew ... to $X") reports what happened, so it makes a figure unless an
  intent word stands before it ("agreed", "plan", "aim", "will": "the sides agreed and increased" is
  rare, "aim to raise" is common);
- otherwise a figure: pair (the two states named, else the pair of the article's visit), period
  (when.period_in, resolved against the article's date; "last year" -> the year before), flow
  (export/import when the sentence says so, else turnover), growth %, and the approximate word in
  front of the amount as value_qualifier.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import money, places, when
from .cheap import lowered
from .document import Document
from .people import Resolver

_TRADE = re.compile(r"\b(trade|turnover|exports?|imports?|товарооборот\w*|ticarət|dövriyyə\w*)\b", re.I)
_TRADE_WORDS = ("trade", "turnover", "export", "import", "товарооборот", "ticarət", "dövriyyə")  # in every _TRADE match
_TARGET_CUE = re.compile(r"\b(bring|increas\w+|rais\w+|boost\w*|reach\w*|doubl\w+|expand\w*|grow\w*|target\w*|goal|"
                         r"aim\w*|lift\w*|push\w*)\b[^.]{0,120}?\bto\s+(?:the\s+)?(?:level\s+of\s+)?$", re.I)
# A past-tense cue verb reports a result; with one of these words before it, it is still an intention.
_PAST_CUE = re.compile(r"^(?:increased|raised|boosted|reached|doubled|expanded|grew|lifted|pushed)$", re.I)
_INTENT = re.compile(r"\b(will|shall|would|plan\w*|aim\w*|goal|target\w*|task|intend\w*|seek\w*|agree\w*|"
                     r"expect\w*|hope\w*|want\w*|ready|determined|committed)\b", re.I)
_TARGET_WORD = re.compile(r"\b(target|goal|aim)\b", re.I)
_BY_YEAR = re.compile(r"\b(?:by|until|till|in)\s+(?:the\s+end\s+of\s+)?(20\d\d)\b")
_FLOW = (("export", re.compile(r"\bexports?\b|\bexported\b", re.I)), ("import", re.compile(r"\bimports?\b|\bimported\b", re.I)))
_WHO = re.compile(r"\b(the sides|both sides|the parties|the heads of state|the presidents|the leaders|the two leaders)\b", re.I)
_SAID_BY = re.compile(r"(?:^|,\s*|according to\s+)(?P<spk>[^,.;]{2,70}?)\s+(?:said|noted|stated|added|told|reported|"
                      r"announced|underlined|stressed)\b|according to (?P<spk2>[^,.;]{2,70})", re.I)
_NON_OIL = re.compile(r"\bnon-oil\b", re.I)


@dataclass
class FigureFound:
    kind: str  # "trade" or "target"
    pair: tuple[str, str]
    value_usd_m: float
    qualifier: str
    span: tuple[int, int]
    confidence: float
    period: str = ""
    flow: str = "turnover"
    growth_pct: float | None = None
    target_year: int | None = None
    stated_by: str = ""
    scope: str = "all goods"
    rule: str = ""


def _pair(codes: list[str], context_pair: tuple[str, str] | None) -> tuple[str, str] | None:
    """The pair a sentence (`codes`: the countries it names, in order) is about."""
    if len(codes) >= 2:
        return codes[0], codes[1]
    if len(codes) == 1 and context_pair and codes[0] in context_pair:
        return context_pair if context_pair[0] == codes[0] else (context_pair[1], context_pair[0])
    if len(codes) == 1 and context_pair:
        return context_pair[0], codes[0]
    return context_pair


# Words one of which each match of _WHO / _SAID_BY holds: checked in cheap.lowered(sentence) first.
_WHO_WORDS = ("sides", "parties", "heads of state", "presidents", "leaders")
_SAID_WORDS = ("said", "noted", "stated", "added", "told", "reported", "announced", "underlined", "stressed",
               "according to")


def _stated_by(sentence: str, check: str, pair: tuple[str, str], resolver: Resolver, outlet: str) -> str:
    by = f" (as reported by {outlet})" if outlet else ""
    m = _WHO.search(sentence) if any(word in check for word in _WHO_WORDS) else None
    if m:
        leaders = [resolver.holder_name(code) for code in pair]
        named = " and ".join(n for n in leaders if n)
        who = lowered(m[1]).removeprefix("the ")
        return f"{who.capitalize()}{': ' + named if named else ''}{by}"
    m = _SAID_BY.search(sentence) if any(word in check for word in _SAID_WORDS) else None
    person = resolver.resolve(m["spk"] or m["spk2"], speaking=False) if m else None
    if person:
        return f"{person.role} {person.name}{by}".strip()
    return f"{outlet or 'the article'} (not attributed to an official)"


def _is_target(lead: str) -> bool:
    """Does the text before an amount (since the previous one) make it a target?"""
    start = 0 if lead[-1:].isspace() else len(lead)  # a cue ends "to ": without white space at the end, none
    while cue := _TARGET_CUE.search(lead, start):
        if not (_PAST_CUE.match(cue[1]) and not _INTENT.search(lead[:cue.start()])):
            return True
        start = cue.end(1)  # "increased by 40 percent in 2021 to $331.5 million": a result; a later cue may still count
    return bool("to" in lead[-6:] and _TARGET_WORD.search(lead))


def find_figures(doc: Document, published: date, resolver: Resolver,
                 context_pair: tuple[str, str] | None, outlet: str) -> list[FigureFound]:
    found: list[FigureFound] = []
    # a word check first: most sentences hold none of the trade words
    for s, has_word in zip(doc.sentences, doc.holding(_TRADE_WORDS)):
        a, sentence = s.start, s.text
        if not (has_word and _TRADE.search(sentence)):
            continue
        amounts = money.amounts_in(sentence, s.check)
        if not amounts:
            continue
        codes = doc.codes(s)
        pair = _pair(codes, context_pair)
        if pair is None:
            continue
        stated_by = _stated_by(sentence, s.check, pair, resolver, outlet)
        figure_done = False
        period: tuple[str, int, int] | None | bool = False  # found on first need: the same for each amount
        for amount in amounts:
            lead = sentence[:amount.start]
            # only the text since the previous amount can make this one a target
            previous_end = max((x.end for x in amounts if x.end <= amount.start), default=0)
            span = (a + amount.start, a + amount.end)
            if _is_target(lead[previous_end:]):
                year = _BY_YEAR.search(sentence[amount.end:amount.end + 40])
                found.append(FigureFound("target", pair, amount.usd_m, amount.qualifier, span, 0.85,
                                         target_year=int(year[1]) if year else None, stated_by=stated_by,
                                         rule=f"target: to {amount.rule}"))
                continue
            if figure_done:
                continue
            if period is False:
                period = when.period_in(sentence, published, s.check)
            if period is None:
                continue
            growth = money.growth_in(sentence)
            flow = next((name for name, pattern in _FLOW if pattern.search(sentence)), "turnover")
            found.append(FigureFound("trade", pair, amount.usd_m, amount.qualifier, span,
                                     0.85 if len(codes) >= 2 else 0.75, period=period[0],
                                     flow=flow, growth_pct=growth[0] if growth else None, stated_by=stated_by,
                                     scope="non-oil" if _NON_OIL.search(sentence) else "all goods",
                                     rule=f"figure: {amount.rule}, period {period[0]!r}"))
            figure_done = True
    return found
