"""English quote forms of round 20 (dev/223, dev/224, dev/230 and probes in the styles of wires, state agencies' English
editions and regional English sites), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)
L, R = "\u201c", "\u201d"


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_the_vice_president_named_before_is_the_bare_title_after_a_quote():
    """'Vice President of Türkiye X Y arrived …' / 'Turkish Vice-President X Y' then '“…,” the Turkish Vice President
    said': the one vice president the article named (of that state when the title names one); none named, or a vice
    president of another state, is no speaker."""
    # plant: `_en_vice_presidents` returning [] (no vice president remembered: the quotes given no speaker)
    # plant: "vice president" dropped from `_EN_TITLE_KIN` (the bare title resolving to no one)
    quote = L + "Our engineers will finish the second terminal before the winter," + R
    said = "Our engineers will finish the second terminal before the winter"
    lead = "Talks\n\nPresident Sadyr Japarov received Vice President of Türkiye Kemal Arıkan in Bishkek on Monday.\n\n"
    assert _quotes(lead + quote + " the Turkish Vice President said.") == [("Kemal Arıkan", said)]
    lead2 = "Talks\n\nThe talks with Turkish Vice-President Kemal Arıkan lasted three hours on Monday.\n\n"
    assert _quotes(lead2 + quote + " the vice president told reporters.") == [("Kemal Arıkan", said)]
    assert _quotes(lead + quote + " the Kazakh Vice President said.") == []
    nobody = "Talks in Bishkek\n\nA Turkish delegation arrived in Bishkek on Monday for talks.\n\n"
    assert _quotes(nobody + quote + " the Turkish Vice President said.") == []


def test_an_aside_between_commas_before_a_partial_quote_in_the_same_sentence():
    """'Kazakhstan, as the Kyrgyz president put it in Osh, sees the road as “…”' / 'the bridge, which, he said, would
    “…”' / 'The port, Bayramov told reporters, will “…”': the aside's speaker says the partial quote that ends the
    sentence; words naming someone else after the aside, or a body as the aside's subject, give none."""
    # plant: `_en_aside_speaker` returning None at once (the partial quotes given no speaker)
    # plant: `_plain_object` check dropped from `_en_aside_speaker` (the quote given Japarov after "… with Tokayev")
    # plant: the `_SPEECH_WORD` check dropped from `_en_aside_speaker` ("Japarov said Tokayev told him," given Japarov)
    lead = "Summit\n\nPresident Sadyr Japarov received the delegation in Bishkek on Friday.\n\n"
    said = "the shortest road between the two seas"
    assert _quotes(lead + "Kyrgyzstan, as the Kyrgyz president put it in Osh, regards the new highway as " + L + said
                   + "." + R) == [("Sadyr Japarov", said + ".")]
    assert _quotes(lead + "Japarov also spoke about the new bridge, which, he said, would be " + L + said + R + ".") == [
        ("Sadyr Japarov", said)]
    assert _quotes(lead + "The highway, Japarov told reporters, will become " + L + said + R + ".") == [
        ("Sadyr Japarov", said)]
    # precision: another person named after the aside, a body as its subject
    assert _quotes(lead + "The highway, Japarov told reporters, was agreed with President Tokayev as " + L + said
                   + R + ".") == []
    assert _quotes(lead + "The highway, the ministry said, will become " + L + said + R + ".") == []
    assert _quotes(lead + "The highway, Japarov said Tokayev told him, will become " + L + said + R + ".") == []


def test_an_asides_pronoun_or_title_opening_a_paragraph_is_the_previous_paragraphs_subject():
    """'Tokayev spoke at the summit.\\n\\nThe Turkic states, he said on Friday, should “…”' / 'Energy Minister X Y met
    investors.\\n\\nThe new law, as the minister put it, opens “…”': before anyone has spoken, the aside's "he" or bare
    title in the paragraph's first sentence is the previous paragraph's subject; a previous paragraph naming no one
    gives none."""
    # plant: the `_paragraph_subjects` call dropped from `_en_aside_speaker` (both quotes given no speaker)
    said = "work as one on water and energy"
    assert _quotes("Summit\n\nJaparov spoke at the summit in Cholpon-Ata.\n\nThe five states, he said on Friday, "
                   "should " + L + said + R + " and meet every year.") == [("Sadyr Japarov", said)]
    assert _quotes("Forum\n\nKyrgyz Energy Minister Taalaibek Ibrayev met investors in Osh.\n\nThe new law, as the "
                   "minister put it, opens " + L + said + R + ".") == [("Taalaibek Ibrayev", said)]
    assert _quotes("Summit\n\nThe summit opened in Cholpon-Ata.\n\nThe five states, he said on Friday, should " + L
                   + said + R + ".") == []


