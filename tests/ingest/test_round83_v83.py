"""Eighty-third round, v83 (docs/extraction.md: visits.py): two ways a visit story tells its visitor that the visit
rules read wrong. A surname alone as the subject of "paid a working visit to …", the full name and title told before
("Tajik Minister of Energy X Y spoke …" … "Y paid a working visit to …"): the words before "visit" cut down to the
surname, the one named in full before (no visit when nobody of that surname was named). And an arrival in a city, then
a reception the next day told with no place ("X arrived in … yesterday evening." "Today X was received by …"): one
visit from the arrival to the reception's day, not two (another guest received stays his own visit). The totals of a
visit's documents told in a sentence of their own ("In all, 12 documents were signed.", "Всего подписано пять
документов", "Toplam beş belge imzalandı", "Ümumilikdə beş sənəd imzalanıb") were read already; a test keeps them.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

import pytest

from tests.ingest import proposed

DAY = date(2026, 5, 20)
TITLED = "Tajik Minister of Energy Rustam Nazarzoda spoke at an investment forum in Dushanbe on 12 May.\n\n"


# plant: visits._EN_SURNAME_PAID_A without "paid" among its verbs
def test_the_surname_alone_paying_a_visit():
    text = TITLED + "Nazarzoda paid a working visit to Baku on 18 May and met the Minister of Energy of Azerbaijan."
    assert proposed.visits(text, DAY) == [("Rustam Nazarzoda", "Azerbaijan", "2026-05-18", "Baku", "working")]
    [record] = proposed.records("visits", text, DAY)
    assert record["visitor_country"] == "Tajikistan"


# plant: visits._EN_SURNAME_PAID_A searched in the subject, not matched to the whole of it
def test_a_surname_not_named_before_is_no_visitor():
    # the near form: nobody of that surname was named before, so no one is known to have come
    text = TITLED + "Rahimov paid a working visit to Baku on 18 May."
    assert proposed.visits(text, DAY) == []
    # nor is the one named before when the subject is someone else of his
    text = TITLED + "A cousin of Nazarzoda paid a private visit to Baku on 18 May."
    assert proposed.visits(text, DAY) == []


ARRIVED = "Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Astana yesterday evening.\n\n"


# plant: visits._arrived_before_the_reception returns None
def test_the_reception_the_day_after_the_arrival_is_the_same_visit():
    text = ARRIVED + "Today Jeenbek Kulubaev was received by President of Kazakhstan Kassym-Jomart Tokayev."
    assert proposed.visits(text, DAY) == [("Jeenbek Kulubaev", "Kazakhstan", "2026-05-19", "Astana", "other")]
    [record] = proposed.records("visits", text, DAY)
    assert record["end_date"] == "2026-05-20"


# plant: visits._arrived_before_the_reception compares the host alone, not the visitor's name
def test_another_guest_received_the_next_day_is_his_own_visit():
    text = ARRIVED + "Today Deputy Prime Minister of Uzbekistan Jamshid Khodjaev was received by President of " \
        "Kazakhstan Kassym-Jomart Tokayev."
    assert sorted(v[0] for v in proposed.visits(text, DAY)) == ["Jamshid Khodjaev", "Jeenbek Kulubaev"]


# plant: visits.find_visits with no local signing sentence (signed_local all False): the three local totals 0
@pytest.mark.parametrize("opening, total, count", [
    ("President of Kazakhstan Kassym-Jomart Tokayev paid an official visit to Baku on 18 May.",
     "In all, 12 documents were signed.", "12"),
    ("Президент Казахстана Касым-Жомарт Токаев 18 мая прибыл в Баку с официальным визитом.",
     "Всего подписано пять документов.", "5"),
    ("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev 18 Mayıs'ta resmi ziyaret için Bakü'ye geldi.",
     "Toplam beş belge imzalandı.", "5"),
    ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev mayın 18-də rəsmi səfərlə Bakıya gəlib.",
     "Ümumilikdə beş sənəd imzalanıb.", "5"),
])
def test_a_total_told_in_a_sentence_of_its_own(opening, total, count):
    text = f"{opening}\n{total}"
    assert proposed.documents(text, DAY) == [count]
