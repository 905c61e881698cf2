"""English quote forms of the round 14 misses (dev/151, 152) and of the round's probes, each as a small text in
words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen failing on
a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 3, 12)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_a_name_with_lower_case_particles_is_one_name():
    """"Ursula von der Leyen", then "she". Plant: `NAME_PARTICLES` in people.NAME_RUN's pattern left out (no
    record: the run stopped at "von")."""
    text = ("Grid deal\n\n"
            "Speaking in Bucharest, Council President Greta van den Berg welcomed the deal and said the line would "
            "\"carry green power from the Caspian to the Danube\".\n\n"
            "\"This is the most important energy link we have signed in a decade,\" she said.")
    assert _quotes(text) == [
        ("Greta van den Berg", "carry green power from the Caspian to the Danube"),
        ("Greta van den Berg", "This is the most important energy link we have signed in a decade")]


def test_a_surname_with_its_particle_is_the_person_named_before():
    """"Von der Leyen said" at a sentence's start is the person named in full before, not a new "Von der Leyen".
    Plant: `_particle_edge` returning False (the speaker was "Von der Leyen")."""
    text = ("Grid deal\n\n"
            "Commission President Ursula von der Leyen arrived in Baku on Monday.\n\n"
            "\"Azerbaijan is a reliable partner for our energy security,\" Von der Leyen said.")
    assert _quotes(text) == [("Ursula von der Leyen", "Azerbaijan is a reliable partner for our energy security")]


def test_a_capitalised_body_before_the_title_keeps_the_name():
    """"Commission President X Y": the body word is the title's, not the name's. Plant: `_unlisted_names` judging the
    body word on the whole run again (no record)."""
    text = ("Grid deal\n\n"
            "\"The cable will be ready before the end of the decade,\" Commission President Marta Kovacs said.")
    assert _quotes(text) == [("Marta Kovacs", "The cable will be ready before the end of the decade")]
