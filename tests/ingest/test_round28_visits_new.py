"""Twenty-eighth round, visits of the twenty-ninth set (docs/extraction.md: visits.py): the forms behind the dev/342–353
visit misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 16)


def test_the_guest_in_our_country_is_the_visitor_whoever_is_named_first():
    # plant: the `_guest_in_our_country` call dropped from visits._visitors
    text = ("On April 15, President of the Republic of Kazakhstan Kassym-Jomart Tokayev and President of Azerbaijan "
            "Ilham Aliyev, who is in our country on an official visit, travelled to Turkistan region.")
    assert [v[:3] for v in proposed.visits(text, DAY)] == [("Ilham Aliyev", "Kazakhstan", "2026-04-15")]
    # no aside on the stay: the list's subject travelled to another state, as before
    text = ("On April 15, President of the Republic of Kazakhstan Kassym-Jomart Tokayev and President of Azerbaijan "
            "Ilham Aliyev travelled to Tashkent for a summit.")
    assert ("Ilham Aliyev", "Kazakhstan", "2026-04-15") not in [v[:3] for v in proposed.visits(text, DAY)]


def test_turkish_this_country_is_the_state_of_the_other_one_named():
    # plant: `and _host_by_pronoun(doc, s, visitor.iso3) != place` dropped from the word-order check of visits.find_visits
    text = ("Azerbaycan Cumhurbaşkanı İlham Aliyev, Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev'in davetlisi olarak "
            "dün bu ülkeye üç günlük resmi bir ziyaret başlattı.")
    assert [v[:2] for v in proposed.visits(text, DAY)] == [("Ilham Aliyev", "Kazakhstan")]
    # the country word alone, no pronoun: whose visit it is the word order does not say
    text = ("Azerbaycan Cumhurbaşkanı İlham Aliyev, Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile dün Kazakistan "
            "ziyareti kapsamında görüştü.")
    assert ("Ilham Aliyev", "Kazakhstan") not in [v[:2] for v in proposed.visits(text, DAY)]
