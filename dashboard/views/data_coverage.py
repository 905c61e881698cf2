"""The Data page's coverage tab: per pair of states and side, which years have an official figure, and the holes."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.data import countries
from dashboard.data.coverage import official_coverage
from dashboard.ui import cache, components, state
from dashboard.ui import format as fmt


def _clipped(table: pd.DataFrame, years: tuple[int, int]) -> pd.DataFrame:
    """Coverage within the chosen years: spans clipped, holes outside them dropped."""
    inside = table[(table["last_year"] >= years[0]) & (table["first_year"] <= years[1])]
    return inside.assign(first_year=inside["first_year"].clip(lower=years[0]),
                         last_year=inside["last_year"].clip(upper=years[1]),
                         missing=inside["missing"].map(lambda gaps: tuple(y for y in gaps if years[0] <= y <= years[1])))


def _parts(trade: pd.DataFrame, filters: state.Filters) -> dict:
    table = cache.built(("official coverage",), lambda: official_coverage(trade))
    if filters.countries:
        table = table[table["a_iso3"].isin(filters.countries) | table["b_iso3"].isin(filters.countries)]
    table = _clipped(table, filters.years)
    return {"table": table, "shown": pd.DataFrame({
        "Pair": [f"{countries.short_name(a)} – {countries.short_name(b)}" for a, b in zip(table["a_iso3"], table["b_iso3"])],
        "Whose records": table["reporter_iso3"].map(countries.short_name),
        "Years": [fmt.years((f, last)) for f, last in zip(table["first_year"], table["last_year"])],
        "Years with a figure": table["last_year"] - table["first_year"] + 1 - table["missing"].map(len),
        "Holes": table["missing"].map(lambda gaps: fmt.year_runs(gaps) if gaps else "none"),
    }), "download": table.assign(missing=table["missing"].map(lambda g: ";".join(map(str, g))))}


def render(trade: pd.DataFrame, filters: state.Filters) -> None:
    parts = cache.built(("coverage tab", tuple(filters.countries), tuple(filters.years)), lambda: _parts(trade, filters))
    table = parts["table"]
    st.markdown(f"**{len(table)} pair sides with official figures** — which years each side's own statistics "
                "(IMF DOTS, customs and statistics offices) give a full-year turnover figure, and the holes between "
                "the first and the last.")
    if table.empty:
        components.empty_state("official figures", "Remove a country or widen the years in the sidebar.")
        return
    st.dataframe(parts["shown"], hide_index=True, width="stretch", height=420)
    components.download_csv(parts["download"], file_name="turkic-ties-trade-coverage.csv", key="dl-coverage",
                            label=f"Download these {len(table)} rows (CSV)")
