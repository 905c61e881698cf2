"""Where the store is, answered without importing SQLAlchemy: a page that only reads asks this at every
cold start, and SQLAlchemy's import is over a second of it (docs/benchmarks.md)."""
from __future__ import annotations

import os
from pathlib import Path

from dashboard.data.paths import DATA_DIR

STORE_URL_ENV = "TURKIC_TIES_STORE_URL"  # tests and local runs point the app at another database
DEFAULT_PATH = DATA_DIR / "user" / "added.sqlite"
DEFAULT_URL = f"sqlite:///{DEFAULT_PATH}"


def default_url() -> str:
    return os.environ.get(STORE_URL_ENV) or DEFAULT_URL


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (sqlite:///relative or sqlite:////absolute, as SQLAlchemy reads them);
    None for another database or an in-memory one."""
    scheme, _, rest = url.partition("://")
    if not scheme.startswith("sqlite"):
        return None
    path = rest[1:].split("?", 1)[0] if rest.startswith("/") else ""
    return Path(path) if path and path != ":memory:" else None


def has_rows_to_read(url: str) -> bool:
    """False for a SQLite file nobody has saved to yet (opening it to read would create it); another
    database is always asked."""
    if not url.partition("://")[0].startswith("sqlite"):
        return True
    file = sqlite_file(url)
    return file is not None and file.exists()
