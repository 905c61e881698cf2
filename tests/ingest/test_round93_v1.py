"""Ninety-third round, v1 (docs/extraction.md: visits.py, a visit told without a visit verb of its own or without a
state of its visitor): a feature's scene naming its visitor with a day and a city ("… when Nurlan Abenov walked into the
Shymkent textile park on Monday.") followed by "Uzbekistan's Minister of Industry had arrived that morning for a
two-day working visit to the region" is his visit, of the title's state, on the scene's day, in its city; a foreign
minister who "told reporters in Khujand on Friday", his talks told in the sentences after, was there; and in a Russian
report the bare-titled official taking part in a "казахстанско-венгерском форуме в Дебрецене" is of the pair's
Russian-writing state, a guest in the other's city. A scene naming two people, a scene in the title's own state, a
minister at home, an ambassador, no talks told, a forum in the official's own city and a pair of two Russian-writing
states make no visit. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

FEATURE = ("SHYMKENT — Dust was blowing across the car park when Nurlan Abenov walked into the Shymkent textile park "
           "on Monday. Uzbekistan's Minister of Industry had arrived that morning for a two-day working visit to the "
           "region, his first to southern Kazakhstan.\n\n"
           "Three agreements were signed during the visit.")
FEATURE_DAY = date(2026, 4, 22)  # a Wednesday: "on Monday" is 20 April


# plant: `_state_s_title_that_day_visit` returning None at once (no visit)
def test_a_state_s_title_arriving_that_morning_is_the_visit_of_the_one_named_before():
    assert proposed.visits(FEATURE, FEATURE_DAY) == [("Nurlan Abenov", "Kazakhstan", "2026-04-20", "Shymkent",
                                                      "working")]
    assert [r["visitor_country"] for r in proposed.records("visits", FEATURE, FEATURE_DAY)] == ["Uzbekistan"]
    assert proposed.documents(FEATURE, FEATURE_DAY) == ["3"]


# the near form: a scene naming two people tells not whose the title is (plant: `len(persons) != 1` made
# `len(persons) < 1` in visits._state_s_title_that_day_visit: the visit was Nurlan Abenov's)
def test_a_scene_naming_two_people_gives_no_visit():
    two = FEATURE.replace("when Nurlan Abenov walked", "when Nurlan Abenov and Dilnoza Karimova walked")
    assert proposed.visits(two, FEATURE_DAY) == []


# the near form: a scene in a city of the title's own state is a minister at home (plant: `place[0] == states[0]`
# taken out of visits._state_s_title_that_day_visit: a visit to Uzbekistan)
def test_a_scene_in_the_title_s_own_state_gives_no_visit():
    home = FEATURE.replace("Shymkent textile park", "Namangan textile park").replace(" to southern Kazakhstan", "")
    assert proposed.visits(home, FEATURE_DAY) == []


RELEASE = ("Tajikistan and Hungary will build a joint water-treatment plant, Minister of Foreign Affairs and Trade "
           "Péter Szijjártó told reporters in Khujand on Friday.\n\n"
           "After his talks with the Tajik energy minister, he said the plant would open in 2028. He added that two "
           "agreements were signed in Khujand on Friday.")
RELEASE_DAY = date(2026, 5, 15)  # a Friday


# plant: the `said_in_city[k]` call taken out of visits.find_visits (no visit)
def test_a_foreign_minister_who_told_reporters_in_a_city_was_there():
    assert proposed.visits(RELEASE, RELEASE_DAY) == [("Péter Szijjártó", "Tajikistan", "2026-05-15", "Khujand",
                                                      "other")]
    assert proposed.documents(RELEASE, RELEASE_DAY) == ["2"]


# the near form: no talks told there (plant: the talks check taken out of visits._said_in_the_city_visit: a visit)
def test_said_in_a_city_with_no_talks_told_gives_no_visit():
    quiet = RELEASE.replace("After his talks with the Tajik energy minister, he", "He")
    assert proposed.visits(quiet, RELEASE_DAY) == []


# the near form: an ambassador lives there (plant: `_RESIDENT_TITLE.search(m["who"])` taken out of
# visits._said_in_the_city_visit: the ambassador's visit)
def test_an_ambassador_who_told_reporters_in_the_city_is_no_visitor():
    envoy = RELEASE.replace("Minister of Foreign Affairs and Trade Péter Szijjártó",
                            "Hungarian Ambassador Gábor Tóth")
    assert proposed.visits(envoy, RELEASE_DAY) == []


# the near form: a minister in a city of his own state is at home (plant: `person.iso3 == place[0]` taken out of
# visits._said_in_the_city_visit: a visit to Hungary)
def test_a_minister_at_home_is_no_visitor():
    home = RELEASE.replace("in Khujand on Friday", "in Debrecen on Friday")
    assert proposed.visits(home, RELEASE_DAY) == []


WRAP = ("Итоги недели\n\n"
        "В четверг министр сельского хозяйства Айдарбек Сапаров принял участие в казахстанско-венгерском "
        "бизнес-форуме в Дебрецене. Компании двух стран договорились о поставках зерна.")
WRAP_DAY = date(2026, 5, 16)  # a Saturday: "в четверг" is 14 May


# plant: `own in _RUSSIAN_WRITING_STATES` made `own not in _RUSSIAN_WRITING_STATES` in
# visits._ru_bare_title_of_the_pair_s_russian_writing_state (no visit)
def test_a_bare_titled_official_at_a_pair_s_forum_abroad_is_of_the_russian_writing_state():
    assert proposed.visits(WRAP, WRAP_DAY) == [("Aydarbek Saparov", "Hungary", "2026-05-14", "Debrecen", "other")]
    assert [r["visitor_country"] for r in proposed.records("visits", WRAP, WRAP_DAY)] == ["Kazakhstan"]


# the near forms: the forum in a city of the official's own side, and a pair of two Russian-writing states (plant:
# `host in _RUSSIAN_WRITING_STATES` taken out of the check in _ru_bare_title_of_the_pair_s_russian_writing_state:
# the Uzbek pair's forum in Tashkent read a Kazakh official's visit; the Almaty forum stays none by `own in …`)
def test_a_pair_s_forum_at_home_or_of_two_russian_writing_states_gives_no_visit():
    assert proposed.visits(WRAP.replace("в Дебрецене", "в Алматы"), WRAP_DAY) == []
    assert proposed.visits(WRAP.replace("казахстанско-венгерском", "казахстанско-узбекском")
                           .replace("в Дебрецене", "в Ташкенте"), WRAP_DAY) == []
