"""Seventh round, trade figures and targets (docs/extraction.md: figures.py, money.py, the periods of when.py).
Each rule was written for a miss of dev/66–77 and is tested here with other wordings than the article's.

Each test was seen failing once on a planted bug (then reverted); the plant is named in the test's comment."""
from datetime import date

from dashboard.ingest import Article, propose
from dashboard.ingest.when import period_back_in


def _records(table, text, day):
    return [p.record for p in propose(Article(text, day, "https://example.org/a", "Outlet")) if p.table == table]


def _trade(text, day):
    """(pair, period, flow, value, qualifier, growth) of each trade figure."""
    return [(frozenset((r["reporter_country"], r["partner_country"])), r["period"], r["flow"],
             float(r["value_usd_million"]), r["value_qualifier"], r["growth_pct"]) for r in _records("trade", text, day)]


def _pair(*names):
    return frozenset(names)


# Periods told by reference to the report's last one (when.py)

def test_the_same_period_refers_back_but_not_as_a_baseline():
    # plant: the lookahead (?!,?\s+(?:of|in|a|last|the|one)\b) of when._SAME_PERIOD dropped
    assert period_back_in("Exports rose in the same period to $3 billion", "2024-H1")[0] == "2024-H1"
    assert period_back_in("За этот же период экспорт составил 1 млрд долларов", "2024-9M")[0] == "2024-9M"
    assert period_back_in("Həmin dövrdə idxal 20 milyon dollar olub", "2025-7M")[0] == "2025-7M"
    assert period_back_in("Aynı dönemde ihracat 2 milyar dolar oldu", "2025-Q1")[0] == "2025-Q1"
    for baseline in ("up 12% in the same period of 2023", "than in the same period last year",
                     "over the same period a year earlier", "compared with the same period last year",
                     "за тот же период прошлого года", "ötən ilin eyni dövründə", "geçen yılın aynı döneminde"):
        assert period_back_in(baseline, "2024-H1") is None, baseline


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
