"""English full quotes and their speakers, round 33 (dev/457, 458, 468, 470 and probes in the styles of wires, trade
papers and analysis journals), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 3)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: _TITLE_WORDS (plural titles)

def test_a_plural_title_before_two_surnames_is_no_given_name():
    """'…, confirmed by Presidents X and Y, …. “…,” X said' is the head of state X, not someone called "Presidents X";
    a real given name before the surname still names someone else."""
    # plant: "presidents" dropped from people._TITLE_WORDS (the speaker was 'Presidents Mirziyoyev')
    quote = "We will open four new border crossings before the harvest season"
    titled = ("The goal, confirmed by Presidents Mirziyoyev and Japarov in Osh, is to triple freight traffic. “" + quote
              + ",” Mirziyoyev said in March.")
    assert _quotes(titled) == [("Shavkat Mirziyoyev", quote)]
    given = ("Freight agent Farrukh Mirziyoyev runs trucks from Osh to Andijan. “" + quote + ",” Mirziyoyev said.")
    assert _quotes(given) == [("Farrukh Mirziyoyev", quote)]


# people.py: _en_lower_titled_ministers (Resolver.note_names_in)

def test_a_lower_case_minister_title_opened_by_a_state_names_the_state_s_minister():
    """'… a visit by Uzbek water resources minister X Y …. “…,” the Uzbek minister said' (wire style, lower-case title,
    no commas) is X Y though the office table lacks him; a former minister's title names no one the phrase means."""
    # plant: the `self.lower_titled_ministers += …` line dropped from Resolver.note_names_in (no quote)
    quote = "Every canal we share with our neighbours must be measured by the same meters"
    lead = ("TASHKENT, June 2 (Wire) - Uzbekistan and Tajikistan signed two water agreements on Tuesday during a visit "
            "by {} water resources minister Timur Rakhmatov, the foreign ministry said.\n\n")
    tail = "“" + quote + ",” the Uzbek minister said."
    assert _quotes(lead.format("Uzbek") + tail) == [("Timur Rakhmatov", quote)]
    assert _quotes(lead.format("former Uzbek") + tail) == []


def test_a_lower_case_minister_of_a_portfolio_opened_by_a_state_s_possessive():
    """'… by Uzbekistan's minister of water resources X Y …. “…,” the Uzbek minister said' (the portfolio after the
    title, all lower case) is X Y; a deputy minister of the same portfolio is none."""
    # plant: the `(?:\s+(?:of|for)…)?` group dropped from people._EN_LOWER_MINISTER_NAME (no quote)
    quote = "Every canal we share with our neighbours must be measured by the same meters"
    lead = ("TASHKENT, June 2 (Wire) - Uzbekistan and Tajikistan signed two water agreements on Tuesday during a visit "
            "by Uzbekistan's {}minister of water resources Timur Rakhmatov.\n\n")
    tail = "“" + quote + ",” the Uzbek minister said."
    assert _quotes(lead.format("") + tail) == [("Timur Rakhmatov", quote)]
    assert _quotes(lead.format("deputy ") + tail) == []


# quotes.py: _en_surname_opening_subject (_paragraph_subjects)

def test_a_surname_opening_the_paragraph_named_in_full_behind_a_lower_case_counterpart_is_he():
    """'… held talks with his Uzbek counterpart, X Y, …. / Y was cautious. “…,” he said' is Y, not the guest quoted
    before; a sentence opening with no person leaves "he" the guest."""
    # plant: the `_en_surname_opening_subject` branch dropped from _paragraph_subjects (the quote went to Emre Aksoy)
    guest = ("Turkey's trade envoy Emre Aksoy held talks in Tashkent with his Uzbek counterpart, Bekzod Ortiqov, and "
             "toured a textile park.\n\n“Our firms want to build, not only to sell,” Aksoy told reporters.\n\n")
    quote = "We will welcome every factory that hires local engineers and buys local cotton"
    assert _quotes(guest + "Ortiqov was cautious. “" + quote + ",” he said.")[1:] == [("Bekzod Ortiqov", quote)]
    assert _quotes(guest + "The mood was cautious. “" + quote + ",” he said.")[1:] == [("Emre Aksoy", quote)]


# people.py: _en_minister_counterparts (Resolver.note_names_in)

def test_a_minister_s_counterpart_of_a_state_is_that_state_s_minister():
    """'Hungary's farm minister X Y met his Kyrgyz counterpart Z W …. “…,” the Kyrgyz minister said' is Z W though the
    office table lacks him; a mayor's counterpart is no minister."""
    # plant: the `self.lower_titled_ministers += _en_minister_counterparts(text)` line dropped from note_names_in
    quote = "Our herders can sell twice as much wool to Europe if the certificates are recognised"
    said = "\n\n“" + quote + ",” the Kyrgyz minister said."
    minister = "Hungary's farm minister Kornel Varadi met his Kyrgyz counterpart Asylbek Temirov in Bishkek on Friday."
    assert _quotes(minister + said) == [("Asylbek Temirov", quote)]
    mayor = "The mayor of Szeged, Kornel Varadi, met his Kyrgyz counterpart Asylbek Temirov in Bishkek on Friday."
    assert _quotes(mayor + said) == []
