"""English quotes A, round 37: partial quotes inside reported speech that the older rules missed (dev/522, 523, 524,
530, 546, 552, 559), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 14)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# quotes.py: _en_partial_ending_sentence and its helpers

def test_an_aside_naming_a_medium_between_who_and_the_verb_leaves_the_quote_to_the_relative_subject():
    """'X Y, who, according to state television, described … as “…”': the aside names a medium, no speaker."""
    # plant: the `"according to " in sentence` branch of _en_partial_ending_sentence dropped (no quote attributed)
    text = ("On Friday the delegation was received by President Sadyr Japarov, who, according to state television, "
            "called the new border crossing \"a bridge between two friendly nations\".")
    assert _quotes(text) == [("Sadyr Japarov", "a bridge between two friendly nations")]
    # a press office's readout, with words after the quote
    text = ("The minister was later received by President Kassym-Jomart Tokayev, who, according to his press office, "
            "urged both governments to turn \"every signed memorandum into a working factory\" before the end of "
            "the year.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "every signed memorandum into a working factory")]


def test_an_aside_naming_a_person_is_no_medium():
    """Precision: 'according to X Y' names a person, whose account it is; the aside is not dropped."""
    # plant: `and not _names_someone(aside["source"], resolver)` dropped from the aside branch
    text = ("The guests were received by President Sadyr Japarov, who, according to his aide Aigul Temirbekova, "
            "called the new border crossing \"a bridge between two friendly nations\".")
    assert ("Sadyr Japarov", "a bridge between two friendly nations") not in _quotes(text)


def test_quoted_as_telling_his_guest_that_is_the_subjects_report():
    """'X was quoted as telling his guest that Y wanted “…”' (a wire's passive) is X's."""
    # plant: "telling" dropped from _EN_PASSIVE_QUOTED_TELLING (only "having told" read)
    text = ("Prime Minister Robert Abela met the visiting speaker on Monday. Abela was quoted as telling his visitor "
            "that Malta hoped \"to open a new chapter in Mediterranean trade\".")
    assert _quotes(text) == [("Robert Abela", "to open a new chapter in Mediterranean trade")]


def test_a_copula_and_a_participle_of_naming_give_the_quote_to_the_subject():
    """'The Kazakh minister was more cautious, describing ties as “…”' (a bare noun as the object, which the older
    participle rule did not read): the participle names its object in the subject's words."""
    # plant: the _EN_NAMING_PARTICIPLE_END branch of _en_partial_ending_sentence dropped
    text = ("Foreign Minister Murat Nurtleu met his counterpart. The Kazakh minister was more cautious, describing "
            "ties as \"a good idea that still needs a budget\".")
    assert _quotes(text) == [("Murat Nurtleu", "a good idea that still needs a budget")]


def test_a_participle_whose_object_names_another_person_gives_no_one():
    """Precision: 'X was upbeat, describing Y Z's offer as “…”' names another person before the quote."""
    # plant: `and _plain_object(rest, resolver)` dropped from the participle branch
    text = ("Foreign Minister Murat Nurtleu met his counterpart. The Kazakh minister was upbeat, describing Jeyhun "
            "Bayramov's offer as \"a good idea that still needs a budget\".")
    assert ("Murat Nurtleu", "a good idea that still needs a budget") not in _quotes(text)


def test_as_one_based_on_opens_the_described_phrase():
    """'described ties as one built on “…”' (and 'as one of “…”') is the subject's description."""
    # plant: `_EN_AS_ONE_END` matched only "one of" (the "based/built … on" alternative dropped)
    text = ("President Shavkat Mirziyoyev spoke to reporters. He described the partnership with Baku as one built on "
            "\"trust, shared history and a common future.\"")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "trust, shared history and a common future.")]
    text = ("President Shavkat Mirziyoyev spoke to reporters. He described Azerbaijan as one of \"the most reliable "
            "partners we have ever had\".")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "the most reliable partners we have ever had")]


