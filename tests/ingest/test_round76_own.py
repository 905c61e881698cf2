"""Seventy-sixth round, own (docs/extraction.md: quotes.py): a line round 75 left of dev/1189, told in short invented
texts. A time opening with no comma before the subject ("Two weeks ago Foreign Minister X told a business audience …
that …", "Last week …", "Earlier this month …") is read past as the scene openings are. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

import pytest

from tests.ingest import proposed

DAY = date(2026, 2, 11)


# plant: the _EN_TIME_OPENING alternative dropped from quotes._subject_partial
@pytest.mark.parametrize("opening", ["Two weeks ago", "Last week", "Earlier this month", "3 days ago", "A few days ago"])
def test_a_time_opening_without_a_comma_before_the_speaker(opening):
    text = (f'{opening} Foreign Minister Péter Szijjártó told a business audience in Budapest that Uzbekistan "is the '
            'most dynamic economy in our Eastern Opening". Is that a compliment or a business case?')
    assert proposed.quotes(text, DAY) == [("Péter Szijjártó", "is the most dynamic economy in our Eastern Opening")]

