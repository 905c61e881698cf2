"""Dates and periods in article text, resolved against the article's own date.

"on Monday" is the latest Monday on or before the article's date; "April 10" without a year is the
latest April 10 on or before it; "last year" is the year before; "in the first quarter" is the
latest first quarter that had ended by then. Periods come out in the labels of
dashboard/data/periods.py (2022, 2024-Q1, 2025-7M, 2023-H1), so the schemas accept them.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from dashboard.data.periods import BadPeriod, parse_period

from .cheap import lower_twin, lowered

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
# the day may be an ordinal, "of" before the month: "on the 12th of March", "21st March"
# round 52 (visits): two days joined by "and" or "to" before the month are a span too ("on 10 and 11 June", "from 10
# to 12 June"), its first day the first
DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:(?:\s*[-–]\s*|\s+(?:and|to)\s+)(\d{{1,2}})(?:st|nd|rd|th)?)?"
                       rf"\s+(?:of\s+)?{_MONTH}"
                       rf"(?:,?\s+(\d{{4}}))?\b", re.I)
MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:\s*[-–]\s*(\d{{1,2}}))?(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# round 43: the month told first and the day as an ordinal after it, as speech has it ("In January, on the 22nd,
# … was in Ashgabat"; "in March, on the 3rd of the month")
MONTH_THEN_ORDINAL = re.compile(rf"\b{_MONTH},?\s+on\s+the\s+(\d{{1,2}})(?:st|nd|rd|th)\b", re.I)
# also with a time of day and no "on", as wire copy writes it: "who flew in Saturday evening", "arrived Sunday morning",
# "arrived in Baku late Wednesday", "early Thursday"; round 24: a stay told from its first day, "has been in
# Azerbaijan since Tuesday"; round 70 (factcheck70, dev/1126): a day spent, "spent Monday in Ankara"
WEEKDAY = re.compile(r"\b(?:on|last|late|early|since|spent)\s+"
                     r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                     r"|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                     r"(?=\s+(?:morning|afternoon|evening|night)\b)"
                     # round 62 (visits62): the day's possessive before a gathering, "Our coverage of Friday's summit"
                     # (not the day of another event the sentence's own is set by: "Ahead of Tuesday's talks, …")
                     r"|(?<!ahead\sof\s)(?<!before\s)(?<!after\s)(?<!since\s)"
                     r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                     r"(?=['’]s\s+(?:[\w-]+\s+){0,2}?(?:summit|talks|meeting|session|forum)\b)",
                     re.I)
# Round 83 (h5, wire weekday): a bare weekday after an arrival and its place, no "on", as AP writes it ("who arrived
# in the Kyrgyz capital Wednesday for two days of talks", "landed in Baku Sunday", dev/1282); group 1, the day. Only
# after a verb of arriving: a bare weekday elsewhere may be a feast's ("Good Friday") or a headline's.
_WIRE_WEEKDAY = re.compile(r"\b(?:arrived|landed|flew)\s+(?:(?:in|at|into|to)\s+(?:the\s+)?"
                           # the place's words, none a word of time before the day ("arrived in Baku ahead of Friday")
                           r"(?:(?!(?:for|before|ahead|after|until|till|by|of|since|on|good)\s)[\w-]+\s+){1,3}?)?"
                           r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!['’])\b", re.I)
_WIRE_WEEKDAY_WORDS = ("arrived", "landed", "flew")  # as cheap.lowered() has them; one is in every _WIRE_WEEKDAY match
RELATIVE_DAY = re.compile(r"\b(today|(?:the\s+day\s+before\s+)?yesterday)\b", re.I)  # round 18b: two days back
# Round 67 (summit67): a part of the day told relative to the report's ("arriving this morning"; "who came in last
# night", "arrived shortly before midnight" in a report of the morning after, a live blog's, dev/1090): English has
# no "today"/"yesterday" there; "tonight" or "this evening" would tell a midnight of the report's own day
_PART_OF_DAY = re.compile(r"\b(?:(?P<today>this\s+morning)|last\s+night"
                          r"|(?:shortly|just|an\s+hour|minutes)\s+before\s+midnight)\b", re.I)
# Round 102 (t1): a weekday right before a calendar date, a comma or nothing between, names that date's day ("On Tuesday
# 22 September I flew to Dushanbe" in a blog of 12 October, dev/1526; "on Monday, October 5"), not the latest such
# weekday before the report: the date alone is read
_WEEKDAY_WITH_ITS_DATE = re.compile(r",?[^\S\n]+")
_DAY_MONTH_LOW, _MONTH_DAY_LOW, _WEEKDAY_LOW, _RELATIVE_LOW = map(lower_twin, (DAY_MONTH, MONTH_DAY, WEEKDAY, RELATIVE_DAY))
_WIRE_WEEKDAY_LOW = lower_twin(_WIRE_WEEKDAY)
# Round 71 (stamp): an entry's stamp, a day and a clock time on a line or a sentence of its own and nothing else; the
# one form of it, for both readers. Round 68 (turkpa68b, dev/1100): a live blog's entries stamped "14 aprel, 19:40"
# ("3 May, 10.20") are time-stamped entries as much as bare times' (quotes._LIVE_STAMP, per line). Round 69 (az69,
# dev/1117): a dated chronicle's entry (a photo gallery's captions, "Foto 1. Aprelin 21-i, saat 21:15.") opens with
# such a stamp, a sentence of its own, and an arrival its next sentence tells with no day is of that day
# (visits._day_of_the_stamp_before); also "21 April, 21:15.", "21 апреля, 21:15.", "21 Nisan, saat 21.15.". Group
# `day`: the day's words, before the time. Written unanchored and with no flags: each reader anchors it its own way.
DAY_AND_TIME = (r"(?P<day>[^\d\n]{0,12}\d{1,2}(?:-?[^\W\d_]{1,3})?(?:\s+[^\W\d_]+)?),?\s+"
                r"(?:(?:saat|at|в)\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m)?\.?")
DAY_AND_TIME_STAMP = re.compile(rf"^{DAY_AND_TIME}$", re.I)  # a whole sentence that is a stamp, in any case


def _latest(month: int, day: int, before: date) -> date | None:
    for year in (before.year, before.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= before:
            return candidate
    return None


# Every month word of _MONTH starts with one of these (the `in` checks of cheap.py before the patterns).
_MONTH_STARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _names_month(check: str) -> bool:
    return any(start in check for start in _MONTH_STARTS)


# Where a match can begin at the earliest, to search from there: re would otherwise try each pattern
# at every character before it. Positions in `check` are positions in the text when both are as long
# (cheap.lowered() then changed each character into one); otherwise 0. Searching from a later start
# finds the same first match: none of these patterns looks further back than the \b at its start.
_DIGIT = re.compile(r"\d")


def _first_month(text: str, check: str) -> int:
    if len(check) != len(text):
        return 0
    return min((i for i in (check.find(start) for start in _MONTH_STARTS) if i >= 0), default=len(text))


def _before(text: str, check: str, word: str, back: int) -> int:
    """The first `word` in check, less `back` characters (what the pattern has in front of it)."""
    if len(check) != len(text):
        return 0
    i = check.find(word)
    return len(text) if i < 0 else max(0, i - back)


def _word_before(text: str, i: int) -> int:
    """Where a match that is "word, white space, then text[i:]" can begin: back over the white space and
    the letters in front of i. For _ONE_MONTH ("in" before the month) and _YEAR ("in" before the year)."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _patterns_for(text: str, check: str | None) -> tuple[str, str, bool]:
    """(cheap.lowered(text), the text to search, whether the lower-case twins apply). The plain twins on
    the lower-cased text (cheap.lower_twin) give the same matches faster, unless the text holds a letter
    that lower() leaves alone but IGNORECASE reads as another (then `check` differs from `low`)."""
    if check is None:
        check = lowered(text)
    low = text.lower()
    return (check, low, True) if low == check else (check, text, False)


def dates_in(text: str, published: date, check: str | None = None) -> list[tuple[date, date | None, int, int]]:
    """(start, end or None, span start, span end) of every day the text names, resolved.
    `check`: cheap.lowered(text), when the caller has it."""
    check, subject, twins = _patterns_for(text, check)
    day_month, month_day, weekday, relative_day = (
        (_DAY_MONTH_LOW, _MONTH_DAY_LOW, _WEEKDAY_LOW, _RELATIVE_LOW) if twins
        else (DAY_MONTH, MONTH_DAY, WEEKDAY, RELATIVE_DAY))
    found = []
    digit = _DIGIT.search(text)
    digit = digit.start() if digit else len(text)  # ISO_DAY and DAY_MONTH begin with a digit
    if "-" in text:
        for m in ISO_DAY.finditer(text, digit):
            try:
                found.append((date(int(m[1]), int(m[2]), int(m[3])), None, m.start(), m.end()))
            except ValueError:
                pass
    if _names_month(check):
        # round 50: a day followed by "last year" ("on March 3 last year", "12 June last year") is of the year before
        # publication's, not the latest such day on or before it
        last = str(published.year - 1) if "last year" in check else None
        for m in day_month.finditer(subject, digit):
            found.append(_from_parts(int(m[1]), m[2], m[3], m[4] or _if_last_year(subject, m, last), published, m))
        for m in month_day.finditer(subject, _first_month(text, check)):
            found.append(_from_parts(int(m[2]), m[3], m[1], m[4] or _if_last_year(subject, m, last), published, m))
        if " the " in check:
            for m in MONTH_THEN_ORDINAL.finditer(text):
                found.append(_from_parts(int(m[2]), None, m[1], None, published, m))
    if "day" in check:  # every weekday, "today" and "yesterday"
        told = {f[2] for f in found}  # the calendar dates' starts (round 102, t1: _WEEKDAY_WITH_ITS_DATE)
        for m in weekday.finditer(subject):
            if told and (gap := _WEEKDAY_WITH_ITS_DATE.match(subject, m.end())) and gap.end() in told:
                continue  # round 102 (t1): "On Tuesday 22 September I flew to Dushanbe" (dev/1526)
            back = (published.weekday() - WEEKDAYS[lowered(m[1] or m[2] or m[3])]) % 7
            if back == 0 and m[0][:4].lower() == "last":
                back = 7  # round 28: "last Saturday" in a report of a Saturday is a week before it
            found.append((published - timedelta(days=back), None, m.start(), m.end()))
        if any(word in check for word in _WIRE_WEEKDAY_WORDS):  # round 83 (h5, wire weekday)
            for m in (_WIRE_WEEKDAY_LOW if twins else _WIRE_WEEKDAY).finditer(subject):
                if not any(f[2] <= m.start(1) < f[3] for f in found):  # "arrived late Wednesday" is WEEKDAY's
                    back = (published.weekday() - WEEKDAYS[lowered(m[1])]) % 7
                    found.append((published - timedelta(days=back), None, m.start(1), m.end(1)))
        for m in relative_day.finditer(subject):
            word = lowered(m[1])
            back = 0 if word == "today" else 1 if word == "yesterday" else 2  # "the day before yesterday"
            found.append((published - timedelta(days=back), None, m.start(), m.end()))
    if "night" in check or "morning" in check:
        for m in _PART_OF_DAY.finditer(text):
            found.append((published - timedelta(days=0 if m["today"] else 1), None, m.start(), m.end()))
    if "week" in check:
        found += week_back_days(check, published) if len(check) == len(text) else []  # round 28
    found = [f for f in found if f[0] is not None]
    return sorted(found, key=lambda f: f[2])


_LAST_YEAR_AFTER = re.compile(r",?\s+last\s+year\b", re.I)


def _if_last_year(subject: str, m: re.Match, last: str | None) -> str | None:
    """`last` (the year before publication's) when "last year" follows the day `m` matched; else None."""
    return last if last and _LAST_YEAR_AFTER.match(subject, m.end()) else None


def _from_parts(day: int, day_end, month_word: str, year, published: date, m):
    return _day_span(day, day_end, MONTHS[lowered(month_word).rstrip(".")], year, published, m)


def _day_span(day: int, day_end, month: int, year, published: date, m):
    """(start, end, span) of a day told by its parts in any language; no start when there is no such day."""
    try:
        start = date(int(year), month, day) if year else _latest(month, day, published)
        end = start.replace(day=int(day_end)) if start and day_end else None
    except ValueError:
        return (None, None, m.start(), m.end())
    return (start, end, m.start(), m.end())


QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# "in 2023" (also "In 2024," opening a sentence, the way a report starts its paragraph on a year),
# Azerbaijani "2023-cü ildə", Russian "в 2023 году" / "за 2023 год", Turkish "2023 yılında" / "2023'te".
# Russian also "по итогам 2023 года" (by the year's results), "по итогам всего 2024 года" (of the whole of 2024).
# Round 27: the business press's abbreviation too, "по итогам 2025 г.", "в 2025 г." (г. for года/году).
# (round 91, recently_as_t1: "As recently as 2018 it was under $200 million", "as late as 2019", dev/1378)
_YEAR = re.compile(r"\b(?:[Ii]n|[Ff]or|[Oo]f|[Dd]uring|(?<=recently\s)as|(?<=late\s)as)\s+(\d{4})\b"
                   r"|\b(\d{4})-(?:c[iıuü]|ci|cı)\s+il"
                   r"|\b(?:[Вв]|[Зз]а|итогам|(?<=итогам\s)всего|весь|целый)\s+(\d{4})(?:\s+(?:год|г\.)|-м\b)|\b(\d{4})\s+yılı"  # Turkish "2023 yılında"
                   r"|\b(\d{4})['’](?:te|de|ta|da)\b"  # Turkish "2024'te", "2020'de", "2026'da" (in 2024)
                   # round 27: "For the full year 2025, turnover … came to nearly $3.7 billion", "in the whole year 2025"
                   # (read from "year", the word before the digits, as period_in searches)
                   # round 51: "full-year 2025 trade with Uzbekistan totalled $4.42 billion"
                   r"|(?:(?<=full\s)|(?<=[Ff]ull-)|(?<=whole\s)|(?<=entire\s))year(?:\s+of)?\s+(\d{4})\b"
                   # round 100 (q2): a chronology's entry opened by its year and a dash, "2025 год — …, товарооборот
                   # двух стран по итогам года составил 1,26 млрд долларов" (dev/1483)
                   r"|^(\d{4})\s+год\s+[–—-]\s")
# Russian also "за весь 2022 год" (for the whole of 2022).
# Russian "в прошлом году", Turkish "geçen yıl", Azerbaijani "ötən il"/"keçən il" ("ötən illə müqayisədə",
# compared with last year, is a growth's baseline, not a period: the \b after "il" leaves it out).
# "over the past year" as "in the past year" (not "over 2023", which may be a growth's baseline).
# Russian also "по итогам прошлого года" / "за прошлый год" (by last year's results), but not a bare "прошлого
# года": "по сравнению с аналогичным периодом прошлого года" (compared with last year) is a growth's baseline.
_LAST_YEAR = re.compile(r"\blast year\b|\bthe previous year\b|\b(?:in|over) the past year\b|\bв прошлом году\b|\bgeçen yıl"
                        r"|\bпо итогам (?:всего )?прошлого года\b|\bза (?:весь )?прошлый год\b"
                        r"|\b(?:ötən|keçən) il\b"
                        # round 96 (q2): Azerbaijani "by last year's (whole) results", as the Russian "по итогам
                        # прошлого года": "Ötən ilin bütövlükdə yekunlarına görə isə … 430 milyon dollar olub"
                        # (dev/1443)
                        r"|\b(?:ötən|keçən)\s+ilin\s+(?:bütövlükdə\s+)?yekunlar[ıi]na\s+görə\b", re.I)
_LAST_YEAR_WORDS = ("year", "прошл", "geçen", "ötən", "keçən")  # one is in every _LAST_YEAR match
# Russian months to date said as a count: "за десять месяцев этого года" / "за 9 месяцев 2024 года"
_RU_COUNT = {"два": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9,
             "десять": 10, "одиннадцать": 11,
             # and in the genitive: "по итогам восьми месяцев текущего года" (by the results of eight months)
             "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7,
             "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11}
# "this year's" after a Russian period is read with it: after a quarter (round 61, _RU_QUARTER) and (round 100, t1)
# after a count of months, "за пять месяцев текущего года вырос …" (dev/1493: the whole span is the clause's own period
# that figures._without_own_period_and_rate cuts)
_RU_THIS_YEAR = r"|\s+(?:текущего|этого|нынешнего)\s+года"
_RU_MONTHS_COUNT = re.compile(r"\b(?:за|в течение|по итогам)\s+(?:первые\s+|первых\s+)?(" + "|".join(_RU_COUNT) + r"|\d{1,2})\s+месяц\w*"
                              r"(?:\s+(\d{4})\s+года" + _RU_THIS_YEAR + r")?", re.I)
_QUARTER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of (\d{4}))?", re.I)
_HALF = re.compile(r"\b(first|second) half(?: of (\d{4}))?", re.I)
# Round 51: "over the half-year", "in the half-year" with no ordinal: January–June, the latest that had ended (a
# statistics release's half-year is the first half; not "half-yearly", not "a half-year" of any months).
_THE_HALF_YEAR = re.compile(r"\b(?:over|in|during|for)\s+the\s+half[-\s]year\b(?![-\w])", re.I)
# Round 54 (traderel): the half-year with no ordinal in a release's other words: English before the trade it qualifies
# ("Half-year turnover was roughly $2.3 billion", "half-year exports"), Russian "за полугодие" / "по итогам полугодия"
# (not "за первое полугодие", _RU_QUARTER's, nor "полугодием ранее").
_HALF_YEAR_OTHER = re.compile(r"\bhalf[-\s]year\s+(?:turnover|trade|exports?|imports?)\b"
                              r"|(?<!\w)(?:за|по\s+итогам)\s+(?:(?:минувшее|минувшего|прошедшее|прошедшего|истекшее|"
                              r"истекшего)\s+)?полугоди[ея]\b", re.I)
_HALF_YEAR_OTHER_WORDS = ("half-year", "half year", "полугоди")  # one is in every _HALF_YEAR_OTHER match, lowered
# The short form: "In Q3 2025", "Q1-2024", "in Q2" (the latest second quarter that has ended), "H1 2025".
_SHORT_PART = re.compile(r"\b([QH])([1-4])(?:\s*[-/]?\s*((?:19|20)\d\d))?\b")
_SHORT_PART_WORDS = ("q1", "q2", "q3", "q4", "h1", "h2")  # one is in every _SHORT_PART match, lowered
# Round 18: months to date in the same short form, "in 9M 2025", "10M2025", "9M-2025"; only with its year ("$9M" is an
# amount)
_SHORT_MONTHS = re.compile(r"\b([2-9]|1[01])M\s*[-/]?\s*((?:19|20)\d\d)\b")
_SHORT_MONTHS_WORDS = tuple(f"{n}m" for n in range(2, 12))  # one is in every _SHORT_MONTHS match, lowered
# "the first nine months", and "the eight months of this year" (months to date, said without "first")
# Round 80 (post80): or "in" before the count, then only with its year ("In nine months of this year we have already
# passed 700 million dollars", dev/1246): period_in keeps a count with no "first" only with "of" a year.
_FIRST_MONTHS = re.compile(r"\b(?:first|the|in) (two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) months"
                           # round 43: "the first five months of the previous year" (of last year too)
                           r"(?: of (\d{4})| of (?:this|the current) year"
                           r"| of (last|the (?:previous|prior|preceding)) year)?",
                           re.I)
