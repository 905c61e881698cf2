"""Trade page figures and tables: (frames, options) -> plotly Figure or display frame. No st.* calls.

Marker language, the same on every trade chart: the symbol says what kind of source gave a figure
(circle = official statistics, diamond = official statement, square = media); a filled marker is
the focus country's figure, an open one the partner's. Part-year figures are triangles, never joined to the
annual line; visits are ticks and summits stars on a strip under the time axis.
"""
from __future__ import annotations

import math
import textwrap

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dashboard.data import countries
from dashboard.data.sources import KIND_LABELS
from dashboard.data.trade import (LINE_MIRROR, LINE_PRIMARY, ROLE_CHOSEN, ROLE_MIRROR, ROLE_OTHER, ROLE_PART,
                                  SIDE_FOCUS)
from dashboard.ui import format as fmt
from dashboard.ui.charts import base_layout
from dashboard.ui.visit_charts import visit_hover
from dashboard.ui.safe import escape_markdown, escape_plotly, md_link, wrapped_hover

KIND_SYMBOL = {"official_statistics": "circle", "official_statement": "diamond", "media": "square"}
OTHER_COLOUR = "#3D3D3D"
PART_COLOUR = "#8C8C8C"
VISIT_COLOUR = "#3D3D3D"
FLOW_COLOURS = {"exports": "#0F4C81", "imports": "#8FB8DE"}
TITLE_WIDTH = 42  # characters per title line: fits a phone (390 px) at the title's font size
HOVER_NOTE_WIDTH = 60


def symbol_key(focus: str = countries.FOCUS_DEFAULT) -> str:
    """The marker legend in words (plotly legends cannot explain fill and symbol at once)."""
    return (f"● official statistics · ◆ official statement · ■ media — filled: {countries.short_name(focus)}'s "
            "figure, open: the partner's · ▲ part-year figure (not annual) · | visit, ★ summit")



def wrap_title(text: str, width: int = TITLE_WIDTH) -> str:
    """A takeaway title broken into lines that fit a phone screen (plotly titles do not wrap)."""
    return "<br>".join(textwrap.wrap(escape_plotly(text), width=width)) or ""


def _top_margin(title: str) -> int:
    return 30 + 22 * len(textwrap.wrap(title, width=TITLE_WIDTH))


def marker_symbol(kind: str, side: str, part_year: bool = False) -> str:
    """Symbol by source kind (triangle for part-year figures); open when it is the partner's figure."""
    base = "triangle-up" if part_year else KIND_SYMBOL.get(kind, "circle")
    return base if side == SIDE_FOCUS else f"{base}-open"


# The columns figure_hover reads: only these are turned into Python objects for the hover texts
# (converting every column of the shown rows was ~12% of a Trade page run).
HOVER_COLUMNS = ["counterpart_iso3", "approx", "estimate", "non_oil", "flagged", "value_usd_m", "period_label", "flow", "side",
                 "source_kind", "stated_by", "publisher", "published", "growth_pct", "note", "source_url"]


def hover_texts(rows: pd.DataFrame, focus: str = countries.FOCUS_DEFAULT) -> list[str]:
    """figure_hover of every row."""
    return [figure_hover(r, focus) for r in rows[HOVER_COLUMNS].to_dict("records")]


def figure_hover(row, focus: str = countries.FOCUS_DEFAULT) -> str:
    """Hover text of one figure: value, period, whose count, who stated it, publisher, date, link, note."""
    counterpart = row["counterpart_iso3"] if isinstance(row["counterpart_iso3"], str) else ""
    marks = [m for m, on in (("approximate", row["approx"]), ("an IMF estimate", row["estimate"]),
                             ("non-oil trade only", row["non_oil"]), ("flagged as inconsistent", row["flagged"])) if on]
    lines = [
        f"<b>{escape_plotly(fmt.usd(row['value_usd_m']))}</b> · {escape_plotly(row['period_label'])}"
        f" · {escape_plotly(row['flow'])}" + (f" ({', '.join(marks)})" if marks else ""),
        escape_plotly(fmt.side(row["side"], counterpart, focus)) + " · " + escape_plotly(KIND_LABELS.get(row["source_kind"], row["source_kind"])),
        "Stated by: " + wrapped_hover(row["stated_by"], HOVER_NOTE_WIDTH),
        "Publisher: " + escape_plotly(row["publisher"]) + (f", {escape_plotly(fmt.published(row['published']))}" if row["published"] else ""),
    ]
    if not pd.isna(row["growth_pct"]):
        lines.append("Growth claimed: " + escape_plotly(fmt.pct(float(row["growth_pct"]))))
    if row["note"]:
        lines.append("Note: " + wrapped_hover(row["note"], HOVER_NOTE_WIDTH))
    if row["source_url"]:
        lines.append("Link: " + escape_plotly(textwrap.shorten(row["source_url"], 70, placeholder="…")))
    return "<br>".join(lines)


