"""Ninety-third round, q1 (docs/extraction.md: quotes.py): a feature's pull quote with its credit on the same line,
the whole paragraph '"…" — X Y, commercial director, Z Works', is the words of the one the credit names (round 78's
credit line read after the closing mark, quotes._same_line_credit_speaker), dropped when the body quotes the same
words of him (quotes._drop_repeats); a dash and a place ('— X Y, Baku') names no speaker. And a sentence of the
quote's paragraph opening with the bare "the minister" ("Speaking later to …, the minister returned to the figures.
“…,” he said") after a governor or a director spoke means the one minister the article named, or the one person its
lead names when the lead titles a minister (quotes._en_bare_minister_not_last), not the last speaker.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 17)
LEAD = ("Ferries on the Caspian carry more steel\n\n"
        "AKTAU — Trade between the two shores keeps rising, port officials said on Monday.\n\n")


# plant: the same_line_credit branch taken out of find_quotes (the credit after the closing mark read as nothing)
def test_a_pull_quote_with_its_credit_on_the_same_line_is_the_credited_one_s():
    text = LEAD + ('"Nobody in Baku could find Aktau on a map ten years ago. Now they ask me about ferry times." '
                   "— Leyla Karimova, sales director, Baku Steel Works\n\n"
                   "The ferry line adds two ships next year.")
    words = "Nobody in Baku could find Aktau on a map ten years ago. Now they ask me about ferry times."
    assert proposed.quotes(text, DAY) == [("Leyla Karimova", words)]
    # the near form: a dash, a name and a place (no title's word) is a byline, no speaker's credit
    byline = LEAD + ('"Nobody in Baku could find Aktau on a map ten years ago. Now they ask me about ferry times." '
                     "— Leyla Karimova, Baku\n\nThe ferry line adds two ships next year.")
    assert proposed.quotes(byline, DAY) == []


# plant: _drop_repeats returning `found` unchanged (the pull quote a second record of the body's words; one of more
# than four words round 79's _drop_pull_quotes drops too)
def test_a_pull_quote_the_body_told_is_one_record_the_body_s():
    text = LEAD + ('Leyla Karimova, sales director of Baku Steel Works, was upbeat. "The ferry is our route to '
                   'Europe now, and our buyers have noticed," she said.\n\n'
                   '"Our route to Europe" — Leyla Karimova, sales director, Baku Steel Works'
                   "\n\nThe ferry line adds two ships next year.")
    assert proposed.quotes(text, DAY) == [
        ("Leyla Karimova", "The ferry is our route to Europe now, and our buyers have noticed")]


MINISTER_LEAD = ("Minister tours Aktau port\n\n"
                 "AKTAU — Kazakhstan's Minister of Transport Marat Karabayev arrived in Aktau on Monday for a working "
                 "visit.\n\n"
                 '"The port is ready for more ships," Karabayev told reporters.\n\n'
                 'Serik Dosov, the regional governor who hosted the minister, was upbeat. "We have built two new '
                 'berths," he said.\n\n')


# plant: _en_bare_minister_not_last returning None
def test_the_bare_minister_opening_a_sentence_after_a_governor_spoke_is_the_minister():
    text = MINISTER_LEAD + ("Speaking later to local business leaders, the minister returned to the figures. "
                            '"We are not done with the new berths yet," he said.')
    assert proposed.quotes(text, DAY)[-1] == ("Marat Karabayev", "We are not done with the new berths yet")
    # the near form: "the minister" as the object of the governor's sentence leaves the governor the speaker
    thanked = MINISTER_LEAD + ("Later the governor thanked the minister for his support. "
                               '"We are not done with the new berths yet," he said.')
    assert proposed.quotes(thanked, DAY)[-1] == ("Serik Dosov", "We are not done with the new berths yet")


# plant: _en_bare_minister_not_last's lead fallback returning None (only a minister the article titled by name)
def test_the_bare_minister_is_the_lead_s_one_person_when_the_lead_titles_a_minister():
    text = ("A minister in Aktau\n\n"
            "AKTAU — Marat Karabayev stepped off the ferry at dawn on Monday. Kazakhstan's Minister of Transport had "
            "come to see the new berths.\n\n"
            'Serik Dosov, the regional governor, was upbeat. "We have built two new berths," he said.\n\n'
            "Speaking later to local business leaders, the minister returned to the figures. "
            '"We are not done with the new berths yet," he said.')
    assert proposed.quotes(text, DAY)[-1] == ("Marat Karabayev", "We are not done with the new berths yet")


# plant: _same_line_credit_speaker's bare-name branch taken out (only a credit with a title read)
def test_a_pull_quote_credited_by_a_bare_name_is_the_named_one_s_when_the_article_named_him():
    body = LEAD + ('Leyla Karimova, sales director of Baku Steel Works, was upbeat. "The ferry is our route to '
                   'Europe now, and our buyers have noticed," she said.\n\n')
    text = body + '"Ten years ago nobody here had heard of Aktau." — Leyla Karimova\n\nThe line adds two ships.'
    assert proposed.quotes(text, DAY)[-1] == ("Leyla Karimova", "Ten years ago nobody here had heard of Aktau.")
    # the near form: a bare name the article never named before is no credit it can trust
    stranger = body + '"Ten years ago nobody here had heard of Aktau." — Farid Nabiyev\n\nThe line adds two ships.'
    assert ("Farid Nabiyev", "Ten years ago nobody here had heard of Aktau.") not in proposed.quotes(stranger, DAY)
