"""The Ties map in words: key figures, hover lines, table cells and the takeaway title, worded from
the numbers and dates of `dashboard.data.ties` with the house style of `dashboard.ui.format`."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.data import countries
from dashboard.data.sources import KIND_LABELS
from dashboard.data.ties import KeyFacts
from dashboard.ui import format as fmt



def with_meeting_labels(pairs: pd.DataFrame, visits: pd.DataFrame) -> pd.DataFrame:
    """Pairs with `latest_label`: their latest meeting in one line ('Summit in Shusha, Azerbaijan — 6 Jul 2024')."""
    by_id = visits.set_index("visit_id")
    labels = [fmt.meeting_label(by_id.loc[v]) if isinstance(v, str) and v in by_id.index else None
              for v in pairs["latest_visit_id"]]
    return pairs.assign(latest_label=pd.array(labels, dtype="str"))


def describe_value(row: pd.Series | dict, measure: str) -> str:
    """The pair's figure for one measure, in words ('$470m in 2024', '12 meetings', ...)."""
    if measure == "turnover":
        if pd.isna(row.get("value_usd_m")):
            return "no full-year turnover figure in the selected years"
        return f"{'about ' if row.get('approx') else ''}{fmt.usd(row['value_usd_m'])} in {int(row['year'])}"
    if measure == "meetings":
        if not row.get("meetings"):
            return "no visits or summits together in the selected years"
        return (f"{fmt.plural(int(row['meetings']), 'meeting')}: {fmt.plural(int(row['visits']), 'visit')}, "
                f"{fmt.plural(int(row['summits']), 'summit')} together")
    if not row.get("documents_known"):
        return "no count of documents signed in the selected years"
    low, high = int(row["documents_low"]), int(row["documents_high"])
    count = f"{low}–{high}" if low != high else f"{int(row['documents'])}"
    differ = " (sources differ on a count)" if low != high else ""
    return f"{count} documents signed at {fmt.plural(int(row['documents_known']), 'meeting')}{differ}"


def describe_turnover_source(row: pd.Series | dict) -> str:
    """Who gave the chosen turnover figure, and how much the other figures for that year differ."""
    if pd.isna(row.get("value_usd_m")):
        return ""
    kind = KIND_LABELS.get(row["source_kind"], row["source_kind"])
    when = fmt.published(row["published"])
    text = f"{kind}: {row['stated_by']} ({row['publisher']}{', ' + when if when else ''})"
    if row.get("figures", 1) > 1 and not pd.isna(row.get("other_low")):
        spread = fmt.usd_range(row["other_low"], row["other_high"])
        text += f"; {fmt.plural(int(row['figures']) - 1, 'other figure')} for {int(row['year'])}: {spread}"
    return text


def _present(value) -> bool:
    return value is not None and not pd.isna(value)


def growth(row: pd.Series | dict) -> float | None:
    """The growth a KPI shows: as the source stated it, else computed from the series."""
    stated, computed = row.get("growth_stated"), row.get("growth_computed")
    return stated if _present(stated) else computed if _present(computed) else None


def growth_text(row: pd.Series | dict) -> str | None:
    """Growth on the year before: as the source stated it, else computed from the series."""
    stated, computed = row.get("growth_stated"), row.get("growth_computed")
    previous = f"on the {int(row['year']) - 1} figure" if _present(row.get("year")) else "on the year before"
    if _present(stated):
        text = f"{fmt.pct(stated)} (as stated)"
        if _present(computed) and abs(stated - computed) >= 1:
            text += f"; {fmt.pct(computed)} {previous}"
        return text
    if _present(computed):
        return f"{fmt.pct(computed)} {previous}"
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


