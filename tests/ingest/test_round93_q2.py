"""Ninety-third round, q2 (docs/extraction.md: people.py, quotes.py): an embassy's news item with a diplomat's
honorifics ("H.E. Mr. X Y", "His/Her Excellency Ms. X Y"): "Excellency" is no given name (people._TITLE_WORDS) and
"H.E." no sentence's end before a name (quotes._SHORTENED_TITLE_BEFORE_NAME); the Kyrgyz premier's title "Chairman of
the Cabinet of Ministers" makes him no minister mentioned last, so a later bare "the Minister" stays the guest
minister's (people.Resolver.note_names_in); and two people named as a where-clause's joint subject ("…, where X Y and
Z W took part in …") make the one the text titled a minister the one "the Minister" means after it
(quotes._EN_WHERE_JOINT_SUBJECTS).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 6)
APPLES = "Our farmers will sell more apples in Baku"
FISH = "and buy more fish."
HONORED = ("Talks were held in Bishkek at the invitation of Her Excellency Ms. Aizada Toktosunova, Minister of "
           "Agriculture of the Kyrgyz Republic.\n\n"
           "“" + APPLES + ",” Her Excellency Ms. Aizada Toktosunova said, “" + FISH + "”")


# plant: "excellency" taken out of people._TITLE_WORDS
def test_his_or_her_excellency_is_no_part_of_the_speaker_s_name():
    expected = [("Aizada Toktosunova", APPLES), ("Aizada Toktosunova", FISH)]
    assert proposed.quotes(HONORED, DAY) == expected
    assert proposed.quotes(HONORED.replace("Ms. ", ""), DAY) == expected
    # the near form: the honorific alone names nobody, so the quote has no speaker and gives no record
    assert proposed.quotes("“" + APPLES + ",” His Excellency said.", DAY) == []


SERVICES = "Our services will talk to each other across the border"
RECEIVED = ("Tural Mammadli, Minister of Digital Development of Azerbaijan, arrived in Bishkek on 4 May.\n\n"
            "On 5 May, Tural Mammadli was received by Adylbek Kasymaliev, Chairman of the Cabinet of Ministers. "
            "Tural Mammadli presented the new e-government platform. "
            "“" + SERVICES + ",” the Minister said.")


# plant: the `"Cabinet of Ministers" not in person.role` test taken out of Resolver.note_names_in
def test_the_chairman_of_the_cabinet_of_ministers_is_no_minister_a_bare_the_minister_may_mean():
    assert proposed.quotes(RECEIVED, DAY) == [("Tural Mammadli", SERVICES)]
    # the near form: a foreign minister named last may be the one "the Minister" means, so nobody is (round 16b)
    met = RECEIVED.replace("was received by Adylbek Kasymaliev, Chairman of the Cabinet of Ministers",
                           "met Foreign Minister Jeenbek Kulubaev")
    assert proposed.quotes(met, DAY) == []


BRIDGE = "a bridge between our scientists"
OPENING = ("Tural Mammadli, Minister of Digital Development of Azerbaijan, arrived in Bishkek on 4 May. He was "
           "accompanied by Elchin Guliyev, Ambassador of Azerbaijan to Kyrgyzstan.\n\n"
           "On 5 May, the delegation visited Osh State University, where H.E. Mr. Tural Mammadli and H.E. Mr. Elchin "
           "Guliyev took part in the opening of a laboratory. Addressing the students, the Minister said the "
           "laboratory would become “" + BRIDGE + "”.")


PROUD = "We are proud of our graduates"
AFTER_HOST = OPENING.replace("On 5 May,", "“" + PROUD + ",” Rector Kanat Sadykov told the guests.\n\nOn 5 May,")


# plant: the _EN_WHERE_JOINT_SUBJECTS branch taken out of quotes._paragraph_subjects
def test_the_minister_of_two_joint_subjects_of_a_where_clause_is_the_one_titled_a_minister():
    # the host spoke last; the where-clause's pair makes the one titled a minister the one "the Minister" means
    assert proposed.quotes(AFTER_HOST, DAY) == [("Kanat Sadykov", PROUD), ("Tural Mammadli", BRIDGE)]
    # the near forms: both titled ministers, or neither, and the pair gives "the Minister" to neither of them
    both = AFTER_HOST.replace("Ambassador of Azerbaijan to Kyrgyzstan", "Minister of Education of Azerbaijan")
    neither = AFTER_HOST.replace("Minister of Digital Development", "Rector of the Technical University")
    for text in (both, neither):
        speakers = {speaker for speaker, quote in proposed.quotes(text, DAY) if quote == BRIDGE}
        assert speakers.isdisjoint({"Tural Mammadli", "Elchin Guliyev"})


# plant: "H.E." taken out of quotes._SHORTENED_TITLE_BEFORE_NAME (its stops break the sentence before each name)
def test_h_e_before_a_name_is_no_sentence_end():
    assert proposed.quotes(OPENING, DAY) == [("Tural Mammadli", BRIDGE)]
    assert proposed.quotes(OPENING.replace("H.E. Mr. ", "Mr. "), DAY) == [("Tural Mammadli", BRIDGE)]
