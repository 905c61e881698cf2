"""Trade figures: the line breaks at gaps, part-year figures stay apart, markers say whose figure, text is escaped."""
import math

import pandas as pd
import pytest

from dashboard.data import trade
from dashboard.data.visits import timeline_rows
from dashboard.ui import format as fmt
from dashboard.data.build import build_tables
from dashboard.ui import trade_charts as charts
from tests.builders import raw_row, write_raw

ROWS = [
    dict(period="2018", value_usd_million="258.3", reporter_country="Kazakhstan", partner_country="Azerbaijan",
         stated_by="Kazakhstan Statistics Committee", source_url="https://a.kz/1"),
    dict(period="2018", value_usd_million="221", stated_by="State Customs Committee of Azerbaijan", source_url="https://a.az/1"),
    dict(period="2020", value_usd_million="109", stated_by="State Customs Committee of Azerbaijan", source_url="https://a.az/2"),
    dict(period="2020", value_usd_million="150", stated_by="Minister of R&D (<5% of the total>)", source_url="https://a.az/3"),
    dict(period="2020-9M", value_usd_million="80", stated_by="State Customs Committee of Azerbaijan", source_url="https://a.az/4"),
    dict(period="2020", flow="export", value_usd_million="20", scope="non-oil", source_url="https://a.az/5"),
    dict(period="2020", flow="import", value_usd_million="89", source_url="https://a.az/6"),
]
VISITS = [raw_row("visits"), raw_row("visits", start_date="2019-10-15", end_date="", visit_type="summit",
                                     host_country="Kazakhstan", summary="Summit of <3 leaders> & guests")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("raw")
    tables = build_tables(write_raw(folder, trade=[raw_row("trade", **r) for r in ROWS], visits=VISITS))
    shown = fmt.with_period_labels(trade.figures_shown(tables.trade, ["KAZ"], (2000, 2030), include_groups=False))
    gapped = trade.series_with_gaps(trade.annual_series(tables.trade), (2000, 2030))
    return tables, shown, gapped


def shown_row(built):
    return built[1].iloc[0].to_dict()


def detail(built):
    tables, shown, gapped = built
    return charts.turnover_detail_figure(shown, gapped, timeline_rows(tables.visits), "KAZ", title=charts.detail_title(shown, "KAZ"))


def trace(fig, name):
    return next(t for t in fig.data if t.name == name and (t.hovertext is not None or t.mode == "lines"))


def test_the_annual_line_breaks_at_a_year_without_a_figure(built):
    line = next(t for t in detail(built).data if t.mode == "lines")
    values = list(line.y)
    assert len(values) == 3 and math.isnan(values[1]), "2019 has no figure: the line must break there"


def test_each_line_keeps_one_side_and_the_other_side_is_its_own_dotted_line(built):
    """Azerbaijan's customs make the line; Kazakhstan's statistics office (2018) never joins it."""
    fig = detail(built)
    primary = next(t for t in fig.data if t.name.startswith("Annual series") and t.mode == "markers")
    mirror = next(t for t in fig.data if t.name.startswith("Mirror") and t.mode == "markers")
    assert list(primary.y) == [221.0, 109.0] and "Azerbaijan" in primary.name
    assert list(mirror.y) == [258.3] and "Kazakhstan" in mirror.name
    assert next(t for t in fig.data if t.name == mirror.name and t.mode == "lines").line.dash == "dot"


def test_part_year_figures_are_their_own_markers_never_joined_to_the_line(built):
    part = trace(detail(built), "Part-year figures")
    assert part.mode == "markers" and list(part.y) == [80.0]
    assert all(s.startswith("triangle") for s in part.marker.symbol)


def test_every_other_figure_for_the_year_is_drawn_beside_the_chosen_one(built):
    fig = detail(built)
    others = trace(fig, "Other full-year figures")
    assert list(others.y) == [150.0]
    chosen = next(t for t in fig.data if t.name.startswith("Annual series") and t.mode == "markers")
    assert sorted(chosen.y) == [109.0, 221.0]


def test_markers_show_the_source_kind_and_whose_figure_it_is(built):
    fig = detail(built)
    chosen = next(t for t in fig.data if t.name.startswith("Annual series") and t.mode == "markers")
    mirror = next(t for t in fig.data if t.name.startswith("Mirror") and t.mode == "markers")
    # Azerbaijan's customs (filled circles); Kazakhstan's statistics office (open circle).
    assert list(chosen.marker.symbol) == ["circle", "circle"] and list(mirror.marker.symbol) == ["circle-open"]
    assert charts.marker_symbol("official_statement", trade.SIDE_FOCUS) == "diamond"
    assert charts.marker_symbol("media", trade.SIDE_PARTNER) == "square-open"


def test_hover_names_value_period_who_publisher_and_link_with_source_text_escaped(built):
    hover = trace(detail(built), "Other full-year figures").hovertext[0]
    assert "$150m" in hover and "2020" in hover and "a.az/3" in hover and "Publisher:" in hover
    assert "R&amp;D (&lt;5% of the total&gt;)" in hover
    # Markup that slipped past the data checks would still reach the hover as text, not tags.
    row = {**shown_row(built), "stated_by": "<b>x</b>", "note": "<script>alert(1)</script>"}
    assert "<b>x" not in charts.figure_hover(row) and "&lt;script&gt;" in charts.figure_hover(row)


def test_visits_and_summits_are_marked_on_the_time_axis_with_escaped_hover(built):
    fig = detail(built)
    summits, visits = trace(fig, "Summits"), trace(fig, "Visits")
    assert list(pd.to_datetime(summits.x)) == [pd.Timestamp("2019-10-15")]
    assert len(visits.x) == 1 and summits.yaxis == "y2"
    assert "&lt;3 leaders&gt; &amp; guests" in summits.hovertext[0]


def test_the_value_axis_speaks_millions_and_billions_not_bare_thousands():
    assert charts.value_ticks(0, 8000, log=False) == [0, 2000, 4000, 6000, 8000, 10000]
    assert [charts.tick_label(t) for t in (0, 2000, 500)] == ["0", "$2bn", "$500m"]
    assert charts.value_ticks(5, 600, log=True) == [5, 10, 20, 50, 100, 200, 500]


def test_the_overview_log_axis_keeps_small_partners_readable(built):
    _, shown, gapped = built
    fig = charts.turnover_overview_figure(shown, gapped, ["KAZ"], title="t", log=True)
    assert fig.layout.yaxis.type == "log"
    assert "(log scale)" in fig.layout.yaxis.title.text


def test_the_ranking_puts_the_largest_partner_on_top_with_readable_labels():
    ranked = pd.DataFrame({"counterpart_iso3": ["TUR", "KAZ"], "value_usd_m": [5800.0, 461.9], "period_label": "2022",
                           "flow": "turnover", "approx": False, "estimate": False, "non_oil": False, "flagged": False, "side": "focus",
                           "source_kind": "media", "stated_by": "x", "publisher": "p", "published": "", "growth_pct": None,
                           "note": "", "source_url": ""})
    bars = charts.ranking_figure(ranked, 2022, title="t").data[0]
    assert list(bars.y) == ["Kazakhstan", "Türkiye"]  # plotly draws the last category on top
    assert list(bars.text) == ["$461.9m", "$5.8bn"]


def test_exports_and_imports_chart_hatches_non_oil_bars_and_titles_the_lean(built):
    _, shown, _ = built
    flows = trade.flows(shown, "KAZ")
    fig = charts.flows_figure(flows, title=charts.flows_title(flows, "KAZ"))
    exports = next(t for t in fig.data if t.name == "Azerbaijan's exports")
    assert list(exports.marker.pattern.shape) == ["/"]
    assert charts.flows_title(flows, "KAZ") == "2020: Azerbaijan sold $20m to Kazakhstan and bought $89m"


def test_the_year_table_escapes_source_text_and_folds_a_run_of_empty_years(built):
    _, shown, _ = built
    table = charts.year_table(trade.year_by_year(shown, "KAZ"), shown, "KAZ")
    assert table["Year"].tolist() == ["2018", "2019", "2020"]
    assert "R\\&D \\(\\<5\\% of the total\\>\\)" in table.loc[2, "Other figures that year"]
    assert "Azerbaijan\\'s figure" in table.loc[0, "Figure in the series"]
    assert "Kazakhstan\\'s figure" in table.loc[0, "Mirror (other side's count)"]
    assert charts.gaps_sentence([2011, 2012, 2013, 2019], 4, (2010, 2020)).startswith(
        "Full-year figures for 4 of the 11 years 2010–2020; none for 2011–2013, 2019")


def test_titles_are_wrapped_to_fit_a_phone():
    title = charts.wrap_title("Trade with Kazakhstan: $470m in 2024, peak $529.4m in 2023")
    assert all(len(line) <= charts.TITLE_WIDTH for line in title.split("<br>"))


def test_an_imf_estimate_says_so_in_its_hover_and_in_the_year_table(built):
    _, shown, _ = built
    estimated = shown.assign(estimate=True)
    assert "an IMF estimate" in charts.hover_texts(estimated.iloc[:1])[0]
    table = charts.year_table(trade.year_by_year(estimated, "KAZ"), estimated, "KAZ")
    assert "(estimate)" in table.loc[0, "Figure in the series"]


def test_the_mirror_cell_says_how_far_the_other_count_is_from_the_line(built):
    _, shown, _ = built
    table = charts.year_table(trade.year_by_year(shown, "KAZ"), shown, "KAZ")
    # 2018: Azerbaijan's $221m makes the line, Kazakhstan's $258.3m is 16.9% above it.
    assert "16\\.9\\% above the line" in table.loc[0, "Mirror (other side's count)"]
