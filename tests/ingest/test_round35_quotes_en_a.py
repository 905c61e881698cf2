"""English quotes, round 35 (English quotes A): partial quotes of four or more words ending a sentence of reported
speech in forms the older subject rules did not read (dev/498, 500, 511, 512, 517 and probes in the styles of wires,
press services, think tanks and analyses), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 14)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# quotes.py: _EN_AS_PUT_IT_OPENING (in _en_partial_late_forms)

def test_an_as_he_put_it_opening_gives_the_partial_quote_ending_the_sentence():
    """'As Foreign Minister X has put it, A and B are “…”': the quote is the "as" clause's speaker's, though a clause
    comes between the comma and the quote."""
    # plant: the `sentence.startswith("As ")` branch dropped from _en_partial_late_forms (no quote was found)
    quote = "two halves of one old caravan road"
    text = "As Azerbaijani Foreign Minister Jeyhun Bayramov once put it, Baku and Tashkent are “" + quote + "”."
    assert _quotes(text) == [("Jeyhun Bayramov", quote)]
    lead = "Economist Rustam Nazarov of the Tashkent Centre for Policy Studies spoke at the forum.\n\n"
    # plant: `_surname_speaker(…)` back to `resolver.resolve(m["spk"])` in the "As" branch (no quote was found)
    assert _quotes(lead + "As Nazarov has put it, Baku and Tashkent share “" + quote + "”.") == [("Rustam Nazarov", quote)]


def test_an_as_clause_of_a_body_or_with_a_name_after_it_gives_no_one():
    """Precision: "As the ministry put it" names no person, and a second name after the comma may be the speaker."""
    quote = "two halves of one old caravan road"
    assert _quotes("As the trade ministry has put it, the two markets are “" + quote + "”.") == []
    # plant: the `_plain_object(rest, resolver)` check dropped from the "As" branch (gave 'Jeyhun Bayramov')
    assert _quotes("As Foreign Minister Jeyhun Bayramov put it, the road Shavkat Mirziyoyev opened last year is “"
                   + quote + "”.") == []


# quotes.py: _en_late_clause_subject (a scene of more than one clause before the subject)

def test_a_subject_after_a_long_scene_with_another_name_in_it_speaks():
    """'During the visit of X to Y on …, when …, President Z called the two peoples “…”': the names in the scene are
    objects; the subject of the clause that reads as the quote's own sentence speaks."""
    # plant: the `_EN_SCENE_WORDS` branch dropped from _en_partial_late_forms (no quote was found)
    quote = "brothers who share one river and one road"
    text = ("During the visit of Azerbaijani Prime Minister Ali Asadov to Tashkent on 3 May, when six documents were "
            "signed, President Shavkat Mirziyoyev called the two nations “" + quote + "”.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", quote)]


def test_a_scene_whose_later_clause_is_a_body_s_gives_no_one():
    """Precision: the clause after the scene must read as the quote's own sentence: "President X arrived late, and
    Uzbek officials called …" is the officials' naming, not X's; "the ministry called …" opens with no person."""
    quote = "brothers who share one river and one road"
    text = ("During the visit of Azerbaijani Prime Minister Ali Asadov, President Shavkat Mirziyoyev arrived late, and "
            "Uzbek officials called the two nations “" + quote + "”.")
    # plant: _en_late_clause_subject returning `_subject(clause, resolver)[0]` without _subject_partial's reading
    # (gave 'Shavkat Mirziyoyev')
    assert _quotes(text) == []
    text = ("During the visit of Azerbaijani Prime Minister Ali Asadov to Tashkent on 3 May, when six documents were "
            "signed, the ministry called the two nations “" + quote + "”.")
    assert _quotes(text) == []


# quotes.py: _EN_QUOTED_ASIDE (a second partial quote after a quoted aside)

def test_a_second_partial_quote_after_a_quoted_aside_is_the_same_speaker_s():
    """'He added that the road, “…”, should now “…”': both partial quotes are the subject's."""
    # plant: the `_EN_QUOTED_ASIDE` branch dropped from _en_partial_late_forms (the second quote was lost)
    first, second = "which for decades stood half empty", "carry the goods of the whole region"
    text = ("Kazakh President Kassym-Jomart Tokayev spoke in Aktau. He added that the port, “" + first
            + "”, should now “" + second + "”.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", first), ("Kassym-Jomart Tokayev", second)]


def test_a_second_partial_quote_after_an_aside_naming_another_gives_no_one():
    """Precision: with another person named after the aside, the second quote is no one's by this rule."""
    first, second = "which for decades stood half empty", "carry the goods of the whole region"
    text = ("Kazakh President Kassym-Jomart Tokayev spoke in Aktau. He added that the port, “" + first
            + "”, should serve Ilham Aliyev's plan to “" + second + "”.")
    # plant: the aside's sentence read with _subject alone, not _subject_partial (gave the second to Tokayev)
    assert _quotes(text) == [("Kassym-Jomart Tokayev", first)]


