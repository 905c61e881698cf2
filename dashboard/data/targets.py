"""Stated trade targets against the chosen annual series: share reached, growth needed, met or missed.

Rule, per target (one row of the targets table, as stated; repeated statements stay separate):
- Tracked only when it is a trade-turnover target in USD between the focus country and one partner;
  any other target (investments, a fund's capital, a group's trade, a multiple of a past level with
  no value) is shown as stated text, with why it is not tracked.
- Latest actual: the partner's latest chosen full-year figure (dashboard.data.trade's series rule).
- Share reached: by the latest figure, or for a passed deadline by the deadline year's figure (none
  when the verdict had to rest on neighbouring years).
- Deadline not yet passed (target year >= the year of `as_of`, and no full-year figure for it yet):
  the yearly growth needed, compounded from the latest full year to the target year (none when the
  latest figure is zero: no rate turns zero into a target); "reached" once the latest figure is at
  the target.
- Deadline passed (target year before the year of `as_of`, or its full-year figure is known): judged on the chosen figure of the target year. Without one, on the figures of the
  years either side: "likely met/missed" when both fall on the same side of the target, or when only
  one exists and it is far from the target (below 2/3 of it, or at least 1.5 times it: a one-year swing
  that large would be exceptional); otherwise "unknown". Nothing is interpolated.
- No target year: no required growth; the share reached is still shown.
"""
from __future__ import annotations

import math

import pandas as pd

from .countries import FOCUS_DEFAULT

TRACKED, OPEN, REACHED, MET, MISSED, LIKELY_MET, LIKELY_MISSED, UNKNOWN, NO_DEADLINE, NOT_TRACKED = (
    "tracked", "open", "reached", "met", "missed", "likely met", "likely missed", "unknown", "no deadline given",
    "not tracked")
# With one neighbouring year only, a verdict needs it this far from the target (above, below).
MARGIN_ALONE = (1.5, 2 / 3)
COLUMNS = ["target_id", "a_iso3", "b_iso3", "focus_iso3", "partner_iso3", "value_usd_m", "target_year", "stated_by", "stated_on", "metric", "status",
           "why_not_tracked", "latest_year", "latest_usd_m", "share", "share_year", "required_growth_pct", "years_left",
           "deadline_passed", "judged_years", "judged_usd_m"]


def _partner(a: str, b: str, focus: str) -> str | None:
    if a == focus and b != focus:
        return b
    if b == focus and a != focus:
        return a
    return None


# Why a target is not tracked against the series (codes; dashboard/ui/format.py words them).
OTHER_PAIR, GROUP_TARGET, NOT_TURNOVER, NO_VALUE, ZERO_VALUE = (
    "other pair", "group", "not turnover", "no value", "zero value")


def _why_not_tracked(row, partner: str | None) -> str | None:
    if partner is None:
        return OTHER_PAIR
    if partner.startswith("GRP_"):
        return GROUP_TARGET
    if not str(row["metric"]).lower().startswith("trade turnover"):
        return NOT_TURNOVER
    if pd.isna(row["value_usd_m"]):
        return NO_VALUE
    if row["value_usd_m"] <= 0:
        return ZERO_VALUE
    return None


def _judge(series: dict[int, float], year: int, value: float) -> tuple[str, tuple[int, ...]]:
    """Verdict on a passed deadline from the target year's figure, else from its neighbours."""
    if year in series:
        return (MET if series[year] >= value else MISSED), (year,)
    neighbours = tuple(y for y in (year - 1, year + 1) if y in series)
    above, below = MARGIN_ALONE if len(neighbours) == 1 else (1.0, 1.0)
    if neighbours and all(series[y] >= value * above for y in neighbours):
        return LIKELY_MET, neighbours
    if neighbours and all(series[y] < value * below for y in neighbours):
        return LIKELY_MISSED, neighbours
    return UNKNOWN, neighbours


def required_growth_pct(latest: float, target: float, years: int) -> float:
    """Compound yearly growth that turns `latest` into `target` in `years` years (CAGR), in percent."""
    if years <= 0 or latest <= 0 or target <= 0:
        return math.nan
    return ((target / latest) ** (1 / years) - 1) * 100


def progress(targets: pd.DataFrame, series: pd.DataFrame, as_of_year: int,
             focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """One row per target: what was promised, by whom and when, and how reality compares (rule above)."""
    records = []
    for row in targets.to_dict("records"):
        partner = _partner(row["a_iso3"], row["b_iso3"], focus)
        why = _why_not_tracked(row, partner)
        value = None if pd.isna(row["value_usd_m"]) else float(row["value_usd_m"])
        year = None if pd.isna(row["target_year"]) else int(row["target_year"])
        record = {"target_id": row["target_id"], "a_iso3": row["a_iso3"], "b_iso3": row["b_iso3"],
                  "focus_iso3": focus, "partner_iso3": partner, "value_usd_m": value, "target_year": year,
                  "stated_by": row["stated_by"], "stated_on": row["stated_on"], "metric": row["metric"],
                  "why_not_tracked": why, "latest_year": None, "latest_usd_m": None, "share": None, "share_year": None,
                  "required_growth_pct": None, "years_left": None,
                  "deadline_passed": False, "judged_years": (), "judged_usd_m": None}
        if why:
            records.append({**record, "status": NOT_TRACKED})
            continue
        mine = series[series["counterpart_iso3"].eq(partner)]
        by_year = dict(zip(mine["year"].astype(int), mine["value_usd_m"].astype(float)))
        if by_year:
            latest_year = max(by_year)
            record.update(latest_year=latest_year, latest_usd_m=by_year[latest_year],
                          share=by_year[latest_year] / value, share_year=latest_year)
        # A deadline this year is judged once its full-year figure is known, never as 0 years to go.
        record["deadline_passed"] = year is not None and (year < as_of_year or year <= max(by_year, default=year - 1))
        if year is None:
            status = REACHED if record["share"] is not None and record["share"] >= 1 else NO_DEADLINE
        elif record["deadline_passed"]:
            status, judged = _judge(by_year, year, value)
            on_time = judged == (year,)
            record.update(judged_years=judged, judged_usd_m=by_year[judged[0]] if len(judged) == 1 else None,
                          share=by_year[year] / value if on_time else None, share_year=year if on_time else None)
        elif record["share"] is None:
            status = UNKNOWN
        elif record["share"] >= 1:
            status = REACHED
        else:
            status = OPEN
            growth = required_growth_pct(record["latest_usd_m"], value, year - record["latest_year"])
            record.update(years_left=year - record["latest_year"], required_growth_pct=None if math.isnan(growth) else growth)
        records.append({**record, "status": status})
    out = pd.DataFrame(records, columns=COLUMNS)
    for column in ("target_year", "latest_year", "share_year", "years_left"):
        out[column] = pd.array(out[column], dtype="Int64")
    return out


def goal_key(row) -> tuple:
    """Statements of the same goal (same partner, amount, deadline and wording) share one key."""
    year = None if pd.isna(row["target_year"]) else int(row["target_year"])
    return (row["partner_iso3"], row["value_usd_m"], year, str(row["metric"]).strip().lower())
