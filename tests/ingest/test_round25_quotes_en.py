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


# quotes.py: _attribution_then_naming (a quoted term in the object) and _CALLING_END (an "of" phrase)

def test_a_participle_naming_an_object_with_a_quoted_term_after_the_attribution():
    """'“…,” he said, describing the idea of the “Turkic spring” as “…”': the short quoted term is part of the object, and
    the object's noun may take an "of" phrase; the partial quote is the first one's speaker's. An object that names a
    person ("the plan of Ilham Aliyev") is his naming, not the speaker's own words."""
    # plant: the `if _QUOTE_MARK.search(gap)` unquoting step dropped from _attribution_then_naming (the partial lost)
    # plant: the `(?:\s+of\s+…)?` group dropped from _CALLING_END (the partial lost)
    first, said = "Our trade must grow with our friendship", "a path our children will finish"
    text = ("Tokayev spoke first. " + L + first + "," + R + " he said, describing the idea of the " + L + "Turkic spring"
            + R + " as " + L + said + R + ".")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", first), ("Kassym-Jomart Tokayev", said)]
    text = ("Tokayev spoke first. " + L + first + "," + R + " he said, describing the plan of Ilham Aliyev as " + L
            + said + R + ".")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", first)]


# quotes.py: _EN_WHICH_HE_CALLED ("which she said “…”")

def test_a_relative_clause_of_speech_before_a_partial_quote_is_the_subjects():
    """'She pointed to the new terminal, which she said “could become …”': the relative clause's speech verb is the
    subject's, the quote the rest of its clause; a clause whose owner is someone else named before ("the port that
    Mirziyoyev opened, which he said …") is not hers."""
    # plant: `|said|says|believes|…` dropped from _EN_WHICH_HE_CALLED (the first quote lost)
    said = "could become the Rotterdam of the Caspian shore"
    intro = "Leyla Hasanova, a logistics analyst in Baku, was upbeat. "
    assert _quotes(intro + "She pointed to the new terminal at Alat, which she said " + L + said + R
                   + " if the tariffs stay low.") == [("Leyla Hasanova", said)]
    assert _quotes(intro + "She pointed to the port that Mirziyoyev opened, which he said " + L + said + R + ".") == []


# people.py: _BODY_WORDS (places by their kind: "province", "region", "valley", …)

def test_a_place_named_with_its_kind_is_no_person_in_a_reported_clause():
    """'He said the road through Kazakhstan's Mangystau Region would become “…”': "Mangystau Region" is a place, not an
    unlisted person whose name would take the clause from the speaker; a person named there still does."""
    # plant: "region" dropped from the round 25 words of people._BODY_WORDS (the first quote lost)
    said = "the main artery of the whole Caspian trade"
    assert _quotes("Mirziyoyev spoke about transport. He said the road through Kazakhstan's Mangystau Region would "
                   "become " + L + said + R + ".") == [("Shavkat Mirziyoyev", said)]
    assert _quotes("Mirziyoyev spoke about transport. He said the road Dauren Abayev planned would become " + L + said
                   + R + ".") == []


# quotes.py: _en_pronoun_opens_quote_sentence (a long clause between "He said" and the quote)

def test_a_pronoun_opening_a_long_reported_sentence_is_the_subject_before():
    """'Mirziyoyev turned to transport. He said the railway …, financed …, would become “…”': "He" opening the quote's
    sentence is the one the sentence before is about, however far back it stands; with no one named before, no one."""
    # plant: `or ((\"He \" in before …) and _en_pronoun_opens_quote_sentence(before))` dropped (the first quote lost)
    said = "the shortest way from the Fergana Valley to the sea"
    clause = (" He said the railway through the mountains, financed in part by the Asian Development Bank after years "
              "of talks with three neighbours, would become " + L + said + R + ".")
    assert _quotes("Mirziyoyev turned to transport." + clause) == [("Shavkat Mirziyoyev", said)]
    assert proposed.quotes("Talks\n\nThe talks turned to transport." + clause, DAY) == []


# quotes.py: SUBJECT ("Minister for …", the "for" of a portfolio)

def test_a_minister_for_a_portfolio_opening_the_paragraph_is_the_he_of_its_quote():
    """'Minister for Regional Development X Y praised the new bank. The fund has lent …, he said, adding that “…”': the
    title with "for" is the paragraph's subject, whom "he" means, not the speaker of the paragraph before."""
    # plant: `for|` dropped from the verb's lookahead in SUBJECT (the quote given to Tibor Kovács)
    # plant: `(?:of|for)` back to `of` in SUBJECT's name run (the quote given to Tibor Kovács)
    first = "Our farmers need Kazakh fertiliser more than ever"
    said = "Hungarian firms can win tenders in the steppe if they bring their own credit."
    text = (L + first + "," + R + " Tibor Kovács said.\n\nMinister for Regional Development Gábor Lendvai praised the "
            "new bank. The fund has lent about $80 million to Kazakh farms, he said, adding that " + L + said + R)
    assert proposed.quotes("Talks\n\nThe commission met in Astana.\n\n" + text, DAY) \
        == [("Tibor Kovács", first), ("Gábor Lendvai", said)]


# quotes.py: _EN_PORTFOLIO_AND ("Minister of Transport and Communications X Y")

def test_and_inside_a_ministrys_portfolio_keeps_the_title_and_name_one_subject():
    """'Minister of Transport and Communications X Y welcomed the plan. The line …, he said, adding that “…”': the "and"
    of the portfolio is inside the title; "and" between two people ("Bektenov and Japarov agreed …") is no one subject."""
    # plant: `(?<=Transport )|` dropped from _EN_PORTFOLIO_AND (the quote lost)
    said = "the first freight trains will run before the winter"
    text = ("Minister of Transport and Communications Almaz Bekturov welcomed the plan. The line will cost about $3 "
            "billion, he said, adding that " + L + said + R + ".")
    assert proposed.quotes("Talks\n\nThe commission met in Bishkek.\n\n" + text, DAY) == [("Almaz Bekturov", said)]
    text = "Olzhas Bektenov and Sadyr Japarov agreed that " + L + said + R + "."
    assert proposed.quotes("Talks\n\nThe commission met in Bishkek.\n\n" + text, DAY) == []