def test_a_reported_sentence_after_a_quote_ending_its_sentence_is_a_new_quote():
    """'… as “….” He said that in hard times, “…,”': two quotes, not one continued."""
    # plant: `and not _en_new_reported_sentence(found[-1].text, gap)` dropped from the continuation join
    text = ("Prime Minister Viktor Orbán spoke to reporters. He described the partnership as one built on \"trust, "
            "shared history and a common future.\" He said that in hard times, \"friends are worth more than markets,\" "
            "and Hungary would keep its word.")
    assert _quotes(text) == [("Viktor Orbán", "trust, shared history and a common future."),
                             ("Viktor Orbán", "friends are worth more than markets")]


def test_a_second_verb_after_a_comma_and_keeps_the_subject():
    """'Still, she expects …, and says the goal is “…” if …': the second verb's partial quote is the subject's."""
    # plant: `_EN_AND_SECOND_VERB` without "says" (only past forms)
    text = ("Dilnoza Karimova, an analyst at a Tashkent consultancy, is cautious. Even so, she expects exports to keep "
            "rising as long as the new rail line keeps its tariffs low, and says the target is \"hard but not out of "
            "reach\" if cotton is counted.")
    assert _quotes(text) == [("Dilnoza Karimova", "hard but not out of reach")]


def test_a_second_verb_after_a_clause_naming_another_person_gives_no_one():
    """Precision: '…, she met Y Z, and says …' names another person in the first verb's clause."""
    # plant: `or _names_someone(first, resolver)` dropped from _en_second_verb_subject
    text = ("Dilnoza Karimova, an analyst at a Tashkent consultancy, is cautious. Even so, she expects Minister Laziz "
            "Kudratov to keep pushing exports, and says the target is \"hard but not out of reach\" if cotton is "
            "counted.")
    assert ("Dilnoza Karimova", "hard but not out of reach") not in _quotes(text)


def test_a_second_partial_quote_joined_by_and_a_verb_is_the_first_ones_speaker():
    """'X said A valued “…” and wanted to see “…”': both partial quotes are X's."""
    # plant: the _EN_SECOND_PARTIAL branch of _en_partial_ending_sentence dropped
    text = ("Meeting the Uzbek delegation, Tokayev said Kazakhstan treasured \"the old ties of kinship between our "
            "nations\" and hoped to reach \"a new level of industrial cooperation\".")
    got = _quotes(text)
    assert got == [("Kassym-Jomart Tokayev", "the old ties of kinship between our nations"),
                   ("Kassym-Jomart Tokayev", "a new level of industrial cooperation")]


def test_a_speech_verb_reporting_what_another_leader_considers_is_the_speakers():
    """'He said the Uzbek leader considered the projects “…”': the speaker reports, the words are his."""
    # plant: "considered" dropped from _EN_OTHER_CONSIDERS
    text = ("Foreign Minister Bakhtiyor Saidov spoke after the talks. He said the Kazakh leader considered the new "
            "canal and power lines \"a task for the whole region, not for one country.\"")
    assert _quotes(text) == [("Bakhtiyor Saidov", "a task for the whole region, not for one country.")]


def test_quoted_by_an_agency_as_telling_reporters_that():
    """'X was quoted by agency Y as telling reporters that …' (no determiner before the object) is X's."""
    # plant: the determiner made required again in _EN_PASSIVE_QUOTED_TELLING's object
    text = ("Prime Minister Robert Abela met the visiting speaker on Monday. Abela was quoted by the news agency Tvm as "
            "telling journalists that Malta hoped \"to open a new chapter in Mediterranean trade\".")
    assert _quotes(text) == [("Robert Abela", "to open a new chapter in Mediterranean trade")]


