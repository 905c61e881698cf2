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

# "traded goods worth $X" is a trade sentence too; Russian экспорт/импорт and Azerbaijani ixrac/idxal
# (export/import) as reports in those languages give the breakdown of a turnover.
_TRADE = re.compile(r"\b(trade|traded|turnover|exports?|imports?|товарооборот\w*|экспорт\w*|импорт\w*|ticarət|"
                    r"dövriyyə\w*|ixrac\w*|idxal\w*)\b", re.I)
_TRADE_WORDS = ("trade", "turnover", "export", "import", "товарооборот", "экспорт", "импорт", "ticarət", "dövriyyə",
                "ixrac", "idxal")  # one is in every _TRADE match
_TARGET_CUE = re.compile(r"\b(bring|increas\w+|rais\w+|boost\w*|reach\w*|doubl\w+|expand\w*|grow\w*|target\w*|goal|"
                         r"aim\w*|lift\w*|push\w*)\b[^.]{0,120}?\bto\s+(?:the\s+)?(?:level\s+of\s+)?$", re.I)
# A past-tense cue verb reports a result; with one of these words before it, it is still an intention.
_PAST_CUE = re.compile(r"^(?:increased|raised|boosted|reached|doubled|expanded|grew|lifted|pushed)$", re.I)
_INTENT = re.compile(r"\b(will|shall|would|plan\w*|aim\w*|goal|target\w*|task|intend\w*|seek\w*|agree\w*|"
                     r"expect\w*|hope\w*|want\w*|ready|determined|committed)\b", re.I)
_TARGET_WORD = re.compile(r"\b(target|goal|aim)\b", re.I)
# "to reach" takes the amount with no "to" of its own: "the goal is to reach $15 billion", "plan to reach
# $1 billion". An intent word must stand before it: "rose by 10 percent to reach $5 billion" is a result.
_REACH_CUE = re.compile(r"\b(?:to|will|would|should|shall|could|can)\s+(?:reach|hit|achieve)\s+"
                        r"(?:the\s+(?:level|mark)\s+of\s+)?$")
# Russian "довести/увеличить/нарастить товарооборот до $X" (bring/increase ... to): the infinitive is an
# intention; a result is told with an intransitive verb ("вырос до", "увеличился до"), not listed here.
_TARGET_CUE_RU = re.compile(r"\b(?:довести|увеличить|нарастить|поднять|вывести)\b[^.]{0,120}?\bдо\s+(?:уровня\s+)?$",
                            re.I)
# Azerbaijani puts the verb after the amount, in the dative: "1 milyard dollara çatdırmaq/çatdırmağı" (to
# bring to), "dollaradək artırmaq" (to increase up to); "100 milyon dollar artırmaq" is "increase by", and
# the past "artıb"/"artırılıb" is a result: neither is matched. Matched from the amount's end ("dollar").
_AZ_TARGET_AFTER = re.compile(r"(?:a|adək|ına|ınadək)\s+(?:qədər\s+)?(?:çatdır|artır|yüksəlt)(?:maq|mağ|ılma)", re.I)
# "by 2030"; Russian "к 2030 году" / "до 2030 года" (after the amount, like the English)
_BY_YEAR = re.compile(r"\b(?:by|until|till|in)\s+(?:the\s+end\s+of\s+)?(20\d\d)\b|\b(?:[кК]|до)\s+(20\d\d)\s+год")
# Azerbaijani "2030-cu ilə qədər" / "2030-cu ilədək" (until 2030) stands before the amount
_AZ_BY_YEAR = re.compile(r"\b(20\d\d)-(?:c[iıuü])\s+il(?:ə\s+qədər|ədək|in\s+sonunadək|in\s+sonuna\s+qədər)", re.I)
_FLOW = (("export", re.compile(r"\bexports?\b|\bexported\b|\bэкспорт\w*|\bixrac\w*", re.I)),
         ("import", re.compile(r"\bimports?\b|\bimported\b|\bимпорт\w*|\bidxal\w*", re.I)))
