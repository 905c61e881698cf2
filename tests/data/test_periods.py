from datetime import date

import pytest

from dashboard.data.periods import BadPeriod, parse_partial_date, parse_period


@pytest.mark.parametrize("label, kind, start, end, months", [
    ("2022", "year", date(2022, 1, 1), date(2022, 12, 31), 12),
    ("2022-H1", "half", date(2022, 1, 1), date(2022, 6, 30), 6),
    ("2022-H2", "half", date(2022, 7, 1), date(2022, 12, 31), 6),
    ("2022-Q1", "quarter", date(2022, 1, 1), date(2022, 3, 31), 3),
    ("2024-Q1", "quarter", date(2024, 1, 1), date(2024, 3, 31), 3),
    ("2022-9M", "months_to_date", date(2022, 1, 1), date(2022, 9, 30), 9),
    ("2022-12M", "year", date(2022, 1, 1), date(2022, 12, 31), 12),
    ("2024-2M", "months_to_date", date(2024, 1, 1), date(2024, 2, 29), 2),
    ("2019-11", "month", date(2019, 11, 1), date(2019, 11, 30), 1),
    ("2020-2024 (cumulative)", "cumulative", date(2020, 1, 1), date(2024, 12, 31), 60),
    ("2022 (current level)", "current_level", date(2022, 1, 1), date(2022, 12, 31), 12),
])
def test_period_labels_parse_into_start_end_and_months(label, kind, start, end, months):
    period = parse_period(label)
    assert (period.kind, period.start, period.end, period.months) == (kind, start, end, months)


def test_year_to_date_has_no_end_because_the_source_did_not_say():
    period = parse_period("2021-YTD")
    assert (period.kind, period.start, period.end, period.months) == ("year_to_date", date(2021, 1, 1), None, None)


def test_vague_decade_part_is_kept_as_a_range():
    period = parse_period("late 2000s")
    assert period.kind == "vague" and period.start.year == 2007 and period.end.year == 2009


def test_only_plain_years_count_as_full_years():
    assert parse_period("2022").is_full_year
    assert not parse_period("2022 (current level)").is_full_year
    assert not parse_period("2022-11M").is_full_year
    assert parse_period("2022-12M").is_full_year and parse_period("2022-12M").year == 2022


@pytest.mark.parametrize("label", ["2022-13", "2022-0M", "2022-13M", "2024-2020 (cumulative)", "22", "2022-H3", "soon"])
def test_malformed_periods_are_rejected_with_the_accepted_forms(label):
    with pytest.raises(BadPeriod, match=label.split(" ")[0]):
        parse_period(label)


def test_partial_dates_keep_their_precision():
    assert parse_partial_date("2023") == (date(2023, 1, 1), "year")
    assert parse_partial_date("2023-04") == (date(2023, 4, 1), "month")
    assert parse_partial_date("2023-04-10") == (date(2023, 4, 10), "day")
    with pytest.raises(ValueError):
        parse_partial_date("10/04/2023")
