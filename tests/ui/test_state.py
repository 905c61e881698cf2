"""The URL contract: values are read, validated, dropped with a notice when junk, written back."""

from dashboard.ui.state import parse_countries, parse_years
from tests.ui.test_pages import app_for
from dashboard.data.query import year_bounds
from dashboard.ui.cache import tables as real_tables

VALID = ("AZE", "TUR", "KAZ")


def test_known_codes_are_kept_in_order_without_repeats_and_case_insensitive():
    assert parse_countries(["kaz", "AZE", "KAZ"], VALID) == (["KAZ", "AZE"], [])


def test_unknown_country_in_url_is_dropped():
    assert parse_countries(["KAZ", "XXX", "<script>"], VALID) == (["KAZ"], ["XXX", "<script>"])


def test_absurdly_many_country_values_are_cut_off_and_reported():
    kept, rejected = parse_countries(["KAZ"] * 60, VALID)
    assert kept == ["KAZ"] and len(rejected) == 10


def test_year_range_is_sorted_and_clipped_to_the_data():
    assert parse_years(["2024", "2018"], (2004, 2026)) == ((2018, 2024), None)
    assert parse_years(["1990", "2010"], (2004, 2026)) == ((2004, 2010), None)


def test_junk_years_are_ignored_with_a_reason():
    assert parse_years(["abc", "2020"], (2004, 2026))[0] is None
    assert "whole years" in parse_years(["abc", "2020"], (2004, 2026))[1]
    assert "two values" in parse_years(["2020"], (2004, 2026))[1]
    assert "outside" in parse_years(["1900", "1950"], (2004, 2026))[1]
    assert parse_years([], (2004, 2026)) == (None, None)


def test_country_in_url_selects_the_filter_and_narrows_the_data_page():
    at = app_for("data", country=["KAZ"])
    assert at.multiselect(key="country").value == ["KAZ"]
    counts = [m.value for m in at.markdown if "trade figures" in m.value]
    trade = real_tables().trade
    about_kazakhstan = int((trade["reporter_iso3"].eq("KAZ") | trade["partner_iso3"].eq("KAZ")).sum())
    assert 0 < about_kazakhstan < len(trade)
    assert counts and counts[0].startswith(f"**{about_kazakhstan} of {len(trade)} trade figures**")


def test_junk_in_the_url_gives_a_visible_notice_and_no_exception():
    at = app_for("data", country=["XXX", "KAZ"], years=["abc", "2020"])
    assert not at.exception
    notice = " ".join(w.value for w in at.warning)
    assert "XXX" in notice and "whole years" in notice
    assert at.multiselect(key="country").value == ["KAZ"]
    tables = real_tables()
    assert at.slider(key="years").value == year_bounds(tables.trade, tables.visits, tables.quotes)  # all years


def test_changing_the_filter_rewrites_the_url():
    at = app_for("data")
    at.multiselect(key="country").set_value(["UZB", "TUR"]).run()
    at.slider(key="years").set_value((2019, 2023)).run()
    assert at.query_params["country"] == ["UZB", "TUR"]
    assert at.query_params["years"] == ["2019", "2023"]


def test_default_filters_leave_the_url_clean():
    at = app_for("data", country=["KAZ"])
    at.multiselect(key="country").set_value([]).run()
    assert "country" not in at.query_params and "years" not in at.query_params
