"""Seventy-second round, events72 (docs/extraction.md: visits.py): the forms behind the dev/1150 and dev/1154 misses,
told in short invented sentences. An English arrival told with its day and no place ("X flew in on Friday afternoon
and …", "Y arrived late on Friday evening.", "Z landed on Saturday morning, only hours before …") under a newsroom's
dateline in capitals with a hyphenated name ("CHOLPON-ATA – …") is a visit to the dateline's city, whatever place an
aside names (1150), but not when told in a relative clause ("X, who also arrived on Nov 12, said …"); the subject of
"was the first to arrive, landing at <unknown> airport on Thursday" is the visitor (1150); "The trip, …, had the status
of an official visit" types the trip told before it and no other guest's (1150); a second guest of the arrival's
sentence, "…, and Türkiye was represented by Minister Y, who arrived the same day", arrived on its day (1150). A
Turkish meeting of three states told held with no visit word ("… bakanlarının üçlü toplantısı … yapıldı") is a summit
the arrivals told next came for, reaching "the city" ("bu sabah şehre ulaştı") is arriving there, and a named
document in its case after the apostrophe ("… Ortak Bildirisi'ni imzaladı", the sentence opening on the meeting's
end) is one document (1154). Each test was seen failing once on a planted bug (then reverted); the plant is named in
its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 15)  # a Monday

FESTIVAL = """Leaders at the festival

ASHGABAT – The horse festival opened on Sunday with a parade.

