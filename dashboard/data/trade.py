"""Trade with the focus country: the one annual series per partner, chosen by a documented rule.

Series rule (design §2): for each partner and calendar year, among full-year turnover figures that
are for one partner (not a group), for all goods (not non-oil only) and not flagged as
inconsistent, take the best by, in order:
  1. source kind: official statistics, then official statements, then media;
  2. exact before approximate ("about", "over", "approaching" in the note);
  3. the later publication (a revision supersedes the first report);
  4. row id (only to make ties deterministic).
Every other figure for the same partner and year stays visible beside the chosen one.
"""
from __future__ import annotations

import pandas as pd

from .countries import FOCUS_DEFAULT
from .sources import KIND_RANK


def with_counterpart(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Add `counterpart_iso3`: the side of the pair that is not the focus country (NA if neither is)."""
    counterpart = trade["partner_iso3"].where(trade["reporter_iso3"] == focus,
                                              trade["reporter_iso3"].where(trade["partner_iso3"] == focus))
    return trade.assign(counterpart_iso3=counterpart)


def series_candidates(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """The rows allowed into an annual turnover series with the focus country, ranked best first."""
    rows = with_counterpart(trade, focus)
    eligible = (rows["counterpart_iso3"].notna() & ~rows["is_group"] & rows["period_kind"].eq("year")
                & rows["flow"].eq("turnover") & ~rows["non_oil"] & ~rows["flagged"])
    rows = rows[eligible].assign(kind_rank=lambda f: f["source_kind"].map(KIND_RANK))
    return rows.sort_values(["counterpart_iso3", "year", "kind_rank", "approx", "published", "row_id"],
                            ascending=[True, True, True, True, False, True])


def annual_turnover(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """One chosen figure per partner and year, with how many other figures exist for that year."""
    ranked = series_candidates(trade, focus)
    chosen = ranked.drop_duplicates(["counterpart_iso3", "year"], keep="first")
    alternatives = ranked.groupby(["counterpart_iso3", "year"]).size().rename("figures").reset_index()
    return chosen.merge(alternatives, on=["counterpart_iso3", "year"]).reset_index(drop=True)


def latest_full_year(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Per partner, the chosen figure of the latest year that has one (years differ by partner)."""
    series = annual_turnover(trade, focus)
    return series.sort_values("year").drop_duplicates("counterpart_iso3", keep="last").reset_index(drop=True)
