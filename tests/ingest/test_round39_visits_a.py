"""Thirty-ninth round, visits A (docs/extraction.md: visits.py): the English visit forms behind the dev/572, 594, 602, 613
and 630 misses and the failures the probes found, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 16)  # a Saturday


def test_a_visit_to_a_place_by_a_visitor_named_after_it():
    # plant: the _EN_VISIT_TO_PLACE_BY search dropped from visits._en_visitor_after_or_subject_of_own_visit
    text = ("Azerbaijan and Kyrgyzstan signed two protocols during an official visit to Bishkek by Azerbaijani "
            "Economy Minister Mikayil Jabbarov, which began on Tuesday.")
    assert proposed.visits(text, DAY) == [("Mikayil Jabbarov", "Kyrgyzstan", "2026-05-12", "Bishkek", "official")]
    # a visit to the place by road names no visitor
    road = "Azerbaijan and Kyrgyzstan signed two protocols on Tuesday during an official visit to Bishkek by road."
    assert proposed.visits(road, DAY) == []


def test_the_subject_who_used_a_visit_of_his_own():
    # plant: the "used" alternative dropped from visits._EN_SUBJECT_OF_OWN_VISIT
    text = ("Uzbek Transport Minister Ilkhom Makhkamov used a three-day working visit to Baku on May 12-14 to pitch a "
            "new rail route.")
    assert proposed.visits(text, DAY) == [("Ilkhom Makhkamov", "Azerbaijan", "2026-05-12", "Baku", "working")]
    # talks he used are no visit
    talks = "Uzbek Transport Minister Ilkhom Makhkamov used his talks in Baku on May 12 to pitch a new rail route."
    assert proposed.visits(talks, DAY) == []


def test_the_subject_who_signed_at_the_start_of_a_visit():
    # plant: the "signed" alternative dropped from visits._EN_SUBJECT_OF_OWN_VISIT
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev signed four agreements in Ankara on 12 May, at the start of a "
            "working visit.")
    assert proposed.visits(text, DAY) == [("Jeenbek Kulubaev", "Türkiye", "2026-05-12", "Ankara", "working")]
    assert proposed.documents(text, DAY) == ["4"]
    # signed ahead of a visit: the visit is still to come
    ahead = ("Kyrgyz Foreign Minister Jeenbek Kulubaev signed four agreements in Ankara on 12 May, ahead of a working "
             "visit.")
    assert proposed.visits(ahead, DAY) == []
    # a title with a comma in it ("Environment, Urbanisation and …") is still the subject's
    titled = ("Turkey's Environment, Urbanisation and Climate Change Minister Murat Kurum signed two agreements in Baku "
              "on 12 May, at the start of an official visit.")
    assert proposed.visits(titled, DAY) == [("Murat Kurum", "Azerbaijan", "2026-05-12", "Baku", "official")]


def test_a_name_then_an_office_of_no_one_state_before_who_arrived():
    # plant: _without_stateless_office_aside made to return the sentence at once in visits
    text = ("The Azerbaijani delegation was led by Elnur Gasimov, chairman of the Azerbaijan-Kazakhstan Business "
            "Council, who arrived in Shymkent on Thursday morning.")
    assert proposed.visits(text, DAY) == [("Elnur Gasimov", "Kazakhstan", "2026-05-14", "Shymkent", "other")]
    bare = "Elnur Gasimov, head of the regional chamber of commerce, arrived in Shymkent on Thursday morning."
    assert proposed.visits(bare, DAY) == [("Elnur Gasimov", "Kazakhstan", "2026-05-14", "Shymkent", "other")]
    # an office of the host state: one at home, no visit
    home = "Elnur Gasimov, deputy governor of Kazakhstan's Turkestan region, arrived in Shymkent on Thursday morning."
    assert proposed.visits(home, DAY) == []


def test_co_chairs_whose_titles_hold_and():
    # plant: _co_chair_parts made to return _LIST_LINK.split(subject) in visits
    text = ("Uzbekistan and Turkmenistan signed six documents in Tashkent on Tuesday, at the session of the commission "
            "co-chaired by Uzbek Minister of Investment and Trade Bakhrom Salimov and Turkmen Minister of Trade and "
            "Foreign Economic Relations Ovez Annayev.")
    assert proposed.visits(text, DAY) == [("Ovez Annayev", "Uzbekistan", "2026-05-12", "Tashkent", "other")]
    assert proposed.documents(text, DAY) == ["6"]
    # both co-chairs of the host state: no one came
    home = ("Uzbekistan and Turkmenistan signed six documents in Tashkent on Tuesday, at the session of the "
            "commission co-chaired by Uzbek Minister of Investment and Trade Bakhrom Salimov and Uzbek Minister of "
            "Energy and Water Ovez Annayev.")
    assert proposed.visits(home, DAY) == []


def test_co_chaired_by_after_a_subject_with_no_comma():
    # plant: the (?!\s+by\b) lookahead dropped from visits._CO_CHAIRED
    text = ("Three documents were signed in Ashgabat on Monday at the commission co-chaired by Turkmen Deputy Prime "
            "Minister Batyr Amanov and Kazakh Minister of Energy Almas Satkaliyev.")
    assert proposed.visits(text, DAY) == [("Almas Satkaliyev", "Turkmenistan", "2026-05-11", "Ashgabat", "other")]
    # the subject that co-chaired himself is still the one who came
    chaired = "Kazakh Energy Minister Almas Satkaliyev co-chaired the commission in Ashgabat on Monday."
    assert proposed.visits(chaired, DAY) == [("Almas Satkaliyev", "Turkmenistan", "2026-05-11", "Ashgabat", "other")]
