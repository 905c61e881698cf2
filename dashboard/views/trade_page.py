"""Trade (/trade): every turnover figure by whose count, the one documented series, and targets against it."""
from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.data import countries, query, series_rule
from dashboard.data.build import SOURCE_COLUMNS
from dashboard.data import targets as tg
from dashboard.data import trade
from dashboard.ui import cache, components, state
from dashboard.ui import format as fmt
from dashboard.ui.safe import escape_markdown
from dashboard.views import trade_sections as sections

PARTNER_KEY = "trade_partner"  # page-local, also in the link as ?partner=KAZ in the all-partners view
RULE = ("Each line keeps one side's count: the focus country's own records, and the partner's as a second, "
        "dotted line (the mirror), so a line never jumps between whose figure it is. Per year and side: "
        + series_rule.described() + " Every other figure for that year is drawn beside it, part-year figures apart.")


def _partner_choice(with_data: list[str]) -> str:
    """In the all-partners view, which partner to look at closely (?partner=, kept in the link)."""
    return state.country_pills("Look closer at", "partner", PARTNER_KEY, with_data,
                               "not a partner with trade figures here")


def render() -> None:
    tables = cache.tables()
    filters = state.current_filters()
    st.title("Trade")
    focus = state.focus_selector(st.columns([1, 2])[0])
    st.caption(f"What was trade between {countries.short_name(focus)} and each partner, by whose count — and is "
               "the stated goal in reach? " + escape_markdown(RULE))
    chosen = [c for c in filters.countries if c != focus]
    partners = chosen or cache.built(("trade-partners", focus), lambda: trade.partners_by_size(tables.trade, focus))
    view_key = (focus, tuple(partners), tuple(filters.years), not chosen)
    view = cache.trade_view(*view_key)
    shown, series, gapped = view["shown"], view["series"], view["gapped"]
    with_data = [p for p in partners if p in view["present"]]
    without = [countries.short_name(p) for p in partners if p not in with_data]
    if without:
        st.caption(f"No trade figures in the sources for {escape_markdown(', '.join(without))} "
                   f"in {fmt.years(filters.years)}.")
    if not with_data:
        components.empty_state("trade figures", "Choose another country or widen the years in the sidebar.")
    elif len(with_data) > 1:
        sections.overview(shown, gapped, with_data, focus, view_key)
        sections.ranking_section(tables.trade, filters.years, with_data, focus)
        st.subheader("Partner by partner")
        sections.detail(shown, gapped, tables.visits, _partner_choice(with_data), filters.years, focus, view_key)
    else:
        state.write_url("partner", [])
        sections.detail(shown, gapped, tables.visits, with_data[0], filters.years, focus, view_key)
    _targets(tables, chosen, filters, series, partners, focus)
    sections.all_figures(shown, filters, focus, view_key)


def _target_parts(tables, chosen: list[str], years: tuple[int, int], series, partners: list[str], focus: str) -> dict | None:
    rows = query.filter_table("targets", tables.targets, chosen, years)
    if rows.empty:
        return None
    progress = tg.progress(rows, series, date.today().year, focus=focus)
    judged = progress["judged_years"].map(lambda years: ";".join(str(y) for y in years))
    return {"cards": sections.target_parts(progress, rows, partners), "sources": components.source_line(rows),
            "download": progress.assign(judged_years=judged).merge(rows[["target_id", *SOURCE_COLUMNS]], on="target_id"),
            "count": len(rows)}


def _targets(tables, chosen: list[str], filters: state.Filters, series, partners: list[str], focus: str) -> None:
    st.subheader("Targets against reality")
    parts = cache.built(("trade-targets", focus, tuple(chosen), tuple(filters.years), tuple(partners), date.today().year),
                        lambda: _target_parts(tables, chosen, filters.years, series, partners, focus))
    if parts is None:
        components.empty_state("stated targets", "Widen the years (targets are dated by when they were stated) "
                                                 "or choose another country.")
        return
    st.caption("Each target as stated, who set it and when; the share reached by the latest full-year figure "
               "of the series above; the yearly growth needed by its deadline, or whether it was met. "
               "Targets stated in the chosen years.")
    sections.target_cards(parts["cards"])
    components.source_note(parts["sources"])
    components.download_csv(parts["download"], file_name="turkic-ties-trade-targets.csv", key="dl-trade-targets",
                            label=f"Download these {parts['count']} targets (CSV)")
