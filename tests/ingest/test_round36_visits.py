"""Thirty-sixth round, visits (docs/extraction.md: visits.py): the forms behind the dev/540 miss, and those the probes
found, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 16)  # a Saturday


def test_a_surname_who_reached_a_city_on_a_day_starts_the_visit_that_day():
    # plant: the round-36 "(?=(?:had\s+)?reached\s)" line dropped from visits._SURNAME_ASIDE
    text = ("Uzbekistan's Deputy Prime Minister Jamshid Khodjaev has arrived in Turkestan to take part in a regional "
            "forum.\n\n"
            "Khodjaev, who reached Turkestan on May 13, was met at the airport by the regional governor.")
    got = proposed.visits(text, DAY)
    assert [(v[0], v[2]) for v in got] == [("Jamshid Khodjaev", "2026-05-13")]
    # a figure that reached a sum is no arrival: no visit, no day
    figure = ("Uzbekistan's Deputy Prime Minister Jamshid Khodjaev spoke at a regional forum.\n\n"
              "Trade, which reached $410 million on May 13, was the main topic, Khodjaev said.")
    assert proposed.visits(figure, DAY) == []


def test_a_full_name_who_reached_a_capital_on_a_day_is_the_visitor():
    # plant: the round-36 "reached(?=\s+[A-Z])" line dropped from visits._VISITOR_CUES (d)
    text = "Turkish Trade Minister Ömer Bolat, who reached Tashkent on Thursday, met his Uzbek counterpart."
    assert proposed.visits(text, DAY) == [("Ömer Bolat", "Uzbekistan", "2026-05-14", "Tashkent", "other")]
    # reaching an agreement is no arrival
    deal = "Turkish Trade Minister Ömer Bolat, who reached an agreement on Thursday, met his Uzbek counterpart."
    assert proposed.visits(deal, DAY) == []
