"""Forty-sixth round, visits-old (docs/extraction.md: visits.py, places.py): the forms behind the older dev misses
dev/731, 758, 762, 767 and 782 (interviews telling a trip, a Turkish meeting with the guest as subject, a mayor's
delegation coming to "the island"), and the failures the probes found, told in short invented sentences. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 18)  # a Tuesday


def test_a_trip_told_recently_made_then_dated_by_he_arrived():
    # plant: "recently\s+" dropped from the "was in" alternative of visits._VISIT
    text = ("Foreign Minister Yermek Kosherbayev was recently in Türkiye. It was his first trip there as minister. He "
            "arrived in Ankara on 14 October and held talks with his counterpart.")
    assert proposed.visits(text, DAY) == [("Yermek Kosherbayev", "Türkiye", "2025-10-14", "Ankara", "other")]
    # told with no day, no visit
    assert proposed.visits("Foreign Minister Yermek Kosherbayev was recently in Türkiye.", DAY) == []


def test_an_answer_label_before_he_arrived():
    # plant: visits._QA_LABEL matching nothing (r"^[A-Z]:\s+" -> r"^[A-Z]::\s+")
    text = ("Q: Uzbek Foreign Minister Bakhtiyor Saidov was recently in Hungary. What came of it?\n\n"
            "A: He arrived in Budapest on 3 November and met his counterpart.")
    assert proposed.visits(text, DAY) == [("Bakhtiyor Saidov", "Hungary", "2025-11-03", "Budapest", "other")]


def test_the_trip_of_someone_to_a_city_on_a_day():
    # plant: "trip of" dropped from the cues of visits._cue_start
    text = ("The most useful one was the trip of our Minister of Agriculture, István Nagy, to Shymkent on 3 April. "
            "He spent two days there, and three memoranda were signed.")
    assert proposed.visits(text, DAY) == [("István Nagy", "Kazakhstan", "2025-04-03", "Shymkent", "other")]
    assert proposed.documents(text, DAY) == ["3"]
    # no one named: no visit
    assert proposed.visits("The trip of a lifetime to Baku on 12 September was cancelled.", DAY) == []


def test_he_of_the_subject_opening_the_sentence_before():
    # plant: visits._pronoun_of_the_subject_before returning None
    text = ("Ali Kaya heads the Turkish–Kazakh Business Council. On Monday he led a delegation of twenty companies to "
            "Almaty.")
    assert proposed.visits(text, DAY) == [("Ali Kaya", "Kazakhstan", "2025-11-17", "Almaty", "other")]
    # two named before: whose "he" is, is not told
    two = "Ali Kaya met Ilham Aliyev in Baku. On Monday he arrived in Astana."
    assert proposed.visits(two, DAY) == []
    # the name not the subject opening the sentence before
    passive = "The council is chaired by Ali Kaya. On Monday he arrived in Almaty."
    assert proposed.visits(passive, DAY) == []


def test_turkish_talks_with_the_guest_as_subject():
    # plant: visits._TR_SUBJECT_MET matching nothing ("ile" -> "ilee")
    text = ("LEFKOŞA – Ekonomi ve Enerji Bakanı Olgun Amcaoğlu, 11 Kasım'da Ankara'da Türkiye Ticaret Bakanı "
            "Ömer Bolat ile bir araya gelmiş, görüşmede iki protokol imzalanmıştı.")
    assert proposed.visits(text, DAY) == [("Olgun Amcaoğlu", "Türkiye", "2025-11-11", "Ankara", "other")]
    assert proposed.documents(text, DAY) == ["2"]
    # the guest's state from his title, no dateline
    titled = ("Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov, 10 Kasım'da Ankara'da Türkiye Ticaret Bakanı Ömer Bolat ile "
              "görüştü.")
    assert proposed.visits(titled, DAY) == [("Mikayıl Cabbarov", "Türkiye", "2025-11-10", "Ankara", "other")]
    # the host at home, the other party's state not told, a call: none
    home = ("ANKARA – Ticaret Bakanı Ömer Bolat, dün Ankara'da Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov "
            "ile görüştü.")
    untold = "LEFKOŞA – Ekonomi Bakanı Olgun Amcaoğlu, 11 Kasım'da Ankara'da Ömer Bolat ile görüştü."
    call = ("LEFKOŞA – Ekonomi Bakanı Olgun Amcaoğlu, 11 Kasım'da telefonda Türkiye Ticaret Bakanı Ömer Bolat ile "
            "görüştü.")
    assert [proposed.visits(t, DAY) for t in (home, untold, call)] == [[], [], []]


def test_bir_araya_geldi_alone_is_talks_not_coming_to_the_dateline():
    # plant: the round 46 "araya gel" branch of visits.find_visits skipped ("araya gel" -> "araya gelx")
    text = ("LEFKOŞA – Ekonomi ve Enerji Bakanı Olgun Amcaoğlu, 11 Kasım'da Ankara'da Türkiye Ticaret Bakanı "
            "Ömer Bolat ile bir araya geldi.")
    assert proposed.visits(text, DAY) == [("Olgun Amcaoğlu", "Türkiye", "2025-11-11", "Ankara", "other")]


def test_a_delegation_coming_to_the_island_is_in_northern_cyprus():
    # plant: visits._the_island returning None
    text = ("Mersin Büyükşehir Belediye Başkanı Vahap Seçer başkanlığındaki heyet, Gazimağusa ile Mersin arasında "
            "kardeş şehir protokolü imzaladı. Pazartesi günü adaya gelen heyette Mersin Ticaret Odası yöneticileri "
            "de yer aldı.")
    assert proposed.visits(text, DAY) == [("Vahap Seçer", "Northern Cyprus", "2025-11-17", "Famagusta", "other")]
    # no Turkish Cypriot place named: the island is no state
    assert proposed.visits("Heyet, pazartesi günü adaya geldi. Heyet Yunanistan'da da temaslarda bulundu.", DAY) == []


def test_famagusta_is_a_turkish_cypriot_city():
    # plant: "Gazimağusa" dropped from places.CITY_SPELLINGS
    text = "İzmir Büyükşehir Belediye Başkanı Cemil Tugay başkanlığındaki heyet, pazartesi günü Gazimağusa'ya geldi."
    assert proposed.visits(text, DAY) == [("Cemil Tugay", "Northern Cyprus", "2025-11-17", "Famagusta", "other")]


def test_separate_documents_and_documents_between_others_too():
    # plant: the "arasında\s+d[aeə]" alternative dropped from visits._TOLD_AS_MORE
    come = "İzmir Büyükşehir Belediye Başkanı Cemil Tugay başkanlığındaki heyet, pazartesi günü Gazimağusa'ya geldi. "
    separate = come + "İki başkan üç ayrı iş birliği protokolüne imza attı."
    too = come + ("İki başkan üç iş birliği protokolü imzaladı. Ziyaret kapsamında iki oda arasında da bir mutabakat "
                  "zaptı imzalandı.")
    between = come + ("İki başkan üç iş birliği protokolü imzaladı. Törende iki belediye arasında bir mutabakat "
                      "zaptı imzalandı.")
    assert [proposed.documents(t, DAY) for t in (separate, too, between)] == [["3"], ["4"], ["3"]]


def test_separate_as_a_qualifier_of_the_documents_counted():
    # plant: "ayrı\s+(?:iş\s+birliği|işbirliği|ticari)|ayrı|" dropped from visits._TA_QUALIFIERS
    text = ("İzmir Büyükşehir Belediye Başkanı Cemil Tugay başkanlığındaki heyet, pazartesi günü Gazimağusa'ya geldi. "
            "İki başkan dört ayrı protokol imzaladı.")
    assert proposed.documents(text, DAY) == ["4"]


def test_a_city_in_a_newspapers_name_is_no_place_of_the_visit():
    # plant: places._PUBLICATION_AFTER matching nothing ("(?:Gazette|Times|…)" -> "(?:Gazettx)")
    text = ("By Famagusta Gazette Staff | 17 November 2025\n\nTurkish Vice President Cevdet Yılmaz arrived in the "
            "north of Cyprus on Monday for talks with the Turkish Cypriot leader.")
    assert proposed.visits(text, DAY) == [("Cevdet Yılmaz", "Northern Cyprus", "2025-11-17", "", "other")]
