"""Which years have an official figure for each pair of the nine states, from each side, and the holes.

An analyst first asks how complete a series is. For every pair of the project's states and each side
(whose records: the reporter), this lists the years with a full-year official-statistics turnover
figure that the series rule accepts, the span they cover and the years missing inside that span.
Numbers and years only; the Data page words them.
"""
from __future__ import annotations

import pandas as pd

from . import countries, series_rule

COLUMNS = ["a_iso3", "b_iso3", "reporter_iso3", "first_year", "last_year", "years", "missing"]


def official_coverage(trade: pd.DataFrame, codes: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Per pair (a < b) and reporter: first and last year with an official full-year turnover figure,
    how many years have one, and the missing years between (a tuple, oldest first)."""
    codes = codes or tuple(countries.tie_codes())
    rows = series_rule.ranked(trade)
    rows = rows[series_rule.mask(rows, series_rule.FULL_YEAR_TURNOVER, series_rule.SERIES)
                & rows["source_kind"].eq("official_statistics")
                & rows["reporter_iso3"].isin(codes) & rows["partner_iso3"].isin(codes)]
    if rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    pair = [tuple(sorted(p)) for p in zip(rows["reporter_iso3"], rows["partner_iso3"])]
    rows = rows.assign(a_iso3=[p[0] for p in pair], b_iso3=[p[1] for p in pair])
    records = []
    for (a, b, reporter), group in rows.groupby(["a_iso3", "b_iso3", "reporter_iso3"], sort=True):
        years = sorted(set(int(y) for y in group["year"]))
        missing = tuple(y for y in range(years[0], years[-1] + 1) if y not in set(years))
        records.append({"a_iso3": a, "b_iso3": b, "reporter_iso3": reporter, "first_year": years[0],
                        "last_year": years[-1], "years": len(years), "missing": missing})
    return pd.DataFrame(records, columns=COLUMNS)
