"""Forty-sixth round, trade tables (statistics releases and their tables; docs/extraction.md: figures.py,
text_input.py): the forms behind the dev/771, 806, 811 and 817 misses and the failures the probes found, told in
short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from dashboard.ingest.text_input import article_text
from tests.ingest import proposed

DAY = date(2026, 8, 14)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_AZ = proposed.pair("Kazakhstan", "Azerbaijan")
UZ_TR = proposed.pair("Uzbekistan", "Türkiye")
AZ_TJ = proposed.pair("Azerbaijan", "Tajikistan")
HU_KG = proposed.pair("Hungary", "Kyrgyzstan")

GRID = ("Trade of Kazakhstan with the Turkic states, January–March (USD million)\n\n"
        "Country | January–March 2026 | January–March 2025 | Change, %\nUzbekistan | 1,010.5 | 950.0 | +6.4\n"
        "Azerbaijan | 120.3 | 130.1 | -7.5\nTotal | 1,130.8 | 1,080.1 | +4.7")


def test_a_grid_of_partners_gives_both_periods_and_the_change_as_growth():
    # plant: _grid_figures returning [] at once in figures.py
    assert set(proposed.trade(GRID, DAY)) == {(KZ_UZ, "2026-Q1", "turnover", 1010.5, "exact", "6.4"),
                                              (KZ_UZ, "2025-Q1", "turnover", 950.0, "exact", ""),
                                              (KZ_AZ, "2026-Q1", "turnover", 120.3, "exact", "-7.5"),
                                              (KZ_AZ, "2025-Q1", "turnover", 130.1, "exact", "")}


def test_a_grid_keeps_its_rows_when_pasted():
    # plant: text_input._is_grid returning False
    assert proposed.trade_values(article_text(GRID), DAY) == {(KZ_UZ, "2026-Q1", "turnover", 1010.5),
                                                              (KZ_UZ, "2025-Q1", "turnover", 950.0),
                                                              (KZ_AZ, "2026-Q1", "turnover", 120.3),
                                                              (KZ_AZ, "2025-Q1", "turnover", 130.1)}
    # a spreadsheet's tab-separated rows too
    tabs = ("Trade of Kazakhstan with the Turkic states, 2025 (USD million)\n\nCountry\t2025\t2024\n"
            "Uzbekistan\t4,100.0\t3,800.0\nTürkiye\t3,000.0\t2,900.0")
    assert (KZ_UZ, "2024", "turnover", 3800.0) in proposed.trade_values(article_text(tabs), DAY)


def test_a_grid_without_its_unit_or_with_outsiders_gives_no_figure_of_them():
    # plant: `or 1.0` added to the `unit = …` line of figures._one_grid (a bare number read as USD million; dropping
    # the `not unit` check alone ends in a TypeError, unit None)
    no_unit = ("Trade of Kyrgyzstan with the Turkic states, 2025\n\nPartner | 2025 | 2024\n"
               "Kazakhstan | 1,900.0 | 1,800.0")
    assert proposed.trade(no_unit, DAY) == []
    outsider = ("Trade of Kyrgyzstan with selected partners, 2025 (USD million)\n\nPartner | 2025 | 2024 | Change, %\n"
                "China | 5,100.0 | 4,900.0 | +4.1\nKazakhstan | 1,900.0 | 1,800.0 | +5.6")
    assert proposed.trade_values(outsider, DAY) == {(proposed.pair("Kyrgyzstan", "Kazakhstan"), "2025", "turnover",
                                                     1900.0),
                                                    (proposed.pair("Kyrgyzstan", "Kazakhstan"), "2024", "turnover",
                                                     1800.0)}


def test_a_russian_grid_its_years_and_an_index_column():
    # plant: _grid_period returning when.period_in(text, published) alone
    ru = ("Внешняя торговля Узбекистана со странами ОТГ за январь–июнь (млн долл. США)\n\n"
          "Страна | Январь–июнь 2026 | Январь–июнь 2025 | Изменение, %\nКазахстан | 2 105,4 | 1 980,2 | +6,3")
    assert set(proposed.trade(ru, DAY)) == {(KZ_UZ, "2026-H1", "turnover", 2105.4, "exact", "6.3"),
                                            (KZ_UZ, "2025-H1", "turnover", 1980.2, "exact", "")}
    index = ("Товарооборот Казахстана со странами ОТГ, январь–июнь (млн долл. США)\n\n"
             "Страна | Январь–июнь 2026 | Темп роста, %\nАзербайджан | 300,0 | 92,5")
    assert proposed.trade(index, DAY) == [(KZ_AZ, "2026-H1", "turnover", 300.0, "exact", "-7.5")]


def test_a_grid_of_flows_and_a_share_column():
    # plant: the _GRID_SHARE check dropped from figures._grid_column
    flows = ("Azerbaijan's trade with the Turkic states in January–September 2026 (USD million)\n\n"
             "Partner | Exports | Imports | Turnover\nKazakhstan | 150.0 | 200.5 | 350.5")
    assert proposed.trade_values(flows, DAY) == {(KZ_AZ, "2026-9M", "export", 150.0),
                                                 (KZ_AZ, "2026-9M", "import", 200.5),
                                                 (KZ_AZ, "2026-9M", "turnover", 350.5)}
    share = "Foreign trade of Tajikistan, 2025 (USD million)\n\nPartner | Share, % | 2025\nUzbekistan | 12.5 | 700.0"
    assert proposed.trade(share, DAY) == [(proposed.pair("Tajikistan", "Uzbekistan"), "2025", "turnover", 700.0,
                                           "exact", "")]


def test_a_turkish_grid_with_dotted_thousands_in_markdown():
    # plant: _grid_amount without its _GRID_DOTTED branch
    tr = ("Türkiye'nin Türk devletleri ile dış ticareti, ocak-haziran (milyon ABD doları)\n\n"
          "| Ülke | Ocak-Haziran 2026 | Ocak-Haziran 2025 | Değişim, % |\n|---|---|---|---|\n"
          "| Özbekistan | 3.100,5 | 2.900,0 | +6,9 |")
    assert set(proposed.trade(tr, DAY)) == {(UZ_TR, "2026-H1", "turnover", 3100.5, "exact", "6.9"),
                                            (UZ_TR, "2025-H1", "turnover", 2900.0, "exact", "")}


def test_two_amounts_each_with_its_own_period_after_it():
    # plant: _own_period_each returning None
    day = date(2026, 11, 13)
    text = ("Turnover between Kazakhstan and Uzbekistan amounted to $402.7 million in October and to $3,871.2 million "
            "in January–October 2026, up 6.3% year on year.")
    assert proposed.trade(text, day) == [(KZ_UZ, "2026-10", "turnover", 402.7, "exact", ""),
                                         (KZ_UZ, "2026-10M", "turnover", 3871.2, "exact", "6.3")]
    ru = ("Товарооборот Узбекистана и Турции составил 281,4 млн долларов в октябре и 2 634,7 млн долларов — в "
          "январе–октябре 2026 года.")
    assert proposed.trade_values(ru, day) == {(UZ_TR, "2026-10", "turnover", 281.4),
                                              (UZ_TR, "2026-10M", "turnover", 2634.7)}
    # a deadline after "and" stays a target's
    goal = "Trade between Uzbekistan and Türkiye was $3 billion in 2025 and is to reach $5 billion by 2030."
    assert proposed.trade_values(goal, day) == {(UZ_TR, "2025", "turnover", 3000.0)}


def test_a_sources_lead_before_it_looks_back_to_the_trade_named():
    # plant: the "according to" alternative dropped from figures._FIGURE_BACK
    day = date(2025, 7, 4)
    text = ("Trade between Azerbaijan and Tajikistan remains modest. According to Azerbaijan's State Customs Committee "
            "it stood at $43.6 million last year.")
    assert proposed.trade(text, day) == [(AZ_TJ, "2024", "turnover", 43.6, "exact", "")]


def test_the_sources_state_is_no_listed_partner():
    # plant: `or looks_back and _SOURCE_LEAD.match(sentence)` dropped before figures._listed_partners
    day = date(2025, 7, 4)
    text = ("Turkish and Kazakh ministers came to the forum. Trade between Azerbaijan and Tajikistan remains modest. "
            "According to Azerbaijan's State Customs Committee it stood at $43.6 million last year, and in January–May "
            "it rose by 26 percent to $21.8 million.")
    assert proposed.trade(text, day) == [(AZ_TJ, "2024", "turnover", 43.6, "exact", ""),
                                         (AZ_TJ, "2025-5M", "turnover", 21.8, "exact", "26")]


def test_the_two_countries_are_the_two_leaders_joined_shortly_before():
    # plant: figures._two_leaders_back returning None
    day = date(2025, 7, 4)
    text = ("Meeting in Baku, Tokayev and Mirziyoyev discussed transport links. No documents were signed. Trade "
            "between the two countries keeps growing. According to official statistics it reached $4.4 billion last "
            "year.")
    assert proposed.trade(text, day) == [(KZ_UZ, "2024", "turnover", 4400.0, "exact", "")]


def test_the_two_sides_a_few_sentences_after_the_twos_figure():
    # plant: figures.TWO_SIDES_AFTER_FIGURE = 1
    day = date(2025, 7, 4)
    text = ("Kazakhstan and Uzbekistan trade billions a year. Trade between Hungary and Kyrgyzstan reached $60 million "
            "last year. \"These numbers are too small,\" Japarov said. \"We can do much more.\" Orbán said the two "
            "sides had agreed to raise trade to $200 million.")
    assert proposed.targets(text, day) == [(HU_KG, 200.0, "")]


def test_a_year_earlier_the_source_recorded():
    # plant: the round 46 "статистика … фиксирова" / "statistics … recorded" alternatives dropped from _FIGURE_BACK
    day = date(2026, 4, 8)
    ru = ("В 2025 году товарооборот Казахстана и Узбекистана составил 4,4 млрд долларов. Годом ранее казахстанская "
          "статистика фиксировала 4,1 млрд.")
    assert proposed.trade_values(ru, day) == {(KZ_UZ, "2025", "turnover", 4400.0), (KZ_UZ, "2024", "turnover", 4100.0)}
    en = ("Trade between Tajikistan and Uzbekistan reached $700 million in 2025. A year earlier, Tajik statistics had "
          "recorded $620 million.")
    assert (proposed.pair("Tajikistan", "Uzbekistan"), "2024", "turnover", 620.0) in proposed.trade_values(en, day)
