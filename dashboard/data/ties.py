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
from .sources import KIND_LABELS
from .visits import date_label, documents_total, events, plural, timeline_rows


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


def format_usd_m(value: float) -> str:
    """USD millions for people: '$6.1m', '$470m', '$8.0bn'."""
    if value is None or pd.isna(value):
        return "—"
    if value >= 1000:
        return f"${value / 1000:.1f}bn"
    if value >= 100:
        return f"${value:.0f}m"
    return f"${value:.1f}m".replace(".0m", "m")


def format_pct(value: float) -> str:
    return f"{value:+.1f}%".replace(".0%", "%")


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _event_label(event_rows: list[dict]) -> str:
    """'Summit in Gabala, Azerbaijan — 7 Oct 2025' or 'Ilham Aliyev (President) to Astana, Kazakhstan (State visit) — …'."""
    # A summit's rows run from the first leader's arrival to the summit day: name the summit day.
    first = max(event_rows, key=lambda r: r["start_date"]) if event_rows[0]["is_summit"] else event_rows[0]
    when = date_label(first["start_date"], first["date_precision"])
    place = ", ".join(p for p in (first["city"], countries.short_name(first["host_iso3"])) if p)
    if first["is_summit"]:
        return f"Summit in {place} — {when}"
    role = f" ({first['visitor_role']})" if first["visitor_role"] else ""
    return f"{first['visitor']}{role} to {place} ({first['type_label']}) — {when}"


