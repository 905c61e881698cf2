"""AppTest smoke: every registered page runs without an exception, with and without filters."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.views import PAGES


def run_page(url_path: str) -> None:
    """Entrypoint stand-in: the real global filters, then one registered page's render()."""
    from dashboard.ui import cache, state
    from dashboard.views import PAGES

    import streamlit as st

    state.global_filters(cache.year_range())
    slot = st.container()
    next(p for p in PAGES if p.url_path == url_path).render()
    state.show_notices(slot)


def app_for(url_path: str, **query: list[str]) -> AppTest:
    at = AppTest.from_function(run_page, args=(url_path,), default_timeout=60)
    for key, values in query.items():
        at.query_params[key] = values
    return at.run()


def test_the_registry_has_the_pages_of_the_url_contract():
    assert [(p.title, p.url_path) for p in PAGES] == [
        ("Ties map", ""), ("Trade", "trade"), ("Trade with the world", "world"), ("Visits", "visits"),
        ("Quotes", "quotes"), ("Data & sources", "data"), ("Add an article", "add")]
    assert [p.default for p in PAGES] == [True] + [False] * (len(PAGES) - 1)


@pytest.mark.parametrize("url_path", [p.url_path for p in PAGES])
@pytest.mark.parametrize("query", [{}, {"country": ["KAZ"], "years": ["2018", "2024"]}, {"country": ["CYN"]}],
                         ids=["default", "kazakhstan-2018-2024", "northern-cyprus"])
def test_every_registered_page_runs_without_an_exception(url_path, query):
    at = app_for(url_path, **query)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "every page has a title"


def test_full_entrypoint_runs_without_an_exception():
    at = AppTest.from_file(str(Path(__file__).resolve().parents[2] / "streamlit_app.py"), default_timeout=60).run()
    assert not at.exception
