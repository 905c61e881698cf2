"""English quote forms of round 23 (dev/258–266 and probes in the styles of wires, state agencies' English editions
and Caucasus and Central Asian English sites), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 20)
L, R = "\u201c", "\u201d"
LEAD = "Talks\n\nPresident Sadyr Japarov received the delegation in Bishkek on Friday.\n\n"


def _quotes(text, day=DAY):
    return proposed.quotes(LEAD + text, day)


def test_according_to_a_national_presidential_service_leaves_the_subject_to_speak():
    """'According to the Kyrgyz presidential press service, Japarov described Turkey as “…”': "Kyrgyz presidential"
    is the service's adjective, no person; the sentence's subject speaks. A service's sentence with no speaking
    subject gives no quote."""
    # plant: `_EN_OFFICE_ADJECTIVE` substitution dropped from `_according_source` (the first quote lost)
    said = "a trusted partner of Kyrgyzstan in the whole region"
    assert _quotes("According to the Kyrgyz presidential press service, Japarov described Turkey as " + L + said + R
                   + " and thanked Ankara for its help.") == [("Sadyr Japarov", said)]
    assert _quotes("According to the Kyrgyz presidential press service, the new line is " + L + said + R + ".") == []


def test_a_clause_written_in_a_message_to_someone_is_the_writers():
    """'Japarov wrote in a letter to his Kazakh counterpart that Bishkek saw Astana “as …,” and invited him …': the
    one the letter was addressed to is no speaker, as after "told"; a clause naming another speaker gives none."""
    # plant: the `_EN_IN_MESSAGE_THAT` branch dropped from `_subject_partial` (the first quote lost)
    said = "as a natural ally in the whole region,"
    assert _quotes("Japarov, for his part, wrote in a letter to his Kazakh counterpart that Bishkek saw Astana " + L
                   + said + R + " and invited him to visit.") == [("Sadyr Japarov", said.rstrip(","))]
    assert _quotes("Japarov wrote in a letter to his Kazakh counterpart that Tokayev had called Astana " + L
                   + "a natural ally in the whole region" + R + ".") == []


def test_a_commentator_named_with_a_lower_case_occupation_is_the_aside_pronouns():
    """'Kazakh commentator Marat Seitov was more cautious: Japarov, he said, had gone “…”' after another analyst's
    quote: "commentator" is a title before the name, so "he" is Seitov, not the analyst quoted before."""
    # plant: "commentator|columnist|…" dropped from `_LOWER_TITLES` (the quote given to Omar Khalid)
    first = "We are no one's pawns in this long game"
    said = "to keep every door open for now."
    for title in ("commentator", "columnist"):
        assert _quotes(L + first + "," + R + " said Omar Khalid, a researcher at Leiden University.\n\nKazakh " + title
                       + " Marat Seitov was more cautious: Japarov, he said, had gone to Moscow " + L + said + R) \
            == [("Omar Khalid", first), ("Marat Seitov", said)]


def test_a_second_analyst_named_after_a_political_scientist_title_speaks_in_turn():
    """'“…,” said X, a logistics expert. Kazakh political scientist Y disagreed: the cargo, she said, was “…”': two
    analysts quoted in turn; "she" is the second, named after her two-word title."""
    # plant: "political scientist" dropped from `_LOWER_TITLES` (the second quote given to the first analyst)
    first = "The corridor is real, but the cargo is not there yet"
    said = "already on its way from China."
    assert _quotes(L + first + "," + R + " said Timur Bekov, a logistics expert in Almaty. Kazakh political scientist "
                   "Aliya Dosova disagreed: the cargo, she said, was " + L + said + R) \
        == [("Timur Bekov", first), ("Aliya Dosova", said)]


def test_a_speaker_reporting_whom_another_regards_as_what_says_the_words():
    """'Tokayev said Japarov regarded Kazakhstan as “…”': the view is Japarov's, the words Tokayev's own report;
    'Tokayev said Japarov had called Kazakhstan “…”' gives the words to Japarov's naming, so to no one we can tell."""
    # plant: the `_EN_OTHERS_VIEW_AS` branch dropped from `_subject_partial` (the first quote lost)
    said = "our most reliable neighbour in the region."
    assert _quotes("Tokayev, for his part, said Japarov regarded Kazakhstan as " + L + said + R) \
        == [("Kassym-Jomart Tokayev", said)]
    assert _quotes("Tokayev said Japarov had called Kazakhstan " + L + said + R) == []
