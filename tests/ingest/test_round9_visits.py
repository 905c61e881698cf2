"""Visit forms of the eighth held-out set (dev/90–101), each as a small invented text worded unlike the gold
articles.

One behaviour per test. Each test was seen failing once on a planted bug (named in its docstring),
then the plant was reverted."""
from datetime import date

from dashboard.ingest import Article, propose


def _visits(text: str, day: date) -> list[tuple]:
    return [(p.record["visitor_name"], p.record["host_country"], p.record["start_date"], p.record["city"],
             p.record["visit_type"]) for p in propose(Article(text, day, outlet="x")) if p.table == "visits"]


def _documents(text: str, day: date) -> list[str]:
    return [p.record["documents_signed"] for p in propose(Article(text, day, outlet="x")) if p.table == "visits"]


_FRIDAY = date(2025, 3, 7)


def test_a_participle_of_the_visit_word_names_who_follows_it_not_the_subject():
    """Planted: find_visits not calling visits._participle_visitors (the host, named first, was given a
    visit to the guest's country)."""
    text = ("Martın 6-da Daşkənddə Özbəkistan Prezidenti Şavkat Mirziyoyevin və işgüzar səfərdə olan "
            "Azərbaycan Prezidenti İlham Əliyevin görüşü keçirilib.")
    assert _visits(text, _FRIDAY) == [("Ilham Aliyev", "Uzbekistan", "2025-03-06", "Tashkent", "working")]


def test_landing_is_an_arrival_and_one_right_after_a_summit_came_for_it():
    """Planted: "landed" removed from visits._VISIT (the landing proposed no visit)."""
    text = ("Leaders of the Turkic states held a summit in Bishkek on Thursday. "
            "Azerbaijani President Ilham Aliyev had landed in Bishkek late on Wednesday and was met by the "
            "Kyrgyz prime minister.")
    assert _visits(text, _FRIDAY) == [("Ilham Aliyev", "Kyrgyzstan", "2025-03-05", "Bishkek", "summit")]
