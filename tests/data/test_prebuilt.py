"""The tables kept by `make build` (dashboard/data/prebuilt.py): read back only while they match every
input, so a reader never sees figures from files that have since changed."""
import pandas as pd
from pandas.testing import assert_frame_equal

from dashboard.data import countries, prebuilt, ties
from dashboard.data.build import build_tables
from dashboard.data.query import year_bounds
from tests.builders import raw_row, write_raw


def _kept(tmp_path):
    raw = write_raw(tmp_path / "raw")
    copy = tmp_path / "build" / "tables.pickle"
    prebuilt.write(raw, copy)
    return raw, copy


def test_a_kept_copy_reads_back_the_same_tables(tmp_path):
    raw, copy = _kept(tmp_path)
    kept = prebuilt.read(raw, copy)
    fresh = build_tables(raw)
    assert kept is not None
    for name in ("trade", "visits", "targets", "quotes", "sources"):
        assert_frame_equal(kept.table(name), fresh.table(name))


def test_a_changed_raw_file_is_read_from_the_file_not_from_the_copy(tmp_path):
    raw, copy = _kept(tmp_path)
    write_raw(raw, trade=[raw_row("trade", value_usd_million="777")])
    assert prebuilt.read(raw, copy) is None
    assert prebuilt.tables(raw, copy).trade["value_usd_m"].tolist() == [777.0]


def test_a_damaged_copy_is_ignored(tmp_path):
    raw, copy = _kept(tmp_path)
    copy.write_bytes(b"not a pickle")
    assert prebuilt.read(raw, copy) is None
    assert len(prebuilt.tables(raw, copy).trade) == len(build_tables(raw).trade)


def test_the_default_map_figures_kept_are_those_the_map_would_compute(tmp_path):
    raw, copy = _kept(tmp_path)
    kept = prebuilt.read(raw, copy)
    years = year_bounds(kept.trade, kept.visits, kept.quotes)
    stored = kept.derived[prebuilt.pair_figures_key(years, countries.FOCUS_DEFAULT)]
    computed = ties.pair_figures(kept.visits, kept.trade, years, countries.FOCUS_DEFAULT)
    assert isinstance(stored, pd.DataFrame) and len(stored)
    assert_frame_equal(stored, computed)
