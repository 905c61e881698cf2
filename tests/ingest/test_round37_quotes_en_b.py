"""English quotes B, round 37: speakers the older rules lost or mixed up (dev/553, 554, 558, 564 and probes in the
styles of trade papers, wires and press services), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: _TITLE_WORDS (a job title's last word before a name)

def test_a_job_title_before_a_name_is_no_given_name():
    """"Chief Executive Officer X Y said …" / "Chief Engineer X Y": the job word is no part of the name."""
    # plant: "officer", "engineer" dropped from _TITLE_WORDS (the speaker was "Officer Dana Seitkali")
    text = ("Talks went on in Almaty. KTZ Chief Executive Officer Dana Seitkali, who joined the talks, said the new "
            "wagons were \"a real step for our whole freight fleet\" and more would come.")
    assert _quotes(text) == [("Dana Seitkali", "a real step for our whole freight fleet")]
    text = "Chief Engineer Rustam Qodirov told the agency: \"The bridge will carry heavy trains by spring.\""
    assert _quotes(text) == [("Rustam Qodirov", "The bridge will carry heavy trains by spring.")]


def test_an_academic_or_trade_job_word_opening_the_sentence_is_no_given_name():
    """"Lecturer X Y said …" (probes: campus and market reporting): the job word is no part of the name."""
    # plant: "lecturer" dropped from _TITLE_WORDS (the speaker was "Lecturer Malika Yusupova")
    text = "Lecturer Malika Yusupova said the new visa rules were \"a gift to students on both sides.\""
    assert _quotes(text) == [("Malika Yusupova", "a gift to students on both sides.")]


def test_a_title_word_inside_a_body_name_still_gives_the_name_after_it():
    """Precision: the body's own capitalised words before the title stay out of the name, as before."""
    # plant: "chairman" dropped from people._TITLE_WORDS (the speaker becomes "Board Chairman Ayten Guliyeva")
    text = "Board Chairman Ayten Guliyeva said: \"We will open two more branches this year.\""
    assert _quotes(text) == [("Ayten Guliyeva", "We will open two more branches this year.")]


# people.py: _EN_NAME_TITLE_APPOSITIVE (the "of" part of a title after a name, up to 120 characters)

def test_a_name_with_a_long_firm_description_after_its_title_speaks():
    """"X Y, managing director of <a firm described at length>, said … “…”": X Y is named (a Turkish surname whose
    end reads as a plural needs it), and the next "he said" is his, not the minister's quoted before."""
    # plant: the "of" part back to {1,60} in _EN_NAME_TITLE_APPOSITIVE (no partial quote, then the minister's)
    text = ("\"We will double the number of container trains this year,\" Minister Ulan Beishenaliev said.\n\n"
            "Kerem Çakırları, managing director of an Izmir-based freight company that sends block trains to Central "
            "Asia, said the new permits would \"save two weeks on every trip east.\"\n\n"
            "\"Every border used to mean new papers and new fees for us,\" he said.")
    assert _quotes(text)[1:] == [("Kerem Çakırları", "save two weeks on every trip east."),
                                 ("Kerem Çakırları", "Every border used to mean new papers and new fees for us")]


# people.py: _APPOSITIVE_TITLES ("chairperson"); quotes.py: _en_said_closing_subject

def test_a_chairperson_named_after_a_guest_speaks_in_her_own_reported_sentence():
    """"… at the invitation of X Y, Chairperson of the Majlisi Milli." then "Y said …" then "“…,” she said, …": hers."""
    # plant: "chairperson" dropped from _APPOSITIVE_TITLES (the guest chairman got her quote)
    text = ("Speaker Talant Mamytov arrived in Dushanbe at the invitation of Gulnora Saidova, Chairperson of the "
            "Majlisi Milli.\n\n\"Our parliaments must move faster on these laws,\" he said.\n\n"
            "Saidova said transit volumes had doubled since 2024.\n\n"
            "\"This road is now open every day of the year,\" she said, referring to the new pass.")
    assert _quotes(text) == [("Talant Mamytov", "Our parliaments must move faster on these laws"),
                             ("Gulnora Saidova", "This road is now open every day of the year")]