def _figure_trace(rows: pd.DataFrame, *, name: str, colour: str, size: int, part_year: bool = False,
                  opacity: float = 1.0, showlegend: bool = True, legendgroup: str | None = None,
                  focus: str = countries.FOCUS_DEFAULT) -> go.Scatter:
    symbols = [marker_symbol(k, s, part_year) for k, s in zip(rows["source_kind"], rows["side"])]
    return go.Scatter(
        x=rows["x_date"], y=rows["value_usd_m"], mode="markers", name=name, legendgroup=legendgroup,
        showlegend=showlegend, opacity=opacity,
        marker=dict(symbol=symbols, size=size, color=colour, line=dict(width=1.5, color=colour)),
        hovertext=hover_texts(rows, focus), hoverinfo="text")


def _year_axis(fig: go.Figure, years: pd.Series, **where) -> None:
    # A fixed yearly tick only for short spans: longer ones let plotly thin the labels to the width
    # (a phone fits about six), which a fixed step cannot do.
    span = int(years.max() - years.min()) if len(years) else 0
    fig.update_xaxes(type="date", tickformat="%Y", ticklabelmode="period", showgrid=False, ticks="outside",
                     tickangle=0, **({"dtick": "M12"} if span <= 5 else {}), **where)


def value_ticks(low: float, high: float, log: bool) -> list[float]:
    """Tick values a reader can say ($200m, $1bn, $1.5bn): 1-2-5 steps on a log axis, about five
    round steps from zero on a linear one. Plotly's own labels would print $8,000 for $8bn."""
    if not (high > 0):
        return [0.0]
    if log:
        low = max(low, 0.1)
        ticks = [m * 10 ** e for e in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)
                 for m in (1, 2, 5)]
        inside = [t for t in ticks if low / 1.5 <= t <= high * 1.5]
        return inside if len(inside) <= 9 else [t for t in inside if str(t).lstrip("0.")[0] in "15"]
    raw = high / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(int(high // step) + 2)]


def tick_label(value: float) -> str:
    return "0" if value == 0 else fmt.usd(value)


def _value_axis(fig: go.Figure, values: pd.Series, log: bool, **where) -> None:
    values = values.dropna()
    ticks = value_ticks(float(values.min()) if len(values) else 0, float(values.max()) if len(values) else 0, log)
    fig.update_yaxes(type="log" if log else "linear", title_text="USD" + (" (log scale)" if log else ""),
                     tickmode="array", tickvals=ticks, ticktext=[tick_label(t) for t in ticks],
                     gridcolor="#E5E7EB", rangemode="tozero" if not log else "normal", **where)


def turnover_detail_figure(shown: pd.DataFrame, gapped: pd.DataFrame, visits: pd.DataFrame, partner: str, *,
                           title: str, log: bool = False, focus: str = countries.FOCUS_DEFAULT) -> go.Figure:
    """One partner: the chosen annual line (breaking at gaps), every other full-year figure beside it,
    part-year figures apart, and visits/summits on a strip under the time axis."""
    mine = shown[shown["counterpart_iso3"].eq(partner)]
    colour = countries.colour(partner)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.86, 0.14], vertical_spacing=0.04)
    # The primary line (one side's count) solid, the other side's count (the mirror) dotted: never mixed.
    for line_name, role, dash, width in ((LINE_PRIMARY, ROLE_CHOSEN, "solid", 2.5), (LINE_MIRROR, ROLE_MIRROR, "dot", 2)):
        points = mine[mine["role"].eq(role)]
        if points.empty:
            continue
        whose = fmt.side(points["side"].iloc[0], partner, focus).replace("figure", "count")
        name = f"Annual series ({whose})" if line_name == LINE_PRIMARY else f"Mirror ({whose})"
        path = gapped[gapped["counterpart_iso3"].eq(partner)
                      & (gapped["line"].eq(line_name) if "line" in gapped.columns else line_name == LINE_PRIMARY)]
        fig.add_trace(go.Scatter(x=path["x_date"], y=path["value_usd_m"], mode="lines", name=name,
                                 line=dict(color=colour, width=width, dash=dash), hoverinfo="skip",
                                 connectgaps=False, legendgroup=line_name), row=1, col=1)
        fig.add_trace(_figure_trace(points, name=name, colour=colour, size=11 if role == ROLE_CHOSEN else 9,
                                    showlegend=False, legendgroup=line_name, focus=focus), row=1, col=1)
    others = mine[mine["role"].eq(ROLE_OTHER)]
    if not others.empty:
        fig.add_trace(_figure_trace(others, name="Other full-year figures", colour=OTHER_COLOUR, size=9,
                                    opacity=0.85, focus=focus), row=1, col=1)
    part = mine[mine["role"].eq(ROLE_PART)]
    if not part.empty:
        fig.add_trace(_figure_trace(part, name="Part-year figures", colour=PART_COLOUR, size=8, part_year=True,
                                    focus=focus), row=1, col=1)
    for summit, rows in visits.groupby("is_summit"):
        fig.add_trace(go.Scatter(
            x=rows["start_date"], y=[0] * len(rows), mode="markers", name="Summits" if summit else "Visits",
            marker=dict(symbol="star" if summit else "line-ns", size=11 if summit else 16, color=VISIT_COLOUR,
                        line=dict(width=2, color=VISIT_COLOUR)),
            hovertext=[visit_hover(r) for r in rows.to_dict("records")], hoverinfo="text"), row=2, col=1)
    base_layout(fig, title=wrap_title(title), height=500)
    fig.update_layout(margin=dict(t=_top_margin(title), l=10, r=10, b=10),
                      hovermode="closest", legend=dict(y=-0.1))
    _value_axis(fig, mine.loc[mine["role"].isin((ROLE_CHOSEN, ROLE_MIRROR, ROLE_OTHER, ROLE_PART)), "value_usd_m"],
                log, row=1, col=1)
    fig.update_yaxes(visible=False, range=[-1, 1], fixedrange=True, row=2, col=1)
    years = pd.concat([mine["year"], visits["year"]]) if len(visits) else mine["year"]
    _year_axis(fig, years, row=2, col=1)
    _year_axis(fig, years, row=1, col=1)
    fig.update_xaxes(showticklabels=False, row=1, col=1)
    fig.add_annotation(text="visits", xref="paper", yref="y2 domain", x=0, y=1.25, showarrow=False,
                       font=dict(size=11, color="#6B7280"), xanchor="left")
    return fig


