"""The Trade page's sections (overview, ranking, one partner, targets, every figure): composition only."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.data import countries, trade
from dashboard.data.visits import timeline_rows
from dashboard.data import targets as tg
from dashboard.data.sources import KIND_LABELS
from dashboard.ui import cache, components, state
from dashboard.ui import format as fmt
from dashboard.ui import trade_charts as charts
from dashboard.ui.safe import escape_markdown, md_link

DRAWN = trade.ANNUAL_ROLES

MIRROR_GAP_REASONS = (
    "Why the two counts of one year's trade differ: each country counts its exports free on board and its "
    "imports with freight and insurance (CIF), so a partner's imports read a few percent above the same goods' "
    "exports; goods in transit and pipeline oil are assigned differently (Azerbaijan counts oil shipped through "
    "the Baku–Tbilisi–Ceyhan pipeline as exports to Türkiye, Türkiye does not record it as imports from "
    "Azerbaijan); and some figures are IMF estimates (all of Turkmenistan's), marked as such. Both counts are "
    "facts: neither is corrected or averaged.")
STATUS_COLOUR = {tg.MET: "green", tg.REACHED: "green", tg.LIKELY_MET: "green", tg.MISSED: "red",
                 tg.LIKELY_MISSED: "red", tg.OPEN: "blue", tg.NO_DEADLINE: "gray", tg.UNKNOWN: "orange"}
LINK = st.column_config.LinkColumn


def _gaps_caption(gapped: pd.DataFrame, partners: list[str]) -> str:
    parts = []
    for partner in partners:
        missing = gapped.loc[gapped["counterpart_iso3"].eq(partner) & gapped["line"].eq(trade.LINE_PRIMARY)
                             & gapped["value_usd_m"].isna(), "year"].tolist()
        if missing:
            parts.append(f"{countries.short_name(partner)} {fmt.year_runs(missing)}")
    return ("No full-year figure (the line breaks, nothing is interpolated): " + "; ".join(parts) + ".") if parts else ""


def _overview_parts(shown: pd.DataFrame, gapped: pd.DataFrame, partners: list[str]) -> dict:
    primary = gapped[gapped["line"].eq(trade.LINE_PRIMARY)]
    latest = primary.dropna(subset=["value_usd_m"]).drop_duplicates("counterpart_iso3", keep="last")["value_usd_m"]
    drawn = shown[shown["counterpart_iso3"].isin(partners) & shown["role"].isin(DRAWN)]
    return {
        "wide": bool(len(latest) > 1 and latest.max() / max(latest.min(), 0.1) > 30),
        "title": charts.overview_title(shown, partners),
        "drawn": drawn,
        "caption": escape_markdown(
            "Lines: the series by the focus country's own count, one figure per year (USD million). "
            "Faint points beside them: the partner's own count (the mirror; see one partner below "
            "for it as a line) and the other full-year figures for the same year. " + _gaps_caption(gapped, partners)),
        "sources": components.source_line(drawn),
    }


def overview(shown: pd.DataFrame, gapped: pd.DataFrame, partners: list[str], focus: str, view_key: tuple) -> None:
    """`view_key` names the inputs of `shown` and `gapped` (cache.trade_view), so results built from them
    are kept under it: a re-run only draws."""
    st.subheader("Annual turnover with each partner")
    key = ("trade-overview", view_key, tuple(partners))
    parts = cache.built(key, lambda: _overview_parts(shown, gapped, partners))
    log = st.toggle("Log scale", value=parts["wide"], key="trade_overview_log",
                    help="A log scale keeps small partners readable beside Türkiye: equal steps are equal ratios.")
    fig = cache.built((*key, log), lambda: charts.turnover_overview_figure(shown, gapped, partners, focus=focus,
                                                                           log=log, title=parts["title"]))
    components.plotly_chart(fig, key="trade-overview")
    st.caption(parts["caption"])
    components.source_note(parts["sources"])
    components.download_csv(parts["drawn"], file_name="turkic-ties-trade-annual.csv", key="dl-trade-overview",
                            label=f"Download these {len(parts['drawn'])} figures (CSV)")


def _ranking_parts(trade_rows: pd.DataFrame, year: int, partners: list[str], focus: str) -> dict:
    ranked = trade.ranking(trade_rows, year, partners, focus).assign(period_label=str(year))
    top = ranked.iloc[0]
    title = (f"{countries.short_name(top['counterpart_iso3'])} leads {year} with {fmt.usd(top['value_usd_m'])}; "
             f"{len(ranked)} of {len(partners)} partners have a {year} figure")
    missing = [countries.short_name(p) for p in partners if p not in set(ranked["counterpart_iso3"])]
    groups = trade.group_figures(trade_rows, year, focus)
    cards = [(countries.short_name(row["counterpart_iso3"]), ("≈" if row["approx"] else "") + fmt.usd(row["value_usd_m"]),
              f"{row['stated_by']}; {row['publisher']} {fmt.published(row['published'])}".strip())
             for row in groups.to_dict("records")]
    both = pd.concat([ranked, groups])
    return {"figure": charts.ranking_figure(ranked, year, title=title, focus=focus),
            "missing": f"No full-year figure for {year}: {escape_markdown(', '.join(missing))}." if missing else "",
            "group_cards": cards, "rows": both, "sources": components.source_line(both)}


def ranking_section(trade_rows: pd.DataFrame, years: tuple[int, int], partners: list[str], focus: str) -> None:
    key = ("trade-ranking", focus, tuple(partners), tuple(years))
    options, default = cache.built((*key, "years"), lambda: (
        trade.ranking_years(trade_rows, years, partners, focus),
        trade.default_ranking_year(trade_rows, years, partners, focus)))
    if not options:
        return
    st.subheader("Partners ranked for one year")
    if st.session_state.get("trade_rank_year") not in options:
        st.session_state["trade_rank_year"] = default
    year = st.selectbox("Year", options, key="trade_rank_year", width=160,
                        help="Defaults to the year that compares the most partners.")
    parts = cache.built((*key, year), lambda: _ranking_parts(trade_rows, year, partners, focus))
    components.plotly_chart(parts["figure"], key="trade-ranking")
    if parts["missing"]:
        st.caption(parts["missing"])
    if parts["group_cards"]:
        st.markdown(f"**Groups of countries in {year}** — reported as one total, so not ranked with single partners:")
        for column, (label, value, help_text) in zip(st.columns(min(len(parts["group_cards"]), 3)), parts["group_cards"]):
            components.kpi(column, label, value, help_text=help_text)
    components.source_note(parts["sources"])
    components.download_csv(parts["rows"], file_name=f"turkic-ties-trade-ranking-{year}.csv",
                            key="dl-trade-ranking", label=f"Download the {year} figures (CSV)")


def _kpis(mine: pd.DataFrame, yby: pd.DataFrame) -> list[tuple[str, str, str]]:
    """The partner's key figures as (label, value, source on hover), in the order they are shown."""
    cards = []
    chosen = mine[mine["role"].eq(trade.ROLE_CHOSEN)].sort_values("year")
    if not chosen.empty:
        last = chosen.iloc[-1]
        cards.append((f"Latest full year ({last['year']})", fmt.usd(last["value_usd_m"]),
                      f"{last['stated_by']} — {last['publisher']} {fmt.published(last['published'])}"))
        cards.append(("Full years with a figure", f"{len(chosen)} of {len(yby)}",
                      "Between the first and the last full-year figure in the chosen years."))
    cards.append(("Figures on record", str(len(mine)),
                  f"From {mine['source_id'].nunique()} sources: annual, part-year, exports and imports."))
    annual = mine[mine["role"].isin(DRAWN)].groupby("year")["value_usd_m"].agg(["min", "max", "size"])
    spread = annual[annual["size"] > 1]
    if not spread.empty:
        year = (spread["max"] / spread["min"]).idxmax()
        cards.append((f"Widest spread ({year})", fmt.usd_range(spread.loc[year, "min"], spread.loc[year, "max"]),
                      "The lowest and highest full-year figure that sources give for that year."))
    return cards


