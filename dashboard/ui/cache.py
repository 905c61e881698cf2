"""The cache points: the tables are built once per server process and shared read-only, and the few
derived results that cost a noticeable share of a page run are kept per filter value."""
import pandas as pd
import streamlit as st

from dashboard.data import dots, ties
from dashboard.data.build import Tables, build_tables
from dashboard.ui.ties_words import with_meeting_labels


@st.cache_resource(show_spinner="Loading the sourced data…")
def tables() -> Tables:
    """All tables. Shared by every session, so callers must never modify the frames in place."""
    return build_tables()


@st.cache_data(show_spinner=False, max_entries=64)
def pair_figures(years: tuple[int, int], focus: str) -> pd.DataFrame:
    """The Ties map's figures per pair of states for a year range: the same for every session and
    ~0.36 s to compute (most of a map run), so computed once per range. Each caller gets a copy."""
    data = tables()
    return with_meeting_labels(ties.pair_figures(data.visits, data.trade, years, focus), data.visits)


@st.cache_resource(show_spinner="Loading the IMF trade statistics…")
def dots_world() -> pd.DataFrame:
    """Every DOTS reporter's figures with every partner and group, from the committed tidy CSV (never
    the xlsx). Shared by every session, so callers must never modify it in place."""
    return dots.world_table(dots.load_dots())
