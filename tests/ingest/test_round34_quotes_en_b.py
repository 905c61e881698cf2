"""English quotes, round 34 part B: a guest's quotes at a host's meeting and partial quotes after a pronoun (dev/486,
488 and probes in the styles of wires, business and investment press and government releases), each as a small text
in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# quotes.py: _en_bare_reported_subject (_reported_speech)

def test_a_bare_reported_clause_after_and_makes_the_guest_the_last_speaker():
    """'…, and X said <clause>.' in a paragraph without quotes (no "that") makes X the one a next paragraph's
    "“…,” he said" means, not the host quoted earlier."""
    # plant: the `elif " said " in body …: _en_bare_reported_subject(…)` branch dropped from _reported_speech
    # (the guest's quote went to the host)
    host_quote = "We have agreed on a list of twelve joint projects for the coming year"
    guest_quote = "Our engineers are ready to start work on the dam this autumn"
    text = ("Turkmenistan's foreign minister Rashid Meredov met Hungarian minister Péter Szijjártó in Ashgabat. “"
            + host_quote + ",” Meredov said.\n\n"
            "Trade was the main subject. A Hungarian water company signed a deal with the state utility, and "
            "Szijjártó said Hungarian firms wanted to build irrigation networks.\n\n"
            "“" + guest_quote + ",” he said.")
    assert _quotes(text) == [("Rashid Meredov", host_quote), ("Péter Szijjártó", guest_quote)]
    # plant (re-plant after merging): `person.rule != "unlisted name" or` dropped, leaving `if " " not in …`, so no
    # full name of a bare clause became the last speaker (the guest's quote went to the host)
    in_full = text.replace("and Szijjártó said", "and Péter Szijjártó said")
    assert _quotes(in_full) == [("Rashid Meredov", host_quote), ("Péter Szijjártó", guest_quote)]


def test_a_bare_reported_clause_of_a_plural_body_names_no_new_speaker():
    """'Hungarian officials said <clause>' and a company's two-word name ('Temir Zholy said …') are no person: "he" stays
    the one who spoke last."""
    # plant: the `person.rule != "unlisted name" or …` condition made always true in _en_bare_reported_subject (the
    # subject resolved even when an unlisted two-word name; the "he" went to the company 'Temir Zholy')
    # plant (merge): the _EN_NEWCOMER_SAYS check dropped from _en_sole_newcomer (English quotes A's newcomer rule
    # gave the "he" to 'Temir Zholy')
    host_quote = "We have agreed on a list of twelve joint projects for the coming year"
    again = "The first of them will open before the end of the summer"
    text = ("Turkmenistan's foreign minister Rashid Meredov met Hungarian minister Péter Szijjártó in Ashgabat. “"
            + host_quote + ",” Meredov said.\n\n"
            "Hungarian officials said the commission would next meet in Budapest, and Temir Zholy said little.\n\n"
            "“" + again + ",” he said.")
    assert _quotes(text) == [("Rashid Meredov", host_quote), ("Rashid Meredov", again)]


# quotes.py: _en_and_pronoun_clause (_subject_partial)

def test_a_partial_quote_after_and_he_is_the_sentence_subject_s():
    """'The Kyrgyz president added that …, and he called the new terminal “…”': "he" is the sentence's subject."""
    # plant: the `if found is not None and (", and he " …)` lines dropped from _subject_partial (no quote)
    partial = "a gateway for the whole of Central Asia"
    text = ("Kyrgyz President Sadyr Japarov opened the rail terminal in Osh on Tuesday.\n\n"
            "The Kyrgyz president added that more than 300 wagons a day would pass through the town, and he called "
            "the new terminal “" + partial + "”.")
    assert _quotes(text) == [("Sadyr Japarov", partial)]


def test_a_partial_quote_after_and_he_is_no_one_s_when_the_first_clause_names_another():
    """'… added that X had promised wagons, and he called …' — "he" may be X: no quote."""
    # plant: the `or _names_someone(first, resolver)` check dropped from _en_and_pronoun_clause (Japarov was given it)
    partial = "a gateway for the whole of Central Asia"
    text = ("Kyrgyz President Sadyr Japarov opened the rail terminal in Osh on Tuesday.\n\n"
            "The Kyrgyz president added that Shavkat Mirziyoyev had promised more wagons, and he called "
            "the new terminal “" + partial + "”.")
    assert ("Sadyr Japarov", partial) not in _quotes(text)


# quotes.py: _en_guest_after, _en_meeting_state (the main loop, after _attribute)

def test_the_visiting_minister_is_the_one_named_from_another_state_than_the_meeting_s():
    """'X arrived in Tashkent. Y welcomed him. “…,” the visiting minister said' is the minister whose state is not the
    meeting city's, though he was named first and the host last."""
    # plant: `p.iso3 != host and ` dropped from _en_guest_after (the host, named last, was given it)
    quote = "Our railways will carry twice as much cotton by the end of next year"
    text = ("Turkish Foreign Minister Hakan Fidan arrived in Tashkent on Friday.\n\nUzbek Foreign Minister Bakhtiyor "
            "Saidov welcomed him at the airport. “" + quote + ",” the visiting minister said.")
    assert _quotes(text) == [("Hakan Fidan", quote)]


