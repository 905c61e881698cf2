"""Where the cold start goes: `python -m benchmarks.cold_start [--runs N] [--compare DIR]`.

Prints the parts of "server process start -> first map drawn" (docs/benchmarks.md, section 3):
- in a fresh interpreter, what the entrypoint does before the map is drawn: import Streamlit, import the
  app's modules, build the tables (`tables()`), compute the map's figures and build its Plotly figure,
  and which heavy libraries that imported; and what each heavy library costs to import on its own;
- in headless Chromium against a fresh server: until /_stcore/health answers, until the page is
  loaded, the plotly.js download (size, time) and the topojson fetch, until the first map is drawn.
`--compare DIR` runs the same against another checkout (e.g. `git archive` of an older commit), the
two alternating run by run, so that a busy machine weighs on both alike.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .common import ROOT

# The entrypoint's steps up to the map, timed one by one (the same calls as streamlit_app.py and
# dashboard/views/ties_map.py at the default filters).
APP_STEPS = """
import json, sys, time
marks = [("start", time.perf_counter())]
import streamlit
marks.append(("import streamlit", time.perf_counter()))
from dashboard.data import countries, ties
from dashboard.data import prebuilt
from dashboard.data.query import year_bounds
from dashboard.ui import cache, components, map_charts, state
from dashboard.views import PAGES
marks.append(("import the app's modules", time.perf_counter()))
tables = prebuilt.tables()  # what cache.tables() does with no saved rows: the kept copy, else a build
marks.append(("read or build the tables (tables())", time.perf_counter()))
years = year_bounds(tables.trade, tables.visits, tables.quotes)
pairs = tables.derived.get(prebuilt.pair_figures_key(years, countries.FOCUS_DEFAULT))  # as cache.pair_figures
if pairs is None:
    pairs = ties.pair_figures(tables.visits, tables.trade, years)
states = ties.country_figures(pairs, countries.FOCUS_DEFAULT, "turnover")
lines = ties.tie_lines(pairs, countries.FOCUS_DEFAULT, "turnover", (), among_others=True)
marks.append(("the map's figures (pair_figures, ...)", time.perf_counter()))
fig = map_charts.ties_map(states, lines, focus=countries.FOCUS_DEFAULT, measure="turnover")
spec = fig.to_json()
marks.append(("build the map figure + JSON", time.perf_counter()))
heavy = [m for m in ("pandera", "geopandas", "shapely", "pyogrio", "duckdb") if m in sys.modules]
print(json.dumps({"steps": [(b[0], b[1] - a[1]) for a, b in zip(marks, marks[1:])], "heavy": heavy,
                  "figure_kb": len(spec) / 1024}))
"""
# One library's own import cost, after what every page imports anyway.
ALONE = """
import json, time
import pandas, numpy, plotly.graph_objects, streamlit
t0 = time.perf_counter()
import {name}
print(json.dumps(time.perf_counter() - t0))
"""
RESOURCES_JS = """() => performance.getEntriesByType('resource')
    .filter(e => /PlotlyChart|topojson/.test(e.name))
    .map(e => ({name: e.name.split('/').pop(), start: e.startTime, end: e.responseEnd,
                transfer: e.transferSize, body: e.encodedBodySize, decoded: e.decodedBodySize}))"""
HEAVY = ("pandera.pandas", "geopandas", "duckdb")


def _python(code: str, root: Path) -> object:
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(root)})
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def in_process(root: Path) -> dict:
    """The entrypoint's steps in a fresh interpreter (no server, no browser)."""
    t0 = time.perf_counter()
    out = _python(APP_STEPS, root)
    out["wall"] = time.perf_counter() - t0
    return out


def in_browser(chromium, root: Path) -> dict:
    """One fresh server and one page: health, page load, plotly.js and topojson, first map drawn."""
    from .browser import FIRST_CHART_JS
    from .server import Server

    with Server(root) as server:
        health = server.wait_healthy()
        page = chromium.page(server.base, f"cold start {root.name}")
        asked = time.perf_counter() - server.started
        page.goto("/", wait_until="commit")
        page.wait_for_function(FIRST_CHART_JS, timeout=300_000)  # a busy 2-core box can take minutes
        drawn = time.perf_counter() - server.started
        resources = page.evaluate(RESOURCES_JS)
        page.context.close()
    return {"health": health, "page_asked": asked, "first_map": drawn, "resources": resources}


def _median(rows: list[dict], key) -> float:
    return statistics.median(key(r) for r in rows)


def report(label: str, steps: list[dict], browser: list[dict], alone: dict[str, float]) -> str:
    lines = [f"### {label}: median of {len(browser)} fresh servers, {len(steps)} fresh interpreters"]
    lines.append(f"- server process start -> /_stcore/health: {_median(browser, lambda r: r['health']):.2f} s")
    lines.append(f"- server process start -> first map drawn: **{_median(browser, lambda r: r['first_map']):.2f} s**")
    for name in ("PlotlyChart", "topojson"):
        hits = [[x for x in r["resources"] if name in x["name"] or (name == "topojson" and x["name"].endswith(".json"))]
                for r in browser]
        hits = [h[0] for h in hits if h]
        if hits:
            lines.append(f"- {hits[0]['name']}: {hits[0]['decoded'] / 1024:,.0f} KB ({hits[0]['transfer'] / 1024:,.0f} KB "
                         f"over the wire), fetched in {statistics.median(h['end'] - h['start'] for h in hits):.0f} ms, "
                         f"done {statistics.median(h['end'] for h in hits) / 1000:.2f} s after the page was asked for")
    lines.append("- in a fresh interpreter, the entrypoint's steps up to the map:")
    for i, (name, _) in enumerate(steps[0]["steps"]):
        lines.append(f"  - {name}: {_median(steps, lambda r: r['steps'][i][1]) * 1000:,.0f} ms")
    lines.append(f"  - heavy libraries imported on the way: {', '.join(steps[0]['heavy']) or 'none'}; "
                 f"the map figure is {steps[0]['figure_kb']:,.0f} KB of JSON")
    if alone:
        lines.append("- each heavy library's own import (after pandas, plotly and Streamlit): "
                     + ", ".join(f"{name} {seconds * 1000:,.0f} ms" for name, seconds in alone.items()))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cold_start", description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another checkout to measure the same way, run by run")
    args = parser.parse_args(argv)
    from .browser import Chromium

    roots = [ROOT] + ([args.compare.resolve()] if args.compare else [])
    steps = {root: [] for root in roots}
    browser = {root: [] for root in roots}
    with Chromium() as chromium:
        for _ in range(args.runs):
            for root in roots:
                steps[root].append(in_process(root))
                browser[root].append(in_browser(chromium, root))
        problems = chromium.problems()
    alone = {name: statistics.median(_python(ALONE.format(name=name), ROOT) for _ in range(3)) for name in HEAVY}
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}; {os.cpu_count()} cores")
    for root in roots:
        print(report("this checkout" if root == ROOT else f"compared: {root}", steps[root], browser[root],
                     alone if root == ROOT else {}))
    if problems:
        print("page guard problems:", *problems, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
