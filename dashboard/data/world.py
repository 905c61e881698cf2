"""Each DOTS reporter's trade with the world: how much of it is with the other Turkic states, and who
its largest partners are. Pure functions over `dots.world_table` (frames in, frames out).

Rules (one home, here):
- A reporter's total trade in a year is its exports + imports with `World`. A year where either
  World figure is missing has no share at all (never a share of half a total).
- Its trade with a partner is exports + imports with that partner; a flow the IMF leaves empty counts
  as nothing traded, and the partner is listed as "one flow only" / "no figure" for that year.
- The Turkic partners of a reporter are the project's states minus the reporter itself, minus those
  DOTS does not list (Northern Cyprus).
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from . import countries
from .dots import merge_reasons

WORLD = "GRP_WORLD"
CONTEXT_GROUPS = ("GRP_EU",)  # shown beside the largest partners, marked as a group (its members also appear alone)
NOT_IN_DOTS = ("CYN",)


def reporters(world: pd.DataFrame) -> list[str]:
    """The DOTS reporters, in the project's country order."""
    present = set(world["reporter_iso3"])
    return [c for c in countries.tie_codes() if c in present]


def turkic_partners(reporter: str) -> tuple[str, ...]:
    """The partners counted as 'the other Turkic states' for a reporter."""
    return tuple(c for c in countries.tie_codes() if c != reporter and c not in NOT_IN_DOTS)


def flows_by_partner(world: pd.DataFrame) -> pd.DataFrame:
    """One row per reporter, partner and year: exports, imports (NaN when missing), turnover (sum of
    what exists), whether either figure is an estimate and why."""
    keys = ["reporter_iso3", "partner_iso3", "year"]
    meta = ["partner_name", "partner_kind", "is_group"]
    sides = {flow: world.loc[world["flow"].eq(flow), [*keys, *meta, "value_usd_m", "estimate_reason"]]
             for flow in ("export", "import")}
    out = sides["export"].merge(sides["import"], on=keys, how="outer", suffixes=("_x", "_m"))
    for column in meta:
        out[column] = out[f"{column}_x"].combine_first(out[f"{column}_m"])
    out["is_group"] = out["is_group"].astype("bool")
    out["exports_usd_m"], out["imports_usd_m"] = out["value_usd_m_x"], out["value_usd_m_m"]
    out["turnover_usd_m"] = out[["exports_usd_m", "imports_usd_m"]].sum(axis=1, min_count=1)
    out["flows"] = out[["exports_usd_m", "imports_usd_m"]].notna().sum(axis=1)
    out["estimate_reason"] = [merge_reasons(a, b) for a, b in zip(out["estimate_reason_x"], out["estimate_reason_m"])]
    out["estimate"] = out["estimate_reason"].ne("")
    return out[[*keys, *meta, "exports_usd_m", "imports_usd_m", "turnover_usd_m", "flows", "estimate",
                "estimate_reason"]]


def _in(frame: pd.DataFrame, column: str, wanted: Sequence[str] | None) -> pd.DataFrame:
    return frame if wanted is None else frame[frame[column].isin(list(wanted))]


