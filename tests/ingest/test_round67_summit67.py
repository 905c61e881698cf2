"""Sixty-seventh round, summit67 (docs/extraction.md: visits.py, quotes.py, when.py): the forms behind the dev/1090
misses, a summit told as a live blog, in short invented entries. A live blog (three or more time-stamped entries) whose
lead tells a summit and its city with no day covers the summit of its published day, and every entry's arrivals are that
summit's guests, however far from the lead (`visits._live_blog_lead_end`); an arrival "shortly before midnight" or
"last night" told the morning after is of the day before, "this morning" of the report's day (`when._PART_OF_DAY`); a
live blog's arrivals "X's plane has just touched down" and "X is here too" (`visits._ATTEND`); a minister who came
"together with" his own state's leader travels in that leader's delegation (`visits._without_own_companions`); and a
partial quote a live entry's sentence adds with "and said …" after one the entry's subject was given is his too
(`quotes._adds_to_the_quote_before`, read in `_live_entry_speakers`). Each test was seen failing once on a planted bug
(then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 8)  # a Thursday

GABALA = ("LIVE: Turkic leaders meet in Gabala\n\n"
          "This page follows the informal summit of the Turkic states in Gabala as it unfolds. President Ilham Aliyev "
          "hosts his counterparts in the mountain resort.\n\n"
          "07:50 – Early arrivals. Turkish President Recep Tayyip Erdoğan landed in Gabala late on Wednesday. "
          "Uzbek President Shavkat Mirziyoyev arrived shortly before midnight.\n\n"
          "08:30 – Kazakh President Kassym-Jomart Tokayev's plane has just touched down.\n\n"
          "09:10 – Kyrgyz President Sadyr Japarov is here too, arriving this morning together with Foreign Minister "
          "Jeenbek Kulubaev.\n\n"
          "10:00 – The leaders pose for the family photo.\n")
SAMARKAND = ("Samarkand summit: live updates\n\n"
             "Good morning from Samarkand, where the heads of the Central Asian states hold their consultative summit. "
             "Host Shavkat Mirziyoyev greets the guests at the congress hall.\n\n"
             "7.45 – Security is tight around the Registan.\n\n"
             "8.05 – Traffic in the old town has been stopped for the motorcades.\n\n"
             "8.40 – Tajik President Emomali Rahmon's plane touched down a few minutes ago.\n\n"
             "8.55 – Turkmen President Serdar Berdimuhamedow flew in last night and is staying at the Silk Road "
             "complex.\n\n"
             "9.15 – Kazakh President Kassym-Jomart Tokayev is also here, accompanied by his foreign minister Murat "
             "Nurtleu.\n\n"
             "10.00 – The plenary begins.\n")


# plant: visits._live_blog_lead_end returning None (so too, apart: the article summit's branch dropped from the
# arrivals' `_came_for` chain in find_visits; `live` dropped from _attended's `far`)
def test_a_live_blogs_lead_summit_is_of_its_day_and_its_entries_tell_the_guests():
    assert sorted(proposed.visits(GABALA, DAY)) == [
        ("Kassym-Jomart Tokayev", "Azerbaijan", "2026-10-08", "Gabala", "summit"),
        ("Recep Tayyip Erdoğan", "Azerbaijan", "2026-10-07", "Gabala", "summit"),
        ("Sadyr Japarov", "Azerbaijan", "2026-10-08", "Gabala", "summit"),
        ("Shavkat Mirziyoyev", "Azerbaijan", "2026-10-07", "Gabala", "summit")]
    assert sorted(proposed.visits(SAMARKAND, DAY)) == [
        ("Emomali Rahmon", "Uzbekistan", "2026-10-08", "Samarkand", "summit"),
        ("Kassym-Jomart Tokayev", "Uzbekistan", "2026-10-08", "Samarkand", "summit"),
        ("Serdar Berdimuhamedow", "Uzbekistan", "2026-10-07", "Samarkand", "summit")]


# plant: the "before midnight" and "last night" branches dropped from when._PART_OF_DAY
def test_an_arrival_before_midnight_or_last_night_is_of_the_day_before():
    starts = {visitor: start for visitor, _, start, *_ in proposed.visits(GABALA, DAY)}
    assert starts["Shavkat Mirziyoyev"] == "2026-10-07"
    starts = {visitor: start for visitor, _, start, *_ in proposed.visits(SAMARKAND, DAY)}
    assert starts["Serdar Berdimuhamedow"] == "2026-10-07"
    # a report's plain arrival "last night" too, and "this morning" is its own day
    night = "Kyrgyz President Sadyr Japarov arrived in Baku last night for talks with Ilham Aliyev."
    assert proposed.visits(night, DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-10-07", "Baku", "other")]
    morning = "Kyrgyz President Sadyr Japarov arrived in Baku this morning for talks with Ilham Aliyev."
    assert proposed.visits(morning, DAY) == [("Sadyr Japarov", "Azerbaijan", "2026-10-08", "Baku", "other")]


# plant: "touched down" and "is here too"/"is also here" dropped from visits._ATTEND
def test_a_plane_touching_down_and_a_leader_here_too_attend():
    assert ("Kassym-Jomart Tokayev", "Azerbaijan", "2026-10-08", "Gabala", "summit") in proposed.visits(GABALA, DAY)
    assert ("Sadyr Japarov", "Azerbaijan", "2026-10-08", "Gabala", "summit") in proposed.visits(GABALA, DAY)
    assert ("Emomali Rahmon", "Uzbekistan", "2026-10-08", "Samarkand", "summit") in proposed.visits(SAMARKAND, DAY)
    assert ("Kassym-Jomart Tokayev", "Uzbekistan", "2026-10-08", "Samarkand", "summit") \
        in proposed.visits(SAMARKAND, DAY)


# plant: visits._without_own_companions returning `persons` unchanged
def test_a_minister_who_came_with_his_own_leader_is_of_his_delegation():
    assert all(visitor != "Jeenbek Kulubaev" for visitor, *_ in proposed.visits(GABALA, DAY))
    assert all(visitor != "Murat Nurtleu" for visitor, *_ in proposed.visits(SAMARKAND, DAY))
    # another state's leader come with him is a guest of his own
    both = GABALA.replace("together with Foreign Minister Jeenbek Kulubaev", "together with Tajik President Emomali "
                                                                             "Rahmon")
    assert ("Emomali Rahmon", "Azerbaijan", "2026-10-08", "Gabala", "summit") in proposed.visits(both, DAY)


# plant: the adding-that branch dropped from quotes._live_entry_speakers
def test_a_live_entrys_partial_quote_added_with_and_said_is_the_subjects():
    text = ("09:30 – The summit opens with Kassym-Jomart Tokayev and Sadyr Japarov in the hall.\n\n"
            "10:05 – Tokayev takes the floor on energy. He described the Caspian pipeline as \"the backbone of our "
            "exports\" and said Kazakhstan would double its capacity \"within the next five years\".\n\n"
            "10:40 – Coffee break.\n\n"
            "11:00 – The leaders return to the hall.\n")
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", "the backbone of our exports"),
                                          ("Kassym-Jomart Tokayev", "within the next five years")]
    other = ("09:30 – The summit opens with Kassym-Jomart Tokayev and Sadyr Japarov in the hall.\n\n"
             "10:05 – Japarov speaks next. He called the new fund \"a tool that finally works\" and added that the "
             "first loans would go to farmers \"before the end of this year\".\n\n"
             "10:40 – Coffee break.\n\n"
             "11:00 – The leaders return to the hall.\n")
    assert proposed.quotes(other, DAY) == [("Sadyr Japarov", "a tool that finally works"),
                                           ("Sadyr Japarov", "before the end of this year")]