# Round 25: "In the first month of 2026, the volume of mutual trade amounted to $58.7 million": January of that year (of
# this year when none is told); "the first months" is _FIRST_MONTHS' count.
_FIRST_MONTH_OF = re.compile(r"\bthe\s+first\s+month\s+of\s+(?:(\d{4})|(?:this|the\s+current)\s+year)\b", re.I)
# also "between January and June 2025" (_month_range: "and" only after "between", not "in May and June")
_MONTH_RANGE = re.compile(rf"\b{_MONTH}\s*(?:[-–—]|to|through|and)\s*{_MONTH}(?:,?\s+(?:of\s+)?(\d{{4}}))?", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
# One month, as monthly customs figures are reported: "In January 2025, the two countries traded ...".
# Not the first month of a range ("in January-July") and not a day ("in May 15" is no English, but
# "May 15" after "in" would be a day).
_ONE_MONTH = re.compile(rf"\b(?:in|for|during)\s+{_MONTH}(?!\s*(?:[-–—]|to\b|through\b|\d{{1,2}}\b))(?:,?\s+(\d{{4}}))?\b",
                        re.I)
# Round 42 (trade A): one month set apart by "alone" is the figure's own month even with no year and another period
# in the sentence: "June alone brought just over $58 million, the best month since the series began in 2019", "came to
# $20.3 million in July alone, after $101.1 million for the first half of the year". Not "alone" after a day or a
# range ("in May and June alone" names two months, left to _MONTH_RANGE).
_MONTH_ALONE = re.compile(rf"(?<![-–—\w]\s)(?<![-–—\w])\b{_MONTH}\s+alone\b", re.I)
# Round 46: a month opening the sentence as its subject, the figure then told "for the month": Russian "Январь
# начался неплохо: по предварительным данным, за месяц он составил более 60 млн долларов", English "January started
# well: for the month, trade came to $60 million". The month's own period (no year told: the latest such month ended).
_RU_NOMINATIVE_MONTHS = {"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
                         "сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12}
_MONTH_SUBJECT = re.compile(r"^[\W]*(?:(?P<ru>" + "|".join(_RU_NOMINATIVE_MONTHS) + r")|(?P<en>January|February|March|"
                            r"April|May|June|July|August|September|October|November|December))\b"
                            r"(?=[^.;]*?(?:\bза\s+(?:этот\s+|тот\s+)?месяц\b"
                            r"|\b(?:for|in|over)\s+(?:the|that)\s+month\b))",
                            re.I)
_MONTH_SUBJECT_WORDS = ("месяц", "the month", "that month")  # one is in every _MONTH_SUBJECT match
# Round 58 (trade58): … or the month named last before a colon or dash, as the object of a short lead, the figure then
# told for "this month (alone)": "Отдельно стоит выделить сентябрь: за один этот месяц объём торговли … достиг 41,3 млн
# долларов", "Worth singling out is September: in that month alone, …" (also _MONTH_SUBJECT_WORDS)
# Round 102 (v3): or the month's figure as the object, "The bulletin also revised September's figure: trade with
# Uzbekistan in that month is now put at $418.9 million" (dev/1516): that month's, not the bulletin's ten months
_MONTH_OBJECT = re.compile(r"^[^.;:\d]{1,50}?\s(?:(?P<ru>" + "|".join(_RU_NOMINATIVE_MONTHS) + r")|(?P<en>January|"
                           r"February|March|April|May|June|July|August|September|October|November|December)"
                           r"(?:['’]s\s+(?:figures?|numbers?|data|total))?)\s*[:—–]"
                           r"(?=[^.;]*?(?:\bза\s+(?:один\s+|одн\w+\s+)?(?:этот\s+|тот\s+)?месяц\b"
                           r"|\b(?:for|in|over)\s+(?:the|that|this)\s+month\b))", re.I)
_PERIOD_LOW = tuple(map(lower_twin, (_MONTH_RANGE, _QUARTER, _HALF, _FIRST_MONTHS, _LAST_YEAR, _ONE_MONTH)))
# Months to date in Russian and Azerbaijani reports (customs figures are given so): "в январе-сентябре
# 2024 года" / "за январь–июль", "2024-cü ilin yanvar-sentyabr aylarında". Only ranges from January,
# as for English ("January–July 2025" -> 2025-7M). Russian months in any case ending.
_RU_MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
              "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12}
_AZ_MONTHS = {"yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "may": 5, "iyun": 6, "iyul": 7, "avqust": 8,
              "sentyabr": 9, "oktyabr": 10, "noyabr": 11, "dekabr": 12}
# (round 18: "с января по октябрь 2025 года", from January to October)
# Round 81 (italic81): the two months to date joined by "and", as English "January and February" (_first_two_months):
# "в январе и феврале", "yanvar və fevral aylarında", "ocak ve şubat aylarında" (dev/1262); February only, "in the
# months" in Turkic ("ocak ve mart" is two months apart, "ocak ve şubat ayları" may be a subject's, not a period)
# Round 82 (t82): "ayları" with a postposition of time is a period too: "ocak ve şubat ayları itibarıyla" (as of),
# "… boyunca" (during), "… toplamında" (in total), "yanvar və fevral ayları ərzində" (_TURKIC_TWO_MONTHS_TAIL; not
# "Ocak ve şubat ayları zor geçti", a subject)
_TURKIC_TWO_MONTHS_TAIL = (r"aylar(?:[ıi]nda(?:ki)?\b|[ıi]\s+(?:itibar[ıi]y(?:la|le)|boyunca|süresince|içinde|"
                           r"toplam[ıi]nda|ərzində|üzrə)\b)")
_RU_RANGE = re.compile(r"\bянвар[ьея]\s*(?:[-–—]\s*|по\s+|\s+и\s+(?=феврал[ье]\b))"
                       r"(феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)"
                       r"(?:[ьея]|[ауе]|[йяе])?\b(?:\s+(\d{4})\s+года?)?", re.I)
# "ötən ilin yanvar-oktyabr aylarında" (last year's January–October): the year before publication's
# Round 24: "bu ilin / cari ilin yanvar-sentyabr aylarında" (this year's): the year of publication, its words part of the
# period ("…, bu ilin yanvar-sentyabr aylarında isə 41 milyon dolları ötüb": a further clause opens with its period)
_AZ_RANGE = re.compile(r"(?:\b(\d{4})-(?:c[iıuü])\s+il(?:in)?\s+|\b(ötən|keçən|bu|cari)\s+ilin\s+)?"
                       r"\byanvar(?:\s*[-–—]\s*|\s+v[əe]\s+(?=fevral\s+" + _TURKIC_TWO_MONTHS_TAIL + "))"
                       # (round 24: the locative on the range itself, "yanvar-oktyabrda dövriyyə 38,6 milyon dollar olub")
                       # (round 56: and with the possessive, "2025-ci ilin yanvar-oktyabrında bu göstərici …")
                       r"(fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)"
                       r"(?:d[aə]|[ıiuü]nd[aə])?\b",
                       re.I)
# Turkish months to date: "2023 yılının ocak-ekim döneminde", "bu yılın ocak-ekim" (this year's January-October).
_TR_MONTHS = {"ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
              "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12}
MONTHS_TR = frozenset(lowered(word) for word in _TR_MONTHS)  # as cheap.lowered() has them ("Ocak'tan" is no place)
_TR_MONTHS_AFTER_OCAK = {word: n for word, n in _TR_MONTHS.items() if n > 1}  # what "ocak-" (January-) runs to
_TR_MONTHS_LOWERED = {lowered(word): n for word, n in _TR_MONTHS_AFTER_OCAK.items()}  # "kasım" as cheap.lowered() has it
# and "geçen yılın ocak-ekim döneminde" (last year's)
# Round 79 (rakam79): the year's genitive by its apostrophe, as _AZ_TR_OF_YEAR has it, "2025'in ocak-ekim döneminde"
# (in January–October of 2025), "2026'nın ekim ayında": the year told, not this year's by default (dev/1233)
_TR_YEAR_GENITIVE = r"['’](?:[iıuü]n|n[iıuü]n)"
_TR_RANGE = re.compile(r"(?:\b(\d{4})(?:\s+yılının|" + _TR_YEAR_GENITIVE
                       + r")\s+|\b(bu|geçen)\s+yılın\s+)?\bocak(?:\s*[-–—]\s*|\s+ve\s+(?=şubat\s+"
                       + _TURKIC_TWO_MONTHS_TAIL + "))("
                       + "|".join(_TR_MONTHS_AFTER_OCAK) + r")\b", re.I)
# Round 93 (t2, quarter's months): the three months of a quarter after its first, "temmuz-eylül döneminde" (July to
# September: the third quarter, told as a quarter), "temmuz-eylülde", "2025 yılının nisan-haziran döneminde",
# "geçen yılın ekim-aralık döneminde" (dev/1406). Only a quarter's own first and last months ("temmuz-ekim" no match).
_TR_QUARTER_MONTHS = {"nisan": ("haziran", 2), "temmuz": ("eylül", 3), "ekim": ("aralık", 4)}  # first: (last, quarter)
_TR_QUARTER_RANGE = re.compile(r"(?:\b(\d{4})(?:\s+yılının|" + _TR_YEAR_GENITIVE + r")\s+|\b(bu|geçen)\s+yılın\s+)?"
                               r"\b(nisan|temmuz|ekim)\s*[-–—]\s*(haziran|eylül|aralık)"
                               r"(?=\s+dönem|\s+ay|['’]?[dt][ae]\b|\s*[,:])", re.I)
# Azerbaijani one month: "2025-ci ilin yanvar ayında", "cari ilin yanvar ayında" (this year's); "yanvar ayında" alone
# as English "in January" alone (the period only when the sentence names no other).
# Turkish the same way: "2025 yılının ocak ayında", "bu yılın mart ayında", "Ocak ayında" alone.
_AZ_TR_MONTH_OF = {lowered(word): n for word, n in (*_AZ_MONTHS.items(), *_TR_MONTHS.items())}
# Round 71 (review71): a chronicle laid out by months, each paragraph opened by its month's name and a full stop as its
# head ("Март. 13 марта состоялся …", "June. On 10 June …", "Mart. 13 martda …", dev/1139, a ministry's "Итоги года"):
# the entries under the heads are the year's events told in turn, not a look back (Document.month_heads)
MONTH_HEAD = re.compile(r"^[^\S\n]*(?:" + "|".join((*_RU_NOMINATIVE_MONTHS, *_AZ_MONTHS, *_TR_MONTHS))
                        + r"|January|February|March|April|May|June|July|August|September|October|November|December)"
                        r"\.[^\S\n]", re.M | re.I)
# Round 56 (traderel): an Azerbaijani or Turkish month named as a subject ("oktyabr ayı", "ekim ayı") and the figure
# then told for "that month": "Türkmənistanla ticarətdə oktyabr ayı xüsusilə aktiv keçib: yalnız həmin ay ərzində …
# 61,7 milyon dollarlıq mal dövriyyəsi", "Ekim ayı hareketli geçti: yalnızca o ay içinde …". The month's own period,
# as _MONTH_SUBJECT reads "January started well: for the month, …".
_LOCAL_MONTH_SUBJECT = re.compile(r"\b(" + "|".join(sorted({*_AZ_MONTHS, *_TR_MONTHS}, key=len, reverse=True))
                                  + r")\s+ay[ıi]\b"
                                  r"(?=[^.;]*?\b(?:həmin|eyni|aynı|o)\s+ay(?:d[aə]|\s+ərzində|\s+içinde)?\b)",
                                  re.I)
_LOCAL_MONTH_SUBJECT_WORDS = ("həmin ay", "eyni ay", "ayni ay", "o ay")  # one is in every match, as lowered() has it
# Round 79 (rakam79): the month as the owner of the flow, the way a list of figures names its lines, "Ekim ayı
# ihracatı: 348,5 milyon dolar" (October's exports), "mart ayı ticaret hacmi", "oktyabr ayı ixracı": read as "ekim
# ayında" (dev/1233, a "Rakamlarla" list); "Ekim ayı hareketli geçti" (October was busy) names no flow.
_AZ_ONE_MONTH = re.compile(r"(?:\b(\d{4})(?:-(?:c[iıuü])\s+ilin|\s+yılının|" + _TR_YEAR_GENITIVE + r")\s+"
                           r"|\b(cari|bu|ötən|keçən|geçen)\s+(?:ilin|yılın)\s+)?\b("
                           + "|".join(sorted({*_AZ_MONTHS, *_TR_MONTHS}, key=len, reverse=True))
                           + r")\s+(?:ayında|ayı(?=\s+(?:ihracatı|ithalatı|(?:dış\s+)?ticaret\s+hacmi|ixracı|idxalı"
                           r"|(?:ticarət\s+|mal\s+)?dövriyyəsi)\b))\b", re.I)
_MONTH_OWNER_WORDS = ("ayi ihracati", "ayi ithalati", "ayi ticaret hacmi", "ayi diş ticaret", "ayi ixraci",
                      "ayi idxali", "ayi ticarət dövriyyəsi", "ayi mal dövriyyəsi", "ayi dövriyyəsi")
# (as cheap.lowered() has them; with "ayinda", one is in every _AZ_ONE_MONTH match)
# Round 49: Turkish one month in the locative with no "ayında": "Özbekistan'a ihracat ekimde yüzde 21,4 artışla …",
# "Ekim'de", "bu yılın martta"; read as _AZ_ONE_MONTH reads "ekim ayında".
_TR_MONTH_LOCATIVE = re.compile(r"(?:\b(\d{4})(?:\s+yılının|" + _TR_YEAR_GENITIVE + r")\s+|\b(bu|geçen)\s+yılın\s+)?\b("
                                + "|".join(_TR_MONTHS) + r")['’]?[dt][ae]\b", re.I)
_TR_MONTH_LOCATIVE_WORDS = tuple(lowered(month) + ending for month in _TR_MONTHS
                                 for ending in ("de", "da", "te", "ta", "'d", "'t", "’d", "’t"))
# (speed, sp84) the twelve months as those words open with them: a cheaper first check, as _LOCAL_MONTH_STEMS is for
# _LOCAL_MONTH_LOCATIVE_WORDS (period_in asks it of most trade sentences, and most hold no Turkish month at all)
_TR_MONTH_LOCATIVE_STEMS = tuple(lowered(month) for month in _TR_MONTHS)
# Round 53 (tradetext): Azerbaijani one month in the locative with no "ayında", bare or with the year's possessive:
# "yanvarda", "Bu ilin yanvarında dövriyyə təxminən 14 milyon dollar təşkil edib", "ötən ilin aprelində"; Turkish the
# possessive after the year, "bu yılın ocağında", "2025 yılının eylülünde"; read as "yanvar ayında".
_TR_MONTH_STEMS = {"ocağ": 1, lowered("aralığ"): 12, **{lowered(word): n for word, n in _TR_MONTHS.items()}}
_LOCAL_MONTH_LOCATIVE = re.compile(r"(?:\b(\d{4})(?:-(?:c[iıuü])\s+ilin|\s+yılının)\s+"
                                   r"|\b(cari|bu|ötən|keçən|geçen)\s+(?:ilin|yılın)\s+)?"
                                   r"\b(?:(" + "|".join(_AZ_MONTHS) + r")(?:[ıiuü]n)?d[aə]"
                                   r"|(ocağ|aralığ|" + "|".join(_TR_MONTHS) + r")[ıiuü]n[dt][ae])\b", re.I)
_LOCAL_MONTH_LOCATIVE_WORDS = (*(month + ending for month in _AZ_MONTHS
                                 for ending in ("da", "də", "inda", "ində", "unda", "ündə")),
                               *(month + "in" for month in _TR_MONTH_STEMS), "eylülün", "temmuzun", "ağustosun")
# as cheap.lowered() has them; one is in every _LOCAL_MONTH_LOCATIVE match
_LOCAL_MONTH_STEMS = (*_AZ_MONTHS, *_TR_MONTH_STEMS)  # one starts each word above: a cheaper first check
# Russian one month, as monthly customs figures are reported: "в марте 2024 года", "в январе текущего года" (this
# year's); "в марте" alone as "in March" alone. Not the first month of a range ("в январе-сентябре").
# (round 47: a dash before an amount is no range, "а только в декабре — 11,3 млн долларов")
_RU_ONE_MONTH = re.compile(r"\bв\s+(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)е\b"
                           r"(?!\s*[-–—]\s*[^\W\d])"
                           r"(?:\s+(?:(\d{4})\s+года?|(текущего|этого|нынешнего|прошлого)\s+года))?", re.I)
_RU_MONTH_IN = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                "ноябре", "декабре")  # one is in every _RU_ONE_MONTH match
_RU_MONTH_IN_OF = {word: month for month, word in enumerate(_RU_MONTH_IN, 1)}


def ru_month_in(word: str) -> int | None:
    """The month a Russian month name in the prepositional is ("мае" 5, "ноябре" 11), else None."""
    return _RU_MONTH_IN_OF.get(word.lower())
# Azerbaijani and Turkish months to date as a count, quarters and halves, of a year named before them: "2024-cü ilin
# 9 ayında", "cari ilin ilk doqquz ayında", "2023 yılının ilk 10 ayında", "2023'ün ilk yarısında", "bu yılın ilk
# çeyreğinde", "ilin birinci rübündə". Only with the year ("ilin"/"yılın", of the year) in front: "son 3 ayda" (the
# last three months) is not from January.
_AZ_TR_COUNT = {"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "dört": 4, "beş": 5, "altı": 6, "yeddi": 7, "yedi": 7,
                "səkkiz": 8, "sekiz": 8, "doqquz": 9, "dokuz": 9, "on": 10, "on bir": 11}
_AZ_TR_ORDINAL = {"ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
                  "1.": 1, "2.": 2, "3.": 3, "4.": 4}
# Round 93 (t2, ordinal quarter): Turkish writes the ordinal as a digit and a full stop, "3. çeyrekte", "2026'nın 2.
# çeyreğinde", "geçen yılın 3. çeyreğinde" (dev/1406): _AZ_TR_PART and _QUARTER_ALONE take "[1-4]." as "üçüncü"
_DIGIT_ORDINAL = r"[1-4]\.(?=\s+(?:çeyre|rüb))"
# Last year's too: "ötən ilin ilk yarısında", "keçən ilin 9 ayında", Turkish "geçen yılın ilk çeyreğinde".
_AZ_TR_OF_YEAR = (r"(?:\b(\d{4})(?:-(?:c[iıuü])\s+ilin|\s+yılının|'(?:[iıuü]n|n[iıuü]n))"
                  r"|\b(cari|bu|ötən|keçən|geçen)\s+(?:ilin|yılın)|\b(?:ilin|yılın))\s+")
_LAST_YEARS = ("ötən", "keçən", "geçen")  # of _AZ_TR_OF_YEAR's second group, as cheap.lowered() has them
# (round 19b: a Roman ordinal, "2025-ci ilin I yarım ilində", "2025 yılının II çeyreğinde")
_AZ_TR_PART = re.compile(_AZ_TR_OF_YEAR + r"(?:(ilk|birinci|ikinci|üçüncü|dördüncü|IV|I{1,3}(?=\s)|"
                         + _DIGIT_ORDINAL + r")\s+(rüb|çeyre|yarı)\w*"
                         # round 18: "2025-ci ilin 10 ayı ərzində" (during the year's ten months), "ilk 10 ayı içinde/boyunca"
                         r"|(?:ilk\s+)?(\d{1,2}|on bir|" + "|".join(_AZ_TR_COUNT) + r")\s+ay(?:ında|da|ı\s+(?:ərzində|içinde|"
                         # round 57 (trade57): the relative "-ki" of a level told with it, "geçen yılın ilk üç
                         # ayındaki 1 milyar 16 milyon dolarlık seviye", Azerbaijani "ötən ilin 9 ayındakı"
                         r"boyunca))(?:k[iı])?\b)", re.I)
# Round 67 (trade67): the year's first month, as _FIRST_MONTH_OF in English: "yılın ilk ayında Kırgızistan'a
# ihracatımız … 118,6 milyon dolara ulaştı" (dev/1096), "2026-cı ilin birinci ayında", "geçen yılın ilk ayında" (last
# year's January). Not "ilk aylarında" (the first months) nor "ilk 3 ayında" (_AZ_TR_PART's count).
_AZ_TR_FIRST_MONTH = re.compile(_AZ_TR_OF_YEAR + r"(?:ilk|birinci)\s+ay(?:ında|da|ı\s+(?:ərzində|içinde|boyunca))\b",
                                re.I)
_AZ_TR_FIRST_MONTH_WORDS = ("ilk ay", "birinci ay")  # as cheap.lowered() has them; one is in every match
_AZ_TR_PART_WORDS = ("ayinda", "ayda", "rüb", "çeyre", "yari", "ayi ərzində", "ayi içinde", "ayi boyunca")  # as
# cheap.lowered() has them; one is in every match
# Round 20: a half-year with no year named, as English "in the first half": Turkish "ilk yarıda", "ilk yarıyılda",
# Azerbaijani "birinci yarımildə" (the latest such half by the article's date).
_HALF_ALONE = re.compile(r"\b(ilk|birinci|ikinci)\s+(?:yarıda|yarıyıl\w*|yarım\s?il\w*)", re.I)
# Round 74 (misc74): a quarter with no year named, as quarters are listed after the months of the year to date:
# Azerbaijani "dövriyyə I rübdə 118,4 milyon dollar, II rübdə …" (dev/1178), "ikinci rübdə", Turkish "üçüncü
# çeyrekte" (the latest such quarter by the article's date, as _HALF_ALONE's half).
_QUARTER_ALONE = re.compile(r"(?<![\w.-])(birinci|ikinci|üçüncü|dördüncü|IV|I{1,3}|" + _DIGIT_ORDINAL + r")\s+"
                            r"(?:rübündə|rübdə|çeyrekte|çeyreğinde)(?!\w)", re.I)
_AZ_TR_COUNT_LOWERED = {lowered(word): n for word, n in _AZ_TR_COUNT.items()}  # as cheap.lowered() has them
# Round 96 (t1): the months to date told as a span of so many months, "on aylık dönemde bu ülkeye yapılan ihracat …"
# (dev/1436's bulletin on October: in the ten-month period), "9 aylık dönemde", Azerbaijani "10 aylıq dövrdə": of the
# year named before it ("geçen yılın 9 aylık döneminde"), else the latest such span by the article's date (as
# _HALF_ALONE's half). Not "son 12 aylık" (the last months, not from January), nor the "iki" of "on iki aylık" (twelve
# months, not two: review of round 96).
_AZ_TR_MONTHS_SPAN = re.compile(r"(?:" + _AZ_TR_OF_YEAR + r")?(?<!\bson\s)(?<!\bon\s)\b(?:ilk\s+)?(\d{1,2}|on bir|"
                                + "|".join(_AZ_TR_COUNT) + r")\s+ayl[ıi][kq]\s+(?:dönem|dövr)\w*", re.I)
_AZ_TR_MONTHS_SPAN_WORDS = ("aylik dönem", "ayliq dövr")  # as cheap.lowered() has them; one is in every match
# Round 19b: a Turkish or Azerbaijani month with its year in the locative, as monthly customs data are told: "Eylül
# 2025'te", "Mart 2025'de", "sentyabr 2025-ci ildə" (one month, not the year).
_MONTH_YEAR_LOCATIVE = re.compile(r"\b(" + "|".join(sorted({*_AZ_MONTHS, *_TR_MONTHS}, key=len, reverse=True))
                                  + r")\s+(\d{4})(?:'(?:te|ta|de|da)|-(?:ci|cı|cu|cü)\s+ildə)\b", re.I)
_MONTH_YEAR_LOCATIVE_WORDS = ("'te", "'ta", "'de", "'da", "ildə")  # one is in every match, as cheap.lowered() has it
# Russian quarters and halves: "в первом квартале 2024 года", "за I квартал", "в первом полугодии"; round 19b: a
# Roman or numeric ordinal before a half too, "за I полугодие", "за 1-е полугодие 2025 года", "во 2-м квартале".
_RU_ORDINAL = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
               "1": 1, "2": 2, "3": 3, "4": 4}
# Round 61 (trade61): "this year's" after it is read with it, "за первый квартал нынешнего года — около 142 млн"
# (_RU_THIS_YEAR, defined above with _RU_MONTHS_COUNT).
_RU_QUARTER = re.compile(r"\b(перв|втор|трет|четв[её]рт)\w*\s+(квартал|полугоди)\w*(?:\s+(\d{4})\s+года?"
                         + _RU_THIS_YEAR + r")?"
                         r"|\b(I{1,3}|IV|[1-4](?=-))(?:-(?:е|й|м|го|ое|ом|ого))?\s+(квартал|полугоди)\w*"
                         r"(?:\s+(\d{4})\s+года?" + _RU_THIS_YEAR + r")?", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11}


def _year_of(given: str | None, last_month: int, published: date) -> int:
    """A period's year: the one given, else the latest year in which the period had ended by publication."""
    if given:
        return int(given)
    return published.year if last_month < published.month else published.year - 1


def _to_date_label(year: int, months: int) -> str:
    """Months to date from January: January-March is the first quarter and January-June the first half,
    so they take those labels (as the trade table has them: one span, one label); all twelve, the year."""
    return {3: f"{year}-Q1", 6: f"{year}-H1", 12: str(year)}.get(months, f"{year}-{months}M")


def months_to_date_label(year: int, last_month: str) -> str:
    """The label of January through the month named `last_month` ("May" -> "2026-5M"), as _to_date_label has it:
    round 73 (stat73), a comparison's span told by its months, "compared with January–May 2025, when it stood at …"."""
    return _to_date_label(year, _MONTH_STARTS.index(last_month[:3].lower()) + 1)


# Round 72 (table72): a table's header cell of a year and a count of its months, "Ölkə | 2025 | 2026, 9 ay | Artım, %"
# (dev/1157), "9 ay 2026", "2026, 9 months", "9 месяцев 2026": that year's months to date. Only a cell that is nothing
# else (figures._grid_period reads header cells with it): in running text "9 ay" has no year of its own.
_COUNT_OF_MONTHS = (r"(?P<count>\d{1,2}|" + "|".join([*_AZ_TR_COUNT, *_NUMBER_WORDS, *_RU_COUNT])
                    + r")[\s-]+(?:ay(?:[ıi]|l[ıi]q)?|months?|месяц\w*|мес\.?)")
_YEAR_AND_COUNT_CELL = re.compile(r"\s*(?:(?P<year>(?:19|20)\d\d)\s*,?\s+" + _COUNT_OF_MONTHS
                                  + r"|" + _COUNT_OF_MONTHS.replace("count", "count2")
                                  + r"\s*,?\s+(?P<year2>(?:19|20)\d\d))\s*", re.I)
_COUNT_WORD_VALUES = {lowered(word): n for word, n in [*_AZ_TR_COUNT.items(), *_NUMBER_WORDS.items(),
                                                        *_RU_COUNT.items()]}


def year_and_count_cell(cell: str) -> str | None:
    """The period label of a header cell that is a year and a count of its months ("2026, 9 ay" -> "2026-9M"), else
    None (a count of one or of twelve months and more is no span to date)."""
    if not (m := _YEAR_AND_COUNT_CELL.fullmatch(cell)):
        return None
    count = m["count"] or m["count2"]
    n = int(count) if count.isdigit() else _COUNT_WORD_VALUES.get(lowered(count))
    return _to_date_label(int(m["year"] or m["year2"]), n) if n and 1 < n < 12 else None


# Round 47 (trade releases): a month of last year told by its year's word, Russian "в июле прошлого года", Azerbaijani
# "ötən ilin iyul ayında", Turkish "geçen yılın temmuz ayında", English "in July last year" (_MONTH_LAST_YEAR after
# the month): that month a year before publication's, not this year's July nor last year as a whole.
_LAST_YEAR_OF_MONTH = ("прошлого", "ötən", "keçən", "geçen")  # as cheap.lowered() has them
_MONTH_LAST_YEAR = re.compile(r"\s+(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year\b", re.I)


def _one_month(month: int, year: str | None, this_year: str | None, m: re.Match, published: date):
    """A single month's period label with its span, and whether its year was told (a year or "this
    year") rather than guessed as the latest such month that had ended."""
    year_number = int(year) if year else published.year - (lowered(this_year) in _LAST_YEAR_OF_MONTH) if this_year \
        else _year_of(None, month, published)
    return (f"{year_number}-{month:02d}", m.start(), m.end()), bool(year or this_year)


# A period a growth is compared with is its baseline, not the figure's: Azerbaijani "ötən ilin yanvar-iyun ayları ilə
# müqayisədə" (compared with last year's January–June), "2024-cü ilin eyni dövrü ilə müqayisədə".
# Round 44 (trade-az): the dative with "nisbətən" (relative to) as well, "2025-ci ilin yanvar-may aylarına nisbətən 12,4
# faiz artım" (a growth over January–May of last year, the figure's own period told elsewhere)
# (round 57: the level's noun between, "ötən ilin ilk altı ayındakı göstərici ilə müqayisədə")
_COMPARED_WITH = re.compile(r"\w{0,3}\s*(?:(?:ay(?:lar)?ı\s+|(?:eyni\s+|müvafiq\s+)?dövrü\s+"
                            r"|(?:göstərici|səviyyə|rəqəm)\w*\s+)?"
                            r"ilə\s+müqayisədə|"
                            r"(?:ay(?:lar)?ına\s+|(?:eyni\s+|müvafiq\s+)?dövrünə\s+)?nisbətən)", re.I)
_COMPARED_WORDS = ("müqayis", "nisbət")  # as cheap.lowered() has them; one is in every _COMPARED_WITH match


# round 22: English tells the baseline before the period: "21% more than in January–June 2025", "up from $90 million
# compared with 2024", "against the first half of 2025" — the growth's baseline, not the figure's period (the figure's
# period then comes from the report's lead). Matched on the text right before the period.
# (BASELINE_LEAD is the words before the period; figures._BASELINE_YEAR reads the same words before a year.)
BASELINE_LEAD = (r"\b(?:than|compared\s+(?:with|to)|against|versus)\s+(?:(?:in|during|for)\s+)?(?:the\s+)?"
                 # round 25: "up 15% on the same period last year", "from the same months of 2025": the growth's
                 # baseline, no period of the figure
                 r"|\b(?:on|from|over|against|versus)\s+the\s+same\s+(?:period|months)\s+(?:of\s+)?"
                 # and the period of the amount a figure rose or fell from: "down from $26.9 million in January–October
                 # 2025" (the amount's own period, _baseline_period's, no period of the rest)
                 r"|\b(?:up|down)\s+from\s+(?:US)?\$\s?\d[\d.,]*\s?(?:bn|billion|mn|mln|million|m)?\s+"
                 r"(?:in|during|for|over)\s+(?:the\s+)?"
                 # round 50: Russian "на 4,2% меньше показателя января–октября 2025 года" (less than the figure of)
                 r"|(?<!\w)(?:меньше|больше|ниже|выше)\s+(?:показател[яей]|уровн[яе])\s+(?:за\s+)?")
_BASELINE_BEFORE = re.compile(rf"(?:{BASELINE_LEAD})$", re.I)
BASELINE_WORDS = ("than", "compared", "against", "versus", "same", "from",
                  "показател", "уровн")  # one is in every _BASELINE_BEFORE match


def _is_baseline(text: str, start: int) -> bool:
    """Whether the period starting at `start` is a growth's baseline told by "than (in)", "compared with" before it."""
    return bool(_BASELINE_BEFORE.search(text, max(0, start - 30), start))


def _month_range(pattern: re.Pattern, subject: str, start: int) -> re.Match | None:
    """The first range of months in `subject` from `start` (_MONTH_RANGE), one joined by "and" only after
    "between"."""
    for m in pattern.finditer(subject, start):
        if " and" not in m[0].lower() or _BETWEEN_BEFORE.search(subject, max(0, m.start() - 12), m.start()) \
                or _first_two_months(m):
            return m
    return None


def _first_two_months(m: re.Match) -> bool:
    """Whether a range of months joined by "and" (_MONTH_RANGE) is January and February: the two months to date, as
    "In January and February of this year turnover came close to $190 million" (not "in May and June", not
    "in January and March")."""
    return MONTHS[lowered(m[1]).rstrip(".")] == 1 and MONTHS[lowered(m[2]).rstrip(".")] == 2


def period_in(text: str, published: date, check: str | None = None) -> tuple[str, int, int] | None:
    """The first trade period the text names, as (label, span start, span end), or None.
    `check`: cheap.lowered(text), when the caller has it."""
    check, subject, twins = _patterns_for(text, check)
    month_range, quarter, half, first_months, last_year, one_month = (
        _PERIOD_LOW if twins else (_MONTH_RANGE, _QUARTER, _HALF, _FIRST_MONTHS, _LAST_YEAR, _ONE_MONTH))
    candidates = []
    if "январ" in check and (m := _RU_RANGE.search(text)):
        last = _RU_MONTHS[lowered(m[1])]
        candidates.append((_to_date_label(_year_of(m[2], last, published), last), m.start(), m.end()))
    if "месяц" in check and (m := _RU_MONTHS_COUNT.search(text)):
        n = _RU_COUNT.get(lowered(m[1])) or int(m[1])
        if 1 < n < 12:
            candidates.append((_to_date_label(_year_of(m[2], n, published), n), m.start(), m.end()))
    if "yanvar" in check and (m := _AZ_RANGE.search(text)):
        last = _AZ_MONTHS[lowered(m[3])]
        year = (published.year - (lowered(m[2]) in _LAST_YEARS)) if m[2] else _year_of(m[1], last, published)
        candidates.append((_to_date_label(year, last), m.start(), m.end()))
    if "ocak" in check and (m := _TR_RANGE.search(text)):
        last = _TR_MONTHS_LOWERED[lowered(m[3])]
        this_year = {"bu": published.year, "geçen": published.year - 1}.get(lowered(m[2] or ""))
        candidates.append((_to_date_label(this_year or _year_of(m[1], last, published), last),
                           m.start(), m.end()))
    if ("temmuz" in check or "nisan" in check or "ekim" in check) and (m := _TR_QUARTER_RANGE.search(text)) \
            and _TR_QUARTER_MONTHS[lowered(m[3])][0] == lowered(m[4]):  # round 93 (t2)
        number = _TR_QUARTER_MONTHS[lowered(m[3])][1]
        this_year = {"bu": published.year, "geçen": published.year - 1}.get(lowered(m[2] or ""))
        candidates.append((f"{this_year or _year_of(m[1], number * 3, published)}-Q{number}", m.start(), m.end()))
    if "квартал" in check or "полугоди" in check:
        if m := _RU_QUARTER.search(text):
            number = _RU_ORDINAL[lowered(m[1] or m[4]).replace("ё", "е")]
            if lowered(m[2] or m[5]) == "квартал":
                candidates.append((f"{_year_of(m[3] or m[6], number * 3, published)}-Q{number}", m.start(), m.end()))
            elif number <= 2:
                candidates.append((f"{_year_of(m[3] or m[6], number * 6, published)}-H{number}", m.start(), m.end()))
    first_month = _first_month(text, check) if _names_month(check) else None
    if first_month is not None and (m := _month_range(month_range, subject, first_month)):
        first, last = MONTHS[lowered(m[1]).rstrip(".")], MONTHS[lowered(m[2]).rstrip(".")]
        year = _year_of(m[3], last, published)
        label = _to_date_label(year, last) if first == 1 and last > 1 else f"{year}"
        if first == 1:
            candidates.append((label, m.start(), m.end()))
    if "quarter" in check and (m := quarter.search(subject, _before(text, check, "quarter", 7))):
        q = QUARTERS[lowered(m[1])]
        candidates.append((f"{_year_of(m[2], q * 3, published)}-Q{q}", m.start(), m.end()))
    if any(word in check for word in _SHORT_PART_WORDS) and (m := _SHORT_PART.search(text)):
        number = int(m[2])
        if m[1] == "Q":
            candidates.append((f"{_year_of(m[3], number * 3, published)}-Q{number}", m.start(), m.end()))
        elif number <= 2:
            candidates.append((f"{_year_of(m[3], number * 6, published)}-H{number}", m.start(), m.end()))
    if any(word in check for word in _SHORT_MONTHS_WORDS) and (m := _SHORT_MONTHS.search(text)):
        candidates.append((_to_date_label(int(m[2]), int(m[1])), m.start(), m.end()))
    if "half" in check and (m := half.search(subject, _before(text, check, "half", 7))):
        h = 1 if lowered(m[1]) == "first" else 2
        candidates.append((f"{_year_of(m[2], h * 6, published)}-H{h}", m.start(), m.end()))
    if "the half" in check and (m := _THE_HALF_YEAR.search(text)):
        candidates.append((f"{_year_of(None, 6, published)}-H1", m.start(), m.end()))
    elif any(word in check for word in _HALF_YEAR_OTHER_WORDS) and (m := _HALF_YEAR_OTHER.search(text)):
        candidates.append((f"{_year_of(None, 6, published)}-H1", m.start(), m.end()))  # round 54 (traderel)
    # "the ten months" alone may be any ten months: months to date only with "first" or "of <year>"
    if "months" in check and (m := next((m for m in first_months.finditer(subject)
                                         if m[0][:5].lower() == "first" or " of " in m[0]), None)):
        n = _NUMBER_WORDS.get(lowered(m[1])) or int(m[1])
        year = published.year - 1 if m[3] else _year_of(m[2], n, published)
        candidates.append((_to_date_label(year, n), m.start(), m.end()))
    if "first month" in check and (m := _FIRST_MONTH_OF.search(text)):
        candidates.append((f"{_year_of(m[1], 1, published)}-01", m.start(), m.end()))  # round 25: January
    if any(word in check for word in _AZ_TR_FIRST_MONTH_WORDS) and (m := _AZ_TR_FIRST_MONTH.search(text)):
        year = int(m[1]) if m[1] else (published.year - (lowered(m[2]) in _LAST_YEARS)) if m[2] \
            else _year_of(None, 1, published)
        candidates.append((f"{year}-01", m.start(), m.end()))  # round 67: January
    month_alone = None  # "in March" without a year is the period only when the sentence names no other
    if first_month is not None and (m := one_month.search(subject, _word_before(text, first_month))):
        month = MONTHS[lowered(m[1]).rstrip(".")]
        label = (f"{_year_of(m[2], month, published)}-{month:02d}", m.start(), m.end())
        if not m[2] and (last := _MONTH_LAST_YEAR.match(subject, m.end())):
            candidates.append((f"{published.year - 1}-{month:02d}", m.start(), last.end()))
        elif m[2]:
            candidates.append(label)
        else:
            month_alone = label
    if " alone" in check and (m := _MONTH_ALONE.search(text)):
        month = MONTHS[lowered(m[1]).rstrip(".")]
        candidates.append((f"{_year_of(None, month, published)}-{month:02d}", m.start(), m.end()))
    if any(word in check for word in _MONTH_SUBJECT_WORDS) \
            and (m := _MONTH_SUBJECT.match(text) or _MONTH_OBJECT.match(text)):
        month = _RU_NOMINATIVE_MONTHS[lowered(m["ru"])] if m["ru"] else MONTHS[lowered(m["en"])]
        candidates.append((f"{_year_of(None, month, published)}-{month:02d}", m.start(1 if m["ru"] else 2),
                           m.end(1 if m["ru"] else 2)))
    if not check.isascii() and any(word in check for word in _LOCAL_MONTH_SUBJECT_WORDS) \
            and (m := _LOCAL_MONTH_SUBJECT.search(text)):
        month = _AZ_TR_MONTH_OF[lowered(m[1])]
        candidates.append((f"{_year_of(None, month, published)}-{month:02d}", m.start(), m.end()))
    if not check.isascii() and any(word in check for word in _RU_MONTH_IN) and (m := _RU_ONE_MONTH.search(text)):
        label, told = _one_month(_RU_MONTHS[lowered(m[1])], m[2], m[3], m, published)
        if told:
            candidates.append(label)
        elif month_alone is None:
            month_alone = label
    if any(word in check for word in _AZ_TR_PART_WORDS) and (m := _AZ_TR_PART.search(text)):
        year = int(m[1]) if m[1] else (published.year - (lowered(m[2]) in _LAST_YEARS)) if m[2] else None
        if ("rüb" in check or "çeyre" in check) and (alone := _QUARTER_ALONE.search(text, 0, m.start())):
            # round 93 (t2): a quarter alone before the year's ("3. çeyrekte 1,27 mlr $ …; geçen yılın 3. çeyreğinde
            # bu rakam 1,2 mlr $ idi", dev/1406): the figure's own, first
            number = _AZ_TR_ORDINAL[lowered(alone[1])]
            candidates.append((f"{_year_of(None, number * 3, published)}-Q{number}", alone.start(), alone.end()))
        if m[3]:  # a quarter or a half
            number, part = _AZ_TR_ORDINAL[lowered(m[3])], lowered(m[4])
            if part == "yari" and number <= 2:
                candidates.append((f"{year or _year_of(None, number * 6, published)}-H{number}", m.start(), m.end()))
            elif part != "yari":
                candidates.append((f"{year or _year_of(None, number * 3, published)}-Q{number}", m.start(), m.end()))
        else:
            n = _AZ_TR_COUNT_LOWERED.get(lowered(m[5])) or int(m[5])
            if 1 < n < 12:
                candidates.append((_to_date_label(year or _year_of(None, n, published), n), m.start(), m.end()))
    elif "yari" in check and (m := _HALF_ALONE.search(text)):
        number = _AZ_TR_ORDINAL[lowered(m[1])]
        candidates.append((f"{_year_of(None, number * 6, published)}-H{number}", m.start(), m.end()))
    elif ("rüb" in check or "çeyre" in check) and (m := _QUARTER_ALONE.search(text)):
        number = _AZ_TR_ORDINAL[lowered(m[1])]
        candidates.append((f"{_year_of(None, number * 3, published)}-Q{number}", m.start(), m.end()))
    if any(word in check for word in _AZ_TR_MONTHS_SPAN_WORDS) and (m := _AZ_TR_MONTHS_SPAN.search(text)):
        n = _AZ_TR_COUNT_LOWERED.get(lowered(m[3])) or int(m[3])  # round 96 (t1)
        year = int(m[1]) if m[1] else (published.year - (lowered(m[2]) in _LAST_YEARS)) if m[2] else None
        if 1 < n < 12:
            candidates.append((_to_date_label(year or _year_of(None, n, published), n), m.start(), m.end()))
    if ("ayinda" in check or "ayi " in check and any(word in check for word in _MONTH_OWNER_WORDS)) \
            and (m := _AZ_ONE_MONTH.search(text)) \
            or any(stem in check for stem in _TR_MONTH_LOCATIVE_STEMS) \
            and any(month in check for month in _TR_MONTH_LOCATIVE_WORDS) and (m := _TR_MONTH_LOCATIVE.search(text)):
        label, told = _one_month(_AZ_TR_MONTH_OF[lowered(m[3])], m[1], m[2], m, published)
        if told:
            candidates.append(label)
        elif month_alone is None:
            month_alone = label
    elif any(stem in check for stem in _LOCAL_MONTH_STEMS) \
            and any(month in check for month in _LOCAL_MONTH_LOCATIVE_WORDS) \
            and (m := _LOCAL_MONTH_LOCATIVE.search(text)):
        month = _AZ_TR_MONTH_OF[lowered(m[3])] if m[3] else _TR_MONTH_STEMS[lowered(m[4])]  # round 53
        label, told = _one_month(month, m[1], m[2], m, published)
        if told:
            candidates.append(label)
        elif month_alone is None:
            month_alone = label
    if any(word in check for word in _MONTH_YEAR_LOCATIVE_WORDS) and (m := _MONTH_YEAR_LOCATIVE.search(text)):
        month, year = _AZ_TR_MONTH_OF[lowered(m[1])], int(m[2])
        if (year, month) < (published.year, published.month):  # a month that has ended
            candidates.append((f"{year}-{month:02d}", m.start(), m.end()))
    if any(word in check for word in _LAST_YEAR_WORDS) and (m := last_year.search(subject)):
        candidates.append((str(published.year - 1), m.start(), m.end()))
    # every _YEAR match holds a digit; searched from the word in front of the first one
    digit = _DIGIT.search(text)
    if digit and (m := _YEAR.search(text, _word_before(text, digit.start()))):
        year = m[1] or m[2] or m[3] or m[4] or m[5] or m[6] or m[7]
        if int(year) <= published.year:
            candidates.append((year, m.start(), m.end()))
    if any(word in check for word in _COMPARED_WORDS):
        compared = [c for c in candidates if _COMPARED_WITH.match(text, c[2])]
        # (round 44: and the year told in it, "2025-ci ilin" of "2025-ci ilin yanvar-may aylarına nisbətən")
        candidates = [c for c in candidates if not any(b[1] <= c[1] and c[2] <= b[2] for b in compared)]
    if any(word in check for word in BASELINE_WORDS):
        candidates = [c for c in candidates if not _is_baseline(text, c[1])]
    if candidates and any(word in check for word in _SAME_PART_WORDS):  # round 39: "compared with the same month last year"
        candidates = [c for c in candidates if not _is_same_part_baseline(text, c)]
    if not candidates:
        return month_alone
    if len(candidates) > 1:
        candidates = _part_of_last_year(text, candidates, published)
    return min(candidates, key=lambda c: c[1])


# Round 39 (trade and targets): "last year" right before a part-year period with no year of its own names that part of
# last year, not last year as a whole nor the part of this year: Azerbaijani "Ötən il yanvar-avqust aylarında bu
# göstərici …", Russian "В прошлом году за январь–август", Turkish "Geçen yıl ocak-ağustos döneminde". Only spaces, a
# comma or a preposition between. (Not the English "in January–August last year" after it: mostly a growth's baseline,
# "compared with $298 million in January–September last year".)
_LAST_YEAR_THEN_PART = re.compile(r"[\s,]*(?:(?:in|during|over|for|за|в)\s+)?(?:the\s+)?", re.I)


def _part_of_last_year(text: str, candidates: list, published: date) -> list:
    """The candidates with a part-year period of this year (or of the year a range of no year gives) and a "last year"
    told right before it (_LAST_YEAR_THEN_PART) made one: that part of last year, over both spans."""
    last = str(published.year - 1)
    told_last = [c for c in candidates if c[0] == last and not _DIGIT.search(text, c[1], c[2])]
    for year in told_last:
        for part in candidates:
            if len(part[0]) <= 4 or part[0][:4] not in (last, str(published.year)):
                continue
            if part[1] >= year[2] and _LAST_YEAR_THEN_PART.fullmatch(text, year[2], part[1]):
                joined = (last + part[0][4:], year[1], part[2])
                return [c for c in candidates if c is not year and c is not part] + [joined]
    return candidates


# A period told by reference to the one the report has just given. "The same period": Russian "за тот же период",
# English "in the same period", Azerbaijani "həmin dövrdə"/"eyni dövrdə", Turkish "aynı dönemde"; not a growth's
# baseline ("in the same period of 2023", "the same period last year", "ötən ilin eyni dövründə", "geçen yılın aynı
# döneminde", "по сравнению с аналогичным периодом"). Searched in cheap.lowered() text, so plain and lower-case.
_SAME_PERIOD = re.compile(r"\b(?:in|over|during|for)\s+the\s+same\s+(?:period|months)\b(?!,?\s+(?:of|in|a|last|the|one)\b)"
                          r"|\b(?:за|в)\s+(?:тот|этот)\s+же\s+период\b(?!\s+(?:прошлого|\d))"
                          r"|\b(?:həmin|eyni)\s+dövrdə\b|\bayni\s+dönemde\b"
                          r"|\b(?:in|over|during|for)\s+the\s+(?:reporting\s+period|period\s+under\s+review)\b"
                          r"|\b(?:за|в)\s+отч[её]тн(?:ый|ом)\s+период\w*|\bhesabat\s+dövrü(?:ndə|\s+ərzində)"
                          r"|\b(?:raporlama|söz\s+konusu)\s+döneminde\b|\bsöz\s+konusu\s+dönemde\b")
# "The reporting period" refers back the same way: "in the reporting period", "за отчетный период", "hesabat
# dövründə", Turkish "söz konusu dönemde" (in the said period), "raporlama döneminde".
_SAME_WORDS = ("same", "же период", "dövrdə", "ayni", "reporting", "under review", "отчетн", "отчётн", "hesabat",
               "döneminde", "dönemde")  # as cheap.lowered() has them; one is in every _SAME_PERIOD match
# A count of months with no year, "On ayda Qazaxıstanla ticarət …" (in ten months), "10 ay ərzində", Turkish "ilk 10
# ayda", "in the ten months": any ten months alone (period_in leaves it), but the report's own ten months when the
# period it has just given is January to October.
_COUNT_ALONE = re.compile(r"\b(?:ilk\s+)?(\d{1,2}|on bir|" + "|".join(_AZ_TR_COUNT_LOWERED) + r")\s+ay(?:da|[ıi]?\s+ərzində|"
                          r"[ıi]?\s+içinde)\b"
                          # (round 51: "those"/"these" too, "just over 60 million dollars in those ten months")
                          # (round 54, tradetext: "the same", "the trade volume was close to $2.4 billion in the
                          # same five months" after January–May)
                          r"|\b(?:in|over|during|for)\s+(?:the\s+(?:same\s+)?|those\s+|these\s+)?(?:first\s+)?("
                          + "|".join(_NUMBER_WORDS)
                          + r"|\d{1,2})\s+months\b"
                          # round 43: not "in the first four months of 2024", a count told with a year of its own
                          r"(?!\s+of\s+(?:(?:19|20)\d\d|last\s+year|the\s+(?:previous|prior|preceding)\s+year)\b)"
                          # round 31: "accounted for over $1.3 billion of the nine-month figure" (the report's months)
                          r"|\bthe\s+(" + "|".join(_NUMBER_WORDS) + r"|\d{1,2})-month\s+(?:figure|total|period)\b"
                          # round 53 (tradetext): Russian "those (same)" months, "товарооборот Кыргызстана с
                          # Узбекистаном за те же девять месяцев превысил 1,5 млрд долларов", "за эти восемь месяцев"
                          r"|\b(?:за|в\s+течение)\s+(?:те|эти|тех|этих)(?:\s+же)?\s+(" + "|".join(_RU_COUNT)
                          + r"|\d{1,2})\s+месяц\w*")
_COUNT_WORDS = ("ayda", "ay ərzində", "ay içinde", "ayi ərzində", "ayi içinde", "months", "-month",
                "месяц")  # one is in every
# _COUNT_ALONE match, as cheap.lowered() has it


def _months_to_date(label: str) -> int | None:
    """How many months from January a period label spans (2025-10M -> 10, Q1 -> 3, H1 -> 6, a year -> 12);
    None for a span that starts later in the year or is no such span (a single month, H2)."""
    try:
        period = parse_period(label)
    except BadPeriod:
        return None
    return period.months if period.kind in _FROM_JANUARY and period.start.month == 1 else None


_FROM_JANUARY = ("year", "half", "quarter", "months_to_date")  # periods.Period kinds that may start in January


# A comparison's lead, "for comparison" in the four languages: one home, read here and by figures.py (whose text
# keeps the Turkish dotless i, where the lowered text here has it folded, hence [ıi]).
COMPARISON_WORDS = (r"(?:(?:for|by|in)\s+comparison|для\s+сравнения|karş[ıi]laşt[ıi]rma\s+için"
                    r"|müqayisə\s+üçün)")


# The same period a year before the report's, told as when a figure was (locative, not a growth's "compared with"):
# Azerbaijani "Ötən ilin müvafiq dövründə bu rəqəm 268,5 milyon dollar idi" (in last year's corresponding period),
# "keçən ilin eyni dövründə", Turkish "geçen yılın aynı döneminde", Russian "в аналогичном периоде прошлого года".
# Round 19: also "keçən ilin analoji dövründə", Turkish "bir önceki yılın aynı döneminde", Russian "за аналогичный период
# прошлого года" (as when, "За аналогичный период прошлого года экспорт составил …"), English "in the same period last
# year", "in the same period a year earlier", "during the same months of the previous year" ("over the same period last
# year" is a growth's baseline: not matched), the English ones opening the sentence.
_REMINDER = (r"(?:(?:xatirladaq|xatirladim|qeyd\s+edək|hatirlatalim|hatirlatmak\s+gerekirse|напомним)"
             r"(?:\s+ki)?,?\s+(?:что\s+)?"
             # round 64 (trade64b, dev/1056): or a comparison's lead and its colon, "Müqayisə üçün: bir il əvvəl bu
             # göstərici 493 milyon dollar idi", "Karşılaştırma için: bir yıl önce …", "Для сравнения: годом ранее …"
             r"|" + COMPARISON_WORDS + r"[:,]\s+)?")
# (round 57: with the relative "-ki" of a level told with it, "geçen yılın aynı dönemindeki 2,1 milyar dolarlık seviye")
_SAME_PERIOD_YEAR_BEFORE = re.compile(r"\b(?:ötən|keçən)\s+ilin\s+(?:eyni|müvafiq|həmin|analoji)\s+dövründə(?:ki)?\b"
                                      r"|\b(?:geçen|bir\s+önceki)\s+yilin\s+ayni\s+döneminde(?:ki)?\b"
                                      # Round 93 (t2): the same quarter of last year, "Geçen yılın aynı çeyreğinde
                                      # hacim 1,33 mlr $ seviyesindeydi" (dev/1406)
                                      r"|\b(?:geçen|bir\s+önceki)\s+yilin\s+ayni\s+çeyre(?:ğinde|kte)(?:ki)?\b"
                                      # round 42 (trade B): "last year, in that period", "Ötən il həmin dövrdə göstərici
                                      # 30,8 milyon dollar idi", Turkish "Geçen yıl aynı dönemde"
                                      r"|\b(?:ötən|keçən)\s+il\s+(?:eyni|müvafiq|həmin|analoji)\s+dövrdə\b"
                                      r"|\bgeçen\s+yil\s+(?:ayni|o)\s+dönemde\b"
                                      r"|\b(?:в\s+аналогичном\s+периоде|за\s+аналогичный\s+период)\s+прошлого\s+года\b"
                                      # English only opening the sentence: "than in the same period last year" is a
                                      # growth's baseline
                                      r"|^\W*(?:in|during)\s+the\s+same\s+(?:period|months)\s+(?:of\s+)?(?:last\s+year|"
                                      r"the\s+previous\s+year|a\s+year\s+(?:earlier|before|ago))\b"
                                      # round 40 (trade A): "Twelve months earlier, the nine-month figure stood at …"
                                      r"|^\W*(?:(?:a|one)\s+year|(?:twelve|12)\s+months)\s+(?:earlier|before|ago)\b"
                                      # round 20: Russian, Azerbaijani, Turkish "a year earlier" opening the sentence,
                                      # "Годом ранее оборот составлял …", "Bir il əvvəl …", "Bir yıl önce …"
                                      # round 53 (traderel): a reminder's opener before it, "Xatırladaq ki, bir il
                                      # əvvəl …", "Hatırlatalım ki, bir yıl önce …", "Напомним, что годом ранее …"
                                      r"|^\W*" + _REMINDER +
                                      r"(?:годом\s+(?:ранее|раньше)|год\s+назад|bir\s+il\s+(?:əvvəl|öncə)|"
                                      r"bir\s+yil\s+önce"
                                      # round 43, second wave: "the previous year" opening it, "Bir önceki yıl söz
                                      # konusu rakam 1,2 milyar dolardı", "Bir əvvəlki ildə bu rəqəm …"
                                      r"|bir\s+önceki\s+yil(?:da)?|(?:bir\s+)?əvvəlki\s+il(?:də)?)\b"
                                      # round 29: or opening a contrasting clause after a comma, "…, тогда как годом
                                      # ранее она не превышала 140 млн долларов", "…, а годом ранее – 350 млн"
                                      r"|^,\s*(?:тогда\s+как|а|в\s+то\s+время\s+как)\s+(?:годом\s+(?:ранее|раньше)|год\s+назад)\b"
                                      # round 31: Turkish and Azerbaijani "this figure" a year before, after a comma (the
                                      # verb of the amount before may precede it): "…
                                      # 5,1 milyar dolara ulaştığını, bu rakamın bir önceki yıl 4,4 milyar dolar olduğunu"
                                      r"|,\s*bu\s+(?:rakam|rəqəm)\w*\s+(?:bir\s+önceki\s+yil|bir\s+yil\s+önce|"
                                      r"bir\s+il\s+(?:əvvəl|öncə))\b"
                                      # round 50 (trade text): after a semicolon, the look back before "this figure"
                                      # too: "…; bir önceki yıl bu rakam 1 milyar 989 milyon dolardı"
                                      r"|;\s*(?:bir\s+önceki\s+yil|bir\s+yil\s+önce|bir\s+il\s+(?:əvvəl|öncə))\s+"
                                      r"bu\s+(?:rakam|rəqəm)\b"
                                      r"|;\s*bu\s+(?:rakam|rəqəm)\w*\s+(?:bir\s+önceki\s+yil|bir\s+yil\s+önce|"
                                      r"bir\s+il\s+(?:əvvəl|öncə))\b")
_YEAR_BEFORE_WORDS = ("dövründə", "döneminde", "аналогичн", "same period", "same months", "year earlier", "year before",
                      "year ago", "months earlier", "months before", "months ago", "годом ра", "год назад", "il əvvəl", "il öncə", "yil önce", "önceki yil",
                      "əvvəlki il",
                      "dövrdə", "dönemde", "çeyreğinde", "çeyrekte")  # one is in every
# _SAME_PERIOD_YEAR_BEFORE match, as cheap.lowered() has it


# Round 25: the same period of a year named, told as when a figure was: "In the same period of 2025, turnover … stood at
# $496.2 million" (the report's months in that year, not all of 2025), Russian "за аналогичный период 2025 года",
# Azerbaijani "2025-ci ilin eyni dövründə", Turkish "2025 yılının aynı döneminde". The English one opens the sentence
# ("up 15% on the same period of 2025" is a growth's baseline, _BASELINE_BEFORE).
_SAME_PERIOD_OF_YEAR = re.compile(r"^\W*(?:in|during|for|over)\s+the\s+same\s+(?:period|months)\s+(?:of|in)\s+(20\d\d)\b"
                                  r"|\b(?:в\s+аналогичном\s+периоде|за\s+аналогичный\s+период)\s+(20\d\d)\s+года\b"
                                  r"|\b(20\d\d)-(?:c[iıuü])\s+ilin\s+(?:eyni|müvafiq|həmin|analoji)\s+"
                                  r"dövründə(?:ki)?\b"
                                  # round 61 (t1020): the year's genitive on its number, "2025'in aynı döneminde
                                  # kaydedilen", "2024'ün aynı dönemindeki"
                                  r"|\b(20\d\d)(?:\s+yilinin|['’]n?[iuü]n)\s+ayni\s+döneminde(?:ki)?\b"
                                  # Round 79 (rakam79): this year's, after last year's figure, "2025'in ocak-ekim
                                  # döneminde 5 milyar 851 milyon dolar seviyesindeydi. Bu yılın aynı döneminde
                                  # ihracat …" (in the same period of this year: the year of publication, dev/1233),
                                  # "cari ilin eyni dövründə"; only where the caller gives the date (`published`)
                                  r"|\b(?:bu|cari)\s+(?:yilin|ilin)\s+(?:ayni|eyni|müvafiq|həmin|analoji)\s+"
                                  r"(?:döneminde|dövründə)(?:ki)?\b")
_SAME_OF_YEAR_WORDS = ("same period", "same months", "аналогичн", "dövründə", "döneminde")  # one is in every
# _SAME_PERIOD_OF_YEAR match, as cheap.lowered() has it


def _same_period_of_year(check: str, last: str, published: date | None = None) -> tuple[str, int, int] | None:
    """`last`'s months in the year told with "the same period of <year>" (_SAME_PERIOD_OF_YEAR), with the span;
    "of this year" only with `published`."""
    if not last[:4].isdigit() or len(last) == 4 or not any(word in check for word in _SAME_OF_YEAR_WORDS):
        return None
    if not (m := _SAME_PERIOD_OF_YEAR.search(check)):
        return None
    year = m[1] or m[2] or m[3] or m[4] or (published and published.year)
    return (f"{year}{last[4:]}", m.start(), m.end()) if year else None


def period_back_in(text: str, last: str, check: str | None = None,
                   published: date | None = None) -> tuple[str, int, int] | None:
    """The period `last` (the one the report gave last) with the span of the words that refer back to it: "the same
    period" (_SAME_PERIOD), or a count of months alone equal to its months from January (_COUNT_ALONE), or the same
    period a year before (_SAME_PERIOD_YEAR_BEFORE: "2025-H1" -> "2024-H1"); else None.
    `check`: cheap.lowered(text), when the caller has it; `published`: the date of publication, for "the same
    period of this year"."""
    if check is None:
        check = lowered(text)
    if of_year := _same_period_of_year(check, last, published):
        return of_year
    if any(word in check for word in _YEAR_BEFORE_WORDS) and last[:4].isdigit() \
            and (m := _SAME_PERIOD_YEAR_BEFORE.search(check)):
        return (f"{int(last[:4]) - 1}{last[4:]}", m.start(), m.end())
    if any(word in check for word in _SAME_WORDS) and (m := _SAME_PERIOD.search(check)):
        return (last, m.start(), m.end())
    return count_back_in(text, [last], check)


def count_back_in(text: str, periods: list[str], check: str | None = None) -> tuple[str, int, int] | None:
    """The first of `periods` (the report's, latest first) whose months from January a count of months alone in
    the text equals (_COUNT_ALONE: "in the eight months" after January–August), with its span; else None."""
    if check is None:
        check = lowered(text)
    if any(word in check for word in _COUNT_WORDS) and (m := _COUNT_ALONE.search(check)):
        told = m[1] or m[2] or m[3] or m[4]
        n = int(told) if told.isdigit() else (_AZ_TR_COUNT_LOWERED.get(m[1] or "") or _RU_COUNT.get(m[4] or "")
                                              or _NUMBER_WORDS[told])
        if n > 1 and (last := next((p for p in periods if n == _months_to_date(p)), None)):
            return (last, m.start(), m.end())
    return None

# Days as Russian, Azerbaijani and Turkish reports write them, for the visit rules (dates_in reads the
# English ones): "14 декабря", "в среду", "noyabrın 5-də", "17 fevral 2025", "18 Aralık", "pazartesi
# günü", "bugün", and the numeric "25.02.2020" of all three. Each resolved against the publication
# date as the English forms are (the latest such day on or before it).
_RU_GENITIVE = {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
                "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12}
_LOCAL_MONTHS = {**_RU_GENITIVE, **_AZ_MONTHS, **_TR_MONTHS}
# The patterns below are searched in cheap.lowered(text) (Turkish ı read as i, as IGNORECASE would), so
# their words are lowered() too and plain: a plain pattern is several times faster than an IGNORECASE one.
_LOCAL_MONTH_OF = {lowered(word): month for word, month in _LOCAL_MONTHS.items()}
_AZ_MONTH_OF = {lowered(word): month for word, month in _AZ_MONTHS.items()}


def local_month(word: str) -> int | None:
    """The month a Russian (genitive), Azerbaijani or Turkish month name is ("Ekim" 10, "oktyabr" 10), else None."""
    return _LOCAL_MONTH_OF.get(lowered(word))
# Russian may write the day as an ordinal ("12-го марта"); Azerbaijani may put the locative on the month ("12 martda")
# Round 80 (check80): Russian tells a span of days "с 14 по 16 октября" (from the 14th to the 16th): the
# first day is the start, as of "14–16 октября" (dev/1251)
_DAY_THEN_MONTH = re.compile(r"\b(\d{1,2})(?:-го)?(?:(?:\s*[-–]\s*|(?<=\d)\s+по\s+)(\d{1,2})(?:-го)?)?\s+("
                             + "|".join(sorted(_LOCAL_MONTH_OF, key=len, reverse=True)) + r")"
                             r"(?:\s+(\d{4}))?(?:da|də)?(?![^\W\d_])")
# Azerbaijani "noyabrın 5-də" / "fevralın 17-si": the month in the genitive, then the day with its ending; the
# year may lead ("2022-ci il avqustun 24-də", "2019-cu ilin mayın 3-də"); a span of days ends on the last day
# ("martın 10-11-də", from the 10th to the 11th)
# Round 106 (h3): or "last year" lead it ("R.Əlizadə ötən il mayın 20-də Bişkekdə səfərdə olub", dev/1569; "keçən ilin
# martın 3-də"): that day of the year before publication's, not the latest such day on or before it (a trip recalled
# months back read as this year's), as English "on March 3 last year" is read (dates_in, round 50); its words
# _LAST_YEARS', one of which opens every match so told
_AZ_MONTH_THEN_DAY = re.compile(r"(?:\b(\d{4})-c[iıuü]\s+il(?:in)?\s+"
                                rf"|\b(?:{'|'.join(_LAST_YEARS)})\s+il(?:in)?\s+)?"
                                # round 52 (visits): or "of the month" after it, "may ayının 27-də" (lowered "ayinin")
                                r"\b(" + "|".join(_AZ_MONTH_OF) + r")(?:in|un|ün|\s+ayinin)\s+(\d{1,2})"
                                r"(?:\s*[-–]\s*(\d{1,2}))?"
                                r"-[a-zəöüçşğ]{1,4}\b")
_NUMERIC_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_LOCAL_WEEKDAYS = {"понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5,
                   "воскресенье": 6, "pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4,
                   "cumartesi": 5, "pazar": 6}
# Azerbaijani: Tuesday and Thursday are "Wednesday's eve" and "Friday's eve" (not "on Wednesday evening"),
# Monday "the day after the bazaar"; the one-word days only with "günü" ("bazar" alone is a market)
_AZ_WEEKDAYS = {"bazar ertəsi": 0, "çərşənbə axşamı": 1, "cümə axşamı": 3}
_AZ_WEEKDAYS_WITH_GUNU = {"çərşənbə": 2, "cümə": 4, "şənbə": 5, "bazar": 6}
_LOCAL_WEEKDAY_OF = {lowered(word): day for word, day in {**_LOCAL_WEEKDAYS, **_AZ_WEEKDAYS,
                                                          **_AZ_WEEKDAYS_WITH_GUNU}.items()}
# Russian "в среду" / "во вторник"; Turkish "çarşamba günü" (on Wednesday); Azerbaijani "bazar ertəsi",
# "çərşənbə axşamı", "şənbə günü"
# "в минувший четверг" / "в прошлую среду" (last Thursday): the same day, never the day of the report itself
_RU_PAST_WEEKDAY = ("минувш", "прошл", "прошедш", "ötən", "keçən",  # round 66: and Azerbaijani "ötən çərşənbə"
                    "geçen", "geçtiğimiz")  # round 67: and Turkish "geçen salı"
_LOCAL_WEEKDAY = re.compile(r"\b(?:в|во)\s+(?:(?:минувш|прошл|прошедш)(?:ий|ую|ое|ее|ый)\s+)?"
                            r"(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
                            # Turkish with a time of day too: "pazar akşamı" (Sunday evening), "cuma sabahı" (lowered: ı is i)
                            r"|\b(pazartesi|sali|çarşamba|perşembe|cumartesi|cuma|pazar)\s+(?:günü|akşami|sabahi|gecesi)\b"
                            r"|\b(" + "|".join(lowered(word) for word in _AZ_WEEKDAYS) + r")\b"
                            # (round 104, h1: or "səhəri", its morning, "çərşənbə səhəri çatıb", dev/1545; not
                            # "axşamı", which makes the eve's name: "çərşənbə axşamı" is Tuesday)
                            r"|\b(" + "|".join(lowered(word) for word in _AZ_WEEKDAYS_WITH_GUNU)
                            + r")\s+(?:günü|səhəri)\b"
                            # round 66 (visits66b): or after "ötən"/"keçən" (last), "ötən çərşənbə Aşqabadda …"
                            # (dev/1082), not the two-word days ("ötən cümə axşamı" is last Thursday: the group before
                            # reads it)
                            r"|\b(?:ötən|keçən)\s+(" + "|".join(lowered(w) for w in _AZ_WEEKDAYS_WITH_GUNU) + r")\b"
                            r"(?!\s+(?:axşam|ertəs))"
                            # round 67 (visits67): Turkish after "geçen"/"geçtiğimiz" (last), "geçen salı Ankara'daydı"
                            # (dev/1096), with no "günü" after it
                            r"|\b(?:geçen|geçtiğimiz)\s+(pazartesi|sali|çarşamba|perşembe|cumartesi|cuma|pazar)\b")
# today / yesterday: Russian, Turkish, Azerbaijani ("ötən gün", the past day, is yesterday; "bugüne kadar", until
# today, is no day: \b)
# this morning / this evening are today too: "bu sabah Ankara'ya gitti", "bu akşam", "bu səhər", "bu axşam"
_TODAY = ("сегодня", "bugün", "bu gün", *(lowered(w) for w in ("bu sabah", "bu akşam", "bu səhər", "bu axşam")))
_YESTERDAY = ("вчера", "dünən", "dün", "ötən gün")
# Russian "накануне" alone is the day before the report ("прибывший накануне с рабочим визитом", "накануне
# вечером"), not "накануне визита" (ahead of the visit): only before a stop, a time of day, a preposition or a verb
# of arrival
_EVE = (r"накануне(?=\s*(?:[,.;:)—–-]|$)|\s+(?:вечером|утром|днем|днём|ночью|поздно|с|со|в|во|из|на"
        r"|прибы\w*|прилете\w*|прилет\w*)\b)")
# round 18b: the day before yesterday, Russian "позавчера", Azerbaijani "srağagün"/"sırağagün", Turkish "evvelsi gün"/
# "evvelki gün" (not "önceki gün", which is also the day before another)
_BEFORE_YESTERDAY = tuple(lowered(w) for w in ("позавчера", "srağagün", "sırağagün", "evvelsi gün", "evvelki gün"))
_LOCAL_RELATIVE = re.compile(rf"\b(?:({'|'.join(_TODAY)})|({'|'.join(_YESTERDAY)}|{_EVE})|({'|'.join(_BEFORE_YESTERDAY)}))\b")
# The words one of the patterns needs (a month word; a weekday, today or yesterday), for `in` checks
# before them; an ASCII sentence (most English ones) can hold only the ASCII words, so it is asked fewer.
_MONTH_WORDS = tuple(_LOCAL_MONTH_OF)
_DAY_WORDS = tuple(sorted({*_LOCAL_WEEKDAY_OF, *_TODAY, *_YESTERDAY, *_BEFORE_YESTERDAY, "накануне"}))
_ASCII_MONTH_WORDS = tuple(w for w in _MONTH_WORDS if w.isascii())
# "cuma" is in "cumartesi", "pazar" in "pazartesi": the shorter words are enough for the check
_ASCII_DAY_WORDS = tuple(w for w in _DAY_WORDS if w.isascii() and not any(o != w and o in w for o in _DAY_WORDS))


# Round 89 (a1 years_ago_today): an anniversary's "10 il əvvəl bu gün" (ten years ago today; Turkish "10 yıl önce
# bugün") is the publication's day and month that many years back, never the publication's day itself (dev/1353).
# Searched in cheap.lowered() text (ı is i) in the few characters before "bu gün"/"bugün".
_YEARS_AGO_BEFORE = re.compile(r"\b(\d{1,3})\s+(?:il|yil)\s+(?:əvvəl|öncə|önce)\s+$")


def years_before(day: date, years: int) -> date:
    """`day` `years` years back (29 February to the 28th in a common year): the one home of that shift, for "10 il
    əvvəl bu gün" here and for visits' "N years since the visit"."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def numeric_dates_in(text: str, pos: int = 0) -> list[tuple[date, None, int, int]]:
    """(day, None, span start, span end) of every day written "25.02.2020" (day first, as reports of the region
    write it in all four languages: "arrived in Bishkek on 11.03.2026"), from `pos` on."""
    found = []
    if ".19" in text or ".20" in text:  # the year is of the 20th or 21st century
        for m in _NUMERIC_DAY.finditer(text, pos):
            try:
                found.append((date(int(m[3]), int(m[2]), int(m[1])), None, m.start(), m.end()))
            except ValueError:
                pass
    return found


def local_dates_in(text: str, published: date, check: str | None = None) -> list[tuple[date, date | None, int, int]]:
    """(start, end or None, span start, span end) of every Russian, Azerbaijani, Turkish or numeric
    ("25.02.2020") day the text names, resolved as dates_in resolves the English ones. Each pattern
    runs only when a word it needs is in the text (most sentences hold none)."""
    low = check if check is not None and len(check) == len(text) else lowered(text)
    ascii_ = low.isascii()
    found = []
    digit = _DIGIT.search(low)
    if digit:
        digit = digit.start()
        found += numeric_dates_in(low, digit)
        if any(month in low for month in (_ASCII_MONTH_WORDS if ascii_ else _MONTH_WORDS)):
            for m in _DAY_THEN_MONTH.finditer(low, digit):
                found.append(_day_span(int(m[1]), m[2], _LOCAL_MONTH_OF[m[3]], m[4], published, m))
            if "-" in low:
                for m in _AZ_MONTH_THEN_DAY.finditer(low):
                    year = published.year - 1 if m[0].startswith(_LAST_YEARS) else m[1]  # round 106 (h3)
                    found.append(_day_span(int(m[3]), m[4], _AZ_MONTH_OF[m[2]], year, published, m))
    if any(word in low for word in (_ASCII_DAY_WORDS if ascii_ else _DAY_WORDS)):
        for m in _LOCAL_WEEKDAY.finditer(low):
            back = (published.weekday() - _LOCAL_WEEKDAY_OF[m[m.lastindex]]) % 7
            if back == 0 and any(word in m[0] for word in _RU_PAST_WEEKDAY):
                back = 7
            found.append((published - timedelta(days=back), None, m.start(), m.end()))
        for m in _LOCAL_RELATIVE.finditer(low):
            if m[1] and (ago := _YEARS_AGO_BEFORE.search(low, max(0, m.start() - 16), m.start())):
                found.append((years_before(published, int(ago[1])), None, ago.start(), m.end()))  # round 89 (a1)
                continue
            found.append((published - timedelta(days=0 if m[1] else 1 if m[2] else 2), None, m.start(), m.end()))
    if not ascii_:
        found += week_back_days(low, published)  # round 28: Russian, Turkish, Azerbaijani
    found = [f for f in found if f[0] is not None]
    return sorted(found, key=lambda f: f[2])


# Round 28: a visit's day told by the week before: "was in Baku last weekend" (that weekend's Saturday: of a report of a
# Saturday or a Sunday, the weekend before its own), "paid a visit to Astana a week ago" (seven days back); Russian "в
# минувшие выходные", "неделю назад", Turkish "geçen hafta sonu", "bir hafta önce", Azerbaijani "ötən həftəsonu", "bir
# həftə əvvəl". Searched in cheap.lowered() text. Not "last week" (any of its days).
_WEEK_BACK = re.compile(r"\b(?:(?:last|past)\s+weekend|(?:в\s+)?(?:минувшие|прошлые|прошедшие)\s+выходные"
                        r"|geçen\s+hafta\s+sonu|(?:ötən|keçən)\s+həftə\s?sonu)\b"
                        r"|\b((?:a|one)\s+week\s+ago|неделю\s+назад|bir\s+hafta\s+önce|bir\s+həftə\s+(?:əvvəl|öncə))\b")
_WEEK_BACK_WORDS = ("weekend", "week ago", "выходные", "неделю назад", "hafta", "həftə")  # one is in every match


def week_back_days(low: str, published: date) -> list[tuple[date, None, int, int]]:
    """(day, None, span) of each _WEEK_BACK phrase in `low` (cheap.lowered() text): last weekend's Saturday, or the day
    a week before publication."""
    if not any(word in low for word in _WEEK_BACK_WORDS):
        return []
    found = []
    for m in _WEEK_BACK.finditer(low):
        if m[1]:
            day = published - timedelta(days=7)
        else:
            saturday = published - timedelta(days=published.weekday() - 5)  # this week's Saturday (maybe still to come)
            day = saturday - timedelta(days=7)
        found.append((day, None, m.start(), m.end()))
    return found


# Round 39 (trade and targets B): the year of "the same month/period" a growth is compared with is the baseline's, not
# the figure's: Turkish "geçen yılın aynı ayına göre yüzde 9 artışla" (compared with the same month of last year),
# "2025'in aynı dönemine kıyasla", Azerbaijani "ötən ilin eyni ayına nisbətən", English "compared with the same month
# last year", "on the same quarter of 2025". The figure's period is then the one told alone ("Sadece eylül ayında"), or
# the lead's. Not the locative "geçen yılın aynı döneminde" (when the figure was: _SAME_PERIOD_YEAR_BEFORE).
_SAME_PART_AFTER = re.compile(r"\w{0,5}\s+(?:ayn[ıi]|eyni|müvafiq|analoji)\s+(?:ay|dönem|dövr|çeyrek|rüb)\w*\s+"
                              r"(?:göre|nazaran|kıyasla|oranla|nisbətən|ilə\s+müqayisədə)\b", re.I)
_SAME_PART_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|than\s+in|on|from|over|against|versus)\s+the\s+same\s+"
                               r"(?:month|months|period|quarter|half)\s+(?:(?:of|in)\s+)?$", re.I)
_SAME_PART_WORDS = ("ayni", "eyni", "müvafiq", "analoji", "same")  # as cheap.lowered() has them; one is in every match


def _is_same_part_baseline(text: str, candidate: tuple[str, int, int]) -> bool:
    """Whether the period `candidate` is the year of "the same month/period" a growth is compared with."""
    return bool(_SAME_PART_AFTER.match(text, candidate[2]) or _SAME_PART_BEFORE.search(text, max(0, candidate[1] - 40),
                                                                                        candidate[1]))