def test_the_guest_and_the_visiting_premier_fit_their_office():
    """"the guest" is the visitor of any office; "the visiting premier" only a prime minister, so a visiting foreign
    minister is no "visiting premier"."""
    # plant: the `if "premier" in office …: return "prime" in role` lines dropped from _en_guest_fits (the foreign
    # minister was the premier)
    quote = "Our railways will carry twice as much cotton by the end of next year"
    guest = ("Turkish President Recep Tayyip Erdoğan received Kyrgyz President Sadyr Japarov in Ankara. “" + quote
             + ",” the guest said.")
    assert _quotes(guest) == [("Sadyr Japarov", quote)]
    premier = ("Turkish Foreign Minister Hakan Fidan held talks in Tashkent with Uzbek Foreign Minister Bakhtiyor "
               "Saidov. “" + quote + ",” the visiting premier said.")
    assert _quotes(premier) == []


def test_the_visiting_minister_without_a_meeting_place_is_no_one():
    """No capital or city named before the quote: who visits whom is not told, no speaker."""
    # plant: `or (host := _en_meeting_state(article_before)) is None` made `host = ""` (any state, Saidov given it)
    quote = "Our railways will carry twice as much cotton by the end of next year"
    text = ("Turkish Foreign Minister Hakan Fidan held talks with Uzbek Foreign Minister Bakhtiyor Saidov on Friday. “"
            + quote + ",” the visiting minister said.")
    assert _quotes(text) == []


def test_the_meeting_place_is_the_city_after_in_not_the_dateline():
    """'TASHKENT, May 13 (Wire) - X held talks in Baku with Y. “…,” the visiting minister said': the meeting is where
    "in" puts it, not the dateline; with no place after "in" or "to", the dateline's capital is the meeting's."""
    # plant: `and text[max(0, m.start - 3):m.start] in _EN_PLACE_PREPOSITIONS` dropped from _en_meeting_state (the
    # dateline's Tashkent made the Azerbaijani host the guest)
    # plant: the dateline fallback `capital = next((m for m in capitals if m.word.isupper()), None)` dropped from
    # _en_meeting_state (no quote for the second text)
    quote = "Our railways will carry twice as much cotton by the end of next year"
    told = ("TASHKENT, May 13 (Wire) - Uzbek Foreign Minister Bakhtiyor Saidov held talks in Baku with Azerbaijani "
            "Foreign Minister Jeyhun Bayramov. “" + quote + ",” the visiting minister said.")
    assert _quotes(told) == [("Bakhtiyor Saidov", quote)]
    dateline = ("BAKU, May 13 (Wire) - Azerbaijani Foreign Minister Jeyhun Bayramov hosted Uzbek Foreign Minister "
                "Bakhtiyor Saidov on Wednesday. “" + quote + ",” the visiting minister said.")
    assert _quotes(dateline) == [("Bakhtiyor Saidov", quote)]


def test_his_host_is_the_one_of_the_meeting_s_state():
    """'X arrived in Baku, where Y welcomed him. “…,” his host said' is Y, the minister of the meeting's state, though
    the guest spoke last; "the host country said" is no person."""
    # plant: `p.iso3 == host if m["host"] else ` dropped from _en_guest_after (the guest was given it)
    # plant: `(?P<host>host)` dropped from _EN_GUEST_AFTER (the last speaker, the guest, was given it)
    quote = "Our railways will carry twice as much cotton by the end of next year"
    lead = ("Turkish Foreign Minister Hakan Fidan arrived in Baku on Monday. “We came to work,” Fidan said.\n\n"
            "Azerbaijani Foreign Minister Jeyhun Bayramov welcomed him at the airport. “" + quote + ",” ")
    assert _quotes(lead + "his host said.") == [("Hakan Fidan", "We came to work"), ("Jeyhun Bayramov", quote)]
    assert ("Jeyhun Bayramov", quote) not in _quotes(lead + "the host country said.")


def test_his_host_may_be_a_minister_the_office_table_lacks():
    """'Kyrgyz Economy Minister X Y arrived in Dushanbe, where Tajik Trade Minister Z W welcomed him. “…,” his host
    said' is Z W, named by his title in running text only."""
    # plant: the `for entry in reversed(resolver.unlisted)` loop dropped from _en_people_named (no quote)
    quote = "Our customs posts will work around the clock from the first of July"
    text = ("Kyrgyz Economy Minister Tilek Osmonov arrived in Dushanbe on Monday, where Tajik Trade Minister Rustam "
            "Saidzoda welcomed him.\n\n“" + quote + ",” his host said.")
    assert _quotes(text) == [("Rustam Saidzoda", quote)]
