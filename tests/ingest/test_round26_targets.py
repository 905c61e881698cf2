"""Twenty-sixth round, trade targets (docs/extraction.md: figures.py): the forms behind the dev/315 target miss, told in
short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair

# A round-up of Tajikistan's trade whose article pair is Tajikistan–Uzbekistan, going on to Turkey.
_LEAD = ("Товарооборот Таджикистана с Узбекистаном за девять месяцев 2026 года вырос до 512 млн долларов. Стороны "
         "намерены довести его до 2 млрд долларов.\n\n")


def test_russian_feminine_it_after_trade_is_that_trade():
    # plant: `е[её]|` dropped from figures._REFERS_BACK
    text = _LEAD + "Торговля с Турцией пока невелика — около $75 млн. Власти намерены довести ее до $300 млн к 2029 году."
    assert (_pair("Tajikistan", "Türkiye"), 300.0, "2029") in proposed.targets(text, DAY)
    # no cue verb before "ее": no target
    text = _LEAD + "Торговля с Турцией пока невелика — около $75 млн. Ее рост до $300 млн пока не просматривается."
    assert not any(t[1] == 300.0 for t in proposed.targets(text, DAY))


def test_the_sides_raising_it_is_the_trade_just_reported_not_the_articles_pair():
    # plant: `_pronoun_back(sentence, refers_back) or ` dropped from figures.find_figures
    text = _LEAD + ("Торговля с Турцией пока невелика — около $75 млн. По данным агентства, стороны намерены довести ее "
                    "до $300 млн к 2029 году.")
    assert (_pair("Tajikistan", "Türkiye"), 300.0, "2029") in proposed.targets(text, DAY)
    # the two named by a count go back to the article's pair
    text = _LEAD + ("Торговля с Турцией пока невелика — около $75 млн. Главы двух государств намерены довести его "
                    "до 3 млрд долларов к 2030 году.")
    assert (_pair("Tajikistan", "Uzbekistan"), 3000.0, "2030") in proposed.targets(text, DAY)
