"""SQL storage of the rows users added through the app (SQLAlchemy; no Streamlit here).

The curated CSVs stay the reviewed base; the store holds what editors added, with who added it and
when, in the raw-CSV shape of each table, and exports it back to that format. A SQLite file under
data/user/ by default (nothing to install); any SQLAlchemy URL (PostgreSQL on a deployment) works.

Writes are transactions: one save (all rows an editor accepted from one article) is committed
whole or not at all, so a kill mid-save leaves no half record and loses nothing saved before it.
Every row has a dedup key (the table's stable id: same quote, same visit, same figure from the same
source); a unique constraint keeps two concurrent saves of the same row from both landing.
"""
from .location import DEFAULT_URL, STORE_URL_ENV, default_url

_NEEDS_SQLALCHEMY = ("SaveResult", "Store", "StoreError")


def __getattr__(name: str):
    """The store's classes are imported on first use: SQLAlchemy costs a reading page's cold start a
    second (docs/benchmarks.md), and reading pages never open the store unless rows were saved."""
    if name in _NEEDS_SQLALCHEMY:
        from . import store

        return getattr(store, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEFAULT_URL", "STORE_URL_ENV", "SaveResult", "Store", "StoreError", "default_url"]
