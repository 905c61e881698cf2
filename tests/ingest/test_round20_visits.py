"""Round 20 visit rules: a summit held "on Friday in" a place, a resort told as part of a city, the airport of the
host's capital told after an arrival in a country. Each test was seen failing once on the plant its docstring names."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)  # a Thursday


def test_a_meeting_of_heads_of_state_held_on_a_day_in_a_place():
    """Plant: _HELD_DAY left out of the "was held" alternative of _GATHERING (no visit: the meeting no summit)."""
    # plant: _HELD_DAY dropped from _GATHERING's "concluded|…|was held|took place" alternative
    held = ("The fifth Consultative Meeting of the Heads of State of Central Asia was held on Friday in Samarkand."
            " President of Kyrgyzstan Sadyr Japarov and President of Tajikistan Emomali Rahmon took part in the meeting.")
    assert proposed.visits(held, DAY) == [("Sadyr Japarov", "Uzbekistan", "2026-03-06", "Samarkand", "summit"),
                                          ("Emomali Rahmon", "Uzbekistan", "2026-03-06", "Samarkand", "summit")]
    dated = ("A session of the Council of Heads of State took place on 10 March in Astana. Azerbaijani President Ilham"
             " Aliyev attended the session.")
    assert proposed.visits(dated, DAY) == [("Ilham Aliyev", "Kazakhstan", "2026-03-10", "Astana", "summit")]
    # the host's own leader comes to no visit; held by video link, no one came
    assert proposed.visits("The Consultative Meeting of the Heads of State was held on Friday in Samarkand. President"
                           " Shavkat Mirziyoyev attended the meeting.", DAY) == []
    assert proposed.visits("The Consultative Meeting of the Heads of State was held on Friday in Samarkand. President"
                           " of Kyrgyzstan Sadyr Japarov attended the meeting by video link.", DAY) == []


def test_a_resort_told_as_part_of_a_city_is_that_city():
    """Plant: the whole city of _PART_OF_CITY not taken in places.city_in (the city "Avaza")."""
    # plant: `city = _CITY_NAME[whole[1]]` dropped from places.city_in
    english = "Kazakh President Kassym-Jomart Tokayev arrived on Tuesday in the Avaza tourist zone of Turkmenbashi."
    assert proposed.visits(english, DAY) == [("Kassym-Jomart Tokayev", "Turkmenistan", "2026-03-10", "Turkmenbashi",
                                              "other")]
    russian = "Президент Узбекистана Шавкат Мирзиёев во вторник прибыл в туристическую зону «Аваза» города Туркменбаши."
    assert proposed.visits(russian, DAY) == [("Shavkat Mirziyoyev", "Turkmenistan", "2026-03-10", "Turkmenbashi",
                                              "other")]
    # the resort of a country, not of a city: the resort is the place told
    assert proposed.visits("Kazakh President Kassym-Jomart Tokayev arrived on Tuesday in the Avaza resort area of"
                           " Turkmenistan.", DAY) == [("Kassym-Jomart Tokayev", "Turkmenistan", "2026-03-10", "Avaza",
                                                      "other")]


def test_the_capitals_airport_told_after_an_arrival_in_a_country():
    """Plant: the airport_city branch left out of _city_from_next (no city)."""
    # plant: the `elif … places.airport_city(s.text) …` branch dropped from _city_from_next
    english = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Azerbaijan on Tuesday on an official visit. At"
               " Heydar Aliyev International Airport he was welcomed by Deputy Foreign Minister Elnur Mammadov.")
    assert proposed.visits(english, DAY) == [("Jeenbek Kulubaev", "Azerbaijan", "2026-03-10", "Baku", "official")]
    azerbaijani = ("Türkiyənin ticarət naziri Ömer Bolat martın 10-da Qazaxıstana işgüzar səfərə gəlib. Nursultan"
                   " Nazarbayev Beynəlxalq Hava Limanında nazirini rəsmi şəxslər qarşılayıb.")
    assert proposed.visits(azerbaijani, DAY) == [("Ömer Bolat", "Kazakhstan", "2026-03-10", "Astana", "working")]
    # the airport of another state's capital says nothing of where the visit was
    elsewhere = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Kazakhstan on Tuesday on an official visit. He"
                 " had flown in from Heydar Aliyev International Airport after talks in Azerbaijan.")
    assert proposed.visits(elsewhere, DAY) == [("Jeenbek Kulubaev", "Kazakhstan", "2026-03-10", "", "official")]
