"""Seventy-fourth round, bilingual74 (docs/extraction.md: quotes.py, figures.py): the forms behind the dev/1170 and
dev/1177 misses, told in short invented sentences. An English article quoting in the original language with its
translation in square brackets right after, «…» [“…”], X said: both are the speaker's records, the attribution after
the bracket belonging to both (1177); English fruit and vegetable exports before the flow, one good's figure and not
the pair's (1177); and a partial quote coordinated with a plain adjective after "as", "described the goal as ambitious
but “…”" (1170). Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 18)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")


# plant: quotes._past_bracketed_translation returning the text after the quote as it is (0 skipped)
def test_an_original_quote_and_its_bracketed_translation_are_both_the_speakers():
    text = ("Kazakh President Kassym-Jomart Tokayev arrived in Tashkent on Monday.\n\n"
            "«Наши страны вместе строят новый торговый путь» [“Our countries are building a new trade route "
            "together”], Tokayev said at the forum.")
    assert sorted(proposed.quotes(text, DAY)) == sorted([
        ("Kassym-Jomart Tokayev", "Наши страны вместе строят новый торговый путь"),
        ("Kassym-Jomart Tokayev", "Our countries are building a new trade route together")])
    other = ("Uzbek President Shavkat Mirziyoyev received the delegation in Samarkand.\n\n"
             "«Мы открываем границы для бизнеса и для людей» [\"We are opening the borders to business and to "
             "people\"], the Uzbek leader told the guests.")
    assert sorted(proposed.quotes(other, DAY)) == sorted([
        ("Shavkat Mirziyoyev", "Мы открываем границы для бизнеса и для людей"),
        ("Shavkat Mirziyoyev", "We are opening the borders to business and to people")])


# plant: "fruits?|vegetables?" dropped from figures._SECTOR_FLOW's goods before the flow (so too, apart: "fruits?"
# alone dropped, "vegetables?" kept)
def test_fruit_and_vegetable_exports_are_one_goods_figure():
    text = ("Trade between Kazakhstan and Uzbekistan reached $3.2 billion in 2025. Kazakh fruit and vegetable exports "
            "to Uzbekistan alone came to $95 million last year.")
    assert proposed.trade_values(text, DAY) == {(KZ_UZ, "2025", "turnover", 3200.0)}
    other = ("Trade between Kazakhstan and Uzbekistan reached $3.2 billion in 2025. Uzbek vegetable exports to "
             "Kazakhstan rose to $60 million in the same year.")
    assert proposed.trade_values(other, DAY) == {(KZ_UZ, "2025", "turnover", 3200.0)}
    fruit = ("Trade between Kazakhstan and Uzbekistan reached $3.2 billion in 2025. Kazakh fruit exports to "
             "Uzbekistan alone came to $45 million last year.")
    assert proposed.trade_values(fruit, DAY) == {(KZ_UZ, "2025", "turnover", 3200.0)}
    # the pair's own exports stay a figure
    kept = "Uzbek exports to Kazakhstan rose to $1.1 billion in 2025."
    assert proposed.trade_values(kept, DAY) == {(KZ_UZ, "2025", "export", 1100.0)}


# plant: the _EN_AS_QUALITY_AND_END alternative dropped from quotes._subject_partial
def test_a_partial_quote_after_as_and_an_adjective_is_the_subjects():
    text = ("Kazakh Deputy Foreign Minister Roman Vassilenko met the Uzbek delegation on Tuesday. Vassilenko described "
            "the new goal as ambitious but \"well within our means if the railway opens on time\".")
    assert proposed.quotes(text, DAY) == [("Roman Vassilenko", "well within our means if the railway opens on time")]
    other = ("Uzbek Foreign Minister Bakhtiyor Saidov spoke to reporters after the talks. Saidov described the "
             "negotiations as difficult yet “honest from the first day to the last one”.")
    assert proposed.quotes(other, DAY) == [("Bakhtiyor Saidov", "honest from the first day to the last one")]
