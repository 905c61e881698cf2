"""English quotes B, round 39: whole quotes whose speaker the older rules took from the person named before them, and
names the rules read as no one's, each as a small invented text.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did, or the earlier
speaker). Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from dashboard.ingest.people import Resolver
from dashboard.ingest.quotes import _en_said_inside_subject, _en_scene_no_comma_subject
from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


_ECONOMIST_FIRST = ("Aziz Rahimov, an economist, said the figure was ambitious. \"Most of the growth so far is fuel "
                    "and transit,\" he told reporters.\n\n")


# quotes.py: _EN_BASED_FIELD (a capitalised word opening the field after "X-based")

def test_a_based_analyst_whose_field_opens_with_a_capital_is_the_next_he():
    """"Baku-based Caspian shipping analyst X Y said …. “…,” he said": the analyst, not the economist quoted before."""
    # plant: `(?:[A-Z][a-z]+\s+)?` dropped from _EN_BASED_FIELD (the quote went to Aziz Rahimov)
    text = _ECONOMIST_FIRST + ("Baku-based Caspian shipping analyst Leyla Quliyeva said the route was changing. \"The "
                               "ferries are full in both directions now,\" she said.")
    assert _quotes(text)[-1] == ("Leyla Quliyeva", "The ferries are full in both directions now")


# quotes.py: _EN_OWN_BODY_AFTER_NAME (a city's possessive before the body: "of Izmir's Ege University")

def test_an_economist_of_a_citys_university_is_the_next_he():
    """"Economist X Y of Izmir's Ege University said …. “…,” he said": the economist of the university."""
    # plant: `(?:['’]s)?` dropped from _EN_OWN_BODY_AFTER_NAME (the quote went to Aziz Rahimov)
    text = _ECONOMIST_FIRST + ("Economist Kerem Aydınlı of Izmir's Ege University said the goal was distant. \"Without "
                               "new factories the balance will stay fragile,\" he said.")
    assert _quotes(text)[-1] == ("Kerem Aydınlı", "Without new factories the balance will stay fragile")


# quotes.py: _en_said_inside_subject ("…, X said, compared with …." makes X the last speaker)

def test_an_attribution_inside_a_sentence_of_reported_speech_makes_the_next_minister():
    """"Trade rose …, X said, compared with … . The minister repeated …. “…,” he said": the minister who just spoke,
    not the other minister quoted before."""
    # plant: the `elif "said, " in body …` branch dropped from _reported_speech (the quote went to Rustam Alimov)
    text = ("Uzbek Minister of Energy Rustam Alimov met Hungarian Foreign Minister Ádám Kovács in Budapest. "
            "\"We want long contracts for our gas,\" Alimov said.\n\n"
            "Last year turnover stood at $410 million, Kovács said, compared with $350 million a year earlier.\n\n"
            "The minister repeated the goal of $1 billion by 2030. \"The numbers move in the right direction,\" he said.")
    assert _quotes(text)[-1] == ("Ádám Kovács", "The numbers move in the right direction")


def test_an_inside_attribution_by_a_company_sets_no_speaker():
    """Precision: "…, Kaspi Trans said, compared with …" names a company (a new two-word name the table does not know),
    so the rule makes no one the last speaker (the paragraph rules after it decide, as before)."""
    # plant: `if person.rule == "unlisted name" and " " in m["spk"]: return False` dropped from
    # _en_said_inside_subject (it made "Kaspi Trans" the last speaker)
    resolver = Resolver(DAY)
    assert not _en_said_inside_subject("Freight rose by a fifth, Kaspi Trans said, compared with a year earlier.",
                                           resolver)
    assert resolver.last_speaker is None


# quotes.py: _en_said_manner_name ("said a smiling X at …")

def test_said_with_a_word_of_manner_or_an_occasion_before_a_surname():
    """"“…,” said a beaming X at the close" / "said X in Bukhara": the surname is the person named in full before."""
    # plant: the `if "a" in after[:12] and (found := _en_said_manner_name(…))` hook dropped (both unattributed)
    text = ("Dilshod Tursunaliev runs a silk mill in Margilan. \"Our buyers come back every single spring,\" said a beaming "
            "Tursunaliev at the close of the fair.")
    assert _quotes(text) == [("Dilshod Tursunaliev", "Our buyers come back every single spring")]
    text = ("Dilshod Tursunaliev runs a silk mill in Margilan. \"Our buyers come back every single spring,\" said Tursunaliev "
            "in Bukhara.")
    assert _quotes(text) == [("Dilshod Tursunaliev", "Our buyers come back every single spring")]


def test_said_a_noun_phrase_before_a_surname_names_no_one():
    """Precision: "said a rival of X" is not X: only one word of manner may stand between "said a" and the name."""
    # plant: `(?:an?\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing|ed|ful|ous|ent|ant)\s+)?` made `(?:an?\s+(?:[a-z]+\s+){1,3})?` in
    # _EN_SAID_MANNER_NAME (the quote went to Dilshod Tursunaliev)
    text = ("Dilshod Tursunaliev runs a silk mill in Margilan. \"Our buyers come back every single spring,\" said a "
            "rival of Tursunaliev.")
    assert _quotes(text) == []


# quotes.py: _en_scene_no_comma_subject ("At a briefing in the evening X rejected …. “…,” he said")

def test_a_scene_without_a_comma_before_the_subject_makes_him_the_next_he():
    """The subject after a comma-less scene is "he", not the critic quoted before."""
    # plant: the `elif … _en_scene_no_comma_subject(sentence, resolver)` branch dropped from _paragraph_subjects
    # (the quote went to Aziz Rahimov)
    text = ("Trade Minister Nodir Salimov opened the forum in Namangan.\n\n" + _ECONOMIST_FIRST +
            "At a briefing in the evening Salimov rejected such doubts. \"Those who doubt us today will call us "
            "tomorrow,\" he said.")
    assert _quotes(text)[-1] == ("Nodir Salimov", "Those who doubt us today will call us tomorrow")
    # plant: `(?!(?:{_EN_WEEKDAYS})\b)` dropped from _EN_SCENE_NO_COMMA (the subject read "Monday Tokayev", no one)
    text = ("President Kassym-Jomart Tokayev opened the forum in Astana.\n\n" + _ECONOMIST_FIRST +
            "In a speech on Monday Tokayev struck a different tone. \"Those who doubt us today will call us "
            "tomorrow,\" he said.")
    assert _quotes(text)[-1] == ("Kassym-Jomart Tokayev", "Those who doubt us today will call us tomorrow")


def test_a_scene_then_a_new_two_word_name_is_no_subject():
    """Precision: "In the first half Oltin Yol posted …" names a company, so the rule makes no one the last speaker."""
    # plant: `if person.rule == "unlisted name" and " " in m["spk"]: return False` dropped from
    # _en_scene_no_comma_subject (it made "Oltin Yol" the last speaker)
    resolver = Resolver(DAY)
    assert not _en_scene_no_comma_subject("In the first half Oltin Yol posted record freight.", resolver)
    assert resolver.last_speaker is None


# quotes.py: _uzbek_apostrophe_surname; people.py: _DECLINED_NOUN's "-oğulları" exemption (English quotes A's)

def test_names_with_an_uzbek_apostrophe_or_a_turkish_sons_of_ending_speak():
    """"Ne'matullayev", "Sa'dullayeva" and "-oğulları" are names, not a case ending or a plural noun."""
    # plant: `and not _uzbek_apostrophe_surname(speaker.name)` dropped from find_quotes (the first two were dropped)
    # plant: `(?<!oğul)(?<!ogul)` dropped from people._DECLINED_NOUN (the third was dropped)
    text = "\"The trains to Europe are still far too slow,\" said Botir Ne'matullayev, who runs a consultancy."
    assert _quotes(text) == [("Botir Ne'matullayev", "The trains to Europe are still far too slow")]
    text = "\"The trains to Europe are still far too slow,\" said Gulnora Sa’dullayeva."
    assert _quotes(text) == [("Gulnora Sa’dullayeva", "The trains to Europe are still far too slow")]
    text = "\"The trains to Europe are still far too slow,\" said Selim Karamanoğulları, an economist in Mersin."
    assert _quotes(text) == [("Selim Karamanoğulları", "The trains to Europe are still far too slow")]


def test_a_turkish_case_after_an_apostrophe_is_still_no_name():
    """Precision: a run declined after an apostrophe ("Orta Koridor'daki") stays no one's."""
    # plant: `(?:ov|ev|ova|eva|zoda|zade)$` made `$` in _EN_UZBEK_APOSTROPHE_SURNAME (the quote went to the run)
    text = "\"The trains to Europe are still far too slow,\" dedi Orta Koridor'daki."
    assert _quotes(text) == []
