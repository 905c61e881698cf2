"""English quotes C, round 39: speakers the older rules missed or took from the person quoted before, in forms round
39's English quote helpers A and B left, each as a small invented text.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did, or the earlier
speaker). Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from dashboard.ingest.people import Resolver
from dashboard.ingest.quotes import _en_figure_taken_up_subject
from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


_FORWARDER_FIRST = ("Bakhrom Yuldashev, head of the forwarders' union, spoke first. \"Our drivers wait three days at "
                    "the border,\" he said.\n\n")


# quotes.py: _en_figure_taken_up_subject ("…, a figure that X repeated …." closing a paragraph)

def test_a_figure_someone_repeated_makes_him_the_next_he():
    """"… trade of $1.5 billion, a target that X cited twice at the forum.\n\n“…,” he said": X, not the earlier
    speaker."""
    # plant: the `_en_figure_taken_up_subject(…)` call dropped after `_reported_speech` for paragraphs without
    # quotes (the second quote went to Bakhrom Yuldashev)
    text = _FORWARDER_FIRST + ("Nurlan Abenov, Kazakhstan's trade minister, met the Turkmen side in Mary.\n\n"
                               "The governments want trade of $1.5 billion by 2028, a target that Abenov cited twice "
                               "during the forum.\n\n"
                               "\"One and a half billion needs a second railway line,\" he said.")
    assert _quotes(text)[-1] == ("Nurlan Abenov", "One and a half billion needs a second railway line")


def test_a_goal_an_office_holder_repeated_without_that():
    """"…, a goal Erdogan repeated in his closing remarks." (no "that"): the holder of the table."""
    # plant: `(?:that\s+|which\s+)?` made `(?:that\s+|which\s+)` in _EN_FIGURE_TAKEN_UP (the earlier speaker)
    text = _FORWARDER_FIRST + ("Turnover should reach $5 billion, a goal Erdogan repeated in his closing remarks.\n\n"
                               "\"Nothing stands between our peoples and this goal,\" he said.")
    assert _quotes(text)[-1] == ("Recep Tayyip Erdoğan", "Nothing stands between our peoples and this goal")


def test_a_figure_a_body_or_people_took_up_keeps_the_earlier_speaker():
    """Precision: "a figure that the railway company confirmed" / "that economists doubted" names no person, and "a
    figure that Erdogan repeated to Mirziyoyev" names two: the earlier speaker stays."""
    # plant: `_names_someone(m["rest"], resolver)` dropped from _en_figure_taken_up_subject (the last closing made
    # Erdoğan the speaker)
    for closing in ("a figure that the railway company confirmed on Monday", "a figure that economists doubted",
                    "a figure that Erdogan repeated in his talks with Mirziyoyev"):
        text = _FORWARDER_FIRST + (f"Freight rose to 4 million tonnes, {closing}.\n\n"
                                   "\"The border is still the bottleneck,\" he said.")
        assert _quotes(text)[-1] == ("Bakhrom Yuldashev", "The border is still the bottleneck")


def test_a_figure_a_company_confirmed_sets_no_speaker():
    """Precision: a new two-word name the table does not know ("Kaspi Trans") is a company here: no last speaker."""
    # plant: `if person.rule == "unlisted name" and " " in m["spk"]: return False` dropped from
    # _en_figure_taken_up_subject (it made "Kaspi Trans" the last speaker)
    resolver = Resolver(DAY)
    assert not _en_figure_taken_up_subject("Freight rose by a fifth, a figure that Kaspi Trans confirmed.", resolver)
    assert resolver.last_speaker is None


# quotes.py: _en_partial_others_naming_aside (an aside quoting others' name for the object before the subject's partial quote)

def test_an_aside_quoting_critics_leaves_the_subjects_own_quote_his():
    """"X described the dam, which opponents called “…”, as “…”": the last quote is X's, the aside's no one's; an aside
    naming a person ("which Mirziyoyev has called “…”") stays, and the sentence gives none (round 24's decision)."""
    # plant: the `_en_partial_others_naming_aside(…)` hook dropped from the end of the partial-quote chain (nothing attributed)
    # plant: the aside's words `(?:[a-z][\w'’\-]*\s+)` made any words, `(?:[\w'’\-]+\s+)`, in
    # _EN_OTHERS_NAMING_ASIDE (the aside naming Mirziyoyev was dropped and the last quote went to Tokayev)
    text = ("Japarov described the dam, which opponents called “a costly gamble with our water”, as “the pride of the "
            "whole nation”.")
    assert _quotes(text) == [("Sadyr Japarov", "the pride of the whole nation")]
    text = ("Tokayev called the plan, which Mirziyoyev has called “a bridge to the future”, “our common task for a "
            "decade”.")
    assert _quotes(text) == []  # (an aside naming a person holds that one's words: none, as round 24 decided)


