"""SQL storage of the rows users added through the app (SQLAlchemy; no Streamlit here).

The curated CSVs stay the reviewed base; the store holds what editors added, with who added it and
when, in the raw-CSV shape of each table, and exports it back to that format. A SQLite file under
data/user/ by default (nothing to install); any SQLAlchemy URL (PostgreSQL on a deployment) works.

Writes are transactions: one save (all rows an editor accepted from one article) is committed
whole or not at all, so a kill mid-save leaves no half record and loses nothing saved before it.
Every row has a dedup key (the table's stable id: same quote, same visit, same figure from the same
source); a unique constraint keeps two concurrent saves of the same row from both landing.
"""
from .store import DEFAULT_URL, STORE_URL_ENV, SaveResult, Store, StoreError, default_url

__all__ = ["DEFAULT_URL", "STORE_URL_ENV", "SaveResult", "Store", "StoreError", "default_url"]
