"""Eightieth round, aghdam80b (docs/extraction.md: visits.py): a visit told as "his trip to X on <day>, when he and
<X's own leader> opened …", its visitor named only in the sentence before: the host's own leader named in the sentence
cannot be the "his", so the visitor is still the one named before (someone of another state named there may be, and
leaves the sentence with no visit, as before); and a speaker's candour in the future tense ("I will be honest with
you, it was … my working visit to Azerbaijan", Turkish "Açık konuşacağım, …", "Dürüst olacağım, …", Azerbaijani
"Açığını deyəcəyəm, …") is no visit to come: the type it says is the visit's, though "He will be frank" is still a
future. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 20)
LEAD = "Kazakh President Kassym-Jomart Tokayev spoke to reporters in Astana on Tuesday. "
TRIP = "It came a month after his trip to Azerbaijan on October 14, when he and {} opened a plant in Shusha."


# plant: visits._only_the_trip_s_hosts returns False
def test_his_trip_with_the_host_s_leader_named_is_the_visit_of_the_one_told_before():
    text = LEAD + TRIP.format("President Ilham Aliyev")
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2025-10-14", "Shusha", "other")]
    # the near forms: someone of another state named may be the "his"; a region after "to" names no host
    assert proposed.visits(LEAD + TRIP.format("President Shavkat Mirziyoyev"), DAY) == []
    region = LEAD + "It came a month after his trip to the Caucasus on October 14, when he and President Ilham " \
                    "Aliyev opened a plant in Shusha."
    assert proposed.visits(region, DAY) == []


# plant: visits._SPEAKER_S_CANDOUR's match spans not taken out of the future in _future_beyond_lasting
def test_a_speaker_s_candour_is_no_future_of_the_visit_s_type():
    told = "Kazakh President Kassym-Jomart Tokayev visited Baku on October 14. "
    en = told + "{} it was the best day of my working visit to Azerbaijan, Tokayev told reporters."
    for candour in ("I will be honest with you,", "I will be frank:"):
        assert [v[4] for v in proposed.visits(en.format(candour), DAY)] == ["working"], candour
    tr = ("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev 14 Ekim'de Bakü'ye geldi. Tokayev, \"{} Azerbaycan'a "
          "çalışma ziyaretimin en güzel günüydü\" dedi.")
    for candour in ("Açık konuşacağım,", "Dürüst olacağım,"):
        assert [v[4] for v in proposed.visits(tr.format(candour), DAY)] == ["working"], candour
    az = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev oktyabrın 14-də Bakıya gəlib. Tokayev deyib: \"Açığını "
          "deyəcəyəm, Azərbaycana işgüzar səfərimin ən gözəl günü idi\".")
    assert [v[4] for v in proposed.visits(az, DAY)] == ["working"]
    # the near form: another's future is still one ("He will be frank, …" may tell a visit to come)
    assert [v[4] for v in proposed.visits(en.format("He will be frank,"), DAY)] == ["other"]
