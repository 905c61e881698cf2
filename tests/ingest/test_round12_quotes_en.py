"""English quote forms of the round 12 misses (dev/126, 127, 128, 132, 133, 134), each as a small text in
words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen
failing on a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 3, 12)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_a_surname_spelt_as_an_alias_spells_it_is_the_holder_named_before():
    """Plant: `Resolver._named_with_surname` comparing the surname with the name's last word only
    ("Berdimuhamedov" after "Serdar Berdimuhamedov", whose name is spelt "Berdimuhamedow", was nobody)."""
    text = ("Gas talks\n\n"
            "Turkmen President Serdar Berdimuhamedov received the delegation in Ashgabat on Monday.\n\n"
            "Berdimuhamedov called the meeting \"an important step for the whole Caspian region\".")
    assert _quotes(text) == [("Serdar Berdimuhamedow", "an important step for the whole Caspian region")]


def test_the_elder_of_a_surname_is_the_one_of_that_surname_named_last():
    """Plant: "elder|younger" taken out of `SUBJECT` (the sentence had no subject: the quote went to no one)."""
    text = ("Gas talks\n\n"
            "Turkmen President Serdar Berdimuhamedov received the delegation in Ashgabat on Monday. "
            "The guests then met Gurbanguly Berdimuhamedov, the president's father.\n\n"
            "The elder Berdimuhamedov described the visit as \"a sign of lasting friendship between our nations\".")
    assert _quotes(text) == [("Gurbanguly Berdimuhamedow", "a sign of lasting friendship between our nations")]


def test_and_said_without_that_after_a_partial_quote_goes_on_in_the_same_voice():
    """Plant: the round 12 "and said" alternative taken out of `ADDING_THAT` (the second partial quote went to
    no one)."""
    text = ("Gas talks\n\n"
            "Kazakh President Kassym-Jomart Tokayev described the pipeline as \"a project of the whole region\" "
            "and said Kazakh oil would reach Europe \"by the shortest and safest possible route\" within a decade.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "a project of the whole region"),
                             ("Kassym-Jomart Tokayev", "by the shortest and safest possible route")]


def test_and_said_after_a_partial_quote_is_not_taken_when_the_clause_names_someone():
    """The rest of the clause names another person: whose words the second quote are is open (no record).
    Plant: the `_names_someone` check of the ADDING_THAT branch dropped (Tokayev got the second quote)."""
    text = ("Gas talks\n\n"
            "Kazakh President Kassym-Jomart Tokayev described the pipeline as \"a project of the whole region\" "
            "and said Ilham Aliyev had promised \"the shortest and safest possible route\" for Kazakh oil.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "a project of the whole region")]


def test_a_lower_case_title_before_a_full_name_opens_the_sentence_he_speaks_after():
    """Plant: `_LOWER_TITLES` alternative taken out of `SUBJECT` ("Kremlin" was the subject, "spokesman" the
    verb; "he" stayed Aliyev, who spoke before)."""
    text = ("Caspian gas\n\n"
            "\"The pipeline will be built, whatever anyone in the region says,\" President Ilham Aliyev said.\n\n"
            "Kremlin spokesman Dmitry Peskov was more careful on Wednesday. "
            "\"We respect the choices of our partners in the Caspian region,\" he said.")
    assert _quotes(text) == [("Ilham Aliyev", "The pipeline will be built, whatever anyone in the region says"),
                             ("Dmitry Peskov", "We respect the choices of our partners in the Caspian region")]


def test_a_quote_that_ends_its_sentence_has_no_attribution_sentence_after_it():
    """Plant: the full-stop return of `_after_last_attribution` dropped (the sentence after the ministry's
    quoted words was read as their attribution, and "he" stayed Aliyev)."""
    text = ("Caspian gas\n\n"
            "\"The pipeline will be built, whatever anyone in the region says,\" President Ilham Aliyev said.\n\n"
            "In a statement, the ministry called the arrests \"hasty and unjustified.\" "
            "Kazakh Foreign Minister Murat Nurtleu was calmer. "
            "\"We hope our neighbours will settle this quarrel among themselves,\" he said.")
    assert _quotes(text, date(2024, 5, 6)) == [
        ("Ilham Aliyev", "The pipeline will be built, whatever anyone in the region says"),
        ("Murat Nurtleu", "We hope our neighbours will settle this quarrel among themselves")]


def test_a_sentence_after_a_quote_closed_by_a_full_stop_is_not_its_attribution():
    """Plant: `_new_sentence` always False (Trade Minister Bolat, the next sentence's subject, got the quote)."""
    text = ("Trade target\n\n"
            "President Kassym-Jomart Tokayev spoke of the trade figures and of \"a target that we must reach "
            "within five years.\" Trade Minister Arman Shakkaliyev told the forum that forty firms had signed "
            "contracts.")
    assert ("Arman Shakkaliyev", "a target that we must reach within five years.") not in _quotes(text)


def test_a_short_attribution_after_a_full_stop_still_names_the_speaker():
    """The sloppy '“….” Aliyev said.' stays an attribution. Plant: `_SENTENCE_GOES_ON` matching any rest
    (the quote went to no one)."""
    text = ("Trade target\n\n"
            "\"We will bring our trade to one billion dollars within five years.\" President Ilham Aliyev said.")
    assert _quotes(text) == [("Ilham Aliyev", "We will bring our trade to one billion dollars within five years.")]


def test_in_his_words_inside_a_sentence_gives_the_partial_quote_to_the_name():
    """Plant: the round 12 `_IN_WORDS_INSIDE` call taken out of `_subject_partial` (the quote went to no one)."""
    text = ("Trade target\n\n"
            "The two governments agreed to double trade by 2027 and, in Tokayev's words, \"to go much further "
            "once the railway opens.\"")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "to go much further once the railway opens.")]