def turnover_overview_figure(shown: pd.DataFrame, gapped: pd.DataFrame, partners: list[str], *, title: str,
                             log: bool = True, focus: str = countries.FOCUS_DEFAULT) -> go.Figure:
    """Every partner's chosen annual line (breaking at gaps) with its other full-year figures beside it."""
    fig = go.Figure()
    for partner in partners:
        colour, name = countries.colour(partner), countries.short_name(partner)
        line = gapped[gapped["counterpart_iso3"].eq(partner)
                      & (gapped["line"].eq(LINE_PRIMARY) if "line" in gapped.columns else True)]
        mine = shown[shown["counterpart_iso3"].eq(partner)]
        chosen, others = mine[mine["role"].eq(ROLE_CHOSEN)], mine[mine["role"].isin((ROLE_MIRROR, ROLE_OTHER))]
        if chosen.empty:
            continue
        fig.add_trace(go.Scatter(x=line["x_date"], y=line["value_usd_m"], mode="lines", name=name,
                                 line=dict(color=colour, width=2.5), legendgroup=partner, hoverinfo="skip"))
        fig.add_trace(_figure_trace(chosen, name=name, colour=colour, size=9, showlegend=False, legendgroup=partner,
                                    focus=focus))
        if not others.empty:
            fig.add_trace(_figure_trace(others, name=f"{name}: other figures", colour=colour, size=7, opacity=0.5,
                                        showlegend=False, legendgroup=partner, focus=focus))
    base_layout(fig, title=wrap_title(title), height=480)
    fig.update_layout(margin=dict(t=_top_margin(title), l=10, r=10, b=10),
                      hovermode="closest")
    drawn = shown[shown["counterpart_iso3"].isin(partners) & shown["role"].isin((ROLE_CHOSEN, ROLE_MIRROR, ROLE_OTHER))]
    _value_axis(fig, drawn["value_usd_m"], log)
    _year_axis(fig, drawn["year"])
    return fig