def test_a_name_closing_a_sentence_of_reported_speech_speaks_next():
    """"…, Y said at a joint press conference." before "“…,” she said, referring to …": Y, whose words the sentence
    reported, after a sentence of several clauses (the older rules gave the quote to the guest chairman quoted before)."""
    # plant: `if True or (m := _EN_SAID_CLOSING.search(body)) is None` in _en_said_closing_subject (Mamytov's quote)
    text = ("Speaker Talant Mamytov arrived in Dushanbe at the invitation of Gulnora Saidova, Chairperson of the "
            "Majlisi Milli.\n\n\"Our parliaments must move faster on these laws,\" he said.\n\n"
            "Trade reached $900 million last year, official data show. In the first half, transit rose to 2.1 million "
            "tonnes, up 9 per cent, "
            "Saidova said at a joint press conference.\n\n"
            "\"This road is now open every day of the year,\" she said, referring to the new pass.")
    assert _quotes(text)[1] == ("Gulnora Saidova", "This road is now open every day of the year")


def test_an_office_closing_a_sentence_does_not_take_the_next_quote():
    """Precision: "…, Y's office said at …." names no speaker: the last one keeps the quote."""
    # plant: _EN_SAID_CLOSING lets "'s office" stand between the name and "said" (the quote goes to Gulnora Saidova)
    text = ("Speaker Talant Mamytov arrived in Dushanbe at the invitation of Gulnora Saidova, Chairperson of the "
            "Majlisi Milli.\n\n\"Our parliaments must move faster on these laws,\" he said.\n\n"
            "Trade reached $900 million last year, official data show. In the first half, transit rose to 2.1 million "
            "tonnes, up 9 per cent, "
            "Saidova's office said in a statement.\n\n"
            "\"This road is now open every day of the year,\" he said, referring to the new pass.")
    assert _quotes(text)[1] == ("Talant Mamytov", "This road is now open every day of the year")


# people.py: en_state_head_of_government

def test_a_state_adjective_before_head_of_government_is_its_premier():
    """"“…,” the Kyrgyz head of government said" is Kyrgyzstan's premier on the day (its cabinet's chairman)."""
    # plant: the `or en_state_head_of_government(…)` hook dropped from Resolver._resolve (no speaker, no quote)
    text = "\"We want this railway to carry freight before the end of 2027,\" the Kyrgyz head of government said."
    assert _quotes(text) == [("Adylbek Kasymaliyev", "We want this railway to carry freight before the end of 2027")]
    text = "\"We want this railway to carry freight before the end of 2027,\" said Kazakhstan's head of government."
    assert _quotes(text) == [("Olzhas Bektenov", "We want this railway to carry freight before the end of 2027")]


def test_a_deputy_head_of_government_is_not_the_premier():
    """Precision: "the Kyrgyz deputy head of government" names no premier."""
    # plant: the `"deputy" in m["state"]` check dropped from en_state_head_of_government
    text = ("\"We want this railway to carry freight before the end of 2027,\" the Kyrgyz deputy head of government "
            "said.")
    assert _quotes(text) == []


# quotes.py: _LOWER_TITLES (working people after their trade, lower case)

def test_a_working_person_after_a_lower_case_trade_speaks():
    """"Truck driver X Y said … “…”" (street-level reports): X Y speaks."""
    # plant: "driver|" dropped from _LOWER_TITLES (no quote: the sentence had no subject)
    text = "Truck driver Timur Abdrakhmanov said the wait was \"four days at the Khorgos crossing\" last week."
    assert _quotes(text) == [("Timur Abdrakhmanov", "four days at the Khorgos crossing")]

