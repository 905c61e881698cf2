"""Ties map (/): how close are the Turkic states, and to whom is the focus country closest?"""
from __future__ import annotations

import streamlit as st

from dashboard.data import countries, query, ties
from dashboard.ui import cache, components, map_charts, narrow_screen, state
from dashboard.ui import ties_words as words
from dashboard.ui.safe import escape_markdown, md_link

MEASURE_KEY, OTHERS_KEY, ZOOM_KEY, MAP_KEY = "ties_measure", "ties_others", "ties_zoom", "ties_map"
_SEEDED = "_ties_url_seeded"
LINK = st.column_config.LinkColumn


def _seed_from_url() -> None:
    """On the page's first run in a session, take `measure` from the link; tell about junk."""
    if st.session_state.get(_SEEDED):
        return
    st.session_state[_SEEDED] = True
    notices = []
    measure_values = st.query_params.get_all("measure")
    if measure_values:
        measure = state.parse_measure(measure_values[0])
        if measure and len(measure_values) == 1:
            st.session_state[MEASURE_KEY] = measure
        else:
            shown = ", ".join(v[:20] for v in measure_values[:3])
            notices.append(f"measure={shown}: measure takes one of {', '.join(state.MEASURE_URL.values())}; "
                           "showing trade")
    for notice in notices:
        state.add_notice(notice)


def _on_map_click() -> None:
    """A click on a country sets the global country filter (the entrypoint then writes ?country=)."""
    code = map_charts.clicked_country(st.session_state.get(MAP_KEY))
    if code:
        st.session_state[state.COUNTRY_KEY] = [code]


def _clear_countries() -> None:
    st.session_state[state.COUNTRY_KEY] = []


def _controls() -> tuple[str, str]:
    left, right = st.columns([1, 2], vertical_alignment="bottom")
    focus = state.focus_selector(left)
    st.session_state.setdefault(MEASURE_KEY, "turnover")
    measure = right.segmented_control("Colour and line width by", list(ties.MEASURES), required=True,
                                      format_func=lambda k: ties.MEASURES[k].label, key=MEASURE_KEY,
                                      persist_state="session", width="stretch")
    state.write_url("measure", [] if measure == "turnover" else [state.MEASURE_URL[measure]])
    return focus, measure or "turnover"


def _map_options() -> tuple[str, bool]:
    left, right = st.columns([2, 1], vertical_alignment="center")
    st.session_state.setdefault(ZOOM_KEY, "region")
    zoom = left.segmented_control("Zoom to", list(map_charts.ZOOMS), required=True, key=ZOOM_KEY,
                                  format_func=lambda k: map_charts.ZOOMS[k][0], persist_state="session",
                                  label_visibility="collapsed")
    others = right.toggle("Ties among the others", value=True, key=OTHERS_KEY, persist_state="session",
                          help="Dotted lines: states whose leaders met at the same summits.")
    return zoom or "region", others


def _key_figures(figures: list[words.KeyFigure]) -> None:
    # A wrapping row: four across on a desktop, two by two on a phone.
    row = st.container(horizontal=True)
    for figure in figures:
        components.kpi(row, figure.label, figure.value,
                       help_text=figure.help, delta=figure.delta)
    linked = [md_link(f.source_label, f.source_url) for f in figures if f.source_label]
    if linked:
        st.caption("**Sources:** " + " · ".join(linked) + ". Hover a figure's **?** for how it is counted.")


def _pair_table(lines, measure: str):
    shown = lines.assign(pair=lines["a"].map(countries.short_name) + " – " + lines["b"].map(countries.short_name),
                         value_shown=[words.describe_value(r, measure) for _, r in lines.iterrows()])
    return shown[["pair", "value_shown", "meetings", "documents", "year", "value_usd_m", "latest_label", "latest_url"]]