def ranking_figure(ranked: pd.DataFrame, year: int, *, title: str, focus: str = countries.FOCUS_DEFAULT) -> go.Figure:
    """Single partners by their chosen turnover for one year: horizontal bars, largest on top, value labels."""
    rows = ranked.iloc[::-1]
    names = [countries.short_name(c) for c in rows["counterpart_iso3"]]
    fig = go.Figure(go.Bar(
        x=rows["value_usd_m"], y=names, orientation="h",
        marker=dict(color=[countries.colour(c) for c in rows["counterpart_iso3"]]),
        text=[fmt.usd(v) for v in rows["value_usd_m"]], textposition="outside", cliponaxis=False,
        hovertext=hover_texts(rows, focus), hoverinfo="text", showlegend=False))
    base_layout(fig, title=wrap_title(title), height=max(220, 70 + 42 * len(rows)))
    fig.update_layout(margin=dict(t=_top_margin(title), l=10, r=60, b=10))
    ticks = value_ticks(0, float(rows["value_usd_m"].max()) if len(rows) else 0, log=False)
    fig.update_xaxes(title_text=f"USD, {year}", tickmode="array", tickvals=ticks,
                     ticktext=[tick_label(t) for t in ticks], gridcolor="#E5E7EB")
    return fig


def flows_figure(flow_rows: pd.DataFrame, *, title: str, focus: str = countries.FOCUS_DEFAULT) -> go.Figure:
    """Exports and imports from the focus country's side, per period the sources give (full and part years)."""
    rows_all = flow_rows.assign(x=flow_rows["period_label"])
    order = list(dict.fromkeys(rows_all["x"]))
    fig = go.Figure()
    for direction, colour in FLOW_COLOURS.items():
        rows = rows_all[rows_all["direction"].eq(direction)]
        if rows.empty:
            continue
        patterns = ["/" if n else ("x" if f else "") for n, f in zip(rows["non_oil"], rows["flagged"])]
        fig.add_trace(go.Bar(
            x=rows["x"], y=rows["value_usd_m"], name=f"{countries.short_name(focus)}'s {direction}",
            marker=dict(color=colour, pattern=dict(shape=patterns, fillmode="overlay", fgcolor="white", solidity=0.3)),
            hovertext=[figure_hover(r, focus) + (f"<br>{r['figures'] - 1} other figure(s) in the table"
                                          if r["figures"] > 1 else "") for r in rows.to_dict("records")],
            hoverinfo="text"))
    base_layout(fig, title=wrap_title(title), height=440)
    # The legend stays below the plot (base_layout): above it, it ran into a title wrapped on a phone.
    fig.update_layout(barmode="group", margin=dict(t=_top_margin(title), l=10, r=10, b=10))
    fig.update_xaxes(type="category", categoryorder="array", categoryarray=order)
    _value_axis(fig, flow_rows["value_usd_m"], log=False)
    return fig


# --- Titles: one line of takeaway each, computed from exactly what is drawn. ---

def detail_title(shown: pd.DataFrame, partner: str) -> str:
    """'Trade with Kazakhstan: $470m in 2024, peak $529.4m in 2023 (7 full years with a figure)'."""
    chosen = shown[shown["counterpart_iso3"].eq(partner) & shown["role"].eq(ROLE_CHOSEN)].sort_values("year")
    name = countries.short_name(partner)
    if chosen.empty:
        return f"Trade with {name}: no full-year turnover figure in these years"
    last, peak = chosen.iloc[-1], chosen.loc[chosen["value_usd_m"].idxmax()]
    text = f"Trade with {name}: {fmt.usd(last['value_usd_m'])} in {last['year']}"
    if peak["year"] != last["year"]:
        text += f", peak {fmt.usd(peak['value_usd_m'])} in {peak['year']}"
    return text


def overview_title(shown: pd.DataFrame, partners: list[str]) -> str:
    """Names the largest partner of the latest year that compares the most partners."""
    chosen = shown[shown["counterpart_iso3"].isin(partners) & shown["role"].eq(ROLE_CHOSEN)]
    if chosen.empty:
        return "Annual trade turnover: no full-year figure in these years"
    latest = chosen.sort_values("year").drop_duplicates("counterpart_iso3", keep="last")
    top = latest.loc[latest["value_usd_m"].idxmax()]
    return (f"{countries.short_name(top['counterpart_iso3'])} is the largest partner: "
            f"{fmt.usd(top['value_usd_m'])} in {top['year']}; annual turnover with {len(latest)} partners")


# --- Tables rendered as text (st.table): every cell is markdown, so source text is escaped here. ---

def _figure_md(row) -> str:
    approx = "≈" if row["approx"] else ""
    flags = "".join(f" ({m})" for m, on in (("estimate", row["estimate"]), ("non-oil", row["non_oil"]),
                                             ("flagged", row["flagged"])) if on)
    who = escape_markdown(textwrap.shorten(str(row["stated_by"]), 45, placeholder="…"))
    return f"{approx}{escape_markdown(fmt.usd(row['value_usd_m']))}{flags} — {who}, {md_link(row['publisher'], row['source_url'])}"


