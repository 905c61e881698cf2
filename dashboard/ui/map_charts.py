"""The Ties map: the region's countries coloured by a measure, ties as lines between capitals.

Plotly geo traces over our own geometry (SVG, crisp and testable; plotly.js still needs the
topojson served from static/, which `components.plotly_chart` sets). No st.* calls here.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.data import countries, ties
from dashboard.data.geo import REGION_FRAME, region_feature_collection
from dashboard.ui import format as fmt
from dashboard.ui import ties_words as words
from dashboard.ui.charts import NO_DIMMING, base_layout
from dashboard.ui.safe import escape_plotly, wrapped_hover

# Sequential yellow-to-brown (ColorBrewer YlOrBr): ordered by lightness, so it reads for every
# colour vision and in greyscale; the focus country's dark slate blue sits outside it.
SCALE = ["#FFF7BC", "#FEE391", "#FEC44F", "#FE9929", "#EC7014", "#CC4C02", "#8C2D04"]
FOCUS_FILL = "#2F4B7C"
NO_FIGURE_FILL = "#FFFFFF"
NEIGHBOUR_FILL = "#D9DCE1"
WATER = "#F4F8FB"
INK = "#1F2933"
STATUS_STYLE = {  # outline width and colour, capital marker symbol, legend name
    "member": (2.4, INK, "circle", "OTS member"),
    "observer": (1.2, INK, "diamond", "Observer"),
    "partner": (1.2, "#6B7280", "square", "Partner"),
}
SELECTED_OUTLINE = ("#000000", 4.0)
# Where each capital's name goes, so the Central Asian capitals do not cover each other.
LABEL_POSITION = {"AZE": "top center", "TUR": "bottom center", "KAZ": "top center", "UZB": "middle left",
                  "KGZ": "middle right", "TKM": "bottom center", "HUN": "top right", "CYN": "bottom center",
                  "TJK": "bottom center"}
HOVER_WIDTH = 70
# Views the reader can zoom to: (label, lon range, lat range, figure height on a desktop). The whole
# region is the design's frame; the closer views keep the Central Asian capitals apart. Every frame is
# about 5:4 in mercator, so on a phone (where dashboard/ui/narrow_screen.py sets the height) each
# fills the width and is ~290 px tall.
ZOOMS = {
    "region": ("Whole region", REGION_FRAME["lon_range"], REGION_FRAME["lat_range"], 700),
    "east": ("Central Asia", (50, 88), (35, 56), 600),
    "west": ("Türkiye & west", (15, 52), (30, 52), 600),
}


def _lines(*parts: str) -> str:
    """Escape source text, wrap it for the hover box, and join the parts with line breaks."""
    return "<br>".join(wrapped_hover(part, HOVER_WIDTH) for part in parts if part)


def _status_label(code: str) -> str:
    return STATUS_STYLE[countries.get(code).ots_status][3]


def pair_hover(row: pd.Series | dict, focus: str, title: str, *, click_hint: str = "") -> str:
    """Hover text for a country (its ties with the focus) or a line (one pair): figures, latest, sources."""
    head = f"<b>{escape_plotly(title)}</b>"
    turnover = words.describe_value(row, "turnover")
    growth = words.growth_text(row) if not pd.isna(row.get("value_usd_m")) else None
    latest = row.get("latest_label")
    latest_text = (f"Latest: {latest} ({row['latest_publisher']}{', ' + fmt.published(row['latest_published']) if row.get('latest_published') else ''})"
                   if isinstance(latest, str) and latest else "")
    body = _lines(
        f"Trade turnover: {turnover}" + (f", growth {growth}" if growth else ""),
        f"Source: {words.describe_turnover_source(row)}" if not pd.isna(row.get("value_usd_m")) else "",
        f"Visits and summits: {words.describe_value(row, 'meetings')}",
        f"Documents signed: {words.describe_value(row, 'documents')}",
        latest_text,
    )
    hint = f"<br><i>{escape_plotly(click_hint)}</i>" if click_hint else ""
    return f"{head}<br>{body}{hint}"


def country_hover(row: pd.Series, focus: str) -> str:
    """Hover for one of the nine states: its ties with the focus country."""
    name, status = row["name"], _status_label(row["iso3"])
    if row["is_focus"]:
        return (f"<b>{escape_plotly(name)}</b> · {escape_plotly(status)}<br>The focus country: colours and lines "
                "show its ties.<br><i>Click to filter every page to it; pick another focus above the map.</i>")
    return pair_hover(row, focus, f"{name} · {status} — with {countries.short_name(focus)}",
                      click_hint=f"Click to filter every page to {name}")


def _great_circle(a: tuple[float, float], b: tuple[float, float], t: float) -> tuple[float, float]:
    """The point a fraction t along the great circle from a to b, as (lon, lat)."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    v1 = np.array([math.cos(lat1) * math.cos(lon1), math.cos(lat1) * math.sin(lon1), math.sin(lat1)])
    v2 = np.array([math.cos(lat2) * math.cos(lon2), math.cos(lat2) * math.sin(lon2), math.sin(lat2)])
    angle = math.acos(max(-1.0, min(1.0, float(v1 @ v2))))
    if angle == 0:
        return a
    point = (math.sin((1 - t) * angle) * v1 + math.sin(t * angle) * v2) / math.sin(angle)
    return math.degrees(math.atan2(point[1], point[0])), math.degrees(math.asin(point[2]))