def _detail_parts(shown: pd.DataFrame, gapped: pd.DataFrame, visits: pd.DataFrame, partner: str,
                  years: tuple[int, int], focus: str) -> dict:
    mine = shown[shown["counterpart_iso3"].eq(partner)]
    yby = trade.year_by_year(shown, partner)
    theirs = visits[(visits["visitor_iso3"].eq(partner) | visits["host_iso3"].eq(partner))
                    & visits["year"].between(*years)]
    drawn = mine[mine["role"].isin((*DRAWN, trade.ROLE_PART))]
    have = int(yby["value_usd_m"].notna().sum()) if len(yby) else 0
    span = (int(yby["year"].min()), int(yby["year"].max())) if len(yby) else years
    return {
        "kpis": _kpis(mine, yby),
        "figure": charts.turnover_detail_figure(shown, gapped, timeline_rows(theirs), partner,
                                                title=charts.detail_title(shown, partner), focus=focus),
        "caption": escape_markdown(charts.symbol_key(focus) + ". " + charts.gaps_sentence(
            [int(y) for y in yby.loc[yby["value_usd_m"].isna(), "year"]], have, span)),
        "sources": components.source_line(pd.concat([drawn, theirs])),
        "download": pd.concat([drawn.assign(row_type="trade figure"), theirs.assign(row_type="visit")]),
        "download_label": f"Download these {len(drawn)} figures and {len(theirs)} visits (CSV)",
        "table": charts.year_table(yby, shown, partner, focus) if len(yby) else None,
        "flows": _flows_parts(mine, partner, focus),
    }


