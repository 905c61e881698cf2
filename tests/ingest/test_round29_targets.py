"""Twenty-ninth round, trade targets (docs/extraction.md: figures.py): the form behind the dev/372 and dev/379 target
misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)

_pair = proposed.pair


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_working_towards_an_amount_of_trade_is_a_target():
    # plant: the `_WORK_TOWARDS.search(lead)` check dropped from figures._is_target
    text = "Azerbaijan and Uzbekistan have agreed to work towards a turnover of $500 million by 2029."
    assert (_pair("Azerbaijan", "Uzbekistan"), 500.0, "2029") in _targets(text)
    text = "Ankara and Tashkent are working towards the $5bn in annual trade their presidents set as a goal."
    assert (_pair("Türkiye", "Uzbekistan"), 5000.0, "") in _targets(text)


def test_a_target_told_again_with_its_deadline_keeps_the_deadline():
    # plant: the `_WORK_TOWARDS.search(lead)` check dropped from figures._is_target
    text = ("Hungary and Kazakhstan agreed to raise mutual trade to two billion US dollars. The talks also covered rail "
            "freight. \"Our trade is far from its limit. We will work towards a turnover of two billion dollars by 2029,\" "
            "the Hungarian minister said.")
    assert _targets(text) == [(_pair("Hungary", "Kazakhstan"), 2000.0, "2029")]


def test_working_towards_something_else_is_no_target():
    # plant: the trade-noun tail of figures._WORK_TOWARDS made `.*$` (anything after "towards")
    text = "Turkey and Uzbekistan worked towards better rail links; trade between them reached $3.1 billion in 2025."
    assert not _targets(text)
    text = "Turkey and Uzbekistan are working towards more trade: turnover between them reached $3.1 billion in 2025."
    assert not _targets(text)
