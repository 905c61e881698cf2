"""Eightieth round, fact80b (docs/extraction.md: figures.py, visits.py): the forms behind the last two dev/1242
misses (an English fact-check of a minister's trade figure against two statistics offices), told in short invented
sentences. The highest annual figure an office has published, told with its year after the amount ("The highest
annual figure either has published is the bureau's $X for 2021"), is that trade's figure of the year, even past an
expert's remarks on how the offices count; and words said "on <day>, opening the … forum in <city>" by a minister
the article named in full before (his surname alone there) are a visit to that city that day. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 20)
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")

_SERIES = ("Fact check\n\nAccording to Kazakhstan's statistics bureau, trade between Kazakhstan and Türkiye amounted "
           "to $4.4 billion in 2025. Kazakh exports made up $2.6 billion of it. Turkish customs count less.\n\n"
           "\"Transit goods are booked twice,\" said an economist in Almaty. \"That is normal.\" The gap has a long "
           "history.\n\nHe added that no office has come close to the claim. ")


# plant: _RECORD_NAMED_BACK set to _YEAR_NAMED_BACK (the peak named with its year looks back no further)
def test_the_highest_annual_figure_published_is_that_trades_figure_of_its_year():
    text = _SERIES + "The highest annual figure either has published is the Kazakh bureau's $5.1 billion for 2021."
    assert (KZ_TR, "2021", "turnover", 5100.0, "exact", "") in proposed.trade(text, DAY)
    # the lowest one, or a highest figure with no year after it, gives no figure this far back
    for near in ("The lowest annual figure either has published is the Kazakh bureau's $5.1 billion for 2021.",
                 "The highest annual figure either has published is the Kazakh bureau's $5.1 billion."):
        assert 5100.0 not in [t[3] for t in proposed.trade(_SERIES + near, DAY)]


# plant: the who5/where5 alternative dropped from visits._SPOKE_AT
def test_words_said_opening_a_forum_in_a_city_are_a_visit_there():
    text = ("Fact check\n\nTurkish Trade Minister Ömer Bolat praised the figures last week.\n\n"
            "\"Our trade keeps growing,\" Bolat said on March 12, opening the Kazakh–Turkish business forum in "
            "Shymkent. He had flown in that morning.")
    assert [(v[0], v[2], v[3]) for v in proposed.visits(text, DAY)] == [("Ömer Bolat", "2026-03-12", "Shymkent")]
    # said by video link to the forum: no visit
    assert proposed.visits(text.replace("said on March 12,", "said by video link on March 12,"), DAY) == []
    # a Kazakh minister opening a forum at home: no visit
    home = text.replace("Turkish Trade Minister Ömer Bolat", "Kazakh Trade Minister Arman Shakkaliyev") \
        .replace("Bolat said", "Shakkaliyev said")
    assert proposed.visits(home, DAY) == []