def test_according_to_a_name_as_an_aside_before_a_partial_quote():
    """'The new port, according to Mirziyoyev, will “…”': "according to" a person between commas in the quote's sentence
    is the aside's speaker; "according to the ministry" (a body) or a name after the aside gives none."""
    # plant: the `according\s+to` alternative dropped from `_EN_ASIDE_SAID` (no speaker)
    said = "double the freight between the two seas"
    lead = "Ports\n\nThe leaders met in Termez on Monday.\n\n"
    assert _quotes(lead + "The new port, according to Mirziyoyev, will " + L + said + R + ".") == [
        ("Shavkat Mirziyoyev", said)]
    assert _quotes(lead + "The new port, according to the ministry, will " + L + said + R + ".") == []
    assert _quotes(lead + "The new port, according to Mirziyoyev, will help President Japarov " + L + said + R
                   + ".") == []


def test_the_head_of_a_states_government_is_its_prime_minister():
    """'“…,” noted the head of the Kazakh government' / "the head of the Government of Uzbekistan said:" / "the head of
    Azerbaijan's cabinet": the prime minister of that state on the day; "the deputy head of the government" and a
    government of two states are none."""
    # plant: `_en_government_head` returning None (no speaker)
    # plant: "head of" dropped from AFTER_VERB_SPEAKER's lower-case openings (the verb-first form given no speaker)
    lead = "Talks\n\nThe two delegations met in Tashkent on Tuesday.\n\n"
    quote = L + "Our joint venture will build four hundred buses a year," + R
    said = "Our joint venture will build four hundred buses a year"
    assert _quotes(lead + quote + " noted the head of the Kazakh government.") == [("Olzhas Bektenov", said)]
    assert _quotes(lead + quote + " the head of Azerbaijan's cabinet said.") == [("Ali Asadov", said)]
    assert _quotes(lead + "The head of the Government of Uzbekistan said: " + quote) == [("Abdulla Aripov", said)]
    assert _quotes(lead + quote + " noted the deputy head of the Kazakh government.") == []
    assert _quotes(lead + quote + " noted the head of the Kazakh and Uzbek governments.") == []


def test_the_top_diplomat_is_the_foreign_minister_named_before():
    """'Kazakh Foreign Minister X Y arrived …' then '“…,” the top diplomat said': as "the foreign minister", the last
    speaker or the subject of the paragraph before; with no one named, none."""
    # plant: "the top diplomat" dropped from people.PRONOUNS (no speaker)
    # plant: "top diplomat" dropped from _ANAPHOR (the previous paragraph's subject not read: no speaker)
    quote = L + "We have agreed on a plan of consultations for two years," + R
    said = "We have agreed on a plan of consultations for two years"
    assert _quotes("Talks\n\nKazakh Foreign Minister Yermek Kosherbayev arrived in Baku on Monday.\n\n" + quote
                   + " the top diplomat said.") == [("Yermek Kosherbayev", said)]
    assert _quotes("Talks\n\nThe consultations took place in Baku on Monday.\n\n" + quote
                   + " the top diplomat said.") == []


def test_an_age_before_a_bare_title_is_no_part_of_it():
    """'“…,” the 68-year-old leader said' (the wires' style): the age dropped, "the leader" is the head of state named
    before; an age before no title ("the 40-year-old said") is still no one."""
    # plant: the `_EN_AGE` cut dropped from `_speaker_phrase` (no speaker)
    quote = L + "We must open our markets to each other without delay," + R
    said = "We must open our markets to each other without delay"
    lead = "Summit\n\nJaparov chaired the meeting in Cholpon-Ata.\n\n"
    assert _quotes(lead + quote + " the 68-year-old leader said.") == [("Sadyr Japarov", said)]
    assert _quotes(lead + quote + " the 40-year-old said.") == []


def test_a_capitalised_title_of_a_body_between_commas_after_the_subjects_name():
    """'X Y, Chairman of the Board of Uzbek Railways, addressed the forum.\\n\\n“…,” he said': the sentence is about X Y,
    whom "he" means; an aside that is no title ("X Y, Tashkent and Samarkand, …") makes no subject."""
    # plant: the `_CAPITAL_TITLE_OF` alternative dropped from `_NAME_TITLE_APPOSITIVE` (no speaker)
    quote = L + "Our freight wagons will reach Baku in nine days," + R
    said = "Our freight wagons will reach Baku in nine days"
    assert _quotes("Rail\n\nBekzod Usmonov, Chairman of the Board of Uzbek Railways, addressed the forum.\n\n" + quote
                   + " he said.") == [("Bekzod Usmonov", said)]
    assert _quotes("Rail\n\nNilufar Rashidova, Deputy Minister of Transport of Uzbekistan, opened the forum.\n\n" + quote
                   + " she said.") == [("Nilufar Rashidova", said)]
    assert _quotes("Rail\n\nBukhara Station, Tashkent and Samarkand, opened the season.\n\n" + quote + " he said.") == []


