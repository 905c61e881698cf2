"""Visits (/visits): who visited whom, when, and what came of it."""
from __future__ import annotations

import streamlit as st

from dashboard.data import countries, query, visits
from dashboard.ui import cache, components, state, visit_charts
from dashboard.ui import format as fmt
from dashboard.ui.safe import escape_markdown

LINK = st.column_config.LinkColumn
TABLE_COLUMNS = {
    "start_date": st.column_config.DateColumn("Date", format="D MMM YYYY"),
    "visitor": "Visitor", "visitor_role": "Role", "visitor_country": "From",
    "host_country": "To", "city": "City", "type_label": "Type",
    "documents_label": st.column_config.TextColumn("Documents signed", help="As the source reports; where sources "
                                                   "give different counts, all are shown."),
    "summary": st.column_config.TextColumn("Summary", width="large"), "publisher": "Source",
    "source_url": LINK("Link", display_text="open"),
}
CSV_COLUMNS = ["start_date", "date_precision", "visitor", "visitor_role", "visitor_iso3", "host_iso3", "city",
               "visit_type", "documents_signed", "documents_label", "documents_disputed", "summary", "publisher",
               "published", "source_url", "source_kind", "visit_id"]


def _describe(filters: state.Filters) -> str:
    where = ", ".join(countries.short_name(c) for c in filters.countries) or "all countries"
    return f"{where}, {fmt.years(filters.years)}"


def _disagreements(rows) -> str:
    disputed = visits.disputed_documents(rows)
    if disputed.empty:
        return ""
    items = "\n".join(
        f"- **{escape_markdown(fmt.visit_date(r))}**, {escape_markdown(r['visitor'])} to "
        f"{escape_markdown(r['host_country'])}: {escape_markdown(fmt.documents_label(r))}" for r in disputed.to_dict("records"))
    return "**Sources disagree on how many documents were signed** — both counts are kept:\n\n" + items


def _parts(all_visits, filters: state.Filters) -> dict:
    """Everything the page shows for one filter set, words and figures finished (kept by cache.built)."""
    filtered = query.filter_table("visits", all_visits, filters.countries, filters.years)
    rows = visits.timeline_rows(filtered)
    rows = rows.assign(documents_label=[fmt.documents_label(r) for r in rows.to_dict("records")])
    parts = {"heading": f"**{len(rows)} of {len(all_visits)} visits and summit attendances** — "
                        f"{escape_markdown(_describe(filters))}", "count": len(rows)}
    if rows.empty:
        return parts
    # Newest first: the timeline reads left to right, a list top down.
    table = rows.iloc[::-1].assign(type_label=lambda f: f["visit_type"].map(fmt.visit_type))
    counts = visits.per_year_by_partner(rows)
    parts.update({
        # Takeaway titles sit above the charts, where they wrap on a phone (a Plotly title is cut off).
        "takeaway": f"**{escape_markdown(visit_charts.timeline_takeaway(rows))}**",
        "timeline": visit_charts.timeline(rows), "sources": components.source_line(rows),
        "disagreements": _disagreements(rows), "table": table[list(TABLE_COLUMNS)], "download": table[CSV_COLUMNS],
        "counts": counts})
    if not counts.empty:
        parts.update({"per_year_takeaway": f"**{escape_markdown(visit_charts.per_year_takeaway(counts))}**",
                      "per_year": visit_charts.per_year(counts),
                      "visit_sources": components.source_line(rows[rows["is_visit"]])})
    return parts


def render() -> None:
    tables = cache.tables()
    filters = state.current_filters()
    st.title("Visits")
    st.caption("Who visited whom, when, and what came of it: leaders' visits and summits, each with its source.")
    parts = cache.built(("visits", tuple(filters.countries), tuple(filters.years)), lambda: _parts(tables.visits, filters))
    st.markdown(parts["heading"])
    count = parts["count"]
    if not count:
        components.empty_state("visits", "Remove a country or widen the years in the sidebar.")
        return

    st.markdown(parts["takeaway"])
    components.plotly_chart(parts["timeline"], key="visits_timeline")
    st.caption("One marker per visit or summit attendance, on the partner's row (Azerbaijan's row: summits it hosted). "
               "Shape = type of visit, summits as stars; **filled** = the partner's leader came to Azerbaijan, "
               "**hollow** = Azerbaijan's leader went there. Hover a marker for the summary and source.")
    components.source_note(parts["sources"])
    if parts["disagreements"]:
        st.warning(parts["disagreements"], icon=":material/compare_arrows:")

    st.subheader("All visits shown", anchor=False)
    st.dataframe(parts["table"], column_config=TABLE_COLUMNS, hide_index=True, width="stretch",
                 height="auto" if count <= 10 else 420)
    components.download_csv(parts["download"], file_name="turkic-ties-visits.csv", key="dl-visits",
                            label=f"Download {'this row' if count == 1 else f'these {count} rows'} (CSV)")

    counts = parts["counts"]
    if counts.empty:
        return
    chart, about = st.columns([3, 2])
    with chart:
        st.markdown(parts["per_year_takeaway"])
        components.plotly_chart(parts["per_year"], key="visits_per_year")
    with about:
        st.markdown("**Visits per year, by partner.** Each bar counts leaders' trips between Azerbaijan and the "
                    "partner in that year, in either direction, including trips to attend a summit; summits "
                    "Azerbaijan hosted count once per visiting leader.")
        components.source_note(parts["visit_sources"])
        components.download_csv(counts, file_name="turkic-ties-visits-per-year.csv", key="dl-visits-per-year",
                                label=f"Download {'this count' if len(counts) == 1 else f'these {len(counts)} counts'} (CSV)")
