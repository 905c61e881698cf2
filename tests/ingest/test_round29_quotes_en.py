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
    said = "a friendship that has survived every storm"
    assert _quotes("For now, the partnership remains what Tokayev once called “" + said + "” – solid, but slow.") \
        == [("Kassym-Jomart Tokayev", said)]
    assert _quotes("The corridor is what Erdoğan has called “" + said + "”.") == [("Recep Tayyip Erdoğan", said)]
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