def detail(shown: pd.DataFrame, gapped: pd.DataFrame, visits: pd.DataFrame, partner: str,
           years: tuple[int, int], focus: str, view_key: tuple) -> None:
    name = countries.short_name(partner)
    st.markdown(f"#### {countries.short_name(focus)} – {escape_markdown(name)}")
    parts = cache.built(("trade-detail", view_key, partner, tuple(years)),
                        lambda: _detail_parts(shown, gapped, visits, partner, years, focus))
    row = st.container(horizontal=True)  # wraps two to a row on a phone instead of four stacked cards
    for label, value, help_text in parts["kpis"]:
        components.kpi(row, label, value, help_text=help_text)
    components.plotly_chart(parts["figure"], key=f"trade-detail-{partner}")
    st.caption(parts["caption"])
    components.source_note(parts["sources"])
    components.download_csv(parts["download"], file_name=f"turkic-ties-trade-{partner}.csv", key=f"dl-trade-{partner}",
                            label=parts["download_label"])
    if parts["table"] is not None:
        st.markdown("**Year by year** — the figure in the series, every other figure for that year, and growth "
                    "computed from the series next to the growth the sources claimed")
        st.table(parts["table"], hide_index=True)
        st.caption(MIRROR_GAP_REASONS)
    _flows(parts["flows"], partner)


def _flows_parts(mine: pd.DataFrame, partner: str, focus: str) -> dict | None:
    rows = trade.flows(mine[~mine["period_kind"].isin(trade.UNCHARTED_KINDS)], partner)
    if rows.empty:
        return None
    me = countries.short_name(focus)
    return {"rows": rows, "figure": charts.flows_figure(rows, title=charts.flows_title(rows, partner, focus), focus=focus),
            "caption": f"From {me}'s side: a partner's exports are {me}'s imports. One figure per period and "
                       f"direction: {me}'s own count first, best source first (others in the table below). Hatched: "
                       "non-oil trade only; crossed: flagged as inconsistent.",
            "sources": components.source_line(rows)}


def _flows(parts: dict | None, partner: str) -> None:
    if parts is None:
        st.caption(f"No exports/imports split for {escape_markdown(countries.short_name(partner))} in these years.")
        return
    components.plotly_chart(parts["figure"], key=f"trade-flows-{partner}")
    st.caption(parts["caption"])
    components.source_note(parts["sources"])
    components.download_csv(parts["rows"], file_name=f"turkic-ties-trade-flows-{partner}.csv", key=f"dl-flows-{partner}",
                            label=f"Download these {len(parts['rows'])} figures (CSV)")


def target_parts(progress: pd.DataFrame, rows: pd.DataFrame, partners: list[str]) -> dict:
    """One card per goal, partners in the page's order, latest statement first; a goal stated again
    (same partner, amount, deadline) is one card listing every statement. Words only: drawn by `target_cards`."""
    sources = rows.set_index("target_id")
    rank = progress["partner_iso3"].map(lambda c: partners.index(c) if c in partners else len(partners))
    progress = progress.assign(_rank=rank, _order=progress["stated_on"].replace("", "0")).sort_values(
        ["_rank", "_order"], ascending=[True, False])
    tracked = progress[progress["status"].ne(tg.NOT_TRACKED)]
    goals = [group for _, group in tracked.groupby(tracked.apply(tg.goal_key, axis=1), sort=False)]
    rest = progress[progress["status"].eq(tg.NOT_TRACKED)]
    return {"cards": [_card(goal.to_dict("records"), sources) for goal in goals],
            "rest": [f"- {_target_line(rec)} — {_statement(rec, sources)}. {escape_markdown(fmt.target_summary(rec))}"
                     for rec in rest.to_dict("records")]}


