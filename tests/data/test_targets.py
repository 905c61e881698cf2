"""Target progress: share reached, growth needed by the deadline, passed deadlines met or missed."""
import math

import pandas as pd
import pytest

from dashboard.data import targets as tg
from dashboard.ui import format as fmt


def targets(*rows):
    """Targets as the built table has them (only the columns progress() reads)."""
    base = dict(a_iso3="AZE", b_iso3="KAZ", metric="trade turnover", value_usd_m=1000.0, target_year=None,
                stated_by="President Ilham Aliyev", stated_on="2023-04-10")
    frame = pd.DataFrame([{**base, "target_id": f"g-{i}", **row} for i, row in enumerate(rows)])
    return frame.assign(value_usd_m=frame["value_usd_m"].astype("Float64"),
                        target_year=pd.array(frame["target_year"], dtype="Int64"))


def series(partner="KAZ", **by_year):
    return pd.DataFrame([{"counterpart_iso3": partner, "year": int(y[1:]), "value_usd_m": float(v)}
                         for y, v in by_year.items()])


def one(target_rows, series_rows, as_of=2026):
    return tg.progress(target_rows, series_rows, as_of).iloc[0]


def test_an_open_target_needs_compound_growth_from_the_latest_full_year():
    row = one(targets(dict(b_iso3="UZB", target_year=2030)), series("UZB", y2023=178.8, y2024=252))
    assert row["status"] == tg.OPEN
    assert row["latest_year"] == 2024 and row["years_left"] == 6
    assert row["required_growth_pct"] == pytest.approx(((1000 / 252) ** (1 / 6) - 1) * 100)
    assert row["share"] == pytest.approx(0.252)
    assert "needs 25.8% growth a year for 6 years" in fmt.target_summary(row)


def test_a_target_without_a_year_shows_progress_but_no_required_growth():
    row = one(targets({}), series(y2022=461.9, y2024=470))
    assert row["status"] == tg.NO_DEADLINE
    assert row["share"] == pytest.approx(0.47)
    assert pd.isna(row["required_growth_pct"])
    assert fmt.target_summary(row) == "No deadline given: latest full year $470m (2024), 47% of the target."


def test_a_passed_deadline_is_judged_on_the_target_years_own_figure():
    missed = one(targets(dict(b_iso3="TUR", value_usd_m=20000.0, target_year=2020)), series("TUR", y2020=4600, y2024=8000))
    assert missed["status"] == tg.MISSED and missed["judged_years"] == (2020,)
    assert fmt.target_summary(missed) == "Deadline 2020 passed, missed: $4.6bn in 2020."
    # The share is the one at the deadline ($4.6bn of $20bn), not today's $8bn.
    assert missed["share"] == pytest.approx(0.23) and missed["share_year"] == 2020
    met = one(targets(dict(value_usd_m=400.0, target_year=2022)), series(y2022=461.9, y2023=300))
    assert met["status"] == tg.MET


def test_a_passed_deadline_without_its_figure_is_judged_only_when_the_neighbours_agree():
    both_below = one(targets(dict(b_iso3="TUR", value_usd_m=15000.0, target_year=2023)),
                     series("TUR", y2022=5800, y2024=8000))
    assert both_below["status"] == tg.LIKELY_MISSED and both_below["judged_years"] == (2022, 2024)
    assert pd.isna(both_below["share"]), "no deadline-year figure: no share to show"
    straddling = one(targets(dict(b_iso3="TUR", value_usd_m=7500.0, target_year=2023)),
                     series("TUR", y2022=5800, y2024=8000))
    assert straddling["status"] == tg.UNKNOWN
    # One neighbour only: a verdict needs it far from the target ($795m against $1bn is too close).
    close = one(targets(dict(b_iso3="TUR", target_year=2006)), series("TUR", y2005=795))
    assert close["status"] == tg.UNKNOWN
    far = one(targets(dict(b_iso3="TUR", value_usd_m=15000.0, target_year=2025)), series("TUR", y2024=8000))
    assert far["status"] == tg.LIKELY_MISSED


