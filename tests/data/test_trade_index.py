"""Big trade tables go through DuckDB (dashboard.data.trade_index) and must give exactly what pandas
gives; the annual series is computed once per table and never served stale."""
import gc
import threading

import pandas as pd
import pytest

from dashboard.data import frame_memo, trade_index
from dashboard.data import trade as trade_rules

PANDAS, DUCKDB = "pandas", "duckdb"  # the engine setting (TURKIC_TIES_TRADE_ENGINE)


def _with_engine(monkeypatch, engine, call, frame):
    """`call` on a fresh frame object with the engine set explicitly."""
    monkeypatch.setenv(trade_index.ENGINE_SETTING, engine)
    return call(frame.copy(deep=False))


def _same(expected, got):
    if isinstance(expected, pd.DataFrame):
        pd.testing.assert_frame_equal(got, expected)
    else:
        assert got == expected


CALLS = {
    "annual_turnover": lambda t: trade_rules.annual_turnover(t),
    "series_candidates": lambda t: trade_rules.series_candidates(t),
    "latest_full_year": lambda t: trade_rules.latest_full_year(t),
    "partners_by_size": lambda t: trade_rules.partners_by_size(t),
    "group_figures 2023": lambda t: trade_rules.group_figures(t, 2023),
    "group_figures 2010": lambda t: trade_rules.group_figures(t, 2010),
    "group_figures, a year with none": lambda t: trade_rules.group_figures(t, 1990),
    "ranking 2022": lambda t: trade_rules.ranking(t, 2022, ["KAZ", "TUR", "UZB"]),
    "ranking_years": lambda t: trade_rules.ranking_years(t, (2004, 2026)),
    "default_ranking_year": lambda t: trade_rules.default_ranking_year(t, (2004, 2026)),
    "series with Kazakhstan as focus": lambda t: trade_rules.annual_turnover(t, "KAZ"),
    "both lines": lambda t: trade_rules.annual_series(t),
    "both lines with Türkiye as focus": lambda t: trade_rules.annual_series(t, "TUR"),
    "figures_shown, every partner and groups": lambda t: trade_rules.figures_shown(
        t, trade_rules.partners_by_size(t), (2004, 2026), True),
    "figures_shown, Kazakhstan 2022-23": lambda t: trade_rules.figures_shown(t, ["KAZ"], (2022, 2023), False),
    "figures_shown, Türkiye and Hungary 2010-19": lambda t: trade_rules.figures_shown(
        t, ["TUR", "HUN"], (2010, 2019), False),
    "figures_shown, a partner with no figures": lambda t: trade_rules.figures_shown(t, ["CYN"], (2004, 2026), False),
}


@pytest.mark.parametrize("name", list(CALLS))
@pytest.mark.parametrize("table", ["real_trade", "synthetic_trade_30k"])
def test_duckdb_gives_exactly_the_pandas_result(name, table, request, monkeypatch):
    frame = request.getfixturevalue(table)
    expected = _with_engine(monkeypatch, PANDAS, CALLS[name], frame)
    _same(expected, _with_engine(monkeypatch, DUCKDB, CALLS[name], frame))


def test_the_real_table_is_small_enough_for_pandas_alone(real_trade):
    assert trade_index.for_frame(real_trade) is None


def test_a_big_table_builds_its_index_once(real_trade, monkeypatch):
    monkeypatch.setenv(trade_index.ENGINE_SETTING, DUCKDB)
    frame = real_trade.copy(deep=False)
    assert trade_index.for_frame(frame) is trade_index.for_frame(frame)


def test_the_kazakhstan_lines_of_2022_are_the_same_through_duckdb(real_trade, monkeypatch):
    """The seed article's year: Azerbaijan's side (≈$500m, the presidents) makes the line, Kazakhstan's
    own count ($461.9m, Akorda) the mirror — by DuckDB as by pandas."""
    lines = _with_engine(monkeypatch, DUCKDB, trade_rules.annual_series, real_trade)
    kaz = lines[lines["counterpart_iso3"].eq("KAZ") & lines["year"].eq(2022)].set_index("line")
    assert kaz.loc[trade_rules.LINE_MIRROR, "value_usd_m"] == pytest.approx(461.9)
    assert kaz.loc[trade_rules.LINE_PRIMARY, "reporter_iso3"] == "AZE"


def test_partner_codes_are_bound_as_values_not_spliced_into_sql(real_trade, monkeypatch):
    monkeypatch.setenv(trade_index.ENGINE_SETTING, DUCKDB)
    frame = real_trade.copy(deep=False)
    hostile = ["KAZ') OR TRUE OR ('", "'; DROP TABLE keys; --"]
    assert trade_rules.figures_shown(frame, hostile, (2004, 2026), False).empty
    assert len(trade_rules.figures_shown(frame, ["KAZ"], (2004, 2026), False)) > 0  # the index still works
    assert trade_rules.annual_turnover(frame, "'; DROP TABLE ranked; --").empty


def test_concurrent_sessions_get_the_same_answers(synthetic_trade_30k, monkeypatch):
    monkeypatch.setenv(trade_index.ENGINE_SETTING, DUCKDB)
    frame = synthetic_trade_30k.copy(deep=False)
    expected = trade_rules.figures_shown(frame, ["KAZ", "UZB"], (2015, 2024), False)
    results, errors = [], []

    def session():
        try:
            results.append(trade_rules.figures_shown(frame, ["KAZ", "UZB"], (2015, 2024), False))
        except Exception as exc:  # noqa: BLE001 -- reported below
            errors.append(exc)

    threads = [threading.Thread(target=session) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for got in results:
        pd.testing.assert_frame_equal(got, expected)


# --- the series is computed once per table object, and never served stale. ---

def test_the_series_is_computed_once_per_table(real_trade, monkeypatch):
    frame = real_trade.copy(deep=False)
    calls = []
    original = trade_rules._annual_turnover
    monkeypatch.setattr(trade_rules, "_annual_turnover", lambda t, f: calls.append(f) or original(t, f))
    trade_rules.partners_by_size(frame)
    trade_rules.figures_shown(frame, ["KAZ"], (2004, 2026), False)
    trade_rules.ranking(frame, 2022)
    assert calls == ["AZE"]
    trade_rules.annual_turnover(frame, "KAZ")
    assert calls == ["AZE", "KAZ"]


def test_changing_the_series_a_caller_got_does_not_change_the_next_callers(real_trade):
    frame = real_trade.copy(deep=False)
    first = trade_rules.annual_turnover(frame)
    first.loc[:, "value_usd_m"] = 0.0
    assert trade_rules.annual_turnover(frame)["value_usd_m"].gt(0).all()


def test_a_changed_table_is_a_new_table_and_gets_its_own_series(real_trade):
    first = trade_rules.annual_turnover(real_trade)
    doubled = real_trade.assign(value_usd_m=real_trade["value_usd_m"] * 2)
    assert trade_rules.annual_turnover(doubled)["value_usd_m"].sum() == pytest.approx(first["value_usd_m"].sum() * 2)


def test_a_table_that_is_gone_releases_what_was_kept_for_it(real_trade, monkeypatch):
    monkeypatch.setenv(trade_index.ENGINE_SETTING, DUCKDB)
    gc.collect()
    before = frame_memo.entries()
    frame = real_trade.copy(deep=False)
    trade_rules.annual_turnover(frame)
    assert frame_memo.entries() == before + 1
    del frame
    gc.collect()
    assert frame_memo.entries() == before
