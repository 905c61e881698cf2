"""Thirty-first round, trade targets (docs/extraction.md: figures.py): the forms behind the dev/421 and dev/434 target
misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 2, 12)

_pair = proposed.pair


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_the_goal_of_reaching_an_amount():
    # plant: the round-31 `_GOAL_OF_REACHING` check dropped from figures._is_target
    text = ("Trade between Hungary and Kyrgyzstan stood at about $90 million in 2025, and the two governments had set "
            "themselves the goal of reaching $500 million by 2030.")
    assert (_pair("Hungary", "Kyrgyzstan"), 500.0, "2030") in _targets(text)
    # a potential of reaching is no goal
    text = ("Trade between Hungary and Kyrgyzstan stood at about $90 million in 2025, and experts see a potential of "
            "reaching $500 million by 2030.")
    assert _targets(text) == []


def test_what_can_be_reached_named_the_goal_after_it():
    # plant: the round-31 `_goal_named_after` check of figures._is_target_after made `if False:`
    text = ('Trade between Hungary and Kyrgyzstan grew by 20% in 2025 to $90 million. "If we keep this pace, we can reach '
            '$300 million by 2030, and that is the target we set today," he said.')
    assert (_pair("Hungary", "Kyrgyzstan"), 300.0, "2030") in _targets(text)
    # without it the amount is a potential
    text = ('Trade between Hungary and Kyrgyzstan grew by 20% in 2025 to $90 million. "If we keep this pace, we can reach '
            '$300 million by 2030," he said.')
    assert _targets(text) == []


def test_the_deadline_year_as_the_target_nouns_attribute():
    # plant: the round-31 `_YEAR_TARGET_BEFORE` check dropped from figures._target_year
    text = ("Bakan Bolat, Türkiye ile Kırgızistan arasındaki ticaret hacminde 2030 hedefinin 3 milyar dolar olduğunu "
            "hatırlattı.")
    assert (_pair("Türkiye", "Kyrgyzstan"), 3000.0, "2030") in _targets(text)
    text = "Hungary and Uzbekistan reaffirmed the 2030 target of $1 billion in bilateral trade."
    assert (_pair("Hungary", "Uzbekistan"), 1000.0, "2030") in _targets(text)
