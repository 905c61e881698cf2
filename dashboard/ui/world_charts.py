"""Trade with the world (IMF DOTS): figure builders and the words around them. No st.* calls.

Estimates are drawn as open markers (and say so in the hover); everything else as filled ones.
"""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.data import countries, dots, imf_names
from dashboard.ui import format as fmt
from dashboard.ui.charts import NO_DIMMING, base_layout
from dashboard.ui.safe import escape_plotly, wrapped_hover
from dashboard.ui.trade_charts import _top_margin, wrap_title

OTHER_PARTNER = "#5A6B7B"  # not a Turkic state: one neutral colour (contrast 5.5:1 on white)
GROUP_COLOUR = "#8793A0"  # a group, lighter than a country but still 3:1 on white
SOURCE_LINE = f"Source: {dots.CITATION}"


def partner_label(code: str, imf_name: str) -> str:
    """The project's short name for its own states and neighbours; a reader's name for everyone else."""
    return countries.short_name(code) if code in countries.by_code() else imf_names.display_name(code, imf_name)


def names(codes: str) -> str:
    """'TUR;KAZ' -> 'Türkiye, Kazakhstan'."""
    return ", ".join(countries.short_name(c) for c in codes.split(";") if c)


def share_takeaway(share: pd.DataFrame) -> str:
    """One sentence on the latest year the chart shows: who trades most and least with the Turkic states."""
    latest = int(share["year"].max())
    year = share[share["year"].eq(latest)].sort_values("share_pct", ascending=False)
    top = year.iloc[0]
    if len(year) == 1:
        return (f"In {latest}, the other Turkic states took {fmt.pct(top['share_pct'], signed=False)} "
                f"of {countries.short_name(top['reporter_iso3'])}'s trade")
    low = year.iloc[-1]
    return (f"In {latest}, the other Turkic states took {fmt.pct(top['share_pct'], signed=False)} of "
            f"{countries.short_name(top['reporter_iso3'])}'s trade and {fmt.pct(low['share_pct'], signed=False)} "
            f"of {countries.short_name(low['reporter_iso3'])}'s")


def _share_hover(row: dict) -> str:
    lines = [f"<b>{escape_plotly(countries.short_name(row['reporter_iso3']))}, {row['year']}</b>",
             f"Turkic states: {fmt.pct(row['share_pct'], signed=False)} of total trade",
             f"{fmt.usd(row['turkic_usd_m'])} of {fmt.usd(row['world_usd_m'])} (exports + imports)"]
    if row["partners_without_figure"]:
        lines.append("No figure with: " + escape_plotly(names(row["partners_without_figure"])))
    if row["estimate"]:
        lines.append("<i>Estimate:</i> " + wrapped_hover(row["estimate_reason"], 60))
    lines.append(escape_plotly(SOURCE_LINE))
    return "<br>".join(lines)


def share_figure(share: pd.DataFrame, *, title: str) -> go.Figure:
    """The Turkic share of each reporter's trade over time: one line per reporter, estimates hollow."""
    fig = go.Figure()
    for reporter in [c for c in countries.tie_codes() if c in set(share["reporter_iso3"])]:
        mine = share[share["reporter_iso3"].eq(reporter)].sort_values("year")
        # Reindex on every year so a missing year breaks the line instead of bridging it.
        full = mine.set_index("year").reindex(range(int(mine["year"].min()), int(mine["year"].max()) + 1)).reset_index()
        colour = countries.colour(reporter)
        fig.add_trace(go.Scatter(
            x=full["year"], y=full["share_pct"], mode="lines+markers", name=countries.short_name(reporter),
            line=dict(color=colour, width=2),
            marker=dict(color=colour, size=7,
                        symbol=["circle-open" if e is True else "circle" for e in full["estimate"]]),
            hovertext=[_share_hover(r) if pd.notna(r["share_pct"]) else "" for r in full.to_dict("records")],
            hoverinfo="text", **NO_DIMMING))
    wrapped = wrap_title(title)
    base_layout(fig, title=wrapped, height=460)
    fig.update_layout(margin=dict(t=_top_margin(title)), hovermode="closest")
    fig.update_yaxes(title="% of total trade (exports + imports)", rangemode="tozero", ticksuffix="%", gridcolor="#E4E7EB")
    fig.update_xaxes(title=None, gridcolor="#F0F2F4", dtick=5)
    return fig


def partners_takeaway(partners: pd.DataFrame, reporter: str, year: int) -> str:
    single = partners[~partners["is_group"]]
    top = single.iloc[0]
    turkic = single[single["is_turkic"]]
    tail = (f"; the first Turkic state is {countries.short_name(turkic.iloc[0]['partner_iso3'])} "
            f"(#{int(turkic.index[0]) + 1})" if not turkic.empty else "; no Turkic state is among them")
    return (f"{partner_label(top['partner_iso3'], top['partner_name'])} was {countries.short_name(reporter)}'s "
            f"largest partner in {year}, with {fmt.pct(top['share_pct'], signed=False)} of its trade" + tail)


def _partner_hover(row: dict, reporter: str) -> str:
    name = partner_label(row["partner_iso3"], row["partner_name"])
    lines = [f"<b>{escape_plotly(name)}</b>" + (" (a group)" if row["is_group"] else ""),
             f"{fmt.usd(row['turnover_usd_m'])}: {fmt.pct(row['share_pct'], signed=False)} of "
             f"{escape_plotly(countries.short_name(reporter))}'s trade",
             f"exports {fmt.usd(row['exports_usd_m'])}, imports {fmt.usd(row['imports_usd_m'])}"]
    if row["estimate"]:
        lines.append("<i>Estimate:</i> " + wrapped_hover(row["estimate_reason"], 60))
    lines.append(escape_plotly(SOURCE_LINE))
    return "<br>".join(lines)


def partners_figure(partners: pd.DataFrame, reporter: str, *, title: str) -> go.Figure:
    """Horizontal bars, largest on top: Turkic states in their colour, others neutral, groups pale."""
    rows = partners.iloc[::-1]
    labels = [partner_label(c, n) + (" (group)" if g else "") + (" (est.)" if e else "")
              for c, n, g, e in zip(rows["partner_iso3"], rows["partner_name"], rows["is_group"], rows["estimate"])]
    colours = [GROUP_COLOUR if g else countries.colour(c) if t else OTHER_PARTNER
               for c, g, t in zip(rows["partner_iso3"], rows["is_group"], rows["is_turkic"])]
    fig = go.Figure(go.Bar(
        x=rows["turnover_usd_m"], y=labels, orientation="h", marker=dict(color=colours, line=dict(width=0)),
        text=[fmt.usd(v) for v in rows["turnover_usd_m"]], textposition="outside", cliponaxis=False,
        hovertext=[_partner_hover(r, reporter) for r in rows.to_dict("records")], hoverinfo="text", **NO_DIMMING))
    base_layout(fig, title=wrap_title(title), height=120 + 34 * len(rows))
    fig.update_layout(margin=dict(t=_top_margin(title), r=50), showlegend=False)
    # Room right of the longest bar for its value label (on a phone it was cut off).
    fig.update_xaxes(title="USD million, exports + imports", gridcolor="#E4E7EB",
                     range=[0, float(rows["turnover_usd_m"].max()) * 1.22])
    return fig
