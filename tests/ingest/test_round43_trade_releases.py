"""Forty-third round, trade releases (statistics releases and tables of partners; docs/extraction.md: figures.py,
when.py, money.py): the forms behind the dev/715, 728, 740 and 745 trade misses and the failures the probes found, told
in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 18)
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_AZ = proposed.pair("Kazakhstan", "Azerbaijan")
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
KZ_TJ = proposed.pair("Kazakhstan", "Tajikistan")
TR_HU = proposed.pair("Türkiye", "Hungary")
UZ_HU = proposed.pair("Uzbekistan", "Hungary")


def test_a_count_of_months_with_its_own_year_is_that_years():
    # plant: the lookahead after "months" dropped from when._COUNT_ALONE
    text = ("Trade between Türkiye and Hungary reached $910 million in January–May 2026. In the first five months of "
            "2025, trade between the two countries stood at $840 million.")
    assert proposed.trade_values(text, DAY) == {(TR_HU, "2026-5M", "turnover", 910.0),
                                                (TR_HU, "2025-5M", "turnover", 840.0)}
    # a count alone is still the report's own months
    alone = ("Trade between Türkiye and Hungary reached $910 million in January–May 2026. Turkish exports in the five "
             "months came to $500 million.")
    assert (TR_HU, "2026-5M", "export", 500.0) in proposed.trade_values(alone, DAY)


def test_a_share_told_further_back_gives_no_growth():
    # plant: the longer alternative dropped from money._SHARE_BEFORE
    text = ("Trade between Türkiye and Hungary reached $910 million in January–May 2026. Hungary ranked 20th among "
            "Türkiye's partners, and its share of the country's total trade stayed below two percent.")
    assert proposed.trade(text, DAY) == [(TR_HU, "2026-5M", "turnover", 910.0, "exact", "")]
    # a growth joined by "while" after the share is still the figure's
    grown = ("Trade between Türkiye and Hungary reached $910 million in January–May 2026. Hungary's share of the "
             "partners' total stayed small while trade grew by 12 percent.")
    assert proposed.trade(grown, DAY) == [(TR_HU, "2026-5M", "turnover", 910.0, "exact", "12")]


def test_the_same_period_of_a_year_when_the_trade_stood_at_an_amount():
    # plant: the "the same period of" words dropped from figures._BASELINE_WHEN
    text = ("Trade between Uzbekistan and Hungary in January–March 2026 came to $95.2 million, 14% more than in the "
            "same period of 2025, when it stood at $83.5 million.")
    assert proposed.trade_values(text, DAY) == {(UZ_HU, "2026-Q1", "turnover", 95.2),
                                                (UZ_HU, "2025-Q1", "turnover", 83.5)}
    # "up from" an amount with no period named stays no figure
    bare = "Trade between Uzbekistan and Hungary in January–March 2026 came to $95.2 million, up from $83.5 million."
    assert proposed.trade_values(bare, DAY) == {(UZ_HU, "2026-Q1", "turnover", 95.2)}


def test_states_named_in_a_comment_after_the_amount_are_no_pair():
    # plant: figures._without_comment_after returning `codes` unchanged
    text = ("Kazakhstan's trade with Türkiye reached $2.1 billion in January–April 2026. Turnover with Azerbaijan "
            "amounted to $310.4 million, which means that Uzbekistan still trails Azerbaijan in the ranking.")
    assert proposed.trade_values(text, DAY) == {(KZ_TR, "2026-4M", "turnover", 2100.0),
                                                (KZ_AZ, "2026-4M", "turnover", 310.4)}
    # the two states before the comment keep their pair
    pair = ("Trade between Kazakhstan and Uzbekistan amounted to $1.4 billion in January–April 2026, which means "
            "that Türkiye has dropped to third place.")
    assert proposed.trade_values(pair, DAY) == {(KZ_UZ, "2026-4M", "turnover", 1400.0)}


def test_a_good_on_the_import_side_is_no_import_figure():
    # plant: "side" dropped from figures._EXPORT_ITEM
    text = ("Uzbekistan's imports from Hungary totalled $71.5 million in January–May 2026. Medicines remained the "
            "largest item on the import side at $29.3 million.")
    assert proposed.trade_values(text, DAY) == {(UZ_HU, "2026-5M", "import", 71.5)}
    # the import figure itself is read
    plain = ("Uzbekistan's imports from Hungary totalled $71.5 million in January–May 2026. On the import side, "
             "purchases from Hungary rose to $29.3 million in May.")
    assert (UZ_HU, "2026-05", "import", 29.3) in proposed.trade_values(plain, DAY)


def test_partners_listed_respectively_each_take_their_own_amount():
    # plant: figures._respective_partners returning None
    text = ("In January–April 2026, Kazakhstan's trade with Türkiye came to $1.9 billion. Turnover with Uzbekistan "
            "reached $1.3 billion. The figures for Kyrgyzstan and Tajikistan were smaller, at $410 million and $95 "
            "million respectively.")
    assert proposed.trade_values(text, DAY) == {(KZ_TR, "2026-4M", "turnover", 1900.0),
                                                (KZ_UZ, "2026-4M", "turnover", 1300.0),
                                                (KZ_KG, "2026-4M", "turnover", 410.0),
                                                (KZ_TJ, "2026-4M", "turnover", 95.0)}
    # without "respectively", no pairing by order is made
    loose = ("In January–April 2026, Kazakhstan's trade with Türkiye came to $1.9 billion. Turnover with Uzbekistan "
             "reached $1.3 billion. The figures for Kyrgyzstan and Tajikistan were smaller, at $410 million and $95 "
             "million.")
    assert (KZ_KG, "2026-4M", "turnover", 410.0) not in proposed.trade_values(loose, DAY)


def test_a_table_of_partners_gives_one_figure_a_line():
    # plant: figures._table_home returning None
    text = ("Kazakhstan's trade with Hungary reached $240 million in January–May 2026.\n\n"
            "Kazakhstan's trade with the Turkic states in the five months was as follows:\n\n"
            "Uzbekistan – $1.6 billion (up 4.2%);\n\n"
            "Kyrgyzstan – $520.4 million (down 1.5%).")
    assert proposed.trade(text, DAY) == [(proposed.pair("Kazakhstan", "Hungary"), "2026-5M", "turnover", 240.0,
                                          "exact", ""),
                                         (KZ_UZ, "2026-5M", "turnover", 1600.0, "exact", "4.2"),
                                         (KZ_KG, "2026-5M", "turnover", 520.4, "exact", "-1.5")]
    # a line with no lead ending in a colon is no table's
    no_lead = ("Kazakhstan's trade with Hungary reached $240 million in January–May 2026.\n\n"
               "Kazakhstan's trade with the Turkic states grew in the five months.\n\n"
               "Uzbekistan – $1.6 billion (up 4.2%);")
    assert (KZ_UZ, "2026-5M", "turnover", 1600.0) not in proposed.trade_values(no_lead, DAY)


def test_a_further_amount_after_which_the_trade_stood_has_its_own_period():
    # plant: `and not stepped` dropped from the earlier-period check of figures._and_alone_further
    text = ("Trade between Uzbekistan and Hungary came to $18.2 million in May alone, after $64.9 million for the "
            "first quarter of the year.")
    assert proposed.trade_values(text, DAY) == {(UZ_HU, "2026-05", "turnover", 18.2),
                                                (UZ_HU, "2026-Q1", "turnover", 64.9)}
    # a bare "and" with an earlier period stays no figure (round 15)
    bare = "Trade between Uzbekistan and Hungary came to $318 million in 2025, and $262 million in 2024."
    assert proposed.trade_values(bare, DAY) == {(UZ_HU, "2025", "turnover", 318.0)}


def test_the_first_months_of_the_previous_year_are_last_years():
    # plant: `published.year - 1 if m[3] else` dropped from when.period_in's _FIRST_MONTHS candidate
    text = ("Trade between Türkiye and Hungary reached $910 million in January–May 2026. In the first five months of "
            "the previous year, the figure was $840 million.")
    assert proposed.trade_values(text, DAY) == {(TR_HU, "2026-5M", "turnover", 910.0),
                                                (TR_HU, "2025-5M", "turnover", 840.0)}
    # "of this year" stays this year's
    this = "In the first five months of this year, trade between Türkiye and Hungary reached $910 million."
    assert proposed.trade_values(this, DAY) == {(TR_HU, "2026-5M", "turnover", 910.0)}


def test_a_further_amount_after_which_the_trade_stood_for_a_whole_year():
    # plant: the "whole/full/entire" words dropped from figures._PERIOD_RIGHT_AFTER
    text = ("Trade between Uzbekistan and Hungary stood at $95.2 million in the first quarter of 2026, after $318 "
            "million for the whole of 2025.")
    assert proposed.trade_values(text, DAY) == {(UZ_HU, "2026-Q1", "turnover", 95.2),
                                                (UZ_HU, "2025", "turnover", 318.0)}
