"""`python -m dashboard.data check|build|stats [--json]|import-dots`: validate, describe and import the dataset.

check and build also keep the built tables for the app's first page (dashboard/data/prebuilt.py)."""
from __future__ import annotations

import argparse
import json
import sys
import time

from . import dots, prebuilt
from .build import Tables, build_tables
from .paths import DATA_DIR

TABLE_NAMES = ("countries", "sources", "trade", "visits", "targets", "quotes")


def stats(tables: Tables) -> dict[str, dict[str, int]]:
    """Per table: rows, and rows that carry neither a link nor a named publication."""
    out = {}
    for name in TABLE_NAMES:
        frame = tables.table(name)
        if name == "countries":
            out[name] = {"rows": len(frame), "rows_without_source": 0}
            continue
        if name == "sources":
            lacking = frame["url"].eq("") & frame["title"].eq("")
        else:
            lacking = frame["source_url"].eq("") & (frame["publisher"].eq("") | frame["published"].eq(""))
        out[name] = {"rows": len(frame), "rows_without_source": int(lacking.sum())}
    # Of the trade rows, how many are imported official statistics (IMF DOTS) rather than curated.
    out["trade"]["imported_rows"] = int(tables.trade["publisher"].eq(dots.PUBLISHER).sum())
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.data", description=__doc__)
    parser.add_argument("command", choices=["check", "build", "stats", "import-dots"])
    parser.add_argument("--json", action="store_true", help="stats: print JSON")
    parser.add_argument("--out", default=str(DATA_DIR / "build"), help="build: folder for the tidy CSVs")
    args = parser.parse_args(argv)

    if args.command == "import-dots":
        return import_dots()
    started = time.perf_counter()
    tables = build_tables()
    took = time.perf_counter() - started
    if args.command == "stats":
        figures = stats(tables)
        if args.json:
            print(json.dumps(figures, indent=2))
        else:
            for name, row in figures.items():
                print(f"{name:10} {row['rows']:5} rows, {row['rows_without_source']} without a source")
        return 0
    if args.command == "build":
        from pathlib import Path

        from .query import to_csv_bytes
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name in TABLE_NAMES:
            (out / f"{name}.csv").write_bytes(to_csv_bytes(tables.table(name)))
        print(f"wrote {len(TABLE_NAMES)} tables to {out}")
    for problem in tables.problems:
        print(problem, file=sys.stderr)
    figures = stats(tables)
    summary = ", ".join(f"{name} {row['rows']}" for name, row in figures.items())
    lacking = sum(row["rows_without_source"] for row in figures.values())
    print(f"checked in {took:.2f} s: {summary}; {lacking} rows without a source; {len(tables.problems)} problem(s)")
    dots_problems = check_dots() if args.command == "check" else []
    failed = bool(tables.problems or lacking or dots_problems)
    if not failed:
        print(f"kept the built tables for the app's first page: {prebuilt.write()}")
    return 1 if failed else 0


def import_dots() -> int:
    """Re-import the IMF DOTS workbooks into the committed tidy table (docs/imf-dots.md)."""
    frame, problems = dots.write_tidy(dots.DOTS_DIR)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"IMF DOTS: wrote {len(frame)} figures to {dots.display_path(dots.DOTS_DIR / dots.TIDY_FILE)}; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


def check_dots() -> list:
    """The IMF DOTS snapshot: workbooks as in the sidecar, the committed table as a fresh import gives."""
    problems, fresh = dots.verify(dots.DOTS_DIR)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"IMF DOTS: {len(fresh)} figures from the workbooks in {dots.display_path(dots.DOTS_DIR)}; "
          f"{len(problems)} problem(s)" + ("" if problems else f"; {dots.TIDY_FILE} matches them"))
    return problems


if __name__ == "__main__":
    sys.exit(main())