def test_the_head_of_the_states_adjective_state_is_its_president():
    """'“…,” the head of the Kyrgyz state said' (Kabar, Azertac): the president of that state on the day; "the head of
    the State Customs Committee" is no state's head."""
    # plant: "state" dropped from `_EN_GOVERNMENT_HEAD`'s bodies (no speaker)
    quote = L + "Our hydropower plants will export power to the south," + R
    said = "Our hydropower plants will export power to the south"
    lead = "Energy\n\nThe delegations met in Bishkek on Tuesday.\n\n"
    assert _quotes(lead + quote + " the head of the Kyrgyz state said.") == [("Sadyr Japarov", said)]
    assert _quotes(lead + quote + " the head of the State Customs Committee said.") == []


def test_a_quote_over_paragraphs_after_a_quote_with_its_attribution_goes_on_in_that_voice():
    """'“…,” Japarov said. “Next year …\\n\\n“This will …”' (the English convention for a long quote: no closing mark at the
    paragraph's end, the next opens with one): the second quote, opening after the first's attribution in its paragraph,
    is the same speaker's as a one-paragraph second quote is."""
    # plant: `next-sentence`'s paragraph test comparing with (para_start, para_end) again (the second quote given no one)
    text = ("Rail\n\nUzbek Railways chairman Bekzod Usmonov spoke in Tashkent.\n\n" + L + "We have laid the track in eleven months," + R + " Usmonov said. " + L
            + "Next spring the first trains will run to Kashgar.\n\n" + L + "They will carry fruit from the Fergana "
            "valley to the Chinese markets." + R)
    assert _quotes(text) == [("Bekzod Usmonov", "We have laid the track in eleven months"),
                             ("Bekzod Usmonov", "Next spring the first trains will run to Kashgar. They will carry fruit from "
                                         "the Fergana valley to the Chinese markets.")]


def test_the_secretary_general_named_before_is_the_bare_title():
    """'Secretary General of the Organization of Turkic States X Y attended …' / 'OTS Secretary General X Y' then '“…,”
    the Secretary General said': the one secretary general named (his body's name may hold "of"); none named, none."""
    # plant: "Secretary[\s\-]General" dropped from `_TITLE_OF_NAME` (the "of" form: no speaker)
    # plant: "of" dropped from `_TITLE_OF_NAME`'s body words (the "of" form: no speaker)
    # plant: "General" dropped from `_PERSON_TITLES` (the run form: no speaker)
    # plant: "secretary general" dropped from `_EN_TITLE_KIN` (both: no speaker)
    quote = L + "The Turkic states will open a joint trade house in Budapest," + R
    said = "The Turkic states will open a joint trade house in Budapest"
    assert _quotes("Forum\n\nSecretary General of the Organization of Turkic States Azamat Duisenov attended the forum."
                   "\n\n" + quote + " the Secretary General said.") == [("Azamat Duisenov", said)]
    assert _quotes("Forum\n\nOTS Secretary General Azamat Duisenov attended the forum.\n\n" + quote
                   + " the secretary-general said.") == [("Azamat Duisenov", said)]
    assert _quotes("Forum\n\nThe forum opened in Baku.\n\n" + quote + " the Secretary General said.") == []


def test_a_bare_label_before_a_quoted_sentence_in_one_paragraph():
    """'Japarov: “…”' as a paragraph of the body: the quote is the labelled office holder's, as an unquoted transcript
    line is (in the headline too, round 24); not a crosshead in capitals or without a full stop ('Japarov: “ENERGY
    FIRST”'), not a label that is no holder's name ("Read also: “…”")."""
    # plant: the `LABEL` check dropped from `_attribute` (no speaker)
    # plant: `_spoken_sentence` returning True (the capitals crosshead given Japarov)
    said = "We will never let the water of our rivers divide our peoples."
    lead = "Water\n\nThe leaders spoke at the summit in Cholpon-Ata.\n\n"
    assert _quotes(lead + "Japarov: " + L + said + R) == [("Sadyr Japarov", said)]
    # round 24: a headline 'Japarov: “…”' the body does not quote again is his quote, as the convention counts a
    # headline's quote (this assertion said [] before; test_round24_headline.py reads the headline form)
    assert _quotes("Japarov: " + L + said + R + "\n\nThe leaders spoke at the summit in Cholpon-Ata.") \
        == [("Sadyr Japarov", said)]
    assert _quotes(lead + "Japarov: " + L + "WATER MUST UNITE OUR PEOPLES" + R + "\n\nHe spoke about rivers.") == []
    assert _quotes(lead + "Read also: " + L + said + R) == []