def test_in_his_words_inside_a_sentence_that_names_nobody_before_gives_no_one():
    """"his" of a sentence that names nobody before it is no one we can tell. Plant: `_in_words_inside` reading
    a pronoun as the last speaker, `resolver.resolve("he")` (Aliyev, who spoke before, got the quote)."""
    text = ("Trade target\n\n"
            "\"Our trade grew by a third last year,\" President Ilham Aliyev said.\n\n"
            "The two governments agreed to double trade by 2027 and, in his words, \"to go much further "
            "once the railway opens.\"")
    assert _quotes(text) == [("Ilham Aliyev", "Our trade grew by a third last year")]


def test_a_long_relative_clause_between_subject_and_verb():
    """Plant: `SUBJECT`'s aside back to 100 characters (the quote went to no one)."""
    text = ("Summit\n\n"
            "Kazakh President Kassym-Jomart Tokayev, who arrived late on Friday night and spent the morning in talks "
            "with the Uzbek and Kyrgyz delegations at his residence, called the agreement \"the first real step "
            "towards a common market\".")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "the first real step towards a common market")]


def test_a_title_with_of_before_the_name_opens_the_sentence():
    """Plant: "of" taken out of the verb's negative lookahead in `SUBJECT` ("Azerbaijan's Minister" was the
    subject, "of" its verb: the quote went to no one)."""
    text = ("Transport\n\n"
            "Azerbaijan's Minister of Digital Development Rashad Nabiyev called the new ferry line \"a bridge we "
            "have waited thirty years for\".")
    assert _quotes(text) == [("Rashad Nabiyev", "a bridge we have waited thirty years for")]


def test_describing_an_object_of_several_words_as_a_partial_quote():
    """Plant: `_CALLING_END` back to one word after "the" (the quote went to no one)."""
    text = ("Transport\n\n"
            "Kazakh President Kassym-Jomart Tokayev has spoken of the corridor before, describing the Caspian "
            "ferry route as \"the shortest link between China and Europe\" at a forum in Astana.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "the shortest link between China and Europe")]


def test_quoted_him_as_saying_is_the_subject_of_the_sentence_before():
    """Plant: `_quoted_as_saying` reading the sentence before by `_one_named` only (it names two people: the
    quote went to no one)."""
    text = ("Railway\n\n"
            "On Tuesday, President Shavkat Mirziyoyev discussed the railway with Kazakh President Kassym-Jomart "
            "Tokayev by phone, his press service said. It quoted him as saying that the line was \"the most "
            "important project of the decade\".")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "the most important project of the decade")]


def test_quoted_a_title_as_saying():
    """Plant: the `_QUOTED_AS_SAYING` call taken out of `_subject_partial` (the quote went to no one)."""
    text = ("Railway\n\n"
            "The state news agency quoted the Kazakh leader as saying the port would be \"ready for twice the "
            "cargo by next spring\".")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "ready for twice the cargo by next spring")]


def test_he_after_a_person_with_no_name_is_no_speaker():
    """Plant: `_indefinite_subject` always False ("he" was Aliyev, who had spoken before)."""
    text = ("Caspian gas\n\n"
            "\"The pipeline will be built, whatever anyone in the region says,\" President Ilham Aliyev said.\n\n"
            "A senior European diplomat who asked not to be named was less sure. \"Nobody in Brussels will pay "
            "for a pipeline under the sea,\" he said.")
    assert _quotes(text) == [("Ilham Aliyev", "The pipeline will be built, whatever anyone in the region says")]


def test_a_person_named_between_commas_after_an_indefinite_title_speaks():
    """Plant: the `_NAME_BETWEEN_COMMAS` branch dropped from `_indefinite_subject` (the quote went to no one)."""
    text = ("Caspian gas\n\n"
            "\"The pipeline will be built, whatever anyone in the region says,\" President Ilham Aliyev said.\n\n"
            "An economist in Baku, Rovshan Ibrahimov, was less sure. \"Nobody in Brussels will pay "
            "for a pipeline under the sea,\" he said.")
    assert _quotes(text) == [("Ilham Aliyev", "The pipeline will be built, whatever anyone in the region says"),
                             ("Rovshan Ibrahimov", "Nobody in Brussels will pay for a pipeline under the sea")]
