"""Script run time of each registered page under Streamlit's AppTest, against two yardsticks: a bare
one-chart page, and the page's own replay (the same finished figures and tables handed to Streamlit,
nothing computed: benchmarks/replay.py)."""
from __future__ import annotations

import logging
import warnings

from streamlit.testing.v1 import AppTest

from tests.ui.test_pages import run_page  # the entrypoint stand-in of the page smoke tests

from .common import repeat, summary
from .replay import record, replay_page

DEFAULT: dict[str, list[str]] = {}
NARROW: dict[str, list[str]] = {"country": ["KAZ"], "years": ["2022", "2023"]}


def bare_page() -> None:
    """The yardstick: a title and one small plotly chart, nothing else."""
    import plotly.graph_objects as go
    import streamlit as st

    st.title("One chart")
    st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2])), key="bare")


def _timed(app: AppTest, runs: int) -> dict[str, float]:
    """p50/p95 of `runs` re-runs of the same session after two warm-up runs; an exception stops it."""
    def once():
        app.run()
        if app.exception:
            raise RuntimeError("; ".join(str(e.value) for e in app.exception)[:500])

    return summary(repeat(once, runs, warmup=2))


def _app(url_path: str | None, query: dict[str, list[str]]) -> AppTest:
    app = (AppTest.from_function(bare_page, default_timeout=120) if url_path is None
           else AppTest.from_function(run_page, args=(url_path,), default_timeout=120))
    for key, values in query.items():
        app.query_params[key] = values
    return app


def measure(runs: int = 15) -> dict[str, object]:
    """Per page and filter set: p50/p95 of `runs` script runs after two warm-up runs (same session)."""
    from dashboard.views import PAGES

    warnings.filterwarnings("ignore")
    for name in list(logging.root.manager.loggerDict):  # "missing ScriptRunContext" noise of bare mode
        if name.startswith("streamlit"):
            logging.getLogger(name).setLevel(logging.ERROR)
    out: dict[str, object] = {"bare": _timed(_app(None, {}), runs), "pages": []}
    for spec in PAGES:
        row: dict[str, object] = {"page": "/" + spec.url_path, "title": spec.title}
        for label, query in (("default", DEFAULT), ("narrow", NARROW)):
            try:
                app = _app(spec.url_path, query)
                row[label] = _timed(app, runs)
                replay = AppTest.from_function(replay_page, args=(record(app),), default_timeout=120)
                row[label]["replay"] = _timed(replay, runs)
            except Exception as exc:  # a broken page is a finding to print, not a reason to stop
                row[label] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
        out["pages"].append(row)
    return out