"""


# plant: the _EN_ARRIVED_UNPLACED alternative dropped from _VISIT
def test_an_arrival_with_its_day_and_no_place_is_at_the_dateline_s_city():
    text = FESTIVAL + ("Kyrgyz President Sadyr Japarov flew in on Saturday afternoon and met his host at the palace. "
                       "Hungarian Prime Minister Viktor Orbán arrived late on Saturday evening.")
    assert proposed.visits(text, DAY) == [
        ("Sadyr Japarov", "Turkmenistan", "2026-06-13", "Ashgabat", "other"),
        ("Viktor Orbán", "Turkmenistan", "2026-06-13", "Ashgabat", "other")]
    other = FESTIVAL + "Azerbaijani President Ilham Aliyev landed on Sunday morning, only hours before the parade."
    assert proposed.visits(other, DAY) == [("Ilham Aliyev", "Turkmenistan", "2026-06-14", "Ashgabat", "other")]


# plant: _unplaced_arrival_s_dateline returning None (the place the aside names kept)
def test_a_place_in_an_aside_is_not_the_unplaced_arrival_s():
    text = FESTIVAL + ("Hungarian Prime Minister Viktor Orbán, who watched the last festival in Baku, arrived late on "
                       "Saturday evening.")
    assert proposed.visits(text, DAY) == [("Viktor Orbán", "Turkmenistan", "2026-06-13", "Ashgabat", "other")]
    other = FESTIVAL + ("Kyrgyz President Sadyr Japarov landed on Saturday morning, and Kazakhstan was represented by "
                        "its ambassador.")
    assert proposed.visits(other, DAY) == [("Sadyr Japarov", "Turkmenistan", "2026-06-13", "Ashgabat", "other")]


# plant: the "who"/"also"/"had" lookbehinds dropped from _EN_ARRIVED_UNPLACED
def test_an_unplaced_arrival_in_a_relative_clause_is_not_at_the_dateline():
    text = FESTIVAL + "Azerbaijani President Ilham Aliyev, who also arrived on Sunday, spoke about transport."
    assert proposed.visits(text, DAY) == []
    other = FESTIVAL + "Kyrgyz President Sadyr Japarov, who had arrived on Saturday, spoke about horses."
    assert proposed.visits(other, DAY) == []


# plant: the hyphenated name dropped from _BARE_DATELINE
def test_a_hyphenated_dateline_in_capitals():
    text = ("Guests\n\nCHOLPON-ATA – The games opened on Sunday.\n\n"
            "Azerbaijani President Ilham Aliyev arrived late on Saturday evening.")
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Kyrgyzstan", "2026-06-13", "Cholpon-Ata", "other")]
    other = ("Guests\n\nCHOLPON-ATA – The games opened on Sunday.\n\n"
             "Turkish President Recep Tayyip Erdoğan flew in on Sunday morning with his wife.")
    assert proposed.visits(other, DAY) == [
        ("Recep Tayyip Erdoğan", "Kyrgyzstan", "2026-06-14", "Cholpon-Ata", "other")]


# plant: "arrive" dropped from _VISITOR_CUES's "the first … to" (group f)
def test_the_first_to_arrive_landing_at_an_unknown_airport():
    text = FESTIVAL + "Azerbaijani President Ilham Aliyev was the first to arrive, landing at Mary airport on Saturday."
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Turkmenistan", "2026-06-13", "Ashgabat", "other")]
    other = FESTIVAL + ("Kyrgyz President Sadyr Japarov was the first guest to arrive, landing at Balkan airport on "
                        "Friday.")
    assert proposed.visits(other, DAY) == [("Sadyr Japarov", "Turkmenistan", "2026-06-12", "Ashgabat", "other")]


# plant: the _EN_TRIP_HAD_THE_STATUS alternative dropped from _OPENS_ON_THE_TYPED_VISIT (the type for every guest)
def test_the_trip_had_the_status_of_a_typed_visit_is_the_trip_told_before():
    text = ("Kyrgyz President Sadyr Japarov arrived in Ashgabat on Friday. The trip, the Turkmen foreign ministry "
            "said, had the status of an official visit. Hungarian Prime Minister Viktor Orbán arrived in Ashgabat on "
            "Saturday.")
    assert proposed.visits(text, DAY) == [
        ("Sadyr Japarov", "Turkmenistan", "2026-06-12", "Ashgabat", "official"),
        ("Viktor Orbán", "Turkmenistan", "2026-06-13", "Ashgabat", "other")]
    other = ("Kyrgyz President Sadyr Japarov arrived in Ashgabat on Friday. The visit, the Turkmen side said, has "
             "the status of a state visit. Hungarian Prime Minister Viktor Orbán arrived in Ashgabat on Saturday.")
    assert proposed.visits(other, DAY) == [
        ("Sadyr Japarov", "Turkmenistan", "2026-06-12", "Ashgabat", "state"),
        ("Viktor Orbán", "Turkmenistan", "2026-06-13", "Ashgabat", "other")]


TRILATERAL = ("Üç bakan Semerkant'ta\n\n"
              "Türkiye, Azerbaycan ve Özbekistan ticaret bakanlarının üçlü toplantısı Özbekistan'ın Semerkant kentinde "
              "yapıldı. Toplantının sonunda bakanlar Semerkant Ortak Bildirisi'ni imzaladı. Ticaret Bakanı Ömer Bolat "
              "dün akşam Semerkant'a geldi. ")


# plant: untimed_at not set for the "üçlü" sentence with no visit word (find_visits)
def test_a_three_states_meeting_told_held_is_a_summit_its_arrivals_came_for():
    text = TRILATERAL + "Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov ise bu sabah şehre ulaştı."
    assert proposed.visits(text, DAY) == [
        ("Ömer Bolat", "Uzbekistan", "2026-06-14", "Samarkand", "summit"),
        ("Mikayıl Cabbarov", "Uzbekistan", "2026-06-15", "Samarkand", "summit")]
    other = TRILATERAL.replace("yapıldı", "düzenlendi") + "Cabbarov ise bu sabah kente ulaştı."
    assert [v[4] for v in proposed.visits(other, DAY)][:1] == ["summit"]


# plant: the "şehre|kente ulaştı" alternative dropped from _LOCAL_VISIT
def test_reaching_the_city_is_arriving_there():
    text = TRILATERAL + "Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov ise bu sabah şehre ulaştı."
    assert ("Mikayıl Cabbarov", "Uzbekistan", "2026-06-15", "Samarkand", "summit") in proposed.visits(text, DAY)
    other = TRILATERAL + "Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov ise bu sabah kente ulaştı."
    assert ("Mikayıl Cabbarov", "Uzbekistan", "2026-06-15", "Samarkand", "summit") in proposed.visits(other, DAY)


# plant: the case ending after the apostrophe dropped from _TA_ONE_DOCUMENT
def test_a_named_document_in_its_case_after_the_apostrophe_is_one():
    text = TRILATERAL + "Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov ise bu sabah şehre ulaştı."
    assert proposed.documents(text, DAY) == ["1", "1"]
    other = ("Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov dün Ankara'ya geldi. Görüşmenin sonunda taraflar Ankara "
             "Eylem Planı'nı imzaladı.")
    assert proposed.documents(other, DAY) == ["1"]


# plant: _who_arrived_the_same_day returning no one
def test_a_second_guest_who_arrived_the_same_day():
    text = FESTIVAL + ("Kyrgyz President Sadyr Japarov landed on Saturday morning, and Azerbaijan was represented by "
                       "President Ilham Aliyev, who arrived the same day with his delegation.")
    assert proposed.visits(text, DAY) == [
        ("Sadyr Japarov", "Turkmenistan", "2026-06-13", "Ashgabat", "other"),
        ("Ilham Aliyev", "Turkmenistan", "2026-06-13", "Ashgabat", "other")]
    other = ("Kyrgyz President Sadyr Japarov arrived in Ashgabat on Friday; Turkish President Recep Tayyip Erdoğan, "
             "who also landed the same day, joined him at the dinner.")
    assert ("Recep Tayyip Erdoğan", "Turkmenistan", "2026-06-12", "Ashgabat", "other") in proposed.visits(other, DAY)
