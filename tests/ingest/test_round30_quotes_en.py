"""English quote forms of round 30 (dev/396 and probes in the styles of wires, press services, business and logistics
papers, analysis magazines and Central Asian and Cypriot English-language outlets), each as a small text in words of
its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: Resolver._note_joint_heads, _joint_first_head (_JOINT_HEADS_GAP)

def test_the_head_of_state_after_two_presidents_named_jointly_is_the_first_of_them():
    """'President X and President Y agreed …' then '… the head of state said the country wanted “…”': the pair's first
    (the outlet's own or the host, named first) is meant, not the one named last; so with "his Azerbaijani counterpart";
    a head named again after the pair ("Aliyev later toured …") is the one named last again."""
    # plant: `self._joint_first_head(...)` dropped from _head_for_title (the quotes went to Aliyev)
    # plant: `self.joint_heads = None` dropped from Resolver._remember (the last quote went to Japarov)
    said = "“Our ports are ready for the traffic,” Bakyt Osmonov, head of a freight company, told reporters.\n\n"
    quote = "the main gateway between the Caspian and Chinese markets"
    pair = "President Sadyr Japarov and President Ilham Aliyev have agreed to triple bilateral trade.\n\n"
    then = "Addressing a forum in Bishkek in May, the head of state said Kyrgyzstan wanted to become “" + quote + "”."
    assert _quotes(said + pair + then)[1:] == [("Sadyr Japarov", quote)]
    assert _quotes(said + "President Sadyr Japarov and his Azerbaijani counterpart Ilham Aliyev have agreed to triple "
                   "bilateral trade.\n\n" + then)[1:] == [("Sadyr Japarov", quote)]
    assert _quotes(said + pair + "President Ilham Aliyev later toured a plant.\n\n" + then)[1:] \
        == [("Ilham Aliyev", quote)]



# people.py: _president_by_surname

def test_the_head_of_state_after_a_president_named_by_title_and_surname():
    """'President Rahmon opened the plant. The head of state said: “…”' is Rahmon, after an economist spoke or before
    anyone did; "Presidents Japarov and Rahmon …" is the first of the pair, as full names are; a surname of no head
    of state in office ("former President Nazarbayev") is none; "President Rahmon's visit" names him too."""
    # plant: the `_note_president_surname` call of the "President X" branch dropped from note_names_in (the quotes went
    # to Bakirov / none)
    # plant: `and term.covers(day)` dropped from _president_by_surname (the last quote went to Nazarbayev)
    # plant: the possessive `elif … words[0] == "President"` branch dropped from note_names_in (the last quote was lost)
    spoke = "“Prices for cement have finally stopped rising,” said Talant Bakirov, an economist in Dushanbe.\n\n"
    said = "Our plant will supply the whole region with cement"
    then = "\n\nThe head of state said: “" + said + ".”"
    assert _quotes(spoke + "President Rahmon opened the plant on Friday." + then)[1:] \
        == [("Emomali Rahmon", said + ".")]
    assert _quotes("President Rahmon opened the plant on Friday." + then) == [("Emomali Rahmon", said + ".")]
    assert _quotes(spoke + "Presidents Japarov and Rahmon opened the plant on Friday." + then)[1:] \
        == [("Sadyr Japarov", said + ".")]
    assert _quotes("Former President Nazarbayev opened the plant on Friday." + then) == []
    assert _quotes("President Rahmon's visit to the plant ended on Friday." + then) == [("Emomali Rahmon", said + ".")]

# people.py: _EN_AMBASSADOR_TO_NAME (_en_ambassadors_to)

def test_the_ambassador_after_an_ambassador_titled_to_his_host_state():
    """'Tajikistan's Ambassador to Türkiye X Y attended …' then '“…,” the ambassador said': the name after the host
    state's words is remembered with the title and the sending state, so "the Tajik ambassador" is he too and "the
    Turkish ambassador" is nobody named."""
    # plant: the `_en_ambassadors_to(text)` call dropped from Resolver.note_names_in (the quotes were lost)
    said = "Our students are the best bridge between the two nations"
    lead = "Tajikistan's Ambassador to Türkiye Farrukh Nazarov attended the graduation in Izmir.\n\n“" + said + ",” "
    assert _quotes(lead + "the ambassador said.") == [("Farrukh Nazarov", said)]
    assert _quotes(lead + "the Tajik ambassador said.") == [("Farrukh Nazarov", said)]
    assert _quotes(lead + "the Turkish ambassador said.") == []



def test_the_ambassador_after_a_press_service_title_of_his_state_to_the_host():
    """'Ambassador (Extraordinary and Plenipotentiary) of Tajikistan to Türkiye X Y' then '“…,” the ambassador said':
    the sending state after "of" (so "the Tajik ambassador" is he), the host after "to"."""
    # plant: the `(?:\s+of\s+…(?P<of>…))?` part made never to match in _EN_AMBASSADOR_TO_NAME (`(?P<of>(?!))?`; the quotes were lost)
    said = "Our students are the best bridge between the two nations"
    for title in ("Ambassador of Tajikistan to Türkiye", "Ambassador Extraordinary and Plenipotentiary of Tajikistan to "
                  "Türkiye"):
        lead = title + " Farrukh Nazarov attended the graduation in Izmir.\n\n“" + said + ",” "
        assert _quotes(lead + "the Tajik ambassador said.") == [("Farrukh Nazarov", said)]
        assert _quotes(lead + "the Turkish ambassador said.") == []

# people.py: _EN_NAME_TITLE_APPOSITIVE (a state's possessive before the title)

def test_the_ambassador_after_a_name_and_a_possessive_title_between_commas():
    """'X Y, Tajikistan's ambassador to Türkiye, attended …' then '“…,” the ambassador said': the state's possessive
    before the lower-case title is no bar to the appositive; a possessive of a person or firm with no title after
    ("X Y, Nazarov's old friend, …") names no ambassador."""
    # plant: the possessive `(?:[{CAPITALS}][\w\-]+['’]s\s+)?` dropped from _EN_NAME_TITLE_APPOSITIVE (the quote lost)
    said = "Our students are the best bridge between the two nations"
    assert _quotes("Farrukh Nazarov, Tajikistan's ambassador to Türkiye, attended the graduation in Izmir.\n\n“" + said
                   + ",” the ambassador said.") == [("Farrukh Nazarov", said)]
    assert _quotes("Farrukh Nazarov, Tajikistan's oldest exporter, attended the graduation in Izmir.\n\n“" + said
                   + ",” the ambassador said.") == []


# people.py: _EN_TITLE_KIN ("deputy minister")

def test_the_deputy_minister_after_a_deputy_minister_named_in_full():
    """'Deputy Minister of Energy of Kyrgyzstan X Y toured …' then '“…,” the deputy minister said': the one deputy
    minister named; a minister named with no deputy's title is not "the deputy minister"."""
    # plant: the "deputy minister" entry dropped from _EN_TITLE_KIN (the quote was lost)
    said = "The new line will end the winter blackouts in the south"
    assert _quotes("Deputy Minister of Energy of Kyrgyzstan Nurlan Sadykov toured the substation in Osh.\n\n“" + said
                   + ",” the deputy minister said.") == [("Nurlan Sadykov", said)]
    assert _quotes("Energy Minister of Kyrgyzstan Nurlan Sadykov toured the substation in Osh.\n\n“" + said
                   + ",” the deputy minister said.") == []


# quotes.py: _EN_LATTER_AFTER, _EN_LATTER_BEFORE (_latter_or_former_lead)

def test_the_latter_and_the_former_are_the_second_and_first_named_before():
    """'X met Y in Ashgabat. “…,” the latter said.' is Y, '“…,” the former said' X, and 'The latter told reporters:
    “…”' Y: not the sentence's subject, whom "he" means."""
    # plant: the `_latter_or_former_lead(...)` call dropped from find_quotes (the latter's quotes went to Fidan)
    said = "We agreed to open a consulate in Mary next year"
    lead = "Hakan Fidan met Rashid Meredov in Ashgabat on Monday.\n\n"
    assert _quotes(lead + "“" + said + ",” the latter said.") == [("Rashid Meredov", said)]
    assert _quotes(lead + "“" + said + ",” the former said.") == [("Hakan Fidan", said)]
    assert _quotes(lead + "The latter told reporters: “" + said + ".”") == [("Rashid Meredov", said + ".")]
    assert _quotes(lead + "“" + said + ",” he said.") == [("Hakan Fidan", said)]


# people.py: Resolver._only_prime_minister

def test_the_prime_minister_before_anyone_spoke_is_the_one_prime_minister_named():
    """'Prime Minister X Y and President Z W signed …' then '“…,” the prime minister said': before anyone has spoken, the
    one prime minister the article named; two prime ministers named give no one."""
    # plant: the `low == "the prime minister"` branch dropped from Resolver._resolve (the first quote was lost)
    said = "This agreement opens our market to Azerbaijani wine and fruit"
    assert _quotes("Prime Minister Olzhas Bektenov and President Ilham Aliyev signed the agreement in Astana.\n\n“"
                   + said + ",” the prime minister said.") == [("Olzhas Bektenov", said)]
    assert _quotes("Prime Minister Olzhas Bektenov and Prime Minister Ali Asadov signed the agreement in Astana.\n\n“"
                   + said + ",” the prime minister said.") == []


# people.py: _EN_NAME_TITLE_APPOSITIVE (the title capitalised), Resolver._note_title_of_names (a body ends no name)

def test_the_chairman_after_a_name_and_a_capitalised_title_of_a_company_board():
    """'X Y, Chairman of the Board of Aral Grain Trading Company, visited …' then '“…,” the chairman said': the press
    release's capitalised title between commas names X Y; the company's last words ("Trading Company") are no one's
    name, even with no name before the title."""
    # plant: `(?i:…)` dropped from _EN_NAME_TITLE_APPOSITIVE's title (the first quote was lost)
    # plant: the _BODY_WORDS check dropped from _note_title_of_names (the first quote was lost: "Trading Company" was a
    # second chairman)
    said = "We will ship the first grain through Turkmenbashi in July"
    assert _quotes("Serik Dauletov, Chairman of the Board of Aral Grain Trading Company, visited the port.\n\n“" + said
                   + ",” the chairman said.") == [("Serik Dauletov", said)]
    assert _quotes("The Chairman of the Board of Aral Grain Trading Company visited the port.\n\n“" + said
                   + ",” the chairman said.") == []
