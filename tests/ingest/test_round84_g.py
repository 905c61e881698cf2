"""Eighty-fourth round, g (docs/extraction.md: quotes.py): one home for rules the last review found in two or more
places. The Turkish present of saying an analysis writes its experts' words in ('X, ticaretin "…" kaydediyor',
notes; "dile getiriyor", voices) is written once, quotes.TR_PRESENT_SAYING, and read from there after the quote marks
and after a nominalised clause alike; a present verb of another kind ("umuyor", hopes) stays no attribution. Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

import pytest

from tests.ingest import proposed

DAY = date(2026, 6, 24)
LEAD = "Ekonomist: ticaret büyüyecek\n\n"


# plant: "kaydediyor|" and "dile getiriyor|" taken out of quotes.TR_PRESENT_SAYING (the expert's partial quote then
# given to no one)
@pytest.mark.parametrize("verb", ["kaydediyor", "dile getiriyor"])
def test_a_turkish_present_of_saying_after_the_marks_gives_the_subject(verb):
    text = LEAD + ('Ekonomist Murat Karaca, iki ülke arasındaki ticaretin "önümüzdeki yıllarda hızla artacağını" '
                   f"{verb}.")
    assert proposed.quotes(text, DAY) == [("Murat Karaca", "önümüzdeki yıllarda hızla artacağını")]


# the near form: a present verb that is no saying ("umuyor", hopes) gives no quote (plant: "umuyor" added to
# quotes.TR_PRESENT_SAYING)
def test_a_turkish_present_of_hoping_gives_no_quote():
    text = LEAD + 'Ekonomist Murat Karaca, iki ülke arasındaki ticaretin "önümüzdeki yıllarda hızla artacağını" umuyor.'
    assert proposed.quotes(text, DAY) == []
