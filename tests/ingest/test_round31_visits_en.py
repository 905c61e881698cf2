"""Thirty-first round, visits in English articles (docs/extraction.md: visits.py): the forms behind the dev/402–437
English visit misses of the part, and those the probes found, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 16)  # a Thursday


def test_documents_others_went_on_to_sign_after_the_talks_are_counted():
    # plant: `_en_went_on_to_sign(visit, sentence, offset)` dropped from visits._add_details
    text = ("Kazakh President Kassym-Jomart Tokayev arrived in Baku on Tuesday for a state visit. The two leaders met "
            "in private. Ministers of both governments then went on to sign nine documents, among them a treaty on "
            "transit.")
    assert proposed.documents(text, DAY) == ["9"]
    # a signing still to come is no count of the visit
    text = text.replace("then went on to sign nine documents", "are expected to sign nine documents")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_one_document_signed_by_three_governments_or_by_the_ministers_after_their_talks():
    # plant: "three" dropped from `the\s+(?:two|three)` in visits._PARTIES_SIGNED_ONE
    text = ("Uzbek Deputy Prime Minister Jamshid Khodjaev flew to Astana on Monday for talks with his Kazakh and "
            "Kyrgyz counterparts, and the three governments signed a protocol on the joint water company.")
    assert proposed.documents(text, DAY) == ["1"]
    # plant: the `(?:met|held\s+talks)…and` subject dropped from visits._PARTIES_SIGNED_ONE
    text = ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Tashkent on Monday for an official visit. The "
            "ministers held talks in an extended format and signed a plan of consultations for 2027-2028.")
    assert proposed.documents(text, DAY) == ["1"]
    # one of more listed: not a count of one
    text = text.replace("for 2027-2028.", "for 2027-2028 and four other agreements.")
    assert proposed.documents(text, DAY) != ["1"]


def test_a_visit_that_continues_on_a_weekday_is_no_new_visit():
    # plant: the `_VISIT_CONTINUES` line dropped from visits.find_visits
    text = ("Uzbek Foreign Minister Bakhtiyor Saidov arrived in Astana on Tuesday for an official visit.\n\n"
            "Trade grew.\n\nSaidov's visit continues on Wednesday with a tour of the Astana Hub.")
    tuesday = date(2026, 4, 14)  # the report's day: "Wednesday" read back from it is the week before
    assert proposed.visits(text, tuesday) == [("Bakhtiyor Saidov", "Kazakhstan", "2026-04-14", "Astana", "official")]
    # a visit told as another's arrival, not going on: its own
    text = text.replace("Saidov's visit continues on Wednesday with a tour of the Astana Hub.",
                        "Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Astana on Monday for a working visit.")
    assert len(proposed.visits(text, tuesday)) == 2


def test_the_two_holding_talks_and_signing_before_the_visit_is_told_count_for_it():
    # plant: `_two_signed_before(doc, visits[0], signed)` dropped from visits.find_visits
    text = ("Hungary's foreign minister praised Kyrgyzstan on Tuesday after hosting his Kyrgyz counterpart in Budapest.\n\n"
            "The two ministers held talks at the ministry and signed four documents on air links and education.\n\n"
            "Trade is small, officials said. Exports rose. Imports fell. Investment grew. Tourism is up.\n\n"
            "Kyrgyz Foreign Minister Jeenbek Kulubaev, who arrived in Budapest on Monday for an official visit, "
            "will also meet the speaker.")
    assert proposed.documents(text, DAY) == ["4"]
    # a signing told of others, not the two: not the visit's
    text = text.replace("The two ministers held talks", "Two companies held talks")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_a_dateline_of_capitals_and_a_colon_is_no_part_of_the_visitor():
    # plant: the `|:` dropped from visits._VISITOR_LEAD
    text = ("TASHKENT: Kyrgyzstan's Energy Minister Taalaibek Ibraev arrived in the Uzbek capital on Tuesday for a "
            "two-day visit.")
    assert proposed.visits(text, DAY) == [("Taalaibek Ibraev", "Uzbekistan", "2026-04-14", "Tashkent", "other")]
    # a colon after a word in lower case is no dateline: the sentence names no visitor
    text = "Update: a delegation arrived in the Uzbek capital on Tuesday for a two-day visit."
    assert proposed.visits(text, DAY) == []


def test_a_day_spent_in_a_capital_on_a_visit_is_a_visit():
    # plant: "spent" dropped from visits._CUE_VERBS
    text = "Turkmen Foreign Minister Rashid Meredov spent Monday, April 13, in Baku on a working visit."
    assert proposed.visits(text, DAY) == [("Rashid Meredov", "Azerbaijan", "2026-04-13", "Baku", "working")]
    # money spent there is no day spent there
    text = "Turkmen Foreign Minister Rashid Meredov spent $5 million in Baku during a visit, officials said on Monday."
    assert proposed.visits(text, DAY) == []


def test_the_north_part_of_nicosia_is_north_nicosia():
    # plant: `_NORTH_OF_NICOSIA` check dropped from visits._city_from_next
    text = ("Turkish Vice President Cevdet Yılmaz arrived in the north on Tuesday for a working visit. He held talks "
            "with Turkish Cypriot officials in the Turkish Cypriot half of Nicosia.")
    assert proposed.visits(text, DAY) == [("Cevdet Yılmaz", "Northern Cyprus", "2026-04-14", "North Nicosia", "working")]
    # a place south of the city is not its northern part
    text = text.replace("in the Turkish Cypriot half of Nicosia", "in a village south of Nicosia")
    assert [v[3] for v in proposed.visits(text, DAY)] == [""]


def test_an_aside_with_an_appositive_of_its_own_leaves_the_visitor_before_it():
    # plant: the inner `(?:,\s+(?:the|a|an)\s[^,.;]{1,80}?)?` dropped from visits._COMMA_ASIDE
    text = ("Nursultan Nazarbayev, the former president who heads the Eurasian club, a forum of elder statesmen, "
            "arrived in Bukhara on Monday for a two-day visit.")
    assert proposed.visits(text, DAY) == [("Nursultan Nazarbayev", "Uzbekistan", "2026-04-13", "Bukhara", "other")]



def test_the_visitor_and_the_host_by_surname_signing_one_document_is_one():
    # plant: `_en_pair_signed_one(visit, sentence, offset)` dropped from visits._add_details (round 41: now _en_pair_signed_documents)
    lead = "Turkmen Foreign Minister Rashid Meredov flew to Tashkent on Monday for talks. "
    text = lead + "Meredov and his Uzbek counterpart Bakhtiyor Saidov signed a memorandum on rail transit."
    assert proposed.documents(text, DAY) == ["1"]
    # two companies' signing is none of the visit's
    text = lead + "Turkmengaz and Uzbekneftegaz signed an agreement on gas swaps."
    assert proposed.documents(text, DAY) == [""]


def test_a_visit_told_as_it_ends_begins_on_the_day_of_its_which_began_clause():
    # plant: the `_began_first` line dropped from visits.find_visits
    text = ("Kyrgyz Senate Speaker Nurlanbek Shakiev concluded on Thursday an official visit to Azerbaijan, which began "
            "on Monday, April 13.")
    assert proposed.visits(text, DAY) == [("Nurlanbek Shakiev", "Azerbaijan", "2026-04-13", "", "official")]
    # a clause of something else that began earlier leaves the visit's day
    text = ("Kyrgyz Senate Speaker Nurlanbek Shakiev concluded on Thursday an official visit to Azerbaijan, days after a "
            "forum that began on Monday, April 13.")
    assert [v[2] for v in proposed.visits(text, DAY)] == ["2026-04-16"]


def test_leading_a_delegation_of_companies_to_a_forum_in_a_city_is_a_visit():
    # plant: `_DELEGATION_TO` made plain "to" in visits._VISIT and visits._VISITOR_CUES
    text = ("Azerbaijani Economy Minister Mikayil Jabbarov led a delegation of some 40 firms to an investment forum in "
            "Samarkand on Wednesday.")
    assert proposed.visits(text, DAY) == [("Mikayil Jabbarov", "Uzbekistan", "2026-04-15", "Samarkand", "other")]
    # leading the delegation's talks is no journey
    text = ("Azerbaijani Economy Minister Mikayil Jabbarov led a delegation of some 40 firms in talks with Uzbek "
            "officials on Wednesday.")
    assert proposed.visits(text, DAY) == []


def test_what_was_signed_during_the_one_visitors_visit_named_by_surname_is_the_visits():
    # plant: `or _visitor_s_visit(sentence, visits)` dropped from visits.find_visits
    text = ("Turkish Vice President Cevdet Yılmaz arrived in Baku on Tuesday for a working visit. During Yılmaz's "
            "visit, the two sides signed six documents.")
    assert proposed.documents(text, DAY) == ["6"]
    # signed during another's visit, years before: not this visit's
    text = text.replace("During Yılmaz's visit, the two sides signed six documents.",
                        "During Erdoğan's visit in 2020, the two sides signed six documents.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_a_dateline_of_a_place_and_the_outlet_in_brackets_is_no_part_of_the_visitor():
    # plant: the `_OUTLET_DATELINE` line dropped from visits._visitors
    text = ("Baku (AFP) – The Chairman of Kyrgyzstan's parliament, Nurlanbek Turgunbek Uulu, arrived in Baku on Monday "
            "for an official visit.")
    assert proposed.visits(text, DAY) == [("Nurlanbek Turgunbek Uulu", "Azerbaijan", "2026-04-13", "Baku", "official")]
    # brackets that are no outlet's, with no dash after: no dateline left out (and no visitor read)
    text = text.replace("Baku (AFP) – The Chairman", "Baku (in brief) the Chairman")
    assert proposed.visits(text, DAY) == []