# A sentence right after a trade figure that only says how much it grew: "This is 12 percent more than in
# 2022", Russian "Это на 12% больше", Azerbaijani "Bu, 2022-ci illə müqayisədə 28 faiz çoxdur".
_GROWTH_NEXT = re.compile(r"^\W*(?:this|that|bu|это|что)\b", re.I)
_PERCENT_WORDS = ("%", "percent", "per cent", "faiz")  # one is in every money.growth_in match
# A sentence right after a trade figure that names no trade but whose cue verb takes it as its object:
# "The parties set the task of increasing it to $1 billion by 2030", "довести его до", Azerbaijani "onu
# … çatdırmaq". Not a bare "it" anywhere: "It is planned to increase investment to $1 billion" is no trade.
_REFERS_BACK = re.compile(r"\b(?:bring\w*|increas\w*|rais\w*|boost\w*|doubl\w*|lift\w*|push\w*|expand\w*|"
                          r"grow\w*|take|taking)\s+(?:it|this figure|the figure|this volume)\b"
                          r"|\b(?:довести|увеличить|нарастить|поднять)\s+(?:его|этот показатель)\b"
                          r"|\b(?:onu|bu göstəricini|bu rəqəmi)\b", re.I)
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
    # the cheap word checks first: each pattern needs its word ("reach"/"hit"/"achieve", "до")
    if start == 0 and any(word in lead for word in ("reach", "hit", "achieve")) \
            and (cue := _REACH_CUE.search(lead)) and _INTENT.search(lead, 0, cue.end()):
        return True
    if start == 0 and not lead.isascii() and _TARGET_CUE_RU.search(lead):  # Russian: not ASCII
        return True
    while cue := _TARGET_CUE.search(lead, start):
        if not (_PAST_CUE.match(cue[1]) and not _INTENT.search(lead[:cue.start()])):
            return True
        start = cue.end(1)  # "increased by 40 percent in 2021 to $331.5 million": a result; a later cue may still count
    return bool("to" in lead[-6:] and _TARGET_WORD.search(lead))


def _is_target_after(sentence: str, check: str, amount: money.Amount) -> bool:
    """Azerbaijani: does the verb after the amount make it a target ("1 milyard dollara çatdırmağı")?"""
    # `check` is cheap.lowered(): its ı is an i
    return any(word in check for word in ("çatdir", "artir", "yüksəlt")) and \
        bool(_AZ_TARGET_AFTER.match(sentence, amount.end))


def _target_year(sentence: str, amount: money.Amount) -> int | None:
    """"by 2030" / "к 2030 году" right after the amount, else Azerbaijani "2030-cu ilə qədər" before it."""
    m = _BY_YEAR.search(sentence[amount.end:amount.end + 40])
    if m:
        return int(m[1] or m[2])
    m = _AZ_BY_YEAR.search(sentence, 0, amount.start) if "-c" in sentence else None
    return int(m[1]) if m else None


def _growth_next(sentence: str, check: str) -> float | None:
    """The growth a sentence like "This is 12 percent more than in 2022" gives the figure before it."""
    if not any(word in check for word in _PERCENT_WORDS) or not _GROWTH_NEXT.match(sentence):
        return None
    if money.amounts_in(sentence, check):  # "This is $40 million more": not a rate
        return None
    growth = money.growth_in(sentence)
    return growth[0] if growth else None


_FLOW_WORDS = ("export", "import", "экспорт", "импорт", "ixrac", "idxal")  # one is in every _FLOW match


def _flow(text: str, check: str) -> str | None:
    """export/import when `text` says so (`check`: cheap.lowered(text), for the word check first)."""
    if not any(word in check for word in _FLOW_WORDS):
        return None
    return next((name for name, pattern in _FLOW if pattern.search(text)), None)


def _one_per_target(found: list[FigureFound]) -> list[FigureFound]:
    """A target stated twice (a headline repeats the body's "to bring trade to $10 billion") is one
    target: of those with the same pair and value, the first with a year stays (else the first)."""
    kept: dict[tuple, FigureFound] = {}
    for f in found:
        if f.kind == "target":
            key = (frozenset(f.pair), f.value_usd_m)
            other = kept.get(key)
            if other is None or (other.target_year is None and f.target_year is not None):
                kept[key] = f
    # another year is another target ("$1 billion by 2025 and by 2030" would be two)
    return [f for f in found if f.kind != "target" or kept[(frozenset(f.pair), f.value_usd_m)] is f
            or f.target_year not in (None, kept[(frozenset(f.pair), f.value_usd_m)].target_year)]


