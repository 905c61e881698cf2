"""Ninety-first round, t2 (docs/extraction.md: money.py and figures.py, a statistics release's amounts and a yearly
series): a Turkish/Azerbaijani amount in thousands written with a dot grouping the thousands ("312.450 bin dolar",
"312.450 min dollar") is 312.45 million, not 0.31 ("1.562 milyon" stays 1.562); a rise "from" last year's same
period's amount ("geçen yılın aynı dönemindeki X dolardan Y dolara yükseldi", "ötən ilin eyni dövründəki X dollardan")
gives the figure of the period told before it or the report's, and the amount risen from as that period a year before;
a series of years in the sentence's own text after its colon, each with a dash ("2023 г. — 1,73 млрд долларов; 2024
г. — 1,86 млрд; 2025 г. — 2,04 млрд (+9,7%)", "2023 — $1.73bn; …", "2023'te …; 2024'te …") gives one turnover figure a
year, the growth in brackets its own year's; a series of years to come (a forecast) is none. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 30)
TR_AZ = proposed.pair("Türkiye", "Azerbaijan")
KG_KZ = proposed.pair("Kyrgyzstan", "Kazakhstan")


def _values(text: str) -> list[tuple]:
    return [(period, flow, value) for _, period, flow, value, _, _ in proposed.trade(text, DAY)]


# plant: in money._value, the _LOCAL_THOUSAND branch taken out (the dots then read as a decimal point: 0.312)
def test_thousands_grouped_with_a_dot_before_bin_and_min():
    tr = ("Eylül ayı dış ticaret verileri açıklandı\n\n"
          "Türkiye'nin Azerbaycan'a ihracatı eylül ayında 312.450 bin dolar olarak gerçekleşti.")
    assert _values(tr) == [("2026-09", "export", 312.45)]
    az = ("Sentyabr ayının ticarət göstəriciləri açıqlanıb\n\n"
          "Azərbaycanın Türkiyəyə ixracı sentyabrda 248.615 min dollar olub.")
    assert _values(az) == [("2026-09", "export", 248.615)]


# plant: "milyon" added to _LOCAL_THOUSAND (a dot before millions then read as grouping: 1562)
def test_a_dot_before_millions_stays_a_decimal_point():
    tr = ("Eylül ayı dış ticaret verileri açıklandı\n\n"
          "Türkiye'nin Azerbaycan'a ihracatı eylül ayında 1.562 milyon dolar olarak gerçekleşti.")
    assert _values(tr) == [("2026-09", "export", 1.562)]


# plant: in _from_figure, the _SAME_PERIOD_OF_FROM branch taken out (the amount risen from then gives no figure)
def test_risen_from_last_years_same_period():
    text = ("Dokuz aylık dış ticaret verileri\n\n"
            "Ocak-eylül döneminde Türkiye'nin Azerbaycan'a ihracatı 2 milyar 81 milyon dolar oldu. İki ülke "
            "arasındaki ticaret hacmi, geçen yılın aynı dönemindeki 2 milyar 558 milyon dolardan 3 milyar 92 milyon "
            "dolara yükseldi.")
    assert sorted(_values(text)) == [("2025-9M", "turnover", 2558.0), ("2026-9M", "export", 2081.0),
                                     ("2026-9M", "turnover", 3092.0)]


# plant: in the _FROM_AMOUNT branch, the figure's period no longer taken before the phrase (`own` set to None: the
# figure then gets the September period the sentence before told)
def test_risen_from_last_years_same_period_with_its_own_period_before():
    text = ("Dokuz aylık dış ticaret verileri\n\n"
            "Eylül ayında Türkiye'nin Azerbaycan'a ihracatı 312 milyon dolar oldu. Ocak-eylül döneminde Türkiye ile "
            "Azerbaycan arasındaki ticaret hacmi, geçen yılın aynı dönemindeki 2 "
            "milyar 558 milyon dolardan 3 milyar 92 milyon dolara yükseldi.")
    assert sorted(_values(text)) == [("2025-9M", "turnover", 2558.0), ("2026-09", "export", 312.0),
                                     ("2026-9M", "turnover", 3092.0)]
    # a rise from an amount of no period told stays the figure alone
    bare = ("Dokuz aylık dış ticaret verileri\n\n"
            "Ocak-eylül döneminde Türkiye ile Azerbaycan arasındaki ticaret hacmi 2 milyar 558 milyon dolardan 3 "
            "milyar 92 milyon dolara yükseldi.")
    assert _values(bare) == [("2026-9M", "turnover", 3092.0)]


# plant: the dash alternative taken out of _YEAR_ITEM (only "2023: …" items then)
def test_a_yearly_series_after_the_sentences_colon():
    ru = ("Жапаров и Токаев обсудили торговлю\n\n"
          "Товарооборот между Кыргызстаном и Казахстаном растет: 2023 г. — 1,5 млрд долларов; 2024 г. — 1,6 млрд; "
          "2025 г. — 1,8 млрд.")
    assert [(p, period, v) for p, period, _, v, _, _ in proposed.trade(ru, DAY)] == [
        (KG_KZ, "2023", 1500.0), (KG_KZ, "2024", 1600.0), (KG_KZ, "2025", 1800.0)]
    en = ("Trade keeps rising\n\nTrade between Türkiye and Azerbaijan has grown: 2023 — $4.1bn; 2024 — $4.4bn.")
    assert [(p, period, v) for p, period, _, v, _, _ in proposed.trade(en, DAY)] == [
        (TR_AZ, "2023", 4100.0), (TR_AZ, "2024", 4400.0)]


# plant: in _year_list, the growth taken from the bracket dropped (growth_pct left None)
def test_the_bracketed_growth_is_its_own_years():
    ru = ("Жапаров и Токаев обсудили торговлю\n\n"
          "Товарооборот между Кыргызстаном и Казахстаном растет: 2023 г. — 1,5 млрд долларов; 2024 г. — 1,6 млрд "
          "(+6,7%).")
    assert [(period, growth) for _, period, _, _, _, growth in proposed.trade(ru, DAY)] == [
        ("2023", ""), ("2024", "6.7")]


# plant: in _year_list, "or years[-1] > published.year" taken out (a forecast's years then read as figures)
def test_a_dashed_series_of_years_to_come_is_no_figure():
    text = ("Trade keeps rising\n\nTrade between Türkiye and Azerbaijan is forecast to keep growing: 2027 — $5.1bn; "
            "2028 — $5.6bn.")
    assert proposed.trade(text, DAY) == []
