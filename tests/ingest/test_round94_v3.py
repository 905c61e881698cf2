"""Ninety-fourth round, v3 (docs/extraction.md: visits.py): a Turkish city's mayor titled by the city alone ("Bursa
Büyükşehir Belediye Başkanı X Y", "Bişkek Belediye Başkanı X Y") is of the city's state, as a province's vali is
(visits._tr_city_mayor_state); a long title and a three-word name the name pattern cuts in two runs are read as one, so
the name keeps its surname ("… Belediye Başkanı Mehmet Ali Kaya", visits._ta_runs_joined); and "bir de" (one … too)
before a document signed counts one, besides a document named before ("protokolün yanı sıra … bir de işbirliği
mutabakatı imzalandı": two) and after a count told before (one more: visits._TA_ONE_TOO). A mayor's title naming no
city of a known state gives no visitor's state, and a mayor in his own state makes no visit.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)  # a Thursday: "Salı günü" is 12 May
MAYOR = ("Bursa ile Oş kardeş şehir oldu\n\n"
         "Bursa Büyükşehir Belediye Başkanı Ahmet Kaya, Kırgızistan'ın güneyindeki Oş'ta kardeş şehir protokolüne "
         "imza attı. Protokolün yanı sıra iki belediye arasında spor alanında bir de işbirliği mutabakatı "
         "imzalandı.\n\n"
         "Başkan Kaya ve beraberindeki heyet, Salı günü Oş'a ulaştı.")


# plant: visits._tr_city_mayor_state returning "" (no visitor's state: no visit)
def test_a_turkish_city_s_mayor_is_of_turkiye():
    assert [v[:4] for v in proposed.visits(MAYOR, DAY)] == [("Ahmet Kaya", "Kyrgyzstan", "2026-05-12", "Osh")]
    assert [r["visitor_country"] for r in proposed.records("visits", MAYOR, DAY)] == ["Türkiye"]
    # the near form: a Kyrgyz city's mayor is Kyrgyzstan's, at home in a Kyrgyz city he makes no visit
    home = MAYOR.replace("Bursa Büyükşehir Belediye", "Bişkek Belediye")
    assert proposed.visits(home, DAY) == []
    # a capital's title is read by _title_states before this rule; a Kyrgyz city of none (Karakol) is read by
    # _tr_city_mayor_state alone (narrower reading planted: every city's mayor of Türkiye, `return "TUR" if m else ""`)
    home = MAYOR.replace("Bursa Büyükşehir Belediye", "Karakol Belediye")
    assert proposed.visits(home, DAY) == []


# the near form: a mayor's title whose word before it is no city names no state (plant: `m["city"]` read as "Bursa"
# in visits._tr_city_mayor_state: a visit)
def test_a_mayor_of_no_known_city_gives_no_state():
    unknown = MAYOR.replace("Bursa Büyükşehir Belediye", "Yeşilova Belediye")
    assert proposed.visits(unknown, DAY) == []


# plant: visits._ta_runs_joined never joining (each run as NAME_RUN cut it): the visitor "Mehmet Ali"
def test_a_long_title_and_a_three_word_name_keep_the_surname():
    three = MAYOR.replace("Ahmet Kaya,", "Mehmet Ali Kaya,")
    assert [v[0] for v in proposed.visits(three, DAY)] == ["Mehmet Ali Kaya"]


# plant: the "bir de" step `(?:(?<=\bbir\s)d[ae]\s+)?` taken out of visits._LOCAL_DOCUMENTS (one document)
def test_one_too_besides_a_document_named_before_is_two():
    assert proposed.documents(MAYOR, DAY) == ["2"]


# plant: the `_TA_ONE_TOO` condition taken out of visits._add_details (two: the one a part of the two told)
def test_one_too_after_a_count_told_is_one_more():
    text = ("Bursa Büyükşehir Belediye Başkanı Ahmet Kaya, Salı günü Oş'a ulaştı. Ziyarette iki anlaşma imzalandı. "
            "Görüşmenin ardından bir de işbirliği protokolü imzalandı.")
    assert proposed.documents(text, DAY) == ["3"]
    # the near form: a plain "bir" after the count told is a part of it
    part = text.replace("bir de işbirliği", "bir işbirliği")
    assert proposed.documents(part, DAY) == ["2"]
