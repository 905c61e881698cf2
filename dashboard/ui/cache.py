"""The cache points: the tables are built once per server process and shared read-only, and the few
derived results that cost a noticeable share of a page run are kept per filter value."""
from collections.abc import Callable
from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard.data import dots, prebuilt, ties, trade
from dashboard.data.build import DATABASE, Tables, build_tables
from dashboard.data.problems import Problem
from dashboard.data.query import year_bounds
from dashboard.ui.store_access import store_to_read, user_store
from dashboard.ui import format as fmt
from dashboard.ui.ties_words import with_meeting_labels


@st.cache_resource(show_spinner="Loading the sourced data…")
def tables() -> Tables:
    """All tables (curated files plus rows editors added). Shared by every session, so callers must
    never modify the frames in place. A database that cannot be read leaves the curated data serving."""
    if not store_to_read():  # nothing was ever saved here: the curated tables alone
        return prebuilt.tables()
    from sqlalchemy.exc import SQLAlchemyError  # only with a store to read (a second of a cold start)

    try:
        store = user_store()
        extra = store.raw_frames() if store else None
    except SQLAlchemyError as exc:
        built = prebuilt.tables()
        problem = Problem(DATABASE, None, "connection", f"rows added in the app could not be read ({type(exc).__name__})")
        return replace(built, problems=(*built.problems, problem))
    if not extra or all(frame.empty for frame in extra.values()):
        return prebuilt.tables()
    return build_tables(extra_raw=extra)


def refresh() -> None:
    """After a save: every page rebuilds from the files and the store on its next run."""
    tables.clear()
    trade_view.clear()
    pair_figures.clear()
    built.clear()
    st.cache_data.clear()


@st.cache_resource(show_spinner=False, max_entries=32)
def trade_view(focus: str, partners: tuple[str, ...], years: tuple[int, int], include_groups: bool) -> dict:
    """The Trade page's frames for one set of inputs: every figure shown (with period labels), the one
    figure per partner and year, and both lines with their gaps. The same for every session, so built
    once per inputs and shared read-only (callers never modify them in place)."""
    data = tables()
    shown = fmt.with_period_labels(trade.figures_shown(data.trade, list(partners), years,
                                                      include_groups=include_groups, focus=focus))
    lines = trade.annual_series(data.trade, focus)
    return {"shown": shown, "present": frozenset(shown["counterpart_iso3"].dropna()),
            "series": trade.annual_turnover(data.trade, focus),
            "gapped": trade.series_with_gaps(lines[lines["counterpart_iso3"].isin(partners)], years)}


@st.cache_resource(show_spinner=False, max_entries=256)
def built(key: tuple, _build: Callable[[], object]) -> object:
    """A page's finished figure or table, built once per `key` and shared read-only by every session, so a
    re-run only draws (docs/benchmarks.md: a page against its replay). `_build` is not hashed: the key
    must name everything the result depends on (the page, the section, the filters, widget values)."""
    return _build()


def year_range() -> tuple[int, int]:
    """The widest year range the tables cover (the global years filter's bounds), once per tables."""
    data = tables()
    return built(("year range",), lambda: year_bounds(data.trade, data.visits, data.quotes))


@st.cache_resource(show_spinner=False, max_entries=64)
def pair_figures(years: tuple[int, int], focus: str) -> pd.DataFrame:
    """The Ties map's figures per pair of states for a year range and focus: the same for every session
    and ~0.4 s to compute, so computed once per range (the default one by `make build`). Shared
    read-only: callers never modify it in place."""
    data = tables()
    pairs = data.derived.get(prebuilt.pair_figures_key(years, focus))  # computed by `make build`
    if pairs is None:
        pairs = ties.pair_figures(data.visits, data.trade, years, focus)
    return with_meeting_labels(pairs, data.visits)


@st.cache_resource(show_spinner="Loading the IMF trade statistics…")
def dots_world() -> pd.DataFrame:
    """Every DOTS reporter's figures with every partner and group, from the committed tidy CSV (never
    the xlsx). Shared by every session, so callers must never modify it in place."""
    return dots.world_table(dots.load_dots())