def _capital(code: str) -> tuple[float, float]:
    country = countries.get(code)
    return country.lon, country.lat


def _colour_values(values: pd.Series, measure: str) -> pd.Series:
    return np.log10(values.astype(float).clip(lower=1.0)) if ties.MEASURES[measure].log else values.astype(float)


def _colorbar(values: pd.Series, measure: str, focus: str) -> dict:
    unit = {"turnover": f"Trade with {countries.short_name(focus)}, USD, latest year",
            "meetings": f"Visits and summits with {countries.short_name(focus)}",
            "documents": f"Documents signed with {countries.short_name(focus)}"}[measure]
    bar = dict(title=dict(text=escape_plotly(unit), side="top", font=dict(size=12)), orientation="h", thickness=12,
               len=320, lenmode="pixels", x=0, xanchor="left", y=-0.01, yanchor="top", outlinewidth=0)
    if ties.MEASURES[measure].log:
        ticks = [v for v in (1, 10, 100, 1000, 10000) if len(values) and values.min() / 10 <= v <= values.max() * 10]
        bar.update(tickvals=[math.log10(v) for v in ticks], ticktext=[fmt.usd(v) for v in ticks])
    return bar


def ties_map(states: pd.DataFrame, lines: pd.DataFrame, *, focus: str, measure: str, title: str | None = None,
             selected: tuple[str, ...] = (), zoom: str = "region") -> go.Figure:
    """The regional map: tie states coloured by the measure with the focus, ties as weighted lines.

    `title` may be None when the page shows the takeaway above the chart (it wraps on a phone there).
    """
    _, lon_range, lat_range, height = ZOOMS.get(zoom, ZOOMS["region"])
    features = {f["properties"]["iso3"]: f for f in region_feature_collection()["features"]}
    names = {code: f["properties"]["name"] for code, f in features.items()}
    codes = set(countries.tie_codes())
    fig = go.Figure()

    def common(locations) -> dict:
        # Each trace carries only its own shapes, so the page ships the geometry once, not per trace.
        shapes = {"type": "FeatureCollection", "features": [features[c] for c in locations if c in features]}
        return dict(geojson=shapes, featureidkey="properties.iso3", hoverinfo="text",
                    hoverlabel=dict(align="left"), **NO_DIMMING)

    neighbours = sorted(c for c in names if c not in codes)
    fig.add_trace(go.Choropleth(
        locations=neighbours, z=[0] * len(neighbours), colorscale=[[0, NEIGHBOUR_FILL], [1, NEIGHBOUR_FILL]],
        showscale=False, marker=dict(line=dict(color="#FFFFFF", width=0.6)), name="Other countries (context)",
        hovertext=[f"<b>{escape_plotly(names[c])}</b><br>Not one of the nine states; drawn for context" for c in neighbours],
        showlegend=False, **common(neighbours)))

    def outline(frame: pd.DataFrame) -> dict:
        style = [STATUS_STYLE[s] for s in frame["ots_status"]]
        chosen = frame["iso3"].isin(selected)
        return dict(color=[SELECTED_OUTLINE[0] if c else s[1] for s, c in zip(style, chosen)],
                    width=[SELECTED_OUTLINE[1] if c else s[0] for s, c in zip(style, chosen)])

    valued = states[~states["is_focus"] & states["value"].notna()]
    empty = states[~states["is_focus"] & states["value"].isna()]
    focus_row = states[states["is_focus"]]
    if len(empty):
        fig.add_trace(go.Choropleth(
            locations=empty["iso3"], z=[0] * len(empty), colorscale=[[0, NO_FIGURE_FILL], [1, NO_FIGURE_FILL]],
            showscale=False, marker=dict(line=outline(empty)), customdata=empty["iso3"],
            hovertext=[country_hover(r, focus) for _, r in empty.iterrows()], name="No figure for this measure",
            showlegend=False, **common(empty["iso3"])))
        _legend_swatch(fig, NO_FIGURE_FILL, "No figure", rank=800)
    if len(valued):
        fig.add_trace(go.Choropleth(
            locations=valued["iso3"], z=_colour_values(valued["value"], measure), coloraxis="coloraxis",
            marker=dict(line=outline(valued)), customdata=valued["iso3"],
            hovertext=[country_hover(r, focus) for _, r in valued.iterrows()],
            name=ties.MEASURES[measure].label, showlegend=False, **common(valued["iso3"])))
    if len(focus_row):
        fig.add_trace(go.Choropleth(
            locations=focus_row["iso3"], z=[0], colorscale=[[0, FOCUS_FILL], [1, FOCUS_FILL]], showscale=False,
            marker=dict(line=outline(focus_row)), customdata=focus_row["iso3"],
            hovertext=[country_hover(r, focus) for _, r in focus_row.iterrows()],
            name=f"Focus: {countries.short_name(focus)}", showlegend=False, **common(focus_row["iso3"])))
        _legend_swatch(fig, FOCUS_FILL, f"Focus: {countries.short_name(focus)}", rank=700)

    _add_lines(fig, lines, states, focus)
    _add_capitals(fig, states, focus)

    lo, hi = (valued["value"].min(), valued["value"].max()) if len(valued) else (0, 1)
    cmin, cmax = (_colour_values(pd.Series([lo, hi]), measure).tolist() if len(valued) else (0, 1))
    base_layout(fig, title=title or "", height=height)
    fig.update_layout(
        coloraxis=dict(colorscale=SCALE, cmin=cmin - 1e-9 if cmin == cmax else cmin, cmax=cmax,
                       colorbar=_colorbar(valued["value"], measure, focus)),
        margin=dict(l=0, r=0, t=60 if title else 4, b=0), dragmode="pan", uirevision=zoom,
        # Legend above the map, colour bar below it: both grow with the width, so they never meet.
        legend=dict(orientation="h", x=0, xanchor="left", y=1.0, yanchor="bottom", font=dict(size=12),
                    itemsizing="constant", traceorder="normal", bgcolor="rgba(255,255,255,0)",
                    entrywidthmode="pixels"),
    )
    fig.update_geos(
        projection=dict(type="mercator", minscale=1, maxscale=6), fitbounds=False, visible=False,
        lonaxis_range=list(lon_range), lataxis_range=list(lat_range), bgcolor=WATER, showframe=False,
    )
    return fig


