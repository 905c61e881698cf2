"""The Trade page's data: the series rule on disagreeing rows, periods, gaps, growth, flows, ranking."""
import math

import pandas as pd
import pytest

from dashboard.data import trade
from dashboard.ui import format as fmt
from dashboard.data.build import build_tables
from tests.builders import raw_row, write_raw

CUSTOMS = "State Customs Committee of Azerbaijan"


def trade_rows(tmp_path, *rows):
    """Build the real trade table from raw rows written by the one fixture builder."""
    return build_tables(write_raw(tmp_path / "raw", trade=[raw_row("trade", **r) for r in rows])).trade


def shown_for(frame, partners=("KAZ",), years=(2000, 2030), include_groups=False):
    return trade.figures_shown(frame, list(partners), years, include_groups=include_groups)


def test_official_statistics_beat_a_statement_for_the_same_partner_and_year(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(value_usd_million="500", stated_by="President Ilham Aliyev", source_url="https://a.az/1"),
                       dict(value_usd_million="461.9", stated_by=CUSTOMS, source_url="https://a.az/2"))
    series = trade.annual_turnover(frame)
    assert series["value_usd_m"].tolist() == [461.9]
    assert series["figures"].tolist() == [2]


def test_an_exact_figure_beats_an_approximate_one_of_the_same_kind_and_side(tmp_path):
    # Kazakhstan 2022 on Kazakhstan's side: the Akorda figure ($461.9m) against "approaching half a billion".
    kazakh = dict(reporter_country="Kazakhstan", partner_country="Azerbaijan")
    frame = trade_rows(tmp_path,
                       dict(**kazakh, value_usd_million="500", stated_by="President Tokayev",
                            value_qualifier="approaching", source_url="https://a.az/1"),
                       dict(**kazakh, value_usd_million="461.9", stated_by="President Tokayev's press service",
                            source_url="https://akorda.kz/1"))
    shown = shown_for(frame)
    chosen = shown[shown["role"].eq(trade.ROLE_CHOSEN)]
    other = shown[shown["role"].eq(trade.ROLE_OTHER)]
    assert chosen["value_usd_m"].tolist() == [461.9] and chosen["side"].tolist() == [trade.SIDE_PARTNER]
    assert other["value_usd_m"].tolist() == [500.0] and other["approx"].tolist() == [True]


def test_flagged_and_non_oil_figures_never_make_the_line_but_stay_beside_it(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(value_usd_million="5000", flag_reason="unreliable", source_url="https://a.az/1"),
                       dict(value_usd_million="90", scope="non-oil", source_url="https://a.az/2"),
                       dict(value_usd_million="300", stated_by="Minister X", source_url="https://a.az/3"))
    shown = shown_for(frame)
    assert shown.loc[shown["role"].eq(trade.ROLE_CHOSEN), "value_usd_m"].tolist() == [300.0]
    assert sorted(shown.loc[shown["role"].eq(trade.ROLE_OTHER), "value_usd_m"]) == [90.0, 5000.0]


def test_a_year_with_only_a_flagged_figure_has_no_point_on_the_line(tmp_path):
    frame = trade_rows(tmp_path, dict(value_usd_million="5000", flag_reason="inconsistent", source_url="https://a.az/1"))
    assert trade.annual_turnover(frame).empty
    assert shown_for(frame)["role"].tolist() == [trade.ROLE_OTHER]


def test_part_year_figures_are_kept_apart_and_placed_at_the_end_of_what_they_cover(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(period="2022-9M", value_usd_million="369", source_url="https://a.az/1"),
                       dict(period="2022-H1", value_usd_million="194", source_url="https://a.az/2"),
                       dict(period="2022", value_usd_million="461.9", source_url="https://a.az/3"))
    shown = shown_for(frame).set_index("period")
    assert shown.loc["2022-9M", "role"] == trade.ROLE_PART and shown.loc["2022-H1", "role"] == trade.ROLE_PART
    assert shown.loc["2022-9M", "x_date"] == pd.Timestamp("2022-09-30")
    assert shown.loc["2022", "x_date"] == pd.Timestamp("2022-07-01")
    assert trade.annual_turnover(frame)["value_usd_m"].tolist() == [461.9]


def test_multi_year_totals_and_vague_periods_are_listed_but_never_charted(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(period="2020-2024 (cumulative)", value_usd_million="12800", source_url="https://a.az/1"),
                       dict(period="late 2000s", value_usd_million="2400", source_url="https://a.az/2"))
    assert set(shown_for(frame)["role"]) == {trade.ROLE_TABLE}


