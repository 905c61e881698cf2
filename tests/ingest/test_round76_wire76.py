"""Seventy-sixth round, wire76 (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1202 misses, told
in short invented sentences. A wire article in English gives the speaker's words translated, then the original in a
bracket naming its language in the same sentence, '"…" (in Turkish: "…")', '"…," he said, speaking in Russian (in
Russian: «…»)': the original is a record of its own with the same speaker, and a quote in the next sentence after the
bracket goes on in that voice (1202). "Official" before "to" and the verb ("the most senior Turkish official to visit
…") is a person, no type of the visit ("the first official ever to visit", "an official who will visit" likewise), so a
later sentence typing the trip is read (1202). Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 15)


# plant: quotes._original_of_quote_before returning None
def test_the_original_in_a_language_bracket_after_a_partial_quote():
    text = ("Saidov in Baku\n\nBAKU, May 14 (Reuters) - Uzbek Foreign Minister Bakhtiyor Saidov held talks in Baku "
            "on Thursday.\n\nSaidov said relations \"have entered a genuinely new stage\" (in Uzbek: \"munosabatlar "
            "haqiqatan yangi bosqichga kirdi\"), and promised more investment.")
    assert proposed.quotes(text, DAY) == [
        ("Bakhtiyor Saidov", "have entered a genuinely new stage"),
        ("Bakhtiyor Saidov", "munosabatlar haqiqatan yangi bosqichga kirdi")]


# plant: quotes._original_of_quote_before returning None (the Russian original unattributed, and with it the next
# sentence's quote after the bracket)
def test_the_original_after_an_attribution_and_the_quote_after_the_bracket():
    text = ("Talks in Astana\n\nASTANA, May 14 (AP) - Hungarian Foreign Minister Péter Szijjártó met Kazakh officials "
            "in Astana on Thursday.\n\n\"Kazakhstan is a key partner for the whole of Europe,\" Szijjártó told "
            "journalists, speaking in Russian (in Russian: «Казахстан является ключевым партнёром для всей Европы»). "
            "\"Our companies are ready to build here.\"")
    assert proposed.quotes(text, DAY) == [
        ("Péter Szijjártó", "Kazakhstan is a key partner for the whole of Europe"),
        ("Péter Szijjártó", "Казахстан является ключевым партнёром для всей Европы"),
        ("Péter Szijjártó", "Our companies are ready to build here.")]


# plant: the "to" alternative (\s+(?:(?:ever|yet)\s+)?to\b) dropped from the negative lookahead after the type word
# in visits._TYPE
def test_an_official_to_visit_is_a_person_no_type():
    text = ("Aliyev in Tashkent\n\nTASHKENT, May 14 (AFP) - Azerbaijani President Ilham Aliyev arrived in Tashkent on "
            "Thursday, the most senior Azerbaijani official to visit Uzbekistan this year. His office later described "
            "the trip as a working visit.")
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Uzbekistan", "2026-05-14", "Tashkent", "working")]
    untyped = ("Nurtleu in Budapest\n\nBUDAPEST, May 14 (AP) - Kazakh Foreign Minister Murat Nurtleu arrived in "
               "Budapest on Thursday, the first Kazakh official to visit Hungary since January.\n\nHe met Hungarian "
               "Foreign Minister Péter Szijjártó.")
    assert proposed.visits(untyped, DAY) == [("Murat Nurtleu", "Hungary", "2026-05-14", "Budapest", "other")]


# plant: "(?:(?:ever|yet)\s+)?" and "|\s+who\b" dropped from the negative lookahead after the type word in visits._TYPE
def test_an_official_ever_to_visit_or_who_will_visit_is_a_person_no_type():
    ever = ("Nurtleu in Budapest\n\nBUDAPEST, May 14 (AP) - Kazakh Foreign Minister Murat Nurtleu arrived in Budapest "
            "on Thursday, the first Kazakh official ever to visit Hungary's Parliament.\n\nHe met Hungarian Foreign "
            "Minister Péter Szijjártó.")
    assert proposed.visits(ever, DAY) == [("Murat Nurtleu", "Hungary", "2026-05-14", "Budapest", "other")]
    who = ("Nurtleu in Budapest\n\nBUDAPEST, May 14 (AP) - Kazakh Foreign Minister Murat Nurtleu arrived in Budapest "
           "on Thursday, the first Kazakh official who will visit Hungary twice this year.\n\nHe met Hungarian "
           "Foreign Minister Péter Szijjártó.")
    assert proposed.visits(who, DAY) == [("Murat Nurtleu", "Hungary", "2026-05-14", "Budapest", "other")]
