"""The built tables kept on disk by `make build`, so that a server's first page reads them instead of
validating and normalising every raw file again (docs/benchmarks.md, "Where the cold start goes").

The copy is a pickle under data/build/ (not committed; `make build` and `make run` write it) next to a
fingerprint of everything the build reads: the raw files, the reference tables, the data layer's own
code, the Python and pandas versions, and today's date (validation compares dates with it). Any change to one of them, and the copy is not used: the
tables are built from the raw files as before. So a stale copy can cost a second, never show old data.
"""
from __future__ import annotations

import hashlib
import pickle
import platform
import sys
from datetime import date
from pathlib import Path

import pandas as pd

from . import countries, ties
from .build import Tables, build_tables
from .paths import DATA_DIR, RAW_DIR, REFERENCE_DIR
from .query import year_bounds

COPY = DATA_DIR / "build" / "tables.pickle"
CODE_DIR = Path(__file__).resolve().parent


def fingerprint(raw_dir: Path = RAW_DIR) -> str:
    """One hash of every file the build reads and of the code that reads them (~10 ms for the shipped data)."""
    # Today is an input too: validation refuses periods and dates after it (dashboard/data/schemas.py).
    digest = hashlib.sha256(f"{sys.version}|{platform.machine()}|{pd.__version__}|{date.today()}".encode())
    for folder, pattern in ((Path(raw_dir), "*"), (REFERENCE_DIR, "*"), (CODE_DIR, "*.py")):
        for path in sorted(p for p in folder.rglob(pattern) if p.is_file()):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def pair_figures_key(years: tuple[int, int], focus: str) -> tuple:
    return ("pair_figures", tuple(int(y) for y in years), focus)


def _derive(tables: Tables) -> None:
    """What a newcomer's first page needs that is slow to compute: the Ties map's pair figures at the
    default filters (all years, the default focus), over a second on a cold server."""
    years = year_bounds(tables.trade, tables.visits, tables.quotes)
    focus = countries.FOCUS_DEFAULT
    tables.derived[pair_figures_key(years, focus)] = ties.pair_figures(tables.visits, tables.trade, years, focus)


def write(raw_dir: Path = RAW_DIR, copy: Path = COPY) -> Path:
    """Build the tables from `raw_dir` and keep them, with what `_derive` computes and their fingerprint
    (atomically: a reader never sees half a file). It builds them itself, so the copy can only ever hold
    what these files give."""
    fingerprinted = fingerprint(raw_dir)
    tables = build_tables(raw_dir)
    _derive(tables)
    copy.parent.mkdir(parents=True, exist_ok=True)
    partial = copy.with_suffix(".partial")
    with partial.open("wb") as out:
        pickle.dump({"fingerprint": fingerprinted, "tables": tables}, out, protocol=pickle.HIGHEST_PROTOCOL)
    partial.replace(copy)
    return copy


def read(raw_dir: Path = RAW_DIR, copy: Path = COPY) -> Tables | None:
    """The kept tables if they were built from exactly these files and this code, else None."""
    try:
        with copy.open("rb") as kept:
            # Our own file, written by `make build` on this machine (data/build/ is not committed).
            stored = pickle.load(kept)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("fingerprint") != fingerprint(raw_dir):
        return None
    tables = stored.get("tables")
    return tables if isinstance(tables, Tables) else None


def tables(raw_dir: Path = RAW_DIR, copy: Path = COPY) -> Tables:
    """The curated tables: the kept copy when it is current, else a fresh build (never written here: the
    app may run where the disk is read-only)."""
    return read(raw_dir, copy) or build_tables(raw_dir)
