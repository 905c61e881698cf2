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
    assert proposed.documents(LEAD + "The sides discussed three protocols on gas transit.", DAY) == [""]


def test_a_package_counted_in_words_after_it_is_that_count():
    # plant: the count words dropped from visits._NUMBER_AFTER (digits only, as before)
    text = LEAD + "The countries agreed to build a power line, in a package of five documents signed during the visit."
    assert proposed.documents(text, DAY) == ["5"]
    assert proposed.documents(LEAD + "A package of 7 documents was signed.", DAY) == ["7"]


def test_no_other_document_after_one_named_is_one():
    # plant: the visit.documents = 1 line dropped from visits._en_documents_round37
    text = LEAD + "The ministers signed a programme of joint research for 2026-2028. No other documents were signed."
    assert proposed.documents(text, DAY) == ["1"]
    # none at all is still none
    assert proposed.documents(LEAD + "No documents were signed during the visit.", DAY) == ["0"]


def test_a_second_document_told_is_the_count_two():
    # plant: the _EN_ORDINAL_DOCUMENT_TOLD search dropped from visits._en_documents_round37 (made None)
    text = (LEAD + "The two ministries signed a memorandum on energy efficiency and agreed to form a task force. "
            "A second document, a timetable of joint seminars for 2026, was also adopted.")
    assert proposed.documents(text, DAY) == ["2"]
    # a second round of talks is no document
    talks = LEAD + "A second round of talks on the pipeline was also held."
    assert proposed.documents(talks, DAY) == [""]
