"""Seventy-second round, visits72 (docs/extraction.md: figures.py, visits.py): the forms behind the dev/1152 and 1153
misses, told in short invented sentences. A place's trade figure going on in a later clause that names no state,
"товарооборот Шымкента с Турцией составил …, а за январь–сентябрь — уже …" (1152: the second amount is the city's
too, not a pair named elsewhere in the article); and a visitor's arrival told by his title with his own minister
"accompanied by" him and the host's man who "welcomed" him named in the same sentence (1153: the arrival still
starts the visit). Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 6)
WED = date(2025, 10, 15)


# plant: figures._goes_on_without_a_state returning False
def test_a_places_figure_goes_on_in_a_clause_naming_no_state():
    text = ("Делегация обсудила поставки в Ташкент и Бишкек. По данным акимата, товарооборот Актобе с Турцией в "
            "прошлом году составил 95 млн долларов, а за первое полугодие этого года — уже 61 млн.")
    assert proposed.trade(text, DAY) == []
    other = ("The firms already sell in Tashkent. Izmir's trade with Kazakhstan came to $80 million last year, and "
             "in the first half of this year it reached $52 million.")
    assert proposed.trade(other, DAY) == []
    # a later clause naming the pair is the pair's figure
    kept = ("Товарооборот Актобе с Турцией составил 95 млн долларов, а товарооборот Казахстана и Турции в прошлом "
            "году — 4,5 млрд долларов.")
    assert proposed.trade_values(kept, DAY) == {(proposed.pair("Kazakhstan", "Türkiye"), "2024", "turnover", 4500.0)}


# plant: visits._only_the_visitors_companions returning False
def test_an_arrival_with_own_minister_and_the_hosts_welcome_starts_the_visit():
    text = ("Prime Minister Viktor Orbán ended his working visit to Turkmenistan on Wednesday. The Prime Minister, "
            "accompanied by Foreign Minister Péter Szijjártó, arrived in Ashgabat on Monday evening, where he was "
            "welcomed by Deputy Chairman Rashid Meredov.")
    assert proposed.visits(text, WED) == [("Viktor Orbán", "Turkmenistan", "2025-10-13", "Ashgabat", "working")]
    other = ("Prime Minister Viktor Orbán wrapped up a working visit to Kazakhstan on Wednesday. The Prime Minister, "
             "together with Foreign Minister Péter Szijjártó, arrived in Astana late on Monday and was greeted at the "
             "airport by Foreign Minister Murat Nurtleu.")
    assert proposed.visits(other, WED) == [("Viktor Orbán", "Kazakhstan", "2025-10-13", "Astana", "working")]