def pair_meetings(visits: pd.DataFrame) -> pd.DataFrame:
    """Per pair of states: meetings (visits + summits both attended), documents, the latest meeting."""
    columns = ["a", "b", "meetings", "visits", "summits", "documents", "documents_low", "documents_high",
               "documents_known", "latest_date", "latest_label", "latest_publisher", "latest_url",
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
        label = _event_label(members)
        for a, b in combinations([c for c in event.attendees if c in ties], 2):
            # The rows that put a or b at this meeting (their own attendance, or hosting it).
            own = [m for m in members if {m["visitor_iso3"], m["host_iso3"]} & {a, b}]
            latest_source = max(own, key=lambda m: m["published_order"])
            records.append({
                "a": a, "b": b, "event_id": event.event_id, "is_summit": bool(event.is_summit),
                "start_date": event.start_date, "documents": event.documents,
                "documents_low": event.documents_low, "documents_high": event.documents_high, "label": label,
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
        latest_date=("start_date", "last"), latest_label=("label", "last"),
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


def describe_value(row: pd.Series | dict, measure: str) -> str:
    """The pair's figure for one measure, in words ('$470m in 2024', '12 meetings', ...)."""
    if measure == "turnover":
        if pd.isna(row.get("value_usd_m")):
            return "no full-year turnover figure in the selected years"
        return f"{'about ' if row.get('approx') else ''}{format_usd_m(row['value_usd_m'])} in {int(row['year'])}"
    if measure == "meetings":
        if not row.get("meetings"):
            return "no visits or summits together in the selected years"
        return (f"{plural(int(row['meetings']), 'meeting')}: {plural(int(row['visits']), 'visit')}, "
                f"{plural(int(row['summits']), 'summit')} together")
    if not row.get("documents_known"):
        return "no count of documents signed in the selected years"
    low, high = int(row["documents_low"]), int(row["documents_high"])
    count = f"{low}–{high}" if low != high else f"{int(row['documents'])}"
    differ = " (sources differ on a count)" if low != high else ""
    return f"{count} documents signed at {plural(int(row['documents_known']), 'meeting')}{differ}"


def describe_turnover_source(row: pd.Series | dict) -> str:
    """Who gave the chosen turnover figure, and how much the other figures for that year differ."""
    if pd.isna(row.get("value_usd_m")):
        return ""
    kind = KIND_LABELS.get(row["source_kind"], row["source_kind"])
    text = f"{kind}: {row['stated_by']} ({row['publisher']}{', ' + row['published'] if row['published'] else ''})"
    if row.get("figures", 1) > 1 and not pd.isna(row.get("other_low")):
        low, high = row["other_low"], row["other_high"]
        spread = format_usd_m(low) if low == high else f"{format_usd_m(low)}–{format_usd_m(high)}"
        text += f"; {plural(int(row['figures']) - 1, 'other figure')} for {int(row['year'])}: {spread}"
    return text


def growth_text(row: pd.Series | dict) -> str | None:
    """Growth on the year before: as the source stated it, else computed from the series."""
    stated, computed = row.get("growth_stated"), row.get("growth_computed")
    has_stated = stated is not None and not pd.isna(stated)
    has_computed = computed is not None and not pd.isna(computed)
    if has_stated:
        text = f"{format_pct(stated)} (as stated)"
        if has_computed and abs(stated - computed) >= 1:
            text += f"; {format_pct(computed)} on the {int(row['year']) - 1} figure"
        return text
    if has_computed:
        return f"{format_pct(computed)} on the {int(row['year']) - 1} figure"
    return None


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
    help: str
    delta: str | None = None
    source_label: str = ""
    source_url: str = ""


def _who(selected: tuple[str, ...]) -> str:
    return ", ".join(countries.short_name(c) for c in selected) if selected else "any of the nine states"


def _top_publishers(rows: pd.DataFrame, n: int = 3) -> str:
    counts = rows["publisher"].value_counts()
    names = ", ".join(counts.index[:n])
    return names + (f" and {len(counts) - n} more" if len(counts) > n else "")


def key_figures(visits: pd.DataFrame, pairs: pd.DataFrame, focus: str, selected: tuple[str, ...],
                years: tuple[int, int], context: pd.DataFrame | None = None) -> list[KeyFigure]:
    """The KPI row: visits, documents signed, latest visit, latest turnover (with growth), each sourced.

    `visits` are the rows under the global filters; `context` every visit in the selected years
    (so a summit's documents, reported on its host's row, still count under a country filter).
    """
    rows = timeline_rows(visits) if len(visits) else visits.assign(is_visit=False)
    span = query.years_label(years)
    trips = rows[rows["is_visit"]] if len(rows) else rows
    figures = [KeyFigure(
        "Visits", f"{len(trips)}",
        f"Leaders' visits in {span} involving {_who(selected)}; each leader's trip to a summit counts once. "
        + (f"Sources: {_top_publishers(trips)}." if len(trips) else "No visits match the filters."))]

    docs = documents_total(visits, context) if len(visits) else {"total": 0, "low": 0, "high": 0, "meetings_with_count": 0, "meetings": 0}
    disputed = rows[rows["documents_disputed"]] if len(rows) else rows
    value = f"{docs['low']}–{docs['high']}" if docs["low"] != docs["high"] else f"{docs['total']}"
    help_docs = (f"Documents signed at the {docs['meetings_with_count']} of {docs['meetings']} meetings whose source "
                 "gives a count; a summit's documents count once.")
    if len(disputed):
        help_docs += " Sources differ for: " + "; ".join(
            f"{r.date_label} ({r.documents_label})" for r in disputed.itertuples()) + "."
    counted = rows[rows["documents_signed"].notna()] if len(rows) else rows
    if len(counted):
        help_docs += f" Sources: {_top_publishers(counted)}."
    figures.append(KeyFigure("Documents signed", value, help_docs))

    if len(trips):
        last = trips.sort_values(["start_date", "visitor"]).iloc[-1]
        where = ", ".join(p for p in (last["city"], last["host_country"]) if p)
        figures.append(KeyFigure(
            "Latest visit", last["date_label"],
            f"{last['visitor']} ({last['visitor_role'] or last['visitor_country']}) to {where}: {last['type_label']}. "
            f"Source: {last['publisher']}{', ' + last['published'] if last['published'] else ''}.",
            source_label=f"{last['visitor']} to {where}, {last['date_label']} ({last['publisher']})",
            source_url=last["source_url"]))
    else:
        figures.append(KeyFigure("Latest visit", "—", f"No visits in {span} involving {_who(selected)}."))

    partners = [c for c in (selected or countries.tie_codes()) if c != focus] or [c for c in countries.tie_codes() if c != focus]
    with_focus = pairs[pairs["value_usd_m"].notna() & (((pairs["a"] == focus) & pairs["b"].isin(partners))
                                                       | ((pairs["b"] == focus) & pairs["a"].isin(partners)))]
    focus_name = countries.short_name(focus)
    if with_focus.empty:
        figures.append(KeyFigure(f"Turnover with {focus_name}", "—",
                                 f"No full-year turnover figure with {focus_name} for {_who(tuple(partners))} in {span}."))
    else:
        best = with_focus.sort_values(["value_usd_m"]).iloc[-1]
        other = best["b"] if best["a"] == focus else best["a"]
        label = f"Turnover: {countries.short_name(other)}, {int(best['year'])}"
        largest = "" if len(partners) == 1 else f"The largest of {focus_name}'s latest turnovers with {_who(tuple(partners))}. "
        growth = growth_text(best)
        figures.append(KeyFigure(
            label, ("≈ " if best["approx"] else "") + format_usd_m(best["value_usd_m"]),
            f"Trade between {countries.short_name(other)} and {focus_name}, latest full year with a figure in {span}. "
            f"{largest}{describe_turnover_source(best)}."
            + (f" Growth: {growth}." if growth else " No growth figure."),
            delta=growth.split(" (")[0].split(" on ")[0] if growth else None,
            source_label=f"{countries.short_name(other)}–{focus_name} {int(best['year'])}: {best['stated_by']} ({best['publisher']})",
            source_url=best["source_url"]))
    return figures


def sourced_rows(visits: pd.DataFrame, trade: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """The visit and trade rows behind the drawn figures (for the source note and the download)."""
    ids = {v for group in pairs["visit_ids"] for v in group}
    shown_visits = visits[visits["visit_id"].isin(ids)].assign(table="visits", row=visits["visit_id"])
    shown_trade = trade[trade["row_id"].isin(set(pairs["row_id"].dropna()))].assign(table="trade", row=trade["row_id"])
    keep = ["table", "row", "publisher", "source_url", "published", "source_kind"]
    return pd.concat([shown_visits[keep], shown_trade[keep]], ignore_index=True)


def figures_table(states: pd.DataFrame, focus: str) -> pd.DataFrame:
    """The per-country table under the map: every figure the map colours by, with its year and source."""
    others = states[~states["is_focus"]]
    return pd.DataFrame({
        "Country": others["name"],
        "OTS status": others["ots_status"],
        f"Turnover with {countries.short_name(focus)}, USD m": others["value_usd_m"].round(1),
        "Year": others["year"].astype("Int64"),
        "Turnover source": [describe_turnover_source(r) for _, r in others.iterrows()],
        "Visits": others["visits"], "Summits together": others["summits"],
        "Documents signed": [f"{r.documents_low}–{r.documents_high}" if r.documents_low != r.documents_high
                             else (str(r.documents) if r.documents_known else "—") for r in others.itertuples()],
        "Latest meeting": others["latest_label"].fillna("—"),
        "Latest meeting source": others["latest_url"].fillna(""),
    }).reset_index(drop=True)


def map_takeaway(states: pd.DataFrame, focus: str, measure: str, years: tuple[int, int]) -> str:
    """The map's one-line title: which state is tied most closely to the focus, by the chosen measure."""
    focus_name = countries.short_name(focus)
    span = query.years_label(years)
    others = states[~states["is_focus"] & states["value"].notna()]
    if others.empty:
        return {"turnover": f"No full-year trade figures with {focus_name} in {span}",
                "meetings": f"No visits or summits with {focus_name} in {span}",
                "documents": f"No counts of documents signed with {focus_name} in {span}"}[measure]
    top = others.sort_values(["value", "iso3"], ascending=[False, True]).iloc[0]
    if measure == "turnover":
        return (f"{top['name']} is {focus_name}'s largest trade partner among the Turkic states: "
                f"{ties_value(top, measure)} in {int(top['year'])}")
    if measure == "meetings":
        return f"{focus_name} met {top['name']} most often: {plural(int(top['meetings']), 'visit or summit', 'visits and summits')}, {span}"
    return f"Most documents signed with {top['name']}: {ties_value(top, measure)}, {span}"


def ties_value(row: pd.Series, measure: str) -> str:
    """A pair's value, short: '≈ $8.0bn', '39', '39–49'."""
    if measure == "turnover":
        return ("≈ " if row.get("approx") else "") + format_usd_m(row["value_usd_m"])
    if measure == "documents" and row["documents_low"] != row["documents_high"]:
        return f"{int(row['documents_low'])}–{int(row['documents_high'])}"
    return str(int(row[measure]))
