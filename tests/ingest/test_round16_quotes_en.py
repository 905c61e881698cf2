"""English quote forms of the round 16 misses (dev/175, 176, 181) and of the probes after them, each as a small
text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen failing on
a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2024, 3, 21)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_as_a_surname_put_it_before_a_colon():
    """'As X put it: “…”' closing a feature, the surname of someone named in full before. Plants: AS_SAID's end
    back to a comma only (`[,:]` -> `,`; no speaker); `full_names` keeping "As Karimova" as a full name (no
    speaker)."""
    text = ("Ferries\n\n"
            "Aida Karimova, an analyst at a Baku think tank, has followed the ferry trade for years. "
            "As Karimova put it: \"Ministers sign memoranda. Ferries carry the trucks.\"")
    assert _quotes(text) == [("Aida Karimova", "Ministers sign memoranda. Ferries carry the trucks.")]


def test_as_he_told_someone_somewhere_before_a_comma():
    """'As X told reporters in Baku last week, “…”': whom and where between the verb and the comma. Plant: the
    `(?:\\s+(?:to|in|at|…)\\s[\\w ]{1,40}?)?` part left out of AS_SAID (no speaker for "put it to me")."""
    text = ("Ferries\n\n"
            "Aida Karimova, an analyst at a Baku think tank, has followed the ferry trade for years. "
            "As Karimova put it to me in Baku, \"ministers sign memoranda, but ferries carry the trucks.\"")
    assert _quotes(text) == [("Aida Karimova", "ministers sign memoranda, but ferries carry the trucks.")]


def test_a_conjunction_opening_the_sentence_is_no_part_of_the_name():
    """'But Karimova added: “…”' / 'When Nurlan Abenov spoke …, he was blunt: “…”': the capitalised conjunction is
    no given name. Plant: the round 16 conjunctions left out of people._TITLE_WORDS (speakers "But Karimova",
    "When Nurlan Abenov")."""
    text = ("Ferries\n\n"
            "\"The ferries are still far too slow for this,\" said Aida Karimova, an analyst. But Karimova added: "
            "\"Things are getting better every single month.\"\n\n"
            "When Nurlan Abenov spoke to the forum, he was blunt: \"The queues at the port cost us a week.\"")
    assert _quotes(text) == [("Aida Karimova", "The ferries are still far too slow for this"),
                             ("Aida Karimova", "Things are getting better every single month."),
                             ("Nurlan Abenov", "The queues at the port cost us a week.")]


def test_as_someone_unnamed_put_it_gives_no_speaker():
    """Precision: 'As one trader put it: “…”' names no one the article knows. Plant: `_as_said_speaker` returning
    the last full name before for any phrase (a speaker "Aida Karimova")."""
    text = ("Ferries\n\n"
            "Aida Karimova, an analyst at a Baku think tank, has followed the ferry trade for years. "
            "As one trader put it: \"Ministers sign memoranda. Ferries carry the trucks.\"")
    assert _quotes(text) == []
