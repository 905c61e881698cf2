"""`python -m benchmarks` (run by `make bench`): measure, print, and write docs/benchmarks.md."""
from __future__ import annotations

import argparse
import os
import sys
import time
import traceback

from .common import ROOT, machine

SECTIONS = ("build", "pages", "browser", "memory", "load", "scale", "ingest")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections to run, of: {','.join(SECTIONS)}")
    parser.add_argument("--quick", action="store_true", help="fewer runs and 1M rows only (a smoke run)")
    parser.add_argument("--rows", default="1000000,10000000", help="synthetic trade sizes for the scale section")
    parser.add_argument("--budget", type=float, default=20.0,
                        help="skip a scale query whose estimate (from the smaller size) is over this many seconds")
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(chosen) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)

    from tests.e2e.conftest import CHROMIUM

    from . import report

    quick = args.quick
    results: dict[str, object] = {"machine": machine(CHROMIUM)}
    started = time.perf_counter()
    browser_sections = [s for s in chosen if s in ("browser", "memory", "load")]
    if browser_sections and not os.access(CHROMIUM, os.X_OK):
        print(f"note: {CHROMIUM} not found: skipping {', '.join(browser_sections)} (apt-get install -y chromium)")
        chosen = [s for s in chosen if s not in browser_sections]

    def section(name: str, run) -> None:
        t0 = time.perf_counter()
        print(f"== {name} ...", flush=True)
        try:
            results[name] = run()
        except Exception as exc:  # noqa: BLE001 -- one broken section must not lose the others' figures
            traceback.print_exc()
            results[name] = {"failed_with": f"{type(exc).__name__}: {exc}"[:500]}
        print(f"   {name} took {time.perf_counter() - t0:.0f} s", flush=True)

    if "build" in chosen:
        from . import data_build

        section("build", lambda: data_build.measure(runs=3 if quick else 10))
    if "pages" in chosen:
        from . import page_runs

        section("pages", lambda: page_runs.measure(runs=3 if quick else 10))
    if any(s in chosen for s in ("browser", "memory", "load")):
        from . import browser

        with browser.Chromium() as chromium:
            if "browser" in chosen:
                def run_browser():
                    from .server import Server

                    out = {"cold": browser.cold_start(chromium, runs=2 if quick else 5)}
                    with Server() as server:
                        server.wait_healthy()
                        warm = chromium.page(server.base, "warm-up")  # Streamlit issue 9992: / first
                        warm.goto("/")
                        browser.settle(warm)
                        warm.context.close()
                        out["change"] = browser.filter_change(chromium, server.base, runs=2 if quick else 5)
                    out["problems"] = chromium.problems()
                    return out

                section("browser", run_browser)
            if "memory" in chosen:
                section("memory", lambda: browser.server_rss(chromium))
            if "load" in chosen:
                section("load", lambda: browser.load(chromium, sessions=20))
    if "scale" in chosen:
        from . import scale

        sizes = (1_000_000,) if quick else tuple(int(r) for r in args.rows.split(","))
        section("scale", lambda: scale.measure(sizes, budget_s=args.budget))

    if "ingest" in chosen:
        from . import ingest

        section("ingest", lambda: ingest.measure(quick))

    results["machine"]["load_after"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    markdown = report.render(results, argv, time.perf_counter() - started)
    print()
    print(markdown)
    if set(chosen) != set(SECTIONS) and not args.no_write:
        print("\nnot written: docs/benchmarks.md holds one complete run (this was --only a part of it)")
    elif not args.no_write:
        print(f"\nwritten: {report.write(markdown).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
