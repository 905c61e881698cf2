"""The one cache point: the tables are built once per server process and shared read-only."""
import streamlit as st

from dashboard.data.build import Tables, build_tables


@st.cache_resource(show_spinner="Loading the sourced data…")
def tables() -> Tables:
    """All tables. Shared by every session, so callers must never modify the frames in place."""
    return build_tables()
