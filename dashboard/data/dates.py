"""Publication dates with their precision, and the one rule that orders publications.

Sources print dates as '2024-03-05', '2024-03' or '2024', or not at all. Built tables carry
`published` (the text as given), `published_date` (the first day it can mean; NaT when undated)
and `published_precision` ('day', 'month', 'year', or '' when undated).

Publication order (which of two publications is the later one), used wherever "the later
publication wins":
- an undated publication counts as the oldest: a dated publication (a revision) supersedes it;
- a partial date counts as the last day its precision allows: '2024' as 2024-12-31 and '2024-03'
  as 2024-03-31. So '2024' ranks after '2024-01-01' and ties with '2024-12-31'; a tie is left to the
  caller's next key (e.g. the row id).

Whether a figure's period had ended when it was published asks for certainty instead: the period
must end on or before the FIRST day the publication date can mean (a figure for 2023 published
"2023-12" may be a part-year figure). An undated publication gives nothing to compare.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .periods import parse_partial_date

PRECISIONS = ("day", "month", "year")
UNDATED_KEY = np.iinfo(np.int64).min  # below every dated key
_EPOCH = pd.Timestamp("1970-01-01")


def published_columns(published: pd.Series) -> pd.DataFrame:
    """`published_date` (datetime64, NaT when undated) and `published_precision` of date texts."""
    parsed = [parse_partial_date(text) if text else (None, "") for text in published]
    return pd.DataFrame({
        "published_date": pd.to_datetime(pd.Series([day for day, _ in parsed], index=published.index, dtype="object")),
        "published_precision": pd.Series([precision for _, precision in parsed], index=published.index, dtype="str"),
    }, index=published.index)


def latest_day(published_date: pd.Series, published_precision: pd.Series) -> pd.Series:
    """The last day each (partial) date can mean: year -> 31 Dec, month -> its last day; NaT stays NaT."""
    last = pd.to_datetime(published_date).copy()
    year, month = published_precision.eq("year"), published_precision.eq("month")
    last[year] = last[year] + pd.offsets.YearEnd(0)
    last[month] = last[month] + pd.offsets.MonthEnd(0)
    return last


def publication_order_key(published_date: pd.Series, published_precision: pd.Series) -> pd.Series:
    """Sort key of publications, larger = later (rule in the module docstring): the days from
    1970-01-01 to the last day the date can mean, and UNDATED_KEY (the smallest int64) when undated."""
    last = latest_day(published_date, published_precision)
    dated = last.notna()
    key = pd.Series(UNDATED_KEY, index=last.index, dtype="int64")
    key[dated] = (last[dated] - _EPOCH).dt.days.astype("int64")
    return key


def ended_by_publication(period_end: pd.Series, published_date: pd.Series) -> pd.Series:
    """True where the period certainly ended by the publication (rule in the module docstring);
    True when undated, False when the period has no end (year to date)."""
    end, published = pd.to_datetime(period_end), pd.to_datetime(published_date)
    return end.notna() & (published.isna() | end.le(published))
