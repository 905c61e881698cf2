"""English quote forms of the seventh held-out set (dev/78–83), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote). Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant
is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2023, 5, 10)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# quotes.py: a lead paragraph ending in a colon, its "He" the paragraph's own subject

def test_he_in_a_colon_lead_paragraph_is_that_paragraphs_subject():
    """Plant: the `_colon_lead_anaphor` branch in find_quotes removed (he = whoever spoke last)."""
    text = ("Leaders meet\n\n"
            "Opening the talks, Tokayev called the forum “a bridge between the peoples of the region”.\n\n"
            "Erdoğan spoke last. He praised the grain deal at length and added:\n\n"
            "“We will double our trade with Central Asia within five years.”")
    assert _quotes(text)[-1] == ("Recep Tayyip Erdoğan", "We will double our trade with Central Asia within five years.")


# quotes.py: a short term in quote marks in the colon sentence is no one's statement

def test_a_quoted_term_before_the_colon_keeps_the_subject():
    """Plant: `_subject_colon` checking `rest` itself again, not `_unquote_terms(rest)`."""
    text = ("Leaders meet\n\n"
            "Mirziyoyev spoke about railways and the “Middle Corridor” in his address:\n\n"
            "“Our ports and railways are open to every partner in the region.”")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "Our ports and railways are open to every partner in the region.")]


def test_a_quoted_statement_before_the_colon_still_blocks():
    """Plant: `_unquote_terms` replacing every quoted span whatever its length (MIN_WORDS test dropped)."""
    text = ("Leaders meet\n\n"
            "Mirziyoyev recalled the old line “we are one people with one future” and went on:\n\n"
            "“Our ports and railways are open to every partner in the region.”")
    assert ("Shavkat Mirziyoyev", "Our ports and railways are open to every partner in the region.") not in _quotes(text)


# people.py: "Minister of Economy X Y" remembered for a later surname

def test_minister_of_ministry_name_is_remembered_for_the_surname():
    """Plant: `_note_title_of_names` not called from note_names_in."""
    text = ("Commission meets\n\n"
            "The talks were led by Kyrgyz Minister of Economy and Commerce Talant Usenov.\n\n"
            "“Our exports to Azerbaijan must double within three years,” Usenov said.")
    assert [s for s, _ in _quotes(text)] == ["Talant Usenov"]


# people.py: "the head of state" after a minister spoke

def test_head_of_state_after_a_minister_spoke_is_the_head_of_state():
    """Plant: `_head_for_title` returning None always (the anaphor = the minister who spoke last)."""
    text = ("Commission meets\n\n"
            "Kyrgyz Minister of Economy Talant Usenov said that trade had grown by a fifth.\n\n"
            "The delegation was later received by President Ilham Aliyev. The head of state said Baku was "
            "ready to expand its port “to serve the growing cargo from Kyrgyzstan”.")
    assert _quotes(text) == [("Ilham Aliyev", "to serve the growing cargo from Kyrgyzstan")]


def test_he_after_a_minister_spoke_stays_the_minister():
    """Plant: `_HEAD_WORDS` holding "he" too."""
    text = ("Commission meets\n\n"
            "The delegation was received by President Ilham Aliyev. Kyrgyz Minister of Economy "
            "Talant Usenov said that trade had grown.\n\n"
            "“We will open a trade house in Baku next spring,” he said.")
    assert [s for s, _ in _quotes(text)] == ["Talant Usenov"]


# people.py: a free economic zone is no person

def test_a_zone_is_no_person_in_the_object():
    """Plant: "zone" taken out of the added _BODY_WORDS."""
    text = ("Leaders meet\n\n"
            "President Ilham Aliyev said Azerbaijan would widen the Alat Free Economic Zone “for the partners "
            "who trust us”.")
    assert _quotes(text) == [("Ilham Aliyev", "for the partners who trust us")]


# quotes.py: a wire story's dash-led credit line

def test_a_credit_line_is_no_quote():
    """Plant: `_CREDIT_LINE` check removed from the dash-led branch of _unmarked_paragraph."""
    text = ("Gas talks\n\n"
            "“We need more gas from the south this winter,” Orbán said.\n\n"
            "— Additional reporting by Anna Kovacs and Peter Toth")
    assert _quotes(text) == [("Viktor Orbán", "We need more gas from the south this winter")]


# quotes.py: the quote after the speaker's appositive goes on in that voice

def test_quote_after_the_speakers_appositive_is_the_same_speaker():
    """Plant: `_APPOSITIVE.match(gap)` test dropped from _attribution_ended (the employer's name counts)."""
    text = ("Gas talks\n\n"
            "“Routes change, suppliers do not,” said Anna Kovacs, a gas analyst at consultancy Danube Watch. "
            "“The contract with the east still runs for ten years.”")
    assert [s for s, _ in _quotes(text)] == ["Anna Kovacs", "Anna Kovacs"]


# quotes.py: partial quotes after reported speech

def test_name_with_possessive_title_appositive_then_verb():
    """Plant: `_NAME_TITLE_APPOSITIVE` not tried in _subject."""
    text = ("Visit\n\nArarat Mirzoyan, Armenia’s foreign minister, said the trip was “an open challenge to the talks”.")
    assert _quotes(text) == [("Ararat Mirzoyan", "an open challenge to the talks")]


def test_cautioned_however_that_gives_the_subject():
    """Plant: "cautioned" taken out of _THAT_VERBS."""
    text = ("Corridor\n\n“The corridor is our door to Europe,” said Anna Kovacs, an economist in Budapest. "
            "She cautioned, however, that ferry capacity remained “the weakest link of the whole route”.")
    assert _quotes(text)[-1] == ("Anna Kovacs", "the weakest link of the whole route")


def test_went_on_to_say_that_gives_the_subject():
    """Plant: `_WENT_ON_TO` matching nothing (say/add list emptied to a word never written)."""
    text = ("Summit\n\nTokayev spoke first. He went on to say that the steppe “unites our nations rather than "
            "separating them”.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "unites our nations rather than separating them")]


def test_welcomed_as_gives_the_subject():
    """Plant: `_AS_VERBS_MORE` check dropped from _subject_partial."""
    text = ("Summit\n\nJaparov, for his part, welcomed the new format as “a sign of the maturity of our region”.")
    assert _quotes(text) == [("Sadyr Japarov", "a sign of the maturity of our region")]


def test_according_to_him_is_the_one_named_in_the_sentence_before():
    """Plant: `_according_speaker` resolving the pronoun to the last speaker only (named-person step skipped)."""
    text = ("Summit\n\n“The pipeline will take a decade,” said Anna Kovacs, an energy analyst.\n\n"
            "Economist Bela Nagy was more hopeful. According to him, both sides now see “a real chance of "
            "building it within five years”.")
    assert _quotes(text)[-1] == ("Bela Nagy", "a real chance of building it within five years")


def test_according_to_him_after_two_people_named_gives_nobody():
    """Plant: the `if named: return None` line removed from _according_speaker (falls back to the pronoun)."""
    text = ("Summit\n\n“The pipeline will take a decade,” said Anna Kovacs, an energy analyst.\n\n"
            "Economist Bela Nagy met Peter Toth. According to him, both sides now see “a real chance of "
            "building it within five years”.")
    assert len(_quotes(text)) == 1
