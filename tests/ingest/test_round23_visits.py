"""Twenty-third round, visits (docs/extraction.md: visits.py): the forms behind the dev/258–269 visit misses, told in
short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 14)


def test_no_document_signed_is_zero():
    # plant: the _no_document_signed branch dropped from visits._add_details
    text = ("President Sadyr Japarov arrived in Tashkent on Monday for an official visit. "
            "No documents were signed during the visit.")
    assert proposed.documents(text, DAY) == ["0"]
    # the future is no count: nothing told
    text = ("President Sadyr Japarov arrived in Tashkent on Monday for an official visit. "
            "No agreement will be signed during the visit.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_no_document_signed_turkish_and_russian():
    # plant: "imzalanma" gate in visits._no_document_signed made "imzalanmaz" (Turkish); and, alone, the Russian
    # "подписано не было" alternative dropped from visits._RU_NO_DOCUMENTS
    text = "Cumhurbaşkanı Sadır Caparov pazartesi günü resmi ziyaret için Taşkent'e geldi. Ziyarette hiçbir belge imzalanmadı."
    assert proposed.documents(text, DAY) == ["0"]
    text = ("Президент Садыр Жапаров в понедельник прибыл в Ташкент с официальным визитом. "
            "Никаких документов в ходе визита подписано не было.")
    assert proposed.documents(text, DAY) == ["0"]
    # a count told stays the count
    text = ("Президент Садыр Жапаров в понедельник прибыл в Ташкент с официальным визитом. "
            "В ходе визита подписано 5 документов.")
    assert proposed.documents(text, DAY) == ["5"]


def test_a_trip_that_ends_a_visit_is_its_last_stop():
    # plant: the _ended_with_last_stop call dropped from visits._destination (the city became Turkistan)
    day = date(2026, 5, 20)
    text = ("President Shavkat Mirziyoyev wrapped up a two-day state visit to Kazakhstan on Tuesday with a trip to "
            "the city of Turkistan, where he toured the mausoleum.")
    assert proposed.visits(text, day) == [("Shavkat Mirziyoyev", "Kazakhstan", "2026-05-18", "Astana", "state")]
    # a visit that begins with the trip began there
    text = "President Shavkat Mirziyoyev began a two-day state visit to Kazakhstan on Monday with a trip to Turkistan."
    assert proposed.visits(text, day) == [("Shavkat Mirziyoyev", "Kazakhstan", "2026-05-18", "Turkistan", "state")]
    # plant: _ENDED_VISIT (the "concluded a two-day visit" pattern) read for _VERB_OF_ENDING, as it was when both had
    # that name and the later definition won: a visit ended with no count of days
    text = "President Shavkat Mirziyoyev ended his state visit to Kazakhstan on Tuesday with a trip to Turkistan."
    assert proposed.visits(text, day)[0][3] == "Astana"


def test_a_shared_surname_after_a_participle_of_coming_is_the_one_named_in_full():
    # plant: the _participle_surname_told_before call dropped from visits (no visit proposed)
    day = date(2026, 3, 12)
    text = ("Türkmenistan Devlet Başkanı Serdar Berdimuhamedov, Kazakistan'a resmi ziyaret gerçekleştiriyor. "
            "Dün öğleden sonra Astana'ya gelen Berdimuhamedov, bugün Akorda'da resmi törenle karşılandı.")
    assert proposed.visits(text, day) == [("Serdar Berdimuhamedow", "Kazakhstan", "2026-03-11", "Astana", "official")]
    # the surname alone, no one named in full before: no visitor
    text = "Dün öğleden sonra Astana'ya gelen Berdimuhamedov, bugün Akorda'da resmi törenle karşılandı."
    assert proposed.visits(text, day) == []
