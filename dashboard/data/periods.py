"""Parse the period labels sources use ('2022', '2022-H1', '2022-9M', '2019-11', ...) into dates.

A figure's period says how comparable it is: only `year` periods enter an annual series; partial
years, single months, cumulative ranges, "current level" statements and vague periods are kept
and shown, but marked by `period_kind` so no chart mixes them into a full-year line by accident.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date


class BadPeriod(ValueError):
    """A period label that none of the documented forms matches."""


@dataclass(frozen=True)
class Period:
    label: str
    kind: str  # year, half, quarter, months_to_date, month, year_to_date, cumulative, current_level, vague
    year: int  # the year the figure belongs to (the last year of a range)
    start: date
    end: date | None  # None when the source did not say when the count stopped (YTD)
    months: int | None

    @property
    def is_full_year(self) -> bool:
        return self.kind == "year"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(label: str, kind: str, year: int, first_month: int, months: int) -> Period:
    last_month = first_month + months - 1
    return Period(label, kind, year, date(year, first_month, 1), _month_end(year, last_month), months)


_FORMS: list[tuple[re.Pattern[str], object]] = [
    (re.compile(r"^(\d{4})$"), lambda m, s: _span(s, "year", int(m[1]), 1, 12)),
    (re.compile(r"^(\d{4})-H([12])$"), lambda m, s: _span(s, "half", int(m[1]), 1 + 6 * (int(m[2]) - 1), 6)),
    (re.compile(r"^(\d{4})-Q([1-4])$"), lambda m, s: _span(s, "quarter", int(m[1]), 1 + 3 * (int(m[2]) - 1), 3)),
    (re.compile(r"^(\d{4})-(\d{1,2})M$"), lambda m, s: _months_to_date(s, int(m[1]), int(m[2]))),
    (re.compile(r"^(\d{4})-(\d{2})$"), lambda m, s: _span(s, "month", int(m[1]), int(m[2]), 1)),
    (re.compile(r"^(\d{4})-YTD$"), lambda m, s: Period(s, "year_to_date", int(m[1]), date(int(m[1]), 1, 1), None, None)),
    (re.compile(r"^(\d{4})-(\d{4}) \(cumulative\)$"),
     lambda m, s: Period(s, "cumulative", int(m[2]), date(int(m[1]), 1, 1), date(int(m[2]), 12, 31),
                         12 * (int(m[2]) - int(m[1]) + 1))),
    (re.compile(r"^(\d{4}) \(current level\)$"), lambda m, s: _span(s, "current_level", int(m[1]), 1, 12)),
    (re.compile(r"^(early|mid|late) (\d{3})0s$"), lambda m, s: _decade_part(s, m[1], int(m[2]) * 10)),
]


def _months_to_date(label: str, year: int, months: int) -> Period:
    """'2022-9M' is January-September; '2022-12M' is the whole year, so it is a full year."""
    return _span(label, "year" if months == 12 else "months_to_date", year, 1, months)


def _decade_part(label: str, part: str, decade: int) -> Period:
    first = {"early": 0, "mid": 3, "late": 7}[part]
    start, end = decade + first, decade + first + (2 if part != "mid" else 3)
    return Period(label, "vague", end, date(start, 1, 1), date(end, 12, 31), None)


def parse_period(label: str) -> Period:
    """One label -> Period; raises BadPeriod naming the accepted forms."""
    text = label.strip()
    for pattern, build in _FORMS:
        match = pattern.match(text)
        if match:
            try:  # month 13, '0M', '13M' or a range that runs backwards
                period = build(match, text)
            except ValueError as exc:
                raise BadPeriod(f"period {label!r} is not a real span of time ({exc})") from None
            if period.months is not None and period.months < 1:
                raise BadPeriod(f"period {label!r} covers no month")
            return period
    raise BadPeriod(
        f"period {label!r} is not one of: YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-<n>M, YYYY-MM, YYYY-YTD, "
        "'YYYY-YYYY (cumulative)', 'YYYY (current level)', 'late 2000s'"
    )


PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def parse_partial_date(text: str) -> tuple[date, str]:
    """'2023', '2023-04' or '2023-04-10' -> (first day, precision 'year'|'month'|'day')."""
    if not PARTIAL_DATE.match(text.strip()):
        raise ValueError(f"{text!r} is not a date like 2023-04-10, 2023-04 or 2023")
    parts = [int(p) for p in text.strip().split("-")]
    precision = ("year", "month", "day")[len(parts) - 1]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1), precision
