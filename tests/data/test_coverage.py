"""The Data page's coverage: per pair and side, the years with an official figure and the holes."""
from dashboard.data.build import build_tables
from dashboard.data.coverage import official_coverage
from tests.builders import raw_rows, write_raw

CUSTOMS = "State Customs Committee of Azerbaijan"
KAZ_STATS = "Kazakhstan Statistics Committee"


def coverage_of(tmp_path, rows):
    trade = build_tables(write_raw(tmp_path / "raw", trade=raw_rows("trade", rows))).trade
    return official_coverage(trade).set_index(["a_iso3", "b_iso3", "reporter_iso3"])


def test_each_side_of_a_pair_has_its_own_years_and_holes(tmp_path):
    table = coverage_of(tmp_path, [
        *[dict(period=str(y), stated_by=CUSTOMS, source_published=f"{y + 1}-02-01") for y in (2015, 2016, 2019)],
        dict(period="2018", reporter_country="Kazakhstan", partner_country="Azerbaijan", stated_by=KAZ_STATS,
             source_published="2019-02-01"),
    ])
    azerbaijan = table.loc[("AZE", "KAZ", "AZE")]
    assert (azerbaijan["first_year"], azerbaijan["last_year"], azerbaijan["years"]) == (2015, 2019, 3)
    assert azerbaijan["missing"] == (2017, 2018)
    kazakhstan = table.loc[("AZE", "KAZ", "KAZ")]
    assert kazakhstan["years"] == 1 and kazakhstan["missing"] == ()


def test_statements_media_and_part_years_do_not_count_as_official_coverage(tmp_path):
    table = coverage_of(tmp_path, [
        dict(period="2015", stated_by="President Ilham Aliyev", source_published="2016-02-01"),
        dict(period="2016", stated_by="not attributed (media)", source_published="2017-02-01"),
        dict(period="2017-H1", stated_by=CUSTOMS, source_published="2017-08-01"),
        dict(period="2018", stated_by=CUSTOMS, source_published="2019-02-01"),
    ])
    assert table.loc[("AZE", "KAZ", "AZE"), "first_year"] == 2018
    assert table.loc[("AZE", "KAZ", "AZE"), "years"] == 1
