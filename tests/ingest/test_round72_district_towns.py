"""Round 72, district towns (docs/extraction.md: places.py): Karabakh's and East Zangezur's rebuilt district towns,
where guests are taken as to Lachin and Shusha, are cities of Azerbaijan in each language's spelling, so an arrival
there is a visit with its city (round 71's probes: "… arrived in Kalbajar on Friday" gave no visit). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)


# plant: "Kalbajar", "Jabrayil", "Zangilan", "Gubadli" dropped from places.CITIES["AZE"] (so too, apart: their
# spellings dropped from places.CITY_SPELLINGS)
def test_an_arrival_in_a_rebuilt_district_town_is_a_visit_there():
    english = ("President of Kazakhstan Kassym-Jomart Tokayev and President of the Republic of Uzbekistan Shavkat "
               "Mirziyoyev arrived in Kalbajar on Friday.")
    assert proposed.visits(english, DAY) == [
        ("Kassym-Jomart Tokayev", "Azerbaijan", "2026-05-15", "Kalbajar", "other"),
        ("Shavkat Mirziyoyev", "Azerbaijan", "2026-05-15", "Kalbajar", "other")]
    azerbaijani = "Özbəkistan Prezidenti Şavkat Mirziyoyev mayın 15-də Zəngilana gəlib."
    assert proposed.visits(azerbaijani, DAY) == [("Shavkat Mirziyoyev", "Azerbaijan", "2026-05-15", "Zangilan", "other")]
    russian = "Президент Кыргызстана Садыр Жапаров 15 мая прибыл в Джебраил."
    assert proposed.visits(russian, DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-05-15", "Jabrayil", "other")]
    turkish = "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev 15 Mayıs'ta Kubatlı'ya geldi."
    assert proposed.visits(turkish, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-05-15", "Gubadli", "other")]
