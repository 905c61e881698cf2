"""Which trade rows a query needs, answered by DuckDB (embedded, in-process) once a table is big.

Why: on a table of a few thousand rows every trade query takes milliseconds in pandas. On a synthetic
10-million-row table pandas needs ~12 s for the annual series alone, because the series rule sorts
every eligible row (docs/benchmarks.md). The engine is chosen by `engine_for`: the setting
TURKIC_TIES_TRADE_ENGINE (`auto`, `pandas` or `duckdb`; default `auto`, which picks DuckDB from
`MIN_ROWS` rows). For such a frame `for_frame` builds, once per frame object, an in-memory DuckDB
database that holds only what the rules filter and order on:

- `keys`: one narrow row per trade row — its position in the frame, reporter, partner, year, flow
  and whether it is a group total;
- `ranked`: the full-year turnover rows with `rank`, their place in the series rule's order;
- `series_best` and `group_best`: per reporter, partner and year, the best-ranked row that may enter
  an annual line (single partners) or a group total, and how many rows competed. Reporter and
  partner are the side: with the focus country as reporter it is the focus country's own count.

The WHERE and ORDER BY clauses are generated from dashboard/data/series_rule.py, the one home of
the rule. Queries return row positions; the rows are taken from the pandas frame, so the results equal
the pandas functions' results (tests/data/test_trade_index.py).
"""
from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa

from . import frame_memo, series_rule

# Below this many rows pandas is as fast: measured on synthetic tables, the Trade page's trade queries
# took 199 ms (pandas) vs 222 ms (DuckDB) per run at 100k rows, 682 vs 642 ms at 300k, and at 1M rows
# group totals took 94 vs 5 ms.
MIN_ROWS = 200_000
ENGINE_SETTING = "TURKIC_TIES_TRADE_ENGINE"
Engine = Literal["pandas", "duckdb"]
ENGINES = ("auto", "pandas", "duckdb")

COUNTERPART = "CASE WHEN reporter = $focus THEN partner WHEN partner = $focus THEN reporter END"
FULL_YEAR_TURNOVER = series_rule.where_sql(series_rule.FULL_YEAR_TURNOVER)
SERIES_ROWS = series_rule.where_sql(series_rule.SERIES)  # among the full-year turnover rows
GROUP_ROWS = series_rule.where_sql(series_rule.GROUP)


def engine_for(trade: pd.DataFrame) -> Engine:
    """The engine for this table: as set in TURKIC_TIES_TRADE_ENGINE, or by size when `auto`."""
    setting = os.environ.get(ENGINE_SETTING, "auto").strip().lower() or "auto"
    if setting not in ENGINES:
        raise ValueError(f"{ENGINE_SETTING} must be one of {', '.join(ENGINES)} (got {setting!r})")
    if setting == "auto":
        return "duckdb" if len(trade) >= MIN_ROWS else "pandas"
    return setting  # type: ignore[return-value]