# quotes.py: _EN_ZERO_RELATIVE_PROMISED

def test_a_dash_and_a_promise_clause_give_the_promiser_the_partial_quote():
    """'… — something X promised to raise “…”' / ', an issue X pledged to take up “…”'."""
    # plant: the `" promised " in sentence` branch dropped from _en_partial_late_forms (no quote was found)
    quote = "at the first session of the joint council"
    lead = "Uzbek Minister of Transport Ilkhom Makhkamov spoke at the forum.\n\n"
    text = lead + "The next step is a single customs window — something Makhkamov promised to raise “" + quote + "”."
    assert _quotes(text) == [("Ilkhom Makhkamov", quote)]
    text = lead + "The forum agreed on a joint rail tariff, an issue Makhkamov pledged to take up “" + quote + "”."
    assert _quotes(text) == [("Ilkhom Makhkamov", quote)]


def test_a_promise_clause_without_a_dash_or_noun_or_with_speech_before_gives_no_one():
    """Precision: "X said the ministry promised to raise “…”" names the promiser inside another's speech."""
    quote = "at the first session of the joint council"
    lead = "Uzbek Minister of Transport Ilkhom Makhkamov spoke at the forum.\n\n"
    text = lead + "Tokayev said the tariff remained open, an issue Makhkamov promised to raise “" + quote + "”."
    # plant: the `_SPEECH_WORD` check dropped from the promise branch (gave 'Ilkhom Makhkamov')
    assert _quotes(text) == []


# people.py: Resolver._resolve, "premier"/"prime minister" of Kyrgyzstan (quotes.py: _OFFICE_HEAD "premier")

def test_the_kyrgyz_premier_is_the_chairman_of_the_cabinet():
    """'The Kyrgyz premier also urged …, describing … as “…”': Kyrgyzstan's head of government is its Chairman of the
    Cabinet of Ministers in the table; English calls him the premier or prime minister."""
    quote = "welcome guests in every valley of the republic"
    lead = "Adylbek Kasymaliyev, chairman of the Cabinet of Ministers of Kyrgyzstan, met the Turkish minister.\n\n"
    # plant: "[Pp]remier|" dropped from quotes._OFFICE_HEAD (no quote was found)
    text = lead + "The Kyrgyz premier also urged Turkish firms to build dairies, describing them as “" + quote + "”."
    assert _quotes(text) == [("Adylbek Kasymaliyev", quote)]
    # plant: people.py's English office lookup back to `officeholders.holder` (no quote was found)
    text = lead + "The Kyrgyz prime minister said the dairies would be “" + quote + "”."
    assert _quotes(text) == [("Adylbek Kasymaliyev", quote)]
    # plant: `startswith(_PREMIER_ROLES)` back to `== "prime minister"` in Resolver._only_prime_minister (no quote)
    text = lead + "The prime minister called the dairies “" + quote + "”."
    assert _quotes(text) == [("Adylbek Kasymaliyev", quote)]


def test_a_premier_of_a_state_with_a_prime_minister_stays_that_prime_minister():
    """Precision: "the Hungarian premier" is Hungary's Prime Minister, not a chairman of a cabinet."""
    quote = "a bridge between Europe and the steppe"
    assert _quotes("The Hungarian premier said the railway would be “" + quote + "”.") == [("Viktor Orbán", quote)]


# quotes.py: _en_according_surname (in _subject_partial's "According to" branch)

def test_according_to_a_surname_named_in_full_before_gives_that_person():
    """'Economist X Y of … spoke … . According to Y, the corridor offers “…”': the surname alone is the person the
    article named in full with it before, though a lower-case title left the name unremembered."""
    quote = "a second road to the sea for the whole region"
    lead = "Analyst Timur Sadykov of the Almaty Institute of Transport spoke at the forum.\n\n"
    # plant: the `or _en_according_surname(…)` dropped from _subject_partial (no quote was found)
    assert _quotes(lead + "According to Sadykov, the port offers “" + quote + "”.") == [("Timur Sadykov", quote)]


def test_according_to_a_surname_never_named_or_with_a_name_after_gives_no_one():
    """Precision: a surname the article never named in full is no one; a name after the comma may be the speaker."""
    quote = "a second road to the sea for the whole region"
    assert _quotes("According to Sadykov, the port offers “" + quote + "”.") == []
    lead = "Analyst Timur Sadykov of the Almaty Institute of Transport spoke at the forum.\n\n"
    # plant: the `_names_someone(m["rest"], resolver)` check dropped from _en_according_surname (gave 'Timur Sadykov')
    text = lead + "According to Sadykov, the port Ilham Aliyev opened offers “" + quote + "”."
    assert _quotes(text) == []