def _tables(by_country_table, pair_table, focus: str, measure: str) -> None:
    by_country, by_pair = st.tabs(["Figures by country", "Every tie drawn"])
    with by_country:
        st.dataframe(by_country_table, hide_index=True, width="stretch",
                     column_config={"Latest meeting source": LINK("Latest meeting source", display_text="open")})
        components.download_csv(by_country_table, file_name=f"turkic-ties-{focus.lower()}-by-country.csv",
                                key="dl-ties-country", label=f"Download these {len(by_country_table)} rows (CSV)")
    with by_pair:
        st.dataframe(pair_table, hide_index=True, width="stretch", column_config={
            "pair": "Pair", "value_shown": f"{ties.MEASURES[measure].label} (map measure)", "meetings": "Visits and summits",
            "documents": "Documents", "year": st.column_config.NumberColumn("Trade year", format="%d"),
            "value_usd_m": st.column_config.NumberColumn("Turnover, USD m", format="%.1f"),
            "latest_label": "Latest meeting", "latest_url": LINK("Source", display_text="open")})
        components.download_csv(pair_table, file_name=f"turkic-ties-{focus.lower()}-{measure}-pairs.csv",
                                key="dl-ties-pairs", label=f"Download these {len(pair_table)} ties (CSV)")


def _measure_parts(pairs, focus: str, measure: str, years: tuple[int, int]) -> dict:
    states = ties.country_figures(pairs, focus, measure)
    return {"states": states, "takeaway": f"**{escape_markdown(words.map_takeaway(states, focus, measure, years))}**",
            "by_country": words.figures_table(states, focus)}


def _drawing_parts(tables, pairs, states, focus: str, measure: str, selected: tuple[str, ...], zoom: str,
                   others: bool) -> dict:
    lines = ties.tie_lines(pairs, focus, measure, selected, among_others=others)
    return {"figure": map_charts.ties_map(states, lines, focus=focus, measure=measure, selected=selected, zoom=zoom),
            "sources": components.source_line(ties.sourced_rows(tables.visits, tables.trade,
                                                                lines if len(lines) else pairs.iloc[0:0])),
            "pairs": _pair_table(lines, measure)}


def render() -> None:
    tables = cache.tables()
    filters = state.current_filters()
    _seed_from_url()
    st.title("Ties map")
    st.caption("How close are the Turkic states, and to whom is each closest? Pick a focus country and a measure; "
               "click a country to filter every page to it.")
    focus, measure = _controls()

    years = tuple(filters.years)
    pairs = cache.pair_figures(years, focus)
    view = ("ties-map", focus, tuple(filters.countries), years)

    def facts():
        visits = query.filter_table("visits", tables.visits, filters.countries, filters.years)
        in_years = tables.visits[query.in_years(tables.visits, filters.years)]
        return words.key_figures(ties.key_facts(visits, pairs, focus, filters.countries, context=in_years),
                                 focus, filters.countries, filters.years)

    _key_figures(cache.built((*view, "key figures"), facts))
    parts = cache.built(("ties-map", focus, years, measure), lambda: _measure_parts(pairs, focus, measure, years))
    st.markdown(parts["takeaway"])
    zoom, others = _map_options()
    drawn = cache.built((*view, measure, zoom, others), lambda: _drawing_parts(
        tables, pairs, parts["states"], focus, measure, tuple(filters.countries), zoom, others))
    fig = drawn["figure"]
    # An explicit height lets the phone style sheet (ui/narrow_screen.py) resize the figure.
    with st.container(key=narrow_screen.MAP_FRAME_KEY):
        components.plotly_chart(fig, key=MAP_KEY, on_select=_on_map_click, selection_mode="points",
                                height=fig.layout.height)
    if filters.countries:
        names = ", ".join(countries.short_name(c) for c in filters.countries)
        note, button = st.columns([4, 1], vertical_alignment="center")
        note.caption(f"Filtered to **{escape_markdown(names)}** (black outline): its ties are drawn dark, the rest "
                     "faded, and every page shows only its rows.")
        button.button("Show all countries", on_click=_clear_countries, icon=":material/filter_alt_off:")
    st.caption(
        f"Colour and line width: **{escape_markdown(ties.MEASURES[measure].unit)}**. Trade: chosen by the series rule "
        "of the Trade page; the year differs by country (see the table). Visits: a visit by one leader to the other's "
        "country, or a summit both attended. Fills: dark blue = focus, white = no figure, grey = other countries. "
        "Members have thick outlines. Hover a country or a line's midpoint for its figures and sources.")
    components.source_note(drawn["sources"])
    _tables(parts["by_country"], drawn["pairs"], focus, measure)