def test_an_aside_quoting_critics_before_a_body_or_a_passive_gives_no_one():
    """Precision: "The ministry described the dam, which opponents called “…”, as “…”" and the passive ("The dam, which
    …, was described as “…”") name no speaker once the aside is dropped: no record."""
    # plant: `or _en_partial_after_asides_and_opinions(own, after, earlier, resolver)` made `or resolver.last_speaker` in
    # _en_partial_others_naming_aside (both went to Sadyr Japarov, quoted before)
    for sentence in ("The ministry described the dam, which opponents called “a costly gamble with our water”, as “the "
                     "pride of the whole nation”.",
                     "The dam, which opponents called “a costly gamble with our water”, was described as “the pride of "
                     "the whole nation”."):
        text = "“We will open the dam in the spring,” Japarov said.\n\n" + sentence
        assert _quotes(text) == [("Sadyr Japarov", "We will open the dam in the spring")]


def test_a_dubbed_by_aside_before_a_naming_verbs_object():
    """"X called the plan, dubbed “…” by some economists, “…”": the participle form of the same aside; the last quote is
    X's (the aside's own quote the older naming-verb rule still gives X: a known defect, not this rule's)."""
    # plant: the `|(?:dubbed|called|…)\s+[“…]…[”…]\s+by\s+…` alternative dropped from _EN_OTHERS_NAMING_ASIDE
    text = ("Mirziyoyev called the programme, dubbed “a wish list without money” by some economists, “the most concrete "
            "plan we have ever adopted”.")
    assert _quotes(text)[-1] == ("Shavkat Mirziyoyev", "the most concrete plan we have ever adopted")



# quotes.py: _LOWER_TITLES ("deputy" after an owner's possessive: "X's deputy, Y Z, described …")

def test_a_ministers_deputy_named_between_commas_speaks():
    """"Bayramov's deputy, Elnur Mammadov, described the talks as “…”": the deputy, not the minister; with a second
    subject joined by "and" no one."""
    # plant: the `r"|deputy"` growth dropped from _LOWER_TITLES (both unattributed)
    text = "Bayramov's deputy, Elnur Mammadov, described the talks as “a real step towards a single tariff”."
    assert _quotes(text) == [("Elnur Mammadov", "a real step towards a single tariff")]
    text = "Bayramov's deputy, Elnur Mammadov, told reporters that the corridor was “running at full capacity already”."
    assert _quotes(text) == [("Elnur Mammadov", "running at full capacity already")]
    text = ("Bayramov's deputy, Elnur Mammadov, and the Kazakh side described the talks as “a real step towards a single "
            "tariff”.")
    assert _quotes(text) == []


# quotes.py: _EN_BY_OR_WITH_BEFORE_NAME ("to" and "from" before an object's ", who said … “…”")

def test_an_object_after_to_or_from_whose_who_clause_ends_in_the_quote():
    """"Investors listened to X Y, who said the bank would “…”" / "… heard from X Y, who warned that …“…”": X Y's words;
    a bare object ("met X Y, who said …", round 28's decision) or a who-clause naming another's words give no one."""
    # plant: `|(?:to|from)\s+` dropped from _EN_BY_OR_WITH_BEFORE_NAME (the first two unattributed)
    text = "Investors listened to Daulet Sarsenbayev, who said the bank would “lend to every serious mill in the valley”."
    assert _quotes(text) == [("Daulet Sarsenbayev", "lend to every serious mill in the valley")]
    text = "The delegation heard from Daulet Sarsenbayev, who warned that the border was “the weakest link in the chain”."
    assert _quotes(text) == [("Daulet Sarsenbayev", "the weakest link in the chain")]
    # plant: `|(?:to|from)\s+` made `|(?:to|from|[a-z]+)\s+` in _EN_BY_OR_WITH_BEFORE_NAME (the bare object spoke)
    text = "The delegation met Daulet Sarsenbayev, who said the bank would “lend to every serious mill in the valley”."
    assert _quotes(text) == []
    text = ("The delegation heard from Daulet Sarsenbayev, who said Ilham Aliyev had called the port “the gate of the "
            "Caspian region”.")
    assert ("Daulet Sarsenbayev", "the gate of the Caspian region") not in _quotes(text)


# quotes.py: _EN_OWN_ALL_LOWER_BODY_AFTER_NAME ("X Y of the chamber of commerce said …", the body in lower case)

def test_a_name_before_a_lower_case_body_opens_the_sentence_he_refers_to():
    """"X Y of the state statistics committee presented the figures. “…,” she said": X Y, not the earlier speaker; with
    a second subject after "and" the sentence is no one person's (the earlier speaker stays)."""
    # plant: the `or _EN_OWN_ALL_LOWER_BODY_AFTER_NAME.search(…)` dropped from _en_subject_past_body_name (the
    # first two quotes went to Bakhrom Yuldashev)
    first = "“Our drivers wait three days at the border,” Bakhrom Yuldashev said.\n\n"
    text = first + ("Madina Ergasheva of the state statistics committee presented the figures. “Exports to Hungary "
                    "doubled in two years,” she said.")
    assert _quotes(text)[-1] == ("Madina Ergasheva", "Exports to Hungary doubled in two years")
    text = first + ("Otabek Rasulov of the chamber of commerce said visas were scarce. “Our firms need twice as many "
                    "permits,” he said.")
    assert _quotes(text)[-1] == ("Otabek Rasulov", "Our firms need twice as many permits")
    text = first + ("Madina Ergasheva of the state statistics committee and her deputy presented the figures. "
                    "“Exports to Hungary doubled in two years,” he said.")
    assert _quotes(text)[-1] == ("Bakhrom Yuldashev", "Exports to Hungary doubled in two years")
