"""The Ties map figure: the nine states and their neighbours, statuses told apart, weighted ties, safe hover."""
import dataclasses

import pytest

from dashboard.data import countries, ties
from dashboard.data.build import build_tables
from dashboard.data.geo import REGION_FRAME
from dashboard.ui import map_charts, ties_words
from tests.builders import raw_rows, write_raw

ALL_YEARS = (2004, 2026)
HOSTILE = "<img src=x onerror=alert(1)> & <b>bold</b>"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    visits = [
        dict(start_date="2024-07-06", visitor_name="Ilham Aliyev", visitor_country="Azerbaijan", host_country="Azerbaijan",
             city="Shusha", visit_type="summit", documents_signed="1", summary="Declaration"),
        dict(start_date="2024-07-06", visitor_name="Sadyr Japarov", visitor_country="Kyrgyzstan", host_country="Azerbaijan",
             city="Shusha", visit_type="summit", documents_signed="", summary="Attended"),
        dict(start_date="2024-07-06", visitor_name="Viktor Orbán", visitor_country="Hungary", host_country="Azerbaijan",
             city="Shusha", visit_type="summit", documents_signed="", summary="Attended"),
        dict(start_date="2025-10-21", visitor_name="Ilham Aliyev", visitor_country="Azerbaijan", host_country="Kazakhstan",
             city="Astana", visit_type="state", documents_signed="15", summary="State visit"),
    ]
    trade = [dict(period="2023", value_usd_million="529.4", source_published="2025-02-01"),
             dict(partner_country="Türkiye", period="2024", value_usd_million="8000", stated_by="Turkish Trade Minister", source_published="2025-02-01")]
    folder = tmp_path_factory.mktemp("raw")
    return build_tables(write_raw(folder, visits=raw_rows("visits", visits, end_date=""), trade=raw_rows("trade", trade)))


def hostile(built):
    """The tables with markup in every source text a hover shows (the build rejects it; the map must too)."""
    visits = built.visits.assign(visitor=HOSTILE, city=HOSTILE, publisher=HOSTILE, summary=HOSTILE)
    return dataclasses.replace(built, visits=visits, trade=built.trade.assign(stated_by=HOSTILE, publisher=HOSTILE))


def draw(built, measure="turnover", focus="AZE", selected=(), zoom="region"):
    pairs = ties_words.with_meeting_labels(ties.pair_figures(built.visits, built.trade, ALL_YEARS), built.visits)
    states = ties.country_figures(pairs, focus, measure)
    lines = ties.tie_lines(pairs, focus, measure, selected)
    return map_charts.ties_map(states, lines, focus=focus, measure=measure, selected=selected, zoom=zoom)


def choropleths(fig):
    return [t for t in fig.data if t.type == "choropleth"]


def test_every_one_of_the_nine_states_is_drawn_once_over_our_own_geometry(built):
    drawn = [code for trace in choropleths(draw(built)) for code in trace.locations]
    assert sorted(c for c in drawn if c in countries.tie_codes()) == sorted(countries.tie_codes())
    assert len(drawn) == len(set(drawn))
    for trace in choropleths(draw(built)):
        assert trace.featureidkey == "properties.iso3"
        assert {f["properties"]["iso3"] for f in trace.geojson["features"]} == set(trace.locations)


def test_neighbours_without_data_are_drawn_grey_for_context(built):
    neighbours = choropleths(draw(built))[0]
    assert {"RUS", "IRN", "GEO", "ARM", "CHN"} <= set(neighbours.locations)
    assert neighbours.colorscale[0][1] == map_charts.NEIGHBOUR_FILL


def test_the_map_is_framed_on_the_region_in_mercator_not_fitted_to_its_shapes(built):
    geo = draw(built).layout.geo
    assert geo.projection.type == "mercator" and geo.fitbounds is False
    assert tuple(geo.lonaxis.range) == REGION_FRAME["lon_range"]
    assert tuple(geo.lataxis.range) == REGION_FRAME["lat_range"]
    closer = draw(built, zoom="east").layout.geo
    assert closer.lonaxis.range[0] > REGION_FRAME["lon_range"][0]


def test_members_observers_and_the_partner_are_told_apart_by_outline_and_capital_marker(built):
    fig = draw(built)
    outline = {code: width for trace in choropleths(fig)[1:] for code, width in zip(trace.locations, trace.marker.line.width)}
    assert outline["KAZ"] > outline["HUN"]  # member vs observer
    capitals = {t.name: t for t in fig.data if t.type == "scattergeo" and t.mode == "markers+text"}
    assert {name: t.marker.symbol for name, t in capitals.items()} == {
        "OTS member": "circle", "Observer": "diamond", "Partner": "square"}
    assert "Dushanbe" in capitals["Partner"].text and "North Nicosia" in capitals["Observer"].text
    assert all(t.showlegend for t in capitals.values())