def test_wants_the_thing_to_be_gives_the_wish_to_the_subject():
    """'X wants the corridor to be “…”' (a wish in the subject's words, as "expects" reads)."""
    # plant: "wants" dropped from _EN_EXPECTATION_VERBS
    text = "Georgian Prime Minister Irakli Kobakhidze wants the new port to be \"the main gate of the Black Sea\"."
    assert _quotes(text) == [("Irakli Kobakhidze", "the main gate of the Black Sea")]
    # precision: a state's wish is no one's words
    assert _quotes("Georgia wants the new port to be \"the main gate of the Black Sea\".") == []


def test_a_press_office_aside_in_a_relative_clause_whose_sentence_goes_on():
    """'X, who, according to the presidential press office, called … “…”, then left for …': the aside dropped, the
    relative clause's subject speaks though the sentence goes on after the quote."""
    # plant: `after` not passed to _en_partial_reread from the aside branch (the relative rule not tried)
    text = ("Japarov, who, according to the presidential press office, called the dam \"the most important project "
            "of our generation\", then left for Osh.")
    assert _quotes(text) == [("Sadyr Japarov", "the most important project of our generation")]


# people.py: _en_akims_named, "akim" in _TITLE_WORDS and _EN_TITLE_KIN

def test_the_akim_said_after_a_lower_case_akim_before_the_name():
    """'the regional akim X Y' before '“…,” the akim said' (no comma between title and name)."""
    # plant: the `"akim " in text` line dropped from Resolver.note_names_in (the akim not remembered)
    text = ("The delegation was welcomed in Taraz by the regional akim Yerbol Sadyrov. He showed them the new "
            "industrial zone. \"Every investor who comes here gets land within one week,\" the akim said.")
    assert _quotes(text) == [("Yerbol Sadyrov", "Every investor who comes here gets land within one week")]


def test_akim_capitalised_before_a_name_is_a_title():
    """'Akim X Y said …' at a sentence's start: the title is no given name."""
    # plant: "akim" dropped from people._TITLE_WORDS
    text = "Akim Yerbol Sadyrov said the zone would become \"a magnet for investors from across Eurasia\"."
    assert _quotes(text) == [("Yerbol Sadyrov", "a magnet for investors from across Eurasia")]


# quotes.py: _EN_NOT_NAMED_CLAUSE (in _attribution_ended)

def test_an_employer_that_asked_not_to_be_named_leaves_the_next_quote_in_the_same_voice():
    """'“…,” says X Y, a director at the bank, which asked not to be named because of …. “…”': both quotes X Y's."""
    # plant: the "(?:for|because of) …" tail dropped from _EN_NOT_NAMED_CLAUSE
    text = ("\"Ten years ago nobody here had heard of letters of credit,\" says Marat Abenov, a director at the bank, "
            "which asked not to be named because of its disclosure policy. \"Now every exporter asks for them.\"")
    assert _quotes(text) == [("Marat Abenov", "Ten years ago nobody here had heard of letters of credit"),
                             ("Marat Abenov", "Now every exporter asks for them.")]


def test_a_speech_verb_after_the_not_named_clause_still_ends_the_voice():
    """Precision: another speech verb after the clause ("…, as its chairman told reporters.") may give the next quote
    to someone else."""
    # plant: _EN_NOT_NAMED_CLAUSE made to drop the rest of the sentence too (`[^.!?]*` after "named")
    text = ("\"Ten years ago nobody here had heard of letters of credit,\" says Marat Abenov, a director at the bank, "
            "which asked not to be named, as its chairman told reporters. \"Now every exporter asks for them.\"")
    assert ("Marat Abenov", "Now every exporter asks for them.") not in _quotes(text)


def test_a_second_partial_quote_after_another_s_naming_word_is_not_the_first_speakers():
    """Precision: 'X said A valued “…” and praised Y for what critics called “…”' quotes the critics."""
    # plant: `and _en_own_second_clause(second["tail"], resolver)` dropped from _en_partial_ending_sentence
    text = ("Meeting the Uzbek delegation, Tokayev said Kazakhstan treasured \"the old ties of kinship between our "
            "nations\" and praised Tashkent for what critics called \"a very late turn to open markets\".")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "the old ties of kinship between our nations")]
