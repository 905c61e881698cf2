"""Seventy-third round, table73 (docs/extraction.md: figures.py): the form behind the dev/1168 misses, told in short
invented tables. A grid turned the other way, a row a year and a column a flow ("| Year | Exports | Imports | Turnover
|", a Markdown "|---|" rule under it), its unit and pair told by the caption below it ("Figure 1: Hungary–Turkmenistan
goods trade, 2023–2025 (USD million; exports and imports from the Hungarian side)"): each cell a record, the side the
flows are told from the exporter. Each test was seen failing once on a planted bug (then reverted); the plant is named
in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 1)
KZ_AZ = proposed.pair("Kazakhstan", "Azerbaijan")
HU_UZ = proposed.pair("Hungary", "Uzbekistan")


def _flows(text: str) -> set[tuple]:
    """(exporter-side state, period, flow, value) of each trade figure."""
    return {(r["reporter_country"], r["period"], r["flow"], float(r["value_usd_million"]))
            for r in proposed.records("trade", text, DAY)}


# plant: the branch to figures._period_rows_grid dropped from figures._one_grid (no cell is read then)
def test_a_grid_of_years_by_flows_with_its_caption_below():
    text = ("Trade between the two countries has grown steadily.\n\n"
            "| Year | Exports | Imports | Turnover |\n|------|------|------|------|\n"
            "| 2023 | 120.5 | 30.1 | 150.6 |\n| 2024 | 140.0 | 35.2 | 175.2 |\n\n"
            "Figure 2: Hungary–Uzbekistan trade in goods, 2023–2024 (USD million). Source: national statistics.\n\n"
            "The outlook is positive.")
    assert proposed.trade_values(text, DAY) == {
        (HU_UZ, "2023", "export", 120.5), (HU_UZ, "2023", "import", 30.1), (HU_UZ, "2023", "turnover", 150.6),
        (HU_UZ, "2024", "export", 140.0), (HU_UZ, "2024", "import", 35.2), (HU_UZ, "2024", "turnover", 175.2)}
    assert {f[0] for f in _flows(text) if f[2] == "export"} == {"Hungary"}
    period = ("Trade has grown steadily.\n\n"
              "| Period | Turnover | Exports |\n|---|---|---|\n| 2022 | 80.0 | 61.0 |\n| 2025 | 95.5 | 70.4 |\n\n"
              "Table 1. Kazakhstan–Azerbaijan trade (USD million). Source: customs data.\n")
    assert proposed.trade_values(period, DAY) == {
        (KZ_AZ, "2022", "turnover", 80.0), (KZ_AZ, "2022", "export", 61.0),
        (KZ_AZ, "2025", "turnover", 95.5), (KZ_AZ, "2025", "export", 70.4)}


# plant: figures._caption_pair keeps the order named whatever side the caption tells the flows from
def test_the_side_the_caption_tells_the_flows_from_is_the_exporter():
    text = ("Trade between the two countries has grown steadily.\n\n"
            "| Year | Exports | Imports |\n|---|---|---|\n| 2024 | 41.0 | 12.5 |\n| 2025 | 44.3 | 15.0 |\n\n"
            "Figure 3: Kazakhstan–Azerbaijan goods trade (USD million; exports and imports from the Azerbaijani "
            "side).\n")
    assert _flows(text) == {("Azerbaijan", "2024", "export", 41.0), ("Azerbaijan", "2024", "import", 12.5),
                            ("Azerbaijan", "2025", "export", 44.3), ("Azerbaijan", "2025", "import", 15.0)}
    first = ("Trade between the two countries has grown steadily.\n\n"
             "| Year | Exports | Imports |\n|---|---|---|\n| 2025 | 44.3 | 15.0 |\n\n"
             "Chart: Azerbaijan–Kazakhstan trade, 2025 (USD million).\n")
    assert _flows(first) == {("Azerbaijan", "2025", "export", 44.3), ("Azerbaijan", "2025", "import", 15.0)}


# plant: figures._period_rows_grid proceeds with no unit (a unit of 1, USD million)
def test_a_grid_of_years_with_no_unit_or_no_pair_gives_nothing():
    no_unit = ("Trade has grown steadily.\n\n| Year | Exports | Imports |\n|---|---|---|\n| 2025 | 44.3 | 15.0 |\n\n"
               "Figure 3: Kazakhstan–Azerbaijan goods trade, 2025.\n")
    assert proposed.trade_values(no_unit, DAY) == set()
    no_pair = ("Trade has grown steadily.\n\n| Year | Exports | Imports |\n|---|---|---|\n| 2025 | 44.3 | 15.0 |\n\n"
               "Figure 3: goods trade of the region, 2025 (USD million).\n")
    assert proposed.trade_values(no_pair, DAY) == set()
