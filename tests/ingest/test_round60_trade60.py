"""Sixtieth round, trade60 (statistics releases and wires; docs/extraction.md: figures.py, money.py): the forms behind
the dev/1002, 1006, 1008 and 1013 misses, told in short invented sentences: a share told as "more than X percent of"
is no growth; a count of months before the first amount and "whereas … the same period last year" after it; a
round-up's "X üzrə göstərici" line; "the figure that year" after a growth line; "sales of Turkish goods to X"; a goal
"agreed by" its setters before a dash; the participle's demonym subject whose trade it tells. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 19)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
AZ_KG = proposed.pair("Azerbaijan", "Kyrgyzstan")
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
TR_KG = proposed.pair("Türkiye", "Kyrgyzstan")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")


def test_more_than_a_rate_of_a_flow_is_a_share_not_its_growth():
    # plant: the "faizdən çoxu"/"'inden fazlası" alternative dropped from money._SHARE_AFTER
    text = ("Yanvar-iyun aylarında Azərbaycan ilə Qazaxıstan arasında ticarət 610,2 milyon dollar olub. Azərbaycanın "
            "ixracı 200 milyon dollar olub. İxracın 70 faizdən çoxu neft məhsullarının payına düşür.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2026-H1", "turnover", 610.2, "exact", ""),
                                         (AZ_KZ, "2026-H1", "export", 200.0, "exact", "")]
    turkish = ("Ocak-haziran döneminde Türkiye ile Özbekistan arasındaki ticaret 1,3 milyar dolar oldu. İhracatın "
               "yüzde 60'ından fazlası tekstil ürünlerinden oluşuyor.")
    assert proposed.trade(turkish, DAY) == [(TR_UZ, "2026-H1", "turnover", 1300.0, "exact", "")]
    # a rise by more than a rate stays a growth
    rise = ("Yanvar-iyun aylarında Azərbaycan ilə Qazaxıstan arasında ticarət 610,2 milyon dollar olub. Ticarət "
            "dövriyyəsi 20 faizdən çox artıb.")
    assert proposed.trade(rise, DAY) == [(AZ_KZ, "2026-H1", "turnover", 610.2, "exact", "20")]


def test_months_counted_before_the_amount_and_a_look_back_after_whereas():
    # plant: the round-60 check (period_back_in of the text before the first amount) dropped from find_figures
    text = ("Yanvar-may aylarında Azərbaycanın Türk dövlətləri ilə ticarəti artıb. Qazaxıstanla dövriyyə 300 milyon "
            "dollar olub. Qırğızıstanla ticarət isə azdır: beş ayda cəmi 20,4 milyon dollar, halbuki ötən ilin eyni "
            "dövründə bu rəqəm 18,1 milyon dollar idi.")
    figures = proposed.trade_values(text, DAY)
    assert (AZ_KG, "2026-5M", "turnover", 20.4) in figures
    assert (AZ_KG, "2025-5M", "turnover", 18.1) in figures
    turkish = ("Ocak-mayıs döneminde Türkiye'nin Türk devletleriyle ticareti arttı. Kazakistan ile ticaret 1,1 milyar "
               "dolar oldu. Kırgızistan ile ticaret ise sınırlı: beş ayda sadece 120,5 milyon dolar, oysa geçen yılın "
               "aynı döneminde bu rakam 98,2 milyon dolardı.")
    figures = proposed.trade_values(turkish, DAY)
    assert (TR_KG, "2026-5M", "turnover", 120.5) in figures and (TR_KG, "2025-5M", "turnover", 98.2) in figures
    # the earlier line keeps the report's period
    assert (AZ_KZ, "2026-5M", "turnover", 300.0) in proposed.trade_values(text, DAY)


def test_a_round_ups_line_for_the_next_partner():
    # plant: the _PARTNER_LINE branch dropped from find_figures
    text = ("Yanvar-iyul aylarında Azərbaycanla Qazaxıstan arasında ticarət 12,5 faiz artaraq 402,3 milyon dollara "
            "çatıb. Bunun 100 milyon dolları taxılın payına düşür. Qırğızıstan üzrə göstərici 45,7 milyon dollar "
            "(+8,2%) olub.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2026-7M", "turnover", 402.3, "exact", "12.5"),
                                         (AZ_KG, "2026-7M", "turnover", 45.7, "exact", "8.2")]
    turkish = ("Ocak-temmuz döneminde Türkiye ile Kazakistan arasındaki ticaret yüzde 12,5 artışla 4,1 milyar dolara "
               "ulaştı. Özbekistan için rakam 2,3 milyar dolar oldu.")
    assert (TR_UZ, "2026-7M", "turnover", 2300.0) in proposed.trade_values(turkish, DAY)


def test_the_figure_that_year_after_a_growth_line():
    # plant: _FIGURE_NOUN_WORDS left out of the _growth_then_that_year gate in find_figures
    text = ("2025-ci ildə Azərbaycan ilə Qırğızıstan arasında ticarət dövriyyəsi 88,4 milyon dollar təşkil edib. Bu, "
            "2024-cü illə müqayisədə 12,7 faiz artım deməkdir – həmin il göstərici 78,4 milyon dollar olmuşdu.")
    assert proposed.trade(text, DAY) == [(AZ_KG, "2025", "turnover", 88.4, "exact", "12.7"),
                                         (AZ_KG, "2024", "turnover", 78.4, "exact", "")]


def test_sales_of_a_states_goods_to_another_are_its_exports():
    # plant: _SALES_OF_DEMONYM_GOODS dropped from _TRADE
    text = ("Kazakh firms sold goods worth $900 million to Uzbekistan between January and June. In June alone, sales "
            "of Kazakh goods to Uzbekistan reached $170.2 million.")
    rows = [(r["reporter_country"], r["period"], r["flow"], r["value_usd_million"])
            for r in proposed.records("trade", text, DAY)]
    assert ("Kazakhstan", "2026-06", "export", "170.2") in rows
    # one good's sales are no pair's figure, nor does a good's growth after it go to the month's exports
    wheat = text.replace("Kazakh goods", "Kazakh wheat")
    assert proposed.trade_values(wheat, DAY) == {(KZ_UZ, "2026-H1", "export", 900.0)}
    furniture = text + " Furniture exports rose 21 percent."
    assert (KZ_UZ, "2026-06", "export", 170.2, "exact", "") in proposed.trade(furniture, DAY)


def test_a_goal_agreed_by_its_setters_before_a_dash():
    # plant: the "agreed/set … by" part dropped from _TARGET_NOUN
    text = ('Trade between Azerbaijan and Türkiye reached $4.1 billion in 2025. The minister said the goal agreed by '
            'the two presidents – "$15 billion in trade by 2030" – was realistic.')
    assert proposed.targets(text, DAY) == [(AZ_TR, 15000.0, "2030")]
    # the year's figure is no target
    assert proposed.trade_values(text, DAY) == {(AZ_TR, "2025", "turnover", 4100.0)}


def test_the_participles_demonym_subject_owns_the_trade():
    # plant: _participle_teller_home returning None
    text = ("Türkiye ile ticaretin geçen yıl yaklaşık 3,9 milyar dolar olduğunu hatırlatan Özbek lider, "
            "yatırımcıları övdü.")
    assert proposed.trade(text, date(2026, 6, 15)) == [(TR_UZ, "2025", "turnover", 3900.0, "about", "")]
    kazakh = ("Azerbaycan ile ticaretin geçen yıl 1,2 milyar dolar olduğunu belirten Kazak lider, yeni projelere "
              "değindi.")
    assert proposed.trade_values(kazakh, date(2026, 6, 15)) == {(AZ_KZ, "2025", "turnover", 1200.0)}
    # the office capitalised, in two words
    minister = ("Kırgızistan ile ticaretin geçen yıl 500 milyon dolar olduğunu hatırlatan Kazak Dışişleri Bakanı, "
                "konuştu.")
    assert proposed.trade_values(minister, date(2026, 6, 15)) == {(KZ_KG, "2025", "turnover", 500.0)}
    # a named subject before the comma is read as before
    named = "Erdoğan, Özbekistan ile ticaretin geçen yıl 3,9 milyar dolar olduğunu söyledi."
    assert proposed.trade_values(named, date(2026, 6, 15)) == {(TR_UZ, "2025", "turnover", 3900.0)}
