"""English quote forms of round 17 (the misses of dev/186, 187, 192 and 194, and the round's probes), each as a small
text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen failing on
a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 6, 2)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_a_surname_subject_named_in_full_behind_a_lower_case_title_before_a_partial_quote():
    """'Kazakh energy minister Nurlan Sadykov …' then "Sadykov described Turkey as “…”": the surname opening the
    partial quote's sentence is the one named in full before (as '“…,” Sadykov said' already was); not someone never
    named. Plant: `note_named_in_full` returning False (no quote)."""
    lead = "Talks\n\nTurkish officials met Kazakh energy minister Nurlan Sadykov in Astana on Monday.\n\n"
    assert _quotes(lead + "Sadykov described Turkey as \u201cthe main gateway for Kazakh oil to world markets\u201d.") \
        == [("Nurlan Sadykov", "the main gateway for Kazakh oil to world markets")]
    assert _quotes(lead + "Sadykov said the pipeline would become \u201ca lifeline for the whole region\u201d.") == [
        ("Nurlan Sadykov", "a lifeline for the whole region")]
    assert _quotes("Talks\n\nTurkish officials met in Astana on Monday.\n\nSadykov described Turkey as "
                   "\u201cthe main gateway for Kazakh oil to world markets\u201d.") == []


def test_a_title_of_two_portfolios_joined_by_and_before_a_partial_quote():
    """"Energy and Natural Resources Minister X Y said … “to a new level”": the title's "and" joins two portfolios, not
    two people; "President X and Energy Minister Y said" is still no one's. Plant: `_PORTFOLIO_AND` made to match
    nothing (no quote)."""
    end = " said the two countries are ready to take their partnership \u201cto a new level\u201d this year."
    assert _quotes("Forum\n\nEnergy and Natural Resources Minister Ali Demir" + end) == [
        ("Ali Demir", "to a new level")]
    assert _quotes("Forum\n\nTürkiye's Foreign and European Affairs Minister Ali Demir" + end) == [
        ("Ali Demir", "to a new level")]
    assert _quotes("Forum\n\nPresident Ilham Aliyev and Energy Minister Ali Demir" + end) == []


def test_a_quote_after_asked_is_the_question_not_the_answer():
    """'Asked by a reporter “whether …”, X replied: “…”': the first quote is the question put to him; the answer is
    his. Plant: the `_ASKED_OPENING` check in `_attribute` removed (the question given to Sadykov)."""
    lead = "Talks\n\nKazakh Energy Minister Nurlan Sadykov met Turkish officials in Astana on Monday.\n\n"
    answer = "\u201cThe work is largely done, but the financing must still be agreed.\u201d"
    assert _quotes(lead + "Asked by a reporter \u201cwhether the pipeline could be finished this year\u201d, Sadykov "
                          "replied: " + answer) == [
        ("Nurlan Sadykov", "The work is largely done, but the financing must still be agreed.")]
    assert _quotes(lead + "When asked \u201cwhy the pipeline is so late to be finished\u201d, Sadykov said: " + answer) \
        == [("Nurlan Sadykov", "The work is largely done, but the financing must still be agreed.")]


def test_a_second_verb_after_a_partial_quote_names_or_praises_the_next_one():
    """"X described Azerbaijan as ‘…’ and praised Baku’s ‘…’" / "… and hailed the talks as “…”": both partial quotes
    are the subject's; not "and praised what Aliyev called “…”" (Aliyev's word). Plant: `_AND_NAMING_GAP`'s verbs
    without "praised" (the second quote missed)."""
    lead = "Visit\n\nPresident Ilham Aliyev met Kazakh Energy Minister Nurlan Sadykov in Baku on Monday.\n\n"
    assert _quotes(lead + "Sadykov described Azerbaijan as \u2018a reliable partner in the Caspian\u2019 and praised "
                          "Baku\u2019s \u2018pragmatic and respectful approach\u2019.") == [
        ("Nurlan Sadykov", "a reliable partner in the Caspian"), ("Nurlan Sadykov", "pragmatic and respectful approach")]
    assert _quotes(lead + "Sadykov described Azerbaijan as \u201ca reliable partner in the Caspian\u201d and praised "
                          "what Aliyev called \u201ca new chapter for our relations\u201d.") == [
        ("Nurlan Sadykov", "a reliable partner in the Caspian")]


def test_a_question_put_to_him_inside_the_sentence_of_his_answer():
    """The passive 'X was asked “…”' is a question too, and 'X, when asked “…”, said: “…”' gives the answer to X, read
    as "when asked it,"; "X asked “…?”" is his own question, his words. Plants: the passive words left out of `_ASKED`
    (the question given to Bayramov); the `_ASKED_QUESTION` substitution in `_attribute` removed (the answer missed)."""
    lead = ("Talks\n\nKazakh President Kassym-Jomart Tokayev received Azerbaijani Foreign Minister Jeyhun Bayramov in "
            "Astana on Monday.\n\n")
    assert _quotes(lead + "Bayramov was asked \u201cwhether the peace treaty could be signed this "
                          "year\u201d and replied that the text was largely agreed.") == []
    assert _quotes(lead + "Bayramov, when asked \"whether the peace treaty could be signed this year\", said: "
                          "\"The text is largely agreed now.\"") == [("Jeyhun Bayramov", "The text is largely agreed now.")]
    assert _quotes(lead + "Tokayev asked \u201cwhy should our region wait for others to decide its future?\u201d") == [
        ("Kassym-Jomart Tokayev", "why should our region wait for others to decide its future?")]


def test_a_first_verb_with_its_object_then_and_a_naming_or_praise_verb_before_the_partial_quote():
    """"X described the talks as constructive and praised Ankara’s “…”" / "X thanked his host and called for “…”": the
    partial quote ending the second verb is the subject's; not when the sentence names someone else ("and praised what
    Erdogan called “…”"). Plant: the round 17 `_AND_NAMING_GAP` check in `_partial_verb_forms` removed (no quote)."""
    lead = ("Talks in Baku\n\nTurkish Trade Minister Omer Bolat met Azerbaijani Economy Minister Mikayil Jabbarov in "
            "Baku on Monday.\n\n")
    assert _quotes(lead + "Jabbarov described the talks as constructive and praised Ankara\u2019s \u201csteady support "
                          "on every international platform\u201d.") == [
        ("Mikayil Jabbarov", "steady support on every international platform")]
    assert _quotes(lead + "Bolat thanked his host and called for \u201ca faster and simpler regime at the border "
                          "crossings\u201d.") == [("Omer Bolat", "a faster and simpler regime at the border crossings")]
    assert _quotes(lead + "Bolat thanked his host and praised what Erdogan called \u201cone nation with two states "
                          "forever\u201d.") == []


def test_a_quote_goes_on_after_whom_it_was_told():
    """'“…,” X told the joint press conference, “but …”': the lower-case second part after whom it was told is X's too
    (as after "told reporters"); not after a clause of others, ", but analysts warn," (kept out by its comma; the
    alternative's conjunction check is for the same clause without one). Plant: the round 17 alternative of
    `_OCCASION_GAP` removed (the second part missed)."""
    lead = "Summit\n\nKyrgyz President Sadyr Japarov arrived in Samarkand on Friday.\n\n"
    first = "\u201cThe border is no longer a line that divides us,\u201d Japarov told the joint press conference, "
    assert _quotes(lead + first + "\u201cbut a bridge that unites us.\u201d") == [
        ("Sadyr Japarov", "The border is no longer a line that divides us"), ("Sadyr Japarov", "but a bridge that unites us.")]
    assert _quotes(lead + "\u201cThe border is no longer a line that divides us,\u201d Japarov said, but analysts warn, "
                          "\u201cno deal here is ever final.\u201d") == [
        ("Sadyr Japarov", "The border is no longer a line that divides us")]
