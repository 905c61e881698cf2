"""The scale benchmark's inputs are sound: the synthetic trade table looks like the real one, and the
DuckDB prototype of the Trade page's queries gives exactly the pandas functions' results."""
import pandas as pd
import pytest

from benchmarks.synthetic import FIRST_YEAR, LAST_YEAR, synthetic_trade
from dashboard.data import query
from dashboard.data import trade as trade_rules
from dashboard.data.build import build_tables


@pytest.fixture(scope="module")
def real():
    return build_tables().trade


@pytest.fixture(scope="module")
def synthetic(real):
    return synthetic_trade(real, 30_000, seed=11)


def test_synthetic_table_has_exactly_the_real_columns_and_dtypes(real, synthetic):
    assert list(synthetic.columns) == list(real.columns)
    assert synthetic.dtypes.to_dict() == real.dtypes.to_dict()
    assert len(synthetic) == 30_000


def test_synthetic_rows_have_distinct_ids_shaped_like_real_ones(synthetic):
    assert synthetic["row_id"].is_unique
    assert synthetic["row_id"].str.fullmatch(r"t-[0-9a-f]{10}").all()


def test_synthetic_years_stay_within_2004_to_2025_and_periods_move_with_them(synthetic):
    assert synthetic["year"].between(FIRST_YEAR, LAST_YEAR).all()
    dated = synthetic[~synthetic["period_kind"].isin(["vague", "cumulative"])]
    assert (dated["period"].str[:4].astype(int) == dated["year"]).all()
    starts = dated.dropna(subset=["period_start"])
    assert (starts["period_start"].dt.year == starts["year"]).all()
    published = dated[dated["published"].str.len() == 10]
    assert (published["published"].str[:4].astype(int) >= published["year"]).all()


def test_synthetic_table_keeps_the_real_mix_of_partners_kinds_flows_and_flags(real, synthetic):
    for column in ("partner_iso3", "reporter_iso3", "period_kind", "flow", "source_kind"):
        assert set(synthetic[column]) == set(real[column]), column
        share = synthetic[column].value_counts(normalize=True)
        expected = real[column].value_counts(normalize=True)
        assert (share.reindex(expected.index) - expected).abs().max() < 0.02, column
    for flag in ("is_group", "non_oil", "flagged", "approx"):
        assert abs(synthetic[flag].mean() - real[flag].mean()) < 0.02, flag


def test_the_same_seed_gives_the_same_table_and_another_seed_does_not(real):
    one, again, other = (synthetic_trade(real, 2_000, seed=s) for s in (3, 3, 4))
    pd.testing.assert_frame_equal(one, again)
    assert not one["row_id"].equals(other["row_id"])


def test_the_series_rule_still_picks_one_figure_per_partner_and_year_on_synthetic_rows(synthetic):
    series = trade_rules.annual_turnover(synthetic)
    assert not series.duplicated(["counterpart_iso3", "year"]).any()
    assert (series["figures"] > 1).mean() > 0.5, "at scale most partner-years have competing figures"


# --- DuckDB prototype: identical results to the pandas functions it would replace. ---

@pytest.fixture(scope="module")
def duck():
    """The prototype; its tests skip (the generator's do not) where duckdb is not installed."""
    return pytest.importorskip("benchmarks.duck", reason="duckdb is not installed (uv pip install duckdb)")


CALLS = {
    "annual_turnover": lambda f, t: f(t),
    "series_candidates": lambda f, t: f(t),
    "latest_full_year": lambda f, t: f(t),
    "partners_by_size": lambda f, t: f(t),
    "group_figures": lambda f, t: f(t, 2023),
    "figures_shown": lambda f, t: f(t, trade_rules.partners_by_size(t), (2004, 2026), True),
}


def _same(expected, got):
    if isinstance(expected, list):
        assert got == expected
    else:
        pd.testing.assert_frame_equal(got, expected)


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("table", ["real", "synthetic"])
def test_duckdb_query_gives_exactly_the_pandas_result(name, table, request, duck):
    frame = request.getfixturevalue(table)
    pandas_fn, duck_fn = duck.PAIRS[name]
    _same(CALLS[name](pandas_fn, frame), CALLS[name](duck_fn, frame))


@pytest.mark.parametrize("table", ["real", "synthetic"])
@pytest.mark.parametrize("countries, years", [((), (2004, 2026)), (("KAZ",), (2022, 2023)),
                                              (("TUR", "HUN"), (2010, 2019)), (("CYN",), (2004, 2026))])
def test_duckdb_filters_and_figures_shown_match_pandas_for_a_narrow_filter(table, countries, years, request, duck):
    frame = request.getfixturevalue(table)
    pd.testing.assert_frame_equal(duck.filter_table_trade(frame, countries, years),
                                  query.filter_table("trade", frame, countries, years))
    chosen = [c for c in countries if c != "AZE"]  # as the Trade page picks its partners
    partners = chosen or trade_rules.partners_by_size(frame)
    pd.testing.assert_frame_equal(duck.figures_shown(frame, partners, years, not chosen),
                                  trade_rules.figures_shown(frame, partners, years, not chosen))


def test_a_table_changed_after_loading_is_loaded_again_not_served_stale(real, duck):
    first = duck.annual_turnover(real)
    changed = real.assign(value_usd_m=real["value_usd_m"] * 2)
    assert duck.annual_turnover(changed)["value_usd_m"].sum() == pytest.approx(first["value_usd_m"].sum() * 2)


def test_a_table_that_is_gone_releases_its_duckdb_copy(real, duck):
    import gc

    frame = real.copy()
    duck.annual_turnover(frame)
    key = id(frame)
    assert key in duck._CONNECTIONS
    del frame
    gc.collect()
    assert key not in duck._CONNECTIONS
