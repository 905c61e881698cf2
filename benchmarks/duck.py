"""Prototype: the Trade page's full-table queries in DuckDB (embedded, in-process), same signatures.

Proposal measured by `make bench` (scale section): the trade frame is loaded once into an in-memory
DuckDB table (the app's frames are built once and never mutated, so a connection per frame is safe
to cache), and only the queries that scan the whole table run as SQL; everything downstream of the
small annual series (latest_full_year, ranking...) stays the pandas code of dashboard.data.trade,
applied to the series DuckDB returns. Results equal the pandas functions' (tests/benchmarks).
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from dashboard.data import trade as pandas_trade
from dashboard.data.countries import FOCUS_DEFAULT
from dashboard.data.sources import KIND_RANK

_LOCK = threading.RLock()  # re-entrant: figures_shown holds it across its steps
# id(frame) -> (connection, weak reference to the frame): dropped when the frame is garbage-collected.
_CONNECTIONS: dict[int, tuple[duckdb.DuckDBPyConnection, weakref.ref]] = {}
STR = pd.StringDtype("pyarrow", na_value=np.nan)  # pandas 3's default "str"


def _sql_list(values: Sequence[str]) -> str:
    """A literal list for IN (...) of the module's own constants (user choices go in as parameters)."""
    return ", ".join("'" + str(v).replace("'", "''") + "'" for v in values) or "NULL"


KIND_CASE = "CASE source_kind " + " ".join(f"WHEN '{k}' THEN {r}" for k, r in KIND_RANK.items()) + " END"
COUNTERPART = ("CASE WHEN reporter_iso3 = $focus THEN partner_iso3 "
               "WHEN partner_iso3 = $focus THEN reporter_iso3 END")


def connection(trade: pd.DataFrame) -> duckdb.DuckDBPyConnection:
    """The frame as DuckDB table `trade` (plus `_idx`, its index), loaded once per frame object."""
    key = id(trade)
    with _LOCK:
        if key in _CONNECTIONS and _CONNECTIONS[key][1]() is trade:
            return _CONNECTIONS[key][0]
        con = duckdb.connect()
        arrow = pa.Table.from_pandas(trade, preserve_index=False).append_column(
            "_idx", pa.array(trade.index.to_numpy(), type=pa.int64()))
        con.register("_arrow", arrow)
        con.execute("CREATE TABLE trade AS SELECT * FROM _arrow")
        con.unregister("_arrow")
        _CONNECTIONS[key] = (con, weakref.ref(trade))
        weakref.finalize(trade, _CONNECTIONS.pop, key, None)
        return con


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: dict, like: pd.DataFrame,
           extra: dict[str, object], index: bool = False) -> pd.DataFrame:
    """Run `sql` and return a frame with `like`'s dtypes (plus `extra` columns' dtypes)."""
    with _LOCK:  # one connection per frame; DuckDB connections are not for concurrent use
        table = con.sql(sql, params=params or None).to_arrow_table()
    strings = {pa.string(): STR, pa.large_string(): STR, pa.string_view(): STR}
    out = table.to_pandas(types_mapper=strings.get)
    dtypes = {**like.dtypes.to_dict(), **extra}
    out = out.astype({c: dtypes[c] for c in out.columns if c in dtypes and out[c].dtype != dtypes[c]})
    if index:
        return out.set_index("_idx").rename_axis(like.index.name)
    return out.drop(columns="_idx", errors="ignore")


def _best_sql(where: str, partition: str, order: str) -> str:
    """Per partition the best row by `order` and how many rows it had (an ordered aggregate on the
    sort keys only, no window), then the full rows of the winners."""
    return f"""
        WITH e AS (
            SELECT _idx, {COUNTERPART} AS counterpart_iso3, year, {KIND_CASE} AS kind_rank,
                   approx, published, row_id
            FROM trade WHERE {where}),
        best AS (
            SELECT first(_idx ORDER BY {order}) AS _idx, counterpart_iso3, count(*) AS figures
            FROM e GROUP BY {partition})
        SELECT t.* EXCLUDE (_idx), best.counterpart_iso3, {KIND_CASE} AS kind_rank, best.figures
        FROM best JOIN trade t USING (_idx)"""


