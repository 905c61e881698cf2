"""Sixty-eighth round, turkpa68c (docs/extraction.md: visits.py, places.py): the forms behind dev/1100's arrivals,
told in short invented sentences. A live blog whose entries open with a day and a time on a line of their own ("14
aprel, 19:40"): an arrival its entry tells with no day of its own is of the stamp's day; the capital's airport named
after the visitor, before the arrival verb ("X Heydər Əliyev Beynəlxalq Aeroportuna gəlib"), is no part of his name;
and an arrival whose entry tells no signing signed nothing (0), whatever the background recalls as signed. Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 15)
LEAD = "Assambleyanın sessiyası bu gün Bakıda işə başlayıb. Agentlik hadisələri canlı izləyir.\n\n"
TAIL = ("\n\n15 aprel, 10:05\n\nSessiya açılıb.\n\n15 aprel, 10:40\n\nSöz sədrə verilib.\n\n"
        "Xatırladaq ki, təşkilat 2008-ci ildə imzalanmış saziş əsasında yaradılıb.")


def live(stamp: str, entry: str) -> str:
    return LEAD + stamp + "\n\n" + entry + TAIL


# plant: visits._live_entry_stamp_day not called (the arrival with no day of its own is dropped)
def test_an_arrival_in_a_live_entry_takes_its_stamps_day():
    text = live("14 aprel, 21:30", "Qazaxıstan Parlamenti Məclisinin sədri Yerlan Koşanov Bakıya gəlib.")
    assert proposed.visits(text, DAY) == [("Yerlan Koşanov", "Azerbaijan", "2026-04-14", "Baku", "other")]
    other = live("13 aprel, 18:05", "Türkiyə Böyük Millət Məclisinin sədri Numan Kurtulmuş axşam Bakıya gəlib.")
    assert proposed.visits(other, DAY) == [("Numan Kurtulmuş", "Azerbaijan", "2026-04-13", "Baku", "other")]


def test_an_arrival_with_no_day_outside_a_live_blog_stays_unproposed():
    text = "Qazaxıstan Parlamenti Məclisinin sədri Yerlan Koşanov Bakıya gəlib. Onu rəsmilər qarşılayıb."
    assert proposed.visits(text, DAY) == []


# plant: the airport cut dropped from visits._local_visitors
def test_the_capitals_airport_after_the_visitor_is_no_part_of_his_name():
    text = live("14 aprel, 21:30", "Qazaxıstan Parlamenti Məclisinin sədri Yerlan Koşanov Heydər Əliyev "
                                   "Beynəlxalq Aeroportuna gəlib.")
    assert proposed.visits(text, DAY) == [("Yerlan Koşanov", "Azerbaijan", "2026-04-14", "Baku", "other")]
    other = ("Türkiyə Böyük Millət Məclisinin sədri Numan Kurtulmuş aprelin 13-də Heydər Əliyev Beynəlxalq "
             "Aeroportuna gəlib.")
    assert proposed.visits(other, DAY) == [("Numan Kurtulmuş", "Azerbaijan", "2026-04-13", "Baku", "other")]


# plant: visits._live_entry_starts returns [] (the background's "imzalanmış saziş" leaves the count unknown)
def test_an_arrival_whose_live_entry_tells_no_signing_signed_nothing():
    text = live("14 aprel, 21:30", "Qazaxıstan Parlamenti Məclisinin sədri Yerlan Koşanov Bakıya gəlib.")
    assert proposed.documents(text, DAY) == ["0"]
    other = live("13 aprel, 18:05", "Türkiyə Böyük Millət Məclisinin sədri Numan Kurtulmuş axşam Bakıya gəlib.")
    assert proposed.documents(other, DAY) == ["0"]
