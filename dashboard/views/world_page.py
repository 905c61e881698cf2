"""Trade with the world (/world): how much of each Turkic state's trade is with the others, and who
its largest partners are — from the IMF's official statistics (DOTS)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.data import countries, dots
from dashboard.data import world as wq
from dashboard.ui import format as fmt
from dashboard.ui import cache, components, state
from dashboard.ui import world_charts as charts
from dashboard.ui.safe import escape_markdown, md_link

REPORTER_KEY = "world_reporter"  # page-local, in the link as ?reporter=KAZ
NUMBER = st.column_config.NumberColumn
SHARE_TABLE = {
    "country": "Country", "year": st.column_config.NumberColumn("Year", format="%d"),
    "share_pct": NUMBER("Turkic share", format="%.1f%%"),
    "turkic_usd_m": NUMBER("With Turkic states (USD m)", format="%,.1f"),
    "world_usd_m": NUMBER("Total trade (USD m)", format="%,.1f"),
    "no_figure": "No figure with", "estimate_label": "Estimate",
}
PARTNER_TABLE = {
    "rank": NUMBER("#", format="%d"), "partner": "Partner",
    "turnover_usd_m": NUMBER("Exports + imports (USD m)", format="%,.1f"),
    "share_pct": NUMBER("Share of its trade", format="%.1f%%"),
    "exports_usd_m": NUMBER("Exports (USD m)", format="%,.1f"), "imports_usd_m": NUMBER("Imports (USD m)", format="%,.1f"),
    "estimate_label": "Estimate",
}


def _source_note() -> None:
    st.caption(f"**Source:** {md_link(dots.CITATION, dots.DATA_URL)} — each country's figures as it reported them "
               "to the IMF; Turkmenistan does not report, so its figures are IMF estimates from its partners' records. "
               "Hollow markers and “(est.)” mark estimates.")


def _with_source(rows: pd.DataFrame) -> pd.DataFrame:
    """A download names its source on every row."""
    return rows.assign(source=dots.CITATION, source_url=dots.DATA_URL)


def _estimate_label(rows: pd.DataFrame) -> pd.Series:
    return rows["estimate_reason"].where(rows["estimate"], "")


def _share_parts(share: pd.DataFrame, data: pd.DataFrame, years: tuple[int, int]) -> dict:
    counted = ", ".join(countries.short_name(c) for c in countries.tie_codes() if c not in wq.NOT_IN_DOTS)
    gaps = [f"{countries.short_name(r)} {fmt.year_runs(y)}" for r in share["reporter_iso3"].unique()
            if (y := wq.years_without_total(data, r, years))]
    table = share.assign(country=share["reporter_iso3"].map(countries.short_name),
                         no_figure=share["partners_without_figure"].map(charts.names),
                         estimate_label=_estimate_label(share)).sort_values(["country", "year"], ascending=[True, False])
    return {
        "takeaway": f"**{escape_markdown(charts.share_takeaway(share))}**",
        "figure": charts.share_figure(share, title="Share of total trade with the other Turkic states"),
        "caption": escape_markdown(
            "Share = exports + imports with the other Turkic states ÷ exports + imports with the world, as the country "
            f"reports them. Counted: {counted}, each country except itself (Northern Cyprus is not in the IMF "
            "statistics). A partner with no "
            "figure in a year counts as nothing traded and is named in the table."
            + (f" No total for: {'; '.join(gaps)} (the line breaks there)." if gaps else "")),
        "table": table[list(SHARE_TABLE)], "download": _with_source(share)}


def _share_section(parts: dict) -> None:
    st.subheader("How much of each country's trade is with the other Turkic states")
    st.markdown(parts["takeaway"])
    components.plotly_chart(parts["figure"], key="world-share")
    st.caption(parts["caption"])
    _source_note()
    st.dataframe(parts["table"], column_config=SHARE_TABLE, hide_index=True, width="stretch", height=320)
    components.download_csv(parts["download"], file_name="turkic-ties-turkic-share.csv", key="dl-world-share",
                            label=f"Download these {len(parts['download'])} rows (CSV)")


def _reporter_choice(options: list[str]) -> str:
    """Which country's partners to show (?reporter=, kept in the link)."""
    return state.country_pills("Country", "reporter", REPORTER_KEY, options, f"not one of {', '.join(options)}")


