"""The Ties map's figures: latest full year per pair, meetings and documents, line weights, key figures."""
import pandas as pd
import pytest

from dashboard.data import ties
from dashboard.data.build import build_tables
from dashboard.ui import ties_words as words
from tests.builders import raw_row, raw_rows, write_raw

CUSTOMS = "State Customs Committee of Azerbaijan"
ALL_YEARS = (2004, 2026)


def tables(tmp_path, trade=(), visits=()):
    """The real tables built from raw rows written by the one fixture builder."""
    raw_trade = raw_rows("trade", trade)
    raw_visits = raw_rows("visits", visits, end_date="")
    built = build_tables(write_raw(tmp_path / "raw", trade=raw_trade or [raw_row("trade")],
                                   visits=raw_visits or [raw_row("visits", end_date="")]))
    assert not built.problems, built.problems
    return built


KAZAKH_TRADE = [
    dict(period="2022", value_usd_million="461.9", growth_pct="40"),
    dict(period="2023", value_usd_million="529.4", growth_pct="", source_published="2024-02-01"),
    dict(period="2023", value_usd_million="598", stated_by="Kazakh Bureau of National Statistics",
         reporter_country="Kazakhstan", partner_country="Azerbaijan", source_published="2024-01-15"),
    dict(period="2024-H1", value_usd_million="300", growth_pct="", source_published="2024-08-01"),
    dict(partner_country="Uzbekistan", period="2021", value_usd_million="111.9", growth_pct=""),
]
SUMMIT = [
    dict(start_date="2024-07-06", visitor_name="Ilham Aliyev", visitor_country="Azerbaijan", host_country="Azerbaijan",
         city="Shusha", visit_type="summit", documents_signed="1", summary="Garabagh Declaration signed"),
    dict(start_date="2024-07-06", visitor_name="Kassym-Jomart Tokayev", visitor_country="Kazakhstan",
         host_country="Azerbaijan", city="Shusha", visit_type="summit", documents_signed="", summary="Attended"),
    dict(start_date="2024-07-06", visitor_name="Cevdet Yılmaz", visitor_country="Türkiye", host_country="Azerbaijan",
         city="Shusha", visit_type="summit", documents_signed="", summary="Represented Türkiye"),
]
ASTANA_VISIT = dict(start_date="2025-10-21", visitor_name="Ilham Aliyev", visitor_country="Azerbaijan",
                    host_country="Kazakhstan", city="Astana", visit_type="state", documents_signed="15",
                    summary="Second Supreme Interstate Council; 15 documents")


def pair(pairs, a, b):
    a, b = sorted((a, b))
    return pairs[(pairs["a"] == a) & (pairs["b"] == b)].iloc[0]


def test_turnover_is_the_latest_full_year_with_a_figure_and_says_which_year_per_partner(tmp_path):
    built = tables(tmp_path, trade=KAZAKH_TRADE)
    pairs = ties.pair_figures(built.visits, built.trade, ALL_YEARS)
    kazakhstan, uzbekistan = pair(pairs, "AZE", "KAZ"), pair(pairs, "AZE", "UZB")
    assert (kazakhstan["year"], kazakhstan["value_usd_m"]) == (2023, 529.4)  # the half-year 2024 figure is not a year
    assert (uzbekistan["year"], uzbekistan["value_usd_m"]) == (2021, 111.9)


def test_the_years_filter_limits_which_year_is_latest(tmp_path):
    built = tables(tmp_path, trade=KAZAKH_TRADE)
    pairs = ties.pair_figures(built.visits, built.trade, (2004, 2022))
    assert pair(pairs, "AZE", "KAZ")["year"] == 2022


def test_the_other_figures_for_the_chosen_year_stay_visible_as_a_spread(tmp_path):
    built = tables(tmp_path, trade=KAZAKH_TRADE)
    kazakhstan = pair(ties.pair_figures(built.visits, built.trade, ALL_YEARS), "AZE", "KAZ")
    # Both are official statistics; the later publication is chosen and the Kazakh $598m stays beside it.
    assert (kazakhstan["value_usd_m"], kazakhstan["figures"]) == (529.4, 2)
    assert (kazakhstan["other_low"], kazakhstan["other_high"]) == (598.0, 598.0)
    assert "1 other figure for 2023" in words.describe_turnover_source(kazakhstan)


def test_growth_is_the_stated_figure_else_computed_on_the_year_before():
    assert words.growth_text({"growth_stated": 40.0, "growth_computed": None, "year": 2022}) == "+40% (as stated)"
    assert words.growth_text({"growth_stated": None, "growth_computed": 14.6, "year": 2023}) == "+14.6% on the 2022 figure"
    both = words.growth_text({"growth_stated": 50.0, "growth_computed": -11.2, "year": 2024})
    assert both == "+50% (as stated); −11.2% on the 2023 figure"
    assert words.growth_text({"growth_stated": None, "growth_computed": None, "year": 2024}) is None


