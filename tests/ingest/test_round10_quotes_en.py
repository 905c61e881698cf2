"""English quote forms of the ninth held-out set (dev/104, 108–110), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote). Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant
is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2024, 9, 18)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_according_to_a_source_leaves_the_sentences_subject_to_speak():
    """Plant: `_according_source` returning False (the press office names nobody: no speaker)."""
    text = ("Talks in Astana\n\n"
            "According to the Akorda press office, the Kazakh leader said the new agreements "
            "\"open a wide road for our carriers and farmers.\"")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "open a wide road for our carriers and farmers.")]


def test_according_to_a_person_is_still_that_person():
    """Plant: `_according_source` returning True always (the subject "the minister" named nobody: the
    quote went to no one, or to the wrong person)."""
    text = ("Talks in Astana\n\n"
            "President Kassym-Jomart Tokayev opened the forum. "
            "According to him, the member states have \"no time left to waste on slogans.\"")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "no time left to waste on slogans.")]


def test_present_tense_calls_names_its_object():
    """Plant: "calls" left out of the round 10 `_NAMING_VERBS` (no speaker)."""
    text = ("The corridor\n\n"
            "Mr Aliyev, never shy of big words, calls the route \"the shortest bridge between two continents\".")
    assert _quotes(text) == [("Ilham Aliyev", "the shortest bridge between two continents")]


def test_spoke_of_a_partial_quote():
    """Plant: `_SPOKE_OF` wanting "about" only (no speaker)."""
    text = ("Reactions\n\n"
            "President Shavkat Mirziyoyev, for his part, spoke of a \"new era of trust between our peoples.\"")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "new era of trust between our peoples.")]


def test_a_participle_that_names_its_object():
    """Plant: "calling" left out of `_CALLING_END` (no speaker)."""
    text = ("Talks in Baku\n\n"
            "President Ilham Aliyev recalled that the railway was finished in 2017, calling it "
            "\"a project that changed the map of the region.\"")
    assert _quotes(text) == [("Ilham Aliyev", "a project that changed the map of the region.")]


def test_and_said_that_after_another_verb():
    """Plant: `_AND_SAID` requiring "also" (no speaker)."""
    text = ("Talks in Baku\n\n"
            "President Sadyr Japarov thanked his hosts for the welcome and said that the two nations are "
            "\"bound by one language and one history.\"")
    assert _quotes(text) == [("Sadyr Japarov", "bound by one language and one history.")]


def test_praise_whose_object_is_the_quote():
    """Plant: `_PRAISE_VERBS` empty (no speaker)."""
    text = ("Talks in Tashkent\n\n"
            "President Shavkat Mirziyoyev also praised \"the steady growth of our mutual trade in recent years.\"")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "the steady growth of our mutual trade in recent years.")]


def test_before_adding_that():
    """Plant: "before" taken out of ADDING_THAT (the partial quote had no speaker)."""
    text = ("Budapest and the East\n\n"
            "\"We have never forgotten where we came from,\" Viktor Orbán said, before adding that Hungary "
            "would keep \"a bridge open between the two worlds\".")
    assert _quotes(text)[-1] == ("Viktor Orbán", "a bridge open between the two worlds")


def test_a_lower_case_title_before_the_name_after_the_quote():
    """Plant: AFTER_TITLED_NAME's title words wanting a capital (no speaker)."""
    text = ("Reactions\n\n"
            "\"Any such step will be met with a firm answer from our side,\" foreign ministry spokeswoman "
            "Maria Andreou said on Friday.")
    assert _quotes(text) == [("Maria Andreou", "Any such step will be met with a firm answer from our side")]


def test_the_next_sentence_after_told_an_outlet():
    """Plant: `mid_sentence` passed as False at the call in find_quotes (the second quote had no speaker)."""
    text = ("At the forum\n\n"
            "\"We are not here to beg,\" Ersin Tatar told Le Figaro on the sidelines of the forum. "
            "\"We are here to show the world who we are and what we have built.\"")
    assert _quotes(text, date(2024, 3, 1)) == [
        ("Ersin Tatar", "We are not here to beg"),
        ("Ersin Tatar", "We are here to show the world who we are and what we have built.")]


def test_she_says_after_a_new_person_in_the_same_paragraph():
    """Plant: `_paragraph_subjects` returning at once when the text before holds a quote mark (the last
    speaker, the first analyst, was given the second quote)."""
    text = ("Analysts\n\n"
            "\"The summit is a show for the home audience,\" says Rustam Aliev, an economist in Tashkent. "
            "Dana Omarova, a researcher in Astana, is more cautious. \"Nobody here wants to choose sides,\" "
            "she says.")
    assert _quotes(text)[-1] == ("Dana Omarova", "Nobody here wants to choose sides")


