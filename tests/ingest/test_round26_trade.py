"""Twenty-sixth round, trade figures (docs/extraction.md: figures.py, money.py): the forms behind the dev/302–317
trade misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from dashboard.ingest import money
from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _values(text, day=DAY):
    return {(f[0], f[1], f[2], f[3]) for f in _trade(text, day)}


def test_turkish_while_exceeding_is_over():
    # plant: `arken|` dropped from money._QUALIFIER_AFTER
    text = ("Özbekistan'ın Kazakistan'a ihracatı geçen yıl 2,4 milyar doları aşarken, ithalatı gerilemeye devam etti.")
    assert [a.qualifier for a in money.amounts_in(text)] == ["over"]
    # a figure with no verb of exceeding stays exact
    text = "Özbekistan'ın Kazakistan'a ihracatı geçen yıl 2,4 milyar dolar olurken, ithalatı geriledi."
    assert [a.qualifier for a in money.amounts_in(text)] == ["exact"]


def test_the_flow_named_last_before_a_lone_amount_is_its_flow():
    # plant: `_flow_last(segment, segment_check)` back to `_flow(segment, segment_check)` in figures.find_figures
    text = ("Uzbek exports to Turkmenistan, mostly textiles and fertiliser, made up about two-thirds of the total in "
            "2025, while Uzbekistan's imports from Turkmenistan came to about $180 million.")
    assert (_pair("Uzbekistan", "Turkmenistan"), "2025", "import", 180.0) in _values(text)
    # the flow named alone stays: exports named last
    text = ("Imports aside, Uzbek exports to Turkmenistan came to about $180 million in 2025.")
    assert (_pair("Uzbekistan", "Turkmenistan"), "2025", "export", 180.0) in _values(text)


def test_a_lone_amounts_own_clause_period_wins_over_the_clause_before():
    # plant: `return None` first in figures._own_clause_period
    text = ("Kazakh customs put exports to Azerbaijan at 90 billion tenge for the first seven months, while Azerbaijani "
            "data show trade of about $520 million in 2025.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2025", "turnover", 520.0) in _values(text)
    # the amount's clause naming no period of its own keeps the sentence's
    text = ("In the first seven months of 2026 Kazakh exports to Azerbaijan grew, while trade came to about "
            "$520 million.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2026-7M", "turnover", 520.0) in _values(text)