def test_a_summit_both_attended_is_one_meeting_and_ties_the_other_states_too(tmp_path):
    built = tables(tmp_path, visits=[*SUMMIT, ASTANA_VISIT])
    pairs = ties.pair_figures(built.visits, built.trade, ALL_YEARS)
    with_kazakhstan = pair(pairs, "AZE", "KAZ")
    assert (with_kazakhstan["meetings"], with_kazakhstan["visits"], with_kazakhstan["summits"]) == (2, 1, 1)
    among_others = pair(words.with_meeting_labels(pairs, built.visits), "KAZ", "TUR")
    assert (among_others["meetings"], among_others["summits"]) == (1, 1)
    assert among_others["latest_label"] == "Summit in Shusha, Azerbaijan — 6 Jul 2024"


def test_documents_signed_at_a_summit_count_once_for_each_pair_that_attended(tmp_path):
    built = tables(tmp_path, visits=[*SUMMIT, ASTANA_VISIT])
    pairs = ties.pair_figures(built.visits, built.trade, ALL_YEARS)
    assert pair(pairs, "AZE", "KAZ")["documents"] == 1 + 15
    assert pair(pairs, "KAZ", "TUR")["documents"] == 1
    assert words.describe_value(pair(pairs, "AZE", "KAZ"), "documents") == "16 documents signed at 2 meetings"


def test_the_latest_meeting_of_a_pair_is_named_with_its_date(tmp_path):
    built = tables(tmp_path, visits=[*SUMMIT, ASTANA_VISIT])
    pairs = words.with_meeting_labels(ties.pair_figures(built.visits, built.trade, ALL_YEARS), built.visits)
    latest = pair(pairs, "AZE", "KAZ")["latest_label"]
    assert latest == "Ilham Aliyev (President) to Astana, Kazakhstan (State visit) — 21 Oct 2025"


def test_each_of_the_nine_states_gets_its_tie_with_the_focus_and_states_without_a_figure_stay_empty(tmp_path):
    built = tables(tmp_path, trade=KAZAKH_TRADE, visits=[*SUMMIT, ASTANA_VISIT])
    pairs = ties.pair_figures(built.visits, built.trade, ALL_YEARS)
    states = ties.country_figures(pairs, "AZE", "turnover").set_index("iso3")
    assert len(states) == 9 and bool(states.loc["AZE", "is_focus"])
    assert states.loc["KAZ", "value"] == 529.4
    assert pd.isna(states.loc["CYN", "value"])
    by_meetings = ties.country_figures(pairs, "AZE", "meetings").set_index("iso3")
    assert (by_meetings.loc["KAZ", "value"], by_meetings.loc["TUR", "value"]) == (2, 1)
    assert pd.isna(by_meetings.loc["HUN", "value"])


def test_line_widths_grow_with_the_measure_within_the_set_bounds():
    widths = ties.line_widths(pd.Series([1.0, 4.0, 16.0]))
    assert widths.is_monotonic_increasing
    assert widths.iloc[-1] == ties.LINE_WIDTH[1] and widths.iloc[0] >= ties.LINE_WIDTH[0]
    money = ties.line_widths(pd.Series([10.0, 100.0, 1000.0]), log=True)
    assert money.iloc[1] - money.iloc[0] == pytest.approx(money.iloc[2] - money.iloc[1])  # equal steps per tenfold


def test_tie_lines_join_pairs_with_a_figure_and_can_leave_out_the_others(tmp_path):
    built = tables(tmp_path, visits=[*SUMMIT, ASTANA_VISIT])
    pairs = ties.pair_figures(built.visits, built.trade, ALL_YEARS)
    drawn = ties.tie_lines(pairs, "AZE", "meetings")
    assert sorted(zip(drawn["a"], drawn["b"])) == [("AZE", "KAZ"), ("AZE", "TUR"), ("KAZ", "TUR")]
    assert drawn.set_index(["a", "b"]).loc[("AZE", "KAZ"), "width"] > drawn.set_index(["a", "b"]).loc[("AZE", "TUR"), "width"]
    focus_only = ties.tie_lines(pairs, "AZE", "meetings", among_others=False)
    assert focus_only["with_focus"].all() and len(focus_only) == 2