SERIES_WHERE = (f"{COUNTERPART} IS NOT NULL AND NOT is_group AND period_kind = 'year' AND flow = 'turnover' "
                "AND NOT non_oil AND NOT flagged")
SERIES_ORDER = "kind_rank, approx, published DESC, row_id"


def annual_turnover(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """dashboard.data.trade.annual_turnover, in SQL."""
    sql = _best_sql(SERIES_WHERE, "counterpart_iso3, year", SERIES_ORDER) + " ORDER BY counterpart_iso3, year"
    return _frame(connection(trade), sql, {"focus": focus}, trade,
                  {"counterpart_iso3": STR, "kind_rank": "int64", "figures": "int64"})


def series_candidates(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """dashboard.data.trade.series_candidates, in SQL (keeps the original index, like the pandas one)."""
    sql = f"""SELECT *, {COUNTERPART} AS counterpart_iso3, {KIND_CASE} AS kind_rank FROM trade
              WHERE {SERIES_WHERE}
              ORDER BY counterpart_iso3, year, kind_rank, approx, published DESC, row_id"""
    return _frame(connection(trade), sql, {"focus": focus}, trade,
                  {"counterpart_iso3": STR, "kind_rank": "int64"}, index=True)


def latest_full_year(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """The pandas tail of dashboard.data.trade.latest_full_year on the SQL series (a few hundred rows)."""
    series = annual_turnover(trade, focus)
    return (series.sort_values(["year", "counterpart_iso3"]).drop_duplicates("counterpart_iso3", keep="last")
            .reset_index(drop=True))


def partners_by_size(trade: pd.DataFrame, focus: str = FOCUS_DEFAULT) -> list[str]:
    """dashboard.data.trade.partners_by_size on the SQL series."""
    latest = latest_full_year(trade, focus).sort_values("value_usd_m", ascending=False)
    return latest["counterpart_iso3"].tolist()


def group_figures(trade: pd.DataFrame, year: int, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """dashboard.data.trade.group_figures, in SQL."""
    where = (f"is_group AND {COUNTERPART} IS NOT NULL AND year = $year AND period_kind = 'year' "
             "AND flow = 'turnover'")
    sql = _best_sql(where, "counterpart_iso3", SERIES_ORDER) + " ORDER BY counterpart_iso3"
    return _frame(connection(trade), sql, {"focus": focus, "year": year}, trade,
                  {"counterpart_iso3": STR, "kind_rank": "int64", "figures": "int64"})


def filter_table_trade(trade: pd.DataFrame, countries: Sequence[str] = (),
                       years: tuple[int, int] | None = None) -> pd.DataFrame:
    """dashboard.data.query.filter_table("trade", ...), in SQL (original index kept)."""
    where, params = ["TRUE"], {}
    if countries:
        where.append("(list_contains($codes, reporter_iso3) OR list_contains($codes, partner_iso3))")
        params["codes"] = list(countries)
    if years:
        where.append("(year IS NULL OR year BETWEEN $lo AND $hi)")
        params.update(lo=int(years[0]), hi=int(years[1]))
    sql = f"SELECT * FROM trade WHERE {' AND '.join(where)} ORDER BY _idx"
    return _frame(connection(trade), sql, params, trade, {}, index=True)


_SAID = "try_strptime(CASE WHEN length(published) = 10 THEN published END, '%Y-%m-%d')"
X_DATE = f"""CAST(CASE
    WHEN r.period_kind IN ('half', 'quarter', 'months_to_date', 'month') THEN r.period_end
    WHEN r.period_kind IN ('year', 'current_level') THEN make_date(r.year, 7, 1)
    WHEN r.period_kind = 'year_to_date' THEN
        CASE WHEN year({_SAID}) = r.year THEN {_SAID} ELSE make_date(r.year, 12, 15) END
    END AS TIMESTAMP)"""


ROWS_CTE = f"rows_ AS (SELECT *, {COUNTERPART} AS counterpart_iso3 FROM trade)"


def _period_labels(con: duckdb.DuckDBPyConnection, where: str, params: dict) -> None:
    """Table `labels`: dashboard.data.trade.period_label of each distinct period among the rows (few)."""
    periods = con.sql(f"WITH {ROWS_CTE} SELECT DISTINCT period_kind, period, period_start, months "
                      f"FROM rows_ WHERE {where}", params=params).to_arrow_table().to_pandas()
    labels = [pandas_trade.period_label(k, p, s, m) for k, p, s, m in periods.itertuples(index=False)]
    con.register("labels", pa.Table.from_pandas(periods.assign(period_label=labels), preserve_index=False))


def figures_shown(trade: pd.DataFrame, partners: list[str], years: tuple[int, int],
                  include_groups: bool, focus: str = FOCUS_DEFAULT) -> pd.DataFrame:
    """dashboard.data.trade.figures_shown, in SQL: the rows, their role, side and x date; the period
    labels come from the pandas function, applied to the distinct periods only."""
    about = "list_contains($partners, counterpart_iso3)" + (" OR is_group" if include_groups else "")
    where = f"({about}) AND year BETWEEN $lo AND $hi"
    params = {"focus": focus, "partners": list(partners), "lo": int(years[0]), "hi": int(years[1])}
    con = connection(trade)
    with _LOCK:  # the labels table belongs to this call until it returns
        _period_labels(con, where, params)
        out = _frame(con, _figures_sql(where), params, trade,
                     {"counterpart_iso3": STR, "role": STR, "side": STR, "period_label": STR,
                      "x_date": "datetime64[s]"})
    # pandas builds period_label from a list, which is float64 when empty: the same result, also when empty.
    return out.astype({"period_label": "float64"}) if out.empty else out


def _figures_sql(where: str) -> str:
    """The rows shown and the role each plays (the same precedence as the pandas assignments, reversed)."""
    t = pandas_trade
    uncharted, part, annual = _sql_list(t.UNCHARTED_KINDS), _sql_list(t.PART_YEAR_KINDS), _sql_list(t.ANNUAL_KINDS)
    chosen = _best_sql(SERIES_WHERE, "counterpart_iso3, year", SERIES_ORDER)
    return f"""
        WITH {ROWS_CTE}, chosen AS (SELECT row_id FROM ({chosen}))
        SELECT r.* EXCLUDE (_idx),
            CASE
                WHEN r.period_kind IN ({part}) AND flow = 'turnover' AND NOT is_group THEN '{t.ROLE_PART}'
                WHEN row_id IN (SELECT row_id FROM chosen) THEN '{t.ROLE_CHOSEN}'
                WHEN r.period_kind IN ({annual}) AND flow = 'turnover' AND NOT is_group THEN '{t.ROLE_OTHER}'
                WHEN is_group AND r.period_kind NOT IN ({uncharted}) THEN '{t.ROLE_GROUP}'
                WHEN flow IN ('export', 'import') AND r.period_kind NOT IN ({uncharted}) THEN '{t.ROLE_FLOW}'
                ELSE '{t.ROLE_TABLE}' END AS role,
            CASE
                WHEN counterpart_iso3 IS NOT NULL AND reporter_iso3 = counterpart_iso3 THEN '{t.SIDE_PARTNER}'
                WHEN reporter_iso3 = $focus THEN '{t.SIDE_FOCUS}'
                ELSE '{t.SIDE_OTHER}' END AS side,
            l.period_label,
            {X_DATE} AS x_date
        FROM rows_ r LEFT JOIN labels l
            ON r.period_kind = l.period_kind AND r.period = l.period
            AND r.period_start IS NOT DISTINCT FROM l.period_start AND r.months IS NOT DISTINCT FROM l.months
        WHERE {where}
        ORDER BY counterpart_iso3, r.period_start, r.period_end, flow, row_id"""


# name -> (pandas function, DuckDB function): the pairs the benchmark and the parity tests compare.
PAIRS = {
    "annual_turnover": (pandas_trade.annual_turnover, annual_turnover),
    "series_candidates": (pandas_trade.series_candidates, series_candidates),
    "latest_full_year": (pandas_trade.latest_full_year, latest_full_year),
    "partners_by_size": (pandas_trade.partners_by_size, partners_by_size),
    "group_figures": (pandas_trade.group_figures, group_figures),
    "figures_shown": (pandas_trade.figures_shown, figures_shown),
}