def _partner_parts(data: pd.DataFrame, reporter: str, years: tuple[int, int]) -> dict | None:
    year = wq.latest_year(data, reporter, years)
    if year is None:
        return None
    partners = wq.largest_partners(data, reporter, year)
    table = partners.assign(rank=[i + 1 if not g else None for i, g in enumerate(partners["is_group"])],
                            partner=[charts.partner_label(c, n) + (" (group)" if g else "") for c, n, g in
                                     zip(partners["partner_iso3"], partners["partner_name"], partners["is_group"])],
                            estimate_label=_estimate_label(partners))
    return {"year": year,
            "caption": f"{year}, the latest year in the chosen range with {escape_markdown(countries.short_name(reporter))}'s "
                       "total trade. Turkic states in their colour; the European Union is a group whose members also "
                       "appear on their own.",
            "takeaway": f"**{escape_markdown(charts.partners_takeaway(partners, reporter, year))}**",
            "figure": charts.partners_figure(partners, reporter, title=f"{countries.short_name(reporter)}'s "
                                             f"largest partners, {year}"),
            "table": table[list(PARTNER_TABLE)], "download": _with_source(partners)}


def _partners_section(data: pd.DataFrame, options: list[str], years: tuple[int, int]) -> None:
    st.subheader("Largest trading partners")
    reporter = _reporter_choice(options)
    parts = cache.built(("world-partners", reporter, tuple(years)), lambda: _partner_parts(data, reporter, years))
    if parts is None:
        components.empty_state("total trade figures", "Widen the years in the sidebar.")
        return
    st.caption(parts["caption"])
    st.markdown(parts["takeaway"])
    components.plotly_chart(parts["figure"], key="world-partners")
    _source_note()
    st.dataframe(parts["table"], column_config=PARTNER_TABLE, hide_index=True, width="stretch")
    components.download_csv(parts["download"], file_name=f"turkic-ties-partners-{reporter}-{parts['year']}.csv",
                            key="dl-world-partners", label=f"Download these {len(parts['download'])} rows (CSV)")


def render() -> None:
    filters = state.current_filters()
    data = cache.dots_world()
    st.title("Trade with the world")
    st.caption("How much do the Turkic states really trade with each other? Each country's trade with the other "
               "Turkic states as a share of all its trade, and its largest partners, from official statistics.")
    if data.empty:
        components.empty_state("official trade statistics", "The IMF DOTS table (data/raw/imf-dots/imf_dots.csv) is "
                               "missing: run `python -m dashboard.data import-dots`, then reload.")
        return
    reporters = cache.built(("world-reporters",), lambda: wq.reporters(data))
    chosen = [c for c in filters.countries if c in reporters] if filters.countries else reporters
    years = tuple(filters.years)
    share = cache.built(("world-share", tuple(chosen), years), lambda: wq.turkic_share(data, chosen, filters.years))
    if share.empty:
        first, last = int(data["year"].min()), int(data["year"].max())
        how = (f"The IMF statistics cover {first}–{last} and these countries: "
               f"{', '.join(countries.short_name(r) for r in reporters)} (not Northern Cyprus). "
               f"Widen the years (now {fmt.years(filters.years)}) or choose another country in the sidebar.")
        components.empty_state("official trade statistics", how)
        return
    _share_section(cache.built(("world-share-parts", tuple(chosen), years), lambda: _share_parts(share, data, years)))
    options = cache.built(("world-options", tuple(chosen), years),
                          lambda: [r for r in chosen if r in set(share["reporter_iso3"])])
    _partners_section(data, options, filters.years)
