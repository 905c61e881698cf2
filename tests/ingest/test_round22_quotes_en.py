"""English quote forms of round 22 (dev/247, dev/253 and probes in the styles of wires, opinion sites and business
press), each as a small text in words of its own.

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


def test_a_partial_quote_in_an_absolute_with_clause_is_its_subjects():
    """'Ministers met in Osh, with X urging … what he called “…”' / '…, with X saying the deal was “…”': the person
    whose participle the "with" clause holds is the speaker; a "with" clause with no participle names none."""
    # plant: the `_EN_WITH_CLAUSE` branch dropped from `_subject_partial` (both quotes lost)
    # plant: "saying" dropped from `_EN_WITH_SPEECH_PARTICIPLES` (the second quote lost)
    said = "a single market from the Caspian to the Danube"
    assert _quotes("Envoys gathered in Osh, with President Sadyr Japarov calling on neighbours to build what he "
                   "called " + L + said + R + ".") == [("Sadyr Japarov", said)]
    said = "the shortest road between our two peoples"
    assert _quotes("The bridge opened on Monday, with Sadyr Japarov saying the crossing was " + L + said + R
                   + ".") == [("Sadyr Japarov", said)]
    assert _quotes("The fair opened on Monday, with Sadyr Japarov and his ministers touring the " + L
                   + "hall of crafts from the southern valleys" + R + ".") == []


def test_a_naming_verb_in_an_infinitive_after_using_an_occasion():
    """'X used his speech to call the bloc “…”' / 'took the opportunity to describe the talks as “…”': the partial
    quote names the object as "called it “…”" does; "to call on …" is an appeal, no naming."""
    # plant: the `_EN_OCCASION_TO_NAME` check dropped from `_partial_verb_forms` (both quotes lost)
    said = "the beating heart of the whole Eurasian trade"
    assert _quotes("Japarov used his address to call the union " + L + said + R + ".") == [("Sadyr Japarov", said)]
    said = "a turning point for the mountain regions"
    assert _quotes("Japarov took the opportunity to describe the agreement as " + L + said + R + ".") == [
        ("Sadyr Japarov", said)]
    assert _quotes("Japarov used his address to call on partners to fund the " + L
                   + "programme for young herders in the valleys" + R + ".") == []


def test_an_estimate_reported_with_that_ends_in_its_authors_words():
    """'X estimated that trade could double by 2030, “but only with new roads.”': "estimated"/"reckoned" report speech
    with "that" as "argued that" does; without "that" the quote stays unattributed by this rule."""
    # plant: "estimated" dropped from `_THAT_VERBS` (the quote lost)
    said = "but only if the new roads are finished on time."
    assert _quotes("Economist Dana Sultanova estimated that exports could double by 2030, " + L + said + R) == [
        ("Dana Sultanova", said)]
    assert _quotes("Economist Dana Sultanova estimated the cost of the " + L + "new northern ring road project"
                   + R + " at $2 billion.") == []


def test_an_attribution_going_on_with_a_naming_participle():
    """'“…,” X said on Friday, calling the project “…”' / '“…,” X said, describing it as “…”': the participle names its
    object, the partial quote is the first quote's speaker's; "calling on …" is an appeal and another's object no
    name of his."""
    # plant: the `_attribution_then_naming` branch dropped from `find_quotes` (the partial quotes lost)
    first = "Our roads must reach every village soon"
    said = "the most urgent task of this decade"
    assert _quotes(L + first + "," + R + " Japarov said on Friday, calling the programme " + L + said + "." + R) == [
        ("Sadyr Japarov", first), ("Sadyr Japarov", said + ".")]
    assert _quotes(L + first + "," + R + " Japarov said, describing it as " + L + said + "." + R) == [
        ("Sadyr Japarov", first), ("Sadyr Japarov", said + ".")]
    assert _quotes(L + first + "," + R + " Japarov said, calling on donors to fund the " + L
                   + "Mountain Roads Renewal Programme" + R + ".") == [("Sadyr Japarov", first)]


def test_a_partial_quote_after_a_short_opening_quote_and_its_attribution():
    """'“Not at all,” X said, adding that the plan was “…”': the opening quote is too short to be one, but its
    attribution still makes the partial quote X's; a body's attribution or another's naming in the clause none."""
    # plant: the `_EN_SHORT_QUOTE_OPENING` strip dropped from `_subject_partial` (the partial quote lost)
    said = "a promise written into the budget of next year."
    assert _quotes(L + "Of course," + R + " Japarov said, adding that the bridge was " + L + said + R) == [
        ("Sadyr Japarov", said)]
    assert _quotes(L + "Of course," + R + " the ministry said, adding that the bridge was " + L + said + R) == []
    assert _quotes(L + "Of course," + R + " Japarov said, adding that critics had called the bridge " + L + said
                   + R) == []


def test_a_partial_quote_after_a_verb_in_the_perfect():
    """'X has long described the valley as “…”' / 'has repeatedly called it “…”' / 'has said the plan was “…”': the
    participle after has/had is the verb read; "has been called “…”" is someone else's name for him, and a visit no
    speech."""
    # plant: the `_EN_PERFECT_PARTICIPLE` step dropped from `_subject_partial` (the three quotes lost)
    said = "the granary of the whole Fergana region"
    assert _quotes("Japarov has long described the valley as " + L + said + R + ".") == [("Sadyr Japarov", said)]
    assert _quotes("Japarov has repeatedly called the valley " + L + said + R + ".") == [("Sadyr Japarov", said)]
    assert _quotes("Japarov has said the valley was " + L + said + R + ".") == [("Sadyr Japarov", said)]
    assert _quotes("Japarov has been called " + L + said + R + " by his critics.") == []
    assert _quotes("Japarov has visited the " + L + "museum of the herders and their crafts" + R + " twice.") == []
