"""Data build time from the raw files: in-process runs (warm imports) and one cold run in a fresh process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from .common import ROOT, repeat, summary

# The child reports its own phases; the parent's clock adds interpreter start-up.
COLD = """
import json, time
t0 = time.perf_counter()
from dashboard.data.build import build_tables
t1 = time.perf_counter()
tables = build_tables()
t2 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "build": t2 - t1, "trade_rows": len(tables.trade),
                  "problems": len(tables.problems)}))
"""


def cold_run() -> dict[str, float]:
    """One build in a new interpreter: total wall time including start-up and imports."""
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", COLD], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - t0
    if done.returncode:
        raise RuntimeError(f"cold build failed:\n{done.stderr[-2000:]}")
    return {"wall": wall, **json.loads(done.stdout.strip().splitlines()[-1])}


def measure(runs: int = 10) -> dict[str, object]:
    """build_tables(): p50/p95 of `runs` warm in-process runs, plus one cold run."""
    from dashboard.data.build import build_tables

    cold = cold_run()
    tables = build_tables()
    warm = summary(repeat(build_tables, runs, warmup=1))
    sizes = {name: len(tables.table(name)) for name in ("trade", "visits", "targets", "quotes", "sources")}
    return {"warm": warm, "cold": cold, "rows": sizes, "problems": len(tables.problems)}
