"""Trade with the focus country: the one annual series per partner, chosen by a documented rule.

Series rule (docs/architecture.md, "Where each rule lives"): for each partner and calendar year, among full-year turnover figures that
are for one partner (not a group), for all goods (not non-oil only) and not flagged as
inconsistent, take the best by, in order:
  1. source kind: official statistics, then official statements, then media;
  2. exact before approximate ("about", "over", "approaching" in the note);
  3. the later publication (a revision supersedes the first report);
  4. row id (only to make ties deterministic).
Every other figure for the same partner and year stays visible beside the chosen one.

Engines: pandas does everything for small tables (the real one has a few hundred rows). For a big
table (`trade_index.MIN_ROWS` rows and more) the whole-table scans — the series, its candidates,
group totals and which rows a view shows — are answered by DuckDB (`trade_index`), which returns row
positions; the rows and everything computed from them stay pandas, so both engines give the same
frames. The annual series is computed once per table object and focus (`frame_memo`): the page asks
for it five or six times per run.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import frame_memo, trade_index
from .countries import FOCUS_DEFAULT
from .sources import KIND_RANK


def with_counterpart(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Add `counterpart_iso3`: the side of the pair that is not the focus country (NA if neither is)."""
    counterpart = trade["partner_iso3"].where(trade["reporter_iso3"] == focus,
                                              trade["reporter_iso3"].where(trade["partner_iso3"] == focus))
    return trade.assign(counterpart_iso3=counterpart)


