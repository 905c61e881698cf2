"""Twelfth round, trade figures and targets (docs/extraction.md: figures.py, money.py, when.py).
Each rule was written for a miss of dev/126–137 and is tested here with other wordings than the article's.

Each test was seen failing once on a planted bug (then reverted); the plant is named in the test's comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 7, 20)

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