def test_a_deadline_in_the_current_year_is_still_open():
    row = one(targets(dict(target_year=2026)), series(y2024=470), as_of=2026)
    assert row["status"] == tg.OPEN and row["years_left"] == 2


def test_a_target_already_reached_says_so_and_needs_no_growth():
    row = one(targets(dict(value_usd_m=440.0)), series(y2024=470))
    assert row["status"] == tg.REACHED and row["share"] > 1
    assert pd.isna(row["required_growth_pct"])


def test_targets_that_the_series_cannot_measure_are_shown_as_text_with_the_reason():
    rows = tg.progress(targets(dict(value_usd_m=None, metric="trade turnover (2.5 times the 2017 level)"),
                               dict(metric="total Azerbaijani investments in Türkiye", b_iso3="TUR"),
                               dict(b_iso3="GRP_TURKIC", value_usd_m=15000.0),
                               dict(a_iso3="TUR", b_iso3="GRP_OTS", value_usd_m=60000.0)),
                       series(y2024=470), 2026)
    assert set(rows["status"]) == {tg.NOT_TRACKED}
    assert [fmt.target_summary(r) for r in rows.to_dict("records")] == [
        "Not tracked: no dollar value was stated.",
        "Not tracked: not a trade-turnover target.",
        "Not tracked: a target for trade with a group (Turkic states), which has no annual series here.",
        "Not tracked: a target for Türkiye and OTS members, not for Azerbaijan's trade with one partner."]


def test_a_partner_with_no_full_year_figure_has_no_share_rather_than_a_made_up_one():
    row = one(targets(dict(b_iso3="TKM")), series(y2024=470))
    assert row["share"] is None or pd.isna(row["share"])
    assert fmt.target_summary(row) == "No deadline given: no full-year figure on record."


def test_required_growth_is_a_compound_rate():
    assert tg.required_growth_pct(100, 121, 2) == pytest.approx(10.0)
    assert math.isnan(tg.required_growth_pct(100, 200, 0))


def test_repeated_statements_of_one_goal_share_a_key_and_different_goals_do_not():
    rows = tg.progress(targets(dict(stated_by="A"), dict(stated_by="B", stated_on="2024-03-12"),
                               dict(stated_by="C", target_year=2030), dict(stated_by="D", value_usd_m=500.0)),
                       series(y2024=470), 2026)
    keys = [tg.goal_key(r) for _, r in rows.iterrows()]
    assert keys[0] == keys[1] and len(set(keys)) == 3


def test_a_target_of_zero_is_not_tracked_instead_of_dividing_by_zero():
    row = one(targets(dict(value_usd_m=0.0, target_year=2030)), series(y2024=470))
    assert row["status"] == tg.NOT_TRACKED and row["why_not_tracked"] == tg.ZERO_VALUE
    assert pd.isna(row["share"]) and pd.isna(row["required_growth_pct"])


@pytest.mark.parametrize("figure, status", [(470, tg.MISSED), (1200, tg.MET)])
def test_a_deadline_this_year_with_its_full_year_figure_is_judged_never_nan(figure, status):
    row = one(targets(dict(target_year=2026)), series(y2025=400, y2026=figure), as_of=2026)
    assert row["status"] == status and row["judged_years"] == (2026,) and row["deadline_passed"]
    assert row["share"] == pytest.approx(figure / 1000) and pd.isna(row["required_growth_pct"])
    assert "nan" not in fmt.target_summary(row)


def test_a_deadline_this_year_without_its_figure_is_open_for_one_more_year():
    row = one(targets(dict(target_year=2026)), series(y2025=800), as_of=2026)
    assert row["status"] == tg.OPEN and row["years_left"] == 1 and not row["deadline_passed"]
    assert row["required_growth_pct"] == pytest.approx(25.0)


def test_a_zero_latest_figure_gives_no_growth_rate_rather_than_nan():
    row = one(targets(dict(target_year=2030)), series(y2024=0), as_of=2026)
    assert row["status"] == tg.OPEN and row["share"] == 0
    assert pd.isna(row["required_growth_pct"]) and row["years_left"] == 6
    assert "nan" not in fmt.target_summary(row) and "inf" not in fmt.target_summary(row)