def target_cards(parts: dict) -> None:
    cards = parts["cards"]
    for start in range(0, len(cards), 3):
        for column, card in zip(st.columns(3), cards[start:start + 3]):
            with column.container(border=True):
                st.markdown(card["line"])
                st.caption(card["set_by"])
                st.badge(card["status"], color=card["colour"])
                if card["progress"] is not None:
                    st.progress(*card["progress"])
                st.caption(card["summary"])
    if parts["rest"]:
        with st.expander(f"{len(parts['rest'])} more stated target(s) that the series cannot track"):
            for line in parts["rest"]:
                st.markdown(line)


def _statement(rec: dict, sources: pd.DataFrame) -> str:
    src = sources.loc[rec["target_id"]]
    return (f"{escape_markdown(rec['stated_by'])}, {escape_markdown(fmt.published(rec['stated_on']) or 'date not given')} "
            f"({md_link(src['publisher'], src['source_url'])})")


def _target_line(rec: dict) -> str:
    value = "" if fmt.MISSING == fmt.usd(rec["value_usd_m"]) else fmt.usd(rec["value_usd_m"])
    who = countries.short_name(rec["partner_iso3"]) if isinstance(rec["partner_iso3"], str) else ""
    by = f" by {rec['target_year']}" if not pd.isna(rec["target_year"]) else ""
    text = " ".join(p for p in (f"**{escape_markdown(value)}**" if value else "", escape_markdown(rec["metric"])) if p)
    return text + (f" with {escape_markdown(who)}" if who else "") + escape_markdown(by)


def _card(statements: list[dict], sources: pd.DataFrame) -> dict:
    rec = statements[0]
    also = "; ".join(_statement(r, sources) for r in statements[1:])
    share = rec["share"]
    return {"line": _target_line(rec),
            "set_by": f"Set by {_statement(rec, sources)}" + (f". Also stated by {also}" if also else ""),
            "status": rec["status"].capitalize(), "colour": STATUS_COLOUR.get(rec["status"], "gray"),
            "progress": None if share is None or pd.isna(share) else (
                min(float(share), 1.0), f"{fmt.pct(share * 100, signed=False)} reached ({rec['share_year']})"),
            "summary": escape_markdown(fmt.target_summary(rec))}


def _all_figures_table(shown: pd.DataFrame, focus: str) -> pd.DataFrame:
    return shown.assign(
        partner=[countries.short_name(c) if isinstance(c, str) else "intra-group" for c in shown["counterpart_iso3"]],
        whose=[fmt.side(s, c, focus) if isinstance(c, str) else "group total" for s, c in zip(shown["side"], shown["counterpart_iso3"])],
        kind=shown["source_kind"].map(KIND_LABELS))


def all_figures(shown: pd.DataFrame, filters: state.Filters, focus: str, view_key: tuple) -> None:
    st.subheader("Every figure shown")
    if shown.empty:
        components.empty_state("trade figures", "Choose another country or widen the years in the sidebar.")
        return
    table = cache.built(("trade-all-figures", view_key), lambda: _all_figures_table(shown, focus))
    st.caption(f"{len(shown)} figures, {fmt.years(filters.years)}, each with its source. "
               "“Use” says how a figure enters the charts: in the series, beside it, as a part-year figure, "
               "or only here (exports/imports, multi-year totals, group totals).")
    columns = {"partner": "Partner", "period_label": "Period", "flow": "Flow",
               "value_usd_m": st.column_config.NumberColumn("USD m", format="%.1f"), "role": "Use",
               "whose": "Whose figure", "stated_by": "Stated by", "kind": "Source kind",
               "approx": st.column_config.CheckboxColumn("Approx."),
               "estimate": st.column_config.CheckboxColumn("Estimate", help="An IMF estimate, not a reported figure"),
               "flagged": st.column_config.CheckboxColumn("Flagged"),
               "non_oil": st.column_config.CheckboxColumn("Non-oil only"), "growth_pct": "Growth claimed %",
               "publisher": "Publisher", "published": "Published", "source_url": LINK("Link", display_text="open"),
               "note": "Note"}
    st.dataframe(table[list(columns)], column_config=columns, hide_index=True, width="stretch", height=420)
    components.download_csv(shown, file_name="turkic-ties-trade-figures.csv", key="dl-trade-all",
                            label=f"Download these {len(shown)} figures (CSV)")
