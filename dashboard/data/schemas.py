"""One pandera schema per raw table; validated lazily so every failure is reported at once.

Schemas check the raw strings (before conversion), so each failure can name the file, line, field
and value a curator must fix. `validate()` returns the failures; it never raises for bad rows.
"""
from __future__ import annotations

import math
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from datetime import date

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from . import countries
from .periods import BadPeriod, parse_partial_date, parse_period
from .sources import is_http_url

from .problems import Problem
from .vocabulary import (FLOWS, LANGUAGES, MAX_FLAG_REASON, MAX_USD_M, QUALIFIERS, SCOPES, TOPICS,  # noqa: F401
                         VISIT_TYPES)


def _number(text: str, low: float, high: float) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return math.isfinite(value) and low <= value <= high


def _optional(check):
    return lambda text: text == "" or check(text)


def _country(text: str) -> bool:
    return countries.try_resolve(text) is not None


def _country_list(text: str) -> bool:
    return all(_country(part.strip()) for part in text.split(";") if part.strip())


def _period(text: str) -> bool:
    try:
        return parse_period(text).start <= date.today()
    except BadPeriod:
        return False


def _past_date(text: str) -> bool:
    try:
        day, _ = parse_partial_date(text)
    except ValueError:
        return False
    return day <= date.today()


MAX_TEXT = 5_000  # the longest real quote or summary is under 1,000 characters
_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>")


def _clean(text: str) -> bool:
    """Plain text: no control characters (a broken export), no HTML tags, no absurd length."""
    return (len(text) <= MAX_TEXT and not any(ord(ch) < 32 and ch != "\t" for ch in text)
            and not _HTML_TAG.search(text))


CLEAN_MESSAGE = (f"must be plain text: no HTML tags, no control characters, at most {MAX_TEXT:,} characters "
                 "(store the source's words, not its markup)")


def _check(fn, message: str) -> pa.Check:
    return pa.Check(fn, element_wise=True, error=message)


def _text(message: str = "must not be empty") -> pa.Column:
    return pa.Column(str, [_check(lambda t: t.strip() != "", message), _check(_clean, CLEAN_MESSAGE)])


def _optional_text() -> pa.Column:
    return pa.Column(str, _check(_clean, CLEAN_MESSAGE), required=False)


SOURCE_URL = pa.Column(str, _check(_optional(is_http_url), "must be an http(s) link or empty"))
PUBLISHED = pa.Column(str, _check(_optional(_past_date), "must be a past date like 2023-04-10, or empty"))
QUALIFIER = pa.Column(str, _check(lambda t: t in QUALIFIERS, f"must be one of {', '.join(QUALIFIERS)}"))
FLAG_REASON = pa.Column(str, [_check(_clean, CLEAN_MESSAGE), _check(
    lambda t: len(t) <= MAX_FLAG_REASON,
    f"must be empty, or a short reason (at most {MAX_FLAG_REASON} characters) why the figure is unreliable")])
COUNTRY = pa.Column(str, _check(_country, "unknown country: add it or an alias to data/reference/countries.csv"))