def _gap_md(line_usd_m: float, mirror_usd_m: float) -> str:
    """How far the other side's count is from the line's, when both exist: ' · 24% below the line'."""
    if pd.isna(line_usd_m) or pd.isna(mirror_usd_m) or not line_usd_m:
        return ""
    gap = (mirror_usd_m / line_usd_m - 1) * 100
    return f" · {escape_markdown(fmt.pct(abs(gap), signed=False))} {'above' if gap > 0 else 'below'} the line"


def year_table(yby: pd.DataFrame, shown: pd.DataFrame, partner: str,
               focus: str = countries.FOCUS_DEFAULT) -> pd.DataFrame:
    """Year by year: the chosen figure (whose count), the others, growth computed and claimed.
    A run of years with no figure at all is one row ("2011–2017: no full-year figure")."""
    by_id = shown.set_index("row_id")
    rows: list[dict[str, str]] = []
    empty_run: list[int] = []

    def close_run() -> None:
        if empty_run:
            rows.append({"Year": fmt.year_runs(empty_run), "Figure in the series": "*no full-year figure*",
                         "Mirror (other side's count)": "—", "Other figures that year": "—",
                         "Growth: computed · claimed": "—"})
            empty_run.clear()

    for rec in yby.to_dict("records"):
        missing = rec["row_id"] is None or pd.isna(rec["row_id"])
        no_mirror = rec["mirror_id"] is None or pd.isna(rec["mirror_id"])
        if missing and no_mirror and not rec["other_ids"]:
            empty_run.append(int(rec["year"]))
            continue
        close_run()
        if missing:
            chosen = "*no full-year figure that the rule accepts*"
        else:
            row = by_id.loc[rec["row_id"]]
            chosen = f"**{_figure_md(row)}** · {escape_markdown(fmt.side(row['side'], partner, focus))}"
        mirror = "—" if no_mirror else (f"{_figure_md(by_id.loc[rec['mirror_id']])} · "
                                        f"{escape_markdown(fmt.side(by_id.loc[rec['mirror_id'], 'side'], partner, focus))}"
                                        + _gap_md(rec["value_usd_m"], rec["mirror_usd_m"]))
        others = "; ".join(_figure_md(by_id.loc[i]) + f" · {escape_markdown(fmt.side(by_id.loc[i, 'side'], partner, focus))}"
                           for i in rec["other_ids"]) or "—"
        claims = "; ".join(f"{escape_markdown(fmt.pct(g))} claimed by {escape_markdown(textwrap.shorten(by, 40, placeholder='…'))}"
                           for g, by in rec["claims"])
        growth = "computed " + escape_markdown(fmt.pct(rec["computed_growth_pct"])) if not pd.isna(
            rec["computed_growth_pct"]) else ""
        if rec["growth_differs"]:
            growth = f"**{growth}** ⚠ differs from the claim"
        rows.append({"Year": str(rec["year"]), "Figure in the series": chosen, "Mirror (other side's count)": mirror,
                     "Other figures that year": others,
                     "Growth: computed · claimed": " · ".join(p for p in (growth, claims) if p) or "—"})
    close_run()
    return pd.DataFrame(rows)


def gaps_sentence(gaps: list[int], have: int, span: tuple[int, int]) -> str:
    """'Full-year figures for 7 of the 17 years 2008–2024; none for 2009–2017, 2019, 2021.'"""
    total = span[1] - span[0] + 1
    text = f"Full-year figures for {have} of the {total} years {span[0]}–{span[1]}"
    if gaps:
        text += f"; none for {fmt.year_runs(gaps)}. The line breaks there: nothing is interpolated"
    return text + "."


def flows_title(flow_rows: pd.DataFrame, partner: str, focus: str = countries.FOCUS_DEFAULT) -> str:
    """Takeaway of the latest period with both directions (a full year if any): which way trade leans."""
    name = countries.short_name(partner)
    both = flow_rows.groupby("period_label").filter(lambda g: set(g["direction"]) == {"exports", "imports"})
    if both.empty:
        return f"{countries.short_name(focus)}'s exports to and imports from {name}, as the sources give them"
    full = both[both["period_kind"].eq("year")]
    pick = full if len(full) else both
    last = pick[pick["period_label"].eq(pick.iloc[-1]["period_label"])].set_index("direction")
    exports, imports = last.loc["exports", "value_usd_m"], last.loc["imports", "value_usd_m"]
    return (f"{last.iloc[0]['period_label']}: {countries.short_name(focus)} sold {fmt.usd(exports)} to {name} "
            f"and bought {fmt.usd(imports)}")
