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
    question line before it, is none. Plants: `_en_interview_answer` returning False (both answers missed); its
    `_surname_named_before` fallback set to None (Keller's answer missed)."""
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
    # the interviewee introduced with a lower-case title after her name, which leaves her unremembered until asked
    keller = ("Rail\n\nWe spoke to Anna Keller, head of Eurasia at DB Cargo.\n\nThe Freight Times: What holds the route "
              "back?\n\nKeller: The break of gauge at the border costs us two days on every train.")
    assert _quotes(keller) == [("Anna Keller", "The break of gauge at the border costs us two days on every train.")]
    # no question line before it: a heading-like "Rustamov: …" paragraph in running text is no answer
    assert _quotes(lead + "Rustamov: " + first) == [("Rovshan Rustamov", "The corridor is becoming a main route")]


def test_a_company_title_and_a_name_in_either_order():
    """'The company's CEO, Talgat Aliyev, said: “…”' / '“…,” the CEO of KTZ Express, Talgat Aliyev, said.' / '“…,” Talgat
    Aliyev, KTZ Express's CEO, said.' / "Eastlane Partners' analyst": the person between or before the commas speaks;
    "an executive at KTZ Express said" and "the Kazakh rail operator said" name no one. Plants: "CEO" out of
    `_LOWER_TITLES` (the colon quote and "the CEO of …, X Y, said" missed); the
    possessive body of `AFTER_NAME_POSSESSIVE_TITLE` back to one word ("KTZ Express's CEO" missed)."""
    lead = "Freight\n\nContainer volumes on the corridor grew by a third in the first quarter.\n\n"
    words = "We expect volumes to double by 2027"
    quote = L + words + "," + R
    assert _quotes(lead + "The company's CEO, Talgat Aliyev, said: " + L + words + "." + R) == [
        ("Talgat Aliyev", words + ".")]
    assert _quotes(lead + "The head of the port, Taleh Ziyadov, told reporters: " + L + words + "." + R) == [
        ("Taleh Ziyadov", words + ".")]
    assert _quotes(lead + quote + " the CEO of KTZ Express, Talgat Aliyev, said.") == [("Talgat Aliyev", words)]
    assert _quotes(lead + quote + " Talgat Aliyev, KTZ Express's CEO, said.") == [("Talgat Aliyev", words)]
    assert _quotes(lead + quote + " Lena Hoffmann, Eastlane Partners' senior analyst, said.") == [("Lena Hoffmann", words)]
    assert _quotes(lead + quote + " an executive at KTZ Express said.") == []
    assert _quotes(lead + quote + " the Kazakh rail operator said.") == []
    assert _quotes(lead + "The Ministry of Transport, in a statement, said: " + L + words + "." + R) == []


def test_a_bodys_capitalised_name_before_the_persons_is_no_part_of_it():
    """'Head of the Presidential Administration Samir Nuriyev said: “…”' / "Head of the State Customs Committee Shahin
    Baghirov noted:": the run after the body's last word is the name ("Administration Samir Nuriyev" is none). Plants:
    `_en_after_body_word` returning the run unread ('Administration Samir Nuriyev' given the quote); "administration" out of
    the round-19 body words (the same)."""
    lead = "Talks\n\nThe delegations met in Baku on Monday.\n\n"
    words = "Our countries are bound by a strategic partnership."
    quote = L + words + R
    assert _quotes(lead + "Head of the Presidential Administration Samir Nuriyev said: " + quote) == [
        ("Samir Nuriyev", words)]
    assert _quotes(lead + "Head of the State Customs Committee Shahin Baghirov noted: " + quote) == [
        ("Shahin Baghirov", words)]
