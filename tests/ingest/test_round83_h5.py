"""Eighty-third round, h5 (docs/extraction.md: visits.py, figures.py, when.py): an AP-style wire and a Hungarian
outlet's English story. A sentence that opens on the count the visit was told, "In addition to these six documents,
the two foreign ministers signed a protocol", tells that count again and one more signed: seven, not six (a count of
its own after the phrase adds to it). A further amount told as a step before, ", after $2.3 billion in all of 2025",
is that year's figure, "in all of" a year as "for the whole of" it. A bare weekday right after an arrival and its
place, no "on" ("who arrived in the Kyrgyz capital Wednesday"), is the arrival's day; after "ahead of" it is not. A
minister's counterpart named in full with no title of his own ("signed … with his Kyrgyz counterpart, Z W,") is his
state's minister, so "W traveled to Astana on Oct. 6" is his visit; with no minister's title before "counterpart" he
stays no one's. Talks told as ending "without a deal" signed nothing on that visit: 0, not left unstated because the
lead tells another day's signing. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)  # a Thursday


# plant: visits._IN_ADDITION_TO_OPENERS = () (the count told again read as the sentence's own count)
def test_a_protocol_signed_in_addition_to_the_count_told_is_one_more():
    lead = ("Ganja, 14 May 2026 – Prime Minister Viktor Orbán held talks with President Ilham Aliyev in Ganja on "
            "Thursday.\n\nBefore the two leaders, the delegations signed four documents, among them a memorandum on "
            "gas.\n\n")
    text = lead + ("In addition to these four documents, the two foreign ministers signed a protocol on a new "
                   "consulate in Debrecen.")
    assert proposed.documents(text, DAY) == ["5"]
    # the near form: a count of its own after the phrase adds to the count told
    firms = lead + "In addition to these four documents, the companies signed three contracts."
    assert proposed.documents(firms, DAY) == ["7"]


# plant: figures._PERIOD_RIGHT_AFTER without the "all\s+(?:of\s+)?" alternative
def test_a_step_before_told_in_all_of_a_year_is_that_year_s_figure():
    text = ("Trade between Uzbekistan and Kyrgyzstan reached $800 million in the first quarter of the year, "
            "according to official figures, after $2.9 billion in all of 2025.")
    kgz_uzb = proposed.pair("Uzbekistan", "Kyrgyzstan")
    assert proposed.trade_values(text, DAY) == {(kgz_uzb, "2026-Q1", "turnover", 800.0),
                                                (kgz_uzb, "2025", "turnover", 2900.0)}
    # the near form: an earlier year after a bare "and" stays no figure (round 15)
    bare = ("Trade between Uzbekistan and Kyrgyzstan reached $800 million in the first quarter of the year and "
            "$2.9 billion in all of 2025.")
    assert proposed.trade_values(bare, DAY) == {(kgz_uzb, "2026-Q1", "turnover", 800.0)}


# plant: when._WIRE_WEEKDAY_WORDS = () (the bare weekday after an arrival never read)
def test_a_bare_weekday_after_an_arrival_is_its_day():
    lead = "OSH, Kyrgyzstan (AP) — Uzbekistan and Kyrgyzstan held talks on water.\n\n"
    text = lead + "Uzbek Water Minister Shavkat Khamraev arrived in the Kyrgyz capital Tuesday for two days of talks."
    assert proposed.visits(text, DAY) == [("Shavkat Khamraev", "Kyrgyzstan", "2026-05-12", "Bishkek", "other")]
    # the near form: a weekday after "ahead of" is no day of the arrival
    ahead = lead + "Uzbek Water Minister Shavkat Khamraev arrived in Bishkek ahead of Friday talks."
    assert proposed.visits(ahead, DAY) == []


# plant: visits._minister_counterpart_named returns None
def test_a_minister_s_counterpart_named_by_surname_later_is_his_state_s_minister():
    text = ("TASHKENT, Uzbekistan (AP) — Uzbekistan and Tajikistan agreed on a new border crossing.\n\n"
            "Uzbek Transport Minister Ilkhom Makhkamov met his Tajik counterpart, Azim Ibrohimzoda, on Thursday.\n\n"
            "Ibrohimzoda traveled to Tashkent on April 2 for earlier talks.")
    assert ("Azim Ibrohimzoda", "Uzbekistan", "2026-04-02", "Tashkent", "other") in proposed.visits(text, DAY)
    # the near form: no minister's title before "counterpart", no state of his
    banker = text.replace("Uzbek Transport Minister Ilkhom Makhkamov", "Ilkhom Makhkamov, a banker,")
    assert all(v[0] != "Azim Ibrohimzoda" for v in proposed.visits(banker, DAY))


# plant: visits._no_document_signed without the "ended without " branch
def test_talks_that_ended_without_a_deal_signed_nothing():
    lead = ("ASTANA, Kazakhstan (AP) — Kazakhstan and Turkmenistan signed agreements Thursday on gas.\n\n"
            "Kazakh Energy Minister Almasadam Satkaliyev visited Ashgabat on April 2 for talks, ")
    text = lead + "which ended without a deal on prices."
    assert proposed.documents(text, DAY) == ["0"]
    # the near form: talks that ended with one leave the lead's signing to tell
    assert proposed.documents(lead + "which ended with a deal on prices.", DAY) == [""]
