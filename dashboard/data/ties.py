"""How closely two states are tied: the figures the Ties map draws, per country and per pair.

Three measures, each for a pair of the nine states:
- `turnover`: trade turnover in the latest full year that has a figure within the selected years,
  chosen by the documented series rule of `dashboard.data.trade` (the year differs by pair and is
  always said); the other figures for that pair and year are kept beside it as a range.
- `meetings`: visits and summits in the selected years: a visit by one leader to the other's
  country, or a summit both attended (one per summit; see `dashboard.data.visits`).
- `documents`: documents signed at those meetings (a summit's documents count once per summit).
Ties among the other states come from summits they attended together, and from trade rows
between them where the data has any.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import numpy as np
import pandas as pd

from . import countries, query, trade as trade_series
from .dates import publication_order_key
from .visits import documents_total, events, timeline_rows


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    unit: str
    log: bool = False


MEASURES: dict[str, Measure] = {
    "turnover": Measure("turnover", "Trade", "trade turnover in USD, latest full year with a figure", log=True),
    "meetings": Measure("meetings", "Visits", "visits and summits attended together in the selected years"),
    "documents": Measure("documents", "Documents", "documents signed at those visits and summits"),
}
LINE_WIDTH = (1.5, 10.0)  # px: the weakest and the strongest tie drawn


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _named_row(event_rows: list[dict]) -> dict:
    """The row that names a meeting: a summit's rows run from the first leader's arrival to the summit
    day, so the summit day's row; a visit's own row."""
    return max(event_rows, key=lambda r: r["start_date"]) if event_rows[0]["is_summit"] else event_rows[0]


def pair_meetings(visits: pd.DataFrame) -> pd.DataFrame:
    """Per pair of states: meetings (visits + summits both attended), documents, the latest meeting."""
    columns = ["a", "b", "meetings", "visits", "summits", "documents", "documents_low", "documents_high",
               "documents_known", "latest_date", "latest_visit_id", "latest_publisher", "latest_url",
               "latest_published", "visit_ids"]
    if visits.empty:
        return pd.DataFrame(columns=columns)
    rows = timeline_rows(visits)
    rows["published_order"] = publication_order_key(rows["published_date"], rows["published_precision"])
    by_event: dict[str, list[dict]] = {}
    for record in rows.to_dict("records"):
        by_event.setdefault(record["event_id"], []).append(record)
    ties = set(countries.tie_codes())
    records = []
    for event in events(visits, rows).itertuples(index=False):
        members = by_event[event.event_id]
        named = _named_row(members)["visit_id"]
        for a, b in combinations([c for c in event.attendees if c in ties], 2):
            # The rows that put a or b at this meeting (their own attendance, or hosting it).
            own = [m for m in members if {m["visitor_iso3"], m["host_iso3"]} & {a, b}]
            latest_source = max(own, key=lambda m: m["published_order"])
            records.append({
                "a": a, "b": b, "event_id": event.event_id, "is_summit": bool(event.is_summit),
                "start_date": event.start_date, "documents": event.documents,
                "documents_low": event.documents_low, "documents_high": event.documents_high, "named": named,
                "publisher": latest_source["publisher"], "source_url": latest_source["source_url"],
                "published": latest_source["published"], "visit_ids": tuple(m["visit_id"] for m in own),
            })
    if not records:
        return pd.DataFrame(columns=columns)
    flat = pd.DataFrame(records).sort_values("start_date", kind="stable")
    grouped = flat.groupby(["a", "b"], sort=True)
    out = grouped.agg(
        meetings=("event_id", "size"), summits=("is_summit", "sum"),
        documents=("documents", lambda s: int(s.dropna().sum())),
        documents_low=("documents_low", lambda s: int(s.dropna().sum())),
        documents_high=("documents_high", lambda s: int(s.dropna().sum())),
        documents_known=("documents", lambda s: int(s.notna().sum())),
        latest_date=("start_date", "last"), latest_visit_id=("named", "last"),
        latest_publisher=("publisher", "last"), latest_url=("source_url", "last"),
        latest_published=("published", "last"),
        visit_ids=("visit_ids", lambda s: tuple(v for ids in s for v in ids)),
    ).reset_index()
    out["summits"] = out["summits"].astype(int)
    out["visits"] = out["meetings"] - out["summits"]
    return out[columns]


def pair_turnover(trade: pd.DataFrame, focus: str = countries.FOCUS_DEFAULT) -> pd.DataFrame:
    """Per pair with trade figures: the latest full year's chosen turnover, its growth, and the spread.
    Pairs with the focus country are seen from its side (its own count first); any other pair from
    the side of whichever of the two comes first in the countries table."""
    columns = ["a", "b", "year", "value_usd_m", "growth_stated", "growth_computed", "figures", "other_low",
               "other_high", "approx", "source_kind", "stated_by", "publisher", "source_url", "published",
               "row_id"]
    codes = countries.tie_codes()
    # Only rows that can enter an annual series between two of the nine; each pair is done once,
    # the focus country's pairs first so that they are seen from its side.
    eligible = trade[trade["reporter_iso3"].isin(codes) & trade["partner_iso3"].isin(codes)
                     & trade["full_year"] & trade["flow"].eq("turnover")]
    parts, done = [], set()
    for code in sorted(codes, key=lambda c: c != focus):
        mine = eligible[eligible["reporter_iso3"].eq(code) | eligible["partner_iso3"].eq(code)]
        other = mine["partner_iso3"].where(mine["reporter_iso3"] == code, mine["reporter_iso3"])
        mine = mine[[pair_key(code, o) not in done for o in other]]
        if mine.empty:
            continue
        series = trade_series.annual_turnover(mine, code)
        latest = trade_series.latest_full_year(mine, code)
        candidates = trade_series.series_candidates(mine, code)
        values = series.set_index(["counterpart_iso3", "year"])["value_usd_m"]
        for row in latest.itertuples(index=False):
            previous = values.get((row.counterpart_iso3, row.year - 1))
            same = candidates[(candidates["counterpart_iso3"] == row.counterpart_iso3)
                              & (candidates["year"] == row.year) & (candidates["row_id"] != row.row_id)]
            a, b = pair_key(code, row.counterpart_iso3)
            done.add((a, b))
            parts.append({
                "a": a, "b": b, "year": int(row.year), "value_usd_m": float(row.value_usd_m),
                "growth_stated": None if pd.isna(row.growth_pct) else float(row.growth_pct),
                "growth_computed": (100 * (row.value_usd_m / previous - 1)) if previous else None,
                "figures": int(row.figures),
                "other_low": float(same["value_usd_m"].min()) if len(same) else None,
                "other_high": float(same["value_usd_m"].max()) if len(same) else None,
                "approx": bool(row.approx), "source_kind": row.source_kind, "stated_by": row.stated_by,
                "publisher": row.publisher, "source_url": row.source_url, "published": row.published,
                "row_id": row.row_id,
            })
    if not parts:
        return pd.DataFrame(columns=columns)
    return pd.DataFrame(parts).drop_duplicates(["a", "b"]).reset_index(drop=True)[columns]


def pair_figures(visits: pd.DataFrame, trade: pd.DataFrame, years: tuple[int, int],
                 focus: str = countries.FOCUS_DEFAULT) -> pd.DataFrame:
    """Every tied pair with its meetings, documents and latest turnover in the selected years."""
    meetings = pair_meetings(visits[query.in_years(visits, years)])
    turnover = pair_turnover(trade[query.in_years(trade, years)], focus)
    pairs = _no_meetings_as_zero(meetings.merge(turnover, on=["a", "b"], how="outer"))
    return pairs.sort_values(["a", "b"]).reset_index(drop=True)


COUNT_COLUMNS = ("meetings", "visits", "summits", "documents", "documents_low", "documents_high", "documents_known")


def _no_meetings_as_zero(frame: pd.DataFrame) -> pd.DataFrame:
    """After an outer or left join, a pair or state without meetings counts 0 of each and lists no visits."""
    frame = frame.assign(**{column: frame[column].fillna(0).astype(int) for column in COUNT_COLUMNS})
    return frame.assign(visit_ids=frame["visit_ids"].map(lambda v: v if isinstance(v, tuple) else ()))


def measure_values(pairs: pd.DataFrame, measure: str) -> pd.Series:
    """The chosen measure per pair; NA where the pair has no figure for it."""
    if measure == "turnover":
        return pairs["value_usd_m"].astype("Float64")
    values = pairs[measure].astype("Float64")
    return values.where(values > 0)


def country_figures(pairs: pd.DataFrame, focus: str, measure: str) -> pd.DataFrame:
    """One row per state of the nine: its figures with the focus country and the value to colour by."""
    states = pd.DataFrame({"iso3": list(countries.tie_codes())})
    states["name"] = states["iso3"].map(countries.short_name)
    states["ots_status"] = states["iso3"].map(lambda c: countries.get(c).ots_status)
    with_focus = pairs[(pairs["a"] == focus) | (pairs["b"] == focus)].copy()
    with_focus["iso3"] = with_focus["b"].where(with_focus["a"] == focus, with_focus["a"])
    with_focus["value"] = measure_values(with_focus, measure)
    out = states.merge(with_focus.drop(columns=["a", "b"]), on="iso3", how="left")
    out["is_focus"] = out["iso3"].eq(focus)
    return _no_meetings_as_zero(out)


def line_widths(values: pd.Series, log: bool = False) -> pd.Series:
    """Line width per tie, from the thinnest to the thickest, by value (square root, or log for money)."""
    numbers = values.astype(float)
    scaled = np.log10(numbers.clip(lower=1.0)) if log else np.sqrt(numbers)
    top = scaled.max() if len(scaled) else 0
    share = scaled / top if top and top > 0 else scaled * 0 + 1
    return LINE_WIDTH[0] + (LINE_WIDTH[1] - LINE_WIDTH[0]) * share.fillna(0)


def tie_lines(pairs: pd.DataFrame, focus: str, measure: str, selected: tuple[str, ...] = (),
              among_others: bool = True) -> pd.DataFrame:
    """The lines to draw between capitals: pairs with a figure for the measure, weighted by it."""
    lines = pairs.assign(value=measure_values(pairs, measure))
    lines = lines[lines["value"].notna()].copy()
    lines["with_focus"] = (lines["a"] == focus) | (lines["b"] == focus)
    if not among_others:
        lines = lines[lines["with_focus"]]
    lines["width"] = line_widths(lines["value"], log=MEASURES[measure].log)
    # With a country filter, its ties stand out and the rest step back.
    lines["emphasis"] = (lines["a"].isin(selected) | lines["b"].isin(selected)) if selected else True
    return lines.sort_values(["with_focus", "value"]).reset_index(drop=True)


@dataclass(frozen=True)
class KeyFacts:
    """What the Ties map's key figures count (rows and numbers; the page words them)."""
    trips: pd.DataFrame       # timeline rows of the leaders' trips (hosted summits left out)
    documents: dict           # documents_total: total, low, high, meetings_with_count, meetings
    disputed: pd.DataFrame    # timeline rows whose sources give different document counts
    counted: pd.DataFrame     # timeline rows with a document count
    partners: tuple[str, ...]  # whose turnover with the focus is looked at
    turnover: dict | None     # the pair row with the largest latest turnover with the focus, if any


