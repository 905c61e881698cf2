"""English quote forms of the eighth held-out set (dev/90–98), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote). Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant
is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2023, 5, 10)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# people.py: one surname, two people

def test_a_given_name_the_holder_does_not_bear_is_someone_else():
    """Plant: `_another_bearer` returning False (the former prime minister Artur Rasizade speaks)."""
    text = ("Ferries on the Caspian\n\n"
            "“I have crossed this sea a thousand times and never waited this long,” said Elnur Rasizade, "
            "a ferry captain from Baku.")
    assert _quotes(text) == [("Elnur Rasizade", "I have crossed this sea a thousand times and never waited this long")]


def test_a_surname_alone_is_the_unlisted_person_named_before():
    """Plant: the `_unlisted_surname` check before the holder's terms in Resolver._resolve removed."""
    text = ("Ferries on the Caspian\n\n"
            "“I have crossed this sea a thousand times and never waited this long,” said Elnur Rasizade, "
            "a ferry captain from Baku.\n\n"
            "Prices have risen since spring.\n\n"
            "“Nobody can tell me what the next crossing will cost,” Rasizade said.")
    assert _quotes(text)[-1] == ("Elnur Rasizade", "Nobody can tell me what the next crossing will cost")


def test_a_spelling_variant_of_the_holders_given_name_is_the_holder():
    """Plant: `_fold2` comparing whole words, not their first two letters (Ilkham Aliyev an unlisted name)."""
    text = ("Gas talks\n\n"
            "“Our gas will reach Central Europe within three years,” said President Ilkham Aliyev.")
    assert _quotes(text) == [("Ilham Aliyev", "Our gas will reach Central Europe within three years")]


# quotes.py: partial quotes

def test_a_quoted_term_in_the_sentence_keeps_the_subject_of_a_partial_quote():
    """Plant: `_subject_partial` checking `rest` itself again, not `_unquote_terms(rest)`."""
    text = ("Talks in Budapest\n\n"
            "“Our partnership has never been stronger,” Orbán told reporters. He called the talks “a turning point” "
            "and said Hungary wanted to become “a hub for Caspian gas in the heart of Europe.”")
    assert _quotes(text)[-1] == ("Viktor Orbán", "a hub for Caspian gas in the heart of Europe.")


def test_a_quoted_term_in_the_subjects_aside_before_a_colon():
    """Plant: the `_unquote_terms(sentence)` retry in `_subject_colon` removed."""
    text = ("Summit\n\n"
            "Mirziyoyev, who has made trade the core of his “New Uzbekistan” agenda, struck a warmer tone: "
            "“We are one family and our doors are open to every brother.”")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "We are one family and our doors are open to every brother.")]


def test_in_his_words_gives_every_quote_of_the_sentence_to_the_one_named_before():
    """Plant: `_IN_WORDS_OPENING` made to want "In their words" (nobody is given the quotes)."""
    text = ("Summit\n\n"
            "Tokayev used his address to promote the transit route across the steppe. In his words, the railway is "
            "“the fastest and cheapest link between China and Europe,” and the members must now lift "
            "“every needless barrier at our crossings.”")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "the fastest and cheapest link between China and Europe"),
                             ("Kassym-Jomart Tokayev", "every needless barrier at our crossings.")]


def test_in_his_words_after_a_sentence_naming_two_people_gives_nobody():
    """Plant: `_according_speaker`'s "two people: no guess" return removed (falls to the last speaker)."""
    text = ("Summit\n\n"
            "“Trade is growing between us,” Aliyev said.\n\n"
            "Tokayev met Mirziyoyev on the sidelines. In his words, the railway is "
            "“the fastest and cheapest link between China and Europe.”")
    assert [q for q in _quotes(text) if "railway" in q[1] or "fastest" in q[1]] == []


def test_a_partial_quote_in_a_second_clause_is_that_clauses_subject():
    """Plant: `_COORDINATED_CLAUSE` made to want "; and" only."""
    text = ("Energy ties\n\n"
            "Gas has flowed to Europe through the pipeline since 2020, and Mr Aliyev described the wider "
            "network as “a project that redrew the map of the continent”.")
    assert _quotes(text) == [("Ilham Aliyev", "a project that redrew the map of the continent")]


# quotes.py: reported speech with the verb before the name ("…, said X Y, a fellow at …")

def test_inverted_reported_speech_names_the_speaker_of_the_next_quotes():
    """Plant: `_INVERTED_SAID` made to want "stated" (Halász unknown: Szijjártó, who spoke last, takes "He added")."""
    text = ("Summit\n\n"
            "“Hungary is the bridge between East and West,” Szijjártó said.\n\n"
            "For Budapest the gesture matters more than the money, said Gergő Halász, a fellow at a Budapest "
            "think tank.\n\n"
            "“Orbán is collecting friends he can point to in every quarrel,” Halász said.\n\n"
            "He added: “The other side gets a friendly voice inside the union.”")
    assert _quotes(text)[1:] == [("Gergő Halász", "Orbán is collecting friends he can point to in every quarrel"),
                                 ("Gergő Halász", "The other side gets a friendly voice inside the union.")]


# people.py: a lower-case title, then the name between commas

def test_a_name_after_a_lower_case_title_answers_to_its_surname():
    """Plant: `_TITLE_APPOSITIVE` made to want "ministers" (Nurlanov unknown: the quote has no speaker)."""
    text = ("Ports\n\n"
            "Kazakhstan's minister for transport and logistics, Daulet Nurlanov, toured the port on Monday. "
            "“We will double the number of berths by next summer,” Nurlanov told reporters.")
    assert _quotes(text) == [("Daulet Nurlanov", "We will double the number of berths by next summer")]


# quotes.py: a quote ending its paragraph after a sentence about one person

def test_a_quote_after_a_sentence_about_one_person_is_that_persons():
    """Plant: `_sentence_before_subject` returning None."""
    text = ("Ports\n\n"
            "“I have waited here for four days already,” said Timur Bekov, a driver from Almaty.\n\n"
            "Back at the gate, Bekov laughed when asked whether he would try another route. "
            "“There is no other route. This is the only road west.”")
    assert _quotes(text)[-1] == ("Timur Bekov", "There is no other route. This is the only road west.")


def test_a_quote_after_a_sentence_naming_two_people_has_no_speaker():
    """Plant: `_plain_object` check dropped in `_sentence_before_subject` (Bekov would take it)."""
    text = ("Ports\n\n"
            "“I have waited here for four days already,” said Timur Bekov, a driver from Almaty.\n\n"
            "Later, Bekov spoke with Arman Dosov about the queue. "
            "“There is no other route. This is the only road west.”")
    assert [q for q in _quotes(text) if "route" in q[1]] == []


def test_a_quote_after_a_sentence_of_reported_speech_stays_unattributed():
    """Plant: the `_SPEECH_VERB_WORDS` check dropped in `_sentence_before_subject` (Bekov would take it)."""
    text = ("Ports\n\n"
            "“I have waited here for four days already,” said Timur Bekov, a driver from Almaty.\n\n"
            "Bekov said the queue had grown since May. “There is no other route. This is the only road west.”")
    assert [q for q in _quotes(text) if "route" in q[1]] == []
