"""English quotes, round 34 (English quotes A): speakers when two people of one surname, or several officials, are in
the article (dev/481, 493 and probes in the styles of wires, press services, parliament news and think tanks), each as
a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 14)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# quotes.py: _en_surname_names_another (in _subject_partial and _paragraph_subjects)

def test_a_surname_alone_is_the_article_s_own_bearer_not_the_table_s_namesake():
    """'… his Azerbaijani counterpart X Mammadov …. Mammadov said … what he called “…”' is the X Mammadov the article
    named in full, not a former office holder of that surname; with no one of the surname named in full, the table's."""
    # plant: `found is None or _en_surname_names_another(found, earlier)` back to `found is None` in _subject_partial
    # and the round-34 lines dropped from _paragraph_subjects (the speaker was 'Novruz Mammadov')
    quote = "a steady and forward-looking partnership"
    lead = ("Turkish Minister of Forestry Hasan Demir arrived in Baku on Monday. Demir met his Azerbaijani counterpart "
            "Elnur Mammadov on Tuesday.\n\n")
    tail = "Mammadov said Baku valued what he called “" + quote + "” of Ankara."
    assert _quotes(lead + tail) == [("Elnur Mammadov", quote)]
    mister = "Mr Mammadov said the visit showed “" + quote + "”."
    # plant: the _ADDRESS_TITLE.sub dropped from _en_surname_names_another (the speaker was 'Novruz Mammadov')
    # plant (merge): the sentence-end check dropped from quotes._en_bare_reported_subject (its bare clause made the
    # table's 'Novruz Mammadov' the last speaker before this rule read the sentence)
    assert _quotes(lead + mister) == [("Elnur Mammadov", quote)]
    bare = "Turkish Minister of Forestry Hasan Demir arrived in Baku on Monday.\n\n"
    assert _quotes(bare + tail, date(2019, 5, 1)) == [("Novruz Mammadov", quote)]


# quotes.py: _en_aside_cut (the relative aside before a participle clause)

def test_a_participle_after_a_relative_aside_keeps_the_subject_s_partial_quote():
    """'She praised the railway, which will join A and B, calling it “…”' is the subject's, as without the aside; a
    clause of others after the aside ("and the press is calling it “…”") still gives none."""
    # plant: `_en_aside_cut` back to "" in the _EN_PARENTHETICAL_RELATIVE.sub call (no quote)
    quote = "the shortest road between two seas"
    lead = "Deputy Minister Aigerim Sultanova spoke at the forum in Aktau.\n\n"
    aside = ("Sultanova praised the new railway, which will join Kazakhstan and Turkmenistan with Iran, calling it “"
             + quote + "”.")
    assert _quotes(lead + aside) == [("Aigerim Sultanova", quote)]
    other = ("Sultanova praised the new railway, which will join Kazakhstan and Turkmenistan with Iran, and the press is "
             "calling it “" + quote + "”.")
    assert _quotes(lead + other) == []


# quotes.py: _en_sole_newcomer (in _paragraph_subjects)

def test_he_after_a_sentence_introducing_one_person_in_full_is_that_person():
    """'The delegation included MP X Y, chairman of …. “…,” he told journalists.' is X Y, not the prime minister quoted
    before; two people introduced in full leave "he" the last speaker, and so does a head of state named there."""
    # plant: the `_en_sole_newcomer` branch dropped from _paragraph_subjects (the speaker was 'Viktor Orbán')
    first = "Budapest will keep its doors open to partners from the east"
    quote = "Our farmers are ready to work in the new villages of the region"
    lead = ("Prime Minister Viktor Orbán received the Kyrgyz delegation. “" + first + ",” Orbán said.\n\n")
    one = "The delegation also included MP Nurlan Toktogulov, head of the friendship group. “" + quote + ",” he told journalists."
    assert _quotes(lead + one, date(2026, 3, 2)) == [("Viktor Orbán", first), ("Nurlan Toktogulov", quote)]
    two = ("The delegation also included MP Nurlan Toktogulov and adviser Bakyt Asanov. “" + quote
           + ",” he told journalists.")
    assert _quotes(lead + two, date(2026, 3, 2)) == [("Viktor Orbán", first), ("Viktor Orbán", quote)]


# people.py: _EN_TITLE_KIN ("speaker")

def test_the_speaker_is_the_one_parliament_speaker_named_in_full():
    """'Speaker of the … Assembly X Y met …. “…,” the speaker said' (parliament news) is X Y; with two speakers named
    (each parliament's), "the speaker" is either, so none."""
    # plant: "speaker" dropped from people._EN_TITLE_KIN (no quote)
    quote = "Our committees will meet twice a year from now on"
    one = ("Speaker of the Kyrgyz Jogorku Kenesh Nurlanbek Turgunbek uulu met a Hungarian delegation in Bishkek. “"
           + quote + ",” the speaker said.")
    assert _quotes(one) == [("Nurlanbek Turgunbek uulu", quote)]
    two = ("Speaker of the Kyrgyz Jogorku Kenesh Nurlanbek Turgunbek uulu met Speaker of the Hungarian National "
           "Assembly Gábor Halász in Bishkek. “" + quote + ",” the speaker said.")
    assert _quotes(two) == []


# people.py: _TITLE_APPOSITIVE (the name ending its sentence)

def test_the_ambassador_named_after_a_comma_at_a_sentence_s_end_is_the_ambassador():
    """'President X received the new Hungarian ambassador, Y Z. “…,” the ambassador said' (press services) is Y Z, not
    the president; with a second ambassador named so, "the ambassador" is either, so none."""
    # plant: `(?:,|\.(?=\s|$))` back to `,` at the end of people._TITLE_APPOSITIVE (no quote)
    quote = "Our two capitals should be linked by a direct flight next spring"
    one = ("President Sadyr Japarov received the credentials of the new Hungarian ambassador, Balázs Szép. “" + quote
           + ",” the ambassador said.")
    assert _quotes(one) == [("Balázs Szép", quote)]
    two = ("President Sadyr Japarov received the new Hungarian ambassador, Balázs Szép. He also received the new Turkish "
           "ambassador, Kemal Aydın. “" + quote + ",” the ambassador said.")
    assert _quotes(two) == []