class TradeIndex:
    """The DuckDB side of one trade frame. Thread-safe: one query at a time per index (they take ms)."""

    def __init__(self, trade: pd.DataFrame) -> None:
        # Imported only when a table is big enough to need it: the real table never is, and importing
        # DuckDB costs ~0.3 s of a cold start (docs/benchmarks.md).
        import duckdb

        self._lock = threading.Lock()
        self._con = duckdb.connect()  # in memory; as many threads as the machine has cores
        ranked = series_rule.ranked(trade)
        source = pa.table({
            "pos": np.arange(len(trade), dtype=np.int64),
            "reporter": pa.array(trade["reporter_iso3"], type=pa.string()),
            "partner": pa.array(trade["partner_iso3"], type=pa.string()),
            "year": trade["year"].to_numpy(dtype=np.int32),
            "flow": pa.array(trade["flow"], type=pa.string()),
            "full_year": ranked["full_year"].to_numpy(dtype=bool),
            "is_group": trade["is_group"].to_numpy(dtype=bool),
            "scope": pa.array(trade["scope"], type=pa.string()),
            "flagged": trade["flagged"].to_numpy(dtype=bool),
            "kind_rank": ranked["kind_rank"].to_numpy(dtype=np.int64),
            "inexact": ranked["inexact"].to_numpy(dtype=bool),
            "published_key": ranked["published_key"].to_numpy(dtype=np.int64),
            "row_id": pa.array(trade["row_id"], type=pa.string()),
        })
        self._con.register("source", source)
        self._con.execute("""
            CREATE TABLE keys AS
            SELECT pos, reporter, partner, year, flow, is_group FROM source""")
        # Only full-year turnover rows can enter a series or a group total, so only they are ranked
        # (ranking all rows costs ~5x more at 10M). Row ids are unique, so the order has no ties.
        self._con.execute(f"""
            CREATE TABLE ranked AS
            SELECT pos, reporter, partner, year, is_group, scope, flagged,
                   row_number() OVER (ORDER BY {series_rule.order_sql()}) AS rank
            FROM source WHERE {FULL_YEAR_TURNOVER}""")
        self._con.unregister("source")
        for table, where in (("series_best", SERIES_ROWS), ("group_best", GROUP_ROWS)):
            self._con.execute(f"""
                CREATE TABLE {table} AS
                SELECT reporter, partner, year, arg_min(pos, rank) AS pos, min(rank) AS rank, count(*) AS figures
                FROM ranked WHERE {where} GROUP BY reporter, partner, year""")

    def _query(self, sql: str, params: dict) -> dict[str, np.ndarray]:
        with self._lock:  # a DuckDB connection serves one query at a time
            return self._con.execute(sql, params).fetchnumpy()

    def best_per_side(self, focus: str) -> dict[str, np.ndarray]:
        """Per partner, year and side, the position of the best figure and how many figures competed on
        that side, ordered by partner, year and side, the focus country's side first."""
        return self._query(f"""
            SELECT pos, {COUNTERPART} AS counterpart_iso3, figures FROM series_best
            WHERE reporter = $focus OR partner = $focus
            ORDER BY counterpart_iso3, year, reporter <> $focus""", {"focus": focus})

    def best_group_totals(self, year: int, focus: str) -> dict[str, np.ndarray]:
        """Per group of countries, the position of the best full-year total for `year`, ordered by group."""
        return self._query(f"""
            SELECT arg_min(pos, rank) AS pos, {COUNTERPART} AS counterpart_iso3, sum(figures)::BIGINT AS figures
            FROM group_best WHERE (reporter = $focus OR partner = $focus) AND year = $year
            GROUP BY counterpart_iso3 HAVING counterpart_iso3 IS NOT NULL
            ORDER BY counterpart_iso3""", {"focus": focus, "year": int(year)})

    def series_candidates(self, focus: str) -> dict[str, np.ndarray]:
        """Every row allowed into the series, best first within partner and year."""
        return self._query(f"""
            SELECT pos, {COUNTERPART} AS counterpart_iso3 FROM ranked
            WHERE {SERIES_ROWS} AND (reporter = $focus OR partner = $focus)
            ORDER BY counterpart_iso3, year, reporter <> $focus, rank""", {"focus": focus})

    def rows_about(self, partners: Sequence[str], years: tuple[int, int], include_groups: bool,
                   focus: str) -> dict[str, np.ndarray]:
        """Rows with one of `partners` (and group totals, if asked) within `years`, in the frame's order
        (the page sorts the few it shows; a precomputed display order cost ~5 s per 10M rows to build)."""
        about = "list_contains($partners, counterpart_iso3)" + (" OR is_group" if include_groups else "")
        return self._query(f"""
            SELECT pos, counterpart_iso3 FROM (SELECT *, {COUNTERPART} AS counterpart_iso3 FROM keys)
            WHERE ({about}) AND year BETWEEN $low AND $high
            ORDER BY pos""",
            {"focus": focus, "partners": list(partners), "low": int(years[0]), "high": int(years[1])})


def for_frame(trade: pd.DataFrame) -> TradeIndex | None:
    """The frame's index, built on first use; None when the table is answered by pandas."""
    if engine_for(trade) == "pandas":
        return None
    return frame_memo.memo(trade, "trade_index", lambda: TradeIndex(trade))
