"""Twenty-seventh round, trade targets (docs/extraction.md: figures.py): the forms behind the dev/319 and dev/339 target
misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def test_could_reach_is_a_potential_though_an_intent_word_stands_before():
    # plant: `and not _POSSIBLE_REACH.match(cue[0])` dropped from figures._is_target
    text = ("If the new rail link works as planned, trade between Uzbekistan and Kyrgyzstan could reach $4 billion "
            "within a few years, an economist said.")
    assert not proposed.targets(text, DAY)
    # "will reach" after the same words stays a target
    text = ("If the new rail link works as planned, trade between Uzbekistan and Kyrgyzstan will reach $4 billion by "
            "2029, the minister said.")
    assert (_pair("Uzbekistan", "Kyrgyzstan"), 4000.0, "2029") in proposed.targets(text, DAY)


def test_an_investment_houses_expectation_is_no_target():
    # plant: `investment\s+(?:house|firm)s?|` dropped from figures._FORECASTERS
    text = ("Trade between Azerbaijan and Uzbekistan reached $900 million in 2025. Caspian Capital, a Baku investment "
            "house, expects turnover to reach around $1.1 billion next year.")
    assert not proposed.targets(text, DAY)
    # the government's expectation stays a target
    text = ("Trade between Azerbaijan and Uzbekistan reached $900 million in 2025. The government expects turnover to "
            "reach $2 billion by 2030.")
    assert (_pair("Azerbaijan", "Uzbekistan"), 2000.0, "2030") in proposed.targets(text, DAY)


def test_six_to_nine_billion_in_words():
    # plant: `six|seven|eight|nine|` dropped from money._PATTERNS' "billions in words"
    text = "Azerbaijan and Kazakhstan want to lift bilateral trade to seven billion dollars by 2030, the ministers said."
    assert (_pair("Azerbaijan", "Kazakhstan"), 7000.0, "2030") in proposed.targets(text, DAY)
    # "sixty" is no six
    text = "Azerbaijan and Kazakhstan want to lift bilateral trade to sixty-billion dollars by 2030, the ministers said."
    assert not any(t[1] == 6000.0 for t in proposed.targets(text, DAY))


def test_a_round_ten_or_teen_of_billions_in_words():
    # plant: `eleven|twelve|fifteen|twenty|` dropped from money._PATTERNS' "billions in words"
    text = "Kyrgyzstan and Türkiye want to lift bilateral trade to twelve billion dollars by 2035, the ministers said."
    assert (_pair("Kyrgyzstan", "Türkiye"), 12000.0, "2035") in proposed.targets(text, DAY)
    # the units of a compound are no amount of their own ("twenty-five billion" is no five billion)
    text = "Kyrgyzstan and Türkiye want to lift bilateral trade to twenty-five billion dollars by 2035."
    assert not any(t[1] == 5000.0 for t in proposed.targets(text, DAY))
