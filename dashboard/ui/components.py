"""Reusable page parts: charts that draw offline, source notes, downloads, KPI cards, empty states.

Every piece of text that comes from a source goes through `escape_markdown` / `md_link`.
"""
from __future__ import annotations

import functools

import pandas as pd
import streamlit as st

from dashboard.data.query import to_csv_bytes
from dashboard.data.sources import KIND_LABELS
from dashboard.ui.safe import escape_markdown, md_link

# plotly.js fetches world topojson for every geo trace; offline it must come from our static folder
# (docs/architecture.md). Relative, so it resolves under the app's own origin on every one-level page path.
TOPOJSON_URL = "app/static/topojson/"
PLOTLY_CONFIG = {"topojsonURL": TOPOJSON_URL, "displaylogo": False, "responsive": True,
                 "modeBarButtonsToRemove": ["select2d", "lasso2d"]}
MAX_SOURCES_LISTED = 12


def plotly_chart(fig, *, key: str | None = None, **kwargs):
    """The only way pages draw a Plotly figure: sets topojsonURL so geo maps work offline."""
    config = {**PLOTLY_CONFIG, **kwargs.pop("config", {})}
    return st.plotly_chart(fig, key=key, config=config, width="stretch", **kwargs)


def source_line(rows: pd.DataFrame, *, label: str = "Source") -> str:
    """The markdown of a source note: publishers and links of exactly these rows, grouped by publisher
    ("" when there is nothing to cite). Pages keep it with their other finished parts (cache.built)."""
    if rows.empty or "publisher" not in rows.columns:
        return ""
    # Plain tuples, not a pandas groupby: this runs for every chart of a view the first time it is built.
    cited = dict.fromkeys(zip(rows["publisher"], rows["source_url"], rows["published"]))
    by_publisher: dict[str, list[tuple[str, str]]] = {}
    for publisher, url, published in cited:
        by_publisher.setdefault(publisher, []).append((published, url))
    parts = []
    for publisher in sorted(by_publisher)[:MAX_SOURCES_LISTED]:
        links = [url for _, url in sorted(by_publisher[publisher], key=_published_order)]
        linked = [md_link(str(i + 1), url) for i, url in enumerate(links) if url]
        suffix = f" ({', '.join(linked)})" if linked and len(linked) > 1 else ""
        name = md_link(publisher, links[0]) if len(linked) == 1 else escape_markdown(publisher)
        parts.append(name + suffix)
    more = len(by_publisher) - MAX_SOURCES_LISTED
    tail = f"; and {more} more publishers (see the table below and the Data & sources page)" if more > 0 else ""
    plural = "s" if len(by_publisher) > 1 else ""
    return f"**{label}{plural}:** " + "; ".join(parts) + tail


def _published_order(entry: tuple[object, str]) -> tuple[bool, str]:
    """Oldest publication first, rows without a date last (as pandas sorts missing values)."""
    published = entry[0]
    missing = published is None or (isinstance(published, float) and published != published)
    return (missing, "" if missing else str(published))


def source_note(line: str) -> None:
    """Under a chart or table: a source note `source_line` made (nothing when it had nothing to cite)."""
    if line:
        st.caption(line)


def download_csv(rows: pd.DataFrame, *, file_name: str, label: str = "Download these rows (CSV)", key: str | None = None) -> None:
    """A CSV download of exactly the rows shown. The CSV is written when the button is clicked, not on
    every run (it was ~11% of a Trade page run), and the click does not re-run the page."""
    st.download_button(label, data=functools.partial(to_csv_bytes, rows), file_name=file_name, mime="text/csv",
                       key=key or f"dl-{file_name}", icon=":material/download:", on_click="ignore")


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def empty_state(what: str, how: str) -> None:
    """An empty result says why and how to widen the filter."""
    st.info(f"**No {escape_markdown(what)} match these filters.** {escape_markdown(how)}", icon=":material/filter_alt_off:")


def kpi(column, label: str, value: str, help_text: str | None = None, delta: str | None = None) -> None:
    """A key figure; `help_text` carries its source (shown on hover). Streamlit reads a delta's direction
    from a leading ASCII "-", so the house minus (U+2212) is swapped for it here, or a fall shows as a rise."""
    if delta and delta.startswith("−"):
        delta = "-" + delta[1:]
    column.metric(label, value, delta=delta, help=help_text, border=True)


def footer(tables) -> None:
    """A line on every page naming where the data comes from."""
    top = tables.sources["publisher"].value_counts().head(6).index.tolist()
    st.divider()
    st.caption(
        f"Data: {len(tables.sources)} sources compiled from public news agencies and official sites — "
        + ", ".join(escape_markdown(p) for p in top)
        + " and others. Every figure and quote links to its page on **Data & sources**. "
        "Where sources disagree, all figures are shown. Geometry: Natural Earth (public domain)."
    )


# Streamlit's own display options (embed) never appear in st.query_params, so a shared link omits them.


def current_view_url() -> str:
    """The address of exactly this view: page URL plus every filter parameter (repeated ones kept)."""
    from urllib.parse import urlencode

    base = st.context.url or "/"
    pairs = [(key, value) for key in st.query_params for value in st.query_params.get_all(key)]
    return base + ("?" + urlencode(pairs) if pairs else "")


def share_view(slot) -> None:
    """A 'Share this view' control: shows the current URL in a box with a copy button."""
    if st.context.is_embedded:
        return
    with slot:
        with st.popover("Share this view", icon=":material/share:"):
            st.caption("Anyone opening this link sees this page with these filters.")
            st.code(current_view_url(), language=None, wrap_lines=True)