def key_figures(facts: KeyFacts, focus: str, selected: tuple[str, ...], years: tuple[int, int]) -> list[KeyFigure]:
    """The KPI row: visits, documents signed, latest visit, latest turnover (with growth), each sourced."""
    span, trips = fmt.years(years), facts.trips
    figures = [KeyFigure(
        "Visits", f"{len(trips)}",
        f"Leaders' visits in {span} involving {_who(selected)}; each leader's trip to a summit counts once. "
        + (f"Sources: {_top_publishers(trips)}." if len(trips) else "No visits match the filters."))]

    docs = facts.documents
    value = f"{docs['low']}–{docs['high']}" if docs["low"] != docs["high"] else f"{docs['total']}"
    help_docs = (f"Documents signed at the {docs['meetings_with_count']} of {docs['meetings']} meetings whose source "
                 "gives a count; a summit's documents count once.")
    if len(facts.disputed):
        help_docs += " Sources differ for: " + "; ".join(
            f"{fmt.visit_date(r)} ({fmt.documents_label(r)})" for r in facts.disputed.to_dict("records")) + "."
    if len(facts.counted):
        help_docs += f" Sources: {_top_publishers(facts.counted)}."
    figures = [*figures, KeyFigure("Documents signed", value, help_docs)]

    if len(trips):
        last = trips.sort_values(["start_date", "visitor"]).iloc[-1]
        where, when = fmt.visit_place(last), fmt.visit_date(last)
        published = fmt.published(last["published"])
        figures.append(KeyFigure(
            "Latest visit", when,
            f"{last['visitor']} ({last['visitor_role'] or last['visitor_country']}) to {where}: "
            f"{fmt.visit_type(last['visit_type'])}. Source: {last['publisher']}{', ' + published if published else ''}.",
            source_label=f"{last['visitor']} to {where}, {when} ({last['publisher']})",
            source_url=last["source_url"]))
    else:
        figures.append(KeyFigure("Latest visit", fmt.MISSING, f"No visits in {span} involving {_who(selected)}."))

    focus_name, best = countries.short_name(focus), facts.turnover
    if best is None:
        figures.append(KeyFigure(f"Turnover with {focus_name}", fmt.MISSING,
                                 f"No full-year turnover figure with {focus_name} for {_who(facts.partners)} in {span}."))
        return figures
    other = countries.short_name(best["b"] if best["a"] == focus else best["a"])
    year = int(best["year"])
    largest = "" if len(facts.partners) == 1 else f"The largest of {focus_name}'s latest turnovers with {_who(facts.partners)}. "
    words = growth_text(best)
    change = growth(best)
    figures.append(KeyFigure(
        f"Turnover: {other}, {year}", ("≈ " if best["approx"] else "") + fmt.usd(best["value_usd_m"]),
        f"Trade between {other} and {focus_name}, latest full year with a figure in {span}. "
        f"{largest}{describe_turnover_source(best)}." + (f" Growth: {words}." if words else " No growth figure."),
        delta=fmt.pct(change) if change is not None else None,
        source_label=f"{other}–{focus_name} {year}: {best['stated_by']} ({best['publisher']})",
        source_url=best["source_url"]))
    return figures


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
                             else (str(r.documents) if r.documents_known else fmt.MISSING) for r in others.itertuples()],
        "Latest meeting": others["latest_label"].fillna(fmt.MISSING),
        "Latest meeting source": others["latest_url"].fillna(""),
    }).reset_index(drop=True)


def map_takeaway(states: pd.DataFrame, focus: str, measure: str, years: tuple[int, int]) -> str:
    """The map's one-line title: which state is tied most closely to the focus, by the chosen measure."""
    focus_name = countries.short_name(focus)
    span = fmt.years(years)
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
        return (f"{focus_name} met {top['name']} most often: "
                f"{fmt.plural(int(top['meetings']), 'visit or summit', 'visits and summits')}, {span}")
    return f"Most documents signed with {top['name']}: {ties_value(top, measure)}, {span}"


def ties_value(row: pd.Series, measure: str) -> str:
    """A pair's value, short: '≈ $8bn', '39', '39–49'."""
    if measure == "turnover":
        return ("≈ " if row.get("approx") else "") + fmt.usd(row["value_usd_m"])
    if measure == "documents" and row["documents_low"] != row["documents_high"]:
        return f"{int(row['documents_low'])}–{int(row['documents_high'])}"
    return str(int(row[measure]))
