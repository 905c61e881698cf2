"""Seventh round, trade figures and targets (docs/extraction.md: figures.py, money.py, the periods of when.py).
Each rule was written for a miss of dev/66–77 and is tested here with other wordings than the article's.

Each test was seen failing once on a planted bug (then reverted); the plant is named in the test's comment."""
from datetime import date

from dashboard.ingest.when import period_back_in
from tests.ingest import proposed

_pair = proposed.pair
_records = proposed.records
_trade = proposed.trade


# Periods told by reference to the report's last one (when.py)

def test_the_same_period_refers_back_but_not_as_a_baseline():
    # plant: the lookahead (?!,?\s+(?:of|in|a|last|the|one)\b) of when._SAME_PERIOD dropped
    assert period_back_in("Exports rose in the same period to $3 billion", "2024-H1")[0] == "2024-H1"
    assert period_back_in("За этот же период экспорт составил 1 млрд долларов", "2024-9M")[0] == "2024-9M"
    assert period_back_in("Həmin dövrdə idxal 20 milyon dollar olub", "2025-7M")[0] == "2025-7M"
    assert period_back_in("Aynı dönemde ihracat 2 milyar dolar oldu", "2025-Q1")[0] == "2025-Q1"
    for baseline in ("up 12% in the same period of 2023", "than in the same period last year",
                     "over the same period a year earlier", "compared with the same period last year",
                     "за тот же период прошлого года"):
        assert period_back_in(baseline, "2024-H1") is None, baseline
    # round 10: these two are the report's period a year before (when._SAME_PERIOD_YEAR_BEFORE), not the same one
    for year_before in ("ötən ilin eyni dövründə", "geçen yılın aynı döneminde"):
        assert period_back_in(year_before, "2024-H1")[0] == "2023-H1", year_before


def test_a_count_of_months_alone_is_the_last_period_only_when_it_spans_as_many():
    # plant: `n == _months_to_date(last)` in when.period_back_in made `n > 1` alone
    assert period_back_in("Səkkiz ayda ixrac 40 milyon dollar olub", "2025-8M")[0] == "2025-8M"
    assert period_back_in("İlk 6 ayda ticaret hacmi arttı", "2024-H1")[0] == "2024-H1"
    assert period_back_in("in the nine months trade reached $2 billion", "2023-9M")[0] == "2023-9M"
    assert period_back_in("Səkkiz ayda ixrac 40 milyon dollar olub", "2025-10M") is None
    assert period_back_in("in the three months trade reached $2 billion", "2023-Q2") is None  # Q2 is no months to date


def test_a_russian_comparison_with_another_partner_over_the_same_period_takes_the_reports_period():
    # plant: the period_back_in line in figures.find_figures dropped
    text = ("В январе–июне 2025 года товарооборот между Казахстаном и Туркменистаном составил 210 млн долларов.\n\n"
            "Основу экспорта составляет зерно.\n\nПоставки растут.\n\nГрузы идут через порт.\n\n"
            "Товарооборот Казахстана с Азербайджаном за тот же период достиг 300 млн долларов.")
    assert _trade(text, date(2025, 8, 1)) == [
        (_pair("Kazakhstan", "Turkmenistan"), "2025-H1", "turnover", 210.0, "exact", ""),
        (_pair("Kazakhstan", "Azerbaijan"), "2025-H1", "turnover", 300.0, "exact", "")]


def test_an_azerbaijani_count_of_months_far_after_the_reports_period():
    # plant: _COUNT_WORDS of when.py without "ayda"
    text = ("2025-ci ilin yanvar-avqust aylarında Azərbaycan ilə Türkmənistan arasında ticarət dövriyyəsi 200 milyon "
            "dollar olub.\n\nƏsas məhsul neftdir.\n\nDaşımalar artır.\n\nLiman genişlənir.\n\n"
            "Səkkiz ayda Qırğızıstanla ticarət dövriyyəsi 40 milyon dollar təşkil edib.")
    assert _trade(text, date(2025, 9, 20)) == [
        (_pair("Azerbaijan", "Turkmenistan"), "2025-8M", "turnover", 200.0, "exact", ""),
        (_pair("Azerbaijan", "Kyrgyzstan"), "2025-8M", "turnover", 40.0, "exact", "")]


# A further amount's own clause (figures.py)

def test_a_further_amounts_growth_is_read_from_its_own_trade_word_on():
    # plant: figures._clause_start returning 0 (the clause from the amount before: its growth in brackets taken)
    text = ("В 2024 году экспорт Узбекистана в Туркменистан составил 120 млн долларов (рост на 15%), а импорт из "
            "Туркменистана снизился на 4% – до 80 млн долларов.")
    assert _trade(text, date(2025, 3, 1)) == [
        (_pair("Uzbekistan", "Turkmenistan"), "2024", "export", 120.0, "exact", "15"),
        (_pair("Uzbekistan", "Turkmenistan"), "2024", "import", 80.0, "exact", "-4")]


