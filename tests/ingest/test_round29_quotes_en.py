"""English quote forms of round 29 (dev/354, 366, 368, 372, 373, 374, 384 and probes in the styles of wires, press
services, business and logistics papers, analysis magazines and Central Asian and Cypriot English-language outlets),
each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: _TITLE_OF_NAME (a comma between a ministry's words)

def test_a_minister_of_a_ministry_named_with_a_comma_is_remembered_by_name():
    """'Kyrgyzstan's Minister of Economy, Labour and Tourism Nurbek Toktosunov arrived …' then '“…,” Toktosunov said'
    and '“…,” the Kyrgyz minister said': the name after a ministry of several words joined by commas is remembered, as
    after "Minister of Economy"; a comma before the name itself, naming no one after the ministry, gives no one."""
    # plant: ",?" dropped from _TITLE_OF_NAME's ministry words (both quotes were lost)
    said, more = "Our exporters now want faster border crossings", "We will double the number of lanes"
    lead = "Kyrgyzstan's Minister of Economy, Labour and Tourism Nurbek Toktosunov arrived in Astana on Monday.\n\n"
    assert _quotes(lead + "“" + said + ",” Toktosunov said.\n\n“" + more + ",” the Kyrgyz minister added.") \
        == [("Nurbek Toktosunov", said), ("Nurbek Toktosunov", more)]
    assert _quotes("Kyrgyzstan's Minister of Economy, Labour and Tourism arrived in Astana on Monday.\n\n“" + more
                   + ",” the Kyrgyz minister added.") == []


# quotes.py: _EN_BARE_TITLE_APPOSITIVE (read by _attribution_ended)

def test_a_second_quote_after_a_bare_title_appositive_is_the_same_speakers():
    """'“…,” said X Y, managing director of Aktau-based forwarder Kaspi Line Logistics. “…”': the appositive without an
    article still ends the attribution's sentence, the company's capitalised name no other speaker; a clause that is no
    title ("…, whose partner Z W runs Kaspi Line.") names another, and leaves the second quote to no one."""
    # plant: the `_EN_BARE_TITLE_APPOSITIVE.match(gap)` alternative dropped from _attribution_ended (the second was lost)
    said, more = "Shippers no longer ask whether the ferry sails", "They ask what the price is for the whole trip."
    assert _quotes("“" + said + ",” said Arman Zhaksylykov, managing director of Aktau-based forwarder Kaspi Line "
                   "Logistics. “" + more + "”") == [("Arman Zhaksylykov", said), ("Arman Zhaksylykov", more)]
    assert _quotes("“" + said + ",” said Arman Zhaksylykov, head of sales at Kaspi Line Logistics. “" + more + "”") \
        == [("Arman Zhaksylykov", said), ("Arman Zhaksylykov", more)]
    assert _quotes("“" + said + ",” said Arman Zhaksylykov, whose partner Kairat Omarov runs Kaspi Line Logistics. “"
                   + more + "”") == [("Arman Zhaksylykov", said)]


# quotes.py: _EN_ACCORDING_TO_MEDIUM_END (read by _attribution_ended)

def test_a_second_quote_after_the_medium_that_carried_the_first():
    """'“…,” the president told his guest, according to state television. “…”': the medium after "according to" is no
    second speaker, so the next quote goes on in the same voice; "according to" a named person gives it to no one."""
    # plant: the _EN_ACCORDING_TO_MEDIUM_END substitution dropped from _attribution_ended (the second quote was lost)
    said, more = "Our grandfathers traded along this river for centuries", "We want our grandchildren to do the same."
    lead = "Kazakh Energy Minister Yerlan Akkenzhenov hosted his Uzbek counterpart in Atyrau.\n\n"
    assert _quotes(lead + "“" + said + ",” Akkenzhenov told his guest, according to Kazakh state television. “" + more
                   + "”") == [("Yerlan Akkenzhenov", said), ("Yerlan Akkenzhenov", more)]
    assert _quotes(lead + "“" + said + ",” Akkenzhenov told his guest, according to the ministry's press service. “"
                   + more + "”") == [("Yerlan Akkenzhenov", said), ("Yerlan Akkenzhenov", more)]
    assert _quotes(lead + "“" + said + ",” Akkenzhenov told his guest, according to Bolat Seitov. “" + more + "”") \
        == [("Yerlan Akkenzhenov", said)]


# quotes.py: _CALLING_END (an amount among the object's words)

def test_calling_a_goal_with_its_amount_a_partial_quote():
    """'X has been more cautious, calling the $5 billion goal “…”': the participle names its object, an amount among
    the object's words, so the quote is the subject's; an object that names another ("the goal set by Tokayev") not."""
    # plant: "[$€£]?" dropped from _CALLING_END's object words (the quote was lost)
    said = "a question of hard work, not of speeches"
    lead = "Kyrgyz President Sadyr Japarov met Uzbek business leaders in Osh.\n\n"
    assert _quotes(lead + "Japarov has been more careful in public, calling the $5 billion goal “" + said + "”.") \
        == [("Sadyr Japarov", said)]
    assert _quotes(lead + "Japarov has been more careful in public, calling the €2 billion plan “" + said + "”.") \
        == [("Sadyr Japarov", said)]
    assert _quotes(lead + "Japarov has been more careful, calling the $5 billion goal set by Tokayev “" + said + "”.") \
        == []


# quotes.py: _EN_WHICH_NAME_CALLED ("what")

def test_what_a_named_leader_once_called_is_his():
    """'the partnership remains what X once called “…”': the name in the "what" clause is the one whose words end it,
    whoever the sentence's subject is (after a linking verb); inside another's reported speech ("Y said the partnership
    remains what X called “…”") no one's, nor X's as the object of another's verb ("Y praised what X called “…”")."""
    # plant: the linking verbs' "what" dropped from _EN_WHICH_NAME_CALLED's relative words (the quotes were lost)
    # plant: "remain|" dropped from those linking verbs (the "remain what" quote was lost)
    said = "a friendship that has survived every storm"
    assert _quotes("For now, the partnership remains what Tokayev once called “" + said + "” – solid, but slow.") \
        == [("Kassym-Jomart Tokayev", said)]
    assert _quotes("The corridor is what Erdoğan has called “" + said + "”.") == [("Recep Tayyip Erdoğan", said)]
    assert _quotes("Ties with Baku remain what Erdoğan has called “" + said + "”.") == [("Recep Tayyip Erdoğan", said)]
    assert _quotes("Japarov said the partnership remains what Tokayev once called “" + said + "”.") == []
    assert ("Kassym-Jomart Tokayev", said) not in _quotes("Japarov praised what Tokayev once called “" + said + "”.")


# quotes.py: _EN_BODY_NAME_AFTER_PREPOSITION (read by _according_speaker)

def test_in_her_words_after_a_sentence_naming_her_and_her_institute():
    """'Analyst X Y of the Institute for Regional Studies and Policy believes …. In her words, …“…”': the institute's
    words after "for" are no second person, so "her" is X Y; a sentence naming a second person leaves "her" to no one."""
    # plant: the `_EN_BODY_NAME_AFTER_PREPOSITION.sub` dropped from _according_speaker (the quote was lost)
    said = "turn a signed memorandum into a loaded wagon"
    lead = "The trade house opened in Andijan on Friday.\n\n"
    assert _quotes(lead + "Analyst Malika Yuldasheva of the Bishkek-based Institute for Regional Policy and Trade "
                   "believes local links matter more than targets. In her words, such houses “" + said + "”.") \
        == [("Malika Yuldasheva", said)]
    assert _quotes(lead + "Analyst Malika Yuldasheva of the Centre of Economic Studies believes local links matter "
                   "more than targets. In her words, such houses “" + said + "”.") == [("Malika Yuldasheva", said)]
    assert _quotes(lead + "Analyst Malika Yuldasheva and Kamila Nurova believe local links matter more than targets. "
                   "In her words, such houses “" + said + "”.") == []


# quotes.py: _IN_WORDS_OPENING (the comma after "In his view" optional)

def test_in_his_view_without_a_comma():
    """'“…,” he said. In his view a figure of … is realistic, while the goal “…”': "In his view" opens the sentence
    without its comma, still the last speaker's opinion; a sentence naming someone else after it is not his."""
    # plant: ",?" back to "," in the round-11 _IN_WORDS_OPENING (the second quote was lost)
    said, partial = "Budapest treats our region as a partner", "will need new factories, not only new shops"
    lead = "Timur Sattarov, an economist at a Tashkent think tank, said the direction was clear. “" + said + ",” he said. "
    assert _quotes(lead + "In his view a turnover of $500 million is realistic, while the bigger goal “" + partial
                   + "”.") == [("Timur Sattarov", said), ("Timur Sattarov", partial)]
    assert _quotes(lead + "In his view a turnover of $500 million is realistic, while Laziz Kudratov thinks the goal “"
                   + partial + "”.") == [("Timur Sattarov", said)]


# quotes.py: ADDING_THAT ("and repeated that")

def test_a_second_partial_quote_after_and_repeated_that():
    """'X said Ankara would “…” and repeated that any deal had to respect “…”': the second partial quote ends the same
    sentence's second speech verb, so it is X's too; a clause naming another ("and repeated that Y's plan was “…”") not."""
    # plant: "|repeated|reiterated" dropped from ADDING_THAT's and-verbs (the second quote was lost)
    first, second = "never abandon its people on the island", "the equal status of the two sides"
    lead = "Turkish Vice President Cevdet Yılmaz arrived in Nicosia on Monday.\n\n"
    assert _quotes(lead + "Addressing the crowd, Yılmaz said Ankara would “" + first + "” and repeated that any deal had "
                   "to respect “" + second + "”.") == [("Cevdet Yılmaz", first), ("Cevdet Yılmaz", second)]
    assert ("Cevdet Yılmaz", second) not in _quotes(lead + "Addressing the crowd, Yılmaz said Ankara would “" + first
                                                    + "” and repeated that Nikos Christodoulides had rejected “" + second
                                                    + "”.")


# quotes.py: _EN_PARENTHETICAL_OF_WHICH (read by _subject_partial)

def test_described_as_past_an_aside_with_of_which():
    """'He also described the railway, construction of which began in 2024, as “…”': the aside describes the object and
    names no speaker, so "described … as" still gives the quote to the subject; an aside naming another speaker not."""
    # plant: the `_EN_PARENTHETICAL_OF_WHICH.sub` dropped from _subject_partial (the quote was lost)
    said = "the quickest way from our valleys to the ports of the Gulf"
    lead = "Kyrgyz Prime Minister Adylbek Kasymaliyev addressed the investors in Osh. "
    assert _quotes(lead + "He also described the new highway, the first section of which opened in May, as “" + said
                   + "”.") == [("Adylbek Kasymaliyev", said)]
    assert _quotes(lead + "He also described the new highway, the first section of which Sadyr Japarov opened in May, "
                   "as “" + said + "”.") == []


# quotes.py: _EN_IN_THE_WORDS_OF_OPENING (read by _subject_partial)

def test_in_the_words_of_a_named_leader():
    """'In the words of President X, the road is “…”': the opening names the speaker after "of"; "In the words of the
    report," names no one."""
    # plant: the `_EN_IN_THE_WORDS_OF_OPENING` check dropped from _subject_partial (the quote was lost)
    said = "a bridge between our two peoples and their markets"
    assert _quotes("In the words of President Sadyr Japarov, the new road is “" + said + "”.") \
        == [("Sadyr Japarov", said)]
    assert _quotes("In the view of Kazakh Foreign Minister Yermek Kosherbayev, the new road is “" + said + "”.") \
        == [("Yermek Kosherbayev", said)]
    assert _quotes("In the words of the annual report, the new road is “" + said + "”.") == []


# quotes.py: _EN_EXPECTATION_VERBS (read by _subject_partial)

def test_she_expects_a_clause_ending_in_her_words():
    """'“…,” she says. She expects the corridor to help only “…”': a verb of expectation with its clause ends in the
    subject's words, as a speech verb's does; a country as the subject, or a clause naming another person, gives no one."""
    # plant: the `_EN_EXPECTATION_VERBS` alternative dropped from _subject_partial (the second quote was lost)
    said, partial = "Cheaper money helps our exporters for now", "once the new berths are finally built"
    lead = "Almaty-based analyst Zarina Ospanova points to the currency. “" + said + ",” she says. "
    assert _quotes(lead + "She expects the port to make a real difference only “" + partial + "”.") \
        == [("Zarina Ospanova", said), ("Zarina Ospanova", partial)]
    assert _quotes(lead + "She doubts the port will grow much “" + partial + "”.") \
        == [("Zarina Ospanova", said), ("Zarina Ospanova", partial)]
    assert _quotes("Kazakhstan expects the port to make a real difference only “" + partial + "”.") == []
    assert _quotes(lead + "She expects Sadyr Japarov to back the port only “" + partial + "”.") \
        == [("Zarina Ospanova", said)]


# quotes.py: SUBJECT (an aside opening with a title in capitals)

def test_a_ceo_aside_between_the_name_and_the_verb():
    """'X Y, CEO of Kaspi Ferries, said: “…”' and 'X Y, CEO of …, said the fleet would grow. “…,” he said.': a title
    in capitals opens the aside as a lower-case one does; an aside that is a body's name ("X Y, Kaspi Ferries, said")
    stays no subject's aside, and the verb's object naming another leaves the colon quote to no one."""
    # plant: the "CEO|CFO|COO|MP|MEP" aside dropped from SUBJECT (both quotes were lost)
    said = "We plan to carry twice as much cargo next year"
    assert _quotes("Daniyar Omarov, CEO of Kaspi Ferries, said: “" + said + ".”") == [("Daniyar Omarov", said + ".")]
    assert _quotes("Daniyar Omarov, CEO of Kaspi Ferries, said the fleet would grow. “" + said + ",” he said.") \
        == [("Daniyar Omarov", said)]
    assert _quotes("Daniyar Omarov, CEO of Kaspi Ferries, praised Sadyr Japarov: “" + said + ".”") == []
