"""Visit forms of the sixth held-out set (dev/66–77), each as a small invented text worded unlike the gold
articles.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from tests.ingest import proposed

_visits = proposed.visits
_documents = proposed.documents


_FRIDAY = date(2025, 3, 7)


def test_a_journey_may_name_its_day_between_the_verb_and_the_place():
    """Planted: visits._ARRIVAL_DAY made to match nothing ("(?!)")."""
    text = "Kazakh President Kassym-Jomart Tokayev flew on Wednesday to Tashkent for talks on water."
    assert _visits(text, _FRIDAY) == [("Kassym-Jomart Tokayev", "Uzbekistan", "2025-03-05", "Tashkent", "other")]
    text = "Uzbek President Shavkat Mirziyoyev arrived on Thursday evening in Ashgabat."
    assert _visits(text, _FRIDAY) == [("Shavkat Mirziyoyev", "Turkmenistan", "2025-03-06", "Ashgabat", "other")]


def test_the_place_right_after_the_journey_verb_is_the_destination():
    """Planted: visits._destination returning None (the first capital of the sentence, Ankara, was taken)."""
    text = ("ANKARA, March 5 (Agency) - Hungarian Prime Minister Viktor Orbán travelled on Wednesday to "
            "Turkey's Istanbul, where he opened a cultural centre, weeks after Ankara hosted Budapest's delegation.")
    assert _visits(text, _FRIDAY) == [("Viktor Orbán", "Türkiye", "2025-03-05", "Istanbul", "other")]


def test_was_in_a_capital_on_a_day_is_a_visit():
    """Planted: "was in"/"were in" left out of visits._VISIT_WORDS (the gate: the sentence was never read)."""
    text = ("Foreign Minister Jeyhun Bayramov was in Bishkek on March 4 to attend the joint commission. "
            "The sides signed six documents.")
    assert _visits(text, _FRIDAY) == [("Jeyhun Bayramov", "Kyrgyzstan", "2025-03-04", "Bishkek", "other")]
    assert _documents(text, _FRIDAY) == ["6"]
    assert _visits("Bayramov was in Baku on March 4.", _FRIDAY) == []  # at home
    assert _visits("Trade was in March 4 figures a record for Bishkek.", _FRIDAY) == []  # no one named


def test_a_dateline_heading_the_lead_gives_way_to_the_day_the_lead_tells():
    """Planted: the filter of _INLINE_DATELINE days in visits._days removed (the dateline's March 7 was taken)."""
    text = ("ASHGABAT, March 7, 2025, Agency -- Kyrgyz President Sadyr Japarov, who arrived in Ashgabat on "
            "Wednesday on an official visit, held talks with his Turkmen counterpart today.")
    assert _visits(text, _FRIDAY) == [("Sadyr Japarov", "Turkmenistan", "2025-03-05", "Ashgabat", "official")]


def test_documents_signed_after_an_aside_between_commas():
    """Planted: the aside branch of visits._DOCUMENTS removed."""
    text = ("Tajik President Emomali Rahmon arrived in Astana on Wednesday on a state visit. "
            "Twelve agreements, among them a deal on a joint fertiliser plant near the border with its "
            "investment schedule, were signed at the Akorda.")
    assert _documents(text, _FRIDAY) == ["12"]


_WEDNESDAY_VISIT = " arrived in Baku on Wednesday on a working visit."


def test_the_subject_of_a_visit_may_carry_an_aside_between_dashes():
    """Planted: visits._DASH_ASIDE not applied in visits._visitors (the aside's "Milli Majlis" run was read)."""
    text = ("Kyrgyz President Sadyr Japarov – who last week addressed the Jogorku Kenesh and the Milli Majlis "
            "delegation in Bishkek, a rare joint sitting –" + _WEDNESDAY_VISIT)
    assert _visits(text, _FRIDAY) == [("Sadyr Japarov", "Azerbaijan", "2025-03-05", "Baku", "working")]


def test_a_council_is_no_visitor():
    """Planted: "maslahaty" and "majlis" left out of people._BODY_WORDS."""
    assert _visits("The Halk Maslahaty delegation" + _WEDNESDAY_VISIT, _FRIDAY) == []
    assert _visits("The Oliy Majlis speakers" + _WEDNESDAY_VISIT, _FRIDAY) == []


def test_an_office_of_one_state_named_in_full_is_its_holder():
    """Planted: people._one_state_office returning None."""
    assert _visits("The Chairman of the Halk Maslahaty" + _WEDNESDAY_VISIT, _FRIDAY) == [
        ("Gurbanguly Berdimuhamedow", "Azerbaijan", "2025-03-05", "Baku", "working")]


def test_russian_flew_in_is_an_arrival():
    """Planted: "прилете(?:л|вш)" left out of visits._LOCAL_VISIT."""
    text = "Президент Кыргызстана Садыр Жапаров прилетел в Астану в среду вечером."
    assert _visits(text, _FRIDAY) == [("Sadyr Japarov", "Kazakhstan", "2025-03-05", "Astana", "other")]


def test_russian_head_of_state_told_by_the_adjective_after_the_noun():
    """Planted: people._RU_HEAD_OF_STATE not tried in Resolver._resolve."""
    text = "Глава казахстанского государства прибыл в Баку в среду."
    assert _visits(text, _FRIDAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2025-03-05", "Baku", "other")]


_SUMMIT_TUESDAY = "Turkic leaders met on Tuesday in Almaty for a summit of their organisation. "
_THURSDAY = date(2025, 10, 9)


def test_leaders_greeted_by_the_host_came_to_the_summit():
    """Planted: the "were greeted by" branch left out of visits._ATTEND."""
    text = _SUMMIT_TUESDAY + ("Azerbaijan's Ilham Aliyev and Uzbekistan's Shavkat Mirziyoyev were greeted by "
                              "Kazakh President Kassym-Jomart Tokayev at the airport.")
    assert _visits(text, _THURSDAY) == [("Ilham Aliyev", "Kazakhstan", "2025-10-07", "Almaty", "summit"),
                                        ("Shavkat Mirziyoyev", "Kazakhstan", "2025-10-07", "Almaty", "summit")]


def test_a_leader_who_flew_in_the_day_before_a_summit_starts_then():
    """Planted: the day in visits._attendees kept as the summit's (start not moved to the arrival)."""
    text = _SUMMIT_TUESDAY + "Hungarian Prime Minister Viktor Orbán flew in on Monday night for dinner with the host."
    assert _visits(text, _THURSDAY) == [("Viktor Orbán", "Kazakhstan", "2025-10-06", "Almaty", "summit")]
    # arrived somewhere else: no summit visit
    text = _SUMMIT_TUESDAY + "Hungarian Prime Minister Viktor Orbán arrived on Monday in Ankara."
    assert all(v[4] != "summit" for v in _visits(text, _THURSDAY))


def test_a_list_of_those_who_came_runs_on_over_sentences():
    """Planted: visits._attended returning the summit unchanged (the third sentence was out of reach)."""
    text = _SUMMIT_TUESDAY + ("Azerbaijan's Ilham Aliyev was greeted by Kazakh President Kassym-Jomart Tokayev. "
                              "Uzbek President Shavkat Mirziyoyev also attended. "
                              "Kyrgyz President Sadyr Japarov took part too.")
    assert [v[0] for v in _visits(text, _THURSDAY)] == ["Ilham Aliyev", "Shavkat Mirziyoyev", "Sadyr Japarov"]
