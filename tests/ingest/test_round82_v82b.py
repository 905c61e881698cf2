"""Eighty-second round, v82b (docs/extraction.md: visits.py): two ways a visitor is told that the visit rules did not
read. A guest of an interview or a podcast who describes his own trip, dated ("X describes his working visit to Y on
…"), by surname alone after the lead named him in full with his title: his visit, the signing told after it its own
(a trip recalled stays one of the past). And a Russian visit sentence telling its visitor by his full title and state
but no name ("… возглавил министр … Турции, прибывший в …"), the name first told right after under the same title, as
a photo caption gives it ("На фото: министр … Турции X Y выступает …"): that titled name. Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
GUEST = ("This week's guest is Kamila Yusupova, Uzbekistan's Minister of Tourism. The host asks her about hotels "
         "and flights.\n\n")


# plant: visits._RECALLED_OWN_TRIP's verb back to "recalled" alone
def test_a_guest_describing_her_own_dated_visit():
    text = GUEST + ("Yusupova describes her working visit to Azerbaijan on May 4-5, when she led a delegation of tour "
                    "operators to a tourism fair in Baku. Six agreements were signed at the fair.")
    assert proposed.visits(text, DAY) == [("Kamila Yusupova", "Azerbaijan", "2026-05-04", "Baku", "working")]
    assert proposed.documents(text, DAY) == ["6"]


# plant: visits._recalled_own_trip without its _surname_told_before fallback
def test_the_surname_alone_after_the_titled_lead():
    text = GUEST + "Yusupova describes her visit to Azerbaijan on May 4, when she opened a tourism fair in Baku."
    assert [v[:3] for v in proposed.visits(text, DAY)] == [("Kamila Yusupova", "Azerbaijan", "2026-05-04")]
    # the near form: a visit described as still to come, with no day, is none
    future = GUEST + "Yusupova describes her coming visit to Azerbaijan as a chance for the tour operators."
    assert proposed.visits(future, DAY) == []


CAPTIONED = ("Узбекско-азербайджанский форум в Ташкенте\n\nТашкент, 20 мая — УзА. В столице Узбекистана во вторник "
             "прошёл деловой форум. Азербайджанскую делегацию возглавил министр экономики Азербайджана, прибывший в "
             "Ташкент накануне с рабочим визитом.\n\n")


# plant: visits._ru_unnamed_title_named_after returns None (the day: the eve of Tuesday 19 May)
def test_a_title_without_a_name_named_in_the_caption_after():
    text = CAPTIONED + "На фото: министр экономики Азербайджана Эльчин Гасымов выступает на форуме."
    assert proposed.visits(text, DAY) == [("Elchin Gasymov", "Uzbekistan", "2026-05-18", "Tashkent", "working")]


# plant: visits._ru_unnamed_title_named_after finds "на фото" and searches any name after it (title not compared)
def test_another_office_named_in_the_caption_is_not_the_visitor():
    # the caption names another office of the same state: not the one the visit sentence tells
    text = CAPTIONED + "На фото: министр энергетики Азербайджана Эльчин Гасымов выступает на форуме."
    assert proposed.visits(text, DAY) == []
