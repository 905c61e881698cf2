"""The map's ties are seen from the focus country: a pair with it gets its own count of their trade."""
from dashboard.data import ties
from dashboard.data.build import build_tables
from tests.builders import raw_rows, write_raw

YEARS = (2000, 2030)


def test_a_pair_with_the_focus_country_is_sized_by_its_own_count(tmp_path):
    trade = build_tables(write_raw(tmp_path / "raw", trade=raw_rows("trade", [
        dict(period="2018", value_usd_million="221", stated_by="State Customs Committee of Azerbaijan"),
        dict(period="2018", value_usd_million="258.3", reporter_country="Kazakhstan", partner_country="Azerbaijan",
             stated_by="Kazakhstan Statistics Committee"),
    ]))).trade
    seen_from = {focus: ties.pair_turnover(trade, focus).set_index(["a", "b"]).loc[("AZE", "KAZ")]
                 for focus in ("AZE", "KAZ")}
    assert seen_from["AZE"]["value_usd_m"] == 221.0
    assert seen_from["KAZ"]["value_usd_m"] == 258.3
