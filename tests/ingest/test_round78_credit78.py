"""Seventy-eighth round, credit78 (docs/extraction.md: quotes.py): the form behind the dev/1224 misses, told in short
invented sentences. A magazine report sets some quotes off as paragraphs of their own in quote marks, each followed by
a credit line of its own, a dash, the speaker's name and his title ('"…"' / "— X Y, Speaker of the National Assembly
of Z"): the quote is the person the credit line names, not the last one quoted before it, and the credit line is no
quote. A dash line naming someone with no title ("— X Y, Budapest", a byline) credits no one. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 12)
LEAD = ("Hungary's foreign minister Péter Szijjártó arrived in Astana on Monday. \"We came to sign, not to talk,\" "
        "Szijjártó told reporters at the airport.\n\n")
BLOCK = "\"Kazakhstan is our closest partner in Central Asia, and our trade will double within five years.\"\n\n"
BLOCK_WORDS = "Kazakhstan is our closest partner in Central Asia, and our trade will double within five years."


# plant: the credit-line branch (_credit_line_speaker) dropped from quotes.find_quotes' attribution chain
def test_a_quote_paragraph_is_the_person_its_credit_line_names():
    text = LEAD + BLOCK + "— Murat Nurtleu, Minister of Foreign Affairs of Kazakhstan\n\nThe talks lasted three hours."
    said = proposed.quotes(text, DAY)
    assert [speaker for speaker, _ in said] == ["Péter Szijjártó", "Murat Nurtleu"]
    assert said[1][1] == BLOCK_WORDS
    # someone named nowhere else, with a lower-case title of a body
    other = (LEAD + "\"Our railways are ready for every container that Hungarian firms send east this year.\"\n\n"
             "– Bolat Zhaksylykov, director of the Kazakh railway freight company\n\nThe delegation left on Tuesday.")
    assert [speaker for speaker, _ in proposed.quotes(other, DAY)] == ["Péter Szijjártó", "Bolat Zhaksylykov"]
    # a possessive before a lower-case title
    possessive = LEAD + BLOCK + "— Murat Nurtleu, Kazakhstan's foreign minister"
    assert [speaker for speaker, _ in proposed.quotes(possessive, DAY)] == ["Péter Szijjártó", "Murat Nurtleu"]


# plant: the "round 78 (credit78)" return None dropped from quotes._unmarked_paragraph
def test_a_credit_line_is_no_quote():
    text = LEAD + BLOCK + "— Murat Nurtleu, chairman of the Kazakhstan–Hungary parliamentary friendship group"
    said = proposed.quotes(text, DAY)
    assert not any("friendship group" in words for _, words in said)
    assert len(said) == 2
    # nor under a paragraph of running text (it then credits no quote)
    running = (LEAD.replace("\n\n", " ") + "He left for Almaty on Tuesday.\n\n"
               "— Murat Nurtleu, Minister of Foreign Affairs of Kazakhstan")
    assert proposed.quotes(running, DAY) == [("Péter Szijjártó", "We came to sign, not to talk")]


# plant: the title check (_CREDIT_TITLE_HEAD) dropped from quotes._person_credit_line
def test_a_byline_under_a_quote_credits_no_one():
    text = LEAD + BLOCK + "— Anna Kovacs, Astana and Budapest\n\nThe talks lasted three hours."
    said = proposed.quotes(text, DAY)
    assert "Anna Kovacs" not in [speaker for speaker, _ in said]


# plant: `not before.strip() and not after.strip()` dropped from the credit-line branch of quotes.find_quotes
def test_a_quote_in_running_text_above_a_credit_line_keeps_its_own_speaker():
    running = (LEAD.replace("\n\n", " ").rstrip() + "\n\n"
               "— Murat Nurtleu, Minister of Foreign Affairs of Kazakhstan")
    assert proposed.quotes(running, DAY) == [("Péter Szijjártó", "We came to sign, not to talk")]