def test_a_missing_year_breaks_the_line_instead_of_being_bridged(tmp_path):
    frame = trade_rows(tmp_path, *[dict(period=str(y), value_usd_million=str(v), source_url=f"https://a.az/{y}")
                                   for y, v in ((2018, 258), (2020, 109), (2021, 200))])
    gapped = trade.series_with_gaps(trade.annual_turnover(frame), (2000, 2030))
    assert gapped["year"].tolist() == [2018, 2019, 2020, 2021]
    assert math.isnan(gapped.loc[gapped["year"].eq(2019), "value_usd_m"].iloc[0])


def test_growth_is_computed_only_between_consecutive_years_and_a_differing_claim_is_kept(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(period="2020", value_usd_million="100", growth_pct="", source_published="2025-02-01", source_url="https://a.az/1"),
                       dict(period="2022", value_usd_million="400", growth_pct="", source_published="2025-02-01", source_url="https://a.az/2"),
                       dict(period="2023", value_usd_million="500", growth_pct="25", source_published="2025-02-01", source_url="https://a.az/3"),
                       dict(period="2024", value_usd_million="450", growth_pct="50", source_published="2025-02-01", source_url="https://a.az/4"))
    table = trade.year_by_year(shown_for(frame), "KAZ").set_index("year")
    assert math.isnan(table.loc[2022, "computed_growth_pct"])  # 2021 has no figure: no growth to compute
    assert table.loc[2023, "computed_growth_pct"] == pytest.approx(25.0)
    assert not table.loc[2023, "growth_differs"]
    assert table.loc[2024, "computed_growth_pct"] == pytest.approx(-10.0)
    assert table.loc[2024, "growth_differs"] and table.loc[2024, "claims"][0][0] == 50.0
    assert pd.isna(table.loc[2021, "row_id"])


def test_exports_and_imports_are_read_from_azerbaijans_side(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(reporter_country="Kazakhstan", partner_country="Azerbaijan", flow="export",
                            value_usd_million="375.3", stated_by="Akorda", source_url="https://akorda.kz/1"),
                       dict(flow="export", value_usd_million="86.6", source_url="https://a.az/1"))
    flows = trade.flows(shown_for(frame), "KAZ").set_index("direction")
    assert flows.loc["imports", "value_usd_m"] == 375.3  # Kazakhstan's exports are Azerbaijan's imports
    assert flows.loc["exports", "value_usd_m"] == 86.6


def test_the_ranking_lists_single_partners_largest_first_and_groups_apart(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(partner_country="Türkiye", value_usd_million="5800", source_url="https://a.az/1"),
                       dict(partner_country="Kazakhstan", value_usd_million="461.9", source_url="https://a.az/2"),
                       dict(partner_country="Tajikistan", value_usd_million="5.8", source_url="https://a.az/3"),
                       dict(partner_country="SPECA", value_usd_million="1300", source_url="https://a.az/4"))
    assert trade.ranking(frame, 2022)["counterpart_iso3"].tolist() == ["TUR", "KAZ", "TJK"]
    assert trade.group_figures(frame, 2022)["counterpart_iso3"].tolist() == ["GRP_SPECA"]
    assert trade.ranking(frame, 2022, ["KAZ", "TJK"])["counterpart_iso3"].tolist() == ["KAZ", "TJK"]


def test_the_default_ranking_year_is_the_one_that_compares_the_most_partners(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(partner_country="Türkiye", period="2021", source_url="https://a.az/1"),
                       dict(partner_country="Kazakhstan", period="2021", source_url="https://a.az/2"),
                       dict(partner_country="Türkiye", period="2023", source_published="2024-02-01", source_url="https://a.az/3"))
    assert trade.default_ranking_year(frame, (2000, 2030)) == 2021
    assert trade.default_ranking_year(frame, (2022, 2030)) == 2023
    assert trade.default_ranking_year(frame, (2010, 2012)) is None


def test_periods_read_as_people_say_them(tmp_path):
    frame = trade_rows(tmp_path, *[dict(period=p, source_url=f"https://a.az/{i}") for i, p in
                                   enumerate(["2022-9M", "2022-H1", "2019-11", "2021-YTD", "2020-2024 (cumulative)"])])
    labels = set(fmt.with_period_labels(shown_for(frame))["period_label"])
    assert labels == {"Jan–Sep 2022", "H1 2022", "Nov 2019", "2021 so far", "2020–2024 total"}


def test_a_selected_partner_shows_only_its_figures_and_no_group_totals(tmp_path):
    frame = trade_rows(tmp_path,
                       dict(partner_country="Türkiye", source_url="https://a.az/1"),
                       dict(partner_country="OTS member states", source_url="https://a.az/2"),
                       dict(partner_country="Kazakhstan", source_url="https://a.az/3"))
    assert set(shown_for(frame, ["KAZ"])["counterpart_iso3"]) == {"KAZ"}
    everything = shown_for(frame, ["KAZ", "TUR"], include_groups=True)
    assert everything.loc[everything["is_group"], "role"].tolist() == [trade.ROLE_GROUP]
