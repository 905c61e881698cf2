"""Twenty-sixth round, visits (docs/extraction.md: visits.py): the forms behind the dev/282–317 visit misses and the
probes, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)  # a Thursday


def test_a_surname_after_mr_is_the_one_named_in_full_before():
    # plant: `_EN_HONORIFIC.sub("", …)` dropped from the English _surname_told_before call in visits.find_visits
    text = ("Uzbek energy minister Jurabek Mirzamahmudov pressed for a faster pipeline deal.\n\n"
            "Mr Mirzamahmudov arrived in Ashgabat on Tuesday on a working visit, leading a group of officials.")
    assert proposed.visits(text, DAY) == [("Jurabek Mirzamahmudov", "Turkmenistan", "2026-09-08", "Ashgabat", "working")]
    text = ("Uzbek energy minister Jurabek Mirzamahmudov pressed for a faster pipeline deal.\n\n"
            "Dr Mirzamahmudov flew to Ashgabat on Tuesday for a working visit.")
    assert [v[0] for v in proposed.visits(text, DAY)] == ["Jurabek Mirzamahmudov"]
    # a surname never named in full before is no one
    text = ("Energy ministers pressed for a faster pipeline deal.\n\n"
            "Mr Mirzamahmudov arrived in Ashgabat on Tuesday on a working visit.")
    assert proposed.visits(text, DAY) == []


def test_a_delegations_arrival_dates_the_dayless_visit_of_the_lead():
    # plant: the `_delegation_of_dayless_lead` branch dropped from visits.find_visits
    text = ("Prime Minister of Kyrgyzstan Adylbek Kasymaliev has paid a working visit to Tajikistan, where he met "
            "business leaders.\n\nThe Kyrgyz delegation arrived in Dushanbe on Tuesday.\n\n"
            "Following the talks, the parties signed seven documents.")
    assert proposed.visits(text, DAY) == [("Adylbek Kasymaliyev", "Tajikistan", "2026-09-08", "Dushanbe", "working")]
    assert proposed.documents(text, DAY) == ["7"]
    # a delegation of another state than the lead's visitor is none of his
    # plant: `and named[0].iso3 == found[0].iso3` dropped from visits._delegation_of_dayless_lead
    text = ("Prime Minister of Kyrgyzstan Adylbek Kasymaliev has paid a working visit to Tajikistan, where he met "
            "business leaders.\n\nThe Uzbek delegation arrived in Dushanbe on Tuesday.")
    assert proposed.visits(text, DAY) == []
