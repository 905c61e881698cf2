"""Sixty-eighth round, podcastv68 (docs/extraction.md: visits.py, figures.py): the forms behind the dev/1109 visit and
trade misses (an English podcast transcript), told in short invented sentences. A summit's one document told by its
capitalised title after a sentence-opening "They" for the leaders named just before, "They signed the Gabala
Declaration, and the mood was upbeat" (one document on each summit visit; not when a second document is listed after
it); and a source's lead told by "by" and its statistics before "it" that looks back to the trade the sentence before
named, "By Uzbek statistics it was under $5 million last year" (the figure is of that trade, the source's state no
party to it). Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 10, 15)
CY_UZ = proposed.pair("Northern Cyprus", "Uzbekistan")
HU_KZ = proposed.pair("Hungary", "Kazakhstan")
SUMMIT = ("Leaders of the Organization of Turkic States gathered in Azerbaijan for a summit on October 7 in Gabala. "
          "President Recep Tayyip Erdoğan and President Kassym-Jomart Tokayev attended the summit. ")


# plant: visits._they_signed_titled_one returning None
def test_they_signed_a_titled_declaration_is_the_summits_one_document():
    text = SUMMIT + "They signed the Gabala Declaration, and the mood in the hall was upbeat."
    assert [v[0] for v in proposed.visits(text, DAY)] == ["Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev"]
    assert proposed.documents(text, DAY) == ["1", "1"]
    other = SUMMIT + "They adopted and signed the Turkic Unity Declaration before the family photo."
    assert proposed.documents(other, DAY) == ["1", "1"]


# plant: the lookahead for a second document dropped from visits._THEY_SIGNED_TITLED_ONE
def test_they_signed_a_titled_declaration_and_another_document_is_no_count_of_one():
    text = SUMMIT + "They signed the Gabala Declaration and the Transport Roadmap."
    assert proposed.documents(text, DAY) == ["", ""]
    other = SUMMIT + "They signed the Gabala Declaration as well as three other documents on transit."
    assert "1" not in proposed.documents(other, DAY)


# plant: the "by … statistics" alternative dropped from figures._SOURCE_BEFORE_IT
def test_a_figure_looking_back_after_a_source_told_by_by():
    text = ("Then there is Uzbekistan's trade with Northern Cyprus. By Uzbek statistics it was under $5 million last "
            "year.")
    assert proposed.trade(text, DAY) == [(CY_UZ, "2024", "turnover", 5.0, "under", "")]
    other = ("Consider Kazakhstan's trade with Hungary. By Hungarian customs data, it was about $300 million last "
             "year.")
    assert proposed.trade_values(other, DAY) == {(HU_KZ, "2024", "turnover", 300.0)}
