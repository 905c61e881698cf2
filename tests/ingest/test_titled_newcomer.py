"""A title with a name the office holders table does not know names a newcomer of the title's state; when the title
keeps its state out of reach, a person the resolver read with a state stays (visits._newcomer_over, one helper for a
co-chair's and a speaker's visit). Each test was seen failing on a planted bug (then reverted)."""
from datetime import date

from dashboard.ingest import Article, propose

DAY = date(2026, 3, 5)


def _visits(text):
    return [(p.record["visitor_name"], p.record["host_country"], p.record["start_date"])
            for p in propose(Article(text, DAY, outlet="x")) if p.table == "visits"]


def test_a_long_ministry_title_keeps_the_speakers_state():
    # plant: `_spoke_at_visit` back to `person = _titled_newcomer(phrase, resolver) or person` (the newcomer, whose
    # state the long title put out of reach, replaced the minister read with his state: no visit) — failed, reverted
    text = ("Turkmen Minister of Trade and Foreign Economic Relations Nokerguly Atagulyyev spoke at a business forum "
            "in Baku on Tuesday.")
    assert _visits(text) == [("Nokerguly Atagulyyev", "Azerbaijan", "2026-03-03")]

