"""The scale benchmark's input is sound: the synthetic trade table looks like the real one (the engines'
parity on it is tested in tests/data/test_trade_index.py)."""
import pandas as pd

from benchmarks.synthetic import FIRST_YEAR, LAST_YEAR, synthetic_trade
from dashboard.data import trade as trade_rules


def test_synthetic_table_has_exactly_the_real_columns_and_dtypes(real_trade, synthetic_trade_30k):
    assert list(synthetic_trade_30k.columns) == list(real_trade.columns)
    assert synthetic_trade_30k.dtypes.to_dict() == real_trade.dtypes.to_dict()
    assert len(synthetic_trade_30k) == 30_000


def test_synthetic_rows_have_distinct_ids_shaped_like_real_ones(synthetic_trade_30k):
    assert synthetic_trade_30k["row_id"].is_unique
    assert synthetic_trade_30k["row_id"].str.fullmatch(r"t-[0-9a-f]{10}").all()


def test_synthetic_years_stay_within_2004_to_2025_and_periods_move_with_them(synthetic_trade_30k):
    assert synthetic_trade_30k["year"].between(FIRST_YEAR, LAST_YEAR).all()
    dated = synthetic_trade_30k[~synthetic_trade_30k["period_kind"].isin(["vague", "cumulative"])]
    assert (dated["period"].str[:4].astype(int) == dated["year"]).all()
    starts = dated.dropna(subset=["period_start"])
    assert (starts["period_start"].dt.year == starts["year"]).all()
    published = dated[dated["published"].str.len() == 10]
    assert (published["published"].str[:4].astype(int) >= published["year"]).all()


def test_synthetic_table_keeps_the_real_mix_of_partners_kinds_flows_and_flags(real_trade, synthetic_trade_30k):
    for column in ("partner_iso3", "reporter_iso3", "period_kind", "flow", "source_kind"):
        assert set(synthetic_trade_30k[column]) == set(real_trade[column]), column
        share = synthetic_trade_30k[column].value_counts(normalize=True)
        expected = real_trade[column].value_counts(normalize=True)
        assert (share.reindex(expected.index) - expected).abs().max() < 0.02, column
    for flag in ("is_group", "non_oil", "flagged", "approx"):
        assert abs(synthetic_trade_30k[flag].mean() - real_trade[flag].mean()) < 0.02, flag


def test_the_same_seed_gives_the_same_table_and_another_seed_does_not(real_trade):
    one, again, other = (synthetic_trade(real_trade, 2_000, seed=s) for s in (3, 3, 4))
    pd.testing.assert_frame_equal(one, again)
    assert not one["row_id"].equals(other["row_id"])


def test_the_series_rule_still_picks_one_figure_per_partner_and_year_on_synthetic_rows(synthetic_trade_30k):
    series = trade_rules.annual_turnover(synthetic_trade_30k)
    assert not series.duplicated(["counterpart_iso3", "year"]).any()
    assert (series["figures"] > 1).mean() > 0.5, "at scale most partner-years have competing figures"