def key_facts(visits: pd.DataFrame, pairs: pd.DataFrame, focus: str, selected: tuple[str, ...],
              context: pd.DataFrame | None = None) -> KeyFacts:
    """The KPI row's facts: trips, documents signed, and the latest turnover with the focus country.

    `visits` are the rows under the global filters; `context` every visit in the selected years
    (so a summit's documents, reported on its host's row, still count under a country filter).
    """
    rows = timeline_rows(visits) if len(visits) else visits.assign(is_visit=False)
    trips = rows[rows["is_visit"]] if len(rows) else rows
    docs = documents_total(visits, context) if len(visits) else {
        "total": 0, "low": 0, "high": 0, "meetings_with_count": 0, "meetings": 0}
    disputed = rows[rows["documents_disputed"]] if len(rows) else rows
    counted = rows[rows["documents_signed"].notna()] if len(rows) else rows
    others = [c for c in countries.tie_codes() if c != focus]
    partners = tuple(c for c in (selected or others) if c != focus) or tuple(others)
    with_focus = pairs[pairs["value_usd_m"].notna() & (((pairs["a"] == focus) & pairs["b"].isin(partners))
                                                       | ((pairs["b"] == focus) & pairs["a"].isin(partners)))]
    best = with_focus.sort_values(["value_usd_m"]).iloc[-1].to_dict() if len(with_focus) else None
    return KeyFacts(trips, docs, disputed, counted, partners, best)


def sourced_rows(visits: pd.DataFrame, trade: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """The visit and trade rows behind the drawn figures (for the source note and the download)."""
    ids = {v for group in pairs["visit_ids"] for v in group}
    shown_visits = visits[visits["visit_id"].isin(ids)].assign(table="visits", row=visits["visit_id"])
    shown_trade = trade[trade["row_id"].isin(set(pairs["row_id"].dropna()))].assign(table="trade", row=trade["row_id"])
    keep = ["table", "row", "publisher", "source_url", "published", "source_kind"]
    return pd.concat([shown_visits[keep], shown_trade[keep]], ignore_index=True)


