"""English quotes A, round 40: who took up a figure or a line just before a "“…,” he said", each as a small invented
text.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or the earlier speaker). Each test
was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 3)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


_MINISTER_FIRST = ("Uzbek Foreign Minister Bakhtiyor Saidov met Hungarian Foreign Minister Péter Szijjártó in "
                   "Tashkent. \"Our peoples are bound by a long shared history,\" Szijjártó said.\n\n")


# quotes.py: _en_taken_up_before_quote (a): "…, a figure X repeated …." just before the quote in its paragraph

def test_a_figure_taken_up_just_before_the_quote_gives_he_to_who_took_it_up():
    """"… by 2029, a figure X cited on Friday. “…,” he said": X, not the minister quoted before."""
    # plant: the `_en_figure_taken_up_subject(own, resolver)` call dropped from _en_taken_up_before_quote
    # (the quote went to Péter Szijjártó)
    text = _MINISTER_FIRST + ("The governments want turnover to reach $800 million by 2029, a figure Saidov cited on "
                              "Friday. \"We are halfway there and the road is open,\" he said.")
    assert _quotes(text)[-1] == ("Bakhtiyor Saidov", "We are halfway there and the road is open")


# quotes.py: _EN_LINE_REPEATED (b): a paragraph closing on '“…”, a line X likes to repeat ….'

def test_a_line_someone_likes_to_repeat_gives_the_next_paragraphs_he_to_him():
    """'… called Hungary “…”, a line X likes to repeat to students.' then 'Asked …, he smiles. “…,” he says': X."""
    # plant: `(?:likes|loves|tends|is\s+fond\s+of)\s+(?:to\s+)?(?:repeat|…)` dropped from _EN_LINE_REPEATED
    # (the quote went to Péter Szijjártó)
    text = ("\"Budapest reads our history more closely than we think,\" said Dilnoza Karimova, a historian.\n\n"
            "Szijjártó once called Uzbekistan \"our gateway to the whole of Central Asia\", a line Karimova likes to "
            "repeat to her students.\n\n"
            "Asked what she misses most, she smiles. \"Tashkent bread and long evenings in the courtyard,\" she says.")
    assert _quotes(text)[-1] == ("Dilnoza Karimova", "Tashkent bread and long evenings in the courtyard")


def test_a_line_with_another_name_after_the_verb_leaves_the_quoted_speaker():
    """Precision: '…, a line Karimova repeated to Ahmet Yılmaz.' names another after the verb: the rule makes no one
    the last speaker, so "he" stays the one quoted in the paragraph."""
    # plant: `_capitalised_word(m["rest"]) or` dropped from _en_line_repeated_subject (the quote went to
    # Dilnoza Karimova)
    text = ("\"Budapest reads our history more closely than we think,\" said Dilnoza Karimova, a historian.\n\n"
            "Szijjártó called Uzbekistan \"our gateway to the whole of Central Asia\", a line Karimova repeated to "
            "Ahmet Yılmaz.\n\n"
            "\"The road through Tashkent is the shortest one for us,\" he said.")
    assert _quotes(text)[-1] == ("Péter Szijjártó", "The road through Tashkent is the shortest one for us")


# people.py: _EN_DAY_MONTH_WORDS (a weekday before a surname is no given name, full_names)

_USENOV_LEAD = ("The Chairman of the Jogorku Kenesh (parliament) of Kyrgyzstan, Talant Usenov, is in Tashkent on an "
                "official visit at the invitation of Uzbek Foreign Minister Bakhtiyor Saidov.\n\n")


def test_a_surname_after_a_weekday_still_means_the_full_name_given_before():
    """"On Friday Usenov and Saidov held talks" … "Usenov, speaking through an interpreter, called …“…”": Talant
    Usenov (the lead named him in full), not a "Friday Usenov"."""
    # plant: `and m[1].lower() not in _EN_DAY_MONTH_WORDS` dropped from people.full_names (the partial quote got
    # no speaker)
    text = _USENOV_LEAD + ("On Friday Usenov and Saidov held talks. \"We want to build a common market,\" Saidov "
                           "said.\n\nUsenov, speaking through an interpreter, called Uzbekistan \"a brotherly country "
                           "with which we share one river\".")
    assert _quotes(text)[-1] == ("Talant Usenov", "a brotherly country with which we share one river")



# quotes.py: _en_rewrite_naming_forms (partial quotes of a subject's own naming in three more forms)

def test_a_participle_between_as_and_the_quote_is_the_subjects_naming():
    """"X, according to his press service, described relations as entering “…” and instructed …": X."""
    # plant: the `_EN_AS_PARTICIPLE` branch dropped from _en_rewrite_naming_forms (the quote got no speaker)
    text = _MINISTER_FIRST + ("Mirziyoyev, according to his press service, described relations as entering \"a new "
                              "stage of alliance and mutual trust\" and instructed the government to speed up work.")
    assert _quotes(text)[-1] == ("Shavkat Mirziyoyev", "a new stage of alliance and mutual trust")


def test_spoken_of_an_object_before_the_quote_is_the_second_clauses_subjects():
    """"X has called A “…”, and President Y has spoken of relations “…”": the second quote is Y's."""
    # plant: the `_EN_SPOKE_OF` branch dropped from _en_rewrite_naming_forms (the second quote got no speaker)
    text = _MINISTER_FIRST + ("President Tokayev has often called Uzbekistan \"a reliable and time-tested friend\", "
                              "and President Shavkat Mirziyoyev has spoken of ties \"rooted in trust and a shared "
                              "past\".")
    assert _quotes(text)[-2:] == [("Kassym-Jomart Tokayev", "a reliable and time-tested friend"),
                                  ("Shavkat Mirziyoyev", "rooted in trust and a shared past")]


def test_a_second_predicate_of_naming_after_an_object_naming_another_is_the_subjects():
    """"X, for his part, conveyed the greetings of President Y and described the river as “…”": X, not Y."""
    # plant: the `_EN_AND_NAMING` branch dropped from _en_rewrite_naming_forms (the quote got no speaker)
    text = _MINISTER_FIRST + ("Saidov, for his part, conveyed the greetings of President Shavkat Mirziyoyev and "
                              "described the Danube as \"a road of friendship, not a border\".")
    assert _quotes(text)[-1] == ("Bakhtiyor Saidov", "a road of friendship, not a border")


def test_a_second_predicate_after_reported_speech_is_not_rewritten():
    """Precision: "X told reporters that Y had arrived and described …“…”": the "and" may be Y's (the first predicate
    reports speech), so the rewrite gives no speaker."""
    # plant: `and not _SPEECH_WORD.search(rewritten, found[1].start("verb"), naming.start())` dropped from
    # _en_rewrite_naming_forms (the quote went to Bakhtiyor Saidov)
    text = _MINISTER_FIRST + ("Saidov told reporters that Mirziyoyev had arrived in Samarkand and described the "
                              "Danube as \"a road of friendship, not a border\".")
    assert [speaker for speaker, _ in _quotes(text)] == ["Péter Szijjártó"]
