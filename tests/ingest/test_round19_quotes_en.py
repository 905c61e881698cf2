"""English quote forms of round 19 (dev/212, dev/217 and probes in the styles of state agencies' English editions and
the trade press), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 22)
L, R = "\u201c", "\u201d"


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_an_initial_after_a_title_before_the_surname():
    """'“…,” Minister R. Meredov said' / 'Foreign Minister J. Bayramov noted': a given name's initial between the title
    and the surname, as state agencies write it; the initial must fit ("Minister A. Meredov" is no Rashid Meredov).
    Plant: `_SPEAKER` without the round-19 initial (no speaker found)."""
    lead = "Talks\n\nThe foreign ministers of Turkmenistan and Azerbaijan met in Ashgabat on Tuesday.\n\n"
    quote = L + "The ferry line is one of the key links of the corridor," + R
    said = "The ferry line is one of the key links of the corridor"
    assert _quotes(lead + quote + " Minister R. Meredov said.") == [("Rashid Meredov", said)]
    assert _quotes(lead + quote + " Foreign Minister J. Bayramov noted.") == [("Jeyhun Bayramov", said)]
    assert _quotes(lead + quote + " Minister A. Meredov said.") == []


def test_the_head_of_a_states_foreign_ministry_is_its_foreign_minister():
    """'the head of the Azerbaijani foreign ministry said: “…”' / "head of Azerbaijan's Foreign Ministry" / "the head of
    the Foreign Ministry of Kazakhstan" / "the head of Azerbaijani diplomacy": the foreign minister of that
    state on the day; "the deputy head of …" and a ministry of two states are none. Plant: `_en_ministry_head` returning
    None (no speaker)."""
    lead = "Talks\n\nThe two delegations met in Ashgabat on Tuesday.\n\n"
    quote = L + "Azerbaijan highly values the neutrality policy of Turkmenistan." + R
    said = "Azerbaijan highly values the neutrality policy of Turkmenistan."
    assert _quotes(lead + "In turn, the head of the Azerbaijani foreign ministry said: " + quote) == [
        ("Jeyhun Bayramov", said)]
    assert _quotes(lead + "The head of Azerbaijan's Foreign Ministry stressed: " + quote) == [("Jeyhun Bayramov", said)]
    assert _quotes(lead + "Later, the head of the Foreign Ministry of Kazakhstan said: " + quote) == [
        ("Yermek Kosherbayev", said)]
    assert _quotes(lead + quote + " the head of Azerbaijani diplomacy said.") == [("Jeyhun Bayramov", said)]
    assert _quotes(lead + "The deputy head of the Azerbaijani foreign ministry said: " + quote) == []


def test_a_bodys_name_before_a_lower_case_title_is_no_speaker():
    """'“…,” KTZ Express deputy head Aidos Zhaksybekov told …' / "Caspian Shipping general manager X Y said" / "X said last
    month that … “…”": the company's name is no person, the name after its title speaks. Plants:
    `_en_name_after_body_title` returning `names` unchanged ('Eastlane Partners' given the quote); `_en_acronym_free`
    returning `names` ('KTZ Express' given the last quote); "manager" out of `_LOWER_TITLES` (the partial quote given
    'Caspian Shipping')."""
    lead = "Freight\n\nContainer volumes on the route grew by a third in the first quarter.\n\n"
    quote = L + "Our target for next year is a weekly service from Xi'an to Baku," + R
    said = "Our target for next year is a weekly service from Xi'an to Baku"
    assert _quotes(lead + quote + " KTZ Express deputy head Aidos Zhaksybekov told the magazine.") == [
        ("Aidos Zhaksybekov", said)]
    assert _quotes(lead + quote + " Baku Port Holding commercial director Elvin Hasanli said.") == [
        ("Elvin Hasanli", said)]
    assert _quotes(lead + quote + " Eastlane Partners managing director Jonas Weber said.") == [("Jonas Weber", said)]
    assert _quotes(lead + quote + " said Caspian Shipping general manager Rauf Veliyev.") == [("Rauf Veliyev", said)]
    assert _quotes(lead + "Caspian Shipping general manager Rauf Veliyev said last month that the new ferry "
                   + L + "will be in service before the summer peak" + R + ".") == [
        ("Rauf Veliyev", "will be in service before the summer peak")]
    # a body alone, its title and no name, is no one
    assert _quotes(lead + quote + " KTZ Express said in a statement.") == []


def test_an_interviewees_surname_label_answers_the_question_line_before():
    """'RailFreight.com: Will the fleet keep up?' / 'Rustamov: Two new ferries …': the answer under a surname the article
    named in full before is that person's; the question is no quote; a label naming no one before, or an answer with no
    question line before it, is none. Plant: `_en_interview_answer` returning False (both answers missed)."""
    lead = ("Ferries\n\n" + L + "The corridor is becoming a main route," + R + " said ADY chairman Rovshan Rustamov.\n\n"
            "We asked Rustamov about the Caspian crossing.\n\n")
    first = "Two new ferries enter service in April, which is what the market needs."
    second = "We have agreed a single through rate with our partners."
    text = (lead + "Cargo Weekly: Will the fleet keep up with the growth?\n\nRustamov: " + first
            + "\n\nCargo Weekly: And the tariffs?\n\nRustamov: " + second)
    assert _quotes(text) == [("Rovshan Rustamov", "The corridor is becoming a main route"),
                             ("Rovshan Rustamov", first), ("Rovshan Rustamov", second)]
    # a label the article never named is no one
    assert _quotes(text.replace("Rustamov: ", "Huseynov: ")) == [
        ("Rovshan Rustamov", "The corridor is becoming a main route")]
    # no question line before it: a heading-like "Rustamov: …" paragraph in running text is no answer
    assert _quotes(lead + "Rustamov: " + first) == [("Rovshan Rustamov", "The corridor is becoming a main route")]
