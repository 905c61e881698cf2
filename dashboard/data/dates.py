"""Publication dates with their precision, compared as dates (docs/architecture.md, "Dates").

A source's date may be a day ("2024-03-05"), a month ("2024-03") or a year ("2024"), or missing.
Order of publications (the series rule's "later publication"): a partial date counts as the last day
its precision allows ("2024" is later than "2024-01-01": the page may be from December); an undated
publication counts as the oldest (a dated report supersedes it), so its key is NaT.
"""
from __future__ import annotations

import calendar
from datetime import date

import pandas as pd

from .periods import parse_partial_date


def latest_day(text: str) -> date | None:
    """The last day a partial date can mean; None when undated or not a date."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        first, precision = parse_partial_date(text)
    except ValueError:
        return None
    if precision == "year":
        return date(first.year, 12, 31)
    if precision == "month":
        return date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    return first


def publication_order_key(published: pd.Series) -> pd.Series:
    """Sortable publication dates (datetime64, NaT for undated): later is newer; sort NaT as oldest."""
    distinct = {text: latest_day(text) for text in pd.unique(published)}
    return pd.to_datetime(published.map(distinct)).astype("datetime64[s]")
