"""Thirty-ninth round, visits A2 (docs/extraction.md: visits.py): the English visit forms behind the dev/571, 588, 600
and 631 misses and the failures the probes found, told in short invented sentences. Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 16)  # a Saturday


def test_the_second_day_of_his_visit_began_the_day_before():
    # plant: the shift of _nth_day_of_the_visit_shifted made 0 days ("- 1" made "- _EN_ORDINALS[m[1]]")
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev met Hungarian Foreign Minister Peter Szijjarto in Budapest on "
            "Thursday, on the second day of his official visit to Hungary.")
    assert proposed.visits(text, DAY) == [("Jeenbek Kulubaev", "Hungary", "2026-05-13", "Budapest", "official")]
    third = ("Kyrgyz Foreign Minister Jeenbek Kulubaev met Hungarian Foreign Minister Peter Szijjarto in Budapest on "
             "Thursday, on the third day of his official visit to Hungary.")
    assert proposed.visits(third, DAY) == [("Jeenbek Kulubaev", "Hungary", "2026-05-12", "Budapest", "official")]
    # the arrival told after the ordinal is the first day itself
    arrived = ("Hungary and Kyrgyzstan signed four agreements in Budapest on Thursday, on the second day of an official "
               "visit by Kyrgyz Foreign Minister Jeenbek Kulubaev, who arrived in the Hungarian capital on Wednesday.")
    assert [v[2] for v in proposed.visits(arrived, DAY)] == ["2026-05-13"]
    # the second day of a forum is no day of a visit
    forum = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Budapest on Thursday, on the second day of the "
             "investment forum.")
    assert [v[2] for v in proposed.visits(forum, DAY)] == ["2026-05-14"]


def test_a_title_then_a_name_set_apart_before_held_talks():
    # plant: the _appositive_meeting_party line dropped from visits.find_visits
    text = ("The Chairman of the Senate of Kazakhstan, Daulet Suleimenov, held talks on Thursday with Kyrgyz Speaker "
            "Marat Toktosunov on the second day of his official visit to Kyrgyzstan.")
    assert proposed.visits(text, DAY) == [("Daulet Suleimenov", "Kyrgyzstan", "2026-05-13", "", "official")]
    # the host's own chairman so named, the visit another's told of: no visit of his
    host = ("The Chairman of the Senate of Kazakhstan, Daulet Suleimenov, held talks on Thursday with a Kyrgyz "
            "delegation during the official visit of its speaker to Kazakhstan.")
    assert [v[0] for v in proposed.visits(host, DAY)] != ["Daulet Suleimenov"]


def test_a_surname_before_a_who_aside_that_is_no_arrival():
    # plant: _surname_before_who_aside made to return None at once ("if True:" for its match) in visits
    text = ("Aibek Nurlanov, a nephew of the Kyrgyz president, has been received in Ankara. Mr Nurlanov, who heads "
            "Kyrgyzstan's state investment agency, arrived in the Turkish capital on Wednesday on an official visit.")
    assert proposed.visits(text, DAY) == [("Aibek Nurlanov", "Türkiye", "2026-05-13", "Ankara", "official")]
    # one of the host state so told is no visitor
    home = ("Aibek Nurlanov, a nephew of the Turkish president, has been received in Ankara. Mr Nurlanov, who heads "
            "Türkiye's state investment agency, arrived in the Turkish capital on Wednesday on an official visit.")
    assert proposed.visits(home, DAY) == []


def test_a_side_led_by_the_co_chair_after_the_meeting_day_and_place():
    # plant: the "side was led by" alternative of visits._EN_SIDE_LED_BY made to match nothing ("NOSUCH")
    text = ("The intergovernmental commission of Uzbekistan and Azerbaijan met in Samarkand on Tuesday. The Azerbaijani "
            "side was led by Deputy Prime Minister Elchin Rzayev, who co-chaired the session with Uzbek Investment "
            "Minister Laziz Kudratov.")
    assert proposed.visits(text, DAY) == [("Elchin Rzayev", "Uzbekistan", "2026-05-12", "Samarkand", "other")]
    # a session held by video link is no visit
    video = ("The intergovernmental commission of Uzbekistan and Azerbaijan met by video link on Tuesday. The "
             "Azerbaijani side was led by Deputy Prime Minister Elchin Rzayev, who co-chaired the session with Uzbek "
             "Investment Minister Laziz Kudratov.")
    assert proposed.visits(video, DAY) == []


def test_a_session_opened_with_a_minister_leading_his_country_s_delegation():
    # plant: the "with … leading … delegation" alternative of visits._EN_SIDE_LED_BY made to match nothing ("NOSUCH")
    text = ("Hungary and Uzbekistan have signed five documents at a commission meeting in Bukhara. The session opened "
            "on Tuesday at the city's congress hall, with Hungarian Finance Minister Gabor Kiss leading his country's "
            "delegation.")
    assert proposed.visits(text, DAY) == [("Gabor Kiss", "Uzbekistan", "2026-05-12", "Bukhara", "other")]
    # a session still to come is no visit
    coming = ("Hungary and Uzbekistan will sign five documents at a commission meeting in Bukhara. The session will "
              "open on Tuesday at the city's congress hall, with Hungarian Finance Minister Gabor Kiss leading his "
              "country's delegation.")
    assert proposed.visits(coming, DAY) == []


def test_the_second_day_told_first_names_the_visitor_after_it():
    # plant: the "the second day of" opening dropped from visits._DURING_HIS_VISIT
    text = ("On the second day of his state visit to Kazakhstan, Turkish President Recep Tayyip Erdogan toured a "
            "tank factory on Thursday.")
    assert proposed.visits(text, DAY) == [("Recep Tayyip Erdoğan", "Kazakhstan", "2026-05-13", "", "state")]
    # the second day of a forum names no visit of his
    forum = "On the second day of the forum, Turkish President Recep Tayyip Erdogan toured a tank factory on Thursday."
    assert proposed.visits(forum, DAY) == []


def test_the_subject_who_visited_a_site_in_a_city_of_another_state():
    # plant: _visitor_of_a_site_in_a_city made to return None at once ("if True:" for its match) in visits
    text = "Tajik Energy Minister Daler Juma visited the Rogun-built turbine plant in Bukhara on Tuesday."
    assert proposed.visits(text, DAY) == [("Daler Juma", "Uzbekistan", "2026-05-12", "Bukhara", "other")]
    # the host's own president at a site at home, and a mayor of no state named: no visit
    home = "President Shavkat Mirziyoyev visited the new turbine plant in Bukhara on Tuesday."
    assert proposed.visits(home, DAY) == []
    mayor = "Bukhara mayor Botir Zaripov visited the new turbine plant in Bukhara on Tuesday."
    assert proposed.visits(mayor, DAY) == []


def test_an_arrival_home_from_another_state_is_no_visit():
    # plant: _arrived_in_before_from made to return None at once ("if True:" for its match) in visits
    text = "Bekzod Rashidov, mayor of Tashkent, arrived in Tashkent on Friday from Ankara after a trade mission."
    assert proposed.visits(text, DAY) == []
    # one of no state known: where he arrived, not where he came from
    unknown = "Bekzod Rashidov arrived in Samarkand on Friday from Ankara after a trade mission."
    assert [v[3] for v in proposed.visits(unknown, DAY)] == ["Samarkand"]
    # a guest's arrival from his own capital is still his visit
    guest = "Turkish Trade Minister Omer Bolat arrived in Samarkand on Friday from Ankara for a trade mission."
    assert proposed.visits(guest, DAY) == [("Omer Bolat", "Uzbekistan", "2026-05-15", "Samarkand", "other")]


def test_a_visit_told_last_year_is_no_visit_of_the_day():
    # plant: _told_at_an_earlier_time made to return False (its last line) in visits
    text = "Azerbaijani Economy Minister Mikayil Jabbarov was in Bishkek last year for the same fair, he recalled on Monday."
    assert proposed.visits(text, DAY) == []
    ago = "Azerbaijani Economy Minister Mikayil Jabbarov visited Bishkek two years ago, he recalled on Monday."
    assert proposed.visits(ago, DAY) == []
    # a visit of the day told with an earlier one in its own clause
    again = ("Azerbaijani Economy Minister Mikayil Jabbarov, who visited Bishkek last year, arrived in Bishkek on Monday "
             "for the fair.")
    assert proposed.visits(again, DAY) == [("Mikayil Jabbarov", "Kyrgyzstan", "2026-05-11", "Bishkek", "other")]
