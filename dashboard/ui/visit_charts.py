"""Figure builders for the Visits page: the timeline and visits per year by partner. No st.* calls."""
from __future__ import annotations


import pandas as pd
import plotly.graph_objects as go

from dashboard.data import countries
from dashboard.data.visits import TYPE_ORDER
from dashboard.ui import format as fmt
from dashboard.ui.charts import base_layout
from dashboard.ui.safe import escape_plotly, wrapped_hover

# Marker shape tells the visit type (summits: a larger star); filled = the partner's leader came to
# Azerbaijan, hollow = Azerbaijan's leader went there. Colour is the partner's, as on every page.
SYMBOLS = {"summit": "star", "state": "diamond", "official": "square", "working": "triangle-up", "other": "circle"}
SIZES = {"summit": 15}
LEGEND_GREY = "#4B5563"
HOVER_WIDTH = 72


def visit_hover(row) -> str:
    """The one hover of a visit or summit (Visits timeline and the Trade page's strip), from a
    `visits.timeline_rows` row: who, where, when, what kind, documents as reported, summary, source."""
    docs = fmt.documents_label(row) + (" — sources differ" if row["documents_disputed"] else "")
    return (f"<b>{escape_plotly(row['visitor'])}</b> {escape_plotly(fmt.visitor_detail(row))}<br>"
            f"{'hosted a summit in' if not row['is_visit'] else 'to'} {escape_plotly(fmt.visit_place(row))}<br>"
            f"{escape_plotly(fmt.visit_date(row))} · {escape_plotly(fmt.visit_type(row['visit_type']))}<br>"
            f"Documents signed: {escape_plotly(docs)}<br>{wrapped_hover(row['summary'], HOVER_WIDTH)}<br>"
            f"<i>{escape_plotly(fmt.source_line(row))}</i>")


def timeline_takeaway(rows: pd.DataFrame) -> str:
    """A one-line title: how many visits and summits, and the most frequent partner."""
    if rows.empty:
        return "No visits in this selection"
    lo, hi = int(rows["year"].min()), int(rows["year"].max())
    years = f", {fmt.years((lo, hi))}" if lo != hi else f" in {lo}"
    visits = int((rows["is_visit"] & ~rows["is_summit"]).sum())
    summits = rows.loc[rows["is_summit"], "event_id"].nunique()
    parts = [fmt.plural(n, word) for n, word in ((visits, "visit"), (summits, "summit")) if n]
    partners = rows[rows["is_visit"]]["partner_iso3"].value_counts()
    top = (f"; most often with {countries.short_name(partners.index[0])} ({int(partners.iloc[0])})"
           if len(partners) > 1 and partners.iloc[0] > partners.iloc[1] else "")
    return f"{' and '.join(parts)}{years}{top}"


def per_year_takeaway(counts: pd.DataFrame) -> str:
    """A one-line title for visits per year: the busiest year."""
    if counts.empty:
        return "No visits in this selection"
    by_year = counts.groupby("year")["visits"].sum()
    best = by_year[by_year == by_year.max()]
    when = " and ".join(str(y) for y in best.index[:3]) + (" and others" if len(best) > 3 else "")
    each = "" if len(best) == 1 else " each"
    return f"Busiest {'year' if len(best) == 1 else 'years'}: {when}, {fmt.plural(int(by_year.max()), 'visit')}{each}"


def lane_order(rows: pd.DataFrame) -> list[str]:
    """Partner lanes top to bottom in the reference order (Azerbaijan's hosted summits first)."""
    present = set(rows["partner_iso3"])
    return [countries.short_name(c) for c in countries.tie_codes() if c in present]


def timeline(rows: pd.DataFrame, *, title: str | None = None, focus: str = countries.FOCUS_DEFAULT) -> go.Figure:
    """Each visit or summit as a marker on its partner's lane: shape = type, hollow = the focus's leader went."""
    fig = go.Figure()
    lanes = lane_order(rows)
    for kind in TYPE_ORDER:
        group = rows[rows["visit_type"] == kind]
        if group.empty:
            continue
        fig.add_trace(go.Scatter(  # legend entry in neutral grey: the colour belongs to the partner
            x=[None], y=[None], mode="markers", name=fmt.visit_type(kind), legendgroup=kind,
            marker=dict(symbol=SYMBOLS[kind], size=SIZES.get(kind, 11), color=LEGEND_GREY)))
        outbound = group["visitor_iso3"].eq(focus) & group["is_visit"]
        fig.add_trace(go.Scatter(
            x=group["start_date"], y=group["partner_country"], mode="markers", name=fmt.visit_type(kind),
            legendgroup=kind, showlegend=False, hoverinfo="text",
            hovertext=[visit_hover(r) for _, r in group.iterrows()], hoverlabel=dict(align="left"),
            marker=dict(symbol=[SYMBOLS[kind] + ("-open" if o else "") for o in outbound],
                        size=SIZES.get(kind, 11), color=group["partner_iso3"].map(countries.colour),
                        line=dict(width=[2 if o else 0.8 for o in outbound], color=group["partner_iso3"].map(countries.colour)),
                        opacity=0.9)))
    base_layout(fig, title=title or "", height=max(280, 110 + 40 * len(lanes)))
    fig.update_yaxes(type="category", categoryorder="array", categoryarray=list(reversed(lanes)), title=None,
                     showgrid=True, gridcolor="#EEF0F3")
    # Whole years on the axis, so a single visit is not drawn on a scale of milliseconds.
    lo, hi = int(rows["year"].min()), int(rows["year"].max())
    fig.update_xaxes(title=None, showgrid=True, gridcolor="#F3F4F6", type="date",
                     range=[f"{lo - 1}-07-01" if hi - lo > 2 else f"{lo}-01-01",
                            f"{hi + 1}-06-30" if hi - lo > 2 else f"{hi}-12-31"])
    fig.update_layout(legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"), hovermode="closest",
                      margin=dict(l=10, r=10, t=60 if title else 10, b=10))
    return fig


def per_year(counts: pd.DataFrame, *, title: str | None = None) -> go.Figure:
    """Visits per year, stacked by partner in the country palette."""
    fig = go.Figure()
    order = [c for c in countries.tie_codes() if c in set(counts["partner_iso3"])]
    for code in order:
        part = counts[counts["partner_iso3"] == code]
        name = countries.short_name(code)
        fig.add_trace(go.Bar(
            x=part["year"], y=part["visits"], name=escape_plotly(name), marker_color=countries.colour(code),
            hovertemplate=f"<b>{escape_plotly(name)}</b><br>%{{x}}: %{{y}} visit(s)<extra></extra>"))
    base_layout(fig, title=title or "", height=340)
    fig.update_layout(barmode="stack", bargap=0.2, showlegend=True,
                      legend=dict(orientation="h", x=0, y=-0.12, yanchor="top"),
                      margin=dict(l=10, r=10, t=60 if title else 10, b=10))
    lo, hi = int(counts["year"].min()), int(counts["year"].max())
    # A few years keep a bar's width; whole numbers only (a visit is not divisible).
    fig.update_xaxes(title=None, tickformat="d", range=[lo - 2.5, hi + 2.5] if hi - lo < 4 else None,
                     tickvals=list(range(lo, hi + 1)) if hi - lo <= 8 else None)
    top = int(counts.groupby("year")["visits"].sum().max())
    fig.update_yaxes(title="Visits (incl. trips to summits)", rangemode="tozero", gridcolor="#EEF0F3",
                     dtick=1 if top <= 6 else None, tickformat="d")
    return fig
