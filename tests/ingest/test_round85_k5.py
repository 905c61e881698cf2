"""Eighty-fifth round, k5 (docs/extraction.md: visits.py, quotes.py, figures.py): an English long-read profile of a
diplomat, an English agency's story of a deputy premier's visit. A count of the documents told as a total "on" the
day ("bringing the number of documents signed on Monday to four") is the visit's count, as "during the visit" was. An
interview's lead paragraph that opens with a person and ends "Asked …, he answers at length." makes the quote
paragraphs after it (with no attribution of their own) his, though no one spoke before; "answers" is a lead verb.
A short answer's attribution may end on one participle of manner ('"Two weeks," he says, smiling. "…"'): the next
quote is his still. A target told as a wish without "to see" ("… reached $2 billion last year, and the two governments
want it at $5 billion by 2030") is a target. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 8)  # a Thursday


# plant: visits._TOTAL_DOCUMENTS without the round 85 (k5) "on <weekday>" branch
def test_a_total_of_documents_signed_on_the_day_is_the_visit_s_count():
    text = ("Ministers meet in Baku\n\nKyrgyz Foreign Minister Zheenbek Kulubaev arrived in Baku on Monday for a "
            "working visit.\n\nKulubaev and Azerbaijani Foreign Minister Jeyhun Bayramov signed a memorandum on "
            "tourism and an agreement on visas. Two banks also signed a loan deal, bringing the number of documents "
            "signed on Tuesday to three.")
    assert proposed.documents(text, DAY) == ["3"]
    # the near form: a total of something else on the day is no count of documents
    other = text.replace("bringing the number of documents signed on Tuesday to three",
                         "bringing the number of flights on Tuesday to three")
    assert proposed.documents(other, DAY) == ["2"]


# plant: quotes._en_reported_lead_subject without the round 85 (k5) pronoun branch
def test_a_lead_of_a_person_then_he_answers_makes_the_quote_paragraphs_his():
    text = ("An envoy at work\n\nANKARA – The embassy sits near the old station, and this week Talgat Nurlanov is "
            "back from a trip to Izmir.\n\n"
            "Nurlanov, a lawyer by training, is not one for long briefings. Asked what he regards as his best "
            "result, he answers slowly and in detail.\n\n"
            "\"When I came to Ankara, nobody here knew where our embassy was. It was a small office.\n\n"
            "\"That has changed. Now the trains run every week and the traders know us by name.\"\n\n"
            "Later he spoke of the railway.")
    assert [q[0] for q in proposed.quotes(text, DAY)] == ["Talgat Nurlanov"]
    # the near form: a lead whose last sentence tells no answer (no speech verb) gives the quote to no one
    silent = text.replace("he answers slowly and in detail", "he smiles and looks away")
    assert proposed.quotes(silent, DAY) == []


# plant: quotes._SHORT_LEAD_MANNER = re.compile(r"(?!)")
def test_a_short_answer_with_a_participle_of_manner_gives_the_next_quote_to_him():
    text = ("An envoy at work\n\nANKARA – Ambassador Talgat Nurlanov met reporters in Ankara on Monday.\n\n"
            "\"Three nights,\" he says, smiling. \"My daughter kept the list.\"")
    assert proposed.quotes(text, DAY) == [("Talgat Nurlanov", "My daughter kept the list.")]
    # the near form: more than one word after the comma is a clause of its own, no manner
    clause = text.replace("he says, smiling.", "he says, and the room laughs.")
    assert proposed.quotes(clause, DAY) == []


# plant: figures._WANT_IT_AT = re.compile(r"(?!)")
def test_the_governments_want_it_at_an_amount_by_a_year_is_a_target():
    text = ("Trade in the region\n\nTrade between Kazakhstan and Uzbekistan reached $2.1 billion last year, and the "
            "two governments want it at $5 billion by 2030.")
    assert proposed.targets(text, DAY) == [(proposed.pair("Kazakhstan", "Uzbekistan"), 5000.0, "2030")]
    # the near form: a figure it was put at (no want) is no target
    put = text.replace("the two governments want it at $5 billion by 2030",
                       "the ministry put it at $2.2 billion in a later revision")
    assert proposed.targets(put, DAY) == []