def turkic_share(world: pd.DataFrame, wanted: Sequence[str] | None = None,
                 years: tuple[int, int] | None = None) -> pd.DataFrame:
    """Per reporter and year with both World figures: total trade, trade with the other Turkic states,
    their share in %, which partners were counted, which had no figure, and estimate marks."""
    states = [c for c in countries.tie_codes() if c not in NOT_IN_DOTS]
    rows = _in(world, "reporter_iso3", wanted)
    rows = rows[rows["partner_iso3"].isin([WORLD, *states]) & rows["partner_iso3"].ne(rows["reporter_iso3"])]
    if years:
        rows = rows[rows["year"].between(*years)]
    keys = ["reporter_iso3", "year"]
    per_partner = flows_by_partner(rows)
    totals = per_partner[per_partner["partner_iso3"].eq(WORLD) & per_partner["flows"].eq(2)]
    totals = totals[[*keys, "turnover_usd_m", "estimate_reason"]].rename(
        columns={"turnover_usd_m": "world_usd_m", "estimate_reason": "world_reason"})
    turkic = per_partner[per_partner["partner_iso3"].isin(states) & per_partner["turnover_usd_m"].notna()]
    by_year = turkic.groupby(keys).agg(turkic_usd_m=("turnover_usd_m", "sum"), with_figure=("partner_iso3", tuple))
    # Only the few rows that carry a note are joined as text (a text join over every group is slow).
    one_flow = turkic[turkic["flows"].eq(1)].groupby(keys)["partner_iso3"].agg(";".join).rename("partners_one_flow")
    marked = turkic[turkic["estimate"]].groupby(keys)["estimate_reason"].agg(lambda s: merge_reasons(*s)).rename("turkic_reason")
    by_year = by_year.join(one_flow).join(marked).reset_index()
    out = totals.merge(by_year, on=keys, how="left")
    out["turkic_usd_m"] = out["turkic_usd_m"].fillna(0.0)
    out["share_pct"] = 100 * out["turkic_usd_m"] / out["world_usd_m"].where(out["world_usd_m"] > 0)
    out["partners_counted"] = out["reporter_iso3"].map(lambda r: ";".join(turkic_partners(r)))
    out["partners_without_figure"] = [
        ";".join(c for c in turkic_partners(r) if not isinstance(got, tuple) or c not in got)
        for r, got in zip(out["reporter_iso3"], out["with_figure"])]
    out["partners_one_flow"] = out["partners_one_flow"].fillna("")
    out["estimate_reason"] = [merge_reasons(a, b) for a, b in zip(out["world_reason"], out["turkic_reason"])]
    out["estimate"] = out["estimate_reason"].ne("")
    columns = ["reporter_iso3", "year", "world_usd_m", "turkic_usd_m", "share_pct", "partners_counted",
               "partners_without_figure", "partners_one_flow", "estimate", "estimate_reason"]
    return out[columns].astype({"year": "int64"}).sort_values(keys, ignore_index=True)


def years_without_total(world: pd.DataFrame, reporter: str, years: tuple[int, int]) -> list[int]:
    """Years in the range for which the reporter has no complete World total (so no share)."""
    rows = world[world["reporter_iso3"].eq(reporter) & world["partner_iso3"].eq(WORLD) & world["year"].between(*years)]
    complete = rows.groupby("year")["flow"].nunique()
    first, last = years
    known = world.loc[world["reporter_iso3"].eq(reporter), "year"]
    if known.empty:
        return list(range(first, last + 1))
    first, last = max(first, int(known.min())), min(last, int(known.max()))
    return [y for y in range(first, last + 1) if complete.get(y, 0) < 2]


def latest_year(world: pd.DataFrame, reporter: str, years: tuple[int, int]) -> int | None:
    """The latest year in the range with both World figures for the reporter."""
    rows = world[world["reporter_iso3"].eq(reporter) & world["partner_iso3"].eq(WORLD) & world["year"].between(*years)]
    complete = rows.groupby("year")["flow"].nunique()
    complete = complete[complete == 2]
    return int(complete.index.max()) if len(complete) else None


def largest_partners(world: pd.DataFrame, reporter: str, year: int, top: int = 10) -> pd.DataFrame:
    """The reporter's `top` partner countries in a year by exports + imports, each with its share of the
    reporter's total trade and whether it is a Turkic state; then the context groups (the EU), marked."""
    rows = world[world["reporter_iso3"].eq(reporter) & world["year"].eq(year)]
    per_partner = flows_by_partner(rows)
    total = per_partner.loc[per_partner["partner_iso3"].eq(WORLD) & per_partner["flows"].eq(2), "turnover_usd_m"]
    if total.empty:
        return per_partner.iloc[0:0].assign(share_pct=pd.Series(dtype="float64"), is_turkic=pd.Series(dtype="bool"))
    single = per_partner[~per_partner["is_group"] & per_partner["turnover_usd_m"].notna()]
    ranked = single.sort_values(["turnover_usd_m", "partner_iso3"], ascending=[False, True]).head(top)
    groups = per_partner[per_partner["partner_iso3"].isin(CONTEXT_GROUPS) & per_partner["turnover_usd_m"].notna()]
    out = pd.concat([ranked, groups], ignore_index=True)
    out["share_pct"] = 100 * out["turnover_usd_m"] / float(total.iloc[0])
    out["is_turkic"] = out["partner_iso3"].isin(turkic_partners(reporter))
    return out
