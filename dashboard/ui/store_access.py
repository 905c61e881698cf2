"""Which database holds user-added rows: `[connections.sql]` in secrets (st.connection, e.g. PostgreSQL),
else TURKIC_TIES_STORE_URL, else the SQLite file under data/user/. The one place the UI opens the store."""
from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from dashboard.store.location import default_url, has_rows_to_read

if TYPE_CHECKING:  # SQLAlchemy is imported only when the store is opened (dashboard/store/__init__.py)
    from dashboard.store import Store


def _configured_connection() -> bool:
    try:
        return "sql" in st.secrets.get("connections", {})
    except FileNotFoundError:  # no secrets file at all (StreamlitSecretNotFoundError is one)
        return False


@st.cache_resource(show_spinner=False)
def _store_at(url: str) -> Store:
    from dashboard.store import Store

    return Store(url)


def user_store(for_writing: bool = False) -> Store | None:
    """The store, or None when reading and the default SQLite file has never been written."""
    if _configured_connection():
        from dashboard.store import Store

        return Store(st.connection("sql").engine)
    url = default_url()
    if not for_writing and not has_rows_to_read(url):
        return None
    return _store_at(url)


def store_to_read() -> bool:
    """Whether a store may hold saved rows, answered without opening it (nor importing SQLAlchemy)."""
    return _configured_connection() or has_rows_to_read(default_url())


def where() -> str:
    """Where saved rows go, in words for the page (never the password of a URL)."""
    if _configured_connection():
        return "the database named in the app's secrets"
    url = default_url()
    return "a local SQLite file" + ("" if url.startswith("sqlite") else " (TURKIC_TIES_STORE_URL)")
