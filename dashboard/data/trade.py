"""Trade with the focus country: its two annual lines per partner (its own count and the partner's),
chosen by the series rule (dashboard/data/series_rule.py, described in docs/architecture.md).

Every other figure for the same partner and year stays visible beside the chosen ones.

Engines: pandas does everything for small tables. For a big table (see `trade_index.engine_for`) the
whole-table scans — the series, its candidates, group totals and which rows a view shows — are answered
by DuckDB (`trade_index`), which returns row positions; the rows and everything computed from them stay
pandas, so both engines give the same frames. Both engines are built from the one rule. The annual
series is computed once per table object, engine and focus (`frame_memo`).
"""
from __future__ import annotations

import pandas as pd

from . import frame_memo, series_rule, trade_index
from .countries import FOCUS_DEFAULT


def with_counterpart(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Add `counterpart_iso3` (the side of the pair that is not the focus country; NA if neither is)
    and `side`: "focus" when the focus country reported or stated the figure, "partner" otherwise."""
    own = trade["reporter_iso3"] == focus
    counterpart = trade["partner_iso3"].where(own, trade["reporter_iso3"].where(trade["partner_iso3"] == focus))
    side = pd.Series(SIDE_PARTNER, index=trade.index, dtype="str").where(~own, SIDE_FOCUS)
    return trade.assign(counterpart_iso3=counterpart, side=side)


def series_candidates(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """The rows allowed into an annual turnover line with the focus country, ranked best first within
    each partner, year and side (the series rule: dashboard/data/series_rule.py)."""
    index = trade_index.for_frame(trade)
    if index is not None:
        return _taken(trade, index.series_candidates(focus), focus, keep_index=True)
    rows = with_counterpart(series_rule.ranked(trade), focus)
    rows = rows[rows["counterpart_iso3"].notna() & series_rule.mask(rows, series_rule.FULL_YEAR_TURNOVER, series_rule.SERIES)]
    by, ascending = series_rule.sort_keys(["counterpart_iso3", "year", "side"])
    return rows.sort_values(by, ascending=ascending)


def annual_series(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Both lines of every pair with the focus country: per partner, year and side the best figure, with
    `figures` (how many competed on that side) and `line` ("primary" or "mirror": see series_rule).
    Computed once per table object, engine and focus; each caller gets its own copy."""
    key = ("annual_series", focus, trade_index.engine_for(trade))
    return frame_memo.memo(trade, key, lambda: _annual_series(trade, focus)).copy()


def _annual_series(trade: pd.DataFrame, focus: str) -> pd.DataFrame:
    index = trade_index.for_frame(trade)
    if index is not None:
        best = _taken(trade, index.best_per_side(focus), focus, figures=True)
    else:
        ranked = series_candidates(trade, focus)
        keys = ["counterpart_iso3", "year", "side"]
        counts = ranked.groupby(keys).size().rename("figures").reset_index()
        best = ranked.drop_duplicates(keys, keep="first").merge(counts, on=keys).reset_index(drop=True)
    has_focus_side = best.groupby("counterpart_iso3")["side"].transform(lambda s: s.eq(SIDE_FOCUS).any())
    primary = best["side"].eq(SIDE_FOCUS) | ~has_focus_side
    return best.assign(line=pd.array([LINE_PRIMARY if p else LINE_MIRROR for p in primary], dtype="str"))


def annual_turnover(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """One figure per partner and year, for rankings, the map and targets: the primary line's figure,
    or the mirror's where the primary side has none that year (`side` says whose). `figures` counts
    the figures of both sides for that year."""
    key = ("annual_turnover", focus, trade_index.engine_for(trade))
    return frame_memo.memo(trade, key, lambda: _annual_turnover(trade, focus)).copy()


def _annual_turnover(trade: pd.DataFrame, focus: str) -> pd.DataFrame:
    both = annual_series(trade, focus)
    keys = ["counterpart_iso3", "year"]
    totals = both.groupby(keys)["figures"].sum().rename("all_figures").reset_index()
    chosen = (both.assign(_mirror=both["line"].eq(LINE_MIRROR)).sort_values([*keys, "_mirror"])
              .drop_duplicates(keys, keep="first").drop(columns=["_mirror", "figures"]))
    chosen = chosen.merge(totals, on=keys).rename(columns={"all_figures": "figures"})
    return chosen.sort_values(keys).reset_index(drop=True)


def _taken(trade: pd.DataFrame, found: dict, focus: str, figures: bool = False,
           keep_index: bool = False) -> pd.DataFrame:
    """The frame's rows at the positions DuckDB found, in its order, with the columns the pandas path
    adds (`counterpart_iso3`, `side`, the rule's sort columns, and `figures` where it adds them)."""
    rows = with_counterpart(series_rule.ranked(trade.take(found["pos"])), focus)
    if figures:
        rows = rows.assign(figures=found["figures"].astype("int64"))
    return rows if keep_index else rows.reset_index(drop=True)


def latest_full_year(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Per partner, the chosen figure of the latest year that has one (years differ by partner)."""
    series = annual_turnover(trade, focus)
    return series.sort_values(["year", "counterpart_iso3"]).drop_duplicates("counterpart_iso3", keep="last").reset_index(drop=True)


# --- Everything the Trade page shows around the chosen series (pure: frames in, frames out). ---

# How a figure's period is placed on a time axis and whether it can stand beside the annual line.
UNCHARTED_KINDS = ("cumulative", "vague")  # multi-year totals and "late 2000s": table only
ROLE_CHOSEN, ROLE_MIRROR, ROLE_OTHER, ROLE_PART, ROLE_FLOW, ROLE_GROUP, ROLE_TABLE = (
    "in the series", "in the mirror line", "other full-year figure", "part-year figure", "exports/imports",
    "group total", "table only")
SIDE_FOCUS, SIDE_PARTNER, SIDE_OTHER = "focus", "partner", "other"
LINE_PRIMARY, LINE_MIRROR = "primary", "mirror"
# Growth claimed by a source and growth computed from the series "differ" beyond rounding.
GROWTH_TOLERANCE_PP = 2.0
ANNUAL_ROLES = (ROLE_CHOSEN, ROLE_MIRROR, ROLE_OTHER)


def figures_shown(trade: pd.DataFrame, partners: list[str], years: tuple[int, int],
                  include_groups: bool, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """Every trade row the page shows, each marked with its role: in the series, beside it, part-year, table only."""
    index = trade_index.for_frame(trade)
    if index is not None:
        rows = _taken(trade, index.rows_about(partners, years, include_groups, focus), focus, keep_index=True)
    else:
        rows = with_counterpart(series_rule.ranked(trade), focus)
        about = rows["counterpart_iso3"].isin(partners)
        if include_groups:
            about |= rows["is_group"]
        rows = rows[about & rows["year"].between(*years)]
    lines = annual_series(trade, focus)
    role = pd.Series(ROLE_TABLE, index=rows.index, dtype="str")
    charted = ~rows["period_kind"].isin(UNCHARTED_KINDS)
    role[rows["flow"].isin(("export", "import")) & charted] = ROLE_FLOW
    role[rows["is_group"] & charted] = ROLE_GROUP
    turnover = rows["flow"].eq("turnover") & ~rows["is_group"]
    role[turnover & rows["full_year"]] = ROLE_OTHER
    role[turnover & ~rows["full_year"] & charted] = ROLE_PART
    role[rows["row_id"].isin(set(lines.loc[lines["line"].eq(LINE_MIRROR), "row_id"]))] = ROLE_MIRROR
    role[rows["row_id"].isin(set(lines.loc[lines["line"].eq(LINE_PRIMARY), "row_id"]))] = ROLE_CHOSEN
    side = rows["side"].where(rows["counterpart_iso3"].notna(), SIDE_OTHER)
    out = rows.assign(role=role, side=side, x_date=_x_dates(rows))
    return out.sort_values(["counterpart_iso3", "period_start", "period_end", "flow", "row_id"],
                           na_position="last").reset_index(drop=True)


def _x_dates(rows: pd.DataFrame) -> pd.Series:
    """Where a figure sits on a time axis: a full year mid-year, a part-year at the end of what it covers."""
    mid_year = pd.to_datetime(pd.DataFrame({"year": rows["year"], "month": 7, "day": 1}))
    x = rows["period_end"].where(rows["period_kind"].isin(("half", "quarter", "months_to_date", "month")))
    x = x.where(~rows["period_kind"].isin(("year", "current_level")), mid_year)
    # "this year so far": the day it was said, when the source is dated within that year.
    said = rows["published_date"].where(rows["published_precision"].eq("day"))
    year_end = pd.to_datetime(pd.DataFrame({"year": rows["year"], "month": 12, "day": 15}))
    ytd = said.where(said.dt.year == rows["year"], year_end)
    x = x.where(~rows["period_kind"].eq("year_to_date"), ytd)
    return x.astype("datetime64[s]")


def partners_by_size(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> list[str]:
    """Partners with an annual figure, largest latest figure first (the default order of every view)."""
    latest = latest_full_year(trade, focus).sort_values("value_usd_m", ascending=False)
    return latest["counterpart_iso3"].tolist()


def series_with_gaps(series: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Each annual line within `years` (per partner, and per `line` when the frame has one), with an
    empty row for every missing year between its first and last figure, so a line drawn from it breaks
    at gaps instead of bridging them."""
    keys = ["counterpart_iso3", "line"] if "line" in series.columns else ["counterpart_iso3"]
    parts = []
    for key, rows in series[series["year"].between(*years)].groupby(keys, sort=False):
        span = pd.DataFrame({"year": range(int(rows["year"].min()), int(rows["year"].max()) + 1)})
        parts.append(span.merge(rows, on="year", how="left").assign(**dict(zip(keys, key))))
    if not parts:
        return series.iloc[0:0].assign(x_date=pd.Series(dtype="datetime64[s]"))
    out = pd.concat(parts, ignore_index=True)
    return out.assign(x_date=pd.to_datetime(out["year"].astype(str) + "-07-01").astype("datetime64[s]"))


def year_by_year(shown: pd.DataFrame, partner: str) -> pd.DataFrame:
    """One row per year from a partner's first to last full-year figure (gap years included): the
    primary line's figure, the mirror's, the other figures' ids, growth computed from the primary line
    and growth claimed by sources for the same thing (total turnover of a full year, not flagged)."""
    mine = shown[shown["counterpart_iso3"].eq(partner) & shown["role"].isin(ANNUAL_ROLES)]
    columns = ["year", "value_usd_m", "row_id", "mirror_usd_m", "mirror_id", "other_ids",
               "computed_growth_pct", "claims", "growth_differs"]
    if mine.empty:
        return pd.DataFrame(columns=columns)
    # Plain records grouped by year once: a pandas filter per year cost most of a cold Trade page's detail.
    rows = mine.assign(_comparable=series_rule.mask(mine, series_rule.SERIES)).to_dict("records")
    by_year: dict[int, list[dict]] = {}
    for row in rows:
        by_year.setdefault(int(row["year"]), []).append(row)
    chosen = {int(r["year"]): r for r in rows if r["role"] == ROLE_CHOSEN}
    mirror = {int(r["year"]): r for r in rows if r["role"] == ROLE_MIRROR}
    records = []
    for year in range(min(by_year), max(by_year) + 1):
        value = float(chosen[year]["value_usd_m"]) if year in chosen else float("nan")
        prev = float(chosen[year - 1]["value_usd_m"]) if year - 1 in chosen else float("nan")
        computed = (value / prev - 1) * 100 if prev > 0 and not pd.isna(value) else float("nan")
        same_year = by_year.get(year, [])
        claims = tuple((float(r["growth_pct"]), r["stated_by"]) for r in same_year
                       if r["_comparable"] and not pd.isna(r["growth_pct"]))
        differs = not pd.isna(computed) and any(abs(g - computed) > GROWTH_TOLERANCE_PP for g, _ in claims)
        records.append({"year": year, "value_usd_m": value,
                        "row_id": chosen[year]["row_id"] if year in chosen else None,
                        "mirror_usd_m": float(mirror[year]["value_usd_m"]) if year in mirror else float("nan"),
                        "mirror_id": mirror[year]["row_id"] if year in mirror else None,
                        "other_ids": tuple(r["row_id"] for r in same_year if r["role"] == ROLE_OTHER),
                        "computed_growth_pct": computed, "claims": claims, "growth_differs": differs})
    return pd.DataFrame(records, columns=columns)


def flows(shown: pd.DataFrame, partner: str) -> pd.DataFrame:
    """Exports and imports from the focus country's side (a partner's exports are its imports), one
    figure per period and direction: figures the series would accept (all goods, not flagged) first,
    the focus country's own count before the partner's, then the series rule's order; every period kept."""
    rows = shown[shown["counterpart_iso3"].eq(partner) & shown["flow"].isin(("export", "import"))]
    if rows.empty:
        return rows.assign(direction=pd.Series(dtype="str"), figures=pd.Series(dtype="int64"))
    own = rows["side"].eq(SIDE_FOCUS)
    exported = rows["flow"].eq("export") == own  # partner's imports are the focus country's exports
    rows = rows.assign(direction=exported.map({True: "exports", False: "imports"}),
                       _unfit=~series_rule.mask(rows, series_rule.SERIES), _mirror=~own)
    first = (series_rule.Preference("_unfit", False, ""), series_rule.Preference("_mirror", False, ""))
    by, ascending = series_rule.sort_keys(["period", "direction"], first)
    ranked = rows.sort_values(by, ascending=ascending)
    counts = ranked.groupby(["period", "direction"]).size().rename("figures").reset_index()
    best = ranked.drop_duplicates(["period", "direction"], keep="first").merge(counts, on=["period", "direction"])
    best = best.drop(columns=["_unfit", "_mirror"])
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
    year, best first per group by the series rule: shown apart, never ranked against single partners."""
    index = trade_index.for_frame(trade)
    if index is not None:
        return _taken(trade, index.best_group_totals(year, focus), focus, figures=True)
    rows = with_counterpart(series_rule.ranked(trade), focus)
    rows = rows[rows["counterpart_iso3"].notna() & rows["year"].eq(year)
                & series_rule.mask(rows, series_rule.FULL_YEAR_TURNOVER, series_rule.GROUP)]
    by, ascending = series_rule.sort_keys(["counterpart_iso3"])
    rows = rows.sort_values(by, ascending=ascending)
    counts = rows.groupby("counterpart_iso3").size().rename("figures").reset_index()
    return rows.drop_duplicates("counterpart_iso3").merge(counts, on="counterpart_iso3").reset_index(drop=True)