def test_in_his_words_opening_a_paragraph_before_anyone_spoke_is_the_previous_paragraphs_subject():
    """'Japarov spoke about water.\\n\\nThe Naryn river, in his words, remains “…”': before anyone has spoken, "his" in a
    paragraph's first sentence naming no one is the previous paragraph's subject; a previous paragraph naming no one,
    or someone else named after the phrase, gives none (and after a speaker, round 12's rule stands: no one)."""
    # plant: `_in_words_opening_paragraph` returning None at once (no speaker)
    said = "the lifeline of the whole Fergana valley"
    assert _quotes("Water\n\nJaparov spoke about water at the summit.\n\nThe Naryn river, in his words, remains " + L
                   + said + R + ".") == [("Sadyr Japarov", said)]
    assert _quotes("Water\n\nThe summit discussed water.\n\nThe Naryn river, in his words, remains " + L + said + R
                   + ".") == []
    assert _quotes("Water\n\nJaparov spoke about water at the summit.\n\nThe Naryn river, in his words, is for Tokayev "
                   + L + said + R + ".") == []


def test_the_deputy_prime_minister_named_before_is_the_bare_title():
    """'Deputy Prime Minister of Uzbekistan X Y held talks …' then '“…,” the deputy prime minister said': the one deputy
    prime minister named; two named (of two states), none; "the Kazakh deputy prime minister" picks the Kazakh one."""
    # plant: "deputy prime minister" dropped from `_EN_TITLE_KIN` (no speaker)
    quote = L + "We plan to open a joint cotton cluster in Navoi this year," + R
    said = "We plan to open a joint cotton cluster in Navoi this year"
    one = "Talks\n\nDeputy Prime Minister of Uzbekistan Farrukh Saidov held talks in Baku on Monday.\n\n"
    assert _quotes(one + quote + " the deputy prime minister said.") == [("Farrukh Saidov", said)]
    two = ("Talks\n\nUzbek Deputy Prime Minister Farrukh Saidov met Kazakh Deputy Prime Minister Daulet Nurlanov in Baku "
           "on Monday.\n\n")
    assert _quotes(two + quote + " the deputy prime minister said.") == []
    assert _quotes(two + quote + " the Kazakh deputy prime minister said.") == [("Daulet Nurlanov", said)]


def test_a_title_of_a_state_keeps_the_state_for_a_bare_title_with_its_adjective():
    """'Deputy Prime Minister of Kazakhstan X Y met Deputy Prime Minister of Uzbekistan Z W' then '“…,” the Kazakh deputy
    prime minister said': the state after the title's "of" is the person's, so the adjective picks one of the two."""
    # plant: `_state_of_body` returning "" (the state lost: both deputy prime ministers fit, no speaker)
    quote = L + "We plan to open a joint cotton cluster in Navoi this year," + R
    said = "We plan to open a joint cotton cluster in Navoi this year"
    two = ("Talks\n\nDeputy Prime Minister of Uzbekistan Farrukh Saidov met Deputy Prime Minister of Kazakhstan Daulet "
           "Nurlanov in Baku on Monday.\n\n")
    assert _quotes(two + quote + " the Kazakh deputy prime minister said.") == [("Daulet Nurlanov", said)]
    assert _quotes(two + quote + " the Uzbek deputy prime minister said.") == [("Farrukh Saidov", said)]
    assert _quotes(two + quote + " the Turkish deputy prime minister said.") == []


def test_a_states_fm_is_its_foreign_minister():
    """'“…,” the Azerbaijani FM said' / "Kazakhstan's FM": the foreign minister of that state on the day; a radio
    station's "FM" ("Radio FM Baku said") is no one."""
    # plant: `_en_fm_spelled_out` returning the phrase unchanged (no speaker)
    # plant: the state-word test dropped from `_en_fm_spelled_out` ("Baku FM", a station, given the minister)
    quote = L + "Our consultations on the Caspian will go on in the autumn," + R
    said = "Our consultations on the Caspian will go on in the autumn"
    lead = "Talks\n\nThe two delegations met in Aktau on Friday.\n\n"
    assert _quotes(lead + quote + " the Azerbaijani FM said.") == [("Jeyhun Bayramov", said)]
    assert _quotes(lead + quote + " Kazakhstan's FM told reporters.") == [("Yermek Kosherbayev", said)]
    assert _quotes(lead + quote + " Radio FM Baku reported.") == []
    assert _quotes(lead + quote + " Caspian FM said.") == []
    assert _quotes(lead + quote + " Baku FM said.") == []
