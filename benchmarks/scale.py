"""Scale: the Trade page's queries on synthetic trade tables of 1M and 10M rows, pandas and DuckDB.

Each size runs in its own process (`python -m benchmarks.scale ROWS`), so the tables' memory is given
back and the peak readings of one size do not leak into the next. Memory is the process's resident
set: before each query the high-water mark is reset (/proc/self/clear_refs), and the reported peak is
VmHWM after the query minus VmRSS before it -- tracemalloc would miss Arrow's string buffers.
A query whose estimate from the smaller size (time, or peak memory against what is available) is over
the budget is skipped, not run: a 10M-row query that returns every row needs ~10 GB.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import time
import warnings
from collections.abc import Callable

from .common import ROOT, mem_available_kb, proc_kb, reset_peak, summary

NARROW = (["KAZ"], (2022, 2023))
YEARS = (2004, 2025)
TARGET_S = 0.150  # the bar for a query at 10M rows
GROWTH = 1.5  # measured: tenfold rows cost these queries 10-25x the time (sorting, memory traffic)


# Page queries that only work on annual_turnover's result (a few hundred rows) once they have it.
ON_THE_SERIES = ("latest_full_year", "partners_by_size", "figures_shown, KAZ 2022-23", "ranking_years",
                 "default_ranking_year", "ranking", "series_with_gaps")
ON_THE_SHOWN_ROWS = ("year_by_year (on KAZ 2022-23 rows)", "flows (on KAZ 2022-23 rows)")
# Above this size plain pandas skips the queries that merely repeat annual_turnover inside (its time is
# measured on its own, and the "cached series" engine measures what is left of them).
REPEATS_UP_TO = 1_000_000
# name, timed call (None: not run at this size), untimed preparation
Query = tuple[str, Callable[[], object] | None, Callable[[], object] | None]


def _queries(frame, engine: str) -> list[Query]:
    """(name, call, prepare) of every trade query the Trade page (and the Data page's filter) runs, in
    page order. Engines: "pandas" (dashboard.data.trade as it is), "duckdb" (benchmarks.duck), and
    "cached series" (the pandas functions with annual_turnover computed once per table, as a cache would)."""
    from dashboard.data import query
    from dashboard.data import trade as pd_trade

    t = pd_trade
    if engine == "duckdb":
        from . import duck as t
    ready: dict[str, object] = {}

    def partners():
        return ready.setdefault("partners", t.partners_by_size(frame))

    def shown():
        return ready.setdefault("shown", pd_trade.figures_shown(frame, *NARROW, False))

    year = 2023
    pages: list[Query] = [
        ("filter_table(trade), all", lambda: query.filter_table("trade", frame, (), YEARS), None),
        ("filter_table(trade), KAZ 2022-23", lambda: query.filter_table("trade", frame, *NARROW), None),
        ("with_counterpart", lambda: pd_trade.with_counterpart(frame), None),
        ("annual_turnover", lambda: t.annual_turnover(frame), None),
        ("series_candidates", lambda: t.series_candidates(frame), None),
        ("latest_full_year", lambda: t.latest_full_year(frame), None),
        ("partners_by_size", lambda: t.partners_by_size(frame), None),
        ("figures_shown, all partners", lambda: t.figures_shown(frame, partners(), YEARS, True), partners),
        ("figures_shown, KAZ 2022-23", lambda: t.figures_shown(frame, *NARROW, False), None),
        ("group_figures", lambda: t.group_figures(frame, year), None),
        ("ranking_years", lambda: pd_trade.ranking_years(frame, YEARS, partners()), partners),
        ("default_ranking_year", lambda: pd_trade.default_ranking_year(frame, YEARS, partners()), partners),
        ("ranking", lambda: pd_trade.ranking(frame, year, partners()), partners),
        ("series_with_gaps", lambda: pd_trade.series_with_gaps(pd_trade.annual_turnover(frame), YEARS), None),
        (ON_THE_SHOWN_ROWS[0], lambda: pd_trade.year_by_year(shown(), "KAZ"), shown),
        (ON_THE_SHOWN_ROWS[1], lambda: pd_trade.flows(shown(), "KAZ"), shown),
    ]
    if engine == "duckdb":
        # Only what scans the whole table; the filter returns whole rows, which pandas slices for free.
        wanted = ("annual_turnover", "series_candidates", "latest_full_year", "partners_by_size",
                  "figures_shown, all partners", "figures_shown, KAZ 2022-23", "group_figures")
        narrow: Query = ("filter_table(trade), KAZ 2022-23", lambda: t.filter_table_trade(frame, *NARROW), None)
        return [narrow] + [q for q in pages if q[0] in wanted]
    if engine == "cached series":
        return [q for q in pages if q[0] in ON_THE_SERIES + ON_THE_SHOWN_ROWS]
    if len(frame) > REPEATS_UP_TO:
        repeats = ON_THE_SERIES[:2] + ON_THE_SERIES[3:] + ON_THE_SHOWN_ROWS
        return [(n, None, None) if n in repeats else (n, c, p) for n, c, p in pages]
    return pages


@contextlib.contextmanager
def _series_cached(frame):
    """dashboard.data.trade.annual_turnover answered from one computed series while inside (measuring only)."""
    from dashboard.data import trade as pd_trade

    original = pd_trade.annual_turnover
    series = {}

    def cached(trade, focus=pd_trade.FOCUS_DEFAULT):
        if trade is not frame:
            return original(trade, focus)
        if focus not in series:
            series[focus] = original(trade, focus)
        return series[focus]

    pd_trade.annual_turnover = cached
    try:
        cached(frame)
        yield
    finally:
        pd_trade.annual_turnover = original


def _measure(call: Callable[[], object], runs: int) -> dict[str, object]:
    """First call: time and peak memory; then more timed calls (none after a first call over 3 s)."""
    reset_peak()
    before = proc_kb("VmRSS")
    t0 = time.perf_counter()
    result = call()
    samples = [time.perf_counter() - t0]
    peak_mb = max(0, proc_kb("VmHWM") - before) / 1024
    rows = len(result) if hasattr(result, "__len__") else None
    del result
    for _ in range(runs - 1 if samples[0] < 3 else 0):
        t0 = time.perf_counter()
        call()
        samples.append(time.perf_counter() - t0)
    return {**summary(samples), "peak_mb": peak_mb, "rows": rows}


def run_size(rows: int, estimates: dict[str, tuple[float, float]], budget_s: float,
             engines: tuple[str, ...]) -> dict:
    """Generate `rows` rows once, then every query on every engine; called in the child process."""
    from dashboard.data.build import build_tables

    from .synthetic import synthetic_trade

    warnings.filterwarnings("ignore")
    base = build_tables().trade
    t0 = time.perf_counter()
    frame = synthetic_trade(base, rows)
    out: dict[str, object] = {"rows": rows, "generate_s": time.perf_counter() - t0,
                              "table_mb": frame.memory_usage(deep=True).sum() / 1024 ** 2,
                              "rss_after_generate_mb": proc_kb("VmRSS") / 1024, "engines": {}}
    table_kb = out["table_mb"] * 1024
    for engine in engines:
        results: dict[str, object] = {}
        if engine == "duckdb":
            from . import duck

            reset_peak()
            before = proc_kb("VmRSS")
            t0 = time.perf_counter()
            duck.connection(frame)
            results["load into DuckDB (once per table)"] = {
                **summary([time.perf_counter() - t0]), "peak_mb": (proc_kb("VmHWM") - before) / 1024, "rows": rows}
        context = _series_cached(frame) if engine == "cached series" else contextlib.nullcontext()
        with context:
            results.update(_run_queries(frame, engine, estimates, budget_s, table_kb))
        out["engines"][engine] = results
    out["rss_end_mb"] = proc_kb("VmRSS") / 1024
    return out


def _run_queries(frame, engine: str, estimates: dict[str, tuple[float, float]], budget_s: float,
                 table_kb: float) -> dict:
    """Measure each query of one engine, skipping those estimated over budget or short of memory."""
    results: dict[str, object] = {}
    for name, call, prepare in _queries(frame, engine):
        if call is None:
            why = ("its input, figures_shown for KAZ 2022-23, is measured above" if name in ON_THE_SHOWN_ROWS
                   else "≈ annual_turnover + its “cached series” time")
            results[name] = {"skipped": f"not run: {why}"}
            continue
        seconds, peak_mb = estimates.get(f"{engine}:{name}", (0.0, 0.0))
        if seconds > budget_s:
            results[name] = {"skipped": f"not run: estimated {seconds:.0f} s > {budget_s:.0f} s budget"}
            continue
        available_mb = mem_available_kb() / 1024
        if peak_mb > available_mb / 2 or available_mb < 1.5 * table_kb / 1024:
            results[name] = {"skipped": f"not run: needs about {peak_mb / 1024:.0f} GiB more memory, "
                                        f"{available_mb / 1024:.0f} GiB available"}
            continue
        try:
            if prepare is not None:
                prepare()
            results[name] = _measure(call, 3)
        except Exception as exc:  # noqa: BLE001 -- a failing query is a finding, not the end of the run
            results[name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    return results


def measure(sizes: tuple[int, ...] = (1_000_000, 10_000_000), budget_s: float = 20.0,
            engines: tuple[str, ...] | None = None) -> dict[str, object]:
    """Run each size in a child process, smallest first; larger sizes skip queries estimated over budget."""
    if engines is None:
        try:
            import duckdb  # noqa: F401

            engines = ("pandas", "cached series", "duckdb")
        except ImportError:
            engines = ("pandas", "cached series")
    results, estimates, previous = [], {}, None
    for rows in sorted(sizes):
        if previous is not None:
            ratio = rows / previous["rows"]
            estimates = {f"{engine}:{name}": (r["p50"] * ratio * GROWTH, r["peak_mb"] * ratio)
                         for engine, queries in previous["engines"].items() for name, r in queries.items()
                         if "p50" in r}
        command = [sys.executable, "-m", "benchmarks.scale", str(rows), "--budget", str(budget_s),
                   "--engines", ",".join(engines), "--estimates", json.dumps(estimates)]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
        if done.returncode:
            results.append({"rows": rows, "error": done.stderr[-1500:]})
            continue
        previous = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(previous)
    return {"sizes": results, "target_s": TARGET_S, "engines": list(engines), "budget_s": budget_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("rows", type=int)
    parser.add_argument("--budget", type=float, default=20.0)
    parser.add_argument("--engines", default="pandas,cached series,duckdb")
    parser.add_argument("--estimates", default="{}")
    args = parser.parse_args()
    result = run_size(args.rows, json.loads(args.estimates), args.budget, tuple(args.engines.split(",")))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
