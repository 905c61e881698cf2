"""Eighty-sixth round, m2 (docs/extraction.md: quotes.py): an English long-read profile of a diplomat. A short answer
under the quote minimum ('"Three nights," he says, smiling.') may open a sentence after running text of its paragraph,
not only the paragraph: the quote after it is the answerer's still. A paragraph whose running text before its quotes
opens on "he" ("In between, he had spent …"), when no one has spoken yet and the paragraph before names no speaker,
means the one person the headline and the lead name in full (a profile calls its subject "he" all through); a lead
naming two people leaves "he" no one's. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 8)  # a Thursday


# plant: quotes._short_lead_start returning None unless the quote mark opens the paragraph
def test_a_short_answer_after_running_text_gives_the_next_quote_to_the_answerer():
    text = ("An envoy at work\n\n\"The trains now run every week,\" Ambassador Talgat Nurlanov said on Monday.\n\n"
            "The holiday was short. \"Three nights,\" he says, smiling. \"My daughter kept the list.\"")
    assert proposed.quotes(text, DAY)[1:] == [("Talgat Nurlanov", "My daughter kept the list.")]
    # the near form: a sentence of someone else's between the attribution and the quote leaves the quote no one's
    between = text.replace("he says, smiling.", "he says. His deputy disagrees.")
    assert proposed.quotes(between, DAY)[1:] == []


# plant: quotes._lead_s_one_person returning None
def test_he_opening_a_paragraph_of_a_profile_is_the_one_person_its_lead_names():
    text = ("The patient envoy: how Talgat Nurlanov keeps the trains running\n\n"
            "ANKARA – The embassy sits near the old station, and this week Talgat Nurlanov is back from a trip to "
            "Izmir.\n\n"
            "In the month before we met, the Kazakh diplomat had gone to Izmir and Bursa. He had ended the trip "
            "in Ankara.\n\n"
            "In between, he had spent the holiday at home. \"Three nights,\" he says, smiling. "
            "\"My daughter kept the list.\"")
    assert proposed.quotes(text, DAY) == [("Talgat Nurlanov", "My daughter kept the list.")]
    # the near form: a lead that names two people leaves "he" no one's
    two = text.replace("this week Talgat Nurlanov is back", "this week Talgat Nurlanov and Serik Amanov are back")
    assert proposed.quotes(two, DAY) == []
