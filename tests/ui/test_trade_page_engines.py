"""The Trade and map pages show the same thing whether the trade queries run in pandas or through the
DuckDB index (which the app uses when TURKIC_TIES_TRADE_ENGINE says so, or for a big table)."""
import pytest
import streamlit as st

from dashboard.data import trade_index
from tests.ui.test_pages import app_for

PANDAS, DUCKDB = "pandas", "duckdb"


def _what_a_reader_sees(at) -> dict[str, list[str]]:
    """Every text, notice, key figure, table and chart title on the page."""
    return {
        "notices": [w.value for w in at.warning],
        "text": [e.value for kind in ("title", "subheader", "markdown", "caption") for e in at.get(kind)],
        "metrics": [f"{m.label}={m.value}" for m in at.metric],
        "tables": [t.value.to_csv() for t in at.table],
        "charts": [c.proto.spec for c in at.get("plotly_chart")],
    }


def _page_with(monkeypatch, engine: str, path: str, **query) -> dict[str, list[str]]:
    monkeypatch.setenv(trade_index.ENGINE_SETTING, engine)
    st.cache_resource.clear()  # new table objects: nothing memoised under the other engine is reused
    st.cache_data.clear()
    at = app_for(path, **query)
    assert not at.exception
    return _what_a_reader_sees(at)


@pytest.fixture(autouse=True)
def fresh_tables_afterwards():
    """Later tests get tables built (and memoised) under the shipped threshold, pass or fail."""
    yield
    st.cache_resource.clear()
    st.cache_data.clear()


@pytest.mark.parametrize("path, query", [
    ("trade", {}),
    ("trade", {"country": ["KAZ"]}),
    ("trade", {"country": ["TUR", "UZB"], "years": ["2015", "2024"]}),
    ("", {"measure": ["trade"]}),
    ("", {"measure": ["trade"], "country": ["KAZ"], "years": ["2018", "2024"]}),
])
def test_the_page_is_the_same_through_duckdb(monkeypatch, path, query):
    expected = _page_with(monkeypatch, PANDAS, path, **query)
    assert expected["charts"] and expected["text"]
    # A valid link: the page shows what it asks for (trade figures), not the junk-link notice.
    assert not expected["notices"], expected["notices"]
    if path == "":
        assert any("largest trade partner" in t for t in expected["text"]), expected["text"]
    got = _page_with(monkeypatch, DUCKDB, path, **query)
    for part in expected:
        assert got[part] == expected[part], part