def series_candidates(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """The rows allowed into an annual turnover series with the focus country, ranked best first."""
    index = trade_index.for_frame(trade)
    if index is not None:
        found = index.series_candidates(focus)
        return _taken(trade, found, kind_rank=True, keep_index=True)
    rows = with_counterpart(trade, focus)
    eligible = (rows["counterpart_iso3"].notna() & ~rows["is_group"] & rows["period_kind"].eq("year")
                & rows["flow"].eq("turnover") & ~rows["non_oil"] & ~rows["flagged"])
    rows = rows[eligible].assign(kind_rank=lambda f: f["source_kind"].map(KIND_RANK))
    return rows.sort_values(["counterpart_iso3", "year", "kind_rank", "approx", "published", "row_id"],
                            ascending=[True, True, True, True, False, True])


def annual_turnover(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """One chosen figure per partner and year, with how many other figures exist for that year.
    Computed once per table object and focus; each caller gets its own copy to do with as it likes."""
    return frame_memo.memo(trade, ("annual_turnover", focus), lambda: _annual_turnover(trade, focus)).copy()


def _annual_turnover(trade: pd.DataFrame, focus: str) -> pd.DataFrame:
    index = trade_index.for_frame(trade)
    if index is not None:
        return _taken(trade, index.best_turnover(focus), kind_rank=True, figures=True)
    ranked = series_candidates(trade, focus)
    chosen = ranked.drop_duplicates(["counterpart_iso3", "year"], keep="first")
    alternatives = ranked.groupby(["counterpart_iso3", "year"]).size().rename("figures").reset_index()
    return chosen.merge(alternatives, on=["counterpart_iso3", "year"]).reset_index(drop=True)


def _taken(trade: pd.DataFrame, found: dict, kind_rank: bool = False, figures: bool = False,
           keep_index: bool = False) -> pd.DataFrame:
    """The frame's rows at the positions DuckDB found, in its order, with the columns the pandas
    path adds (`counterpart_iso3`, and `kind_rank`/`figures` where it adds them)."""
    rows = trade.take(found["pos"])
    rows = rows.assign(counterpart_iso3=pd.array(_strings(found["counterpart_iso3"]), dtype="str"))
    if kind_rank:
        rows = rows.assign(kind_rank=rows["source_kind"].map(KIND_RANK))
    if figures:
        rows = rows.assign(figures=found["figures"].astype("int64"))
    return rows if keep_index else rows.reset_index(drop=True)


def _strings(values) -> list:
    """DuckDB's string column (numpy object array, masked where NULL) as a list with None for NULL."""
    if isinstance(values, np.ma.MaskedArray):
        return [None if m else v for v, m in zip(values.data, np.ma.getmaskarray(values))]
    return list(values)


def latest_full_year(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Per partner, the chosen figure of the latest year that has one (years differ by partner)."""
    series = annual_turnover(trade, focus)
    return series.sort_values(["year", "counterpart_iso3"]).drop_duplicates("counterpart_iso3", keep="last").reset_index(drop=True)


# --- Everything the Trade page shows around the chosen series (pure: frames in, frames out). ---

# How a figure's period is placed on a time axis and whether it can stand beside the annual line.
ANNUAL_KINDS = ("year",)
PART_YEAR_KINDS = ("half", "quarter", "months_to_date", "month", "year_to_date", "current_level")
UNCHARTED_KINDS = ("cumulative", "vague")  # multi-year totals and "late 2000s": table only
ROLE_CHOSEN, ROLE_OTHER, ROLE_PART, ROLE_FLOW, ROLE_GROUP, ROLE_TABLE = (
    "in the series", "other full-year figure", "part-year figure", "exports/imports", "group total", "table only")
SIDE_FOCUS, SIDE_PARTNER, SIDE_OTHER = "focus", "partner", "other"
# Growth claimed by a source and growth computed from the series "differ" beyond rounding.
GROWTH_TOLERANCE_PP = 2.0


def figures_shown(trade: pd.DataFrame, partners: list[str], years: tuple[int, int],
                  include_groups: bool, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Every trade row the page shows, each marked with its role: in the series, beside it, part-year, table only."""
    index = trade_index.for_frame(trade)
    if index is not None:
        rows = _taken(trade, index.rows_about(partners, years, include_groups, focus), keep_index=True)
    else:
        rows = with_counterpart(trade, focus)
        about = rows["counterpart_iso3"].isin(partners)
        if include_groups:
            about |= rows["is_group"]
        rows = rows[about & rows["year"].between(*years)]
    chosen_ids = set(annual_turnover(trade, focus)["row_id"])
    role = pd.Series(ROLE_TABLE, index=rows.index, dtype="str")
    role[rows["flow"].isin(("export", "import")) & ~rows["period_kind"].isin(UNCHARTED_KINDS)] = ROLE_FLOW
    role[rows["is_group"] & ~rows["period_kind"].isin(UNCHARTED_KINDS)] = ROLE_GROUP
    is_annual_turnover = rows["period_kind"].isin(ANNUAL_KINDS) & rows["flow"].eq("turnover") & ~rows["is_group"]
    role[is_annual_turnover] = ROLE_OTHER
    role[rows["row_id"].isin(chosen_ids)] = ROLE_CHOSEN
    role[rows["period_kind"].isin(PART_YEAR_KINDS) & rows["flow"].eq("turnover") & ~rows["is_group"]] = ROLE_PART
    side = pd.Series(SIDE_OTHER, index=rows.index, dtype="str")
    side[rows["reporter_iso3"].eq(focus)] = SIDE_FOCUS
    side[rows["reporter_iso3"].eq(rows["counterpart_iso3"]) & rows["counterpart_iso3"].notna()] = SIDE_PARTNER
    out = rows.assign(role=role, side=side, x_date=_x_dates(rows))
    return out.sort_values(["counterpart_iso3", "period_start", "period_end", "flow", "row_id"],
                           na_position="last").reset_index(drop=True)


def _x_dates(rows: pd.DataFrame) -> pd.Series:
    """Where a figure sits on a time axis: a full year mid-year, a part-year at the end of what it covers."""
    mid_year = pd.to_datetime(pd.DataFrame({"year": rows["year"], "month": 7, "day": 1}))
    x = rows["period_end"].where(rows["period_kind"].isin(("half", "quarter", "months_to_date", "month")))
    x = x.where(~rows["period_kind"].isin(("year", "current_level")), mid_year)
    # "this year so far": the day it was said, when the source is dated within that year.
    said = pd.to_datetime(rows["published"].where(rows["published"].str.len() == 10), errors="coerce")
    year_end = pd.to_datetime(pd.DataFrame({"year": rows["year"], "month": 12, "day": 15}))
    ytd = said.where(said.dt.year == rows["year"], year_end)
    x = x.where(~rows["period_kind"].eq("year_to_date"), ytd)
    return x.astype("datetime64[s]")


def partners_by_size(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> list[str]:
    """Partners with an annual figure, largest latest figure first (the default order of every view)."""
    latest = latest_full_year(trade, focus).sort_values("value_usd_m", ascending=False)
    return latest["counterpart_iso3"].tolist()


def series_with_gaps(series: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """The chosen series per partner within `years`, with an empty row for every missing year between
    a partner's first and last figure, so a line drawn from it breaks at gaps instead of bridging them."""
    parts = []
    for partner, rows in series[series["year"].between(*years)].groupby("counterpart_iso3", sort=False):
        span = pd.DataFrame({"year": range(int(rows["year"].min()), int(rows["year"].max()) + 1)})
        filled = span.merge(rows, on="year", how="left").assign(counterpart_iso3=partner)
        parts.append(filled)
    if not parts:
        return series.iloc[0:0].assign(x_date=pd.Series(dtype="datetime64[s]"))
    out = pd.concat(parts, ignore_index=True)
    return out.assign(x_date=pd.to_datetime(out["year"].astype(str) + "-07-01").astype("datetime64[s]"))


def year_by_year(shown: pd.DataFrame, partner: str) -> pd.DataFrame:
    """One row per year from a partner's first to last full-year figure (gap years included): the chosen
    figure, the other figures' ids, growth computed from the series and growth claimed by sources."""
    mine = shown[shown["counterpart_iso3"].eq(partner) & shown["role"].isin((ROLE_CHOSEN, ROLE_OTHER))]
    columns = ["year", "value_usd_m", "row_id", "other_ids", "computed_growth_pct", "claims", "growth_differs"]
    if mine.empty:
        return pd.DataFrame(columns=columns)
    chosen = mine[mine["role"].eq(ROLE_CHOSEN)].set_index("year")
    records = []
    for year in range(int(mine["year"].min()), int(mine["year"].max()) + 1):
        value = float(chosen.loc[year, "value_usd_m"]) if year in chosen.index else float("nan")
        prev = float(chosen.loc[year - 1, "value_usd_m"]) if year - 1 in chosen.index else float("nan")
        computed = (value / prev - 1) * 100 if prev > 0 and not pd.isna(value) else float("nan")
        same_year = mine[mine["year"].eq(year)]
        claimed = same_year[same_year["growth_pct"].notna()]
        claims = tuple((float(g), by) for g, by in zip(claimed["growth_pct"], claimed["stated_by"]))
        differs = not pd.isna(computed) and any(abs(g - computed) > GROWTH_TOLERANCE_PP for g, _ in claims)
        records.append({"year": year, "value_usd_m": value,
                        "row_id": chosen.loc[year, "row_id"] if year in chosen.index else None,
                        "other_ids": tuple(same_year.loc[same_year["role"].eq(ROLE_OTHER), "row_id"]),
                        "computed_growth_pct": computed, "claims": claims, "growth_differs": differs})
    return pd.DataFrame(records, columns=columns)


def flows(shown: pd.DataFrame, partner: str) -> pd.DataFrame:
    """Exports and imports from the focus country's side (a partner's exports are its imports), one
    figure per period and direction chosen like the series, best source first; every period kept."""
    rows = shown[shown["counterpart_iso3"].eq(partner) & shown["flow"].isin(("export", "import"))]
    if rows.empty:
        return rows.assign(direction=pd.Series(dtype="str"), figures=pd.Series(dtype="int64"))
    own = rows["side"].eq(SIDE_FOCUS)
    exported = rows["flow"].eq("export") == own  # partner's imports are the focus country's exports
    rows = rows.assign(direction=exported.map({True: "exports", False: "imports"}),
                       kind_rank=rows["source_kind"].map(KIND_RANK))
    ranked = rows.sort_values(["period", "direction", "non_oil", "flagged", "kind_rank", "approx", "published"],
                              ascending=[True, True, True, True, True, True, False])
    counts = ranked.groupby(["period", "direction"]).size().rename("figures").reset_index()
    best = ranked.drop_duplicates(["period", "direction"], keep="first").merge(counts, on=["period", "direction"])
    return best.sort_values(["period_end", "period_start", "direction"], na_position="last").reset_index(drop=True)


def ranking(trade: pd.DataFrame, year: int, partners: list[str] | None = None,
            focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Single partners by their chosen turnover figure for one year, largest first."""
    series = annual_turnover(trade, focus)
    rows = series[series["year"].eq(year)]
    if partners:
        rows = rows[rows["counterpart_iso3"].isin(partners)]
    return rows.sort_values("value_usd_m", ascending=False).reset_index(drop=True)


def ranking_years(trade: pd.DataFrame, years: tuple[int, int], partners: list[str] | None = None,
                  focus: str = FOCUS_DEFAULT) -> list[int]:
    """Years (within the filter) that have a chosen figure for at least one partner, latest first."""
    series = annual_turnover(trade, focus)
    series = series[series["year"].between(*years)]
    if partners:
        series = series[series["counterpart_iso3"].isin(partners)]
    return sorted(series["year"].unique().tolist(), reverse=True)


def default_ranking_year(trade: pd.DataFrame, years: tuple[int, int], partners: list[str] | None = None,
                         focus: str = FOCUS_DEFAULT) -> int | None:
    """The year that compares the most partners (the latest such year on ties)."""
    series = annual_turnover(trade, focus)
    series = series[series["year"].between(*years)]
    if partners:
        series = series[series["counterpart_iso3"].isin(partners)]
    if series.empty:
        return None
    counts = series.groupby("year").size()
    return int(counts[counts == counts.max()].index.max())


def group_figures(trade: pd.DataFrame, year: int, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """The focus country's full-year turnover with a group of countries (OTS members, SPECA...) for one
    year, best source first per group: shown apart, never ranked against single partners."""
    index = trade_index.for_frame(trade)
    if index is not None:
        return _taken(trade, index.best_group_totals(year, focus), kind_rank=True, figures=True)
    rows = with_counterpart(trade, focus)
    rows = rows[rows["is_group"] & rows["counterpart_iso3"].notna() & rows["year"].eq(year)
                & rows["period_kind"].eq("year") & rows["flow"].eq("turnover")]
    rows = rows.assign(kind_rank=rows["source_kind"].map(KIND_RANK))
    rows = rows.sort_values(["counterpart_iso3", "kind_rank", "approx", "published", "row_id"],
                            ascending=[True, True, True, False, True])
    counts = rows.groupby("counterpart_iso3").size().rename("figures").reset_index()
    return rows.drop_duplicates("counterpart_iso3").merge(counts, on="counterpart_iso3").reset_index(drop=True)
