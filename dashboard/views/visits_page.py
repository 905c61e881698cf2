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


def _disagreements(rows) -> None:
    disputed = visits.disputed_documents(rows)
    if disputed.empty:
        return
    items = "\n".join(
        f"- **{escape_markdown(fmt.visit_date(r))}**, {escape_markdown(r['visitor'])} to "
        f"{escape_markdown(r['host_country'])}: {escape_markdown(fmt.documents_label(r))}" for r in disputed.to_dict("records"))
    st.warning("**Sources disagree on how many documents were signed** — both counts are kept:\n\n" + items,
               icon=":material/compare_arrows:")


def render() -> None:
    tables = cache.tables()
    filters = state.current_filters()
    st.title("Visits")
    st.caption("Who visited whom, when, and what came of it: leaders' visits and summits, each with its source.")
    filtered = query.filter_table("visits", tables.visits, filters.countries, filters.years)
    rows = visits.timeline_rows(filtered)
    rows = rows.assign(documents_label=[fmt.documents_label(r) for r in rows.to_dict("records")])
    st.markdown(f"**{len(rows)} of {len(tables.visits)} visits and summit attendances** — "
                f"{escape_markdown(_describe(filters))}")
    if rows.empty:
        components.empty_state("visits", "Remove a country or widen the years in the sidebar.")
        return

    # Takeaway titles sit above the charts, where they wrap on a phone (a Plotly title is cut off).
    st.markdown(f"**{escape_markdown(visit_charts.timeline_takeaway(rows))}**")
    view = ("visits", tuple(filters.countries), tuple(filters.years))
    components.plotly_chart(cache.built((*view, "timeline"), lambda: visit_charts.timeline(rows)), key="visits_timeline")
    st.caption("One marker per visit or summit attendance, on the partner's row (Azerbaijan's row: summits it hosted). "
               "Shape = type of visit, summits as stars; **filled** = the partner's leader came to Azerbaijan, "
               "**hollow** = Azerbaijan's leader went there. Hover a marker for the summary and source.")
    components.source_note(rows)
    _disagreements(rows)

    st.subheader("All visits shown", anchor=False)
    # Newest first: the timeline reads left to right, a list top down.
    table = rows.iloc[::-1].assign(type_label=lambda f: f["visit_type"].map(fmt.visit_type))
    st.dataframe(table[list(TABLE_COLUMNS)], column_config=TABLE_COLUMNS, hide_index=True, width="stretch",
                 height="auto" if len(rows) <= 10 else 420)
    components.download_csv(table[CSV_COLUMNS], file_name="turkic-ties-visits.csv", key="dl-visits",
                            label=f"Download {'this row' if len(rows) == 1 else f'these {len(rows)} rows'} (CSV)")

    counts = visits.per_year_by_partner(rows)
    if counts.empty:
        return
    chart, about = st.columns([3, 2])
    with chart:
        st.markdown(f"**{escape_markdown(visit_charts.per_year_takeaway(counts))}**")
        components.plotly_chart(cache.built((*view, "per year"), lambda: visit_charts.per_year(counts)),
                                key="visits_per_year")
    with about:
        st.markdown("**Visits per year, by partner.** Each bar counts leaders' trips between Azerbaijan and the "
                    "partner in that year, in either direction, including trips to attend a summit; summits "
                    "Azerbaijan hosted count once per visiting leader.")
        components.source_note(rows[rows["is_visit"]])
        components.download_csv(counts, file_name="turkic-ties-visits-per-year.csv", key="dl-visits-per-year",
                                label=f"Download {'this count' if len(counts) == 1 else f'these {len(counts)} counts'} (CSV)")
