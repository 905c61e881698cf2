"""Eightieth round, own (docs/extraction.md: visits.py): round 80's chrono80 taught the visit rules a chronology's
historical present ("25 October 2017 – X pays a state visit to Türkiye", "Y arrives in Tashkent"). The same present
with a weekday, "tomorrow" or "next week" after it is news of a visit still to come ("Erdoğan arrives in Baku on
Monday for talks", printed the Saturday before), which the weekday rule would date to the Monday past; such a sentence
gives no visit unless it also tells one done. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

import pytest

from tests.ingest import proposed

SATURDAY = date(2026, 5, 9)


# plant: visits._present_to_come always False (the Saturday's news dated to the Monday before, or to the Friday its
# announcement was made; with "tomorrow" or "next week" and a date, to that date a year before): every case fails.
# plant: "tomorrow|next\s+(?:week|month)" taken out of visits._PRESENT_TO_COME's lookahead: the two cases whose only day
# is the announcement's Friday, told more than 80 characters after the verb, fail (round 84, g: they replace two cases
# with no day at all, which gave no visit with the rule off too)
@pytest.mark.parametrize("sentence", [
    "President Recep Tayyip Erdoğan arrives in Baku on Monday for talks with President Ilham Aliyev, his office said.",
    "President Recep Tayyip Erdoğan pays a state visit to Azerbaijan on Monday, his office said.",
    "President Recep Tayyip Erdoğan arrives in Baku tomorrow for talks with President Ilham Aliyev, the Turkish "
    "presidency's communications office said in a statement on Friday.",
    "Kazakh President Kassym-Jomart Tokayev travels to Tashkent next week for talks with Shavkat Mirziyoyev, the "
    "Akorda press service said in a statement on Friday.",
    "Kazakh President Kassym-Jomart Tokayev travels to Tashkent next week, on 14 May, for talks with Shavkat "
    "Mirziyoyev.",
    "President Recep Tayyip Erdoğan arrives in Baku tomorrow, 10 May, for talks with President Ilham Aliyev.",
])
def test_a_visit_to_come_told_in_the_present_gives_no_visit(sentence):
    assert proposed.visits("Erdoğan to Baku\n\n" + sentence, SATURDAY) == []


# plant: the day with no year not asked in visits._present_to_come ("on 11 May", printed on 9 May, then dated to
# 11 May a year before, the latest such day by the article's date); a day with its year is still a visit
@pytest.mark.parametrize("sentence", [
    "President Recep Tayyip Erdoğan arrives in Baku on 11 May for talks with President Ilham Aliyev.",
    "President Recep Tayyip Erdoğan pays a state visit to Azerbaijan on May 11, his office said.",
])
def test_a_visit_to_come_on_a_day_with_no_year_gives_no_visit(sentence):
    assert proposed.visits("Erdoğan to Baku\n\n" + sentence, SATURDAY) == []
    dated = sentence.replace("11 May", "11 May 2017").replace("May 11", "May 11, 2017")
    assert [v[2] for v in proposed.visits("Ties\n\n" + dated, SATURDAY)] == ["2017-05-11"]


# plant: visits._TOLD_AS_DONE not asked (a visit told as done beside one to come dropped with it)
def test_a_visit_told_as_done_beside_the_present_is_kept():
    text = ("Erdoğan in Baku\n\nPresident Recep Tayyip Erdoğan arrived in Baku on Thursday and attends the "
            "summit on Monday.")
    assert [v[:2] for v in proposed.visits(text, SATURDAY)] == [("Recep Tayyip Erdoğan", "Azerbaijan")]


# plant: visits._PRESENT_TO_COME without its lookahead (every present verb a visit to come) — the near form: a
# chronology's present with its own date is a visit
def test_a_chronology_line_in_the_present_is_still_a_visit():
    text = ("Ties at 34\n\nChronology\n\n25 October 2017 – Shavkat Mirziyoyev pays a state visit to Türkiye; 25 "
            "documents are signed in Ankara.")
    assert [(v[0], v[1], v[2]) for v in proposed.visits(text, SATURDAY)] == [
        ("Shavkat Mirziyoyev", "Türkiye", "2017-10-25")]
