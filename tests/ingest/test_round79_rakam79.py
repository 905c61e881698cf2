"""Seventy-ninth round, rakam79 (docs/extraction.md: when.py, figures.py): the forms behind the dev/1233 misses (a
Turkish report on trade with Azerbaijan in ten months, with a "Rakamlarla" list of figures, last year's months and
year for comparison, and an estimate for the year), told in short invented sentences. The year's genitive by its
apostrophe before a range ("2025'in ocak-haziran döneminde"): that year's months, not this year's; "bu yılın aynı
döneminde" (in the same period of this year) after last year's figure: this year's months again; a month as the owner
of a flow in a list's line ("Haziran ayı ihracatı: 150 milyon dolar"): that month, not the list's months to date; the
exports to the partner's autonomous republic ("Nahçıvan Özerk Cumhuriyeti'ne ihracatı"): a region's part, no figure of
the pair; an amount trade "may reach" that "is estimated" (the bare participle, "bulabileceği tahmin ediliyor"): a
forecast, no figure, though "ulaşacağı bekleniyor" with a numbered year stays a target. Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 7, 10)
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
TR_AZ = proposed.pair("Türkiye", "Azerbaijan")


# plant: when._TR_YEAR_GENITIVE dropped from when._TR_RANGE
def test_the_year_s_genitive_before_a_range_names_that_year():
    text = ("Ankara, 10 Temmuz. TÜİK verilerine göre Türkiye ile Özbekistan arasındaki ticaret hacmi 2025'in "
            "ocak-haziran döneminde 1 milyar 120 milyon dolar seviyesindeydi.")
    assert proposed.trade_values(text, DAY) == {(TR_UZ, "2025-H1", "turnover", 1120.0)}
    # and by the same genitive, one month of that year
    month = ("Ankara, 10 Temmuz. Türkiye ile Azerbaycan arasındaki ticaret hacmi 2025'in ekim ayında 610 milyon "
             "dolar oldu.")
    assert proposed.trade_values(month, DAY) == {(TR_AZ, "2025-10", "turnover", 610.0)}


# plant: the "bu|cari … aynı döneminde" alternative dropped from when._SAME_PERIOD_OF_YEAR
def test_the_same_period_of_this_year_after_last_year_s_figure_is_this_year_s():
    text = ("Ankara, 10 Temmuz. TÜİK verilerine göre Türkiye ile Özbekistan arasındaki ticaret hacmi 2025'in "
            "ocak-haziran döneminde 1 milyar 120 milyon dolar seviyesindeydi. Bu yılın aynı döneminde Türkiye'nin "
            "Özbekistan'a ihracatı yüzde 8 artışla 780 milyon dolar oldu.")
    assert proposed.trade_values(text, DAY) == {(TR_UZ, "2025-H1", "turnover", 1120.0),
                                                (TR_UZ, "2026-H1", "export", 780.0)}


# plant: the "ayı(?=\s+(?:ihracatı|…))" alternative dropped from when._AZ_ONE_MONTH
def test_a_month_as_the_owner_of_a_flow_in_a_list_is_that_month():
    text = ("Özbekistan ile ticarette rakamlar\n\n"
            "• Ocak-haziran 2026 ticaret hacmi: 1 milyar 300 milyon dolar\n\n"
            "• Türkiye'nin Özbekistan'a ihracatı: 800 milyon dolar\n\n"
            "• Haziran ayı ihracatı: 150 milyon dolar (yüzde 6 artış)\n")
    assert proposed.trade_values(text, DAY) == {(TR_UZ, "2026-H1", "turnover", 1300.0),
                                                (TR_UZ, "2026-H1", "export", 800.0),
                                                (TR_UZ, "2026-06", "export", 150.0)}


# plant: the "Özerk Cumhuriyet" alternative dropped from figures._NOT_PAIR_SUBJECT
def test_exports_to_the_partner_s_autonomous_republic_are_no_figure_of_the_pair():
    text = ("Ankara, 10 Temmuz. Ocak-haziran döneminde Türkiye'nin Azerbaycan'a ihracatı 1 milyar 700 milyon dolar "
            "oldu. Türkiye'nin Nahçıvan Özerk Cumhuriyeti'ne ihracatı ise aynı dönemde 140 milyon dolar oldu.")
    assert proposed.trade_values(text, DAY) == {(TR_AZ, "2026-H1", "export", 1700.0)}
    # the state itself in the same place stays the pair's figure
    state = ("Ankara, 10 Temmuz. Ocak-haziran döneminde Türkiye'nin Özbekistan'a ihracatı 800 milyon dolar oldu. "
             "Türkiye'nin Azerbaycan'a ihracatı ise aynı dönemde 1 milyar 700 milyon dolar oldu.")
    assert proposed.trade_values(state, DAY) == {(TR_UZ, "2026-H1", "export", 800.0),
                                                 (TR_AZ, "2026-H1", "export", 1700.0)}


# plant: the bare participle's "[ıi]\s+(?:tahmin\s+edil|düşünül)" alternative dropped from figures._BELIEVED_AFTER
def test_an_amount_trade_is_estimated_to_reach_is_no_figure():
    text = ("Ankara, 10 Temmuz. Geçen yıl Türkiye ile Özbekistan arasındaki ticaret hacmi 2 milyar 900 milyon dolar "
            "olarak gerçekleşmişti. Mevcut eğilim sürerse bu yıl ticaret hacminin 3,2 milyar doları bulabileceği "
            "tahmin ediliyor.")
    assert proposed.trade_values(text, DAY) == {(TR_UZ, "2025", "turnover", 2900.0)}
    assert proposed.targets(text, DAY) == []
    # "expected to reach" by a numbered year stays the two states' target
    goal = ("Ankara, 10 Temmuz. Geçen yıl Türkiye ile Özbekistan arasındaki ticaret hacmi 2 milyar 900 milyon dolar "
            "olarak gerçekleşmişti. İki ülke arasındaki ticaret hacminin 2030 yılına kadar 5 milyar dolara ulaşacağı "
            "bekleniyor.")
    assert proposed.trade_values(goal, DAY) == {(TR_UZ, "2025", "turnover", 2900.0)}
    assert proposed.targets(goal, DAY) == [(TR_UZ, 5000.0, "2030")]
