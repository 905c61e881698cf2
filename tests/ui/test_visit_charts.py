"""The Visits page's figures: a timeline with summits distinct and the direction shown, and visits per year."""
import pandas as pd
import pytest

from dashboard.data import countries, visits
from dashboard.data.build import build_tables
from dashboard.ui import visit_charts
from tests.builders import raw_rows, write_raw

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    raw = [
        dict(start_date="2024-11-11", visitor_name="Emomali Rahmon", visitor_country="Tajikistan", host_country="Azerbaijan",
             city="Baku", visit_type="summit", documents_signed="", summary="Arrived in Baku for COP29"),
        dict(start_date="2023-04-05", visitor_name="Ilham Aliyev", visitor_country="Azerbaijan", host_country="Tajikistan",
             city="Dushanbe", visit_type="state", documents_signed="14", summary="14 cooperation documents signed"),
        dict(start_date="2022-08-24", visitor_name="Kassym-Jomart Tokayev", visitor_country="Kazakhstan",
             host_country="Azerbaijan", city="Baku", visit_type="official", documents_signed="20",
             summary="More than 20 documents signed (Kazinform reported 10)"),
        dict(start_date="2024-07-06", visitor_name="Ilham Aliyev", visitor_country="Azerbaijan", host_country="Azerbaijan",
             city="Shusha", visit_type="summit", documents_signed="1", summary="Hosted the informal OTS summit"),
    ]
    folder = tmp_path_factory.mktemp("raw")
    built = build_tables(write_raw(folder, visits=raw_rows("visits", raw, end_date="")))
    return visits.timeline_rows(built.visits)


def markers(fig):
    return [t for t in fig.data if t.x is not None and len(t.x) and t.x[0] is not None]


def test_the_timeline_has_one_marker_per_visit_on_its_partners_row(rows):
    fig = visit_charts.timeline(rows)
    assert sum(len(t.x) for t in markers(fig)) == len(rows) == 4
    lanes = [lane for t in markers(fig) for lane in t.y]
    assert sorted(lanes) == sorted(["Tajikistan", "Tajikistan", "Kazakhstan", "Azerbaijan"])
    assert list(fig.layout.yaxis.categoryarray) == ["Tajikistan", "Kazakhstan", "Azerbaijan"]  # reference order, top down


def test_summits_are_stars_and_larger_than_other_visits(rows):
    fig = visit_charts.timeline(rows)
    summits = next(t for t in markers(fig) if t.name == "Summit")
    assert all(symbol.startswith("star") for symbol in summits.marker.symbol)
    state = next(t for t in markers(fig) if t.name == "State visit")
    assert summits.marker.size > state.marker.size


def test_a_trip_by_azerbaijans_leader_is_hollow_and_a_visit_to_azerbaijan_filled(rows):
    fig = visit_charts.timeline(rows)
    state = next(t for t in markers(fig) if t.name == "State visit")  # Aliyev to Dushanbe
    official = next(t for t in markers(fig) if t.name == "Official visit")  # Tokayev to Baku
    assert list(state.marker.symbol) == ["diamond-open"]
    assert list(official.marker.symbol) == ["square"]


def test_markers_take_the_partners_colour_and_the_legend_is_neutral_and_lists_only_the_types_shown(rows):
    fig = visit_charts.timeline(rows)
    official = next(t for t in markers(fig) if t.name == "Official visit")
    assert list(official.marker.color) == [countries.colour("KAZ")]
    legend = [t for t in fig.data if t.showlegend is not False and t.x == (None,)]
    assert {t.marker.color for t in legend} == {visit_charts.LEGEND_GREY}
    assert [t.name for t in legend] == ["Summit", "State visit", "Official visit"]  # only the types shown


def test_hover_tells_who_went_where_when_documents_and_source_with_differing_counts_marked(rows):
    hovers = " ".join(h for t in markers(visit_charts.timeline(rows)) for h in t.hovertext)
    assert "<b>Emomali Rahmon</b> (President, Tajikistan)<br>to Baku, Azerbaijan<br>11 Nov 2024 · Summit" in hovers
    assert "Documents signed: more than 20; also reported: 10 (Kazinform) — sources differ" in hovers
    assert "Source: President of the Republic of Azerbaijan" in hovers
    assert "hosted a summit in Shusha, Azerbaijan" in hovers


def test_source_text_in_the_hover_is_escaped(rows):
    hostile = rows.assign(visitor=HOSTILE, summary=HOSTILE, publisher=HOSTILE)
    hovers = " ".join(h for t in markers(visit_charts.timeline(hostile)) for h in t.hovertext)
    assert "<img" not in hovers and "&lt;img" in hovers


def test_a_single_visit_is_shown_on_a_whole_year_not_a_scale_of_milliseconds(rows):
    fig = visit_charts.timeline(rows[rows["year"] == 2024].iloc[:1])
    assert list(fig.layout.xaxis.range) == ["2024-01-01", "2024-12-31"]


def test_visits_per_year_stack_one_bar_per_partner_in_the_country_palette(rows):
    counts = visits.per_year_by_partner(rows)
    fig = visit_charts.per_year(counts)
    assert fig.layout.barmode == "stack"
    assert {t.name: t.marker.color for t in fig.data} == {
        "Kazakhstan": countries.colour("KAZ"), "Tajikistan": countries.colour("TJK")}
    assert sum(sum(t.y) for t in fig.data) == 3  # the summit Azerbaijan hosted is not a visit
    assert fig.layout.yaxis.dtick == 1  # whole visits only


def test_a_single_year_keeps_its_bar_narrow_with_room_either_side():
    one_year = pd.DataFrame({"year": [2024], "partner_iso3": ["TJK"], "visits": [1], "partner_country": ["Tajikistan"]})
    fig = visit_charts.per_year(one_year)
    assert list(fig.layout.xaxis.range) == [2021.5, 2026.5]
