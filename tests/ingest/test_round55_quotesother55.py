"""Fifty-fifth round, quotes in other languages (Russian; docs/extraction.md: quotes.py): a given name shortened to its
initial with no space before the surname ("Ж.Кулубаев", "Дж.Байрамов", "И.Алиев"), as a foreign ministry's release
writes it, in a quote broken by its attribution and before a partial quote (the dev/952 misses), told in short invented
sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 12)


def test_an_initial_in_the_attribution_breaking_a_quote():
    # plant: the _RU_INITIAL_DOT alternative dropped from quotes.RU_INTERRUPTION's speaker
    text = ("«Казахстан и Туркменистан связывают общие дороги и общие рынки, — подчеркнул М.Нуртлеу. — Мы готовы "
            "вместе строить новый порт на Каспии».")
    assert proposed.quotes(text, DAY) == [
        ("Murat Nurtleu", "Казахстан и Туркменистан связывают общие дороги и общие рынки"),
        ("Murat Nurtleu", "Мы готовы вместе строить новый порт на Каспии")]
    # the surname alone is read as before
    bare = text.replace("М.Нуртлеу", "Нуртлеу")
    assert [s for s, _ in proposed.quotes(bare, DAY)] == ["Murat Nurtleu", "Murat Nurtleu"]


def test_two_letters_of_one_sound_are_an_initial_too():
    # plant: the "|Дж" alternative dropped from quotes._RU_INITIAL_DOT
    text = ("«Азербайджан и Кыргызстан давно стали надежными партнерами, — сказал Дж.Байрамов. — Транзит через наши "
            "порты будет только расти».")
    assert [s for s, _ in proposed.quotes(text, DAY)] == ["Jeyhun Bayramov", "Jeyhun Bayramov"]


def test_an_initial_before_the_subject_of_a_partial_quote():
    # plant: the _RU_INITIAL_BEFORE_NAME branch dropped from quotes._subject_partial
    text = ("Президент Узбекистана Ш.Мирзиёев подчеркнул, что торговля «должна расти быстрее, чем прежде», и "
            "поблагодарил хозяев.")
    assert proposed.quotes(text, DAY) == [("Shavkat Mirziyoyev", "должна расти быстрее, чем прежде")]
    # an initial that is not the holder's given name names someone else of that surname
    other = text.replace("Ш.Мирзиёев", "А.Мирзиёев")
    assert proposed.quotes(other, DAY) == []
    # the surname alone is read as before
    assert proposed.quotes(text.replace("Ш.Мирзиёев", "Мирзиёев"), DAY) == [
        ("Shavkat Mirziyoyev", "должна расти быстрее, чем прежде")]