def _legend_swatch(fig: go.Figure, fill: str, name: str, *, rank: int) -> None:
    """A legend entry for a fill (a choropleth's own legend swatch loses its outline when white)."""
    fig.add_trace(go.Scattergeo(lon=[None], lat=[None], mode="markers", name=escape_plotly(name), hoverinfo="skip",
                                marker=dict(symbol="square", size=13, color=fill, line=dict(color=INK, width=1)),
                                showlegend=True, legendrank=rank))


def _add_lines(fig: go.Figure, lines: pd.DataFrame, states: pd.DataFrame, focus: str) -> None:
    """Ties as great-circle lines; ties of the same look share a trace (a width cannot vary within one)."""
    looks: dict[tuple, list] = {}
    mids = []
    for _, row in lines.iterrows():
        a, b = _capital(row["a"]), _capital(row["b"])
        path = [_great_circle(a, b, t) for t in np.linspace(0, 1, 24)]
        look = ("focus" if row["with_focus"] else "others", not row["emphasis"], round(float(row["width"]) * 2) / 2)
        looks.setdefault(look, []).append(path)
        title = f"{countries.short_name(row['a'])} – {countries.short_name(row['b'])}"
        mids.append((path[len(path) // 2], pair_hover(row, focus, title), not row["emphasis"], bool(row["with_focus"])))
    shown_legend = set()
    for (group, faded, width), paths in sorted(looks.items(), key=lambda item: (item[0][0] != "focus", item[0][1], -item[0][2])):
        colour = (f"rgba(31,41,51,{0.22 if faded else 0.8})" if group == "focus"
                  else f"rgba(75,85,99,{0.15 if faded else 0.55})")
        lon = [p[0] for path in paths for p in [*path, (None, None)]]
        lat = [p[1] for path in paths for p in [*path, (None, None)]]
        legend = group not in shown_legend and not faded
        fig.add_trace(go.Scattergeo(
            lon=lon, lat=lat, mode="lines", hoverinfo="skip",
            line=dict(width=width, color=colour, dash="solid" if group == "focus" else "dot"),
            name=f"Tie with {countries.short_name(focus)}" if group == "focus" else "Tie among the others",
            legendgroup=group, showlegend=legend, legendrank=100 if group == "focus" else 200,
            **NO_DIMMING))
        if legend:
            shown_legend.add(group)
    if mids:
        fig.add_trace(go.Scattergeo(
            lon=[m[0][0] for m in mids], lat=[m[0][1] for m in mids], mode="markers", hoverinfo="text",
            hovertext=[m[1] for m in mids], hoverlabel=dict(align="left"), showlegend=False, name="Tie",
            marker=dict(size=[7 if m[3] else 5 for m in mids], color="#FFFFFF", opacity=[0.35 if m[2] else 0.95 for m in mids],
                        line=dict(color=INK, width=1)),
            **NO_DIMMING))


def _add_capitals(fig: go.Figure, states: pd.DataFrame, focus: str) -> None:
    """Capitals marked and named; the marker's shape tells the OTS status (also in the legend)."""
    for status, (_, _, symbol, label) in STATUS_STYLE.items():
        group = states[states["ots_status"] == status]
        if group.empty:
            continue
        places = [_capital(c) for c in group["iso3"]]
        fig.add_trace(go.Scattergeo(
            lon=[p[0] for p in places], lat=[p[1] for p in places], mode="markers+text",
            text=[escape_plotly(countries.get(c).capital) for c in group["iso3"]],
            textposition=[LABEL_POSITION.get(c, "top center") for c in group["iso3"]],
            textfont=dict(size=12, color=INK, shadow="1px 1px 2px white, -1px -1px 2px white"),
            marker=dict(symbol=symbol, size=10, color="#FFFFFF", line=dict(color=INK, width=2)),
            customdata=group["iso3"], hoverinfo="text",
            hovertext=[country_hover(r, focus) for _, r in group.iterrows()], hoverlabel=dict(align="left"),
            name=label, legendrank=300, showlegend=True,
            **NO_DIMMING))


def clicked_country(selection: dict | None) -> str | None:
    """The country a map click selected (one of the nine), from Streamlit's selection state."""
    points = ((selection or {}).get("selection") or {}).get("points") or []
    codes = set(countries.tie_codes())
    for point in points:
        for key in ("location", "customdata"):
            value = point.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, str) and value in codes:
                return value
    return None
