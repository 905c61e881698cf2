"""Thirty-seventh round, visits A (docs/extraction.md: visits.py): the English documents counts behind the dev/547,
552, 558 and 565 misses, told in short invented sentences. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 16)  # a Saturday
LEAD = "Kazakh Energy Minister Almas Satkaliyev arrived in Baku on Tuesday for a working visit.\n\n"


def test_protocols_counted_are_the_documents_of_the_visit():
    # plant: "protocols|" dropped from visits._EN_COUNTED_OTHER_NOUNS
    assert proposed.documents(LEAD + "The two sides signed three protocols, on gas transit and on power trading.",
                              DAY) == ["3"]
    assert proposed.documents(LEAD + "Two protocols on grid links were signed at the ministry.", DAY) == ["2"]
    # protocols to come are none signed
    # round 71 (docs0): docs/annotating.md's convention
    assert proposed.documents(LEAD + "The sides discussed three protocols on gas transit.", DAY) == ["0"]


def test_a_package_counted_in_words_after_it_is_that_count():
    # plant: the count words dropped from visits._NUMBER_AFTER (digits only, as before)
    text = LEAD + "The countries agreed to build a power line, in a package of five documents signed during the visit."
    assert proposed.documents(text, DAY) == ["5"]
    assert proposed.documents(LEAD + "A package of 7 documents was signed.", DAY) == ["7"]


def test_no_other_document_after_one_named_is_one():
    # plant: the visit.documents = 1 line dropped from visits._en_documents_told_otherwise
    text = LEAD + "The ministers signed a programme of joint research for 2026-2028. No other documents were signed."
    assert proposed.documents(text, DAY) == ["1"]
    # none at all is still none
    assert proposed.documents(LEAD + "No documents were signed during the visit.", DAY) == ["0"]


def test_a_second_document_told_is_the_count_two():
    # plant: the _EN_ORDINAL_DOCUMENT_TOLD search dropped from visits._en_documents_told_otherwise (made None)
    text = (LEAD + "The two ministries signed a memorandum on energy efficiency and agreed to form a task force. "
            "A second document, a timetable of joint seminars for 2026, was also adopted.")
    assert proposed.documents(text, DAY) == ["2"]
    # a second round of talks is no document
    talks = LEAD + "A second round of talks on the pipeline was also held."
    assert proposed.documents(talks, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_the_name_before_a_titled_aside_and_who_arrived_is_the_visitor():
    # plant: the _titled_before_who_came call dropped from visits._visitors
    text = ("Ankara on Wednesday welcomed Kamchybek Tashiev uulu, the Chairman of the Security Council of the Kyrgyz "
            "Republic, who arrived in the Turkish capital on Tuesday for a two-day working visit.")
    got = proposed.visits(text, DAY)
    assert [(v[0], v[1], v[2]) for v in got] == [("Kamchybek Tashiev uulu", "Türkiye", "2026-05-12")]
    # a title aside before a clause of something else names no visitor
    talk = ("Ankara on Wednesday hosted a forum with Kamchybek Tashiev uulu, the Chairman of the Security Council of "
            "the Kyrgyz Republic, who spoke about border security on Tuesday.")
    assert proposed.visits(talk, DAY) == []


def test_two_counts_joined_by_and_are_summed():
    # plant: "total = first + second" made "total = first" in visits._en_counts_joined
    text = LEAD + "Three intergovernmental agreements and two memorandums were signed in the presence of the ministers."
    assert proposed.documents(text, DAY) == ["5"]
    # "and" joining other things keeps the one count
    other = LEAD + "Three agreements were signed and two projects were discussed."
    assert proposed.documents(other, DAY) == ["3"]


def test_one_named_and_a_count_after_it_is_the_count_and_one():
    # plant: _EN_ONE_AND_COUNT made to need "also signed" (never told) in visits
    text = LEAD + "The two ministers signed an action plan and three protocols on grid links."
    assert proposed.documents(text, DAY) == ["4"]
    # a count of something else after the one named: the one
    one = LEAD + "The two ministers signed a memorandum on grid links and agreed on two pilot projects."
    assert proposed.documents(one, DAY) == ["1"]


def test_some_with_its_number_after_is_that_number():
    # plant: "some" dropped from visits._COUNTED_LATER
    assert proposed.documents(LEAD + "Some 12 documents were signed during the visit.", DAY) == ["12"]
    assert proposed.documents(LEAD + "Some documents were signed during the visit.", DAY) == [""]