SCHEMAS: dict[str, pa.DataFrameSchema] = {
    "trade": pa.DataFrameSchema({
        "reporter": COUNTRY, "partner": COUNTRY,
        "period": pa.Column(str, _check(_period, "not a known period form (see dashboard/data/periods.py), or in the future")),
        "flow": pa.Column(str, _check(lambda t: t in FLOWS, f"must be one of {', '.join(FLOWS)}")),
        "value_usd_m": pa.Column(str, _check(lambda t: _number(t, 0, MAX_USD_M), "must be a number of USD millions, 0 to 1,000,000")),
        "value_qualifier": QUALIFIER,
        "scope": pa.Column(str, _check(lambda t: t in SCOPES, f"must be one of {', '.join(SCOPES)}")),
        "flag_reason": FLAG_REASON,
        "growth_pct": pa.Column(str, _check(_optional(lambda t: _number(t, -100, 10_000)), "must be a percentage from -100 to 10,000, or empty")),
        "stated_by": _text(), "source_url": SOURCE_URL, "published": PUBLISHED,
        "note": _optional_text(), "publisher": _optional_text(), "title": _optional_text(),
    }),
    "visits": pa.DataFrameSchema({
        "start_date": pa.Column(str, _check(_past_date, "must be a past date like 2023-04-10 (or 2023-04, 2023 when the source gives no day)")),
        "end_date": pa.Column(str, _check(_optional(_past_date), "must be a past date like 2023-04-10, or empty")),
        "visitor": _text(), "visitor_country": COUNTRY, "host_country": COUNTRY,
        "visit_type": pa.Column(str, _check(lambda t: t in VISIT_TYPES, f"must be one of {', '.join(VISIT_TYPES)}")),
        "documents_signed": pa.Column(str, _check(_optional(lambda t: t.isdigit() and int(t) < 1000), "must be a whole number of documents, or empty")),
        "summary": _text(), "source_url": SOURCE_URL, "published": PUBLISHED,
        "visitor_role": _optional_text(), "city": _optional_text(), "publisher": _optional_text(),
        "title": _optional_text(),
    }, checks=[pa.Check(lambda df: (df["end_date"] == "") | (df["end_date"] >= df["start_date"]),
                        error="end_date is before start_date")]),
    "targets": pa.DataFrameSchema({
        "a": COUNTRY, "b": COUNTRY, "metric": _text(),
        "value_usd_m": pa.Column(str, _check(_optional(lambda t: _number(t, 0, MAX_USD_M)), "must be a number of USD millions, or empty")),
        "value_qualifier": QUALIFIER,
        "target_year": pa.Column(str, _check(_optional(lambda t: t.isdigit() and 1990 <= int(t) <= 2100), "must be a year, or empty")),
        "stated_by": _text(), "stated_on": PUBLISHED, "source_url": SOURCE_URL,
        "note": _optional_text(), "publisher": _optional_text(), "title": _optional_text(),
    }),
    "quotes": pa.DataFrameSchema({
        "date": pa.Column(str, _check(_past_date, "must be a past date like 2023-04-10, 2023-04 or 2023")),
        "speaker": _text(), "speaker_country": COUNTRY, "text": _text("the quote is empty"),
        "topic": pa.Column(str, _check(lambda t: all(p.strip() in TOPICS for p in t.split(";")), f"topics must be among {', '.join(TOPICS)}")),
        "mentioned": pa.Column(str, _check(_country_list, "a mentioned country is unknown: add it to data/reference/countries.csv")),
        "language": pa.Column(str, _check(_optional(lambda t: t in LANGUAGES), f"must be one of {', '.join(LANGUAGES)}, or empty")),
        "source_url": SOURCE_URL, "published": PUBLISHED,
        "speaker_role": _optional_text(), "publisher": _optional_text(), "title": _optional_text(),
    }),
}



@contextmanager
def _geopandas_not_probed() -> Iterator[None]:
    """pandera asks whether a schema's frame-level dtype (unset here) is geopandas' geometry type by
    importing geopandas (with shapely and pyogrio, ~0.3-0.8 s of an app's cold start, docs/benchmarks.md).
    No schema here has a geometry column, so while validating, geopandas reads as not installed; once
    something else has imported it (scripts/build_geo.py, the geometry tests), nothing changes."""
    if "geopandas" in sys.modules:
        yield
        return
    sys.modules["geopandas"] = None  # type: ignore[assignment]  # `import geopandas` raises ImportError
    try:
        yield
    finally:
        if sys.modules.get("geopandas", 0) is None:
            del sys.modules["geopandas"]


def validate(name: str, frame: pd.DataFrame, shown_file: str) -> list[Problem]:
    """Every schema failure of a raw table as Problems (file, line, field); empty when all is well."""
    try:
        with _geopandas_not_probed():
            SCHEMAS[name].validate(frame, lazy=True)
    except SchemaErrors as errors:
        return [_problem(row, frame, shown_file) for row in errors.failure_cases.to_dict("records")]
    return []


def _problem(case: dict, frame: pd.DataFrame, shown_file: str) -> Problem:
    index = case.get("index")
    line = int(frame.loc[index, "_line"]) if index is not None and not pd.isna(index) and index in frame.index else None
    column = case.get("column") or "row"
    check = str(case.get("check") or "")
    value = "" if pd.isna(case.get("failure_case")) else str(case.get("failure_case"))
    if column == frame.columns.name or column == "row" or column is None:
        column = "row"
    return Problem(shown_file, line, str(column), check, value[:80])
