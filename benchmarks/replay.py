"""The replay yardstick: a page that hands Streamlit the same finished figures, tables and texts as a
real page run, computing nothing. A page's run time over its replay's says how much of the run is
recomputation rather than drawing (issue 12's goal: at most 1.5×).

`record` runs a page once under AppTest with Streamlit's element functions wrapped, keeping every
call that draws something (with its arguments: the finished Plotly figure, frame or text);
`replay_page` makes exactly those calls again, in order, on the main area.
"""
from __future__ import annotations

import functools
from contextlib import contextmanager

import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.testing.v1 import AppTest

# What a page draws (outputs); widgets are left out: their cost is Streamlit's, the same in both.
DRAWING = ("title", "header", "subheader", "markdown", "caption", "text", "plotly_chart", "dataframe",
           "table", "metric", "progress", "badge", "warning", "info", "success", "error", "image")


@contextmanager
def _recording(calls: list[tuple[str, tuple, dict]]):
    """Wrap the drawing methods of every DeltaGenerator (and the `st.*` shortcuts bound at import)."""
    originals = {name: getattr(DeltaGenerator, name) for name in DRAWING if hasattr(DeltaGenerator, name)}
    shortcuts = {name: getattr(st, name) for name in originals if hasattr(st, name)}

    def wrap(name, method):
        @functools.wraps(method)
        def recorded(*args, **kwargs):
            calls.append((name, args[1:] if args and isinstance(args[0], DeltaGenerator) else args, kwargs))
            return method(*args, **kwargs)
        return recorded

    try:
        for name, method in originals.items():
            setattr(DeltaGenerator, name, wrap(name, method))
        for name, shortcut in shortcuts.items():
            setattr(st, name, wrap(name, shortcut))
        yield
    finally:
        for name, method in originals.items():
            setattr(DeltaGenerator, name, method)
        for name, shortcut in shortcuts.items():
            setattr(st, name, shortcut)


def record(app: AppTest) -> list[tuple[str, tuple, dict]]:
    """Every drawing call of one run of `app` (a page under AppTest, already warmed up)."""
    calls: list[tuple[str, tuple, dict]] = []
    with _recording(calls):
        app.run()
    if app.exception:
        raise RuntimeError("; ".join(str(e.value) for e in app.exception)[:500])
    return calls


def replay_page(calls: list) -> None:
    """Draw exactly what the recorded run drew; a chart's click callback becomes a plain rerun (nothing
    is clicked here, and the chart stays selectable as on the page)."""
    import streamlit as st

    for name, args, kwargs in calls:
        if callable(kwargs.get("on_select")):
            kwargs = {**kwargs, "on_select": "rerun"}
        getattr(st, name)(*args, **kwargs)
