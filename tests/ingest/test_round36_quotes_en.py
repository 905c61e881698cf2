"""English quotes, round 36: forms the older rules did not read (dev/529 and probes in the styles of press services
and wires), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# quotes.py: _en_dash_said_tail (in the dash-led paragraph rule)

def test_a_dash_led_english_statement_drops_its_trailing_attribution():
    """'- …, the head of state said.' (an English press service's dash-led statement): the quote stops at the comma,
    the tail naming the speaker is no part of it."""
    # plant: `en_tail = None` for every line in the dash-led rule (the branch saw the tail kept in the quote; on the
    # merged code, no quote at all)
    lead = "President Kassym-Jomart Tokayev addressed the business forum in Astana.\n\n"
    line = "- Kazakhstan has every railway and port that transit needs. Our market is open for Hungarian firms,"
    assert _quotes(lead + line + " the head of state said.") == [("Kassym-Jomart Tokayev", line[2:])]
    # a named speaker after the verb also ends the line
    assert _quotes(lead + line + " said Kassym-Jomart Tokayev.") == [("Kassym-Jomart Tokayev", line[2:])]


def test_a_dash_led_line_without_a_speech_verb_at_its_end_keeps_its_words():
    """Precision: a line whose last clause ends in a speech verb but names nobody (a lower-case clause) is all quote."""
    # plant: the `(?:the\s+|[A-Z]|[hH]e\b|[sS]he\b)` opening dropped from _EN_DASH_SAID_TAIL's spk (the line was cut)
    lead = "President Kassym-Jomart Tokayev said at the business forum in Astana:\n\n"
    line = "- Kazakhstan has every railway and port that transit needs, as investors have always said."
    got = _quotes(lead + line)
    assert got == [("Kassym-Jomart Tokayev", line[2:])]