def test_a_state_without_a_figure_is_white_and_the_focus_has_its_own_fill(built):
    fig = draw(built)
    by_name = {t.name: t for t in choropleths(fig)}
    assert "CYN" in by_name["No figure for this measure"].locations
    assert list(by_name["Focus: Azerbaijan"].locations) == ["AZE"]
    assert {t.name for t in fig.data if t.showlegend} >= {"No figure", "Focus: Azerbaijan"}


def test_turnover_is_coloured_on_a_log_scale_labelled_in_dollars(built):
    bar = draw(built).layout.coloraxis.colorbar
    assert "$100m" in bar.ticktext and "$1bn" in bar.ticktext


def test_ties_are_lines_between_capitals_thicker_for_the_stronger_tie(built):
    fig = draw(built, measure="turnover")
    lines = [t for t in fig.data if t.type == "scattergeo" and t.mode == "lines" and t.lon[0] is not None]
    assert len(lines) == 2
    widths = sorted(t.line.width for t in lines)
    assert widths[0] < widths[1]
    turkiye_line = max(lines, key=lambda t: t.line.width)
    ankara, baku = countries.get("TUR"), countries.get("AZE")
    ends = {(round(turkiye_line.lon[0], 3), round(turkiye_line.lat[0], 3)), (round(turkiye_line.lon[-2], 3), round(turkiye_line.lat[-2], 3))}
    assert ends == {(round(baku.lon, 3), round(baku.lat, 3)), (round(ankara.lon, 3), round(ankara.lat, 3))}


def test_ties_among_the_other_states_are_drawn_dotted(built):
    fig = draw(built, measure="meetings")
    dashes = {t.name: t.line.dash for t in fig.data if t.type == "scattergeo" and t.mode == "lines"}
    assert dashes == {"Tie with Azerbaijan": "solid", "Tie among the others": "dot"}


def outlines(fig) -> dict[str, tuple[str, float]]:
    """(colour, width) of every tie state's outline as drawn."""
    return {code: (colour, width) for trace in choropleths(fig)[1:]
            for code, colour, width in zip(trace.locations, trace.marker.line.color, trace.marker.line.width)}


def test_the_selected_country_gets_a_black_outline_and_the_others_keep_their_status_outline(built):
    drawn = outlines(draw(built, selected=("KAZ",)))
    assert set(countries.tie_codes()) <= set(drawn)
    assert drawn["KAZ"] == map_charts.SELECTED_OUTLINE
    for code, outline in drawn.items():
        if code != "KAZ":
            width, colour = map_charts.STATUS_STYLE[countries.get(code).ots_status][:2]
            assert outline == (colour, width), code
            assert width < map_charts.SELECTED_OUTLINE[1]
    unselected = outlines(draw(built))
    width, colour = map_charts.STATUS_STYLE[countries.get("KAZ").ots_status][:2]
    assert unselected["KAZ"] == (colour, width)


def test_hover_on_a_country_shows_its_figures_latest_visit_and_sources_escaped(built):
    fig = draw(built)
    hovers = {code: text for trace in choropleths(fig)[1:] for code, text in zip(trace.locations, trace.hovertext)}
    kazakhstan = hovers["KAZ"]
    assert "Trade turnover: $529.4m in 2023" in kazakhstan
    assert "Latest:" in kazakhstan and "21 Oct 2025" in kazakhstan
    assert "Source: Official statistics" in kazakhstan


def test_markup_in_source_text_reaches_the_hover_only_as_escaped_text(built):
    fig = draw(hostile(built))
    everything = " ".join(str(t.hovertext) for t in fig.data) + " ".join(str(t.text) for t in fig.data)
    assert "<img" not in everything and "&lt;img src=x onerror=alert(1)&gt;" in everything


def test_hover_on_a_line_names_the_pair(built):
    fig = draw(built, measure="meetings")
    midpoints = next(t for t in fig.data if t.name == "Tie")
    assert any("Kyrgyzstan – Hungary" in h or "Hungary – Kyrgyzstan" in h for h in midpoints.hovertext)


@pytest.mark.parametrize("selection, code", [
    ({"selection": {"points": [{"location": "KAZ", "curve_number": 2}]}}, "KAZ"),
    ({"selection": {"points": [{"customdata": ["TJK"]}]}}, "TJK"),
    ({"selection": {"points": [{"customdata": "UZB"}]}}, "UZB"),
    ({"selection": {"points": [{"location": "RUS"}]}}, None),
    ({"selection": {"points": []}}, None),
    (None, None),
])
def test_a_click_on_one_of_the_nine_states_reads_as_that_country_and_anything_else_as_nothing(selection, code):
    assert map_charts.clicked_country(selection) == code
