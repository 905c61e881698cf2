"""The one house style: every number, date and label a page shows goes through dashboard.ui.format."""
import pandas as pd
import pytest

from dashboard.ui import format as fmt

NAN = float("nan")


@pytest.mark.parametrize("value, shown", [
    (0, "$0m"), (0.04, "$0.04m"), (6.44, "$6.4m"), (9.0, "$9m"), (178.771, "$178.8m"), (461.9, "$461.9m"),
    (529.4, "$529.4m"), (999.94, "$999.9m"),
    (999.95, "$1bn"),  # rounds up to $1,000m: said in billions, never "$1,000m"
    (1000, "$1bn"), (5800, "$5.8bn"), (8000, "$8bn"), (15000, "$15bn"), (123456, "$123.5bn"),
    (-12, "−$12m"), (-5800, "−$5.8bn"), (NAN, "—"), (None, "—"), (pd.NA, "—"),
])
def test_money_reads_one_way_everywhere(value, shown):
    assert fmt.usd(value) == shown


def test_negative_money_uses_the_minus_sign_not_a_hyphen():
    assert "-" not in fmt.usd(-12) and fmt.usd(-12).startswith(fmt.MINUS)


@pytest.mark.parametrize("low, high, shown", [
    (221, 258.3, "$221–258.3m"), (2000, 4500, "$2–4.5bn"), (500, 1200, "$500m–1.2bn"), (470, 470, "$470m"),
    (999.95, 1000, "$1bn"), (NAN, 300, "$300m"),
])
def test_a_range_of_amounts_names_its_unit_once(low, high, shown):
    assert fmt.usd_range(low, high) == shown


@pytest.mark.parametrize("value, shown", [
    (40, "+40%"), (14.6, "+14.6%"), (-7.5, "−7.5%"), (-11.25, "−11.2%"), (0, "0%"), (0.04, "0%"),
    (9.96, "+10%"), (123.4, "+123.4%"), (NAN, "—"), (None, "—"), (float("inf"), "—"),
])
def test_percentages_read_one_way_with_a_real_minus(value, shown):
    assert fmt.pct(value) == shown


def test_unsigned_percent_has_no_plus_but_keeps_the_minus():
    assert (fmt.pct(26, signed=False), fmt.pct(-3, signed=False)) == ("26%", "−3%")


@pytest.mark.parametrize("precision, shown", [("day", "10 Apr 2023"), ("month", "Apr 2023"), ("year", "2023")])
def test_dates_are_shown_only_as_precisely_as_the_source_gives_them(precision, shown):
    assert fmt.date(pd.Timestamp("2023-04-10"), precision) == shown


def test_an_undated_row_shows_no_date():
    assert fmt.date(pd.NaT) == "" and fmt.date(None) == ""


@pytest.mark.parametrize("raw, shown", [("2023-04-11", "11 Apr 2023"), ("2023-04", "Apr 2023"), ("2023", "2023"),
                                        ("", ""), ("spring 2023", "spring 2023")])
def test_publication_dates_from_the_raw_files_read_in_the_house_style(raw, shown):
    assert fmt.published(raw) == shown


def test_a_year_range_of_one_year_is_that_year():
    assert fmt.years((2024, 2024)) == "2024" and fmt.years((2004, 2026)) == "2004–2026"


def test_runs_of_years_read_as_ranges():
    assert fmt.year_runs([2011, 2009, 2010, 2019, 2021, 2022]) == "2009–2011, 2019, 2021–2022"


@pytest.mark.parametrize("kind, period, start, months, shown", [
    ("year", "2022", None, 12, "2022"), ("half", "2022-H1", None, 6, "H1 2022"),
    ("months_to_date", "2022-9M", None, 9, "Jan–Sep 2022"), ("month", "2019-11", pd.Timestamp("2019-11-01"), 1, "Nov 2019"),
    ("year_to_date", "2021-YTD", None, None, "2021 so far"), ("cumulative", "2020-2024 (cumulative)", None, None, "2020–2024 total"),
])
def test_periods_read_as_people_say_them(kind, period, start, months, shown):
    assert fmt.period(kind, period, start, months) == shown


def test_whose_figure_names_the_side():
    assert fmt.side("focus", "KAZ") == "Azerbaijan's figure"
    assert fmt.side("partner", "KAZ") == "Kazakhstan's figure"
    assert fmt.side("other", "KAZ") == "a third party's figure"


VISIT = {"visitor": "Ilham Aliyev", "visitor_role": "President", "visitor_iso3": "AZE", "city": "Astana",
         "host_iso3": "KAZ", "visit_type": "state", "is_summit": False, "start_date": pd.Timestamp("2025-10-21"),
         "date_precision": "day", "publisher": "Trend", "published": "2025-10-22"}


def test_a_meeting_is_named_in_one_line_with_its_date():
    assert fmt.meeting_label(VISIT) == "Ilham Aliyev (President) to Astana, Kazakhstan (State visit) — 21 Oct 2025"
    summit = dict(VISIT, is_summit=True, city="Gabala", host_iso3="AZE", start_date=pd.Timestamp("2025-10-07"))
    assert fmt.meeting_label(summit) == "Summit in Gabala, Azerbaijan — 7 Oct 2025"


def test_a_source_line_dates_the_publication_in_the_house_style():
    assert fmt.source_line(VISIT) == "Source: Trend, 22 Oct 2025"
