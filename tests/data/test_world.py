"""Trade with the world: the Turkic share of each reporter's trade and its largest partners (IMF DOTS)."""
import pandas as pd
import pytest

from dashboard.data import dots, world


@pytest.fixture(scope="module")
def real_world():
    return dots.world_table(dots.load_dots())


def figure(reporter, partner, year, flow, value, reason=""):
    kind = "group" if partner.startswith("GRP_") else "country"
    return dict(reporter_iso3=reporter, partner_iso3=partner, partner_name=partner, partner_kind=kind,
                is_group=kind == "group", year=year, flow=flow, value_usd_m=value, estimate=bool(reason),
                estimate_reason=reason)


def small_world(*rows):
    return pd.DataFrame([figure(*r) for r in rows], columns=dots.WORLD_COLUMNS)


def both_flows(reporter, partner, year, exports, imports):
    return [(reporter, partner, year, "export", exports), (reporter, partner, year, "import", imports)]


def test_the_share_is_trade_with_the_other_turkic_states_over_trade_with_the_world():
    frame = small_world(*both_flows("AZE", "GRP_WORLD", 2019, 600.0, 400.0), *both_flows("AZE", "TUR", 2019, 80.0, 70.0),
                        *both_flows("AZE", "KAZ", 2019, 30.0, 20.0), *both_flows("AZE", "RUS", 2019, 300.0, 0.0))
    row = world.turkic_share(frame).iloc[0]
    assert (row["world_usd_m"], row["turkic_usd_m"]) == (1000.0, 200.0)
    assert row["share_pct"] == pytest.approx(20.0)


def test_the_reporter_itself_is_never_counted_as_its_own_turkic_partner():
    frame = small_world(*both_flows("AZE", "GRP_WORLD", 2019, 600.0, 400.0), *both_flows("AZE", "AZE", 2019, 500.0, 500.0),
                        *both_flows("AZE", "TUR", 2019, 50.0, 50.0))
    row = world.turkic_share(frame).iloc[0]
    assert row["share_pct"] == pytest.approx(10.0)
    assert "AZE" not in row["partners_counted"].split(";")
    assert "CYN" not in row["partners_counted"].split(";")  # Northern Cyprus is not in DOTS
    assert set(row["partners_without_figure"].split(";")) == {"KAZ", "UZB", "KGZ", "TKM", "HUN", "TJK"}


def test_a_year_without_both_world_figures_has_no_share_and_is_named():
    frame = small_world(*both_flows("KGZ", "GRP_WORLD", 2018, 10.0, 10.0), ("KGZ", "GRP_WORLD", 2019, "export", 12.0),
                        *both_flows("KGZ", "KAZ", 2019, 5.0, 5.0), *both_flows("KGZ", "GRP_WORLD", 2020, 9.0, 9.0))
    share = world.turkic_share(frame)
    assert list(share["year"]) == [2018, 2020]
    assert world.years_without_total(frame, "KGZ", (2010, 2024)) == [2019]
    assert world.latest_year(frame, "KGZ", (2010, 2019)) == 2018


def test_an_estimate_anywhere_in_a_share_marks_the_share_with_its_reason():
    reason = "marked e by the IMF"
    frame = small_world(*both_flows("UZB", "GRP_WORLD", 2019, 100.0, 100.0), ("UZB", "KAZ", 2019, "export", 10.0, reason))
    row = world.turkic_share(frame).iloc[0]
    assert row["estimate"] and row["estimate_reason"] == reason and row["partners_one_flow"] == "KAZ"


def test_on_the_real_data_every_reporter_has_a_share_between_0_and_100(real_world):
    share = world.turkic_share(real_world)
    assert share["share_pct"].between(0, 100).all()
    assert set(share.loc[share["year"].eq(2019), "reporter_iso3"]) == {"AZE", "TUR", "KAZ", "UZB", "KGZ", "TKM", "HUN", "TJK"}
    assert share.loc[share["reporter_iso3"].eq("TKM"), "estimate"].all()


def test_filters_by_reporter_and_years(real_world):
    share = world.turkic_share(real_world, ["KAZ"], (2010, 2012))
    assert set(share["reporter_iso3"]) == {"KAZ"} and list(share["year"]) == [2010, 2011, 2012]


def test_largest_partners_are_single_countries_by_turnover_with_the_eu_as_a_marked_group(real_world):
    partners = world.largest_partners(real_world, "KAZ", 2019, top=5)
    single = partners[~partners["is_group"]]
    assert len(single) == 5 and single["turnover_usd_m"].is_monotonic_decreasing
    assert {"RUS", "CHN"} <= set(single["partner_iso3"])
    assert not single["partner_iso3"].str.startswith("GRP_").any()
    assert list(partners.loc[partners["is_group"], "partner_iso3"]) == ["GRP_EU"]
    assert partners["share_pct"].between(0, 100).all()
    assert single.loc[single["partner_iso3"].eq("RUS"), "is_turkic"].item() is False
