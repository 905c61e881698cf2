"""Forty-third round, visits (other forms; docs/extraction.md: visits.py, places.py): the forms behind the dev/578,
692, 722, 726, 746 and 747 visit misses and the failures the probes found, told in short invented sentences. Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 8, 14)  # a Thursday


def test_a_turkmen_velayat_by_its_adjective_is_its_centre():
    # plant: the _MASCULINE_REGION_NOUNS loop dropped from places (only "область" read)
    text = "Делегация во главе с хокимом Алишером Саидовым во вторник прибыла в Дашогузский велаят Туркменистана."
    assert proposed.visits(text, DAY) == [("Alisher Saidov", "Turkmenistan", "2025-08-12", "Dashoguz", "other")]
    viloyat = "Министр торговли Казахстана Арман Шаккалиев во вторник прибыл в Самаркандский вилоят."
    assert proposed.visits(viloyat, DAY) == [("Arman Shakkaliyev", "Uzbekistan", "2025-08-12", "Samarkand", "other")]


def test_a_velayat_centre_is_a_city():
    # plant: "Turkmenabat" dropped from places.CITIES["TKM"]
    text = "Kazakh Trade Minister Arman Shakkaliyev arrived in Turkmenabat on Tuesday."
    assert proposed.visits(text, DAY) == [("Arman Shakkaliyev", "Turkmenistan", "2025-08-12", "Turkmenabat", "other")]


def test_a_heads_own_region_in_his_nominative_title_is_no_destination():
    # plant: the хоким/аким alternative dropped from places._OWNER_BEFORE_CITY
    text = "Хоким Бухарской области Ботир Зарипов во вторник прибыл в Туркменабат."
    assert proposed.visits(text, DAY) == [("Botir Zaripov", "Turkmenistan", "2025-08-12", "Turkmenabat", "other")]
    # the akim met there ("с акимом") names where the guest was
    met = "Министр экономики Азербайджана Микаил Джаббаров во вторник прибыл в Костанай и встретился с акимом области."
    assert [v[3] for v in proposed.visits(met, DAY)] == ["Kostanay"]


def test_landing_at_a_regional_airport_late_on_a_day():
    # plant: "[Aa]irport" back to "Airport" in the airport alternative of visits._VISIT
    text = ("BURABAY, Kazakhstan, August 14 — Uzbek President Shavkat Mirziyoyev landed at Kokshetau airport late on "
            "Tuesday and was driven on to Burabay.")
    assert proposed.visits(text, DAY) == [("Shavkat Mirziyoyev", "Kazakhstan", "2025-08-12", "Burabay", "other")]
    # a plane with no one named is no visit
    assert proposed.visits("The cargo plane landed at Aktau airport late on Tuesday.", DAY) == []


def test_late_on_a_day_between_arrival_and_place():
    # plant: "(?:(?:late|early)\s+)?" dropped from visits._ARRIVAL_DAY
    text = "Hungarian Prime Minister Viktor Orbán arrived late on Tuesday in Samarkand."
    assert proposed.visits(text, DAY) == [("Viktor Orbán", "Uzbekistan", "2025-08-12", "Samarkand", "other")]


def test_a_name_leading_his_states_side_at_a_session_held_abroad():
    # plant: the who3 alternative dropped from visits._EN_SIDE_LED_BY
    text = ("The commission met in Baku this week. The previous session was held in Astana on 10 March 2025, when "
            "Rashad Guliyev led the Azerbaijani side and three documents were signed.")
    assert proposed.visits(text, DAY) == [("Rashad Guliyev", "Kazakhstan", "2025-03-10", "Astana", "other")]
    assert proposed.documents(text, DAY) == ["3"]
    # at home it is no visit, nor a session still to come
    home = "The session was held in Baku on 10 March 2025, when Rashad Guliyev led the Azerbaijani side."
    assert proposed.visits(home, DAY) == []
    later = "The next session will be held in Astana in October, when Rashad Guliyev will lead the Azerbaijani side."
    assert proposed.visits(later, DAY) == []


def test_a_surname_leading_the_side_is_the_one_named_before():
    # plant: the _surname_told_before fallback dropped from visits._side_leader_at_the_event
    text = ("Rashad Guliyev, Azerbaijan's deputy economy minister, opened the forum. The previous session was held in "
            "Astana on 10 March 2025, when Guliyev led the Azerbaijani side.")
    assert ("Rashad Guliyev", "Kazakhstan", "2025-03-10", "Astana", "other") in proposed.visits(text, DAY)


def test_came_to_a_place_on_a_day():
    # plant: the "came" alternative dropped from visits._VISITOR_CUES
    text = "Kazakh Trade Minister Arman Shakkaliyev came to Baku on Monday for talks."
    assert proposed.visits(text, DAY) == [("Arman Shakkaliyev", "Azerbaijan", "2025-08-11", "Baku", "other")]
    assert proposed.visits("Trade came to $392 million on Monday.", DAY) == []


def test_our_minister_came_then_he_arrived_on_a_day():
    # plant: the _en_guest_dated_by_pronoun call dropped from visits.find_visits
    text = ("In April our Minister of Industry, Rustam Karimzoda, came to Almaty for the commission. He arrived on "
            "16 April, and four documents were signed the next day.")
    assert proposed.visits(text, DAY) == [("Rustam Karimzoda", "Kazakhstan", "2025-04-16", "Almaty", "other")]
    # someone else named in between: "he" is not surely the guest
    other = ("In April our Minister of Industry, Rustam Karimzoda, came to Almaty for the commission. Kazakh minister "
             "Arman Shakkaliyev met him there. He arrived on 16 April.")
    assert proposed.visits(other, DAY) == []


def test_our_office_names_no_state_but_makes_a_visitor():
    # plant: the _OUR_TITLE branch dropped from visits._appositive_visitor
    text = ("In May our Deputy Prime Minister, Daniyar Toktomushev, came to Baku for the forum. He arrived on 12 May.")
    assert proposed.visits(text, DAY) == [("Daniyar Toktomushev", "Azerbaijan", "2025-05-12", "Baku", "other")]


def test_the_one_spoken_to_during_his_visit_then_met_on_a_day():
    # plant: the _spoken_to_during_visit call dropped from visits._visitors
    text = ("Trend spoke to Aibek Nurlanov, head of a logistics firm, during his visit to Ganja for the forum. Trade "
            "is growing fast. We met him on Friday.")
    assert proposed.visits(text, DAY) == [("Aibek Nurlanov", "Azerbaijan", "2025-08-08", "Ganja", "other")]
    # met in another state's city: not the visit told
    away = "Trend spoke to Aibek Nurlanov during his visit to Baku. We met him on Friday in Tashkent."
    assert proposed.visits(away, DAY) == []
    # no visit of his told
    plain = "Trend spoke to Aibek Nurlanov about his plans. We met him on Friday in Baku."
    assert proposed.visits(plain, DAY) == []


def test_came_to_open_the_forum_told_with_its_day_and_city_before():
    # plant: the _came_to_the_event_before call dropped from visits.find_visits
    text = ("Flags lined the streets of Aktau on Wednesday. Azerbaijan's economy minister Elnur Mammadov had come "
            "with 40 companies to open the Azerbaijani-Kazakh investment forum.")
    assert proposed.visits(text, DAY) == [("Elnur Mammadov", "Kazakhstan", "2025-08-13", "Aktau", "other")]
    # a day before with no place of the event's states is no visit
    rainy = ("Rain fell on Wednesday. Azerbaijan's economy minister Elnur Mammadov came to open the Azerbaijani-Kazakh "
             "forum.")
    assert proposed.visits(rainy, DAY) == []
