"""Forty-sixth round, trade-other (trade figures and targets in commentary and interviews; docs/extraction.md:
figures.py, when.py): the forms behind the dev/803, 810, 813, 815 and 818 misses, told in short invented sentences.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 2, 10)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_TJ = proposed.pair("Kazakhstan", "Tajikistan")
HU_UZ = proposed.pair("Hungary", "Uzbekistan")
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
CY_TR = proposed.pair("Northern Cyprus", "Türkiye")
KZ_CY = proposed.pair("Kazakhstan", "Northern Cyprus")
LEAD_RU = "По итогам 2025 года товарооборот между Казахстаном и Узбекистаном составил 4,2 млрд долларов. "


def test_we_traded_for_an_amount_is_the_pairs_earlier_turnover():
    # plant: the "мы|торговал…на" alternatives dropped from figures._ELLIPTIC_BETWEEN
    text = LEAD_RU + "Для сравнения: в 2021 году мы торговали примерно на 2,5 миллиарда."
    assert proposed.trade(text, DAY) == [(KZ_UZ, "2025", "turnover", 4200.0, "exact", ""),
                                         (KZ_UZ, "2021", "turnover", 2500.0, "about", "")]
    # a verb of something else than trading is no figure
    spent = LEAD_RU + "В 2021 году мы потратили на это 2,5 миллиарда."
    assert proposed.trade(spent, DAY) == [(KZ_UZ, "2025", "turnover", 4200.0, "exact", "")]


def test_a_month_as_subject_then_for_the_month_is_that_months_figure():
    # plant: the _MONTH_SUBJECT candidate dropped from when.period_in
    text = LEAD_RU + "Январь начался неплохо: по предварительным данным, за месяц он составил более 300 млн долларов."
    assert (KZ_UZ, "2026-01", "turnover", 300.0, "over", "") in proposed.trade(text, DAY)
    english = ("Trade between Kazakhstan and Uzbekistan came to $4.2 billion in 2025. December was strong: for the "
               "month, it came to $420 million.")
    assert (KZ_UZ, "2025-12", "turnover", 420.0, "exact", "") in proposed.trade(english, DAY)
    # a month opening the sentence with no "for the month" gives no month
    year = LEAD_RU + "Январь начался хорошо, а за год он вырос до 4,5 млрд долларов."
    assert not any(figure[1] == "2026-01" for figure in proposed.trade(year, DAY))


def test_for_the_month_it_after_a_colon_refers_back_to_the_trade():
    # plant: the colon dropped from the Russian "он" lead of figures._FIGURE_BACK ("(?:^|[,:]\s*)" back to ",")
    text = LEAD_RU + "Январь начался хорошо: за месяц он составил 350 млн долларов."
    assert proposed.trade(text, DAY) == [(KZ_UZ, "2025", "turnover", 4200.0, "exact", ""),
                                         (KZ_UZ, "2026-01", "turnover", 350.0, "exact", "")]


def test_a_goal_restated_with_its_deadline_after_a_question():
    # plant: the round-46 branch reading a restatement two sentences on dropped from figures.find_figures
    # (an interview: the question ends its paragraph, the answer opens the next with a dash)
    text = ("Президенты поставили цель довести товарооборот между Казахстаном и Узбекистаном до 10 млрд долларов. "
            "Реально ли это?\n\n— Цель, которую определили наши президенты, — 10 миллиардов долларов к 2030 году.")
    assert proposed.targets(text, DAY) == [(KZ_UZ, 10000.0, "2030")]
    # a year with no amount of the goal gives it no deadline
    bare = ("Президенты поставили цель довести товарооборот между Казахстаном и Узбекистаном до 10 млрд долларов. "
            "Реально ли это? — Посмотрим, к 2030 году станет ясно.")
    assert proposed.targets(bare, DAY) == [(KZ_UZ, 10000.0, "")]


def test_an_amount_expected_to_be_come_to_is_no_figure():
    # plant: "bulma|bulaca|aşma|aşaca" dropped from figures._FORECAST_AFTER
    lead = "Türkiye'nin KKTC'ye ihracatı Ocak-Nisan döneminde 716,4 milyon dolar oldu. "
    day = date(2025, 6, 1)
    text = lead + "Bu hızla ihracatın yıl sonunda 2,3 milyar doları bulması bekleniyor."
    assert proposed.trade_values(text, day) == {(CY_TR, "2025-4M", "export", 716.4)}
    exceed = lead + "İhracatın yıl sonunda 2,2 milyar doları aşması bekleniyor."
    assert proposed.trade_values(exceed, day) == {(CY_TR, "2025-4M", "export", 716.4)}
    # a past "buldu" (came to) stays a figure
    past = lead + "Geçen yıl ihracat 2 milyar doları buldu."
    assert (CY_TR, "2024", "export", 2000.0) in proposed.trade_values(past, day)


def test_goods_shipped_worth_an_amount_are_an_export():
    # plant: "shipped|supplied|delivered" dropped from the goods-worth look-ahead of figures._TRADE
    text = "Kazakh exporters shipped goods worth $1.04 billion to Tajikistan in 2025."
    assert proposed.trade(text, DAY) == [(KZ_TJ, "2025", "export", 1040.0, "exact", "")]
    rows = proposed.records("trade", "Turkish firms delivered goods worth $500 million to Azerbaijan in 2025.", DAY)
    assert [(r["reporter_country"], r["partner_country"], r["flow"]) for r in rows] == [("Türkiye", "Azerbaijan",
                                                                                         "export")]
    # tonnes shipped are no dollar figure, aid is no goods
    assert proposed.trade("Kazakhstan shipped aid worth $10 million to Tajikistan in 2025.", DAY) == []


def test_the_regions_own_trade_is_no_pairs():
    # plant: the "the region's" alternative dropped from figures._NOT_PAIR_SUBJECT
    day = date(2026, 4, 1)
    text = ("Trade between Hungary and Uzbekistan reached $412 million last year. Samarkand's share is small: the "
            "region's trade with Hungary came to $20 million.")
    assert proposed.trade_values(text, day) == {(HU_UZ, "2025", "turnover", 412.0)}
    # the country's own exports stay the pair's
    country = ("Trade between Hungary and Uzbekistan reached $412 million last year. The country's exports to Hungary "
               "reached $150 million.")
    assert (HU_UZ, "2025", "export", 150.0) in proposed.trade_values(country, day)


def test_one_goods_flow_as_a_goals_object_is_no_target_nor_figure():
    # plant: figures._good_flow_object returning False
    day = date(2026, 6, 1)
    text = ("KKTC ile Kazakistan arasındaki ticaret hacmi 2025'te 18 milyon dolar oldu. Bakanlığın ayrıca "
            "fındık ihracatını 5 milyon dolara taşıma hedefi bulunuyor.")
    assert proposed.targets(text, day) == []
    assert proposed.trade_values(text, day) == {(KZ_CY, "2025", "turnover", 18.0)}
    # the pair's trade carried to an amount is their target
    pair = ("Bakanlık, Türkiye ile Azerbaycan arasındaki ticaret hacmini 2030'a kadar 15 milyar dolara taşımayı "
            "hedefliyor.")
    assert proposed.targets(pair, day) == [(AZ_TR, 15000.0, "2030")]


def test_carrying_to_an_amount_is_a_target_verb():
    # plant: "taşı" dropped from figures._TARGET_AFTER
    day = date(2026, 6, 1)
    text = ("KKTC ile Kazakistan arasındaki ticaret hacmi 2025'te 18 milyon dolar oldu. Bakanlık bu yıl ticaret "
            "hacmini 30 milyon dolara taşımak istiyor.")
    assert proposed.trade_values(text, day) == {(KZ_CY, "2025", "turnover", 18.0)}
