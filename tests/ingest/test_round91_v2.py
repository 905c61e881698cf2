"""Ninety-first round, v2 (docs/extraction.md: visits.py, a trip told by its relative participle): a Turkish minister's
trip told as "için dün gittiği <Country>'daki temaslarını … anlattı" (his contacts in the country he went to yesterday
for the meeting) is a visit of that day, as "için dün <Country>'ya gitti" is; the city is the one the next sentence has
him reach ("<City>'ya ulaşan X"). The participle with no purpose told by "için"/"üzere" before it ("dün gittiği
Bakü'deki"), or of the place he came from ("gittiği Bakü'den döndü"), stays unread. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 8)

TRIP = ("Enerji Bakanı Alparslan Bayraktar, Hükümetlerarası Komisyon toplantısı için dün gittiği Kazakistan'daki "
        "görüşmelerini sosyal medyadan anlattı.\n\n"
        "Başkent Astana'ya akşam saatlerinde ulaşan Bayraktar, ziyaretin amacını anlattı.")


# plant: the "(?<=\biçin\sdün\s)" lookbehind dropped from visits._LOCAL_VISIT's round-91 alternative (the day between
# the purpose and the participle: no visit was read)
def test_a_trip_told_by_went_for_with_the_day_between_is_a_visit():
    assert proposed.visits(TRIP, DAY) == [("Alparslan Bayraktar", "Kazakhstan", "2026-10-07", "Astana", "other")]


# plant: "(?:ki)?" dropped from the round-91 alternative's lookahead (the locative made an adjective, "Kazakistan'daki",
# was no place: no visit was read)
def test_the_locative_made_an_adjective_is_the_place_gone_to():
    text = ("Enerji Bakanı Alparslan Bayraktar, forum için dün gittiği Kazakistan'daki temaslarını tamamladı.")
    assert proposed.visits(text, DAY) == [("Alparslan Bayraktar", "Kazakhstan", "2026-10-07", "", "other")]


# the near form: no purpose before the participle ("dün gittiği Bakü'deki"), or the place told as the one he came back
# from ("için dün gittiği Bakü'den döndü"), is no visit read by this form (plant: the lookbehinds of the round-91
# alternative replaced by (?<=\bdün\s), for the first; the lookahead's [dt][ae] widened to [dt][ae]n?, for the second)
def test_no_purpose_or_the_place_come_back_from_stays_unread():
    assert proposed.visits("Enerji Bakanı Alparslan Bayraktar, dün gittiği Bakü'deki görüşmelerini anlattı.", DAY) == []
    assert proposed.visits("Enerji Bakanı Alparslan Bayraktar, forum için dün gittiği Bakü'den döndü.", DAY) == []
