"""Scale: the Trade page's queries on synthetic trade tables of 1M and 10M rows, pandas and DuckDB.

Each size runs in its own process (`python -m benchmarks.scale ROWS`), so the tables' memory is given
back and the peak readings of one size do not leak into the next. Memory is the process's resident
set: before each query the high-water mark is reset (/proc/self/clear_refs), and the reported peak is
VmHWM after the query minus VmRSS before it -- tracemalloc would miss Arrow's string buffers.
A query whose estimate from the smaller size (time, or peak memory against what is available) is over
the budget is skipped, not run: a 10M-row query that returns every row needs ~10 GB.

Engines are the two paths of `dashboard.data.trade` itself, chosen by `trade_index.MIN_ROWS`:
"pandas" (forced for every size) and "duckdb" (what the app does with a table this big). Each engine
gets its own frame object, so nothing one engine memoised is reused by the other.
"""
from __future__ import annotations

import argparse
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
ENGINES = ("pandas", "duckdb")
ONCE = ("build the DuckDB index (once per table)", "annual series, first call per table and focus")
ON_THE_SHOWN_ROWS = ("year_by_year (on KAZ 2022-23 rows)", "flows (on KAZ 2022-23 rows)")
# name, timed call, untimed preparation
Query = tuple[str, Callable[[], object], Callable[[], object] | None]


def _queries(frame, engine: str) -> list[Query]:
    """(name, call, prepare) of every trade query the Trade page (and the Data page's filter) runs, in
    page order, after the one-off work per table. Later calls get the memoised series, as in the app."""
    from dashboard.data import query, trade_index
    from dashboard.data import trade as t

    ready: dict[str, object] = {}

    def partners():
        return ready.setdefault("partners", t.partners_by_size(frame))

    def shown():
        return ready.setdefault("shown", t.figures_shown(frame, *NARROW, False))

    year = 2023
    # The series' first call, without the memo (the index, if any, is built beforehand and timed apart).
    once: list[Query] = [(ONCE[1], lambda: t._annual_turnover(frame, t.FOCUS_DEFAULT),
                          lambda: trade_index.for_frame(frame))]
    if engine == "duckdb":
        once.insert(0, (ONCE[0], lambda: trade_index.TradeIndex(frame), None))
    return once + [
        ("annual_turnover (memoised)", lambda: t.annual_turnover(frame), lambda: t.annual_turnover(frame)),
        ("latest_full_year", lambda: t.latest_full_year(frame), None),
        ("partners_by_size", lambda: t.partners_by_size(frame), None),
        ("figures_shown, all partners", lambda: t.figures_shown(frame, partners(), YEARS, True), partners),
        ("figures_shown, KAZ 2022-23", lambda: t.figures_shown(frame, *NARROW, False), None),
        ("group_figures", lambda: t.group_figures(frame, year), None),
        ("ranking_years", lambda: t.ranking_years(frame, YEARS, partners()), partners),
        ("default_ranking_year", lambda: t.default_ranking_year(frame, YEARS, partners()), partners),
        ("ranking", lambda: t.ranking(frame, year, partners()), partners),
        ("series_with_gaps", lambda: t.series_with_gaps(t.annual_turnover(frame), YEARS), None),
        (ON_THE_SHOWN_ROWS[0], lambda: t.year_by_year(shown(), "KAZ"), shown),
        (ON_THE_SHOWN_ROWS[1], lambda: t.flows(shown(), "KAZ"), shown),
        ("series_candidates (not on the page; every eligible row)", lambda: t.series_candidates(frame), None),
        ("filter_table(trade), all (Data page)", lambda: query.filter_table("trade", frame, (), YEARS), None),
        ("filter_table(trade), KAZ 2022-23 (Data page)",
         lambda: query.filter_table("trade", frame, *NARROW), None),
    ]


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
    from dashboard.data import trade_index
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
        # The engine is set explicitly (also below the size where `auto` would pick DuckDB).
        os.environ[trade_index.ENGINE_SETTING] = engine
        own = frame.copy(deep=False)  # a new frame object: nothing built for the other engine
        out["engines"][engine] = _run_queries(own, engine, estimates, budget_s, table_kb)
        del own
    os.environ.pop(trade_index.ENGINE_SETTING, None)
    out["rss_end_mb"] = proc_kb("VmRSS") / 1024
    return out


def _run_queries(frame, engine: str, estimates: dict[str, tuple[float, float]], budget_s: float,
                 table_kb: float) -> dict:
    """Measure each query of one engine, skipping those estimated over budget or short of memory."""
    results: dict[str, object] = {}
    for name, call, prepare in _queries(frame, engine):
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
    engines = engines or ENGINES
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
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--estimates", default="{}")
    args = parser.parse_args()
    result = run_size(args.rows, json.loads(args.estimates), args.budget, tuple(args.engines.split(",")))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
