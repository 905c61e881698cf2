"""Twenty-eighth round, trade targets (docs/extraction.md: figures.py): the forms behind the dev/343 and dev/347 target
misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)

_pair = proposed.pair


def test_a_leader_named_with_ile_is_no_unknown_partner():
    # plant: `and not _person_named(sentence, m)` dropped from figures._unknown_partner
    text = ("Cumhurbaşkanı Erdoğan Aşkabat'ta. Erdoğan, \"Geçen yıl Türkmenistan ile ticaret hacmimiz 2,3 milyar dolar "
            "oldu. Kardeşim Berdimuhamedov ile ticaret hacmimizi 5 milyar dolara çıkarma hedefimizi teyit ettik.\" dedi.")
    assert (_pair("Türkiye", "Turkmenistan"), 5000.0, "") in proposed.targets(text, DAY)
    # a name with no word of a person before it is still a partner the places do not know
    text = ("Cumhurbaşkanı Erdoğan Aşkabat'ta. Erdoğan, \"Geçen yıl Türkmenistan ile ticaret hacmimiz 2,3 milyar dolar "
            "oldu. Hindistan ile ticaret hacmimizi 5 milyar dolara çıkarma hedefimizi teyit ettik.\" dedi.")
    assert proposed.targets(text, DAY) == []


def test_a_speakers_targets_with_two_partners_are_each_with_the_speakers_state():
    # plant: `or _speakers_clause_target_pair(...)` dropped from the target pair in figures.find_figures
    lead = ("Kazakhstan's Trade Minister Arman Shakkaliyev spoke to reporters in Astana. Trade with Azerbaijan exceeded "
            "$700 million last year, he said.")
    text = lead + (' "With Uzbekistan, our common goal is ten billion dollars, and we have agreed with Azerbaijan on two '
                   'billion," Shakkaliyev said.')
    found = proposed.targets(text, DAY)
    assert (_pair("Kazakhstan", "Uzbekistan"), 10000.0, "") in found
    assert not any(t[0] == _pair("Uzbekistan", "Azerbaijan") for t in found)


def test_a_further_target_with_another_named_partner():
    # plant: `or (target_before and _TARGET_WITH_ANOTHER.fullmatch(segment))` dropped from figures.find_figures
    lead = ("Kazakhstan's Trade Minister Arman Shakkaliyev spoke to reporters in Astana. Trade with Azerbaijan exceeded "
            "$700 million last year, he said.")
    text = lead + (' "With Uzbekistan, our common goal is ten billion dollars, and we have agreed with Azerbaijan on two '
                   'billion," Shakkaliyev said.')
    assert (_pair("Kazakhstan", "Azerbaijan"), 2000.0, "") in proposed.targets(text, DAY)
    # a further amount joined with no "with" and a state is no target of its own
    text = lead + (' "With Uzbekistan, our common goal is ten billion dollars, and we have invested two billion in '
                   'transport," Shakkaliyev said.')
    assert {t[1] for t in proposed.targets(text, DAY)} == {10000.0}


def test_a_speakers_targets_when_the_quote_opens_after_the_name():
    # plant: `or next((iso3 for a, b, iso3 in quoted if a <= s.start + end < b), None)` dropped from
    # figures._speakers_clause_target_pair
    text = ("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev Bakü'de konuştu. Azerbaycan ile ticaret geçen yıl 700 milyon "
            "doları aştı. Tokayev, \"Özbekistan ile hedefimiz 10 milyar dolar, Türkiye ile ise 15 milyar dolar\" dedi.")
    found = proposed.targets(text, DAY)
    assert (_pair("Kazakhstan", "Uzbekistan"), 10000.0, "") in found
    assert not any(t[0] == _pair("Uzbekistan", "Türkiye") for t in found)


def test_a_further_turkish_or_azerbaijani_target_with_another_state():
    # plant: the Turkish and Azerbaijani alternative dropped from figures._TARGET_WITH_ANOTHER
    text = ("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev Bakü'de konuştu. Azerbaycan ile ticaret geçen yıl 700 milyon "
            "doları aştı. Tokayev, \"Özbekistan ile hedefimiz 10 milyar dolar, Türkiye ile ise 15 milyar dolar\" dedi.")
    assert (_pair("Kazakhstan", "Türkiye"), 15000.0, "") in proposed.targets(text, DAY)
    # a further amount with no state "with" it is no target
    text = ("Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev Bakü'de konuştu. Azerbaycan ile ticaret geçen yıl 700 milyon "
            "doları aştı. Tokayev, \"Özbekistan ile hedefimiz 10 milyar dolar, geçen yıl ise 4 milyar dolar ticaret "
            "yaptık\" dedi.")
    assert {t[1] for t in proposed.targets(text, DAY)} == {10000.0}
