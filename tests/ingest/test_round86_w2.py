"""Eighty-sixth round, w2 (docs/extraction.md: figures.py, money.py; docs/annotating.md, Trade): the sentence after a
figure that says "this is N% more than in YEAR, when …" and then an amount gives that amount to YEAR (the rate stays
the figure's before), its currency, when left out ("когда мы вышли на 1,83 млрд."), the figure's before; English "than
in 2024, when it stood at $X" too. A multiple comparing one flow with another ("exports are three times higher than
its imports") compares two things and is no growth; "three times more than in 2020" still is. An update that puts a
figure "at $X rather than $Y", or "(corrected from $Y)", leaves the earlier $Y no figure; "rather than" outside an
update or correction corrects nothing. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 24)
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
KG_UZ = proposed.pair("Kyrgyzstan", "Uzbekistan")


# plant: money.bare_amounts taken out of figures._rate_over_level (the bare level is then no figure)
def test_a_level_after_when_with_its_currency_left_out_is_that_years_figure():
    text = ("Товарооборот Казахстана и Кыргызстана за 2025 год достиг 2,4 млрд долларов. Это на 9,1% больше, чем в "
            "2024 году, когда мы вышли на 2,2 млрд.")
    assert sorted(proposed.trade(text, DAY)) == [(KZ_KG, "2024", "turnover", 2200.0, "exact", ""),
                                                 (KZ_KG, "2025", "turnover", 2400.0, "exact", "9.1")]


# plant: `label = _label_of_baseline_when(told, last)` taken out of figures._rate_over_level (English "than in 2024"
# is then no period, and the level and the rate are lost)
def test_an_english_level_after_when_is_that_years_figure():
    text = ("Trade between Kazakhstan and Kyrgyzstan came to $2.4 billion in 2025. That is 9.1% more than in 2024, "
            "when it stood at $2.2 billion.")
    assert sorted(proposed.trade(text, DAY)) == [(KZ_KG, "2024", "turnover", 2200.0, "exact", ""),
                                                 (KZ_KG, "2025", "turnover", 2400.0, "exact", "9.1")]


# the near form: a bare number not right after the "when" clause's verb of amounting is no level (here a terminal's
# cost) (plant: `if bare and told is None: return None` taken out of figures._rate_over_level)
def test_a_bare_number_not_after_when_is_no_level():
    text = ("Товарооборот Казахстана и Кыргызстана за 2025 год достиг 2,4 млрд долларов. Это на 9,1% больше, чем в "
            "2024 году, когда был открыт терминал стоимостью 1,1 млрд.")
    assert proposed.trade(text, DAY) == [(KZ_KG, "2025", "turnover", 2400.0, "exact", "9.1")]


# plant: the _THAN_A_FLOW check taken out of money._multiple_growth
def test_a_multiple_over_another_flow_is_no_growth():
    text = ("In 2025 Kazakhstan's exports to Kyrgyzstan reached $1.5 billion, three times higher than its imports "
            "from Kyrgyzstan.")
    assert proposed.trade(text, DAY) == [(KZ_KG, "2025", "export", 1500.0, "exact", "")]
    text = "В 2025 году экспорт Казахстана в Кыргызстан составил 1,5 млрд долларов, что в три раза больше, чем импорт."
    assert proposed.trade(text, DAY) == [(KZ_KG, "2025", "export", 1500.0, "exact", "")]


# the near form: a multiple over an earlier year is growth (plant: "|in" added to _THAN_A_FLOW's flow words)
def test_a_multiple_over_a_year_is_still_growth():
    text = "In 2025 Kazakhstan's exports to Kyrgyzstan reached $1.5 billion, three times more than in 2020."
    assert proposed.trade(text, DAY) == [(KZ_KG, "2025", "export", 1500.0, "exact", "200")]


BLOG = "LIVE: Kyrgyzstan and Uzbekistan at the border forum\n\nThe newest entries are at the top.\n\n"
EARLIER = "11:00 — Trade between Kyrgyzstan and Uzbekistan reached $702.4 million last year, the committee said.\n"


# plant: the `rather` alternative taken out of figures._CORRECTED_AWAY
def test_an_update_rather_than_the_figure_before_drops_it():
    text = (BLOG + "15:50 — Update: the committee now puts last year's trade between Kyrgyzstan and Uzbekistan at "
            "$720.4 million rather than $702.4 million.\n\n" + EARLIER)
    assert proposed.trade_values(text, DAY) == {(KG_UZ, "2025", "turnover", 720.4)}


# plant: the `corrected` alternative taken out of figures._CORRECTED_AWAY
def test_a_figure_corrected_from_the_one_before_drops_it():
    text = (BLOG + "15:50 — Trade between Kyrgyzstan and Uzbekistan reached $720.4 million last year (corrected "
            "from $702.4 million).\n\n" + EARLIER)
    assert proposed.trade_values(text, DAY) == {(KG_UZ, "2025", "turnover", 720.4)}


# the near form: "rather than" with no update or correction weighs two figures and drops none (plant: the
# _CORRECTION_CUES check taken out of figures._without_corrected_away)
def test_rather_than_outside_an_update_drops_nothing():
    text = (BLOG + "15:50 — The customs service puts last year's trade between Kyrgyzstan and Uzbekistan at "
            "$720.4 million rather than $702.4 million.\n\n" + EARLIER)
    assert proposed.trade_values(text, DAY) == {(KG_UZ, "2025", "turnover", 702.4), (KG_UZ, "2025", "turnover", 720.4)}
