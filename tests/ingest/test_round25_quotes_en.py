"""English quote forms of round 25 (dev/282–302 and probes in the styles of wires, presidential press services, regional
English sites and the business press), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 21)
L, R = "\u201c", "\u201d"
LEAD = "Talks\n\nPresident Shavkat Mirziyoyev received the delegation in Tashkent on Monday.\n\n"


def _quotes(text, day=DAY):
    return proposed.quotes(LEAD + text, day)


# quotes.py: _SPEAKER (up to ten words after the quote)

def test_a_state_title_with_a_long_ministry_name_before_the_speaker_said_after():
    """'“…,” Kyrgyzstan's Minister of Economic Development and Foreign Trade X Y said at the forum': a ministry's long name in
    the title still leaves the name before the verb; a quote with no one named after it stays no one's."""
    # plant: `{{0,9}}?` back to `{{0,7}}?` in _SPEAKER (the quote lost)
    said = "The railway will pay for itself within ten years"
    text = ("Forum\n\nTalks went on in Tashkent.\n\n" + L + said + "," + R + " Kyrgyzstan's Minister of Economic "
            "Development and Foreign Trade Bolotbek Osmonaliev said at the forum.")
    assert proposed.quotes(text, DAY) == [("Bolotbek Osmonaliev", said)]
    text = ("Forum\n\nTalks went on in Tashkent.\n\n" + L + said + "," + R + " the ministry of economic development "
            "and foreign trade of the country said in a statement.")
    assert proposed.quotes(text, DAY) == []


# quotes.py: _EN_APPOSITIVE_GAP (the continuation after "said X Y, an analyst at …,")

def test_a_quote_broken_by_a_verb_first_attribution_with_an_appositive_goes_on_in_that_voice():
    """'“…,” said X Y, an economist at a Bishkek institute, “but …”': the lower-case rest after the speaker's appositive
    is his second quote; a capitalised sentence after a full stop is read by the other rules, and a rest after a gap
    that is no appositive ("while the ministry argued") is not joined to him."""
    # plant: the `_EN_APPOSITIVE_GAP` alternative made `False and …` in the continuation step of find_quotes
    first, rest = "The new crossing is a good start", "but the queues at the border will not vanish overnight."
    text = L + first + "," + R + " said Kubanych Sydykov, an economist at a Bishkek institute, " + L + rest + R
    assert _quotes(text) == [("Kubanych Sydykov", first), ("Kubanych Sydykov", rest)]
    text = L + first + "," + R + " said Kubanych Sydykov, while the ministry argued " + L + rest + R
    assert ("Kubanych Sydykov", rest) not in _quotes(text)


# quotes.py: _EN_PERFECT_PARTICIPLE (a time between "has" and the participle)

def test_a_time_between_the_perfect_auxiliary_and_the_naming_verb():
    """'X has in recent months repeatedly called Y “…”' / 'has over the years described Y as “…”': the time phrase
    leaves the perfect's participle the verb; a perfect of no verb ("has in recent months become “…”") gives no one."""
    # plant: `over|for|during` spoiled in the time group of _EN_PERFECT_PARTICIPLE (the second quote lost)
    said = "the natural partner of our landlocked region"
    assert _quotes("President Kassym-Jomart Tokayev has in recent months repeatedly called Turkey " + L + said + R
                   + ".") == [("Kassym-Jomart Tokayev", said)]
    assert _quotes("President Kassym-Jomart Tokayev has over the years described Turkey as " + L + said + R
                   + ".") == [("Kassym-Jomart Tokayev", said)]
    assert _quotes("The port of Kuryk has in recent months become " + L + said + R + ".") == []


# people.py: _BODY_WORDS ("international")

def test_a_route_or_body_named_international_is_no_person_in_the_object():
    """'X described the Trans-Asian International Freight Route as “…”': "International" is no word of anyone's name, so
    the object names nobody and the quote is the subject's; a person named in the object still takes it from him."""
    # plant: "international" dropped from people._BODY_WORDS (the first quote lost)
    said = "the fastest and cheapest way from China to the Black Sea"
    assert _quotes("Prime Minister Olzhas Bektenov described the Trans-Asian International Freight Route as " + L + said
                   + R + " and spoke about the new terminals.") == [("Olzhas Bektenov", said)]
    assert _quotes("Prime Minister Olzhas Bektenov described Rovshan Mammadli's plan as " + L + said + R + ".") == []


# quotes.py: _en_owned_source ("According to the president's press service, X described …")

def test_a_press_service_its_owner_names_leaves_the_quote_to_the_rests_subject():
    """'According to the Kyrgyz president's press service, Japarov described Turkey as “…”': the service is the report's
    source, the rest's subject the speaker; a rest whose subject is a different person is his, not the owner's."""
    # plant: `or not _en_owned_source(m["spk"])` made `or True` in _subject_partial (both quotes lost)
    said = "a dependable friend in difficult times"
    assert _quotes("According to the Kyrgyz president's press service, Japarov described Turkey as " + L + said + R
                   + " and invited investors.", date(2026, 4, 21)) == [("Sadyr Japarov", said)]
    assert _quotes("According to the Uzbek president's press service, Tokayev described Turkey as " + L + said + R
                   + ".") == [("Kassym-Jomart Tokayev", said)]


# quotes.py: VERBS (the present tense of features, "She warns, though, that “…”")

def test_a_present_tense_speech_verb_before_a_reported_partial_quote():
    """'She warns, though, that “…”' / '… insists that “…”': the feature's present of a speech verb reports the subject's
    words; a report or a study that warns is no person."""
    # plant: `|warns` dropped from the round 25 VERBS growth (the first quote lost)
    said = "the new rules will hurt small exporters most"
    intro = "Dilnoza Karimova is a trade lawyer in Samarkand. "
    assert _quotes(intro + "She warns, though, that " + L + said + R + ".") == [("Dilnoza Karimova", said)]
    assert _quotes(intro + "She insists that " + L + said + R + ".") == [("Dilnoza Karimova", said)]
    assert _quotes(intro + "The study warns that " + L + said + R + ".") == []
