"""Round 15 visit rules, on short invented sentences. Each test was seen failing once on the plant its docstring names."""
from datetime import date

from tests.ingest import proposed


def test_the_first_to_pay_a_visit_names_the_visitor():
    """Plant: the (f) group of _VISITOR_CUES not read as the visitor's phrase."""
    text = ("Recep Tayyip Erdogan became the first Turkish president to make a state visit to Turkmenistan, "
            "arriving in Ashgabat on Monday.")
    assert proposed.visits(text, date(2025, 5, 14)) == [
        ("Recep Tayyip Erdoğan", "Turkmenistan", "2025-05-12", "Ashgabat", "state")]


def test_the_first_to_visit_of_a_future_trip_is_no_visit_without_a_day():
    """Precision: the cue names a visitor but no day is told, so nothing is proposed."""
    text = "Ilham Aliyev was the first Azerbaijani leader to visit Bishkek after independence."
    assert proposed.visits(text, date(2025, 5, 14)) == []


def test_russian_total_of_documents():
    """Plant: _RU_TOTAL_DOCUMENTS not searched (the singular rule counts one document)."""
    text = ("Министр иностранных дел Азербайджана Джейхун Байрамов во вторник прибыл в Ташкент с рабочим визитом. "
            "Министры подписали меморандум о сотрудничестве и программу консультаций — всего три документа.")
    assert proposed.documents(text, date(2025, 3, 12)) == ["3"]


def test_visit_to_where_the_visitor_came_from_takes_that_clauses_day():
    """Plant: _came_from_days returning [] (the day of arrival elsewhere, Friday, is taken)."""
    text = ("Mirziyoyev arrived in Seoul on Friday from Baku, where he had held talks on Wednesday with "
            "Azerbaijani President Ilham Aliyev.")
    assert proposed.visits(text, date(2025, 12, 20)) == [
        ("Shavkat Mirziyoyev", "Azerbaijan", "2025-12-17", "Baku", "other")]


def test_destination_of_the_ties_keeps_the_arrival_day():
    """Precision: when the place gone to is one of the ties, the day of the clause of where he came from is not the
    visit's (the arrival's day stays)."""
    text = ("Mirziyoyev arrived in Baku on Friday from Brussels, where he had held talks on Wednesday.")
    assert proposed.visits(text, date(2025, 12, 20)) == [
        ("Shavkat Mirziyoyev", "Azerbaijan", "2025-12-19", "Baku", "other")]


def test_azerbaijani_spelling_of_a_holder_visiting():
    """Plant: the alias "Ceenbek Kulubayev" left out of officeholders.csv (the visitor is kept as written)."""
    text = "Qırğızıstanın xarici işlər naziri Ceenbek Kulubayev mayın 20-də rəsmi səfərlə Bakıya gəlib."
    assert proposed.visits(text, date(2024, 5, 21)) == [
        ("Jeenbek Kulubaev", "Azerbaijan", "2024-05-20", "Baku", "official")]
