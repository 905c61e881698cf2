"""Visit forms of the fifth held-out set (dev/57, 61, 65) and the visit gaps docs/extraction.md listed
after it, each as a small invented text worded unlike the gold articles.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from dashboard.ingest import Article, propose
from dashboard.ingest.sentences import sentences


def _visits(text: str, day: date) -> list[tuple]:
    return [(p.record["visitor_name"], p.record["host_country"], p.record["start_date"], p.record["city"],
             p.record["visit_type"]) for p in propose(Article(text, day, outlet="x")) if p.table == "visits"]


def _documents(text: str, day: date) -> list[str]:
    return [p.record["documents_signed"] for p in propose(Article(text, day, outlet="x")) if p.table == "visits"]


def test_a_turkish_roman_ordinal_ends_no_sentence():
    """Planted: "[IVX]{3}" left out of sentences._NOT_AFTER."""
    text = ("Cumhurbaşkanı Recep Tayyip Erdoğan, XIV. Ekonomik Forum'a katılmak üzere salı günü Taşkent'e geldi. "
            "Forumda konuştu.")
    assert len(sentences(text)) == 2
    assert _visits(text, date(2025, 3, 6)) == [("Recep Tayyip Erdoğan", "Uzbekistan", "2025-03-04", "Tashkent", "other")]


def test_russian_autonomous_republic_named_by_the_city_adjective():
    """Planted: the ending "ую" left out of places' _CITY_ADJECTIVES forms."""
    text = "Президент Турции Реджеп Тайип Эрдоган в среду прибыл в Нахчыванскую Автономную Республику с официальным визитом."
    assert _visits(text, date(2025, 3, 6))[0][1:] == ("Azerbaijan", "2025-03-05", "Nakhchivan", "official")
    text = "Президент Казахстана Касым-Жомарт Токаев 5 марта прибыл в Нахичевань."
    assert _visits(text, date(2025, 3, 6)) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2025-03-05", "Nakhchivan", "other")]