# A sentence without a period of its own takes the period of a figure at most this many sentences
# before: the breakdown follows its total ("Trade rose to $482.4 million in 2024. … Exports totalled
# $98.7 million, while imports …"), perhaps after one sentence on the growth. Not a sentence that names
# a year the period rules did not take (one after publication, "by 2030"): its period is its own.
CARRY_PERIOD = 2
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def find_figures(doc: Document, published: date, resolver: Resolver,
                 context_pair: tuple[str, str] | None, outlet: str) -> list[FigureFound]:
    found: list[FigureFound] = []
    carried: tuple[int, tuple[str, int, int]] | None = None  # (sentence, period) of the last figure
    last_trade = -2  # the last sentence about trade that stated an amount
    # a word check first: most sentences hold none of the trade words
    for k, (s, has_word) in enumerate(zip(doc.sentences, doc.holding(_TRADE_WORDS))):
        a, sentence = s.start, s.text
        targets_only = False
        if not (has_word and _TRADE.search(sentence)):
            if k - 1 != last_trade:
                continue
            # right after a trade figure: its growth ("This is 12% more"), or a target for "it"
            if found and carried and carried[0] == k - 1 and found[-1].kind == "trade" \
                    and found[-1].growth_pct is None and (growth := _growth_next(sentence, s.check)) is not None:
                found[-1].growth_pct = growth
                continue
            if not _REFERS_BACK.search(sentence):
                continue
            targets_only = True  # no trade word of its own: only a target (with a cue) is read here
        amounts = money.amounts_in(sentence, s.check)
        if not amounts:
            continue
        codes = doc.codes(s)
        pair = _pair(codes, context_pair)
        if pair is None:
            continue
        if not targets_only:
            last_trade = k
        stated_by = _stated_by(sentence, s.check, pair, resolver, outlet)
        figure_done = False
        period: tuple[str, int, int] | None | bool = False  # found on first need: the same for each amount
        for i, amount in enumerate(amounts):
            lead = sentence[:amount.start]
            # only the text since the previous amount can make this one a target
            previous_end = max((x.end for x in amounts if x.end <= amount.start), default=0)
            span = (a + amount.start, a + amount.end)
            if _is_target(lead[previous_end:]) or _is_target_after(sentence, s.check, amount):
                found.append(FigureFound("target", pair, amount.usd_m, amount.qualifier, span, 0.85,
                                         target_year=_target_year(sentence, amount), stated_by=stated_by,
                                         rule=f"target: to {amount.rule}"))
                continue
            if targets_only:
                continue
            segment = lead[previous_end:]
            segment_check = s.check[previous_end:amount.start] if len(s.check) == len(sentence) else lowered(segment)
            # a further amount is a figure of its own when its clause names its own trade flow: "exports
            # … totalled $98.7 million, while imports … amounted to $383.7 million"; otherwise ("up from
            # $5 billion") it is a comparison, not a figure
            if figure_done and not _TRADE.search(segment):
                continue
            if period is False:
                period = when.period_in(sentence, published, s.check)
                if period is None and carried and k - carried[0] <= CARRY_PERIOD and not _A_YEAR.search(sentence):
                    period = carried[1]
            if period is None:
                continue
            if figure_done:  # its own clause: up to the next amount
                clause_end = amounts[i + 1].start if i + 1 < len(amounts) else len(sentence)
                growth = money.growth_in(sentence[previous_end:clause_end])
                flow = _flow(segment, segment_check) or "turnover"
            else:
                growth = money.growth_in(sentence)
                flow = _flow(segment, segment_check) or _flow(sentence, s.check) or "turnover"
            found.append(FigureFound("trade", pair, amount.usd_m, amount.qualifier, span,
                                     0.85 if len(codes) >= 2 else 0.75, period=period[0],
                                     flow=flow, growth_pct=growth[0] if growth else None, stated_by=stated_by,
                                     scope="non-oil" if _NON_OIL.search(sentence) else "all goods",
                                     rule=f"figure: {amount.rule}, period {period[0]!r}"))
            figure_done = True
            carried = (k, period)
    return _one_per_target(found)
