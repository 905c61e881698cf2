"""Twenty-seventh round, trade figures (docs/extraction.md: figures.py, when.py): the forms behind the dev/318–341
trade misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def _values(text, day=DAY):
    return proposed.trade_values(text, day)


def test_russian_abbreviated_year_is_the_period():
    # plant: `(?:год|г\.)` back to `год` in when._YEAR
    text = "По итогам 2024 г. товарооборот Узбекистана и Азербайджана составил около $310 млн."
    assert (_pair("Uzbekistan", "Azerbaijan"), "2024", "turnover", 310.0) in _values(text)
    # a "г" that is no abbreviation of the year gives no period
    text = "Товарооборот Узбекистана и Азербайджана по итогам 2024 гг составил около $310 млн."
    assert not any(v[1] == "2024" for v in _values(text))


def test_russian_abbreviated_deadline_is_the_target_year():
    # plant: `(?:год|г\.)` back to `год` in figures._BY_YEAR
    text = "Узбекистан и Азербайджан намерены довести товарооборот до $1,5 млрд к 2029 г."
    assert (_pair("Uzbekistan", "Azerbaijan"), 1500.0, "2029") in proposed.targets(text, DAY)


def test_exports_of_a_manufactured_good_are_no_pair_figure():
    # plant: `vehicles?|` dropped from figures._GOODS_EN
    text = ("Trade between Kazakhstan and Azerbaijan reached $700 million in 2025. Kazakh exports of vehicles to "
            "Azerbaijan alone came to about $120 million last year.")
    assert {v[3] for v in _values(text)} == {700.0}
    # exports of goods in general stay the pair's
    text = ("Trade between Kazakhstan and Azerbaijan reached $700 million in 2025. Kazakh exports of goods to "
            "Azerbaijan came to about $420 million last year.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2025", "export", 420.0) in _values(text)


def test_a_good_in_the_genitive_before_the_state_is_one_goods_flow():
    # plant: `or _good_genitive_flow(...)` dropped from figures.find_figures
    text = ("Azerbaycan ile Türkiye arasındaki ticaret hacmi geçen yıl 7 milyar doları aştı. Fındığın Azerbaycan'a "
            "ihracatı ise geçen yıl 40 milyon dolar oldu.")
    text2 = ("Azerbaycan ile Türkiye arasındaki ticaret hacmi geçen yıl 7 milyar doları aştı. Çayın Azerbaycan'a "
             "ihracatı ise geçen yıl 40 milyon dolar oldu.")
    assert {v[3] for v in _values(text)} == {7000.0}
    assert {v[3] for v in _values(text2)} == {7000.0}
    # a state's genitive, capitalised, stays the pair's export
    text = ("Azerbaycan ile Türkiye arasındaki ticaret hacmi geçen yıl 7 milyar doları aştı. Türkiye'nin Azerbaycan'a "
            "ihracatı ise geçen yıl 3 milyar dolar oldu.")
    assert (_pair("Türkiye", "Azerbaijan"), "2025", "export", 3000.0) in _values(text)


def test_russian_participle_of_exceeding_is_over():
    # plant: `("превысившего", "over"), ` dropped from money.QUALIFIERS
    text = ("Товарооборот Узбекистана и Азербайджана в 2025 году составил 900 млн долларов. Основу узбекского экспорта, "
            "превысившего в прошлом году 500 млн долларов, составляют текстиль и овощи.")
    assert (_pair("Uzbekistan", "Azerbaijan"), "2025", "export", 500.0, "over", "") in proposed.trade(text, DAY)
    # a participle of another verb leaves the amount exact
    text = ("Товарооборот Узбекистана и Азербайджана в 2025 году составил 900 млн долларов. Основу узбекского экспорта, "
            "составившего в прошлом году 500 млн долларов, составляют текстиль и овощи.")
    assert (_pair("Uzbekistan", "Azerbaijan"), "2025", "export", 500.0, "exact", "") in proposed.trade(text, DAY)


def test_the_full_year_is_the_period():
    # plant: `(?<=full\s)` to `(?<=fullx\s)` (and whole, entire likewise) in when._YEAR
    text = "For the full year 2025, trade between Azerbaijan and Kazakhstan stood at about $640 million."
    assert (_pair("Azerbaijan", "Kazakhstan"), "2025", "turnover", 640.0) in _values(text)
    # "a year" with no word of the whole before it is no period of its own
    text = "Trade between Azerbaijan and Kazakhstan stood at about $640 million a year 2025 onwards."
    assert not any(v[1] == "2025" for v in _values(text))


def test_an_amount_reached_by_a_year_not_yet_over_is_a_forecast():
    # plant: `return bool(m) and …` to `return False` in figures._forecast_by_year
    text = ("Trade between Kyrgyzstan and Türkiye reached $900 million in the first half. The ministry's scenario "
            "foresees turnover of around $2.1 billion by the end of 2026.")
    assert {v[3] for v in _values(text)} == {900.0}
    # by a year already over it is a figure
    text = "Trade between Kyrgyzstan and Türkiye had grown to about $1.8 billion by the end of 2025."
    assert (_pair("Kyrgyzstan", "Türkiye"), "2025", "turnover", 1800.0) in _values(text)


def test_a_total_in_a_comment_after_the_amount_is_no_world_total():
    # plant: `*_before_comment_after(sentence, s.check, amounts[-1].end)` back to `sentence, s.check` in
    # figures.find_figures
    text = ("Trade between Uzbekistan and Hungary reached $150 million in 2025. In January–June 2026 trade came to more "
            "than $90 million, which means this year's total could set a record.")
    assert (_pair("Uzbekistan", "Hungary"), "2026-H1", "turnover", 90.0) in _values(text)
    # a total before the amount is still the sentence's subject (one state's total, no pair's figure)
    text = ("Trade between Uzbekistan and Hungary reached $150 million in 2025. In January–June 2026 Uzbekistan's total "
            "foreign trade came to more than $35 billion, which means a record.")
    assert not any(v[3] == 35000.0 for v in _values(text))


def test_turkish_sales_of_a_metal_are_one_goods():
    # plant: `r"satış\w*|"` dropped from figures._SECTOR_FLOW
    text = ("Kazakistan ile Türkiye arasındaki ticaret hacmi geçen yıl 6 milyar dolar oldu. Metaller ticaretin büyük "
            "kısmını tutuyor, alüminyum satışları geçen yıl 90 milyon doları buldu.")
    assert {v[3] for v in _values(text)} == {6000.0}
    # the pair's sales of goods in general stay
    text = ("Kazakistan ile Türkiye arasındaki ticaret hacmi geçen yıl 6 milyar dolar oldu. Kazakistan'ın Türkiye'ye "
            "ihracatı geçen yıl 2 milyar dolar civarında oldu.")
    assert (_pair("Kazakhstan", "Türkiye"), "2025", "export", 2000.0) in _values(text)


def test_russian_exports_of_a_metal_are_one_goods():
    # plant: `алюминия|` dropped from figures._GOODS_RU
    text = ("Товарооборот Узбекистана и Турции в 2025 году составил 3 млрд долларов. Экспорт алюминия из Узбекистана в "
            "Турцию в 2025 году составил около 80 млн долларов.")
    assert {v[3] for v in _values(text)} == {3000.0}
    # exports with no good named stay the pair's
    text = ("Товарооборот Узбекистана и Турции в 2025 году составил 3 млрд долларов. Экспорт из Узбекистана в "
            "Турцию в 2025 году составил около 800 млн долларов.")
    assert (_pair("Uzbekistan", "Türkiye"), "2025", "export", 800.0) in _values(text)


def test_a_total_between_the_two_after_the_first_amount_is_the_pairs():
    # plant: ` or _total_between_the_two(s.text, m)` dropped from figures._before_total
    text = ("Azerbaijani exports to Hungary came to about $70 million last year, while total trade between the two "
            "reached $260 million.")
    assert (_pair("Azerbaijan", "Hungary"), "2025", "turnover", 260.0) in _values(text)
    # one state's total after the first amount stays left out
    text = ("Azerbaijani exports to Hungary came to about $70 million last year, while Azerbaijan's total trade "
            "reached $48 billion.")
    assert not any(v[3] == 48000.0 for v in _values(text))
