"""English quote forms of round 28 (dev/344 and probes in the styles of wires, press services, business papers and
Cypriot and Central Asian English-language outlets), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# quotes.py: _en_who_said_in_clause ("… as X Y, who has warned that … “…,” did …")

def test_a_who_clause_of_speech_after_the_subject_of_an_as_clause():
    """'The report came out as minister X Y, who has long argued that the port is “…,” flew to …': "who" stands for the
    subject of the clause after "as", so the words are X Y's (round 21 read only a sentence's own subject); an object
    before ", who" ("as X met Y, who …"), a who-clause naming another, or one not closed after the quote give no one."""
    # plant: the `_en_who_said_in_clause` call dropped from _attribute (the first three quotes were lost)
    # plant: `_comma_inside_closing_mark` returning False (the quotes with the comma inside the mark were lost)
    said = "far too small for the cargo coming"
    assert _quotes("The report came out as Transport Minister Daniyar Omarov, who has long argued that the port is “"
                   + said + ",” flew to Baku.") == [("Daniyar Omarov", said)]
    assert _quotes("Prices fell when analyst Leyla Hasanova, who warned that the port was “" + said
                   + ",” spoke in Baku.") == [("Leyla Hasanova", said)]
    assert _quotes("Prices fell while analyst Leyla Hasanova, who has called the port “" + said
                   + "”, was in Baku.") == [("Leyla Hasanova", said)]
    assert _quotes("Analyst Leyla Hasanova, who has said that the port is “" + said + ",” was in Baku.") \
        == [("Leyla Hasanova", said)]
    assert _quotes("The report came out as Daniyar Omarov met Leyla Hasanova, who has said that the port is “"
                   + said + ",” in Baku.") == []
    assert _quotes("The report came out as Transport Minister Daniyar Omarov, who has said that Ilham Aliyev's port is “"
                   + said + ",” flew home.") == []
    assert _quotes("The report came out as Transport Minister Daniyar Omarov, who has said that the port is “"
                   + said + "” and flew home.") == []