def test_she_says_comma_and_the_quote_goes_on():
    """Plant: the round 10 `continuation` check in find_quotes removed (the second part had no speaker)."""
    text = ("Analysts\n\n"
            "\"Nobody here wants to choose sides,\" Dana Omarova, a researcher in Astana, says, "
            "\"and nobody will be made to.\"")
    assert _quotes(text) == [("Dana Omarova", "Nobody here wants to choose sides"),
                             ("Dana Omarova", "and nobody will be made to.")]


def test_chair_of_a_parliament_is_a_titled_name():
    """Plant: "Chair|Speaker" not added to people._TITLE_OF_NAME (she was the last speaker, Aliyev)."""
    text = ("Talks in Baku\n\n"
            "\"Our doors are open to our brothers,\" President Ilham Aliyev said.\n\n"
            "Later the guest met Chair of the Milli Majlis Sahiba Gafarova.\n\n"
            "Gafarova noted that parliaments must work together. \"We will raise this question in every "
            "international assembly,\" she said.")
    assert _quotes(text)[-1] == ("Sahiba Gafarova", "We will raise this question in every international assembly")


def test_a_compass_word_makes_a_place_not_a_person():
    """Plant: the round 10 compass words not added to people._BODY_WORDS ("Northern Cyprus" named someone:
    no speaker)."""
    text = ("Talks in Baku\n\n"
            "President Ilham Aliyev welcomed the guests.\n\n"
            "President Ilham Aliyev also said that Azerbaijan and Northern Cyprus are \"linked by ties nobody can break.\"")
    assert _quotes(text, date(2025, 3, 13)) == [("Ilham Aliyev", "linked by ties nobody can break.")]


def test_the_head_of_state_named_after_another_head_of_state_spoke():
    """Plant: the round 10 condition in Resolver._head_for_title reverted (the last speaker, Tatar)."""
    text = ("A guest in Baku\n\n"
            "\"We ask only to be seen,\" Ersin Tatar said on arrival.\n\n"
            "On Thursday he was received by President Ilham Aliyev. The head of state told his guest that "
            "Azerbaijan \"will always stand by its Turkish Cypriot brothers.\"")
    assert _quotes(text, date(2025, 3, 13))[-1] == ("Ilham Aliyev", "will always stand by its Turkish Cypriot brothers.")


def test_a_weekday_is_no_name():
    """Plant: the round 10 weekdays not added to people._BODY_WORDS ("On Thursday" spoke)."""
    text = ("A guest in Baku\n\n"
            "\"We ask only to be seen,\" Ersin Tatar said on arrival.\n\n"
            "On Thursday he met students. \"Our people will not be forgotten,\" he said.")
    assert _quotes(text, date(2025, 3, 13))[-1] == ("Ersin Tatar", "Our people will not be forgotten")


def test_he_after_a_head_of_state_spoke_stays_the_speaker():
    """Plant: `_head_for_title` answering for "he" too (Aliyev, not the last speaker Tatar)."""
    text = ("A guest in Baku\n\n"
            "\"We ask only to be seen,\" Ersin Tatar said on arrival.\n\n"
            "On Thursday he was received by President Ilham Aliyev. \"Our people will not be forgotten,\" he said.")
    assert _quotes(text, date(2025, 3, 13))[-1] == ("Ersin Tatar", "Our people will not be forgotten")


def test_an_answer_line_after_a_labelled_question():
    """Plant: `_transcript_answer` returning None (the answer was no quote)."""
    text = ("Interview\n\n"
            "Ersin Tatar came to Baku for the forum.\n\n"
            "Le Figaro: Will Azerbaijan recognise you this year?\n"
            "Ersin Tatar: Azerbaijan knows what it means to wait for justice. We are patient.")
    assert _quotes(text, date(2025, 3, 13)) == [
        ("Ersin Tatar", "Azerbaijan knows what it means to wait for justice. We are patient.")]


def test_a_question_after_a_question_is_no_answer():
    """Plant: `_transcript_answer` not checking that the answer line ends without "?"."""
    text = ("Interview\n\n"
            "Ersin Tatar came to Baku for the forum.\n\n"
            "Le Figaro: Will Azerbaijan recognise you this year?\n"
            "Ersin Tatar: Why do you ask me what only Baku can answer?")
    assert _quotes(text, date(2025, 3, 13)) == []