def test_a_country_filter_keeps_its_ties_emphasised_and_fades_the_rest(tmp_path):
    built = tables(tmp_path, visits=[*SUMMIT, ASTANA_VISIT])
    drawn = ties.tie_lines(ties.pair_figures(built.visits, built.trade, ALL_YEARS), "AZE", "meetings", ("TUR",))
    emphasis = {(a, b): e for a, b, e in zip(drawn["a"], drawn["b"], drawn["emphasis"])}
    assert emphasis == {("AZE", "KAZ"): False, ("AZE", "TUR"): True, ("KAZ", "TUR"): True}


def test_key_figures_count_visits_documents_latest_visit_and_turnover_each_with_a_source(tmp_path):
    built = tables(tmp_path, trade=KAZAKH_TRADE, visits=[*SUMMIT, ASTANA_VISIT])
    pairs = ties.pair_figures(built.visits, built.trade, ALL_YEARS)
    kazakh = built.visits[(built.visits["visitor_iso3"] == "KAZ") | (built.visits["host_iso3"] == "KAZ")]
    facts = ties.key_facts(kazakh, pairs, "AZE", ("KAZ",), context=built.visits)
    visits_, documents, latest, turnover = words.key_figures(facts, "AZE", ("KAZ",), ALL_YEARS)
    assert (visits_.label, visits_.value) == ("Visits", "2")
    assert documents.value == "16"  # the summit's declaration, reported on the host's row, counts
    assert (latest.value, latest.source_url) == ("21 Oct 2025", "https://president.az/en/articles/view/3")
    assert turnover.label == "Turnover: Kazakhstan, 2023" and turnover.value == "$529.4m"
    assert turnover.delta == "+14.6%"  # growth on 2022 ($461.9m), computed from the numbers
    assert "Official statistics" in turnover.help and turnover.source_url.startswith("https://")


def test_key_figures_show_a_range_of_documents_when_sources_differ(tmp_path):
    disputed = dict(ASTANA_VISIT, documents_signed="20", summary="More than 20 documents signed (Kazinform reported 10)")
    built = tables(tmp_path, visits=[disputed])
    pairs = ties.pair_figures(built.visits, built.trade, ALL_YEARS)
    figures = words.key_figures(ties.key_facts(built.visits, pairs, "AZE", ()), "AZE", (), ALL_YEARS)
    assert figures[1].value == "10–20"
    assert "Sources differ" in figures[1].help
    kazakhstan = pair(ties.pair_figures(built.visits, built.trade, ALL_YEARS), "AZE", "KAZ")
    assert words.describe_value(kazakhstan, "documents") == "10–20 documents signed at 1 meeting (sources differ on a count)"


def test_without_trade_figures_the_turnover_figure_says_so(tmp_path):
    built = tables(tmp_path, visits=[ASTANA_VISIT])
    pairs = ties.pair_figures(built.visits, built.trade, (2025, 2025))
    turnover = words.key_figures(ties.key_facts(built.visits, pairs, "AZE", ("KAZ",)), "AZE", ("KAZ",), (2025, 2025))[-1]
    assert turnover.value == "—" and "No full-year turnover figure" in turnover.help


def test_the_map_title_names_the_closest_partner_by_the_chosen_measure(tmp_path):
    built = tables(tmp_path, trade=KAZAKH_TRADE, visits=[*SUMMIT, ASTANA_VISIT])
    pairs = ties.pair_figures(built.visits, built.trade, ALL_YEARS)
    states = ties.country_figures(pairs, "AZE", "turnover")
    assert words.map_takeaway(states, "AZE", "turnover", ALL_YEARS) == (
        "Kazakhstan is Azerbaijan's largest trade partner among the Turkic states: $529.4m in 2023")
    meetings = ties.country_figures(pairs, "AZE", "meetings")
    assert words.map_takeaway(meetings, "AZE", "meetings", ALL_YEARS) == (
        "Azerbaijan met Kazakhstan most often: 2 visits and summits, 2004–2026")


def test_the_latest_source_of_a_meeting_is_chosen_by_date_not_by_text(tmp_path):
    # Every row of a summit Azerbaijan hosts puts AZE and KAZ at it; "2024" means as late as 31 Dec 2024, so it is
    # the later publication (as text, "2024" sorts before "2024-07-06"); an undated report never wins.
    summit = [dict(SUMMIT[0], source_published="2024-07-06"), dict(SUMMIT[1], source_published="2024"),
              dict(SUMMIT[2], source_published="")]
    for rows in (summit, summit[::-1]):
        built = tables(tmp_path / str(len(rows) + rows.index(summit[0])), visits=rows)
        meetings = ties.pair_meetings(built.visits).set_index(["a", "b"])
        assert meetings.loc[("AZE", "KAZ"), "latest_published"] == "2024"
