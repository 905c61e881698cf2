"""Twelfth round, trade figures and targets (docs/extraction.md: figures.py, money.py, when.py).
Each rule was written for a miss of dev/126–137 and is tested here with other wordings than the article's.

Each test was seen failing once on a planted bug (then reverted); the plant is named in the test's comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 7, 20)
AUTUMN = date(2025, 11, 1)  # after the end of September

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_a_russian_by_year_before_the_verb_is_the_targets_year():
    # plant: the "к 2025 году" alternative dropped from figures._YEAR_BEFORE
    text = ("Президент Казахстана принял министра Азербайджана. «Мы намерены к 2027 году увеличить товарооборот до "
            "2 млрд долларов», – сказал он.")
    assert _targets(text) == [(_pair("Kazakhstan", "Azerbaijan"), 2000.0, "2027")]


def test_trade_in_a_ministers_title_makes_no_trade_sentence():
    # plant: "Minister|Ministry|…" dropped from figures._TRADE_IN_NAME
    for text in ("Türkiye's Trade Minister Omer Bolat said contractors had finished projects worth $5 billion in "
                 "Azerbaijan in 2024.",
                 "Türkiye's Minister of Trade said Turkish firms had invested $3 billion in Azerbaijan in 2024."):
        assert _trade(text) == [], text
    # another trade word still makes it one
    text = "Trade Minister Omer Bolat said trade between Türkiye and Azerbaijan reached $7 billion in 2024."
    assert [v for *_, v, _q, _g in _trade(text)] == [7000.0]


def test_a_further_to_joined_by_and_to_a_target_is_a_target_too():
    # plant: the _TARGET_AGAIN alternative of figures.find_figures made "and False"
    text = "Kazakhstan and Uzbekistan agreed to lift trade to $10 billion by 2026 and to $15 billion by 2030."
    assert _targets(text) == [(_pair("Kazakhstan", "Uzbekistan"), 10000.0, "2026"), (_pair("Kazakhstan", "Uzbekistan"), 15000.0, "2030")]
    # a result after a target is no target: "and" with no "to" before the amount
    text = "Kazakhstan and Uzbekistan agreed to lift trade to $10 billion by 2026 and noted it was $4 billion in 2024."
    assert [t[1] for t in _targets(text)] == [10000.0]


def test_a_target_for_it_after_a_remark_on_the_figure():
    # plant: the _REFERS_BACK alternative dropped from figures._target_after_remark
    text = ("Aliyev visited Tashkent. Trade between Azerbaijan and Uzbekistan reached $300 million in 2024. "
            "That is far below what is possible. We will raise it to $1 billion by 2028, Aliyev said.")
    assert _targets(text) == [(_pair("Azerbaijan", "Uzbekistan"), 1000.0, "2028")]
    # not when the sentence between names an amount of its own
    text = ("Aliyev visited Tashkent. Trade between Azerbaijan and Uzbekistan reached $300 million in 2024. "
            "Investment came to $40 million. We will raise it to $1 billion by 2028, Aliyev said.")
    assert _targets(text) == []


def test_a_compared_year_told_before_when_it_stood_at_is_that_years_figure():
    # plant: the _BASELINE_WHEN branch of figures._baseline_period skipped ("when" in segment made "whenX")
    text = ("Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2024, 20 percent more than a year "
            "earlier, when it stood at $3.4 billion.")
    assert [(p, v) for _, p, _f, v, _q, _g in proposed.trade(text, DAY)] == [("2024", 4100.0), ("2023", 3400.0)]
    text = ("Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2024, up from 2021, when it was about "
            "$2 billion.")
    assert [(p, v, q) for _, p, _f, v, q, _g in proposed.trade(text, DAY)] == [("2024", 4100.0, "exact"),
                                                                                ("2021", 2000.0, "about")]


def test_an_increase_on_the_amount_recorded_in_a_year_is_that_years_figure():
    # plant: the "increase … on/over" alternative dropped from figures._BASELINE_BEFORE
    text = ("Trade between Azerbaijan and Uzbekistan reached $390 million in 2024, a 25% rise over the $312 million "
            "registered in 2023.")
    assert [(p, v, g) for _, p, _f, v, _q, g in proposed.trade(text, DAY)] == [("2024", 390.0, "25"),
                                                                               ("2023", 312.0, "")]
    # without a period of its own the amount risen from is no figure
    text = "Trade between Azerbaijan and Uzbekistan reached $390 million in 2024, a 25% rise on the $312 million before."
    assert [v for *_, v, _q, _g in proposed.trade(text, DAY)] == [390.0]


def test_a_turkish_rise_from_one_amount_to_another():
    # plant: the _FROM_AMOUNT branch of figures.find_figures made "and False"
    text = ("Türkiye ile Kazakistan arasındaki ticaret hacmi 2024'te yüzde 20 artışla 2023'teki 5 milyar dolardan "
            "6 milyar dolara yükseldi.")
    assert [(p, v, g) for _, p, _f, v, _q, g in proposed.trade(text, DAY)] == [("2024", 6000.0, "20"),
                                                                               ("2023", 5000.0, "")]
    # no year before the amount risen from: only the figure it rose to
    text = "Türkiye ile Kazakistan arasındaki ticaret hacmi 2024'te 5 milyar dolardan 6 milyar dolara yükseldi."
    assert [(p, v) for _, p, _f, v, _q, _g in proposed.trade(text, DAY)] == [("2024", 6000.0)]


def test_another_source_putting_the_years_figure_at_an_amount():
    # plants: the "put … figure" alternative dropped from figures._FIGURE_BACK; "or year_told" dropped from the period
    text = ("Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2024, Kazakh statistics show. "
            "Uzbekistan's statistics agency puts the 2024 figure higher, at nearly $4.4 billion.")
    assert [(p, v, q) for _, p, _f, v, q, _g in proposed.trade(text, DAY)] == [("2024", 4100.0, "exact"),
                                                                                ("2024", 4400.0, "approaching")]
    # not two sentences on, after another subject
    text = ("Trade between Kazakhstan and Uzbekistan reached $4.1 billion in 2024. Investment grew fast. "
            "The ministry puts the figure at $900 million.")
    assert [v for *_, v, _q, _g in proposed.trade(text, DAY)] == [4100.0]


def test_a_turkish_genitive_state_owns_its_flows_with_the_state_named_next():
    # plant: "or bool(_OWNS_FLOW_LOCAL.match(…))" of figures._owns_trade made "or False"
    text = ("KKTC Başbakanı Üstel pazartesi günü Bakü'ye resmi bir ziyaret gerçekleştirdi ve Azerbaycan "
            "Cumhurbaşkanı Aliyev ile görüştü. Resmi verilere göre Özbekistan'ın Türkiye'den ithalatı 2024'te 3 milyar "
            "doları aştı, Türkiye'ye ihracatı ise 1 milyar dolar civarında kaldı.")
    assert [(p, f, v) for p, _, f, v, _q, _g in _trade(text)] == [
        (_pair("Uzbekistan", "Türkiye"), "import", 3000.0), (_pair("Uzbekistan", "Türkiye"), "export", 1000.0)]


def test_a_further_trade_clause_with_a_period_of_its_own():
    # plant: the "own := when.period_in(segment…)" branch of figures.find_figures made "and False"
    text = ("Trade between Kazakhstan and Uzbekistan reached $3 billion in the first half of 2025, while in 2024 as a "
            "whole trade totalled $5.5 billion.")
    assert [(p, v) for _, p, _f, v, _q, _g in _trade(text)] == [("2025-H1", 3000.0), ("2024", 5500.0)]


def test_a_look_back_at_an_earlier_period_does_not_pass_its_period_on():
    # plants: "or k - carried[0] <= 1 and _ends_before(…)" of figures.find_figures made "or False" (the turnover
    # case); looked_back comparing the labels as strings again, "figure_period[0] < carried[1][0]" (the "it" cases)
    text = ("Trade between Kazakhstan and Uzbekistan reached $3 billion in January-September 2025. Turnover in the first "
            "half stood at $1.9 billion. Exports in the same period came to $1.8 billion.")
    assert [p for _, p, *_ in _trade(text, AUTUMN)] == ["2025-9M", "2025-H1", "2025-9M"]
    text = ("Trade between Kazakhstan and Uzbekistan reached $3 billion in January-September 2025. In the first half "
            "it was $1.9 billion. Exports in the same period came to $1.8 billion.")
    assert [(p, f, v) for _, p, f, v, _q, _g in _trade(text, AUTUMN)] == [
        ("2025-9M", "turnover", 3000.0), ("2025-H1", "turnover", 1900.0), ("2025-9M", "export", 1800.0)]
    # a later period does pass its period on
    text = ("Trade between Kazakhstan and Uzbekistan reached $1.9 billion in the first half of 2025. In January-"
            "September it was $3 billion. Exports in the same period came to $1.8 billion.")
    assert [p for _, p, *_ in _trade(text, AUTUMN)] == ["2025-H1", "2025-9M", "2025-9M"]


def test_a_russian_year_of_the_whole_year():
    # plant: the "(?<=итогам\s)всего" alternative dropped from when._YEAR
    text = "Товарооборот между Казахстаном и Узбекистаном по итогам всего 2024 года составил 4,4 млрд долларов."
    assert [(p, v) for _, p, _f, v, _q, _g in _trade(text)] == [("2024", 4400.0)]


def test_a_russian_infinitive_of_reaching_a_turnover_is_a_target():
    # plant: _REACH_RU_WORDS made () (the _TARGET_REACH_RU check never runs)
    for text in ("Казахстан и Узбекистан намерены выйти на товарооборот в 10 млрд долларов к 2030 году.",
                 "Казахстан и Узбекистан должны достичь товарооборота в 10 млрд долларов к 2030 году."):
        assert _targets(text) == [(_pair("Kazakhstan", "Uzbekistan"), 10000.0, "2030")], text
    # the past is a result, a figure
    text = "Казахстан и Узбекистан в 2024 году вышли на товарооборот в 4 млрд долларов."
    assert _targets(text) == []


def test_a_common_task_is_no_total():
    # plant: the "(?!\s+(?:задач|цел))" lookahead dropped from figures._GROUP_OR_TOTAL
    text = ("Президент Узбекистана принял министра Азербайджана. «Наша общая цель — 2 млрд долларов товарооборота», — "
            "сказал министр.")
    assert [t[1] for t in _targets(text)] == [2000.0]


def test_an_amount_whose_currency_is_the_one_before():
    # plant: money._BARE_UNITS made () (the currency-less amounts never looked for)
    text = ("Товарооборот Казахстана с Азербайджаном в 2024 году превысил 600 млн долларов, а с Узбекистаном составил "
            "почти 4,4 млрд.")
    assert [(p, v, q) for p, _, _f, v, q, _g in _trade(text)] == [
        (_pair("Kazakhstan", "Azerbaijan"), 600.0, "over"), (_pair("Kazakhstan", "Uzbekistan"), 4400.0, "approaching")]
    # not an amount of something else, nor one without a dollar amount before it
    from dashboard.ingest import money
    assert [a.usd_m for a in money.amounts_in("Exports reached $2 billion and 1.5 million tonnes of grain.")] == [2000.0]
    assert [a.usd_m for a in money.amounts_in("Wheat sales were worth $40 million, or 42 billion tenge.")] == [40.0]
    assert money.amounts_in("The city has 2.1 million.") == []


def test_a_later_clause_of_a_pair_outside_the_ties_gives_the_partner_of_the_ties():
    # plant: "found += _later_partners(…)" of figures.find_figures removed
    text = ("Kazakhstan's trade with China reached $40 billion in 2024, and with Uzbekistan, its largest neighbour, "
            "trade rose 10% to about $4 billion.")
    assert [(p, per, v, q, g) for p, per, _f, v, q, g in _trade(text)] == [
        (_pair("Kazakhstan", "Uzbekistan"), "2024", 4000.0, "about", "10")]
    # no trade word in the later clause: nothing ("… and Uzbekistan's airline bought planes for $1 billion")
    text = "Kazakhstan's trade with China reached $40 billion in 2024, while Uzbekistan bought planes for $1 billion."
    assert _trade(text) == []
