"""Eighty-ninth round, v1 (docs/extraction.md: visits.py, the documents of a visit told without a verb; a visit told
going on): an explainer's bare count answering its question about the signing ("What did they sign?" / "Nine
agreements.") is the visit's count, and so is a bare count the next sentence tells signed; a bare count under a
question about something else, followed by no signing, counts nothing. A leader's public schedule, its timed lines
("13:00 — Signing ceremony: 5 documents") before the report of the one visit, gives that visit its count. "The
official visit of President X to Azerbaijan continues on 4 March" is the visit going on, no new visit (a day after
the article's date, read back a year). Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 3)
_VISIT = ("Mirziyoyev in Baku: what you need to know\n\n"
          "Uzbek President Shavkat Mirziyoyev arrived in Baku on Monday for a state visit to Azerbaijan.\n\n")


# plant: in _bare_count_answer the question branch dropped (`if False and k and …endswith("?")`)
def test_a_bare_count_answering_the_question_about_the_signing():
    text = _VISIT + "What did they sign?\n\nNine agreements. A declaration on allied relations heads the list."
    assert proposed.visits(text, DAY) == [("Shavkat Mirziyoyev", "Azerbaijan", "2026-03-02", "Baku", "state")]
    assert proposed.documents(text, DAY) == ["9"]


# plant: in _bare_count_answer the next sentence's signing never read (`if True or k + 1 >= len(doc.sentences) …`)
def test_a_bare_count_the_next_sentence_tells_signed():
    text = _VISIT + "Nine agreements. The leaders signed a declaration on allied relations; ministers signed the rest."
    assert proposed.documents(text, DAY) == ["9"]


# the near forms: a bare count under a question about something else, no signing after it; or the signing after it
# still to come (plant: in _bare_count_answer `return m` right after the fullmatch, no question nor signing asked)
def test_a_bare_count_with_no_signing_question_nor_signing_after_counts_nothing():
    text = _VISIT + "What is on the table?\n\nNine agreements. The leaders discussed energy and transport."
    assert proposed.documents(text, DAY) == ["0"]
    text = _VISIT + "What is on the table?\n\nNine agreements. They are to be signed in the autumn."
    assert proposed.documents(text, DAY) != ["9"]


_SCHEDULE = ("Programme of the President of Azerbaijan, 3 March 2026\n\n"
             "Official visit of the President of Kyrgyzstan Sadyr Japarov. Zagulba residence, Baku.\n\n"
             "10:00 — Talks in a narrow format\n\n"
             "13:00 — Signing ceremony: 5 documents\n\n"
             "14:00 — Press statements\n\n"
             "* * *\n\n"
             "The President of Kyrgyzstan arrived in Baku on the evening of 2 March. "
             "The official visit of President Sadyr Japarov to Azerbaijan continues on 4 March.")


# plant: the call of _schedule_signing_count dropped (`if False and len(visits) == 1 …`)
def test_the_schedule_s_signing_ceremony_line_counts_the_visit_s_documents():
    assert proposed.documents(_SCHEDULE, DAY) == ["5"]
    # a schedule line with no count gives none (the timed lines a live blog's entries, no signing in the last: 0)
    assert proposed.documents(_SCHEDULE.replace("Signing ceremony: 5 documents", "Signing ceremony"), DAY) != ["5"]


# plant: _VISIT_CONTINUES back to the verb right after "visit" (the `(?:(?:of|to|by)\s+[^.;,]{1,80}?\s+)?` dropped)
def test_the_visit_of_x_to_y_continues_is_no_new_visit():
    assert proposed.visits(_SCHEDULE, DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-03-02", "Baku", "official")]