def test_the_first_amounts_growth_is_not_the_next_clauses():
    # plant: figures._first_clause_end returning len(sentence)
    text = ("In 2024 Kazakhstan's exports to Kyrgyzstan reached $900 million, while imports from Kyrgyzstan "
            "fell 8% to $400 million.")
    assert _trade(text, date(2025, 3, 1)) == [
        (_pair("Kazakhstan", "Kyrgyzstan"), "2024", "export", 900.0, "exact", ""),
        (_pair("Kazakhstan", "Kyrgyzstan"), "2024", "import", 400.0, "exact", "-8")]


def test_a_further_amounts_flow_is_the_one_named_last_before_it():
    # plant: _flow_last replaced by _flow in the further amount's branch of find_figures (export found first)
    text = ("2024-cü ildə Azərbaycan Qazaxıstana 150 milyon dollarlıq məhsul ixrac edib, bu ölkədən idxal isə 90 "
            "milyon dollar təşkil edib.")
    assert [(r[2], r[3]) for r in _trade(text, date(2025, 2, 1))] == [("export", 150.0), ("import", 90.0)]


def test_the_same_trade_of_another_state_told_elliptically_after_a_dash():
    # plant: `other` set to None in find_figures (the clause with no trade word read as a comparison: no figure)
    text = ("В 2024 году товарооборот Узбекистана с Казахстаном достиг 4,1 млрд долларов, с Туркменистаном – "
            "1,2 млрд долларов, а с Китаем – около 14 млрд долларов.")
    assert _trade(text, date(2025, 3, 1)) == [
        (_pair("Uzbekistan", "Kazakhstan"), "2024", "turnover", 4100.0, "exact", ""),
        (_pair("Uzbekistan", "Turkmenistan"), "2024", "turnover", 1200.0, "exact", "")]
    text = "Kyrgyzstan's exports to Kazakhstan were $700 million in 2024, and to Uzbekistan $300 million."
    assert [(r[0], r[2], r[3]) for r in _trade(text, date(2025, 3, 1))] == [
        (_pair("Kyrgyzstan", "Kazakhstan"), "export", 700.0), (_pair("Kyrgyzstan", "Uzbekistan"), "export", 300.0)]


def test_a_further_amount_of_several_other_states_or_of_a_state_outside_the_ties_is_none():
    # plant: the `if other == "": continue` of find_figures dropped (the amount taken as the first pair's again)
    text = ("Kazakhstan's trade with Azerbaijan came to $600 million in 2024, while trade with China and Russia "
            "exceeded $20 billion each.")
    assert [r[3] for r in _trade(text, date(2025, 3, 1))] == [600.0]
    text = ("Kazakhstan's trade with Azerbaijan came to $600 million in 2024, while trade with Kyrgyzstan and "
            "Uzbekistan topped $1 billion each.")
    assert [r[3] for r in _trade(text, date(2025, 3, 1))] == [600.0]


def test_a_further_amount_after_another_state_outside_the_ties_is_none():
    # plant: the _TIES check of the `if other:` branch of find_figures dropped
    text = "In 2024 trade between Azerbaijan and Uzbekistan reached $500 million, while trade with Russia was $4 billion."
    assert [r[3] for r in _trade(text, date(2025, 3, 1))] == [500.0]


def test_a_long_clause_without_a_trade_word_naming_another_state_is_no_figure():
    # plant: ELLIPTIC_PARTNER_WORDS = 40
    text = ("In 2024 trade between Azerbaijan and Uzbekistan reached $500 million, and Azerbaijani gas supplies "
            "to Kyrgyzstan were valued at $90 million.")
    assert [r[3] for r in _trade(text, date(2025, 3, 1))] == [500.0]


# A short sentence that is only a period and an amount, with a growth between them (figures.py, money.py)

def test_a_period_growth_and_amount_right_after_a_figure():
    # plants: _ELLIPTIC_GROWTH left out of figures._ELLIPTIC_BETWEEN; "в|за" left out of _ELLIPTIC_BEFORE (the Russian)
    text = ("Geçen yıl Türkiye ile Azerbaycan arasındaki ticaret hacmi 7 milyar dolara ulaştı. Bu yılın ilk yarısında "
            "ise %12 artışla 4 milyar doları aştı.")
    assert _trade(text, date(2025, 8, 1)) == [
        (_pair("Türkiye", "Azerbaijan"), "2024", "turnover", 7000.0, "exact", ""),
        (_pair("Türkiye", "Azerbaijan"), "2025-H1", "turnover", 4000.0, "over", "12")]
    text = ("В прошлом году товарооборот Казахстана и Кыргызстана составил 1,5 млрд долларов. В первом квартале "
            "с падением на 3% – 300 млн долларов.")
    assert _trade(text, date(2025, 5, 1))[1] == (_pair("Kazakhstan", "Kyrgyzstan"), "2025-Q1", "turnover", 300.0,
                                                 "exact", "-3")


def test_a_turkish_growth_with_the_percent_sign_first():
    # plants: the "%\s?" alternative of money._GROWTH dropped; "geril(?:edi|eyerek|eme)" left out of money._DOWN
    from dashboard.ingest.money import growth_in
    assert growth_in("ihracat %7,5 artışla 2 milyar dolara yükseldi")[0] == 7.5
    assert growth_in("ithalat %4 gerileyerek 1 milyar dolar oldu")[0] == -4.0  # a fall: "gerileyerek"
    assert growth_in("15% 20 proje")[0] == 15.0  # the number before the sign still first
