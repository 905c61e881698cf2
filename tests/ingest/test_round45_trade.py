"""Forty-fifth round, trade (statistics releases, interviews and targets; docs/extraction.md: figures.py, money.py): the
forms behind the dev/788, 789, 791, 793, 796, 799, 800, 803, 805, 807, 808 and 809 misses and the failures the probes
found, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 7, 31)
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
TR_HU = proposed.pair("Türkiye", "Hungary")
TR_KG = proposed.pair("Türkiye", "Kyrgyzstan")
TR_CY = proposed.pair("Türkiye", "Northern Cyprus")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
AZ_HU = proposed.pair("Azerbaijan", "Hungary")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
KZ_HU = proposed.pair("Kazakhstan", "Hungary")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
UZ_KZ = KZ_UZ
UZ_TJ = proposed.pair("Uzbekistan", "Tajikistan")
UZ_HU = proposed.pair("Uzbekistan", "Hungary")
UZ_KG = proposed.pair("Uzbekistan", "Kyrgyzstan")


def test_exports_made_to_a_state_in_a_turkish_release():
    # plant: figures._MADE_TR made "" (no participle read between the state and its flow)
    text = ("Özbekistan ile dış ticaret arttı\n\nÖzbekistan'a yapılan ihracat Ocak-Haziran döneminde %10,5 artarak 1 "
            "milyar 200 milyon dolar oldu. Özbekistan'dan gerçekleştirilen ithalat ise %3,1 azalarak 640 milyon "
            "dolara geriledi.")
    assert proposed.trade(text, DAY) == [(TR_UZ, "2026-H1", "export", 1200.0, "exact", "10.5"),
                                         (TR_UZ, "2026-H1", "import", 640.0, "exact", "-3.1")]


def test_the_two_after_two_figures_of_a_third_pair_are_that_pair():
    # plant: the "two figures of the third pair in a row" return dropped from figures._back_to_the_two
    text = ("Türkiye'nin toplam ihracatı 2026 yılının ilk yarısında 130 milyar dolar oldu.\n\nKazakistan'a yapılan "
            "ihracat Ocak-Haziran döneminde 900 milyon dolar oldu. Böylece iki ülke arasındaki dış ticaret hacmi 2 "
            "milyar 100 milyon dolar olarak gerçekleşti.\n\nMacaristan'a yapılan ihracat ilk altı ayda 700 milyon "
            "dolar oldu. Macaristan'dan yapılan ithalat 800 milyon dolara yükseldi. İki ülke arasındaki dış ticaret "
            "hacmi ise 1 milyar 500 milyon dolar olarak gerçekleşti.")
    assert (TR_HU, "2026-H1", "turnover", 1500.0) in proposed.trade_values(text, DAY)
    assert (TR_KZ, "2026-H1", "turnover", 1500.0) not in proposed.trade_values(text, DAY)


def test_the_twos_foreign_trade_told_again_is_theirs_not_the_worlds():
    # plant: figures._total_word_of_the_two_before returning False
    text = ("Kırgızistan'a yapılan ihracat Ocak-Haziran döneminde 300 milyon dolar oldu. Böylece iki ülke arasındaki "
            "dış ticaret hacmi %8 artarak 500 milyon dolar olarak gerçekleşti. Geçen yılın aynı döneminde dış "
            "ticaret hacmi 463 milyon dolar seviyesindeydi.")
    assert (TR_KG, "2025-H1", "turnover", 463.0) in proposed.trade_values(text, DAY)
    # a state's own foreign trade stays the world's
    own = ("Kırgızistan ile dış ticaret hacmi Ocak-Haziran döneminde 500 milyon dolar oldu. Geçen yılın aynı "
           "döneminde Türkiye'nin dış ticaret hacmi 400 milyar dolar seviyesindeydi.")
    assert proposed.trade_values(own, DAY) == {(TR_KG, "2026-H1", "turnover", 500.0)}


def test_a_count_of_months_after_a_baseline_is_the_reports_own_period():
    # plant: figures._earlier_periods returning the periods unsorted (as told)
    text = ("Türkiye'nin toplam ihracatı 2026 yılının ilk yarısında 130 milyar dolar oldu.\n\nKazakistan'a yapılan "
            "ihracat Ocak-Haziran döneminde 900 milyon dolar oldu. Böylece iki ülke arasındaki dış ticaret hacmi 2 "
            "milyar dolar olarak gerçekleşti. Geçen yılın aynı döneminde dış ticaret hacmi 1 milyar 800 milyon dolar "
            "seviyesindeydi. Haziran ayında Kazakistan'a yapılan ihracat 150 milyon dolar olarak kaydedildi.\n\n"
            "Macaristan'a yapılan ihracat ilk altı ayda 700 milyon dolar oldu.")
    assert (TR_HU, "2026-H1", "export", 700.0) in proposed.trade_values(text, DAY)


def test_a_customs_dash_list_of_partners():
    # plant: the dashes dropped from figures._LINE_HEAD ("[\s•*·-]")
    text = ("Trade of Uzbekistan with Turkic states in January–June 2026:\n\n– Kazakhstan: $2,140.5 million (+6.1%); "
            "Kazakhstan stays the main partner;\n\n– Azerbaijan: almost $300 million (+12.4%);\n\n– Hungary "
            "(observer state): $88.3 million, an increase of 14.2%.")
    assert proposed.trade(text, DAY) == [(UZ_KZ, "2026-H1", "turnover", 2140.5, "exact", "6.1"),
                                         (AZ_UZ, "2026-H1", "turnover", 300.0, "approaching", "12.4"),
                                         (UZ_HU, "2026-H1", "turnover", 88.3, "exact", "14.2")]


def test_a_table_line_whose_remark_names_a_flow_is_still_a_line():
    # plant: the "table goes on" alternative dropped from the no-trade-word check in figures.find_figures
    text = ("Trade of Uzbekistan with Turkic states in January–June 2026:\n\n– Kazakhstan: $2,140.5 million "
            "(+6.1%);\n\n– Kyrgyzstan: $610 million, mainly due to higher fuel exports;\n\n– Hungary: $88.3 million.")
    assert proposed.trade_values(text, DAY) == {(UZ_KZ, "2026-H1", "turnover", 2140.5),
                                                (UZ_KG, "2026-H1", "turnover", 610.0),
                                                (UZ_HU, "2026-H1", "turnover", 88.3)}


def test_an_observer_aside_with_the_groups_name_is_no_group():
    # plant: the group's name before the aside dropped from figures._MEMBER_ASIDE
    text = ("Azərbaycan Statistika Komitəsi yanvar-iyun aylarında türk dövlətləri ilə ticarətə dair məlumat "
            "açıqlayıb. Qazaxıstanla ticarət dövriyyəsi yanvar-iyun aylarında 300 milyon dollar olub. Türk "
            "Dövlətləri Təşkilatına müşahidəçi qismində daxil olan Macarıstanla ticarət dövriyyəsi 120 milyon dollar "
            "təşkil edib.")
    assert (AZ_HU, "2026-H1", "turnover", 120.0) in proposed.trade_values(text, DAY)


def test_one_flow_exceeding_the_other_is_no_figure():
    # plant: the "ixrac idxalı" alternatives dropped from figures._BALANCE
    text = ("Azərbaycan ilə Özbəkistan arasında ticarət dövriyyəsi 2025-ci ildə 400 milyon dollar təşkil edib. "
            "Azərbaycanın Özbəkistana ixracı 250 milyon dollar, Özbəkistandan idxalı 150 milyon dollar olub. "
            "Beləliklə, ixrac idxalı 100 milyon dollar üstələyib.")
    assert proposed.trade_values(text, DAY) == {(AZ_UZ, "2025", "turnover", 400.0), (AZ_UZ, "2025", "export", 250.0),
                                                (AZ_UZ, "2025", "import", 150.0)}
    english = ("Trade between Kazakhstan and Hungary reached $500 million in 2025. Kazakh exports to Hungary were "
               "$300 million, and imports $200 million. Exports exceeded imports by $100 million.")
    assert (KZ_HU, "2025", "export", 100.0) not in proposed.trade_values(english, DAY)


def test_one_goods_growth_is_not_the_pairs():
    # plant: the _SECTOR_FLOW check dropped from figures._growth_of_last
    text = ("In January–June 2026 trade between Kazakhstan and Kyrgyzstan amounted to $900 million. In June alone, "
            "trade came to $160 million. Trade in agricultural products with Kyrgyzstan tripled, the ministry said.")
    assert proposed.trade(text, DAY)[-1] == (KZ_KG, "2026-06", "turnover", 160.0, "exact", "")
    # the pair's own growth is still read
    pair = text.replace("Trade in agricultural products with Kyrgyzstan tripled", "Trade with Kyrgyzstan rose by 12%")
    assert proposed.trade(pair, DAY)[-1] == (KZ_KG, "2026-06", "turnover", 160.0, "exact", "12")


def test_a_towns_exports_are_no_states():
    # plant: the _PLACE_FROM check dropped from figures._not_pairs_subject
    from_town = ("Bursa'dan Özbekistan'a yapılan ihracatın geçen yıl 150 milyon dolar civarında gerçekleştiği "
                 "belirtildi.")
    assert proposed.trade(from_town, DAY) == []
    of_town = "Antalya'nın geçen yıl Kazakistan'a ihracatının 80 milyon dolar olduğu belirtildi."
    assert proposed.trade(of_town, DAY) == []
    state = "Türkiye'den Özbekistan'a yapılan ihracatın geçen yıl 3 milyar dolar civarında gerçekleştiği belirtildi."
    assert proposed.trade_values(state, DAY) == {(TR_UZ, "2025", "export", 3000.0)}


def test_what_the_speakers_state_bought_after_a_flow_is_its_import():
    # plant: the _SOLD_BY_SUBJECT check dropped from the further-amount test in figures.find_figures
    text = ("Bolat: Last year our trade with Uzbekistan came to $3.1 billion. Turkish exports were about $2 billion, "
            "and we bought around $1.1 billion of Uzbek goods.")
    assert (TR_UZ, "2025", "import", 1100.0) in proposed.trade_values(text, DAY)


def test_an_elliptic_we_were_below_with_a_remark_after():
    # plant: the "(are|were) (still) at/below" alternative dropped from figures._ELLIPTIC_BETWEEN
    text = ("Trade between Türkiye and Uzbekistan came to $3.1 billion last year. In 2021 we were still below $2 "
            "billion, so the growth is real.")
    assert proposed.trade(text, DAY)[-1] == (TR_UZ, "2021", "turnover", 2000.0, "under", "")


def test_the_twos_elliptic_figure_is_their_turnover_after_a_flow():
    # plant: figures.find_figures' elliptic_flow always found[-1].flow
    text = ("Trade between Türkiye and Uzbekistan came to $3.1 billion last year. Turkish exports were $2 billion. "
            "In 2021 we were at about $1.9 billion.")
    assert proposed.trade(text, DAY)[-1] == (TR_UZ, "2021", "turnover", 1900.0, "about", "")
    # "they" after the exports may be those exports: not the two's turnover
    they = text.replace("we were at about", "they were at about")
    assert (TR_UZ, "2021", "turnover", 1900.0) not in proposed.trade_values(they, DAY)


def test_his_countrys_trade_is_the_speakers_states():
    # plant: the _HIS_COUNTRY path dropped from figures._subject_home
    text = ("Tokayev said transit had grown and that his country's trade with Uzbekistan had exceeded $4 billion "
            "last year.")
    assert proposed.trade(text, DAY) == [(KZ_UZ, "2025", "turnover", 4000.0, "over", "")]


def test_a_bare_total_volume_after_the_two_flows_is_their_turnover():
    # plant: the "toplam hacim" alternative dropped from figures._BARE_TOTAL
    text = ("KKTC İstatistik Kurumu'na göre KKTC'nin Türkiye'den ithalatı 2024'te 1 milyar 700 milyon dolar, "
            "Türkiye'ye ihracatı ise 50 milyon dolar oldu. Toplam hacim 1 milyar 750 milyon dolar.")
    assert (TR_CY, "2024", "turnover", 1750.0) in proposed.trade_values(text, DAY)


def test_the_gap_between_two_counts_is_no_figure():
    # plant: the "aradaki fark" alternative dropped from figures._BALANCE
    text = ("TÜİK'e göre Türkiye ile KKTC arasındaki dış ticaret hacmi geçen yıl yaklaşık 2,2 milyar dolar oldu. "
            "Aradaki fark 350 milyon doları aşıyor; bu da KKTC'nin toplam ihracatının üç katı.")
    assert proposed.trade_values(text, DAY) == {(TR_CY, "2025", "turnover", 2200.0)}


def test_the_larger_of_two_turnover_counts_bounds_the_flows():
    # plant: figures._above_turnover keeping the last turnover of a pair and period, not the larger
    text = ("TÜİK verilerine göre Türkiye'nin KKTC'ye ihracatı 2024'te 2 milyar dolara ulaştı. Türkiye'nin KKTC'den "
            "ithalatı ise 100 milyon dolar oldu. Böylece toplam ticaret hacmi 2 milyar 100 milyon dolar oldu. KKTC "
            "İstatistik Kurumu'na göre KKTC'nin Türkiye'den ithalatı 2024'te 1 milyar 700 milyon dolar, Türkiye'ye "
            "ihracatı ise 50 milyon dolar oldu. Toplam hacim 1 milyar 750 milyon dolar.")
    assert (TR_CY, "2024", "export", 2000.0) in proposed.trade_values(text, DAY)


def test_a_market_forecast_is_no_target():
    # plant: "piyasa|market" dropped from figures._FORECASTERS
    # ("ulaşması bekleniyor", is expected to reach, with a year: a target unless a forecaster says it)
    text = ("Türkiye'nin KKTC'ye ihracatı Ocak-Nisan döneminde 700 milyon dolar oldu. Piyasa tahminlerine göre "
            "ihracatın 2027 yılında 2,3 milyar dolara ulaşması bekleniyor.")
    assert proposed.targets(text, DAY) == []


def test_an_elliptic_figure_may_leave_its_currency_out():
    # plant: the money.bare_amounts fallback dropped from figures._elliptic
    text = "Trade between Azerbaijan and Hungary was $412 million in 2025. In 2024 we were at around 330 million."
    assert proposed.trade(text, DAY)[-1] == (AZ_HU, "2024", "turnover", 330.0, "about", "")


def test_a_russian_comparison_with_the_year_in_the_locative():
    # plant: the "(?<=год)[ау]" alternative dropped from figures._ELLIPTIC_BETWEEN
    text = ("По итогам 2025 года товарооборот между Узбекистаном и Таджикистаном составил 800 млн долларов. Для "
            "сравнения: в 2022 году было около 500 млн.")
    assert proposed.trade(text, DAY)[-1] == (UZ_TJ, "2022", "turnover", 500.0, "about", "")


def test_a_little_more_than_is_over():
    # plant: "чуть больше" dropped from money.QUALIFIERS
    text = ("По итогам 2025 года товарооборот между Узбекистаном и Таджикистаном составил 800 млн долларов. Экспорт "
            "Узбекистана в Таджикистан — чуть больше 500 млн долларов.")
    assert proposed.trade(text, DAY)[-1] == (UZ_TJ, "2025", "export", 500.0, "over", "")


def test_let_us_bring_trade_to_an_amount_is_a_target():
    # plant: the optative endings ("aq", "ək", "alım", "elim") dropped from figures._TARGET_AFTER
    text = ("Qazaxıstan ilə Azərbaycan arasında ticarət dövriyyəsi 2025-ci ildə 600 milyon dollar olub. “Biz 2030-cu "
            "ilə qədər ticarət dövriyyəsini 1 milyard dollara çatdıraq”, – deyə Prezident bildirib.")
    assert proposed.targets(text, DAY) == [(AZ_KZ, 1000.0, "2030")]


def test_agri_food_products_are_one_goods_trade():
    # plant: "agri-food|food" dropped from figures._GOODS_EN
    text = ("Hungarian exports to Kazakhstan reached USD 500 million last year. Exports of Hungarian agri-food "
            "products alone grew to around USD 90 million.")
    assert proposed.trade_values(text, DAY) == {(KZ_HU, "2025", "export", 500.0)}
