"""The cache points: the tables are built once per server process and shared read-only, and the few
derived results that cost a noticeable share of a page run are kept per filter value."""
from dataclasses import replace

import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from dashboard.data import dots, ties
from dashboard.data.build import DATABASE, Tables, build_tables
from dashboard.data.schemas import Problem
from dashboard.ui.store_access import user_store
from dashboard.ui.ties_words import with_meeting_labels


@st.cache_resource(show_spinner="Loading the sourced data…")
def tables() -> Tables:
    """All tables (curated files plus rows editors added). Shared by every session, so callers must
    never modify the frames in place. A database that cannot be read leaves the curated data serving."""
    try:
        store = user_store()
        extra = store.raw_frames() if store else None
    except SQLAlchemyError as exc:
        built = build_tables()
        problem = Problem(DATABASE, None, "connection", f"rows added in the app could not be read ({type(exc).__name__})")
        return replace(built, problems=(*built.problems, problem))
    return build_tables(extra_raw=extra)


def refresh() -> None:
    """After a save: every page rebuilds from the files and the store on its next run."""
    tables.clear()
    st.cache_data.clear()


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
