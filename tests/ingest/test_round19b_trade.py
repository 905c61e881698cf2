"""Round 19b, trade figures and targets (docs/extraction.md: money.py, figures.py, when.py): forms found by invented
probes in the styles of customs and statistics releases, business press and ministers' speeches in English, Russian,
Azerbaijani and Turkish (tables as text, shares, thousands, trade balances, halves, single months, deadlines told
later, and text that must give no record). Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 18)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_a_trade_balance_in_local_words_is_no_turnover():
    # plant: _BALANCE_STEMS back to the plain words (not through lowered(), so "fazlası" is never found)
    text = "Türkiye'nin Azerbaycan ile dış ticaret fazlası 2024'te 2,1 milyar dolar oldu."
    assert _trade(text) == []
    text = "Azərbaycanın Türkiyə ilə ticarət balansı 2024-cü ildə 1,5 milyard dollar müsbət saldo ilə yekunlaşıb."
    assert _trade(text) == []
    # the turnover before a balance clause stays
    text = ("Azerbaycan ile Türkiye arasındaki ticaret hacmi 2024'te 7,5 milyar dolar oldu; ticaret dengesi Türkiye "
            "lehine 2 milyar dolar.")
    assert _trade(text) == [(_pair("Azerbaijan", "Türkiye"), "2024", "turnover", 7500.0, "exact", "")]


def test_a_states_gdp_or_a_regions_trade_is_no_figure_of_the_pair():
    # plant: the _NOT_PAIR_SUBJECT check in figures.find_figures made `False and …`
    text = "Azerbaycan'ın GSYH'si 2024'te 74 milyar dolar oldu, Türkiye ile ticaret ise büyüdü."
    assert _trade(text) == []
    text = "Trade between the Turkestan region of Kazakhstan and Uzbekistan reached $1.5 billion in 2024."
    assert _trade(text) == []
    text = ("Туркестанская область Казахстана в 2024 году нарастила товарооборот с Узбекистаном до 1,5 млрд "
            "долларов.")
    assert _trade(text) == []
    # the pair's own figure after a GDP clause stays
    text = "ВВП Узбекистана в 2024 году составил 115 млрд долларов, а товарооборот с Казахстаном – 4,4 млрд долларов."
    assert _trade(text) == [(_pair("Uzbekistan", "Kazakhstan"), "2024", "turnover", 4400.0, "exact", "")]
    text = "Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2024, the region's largest."
    assert _trade(text) == [(_pair("Kazakhstan", "Uzbekistan"), "2024", "turnover", 4400.0, "exact", "")]


def test_a_banks_or_analysts_forecast_is_no_target():
    # plant: the _FORECASTER check in figures.find_figures made `False and …`
    text = "The World Bank forecasts that trade between Kazakhstan and Uzbekistan will reach $10 billion by 2030."
    assert _targets(text) == []
    text = ("По прогнозу аналитиков Евразийского банка развития, товарооборот Казахстана и Узбекистана к 2030 году "
            "достигнет 10 млрд долларов.")
    assert _targets(text) == []
    text = ("Dünya Bankası, Türkiye ile Özbekistan arasındaki ticaret hacminin 2030'a kadar 10 milyar dolara "
            "ulaşacağını tahmin ediyor.")
    assert _targets(text) == []
    # the governments' own target stays
    text = "The two presidents agreed that trade between Kazakhstan and Uzbekistan should reach $10 billion by 2030."
    assert _targets(text) == [(_pair("Kazakhstan", "Uzbekistan"), 10000.0, "2030")]


def test_a_half_or_quarter_with_a_roman_or_numeric_ordinal():
    # plants (each seen failing alone): "IV|I{1,3}(?=\s)" dropped from when._AZ_TR_PART; "|[1-4](?=-)" and the
    # ordinal ending dropped from when._RU_QUARTER
    text = ("2025-ci ilin I yarım ilində Azərbaycanla Özbəkistan arasında ticarət dövriyyəsi 480 milyon dollar "
            "olub.")
    assert _trade(text) == [(_pair("Azerbaijan", "Uzbekistan"), "2025-H1", "turnover", 480.0, "exact", "")]
    text = "За 1-е полугодие 2025 года товарооборот Узбекистана и Азербайджана составил 480 млн долларов."
    assert _trade(text) == [(_pair("Uzbekistan", "Azerbaijan"), "2025-H1", "turnover", 480.0, "exact", "")]
    text = "За I полугодие 2025 года товарооборот Казахстана и Кыргызстана составил 1,1 млрд долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Kyrgyzstan"), "2025-H1", "turnover", 1100.0, "exact", "")]
    text = "Во 2-м квартале 2025 года экспорт Казахстана в Азербайджан составил 90 млн долларов."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2025-Q2", "export", 90.0, "exact", "")]


def test_a_local_month_with_its_year_in_the_locative_is_that_month():
    # plant: the _MONTH_YEAR_LOCATIVE candidate in when.period_in made `if False and …`
    text = "Türkiye'nin Özbekistan'a ihracatı Eylül 2025'te 220 milyon dolara ulaştı."
    assert _trade(text) == [(_pair("Türkiye", "Uzbekistan"), "2025-09", "export", 220.0, "exact", "")]
    text = "Azərbaycanın Qazaxıstana ixracı sentyabr 2025-ci ildə 30 milyon dollar olub."
    assert _trade(text) == [(_pair("Azerbaijan", "Kazakhstan"), "2025-09", "export", 30.0, "exact", "")]
    # a year alone stays the year
    text = "Türkiye ile Azerbaycan arasındaki ticaret hacmi 2024'te 7,5 milyar dolar oldu."
    assert _trade(text) == [(_pair("Türkiye", "Azerbaijan"), "2024", "turnover", 7500.0, "exact", "")]


def test_thousands_and_units_of_dollars_in_turkish_and_azerbaijani():
    # plant: the "thousands and units" entry of money._NEEDS given a word no text holds (the pattern never runs)
    text = "Türkiye'nin Kırgızistan'a ihracatı Ocak-Mart döneminde 45 bin 600 dolar oldu."
    assert _trade(text) == [(_pair("Türkiye", "Kyrgyzstan"), "2025-Q1", "export", 0.046, "exact", "")]
    text = "Bu ilin yanvar-mart aylarında Azərbaycanla Qırğızıstan arasında ticarət dövriyyəsi 850 min 300 dollar olub."
    assert _trade(text) == [(_pair("Azerbaijan", "Kyrgyzstan"), "2025-Q1", "turnover", 0.85, "exact", "")]


def test_a_goals_deadline_told_later_by_a_word_pointing_back():
    # plant: _target_year returns None instead of _goal_deadline_later(...)
    text = ('"We aim to bring trade to $5 billion," Erdogan said, adding that the goal between Turkey and Uzbekistan '
            "should be reached by 2030.")
    assert _targets(text) == [(_pair("Türkiye", "Uzbekistan"), 5000.0, "2030")]
    text = ('Erdoğan, "Türkiye ile Özbekistan arasındaki ticaret hacmini 10 milyar dolara çıkarmak istiyoruz" dedi ve '
            "bu hedefe 2030 yılına kadar ulaşılmasını istedi.")
    assert _targets(text) == [(_pair("Türkiye", "Uzbekistan"), 10000.0, "2030")]
    text = ("“Ticarət dövriyyəsini 1 milyard dollara çatdırmaq istəyirik”, - Azərbaycan və Qazaxıstan prezidentləri "
            "2027-ci ilədək bu məqsədi qoyublar.")
    assert _targets(text) == [(_pair("Azerbaijan", "Kazakhstan"), 1000.0, "2027")]
    text = ("Токаев заявил: «Мы должны довести товарооборот Казахстана и Азербайджана до 1 млрд долларов», добавив, "
            "что этой цели нужно достичь к 2027 году.")
    assert _targets(text) == [(_pair("Kazakhstan", "Azerbaijan"), 1000.0, "2027")]
    # a year when the goal was set is no deadline
    text = ('"We aim to bring trade between Kazakhstan and Azerbaijan to $1 billion," he said, recalling that the goal '
            "was first set in 2019.")
    assert _targets(text) == [(_pair("Kazakhstan", "Azerbaijan"), 1000.0, "")]


def test_probe_texts_that_give_no_record():
    # the forms already held (investment, loans, transit, prices per tonne, deals, shares of a total, a bank's loan);
    # kept so later rules do not start proposing them. Plant: the balance check in find_figures left out (the
    # surplus sentence gives a record)
    for text in ("Turkish companies have invested $15 billion in Azerbaijan over the past decade.",
                 "Азербайджан предоставил Кыргызстану кредит на 100 млн долларов.",
                 "Цена казахстанской пшеницы для Азербайджана составила 250 долларов за тонну.",
                 "Azərbaycan Türkiyəyə 2 milyard dollarlıq kredit ayırıb.",
                 "Türkiye'nin Özbekistan'daki yatırımları 2024'te 1,5 milyar dolara ulaştı.",
                 "Азербайджан и Казахстан подписали соглашения на сумму 2 млрд долларов.",
                 "Azerbaijan accounted for 12% of Kazakhstan's foreign trade in 2024.",
                 "На долю Азербайджана пришлось 3,1% внешнеторгового оборота Узбекистана.",
                 "Azerbaijan ran a trade surplus of $1.2 billion with Turkey in 2024.",
                 "Сальдо торгового баланса Казахстана с Узбекистаном в 2024 году составило 1,1 млрд долларов.",
                 "The EBRD lent $300 million to Kazakhstan and Azerbaijan for the Middle Corridor."):
        assert _trade(text) == [] and _targets(text) == [], text
