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
    assert proposed.documents(text, DAY) == [""]


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
    assert proposed.documents(text, DAY) == [""]
