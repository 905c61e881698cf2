"""Eighty-third round, h3 (docs/extraction.md: quotes.py, visits.py, money.py): a Russian report of a state visit.
A quote in marks followed by a note in round brackets that it is translated ("«…» (перевод с венгерского), —
сказал X Y") is X Y's, the note no part of it and the attribution read past it (in a dash-led line too, "— …
(перевод с турецкого), — сказал министр"); a bare "— отметил министр." after a quote opening its paragraph is the
minister the paragraph before names, not a president quoted earlier (a paragraph naming no minister leaves the last
speaker); a visit told as ended, "сегодня завершил государственный визит в X, начавшийся накануне", began the day
before; "до ста миллионов долларов" in words is a target of 100 million. Each test was seen failing once on a planted
bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)


# plant: quotes._TRANSLATION_NOTE_AFTER's Russian alternative never matches (the note between quote and dash)
def test_a_translation_note_after_the_closing_mark_is_skipped():
    text = ("Анкара, 14 мая. Президент Казахстана Касым-Жомарт Токаев провёл переговоры с президентом Турции "
            "Реджепом Тайипом Эрдоганом.\n\n"
            "«Наши народы связывает общая история. Мы откроем новые маршруты для торговли» (перевод с турецкого), — "
            "сказал Реджеп Тайип Эрдоган на пресс-конференции.")
    assert proposed.quotes(text, DAY) == [
        ("Recep Tayyip Erdoğan", "Наши народы связывает общая история. Мы откроем новые маршруты для торговли")]
    # the near form: a bracket of another kind is no translation note, and no attribution is read past it
    other = text.replace("(перевод с турецкого)", "(аплодисменты в зале)")
    assert proposed.quotes(other, DAY) == []


# plant: the note strip after `words = _clean(_dash_line_words(...))` in quotes._unmarked_paragraph removed
def test_a_dash_led_line_drops_its_trailing_translation_note():
    text = ("Анкара, 14 мая. Министр иностранных дел Турции Хакан Фидан встретился с коллегой из Казахстана.\n\n"
            "— Казахстан для нас — ворота в Центральную Азию, а Турция — ворота в Европу (перевод с турецкого), — "
            "сказал Хакан Фидан.")
    assert proposed.quotes(text, DAY) == [
        ("Hakan Fidan", "Казахстан для нас — ворота в Центральную Азию, а Турция — ворота в Европу")]


LEAD = ("Бишкек, 14 мая. Президент Кыргызстана Садыр Жапаров принял делегацию Венгрии.\n\n"
        "«Венгрия — один из наших самых надёжных партнёров в Европе», — подчеркнул Садыр Жапаров.\n\n")


# plant: quotes._ru_minister_after_lead returns False (the bare title taken for the president quoted before)
def test_a_bare_minister_after_a_quote_is_the_minister_the_paragraph_before_names():
    text = LEAD + ("На форуме министр экономики и коммерции Кыргызстана Данияр Амангельдиев привёл данные о "
                   "торговле. По его словам, товарооборот вырос на 18 процентов.\n\n"
                   "«Цифры пока скромные, но динамика хорошая», — отметил министр.")
    assert proposed.quotes(text, DAY)[-1] == ("Daniyar Amangeldiyev", "Цифры пока скромные, но динамика хорошая")
    # the near form: a paragraph before naming no minister leaves the quote to whom it was before
    near = LEAD + ("На форуме выступил ректор университета Бакыт Осмонов. Он рассказал о студентах.\n\n"
                   "«Цифры пока скромные, но динамика хорошая», — отметил министр.")
    assert proposed.quotes(near, DAY)[-1][0] != "Bakyt Osmonov"


# plant: the "начавшийся накануне" alternative of visits._ENDED_VISIT never matches (the visit kept on its last day)
def test_a_visit_ended_today_and_begun_the_day_before_starts_on_the_eve():
    text = ("Анкара, 14 мая. Президент Кыргызской Республики Садыр Жапаров сегодня завершил государственный визит "
            "в Турцию, начавшийся накануне.")
    assert proposed.visits(text, DAY) == [("Sadyr Japarov", "Türkiye", "2026-05-13", "Ankara", "state")]
    # the near form: "накануне" of something else than the visit's beginning leaves the visit on its day
    near = ("Анкара, 14 мая. Президент Кыргызской Республики Садыр Жапаров сегодня завершил государственный визит "
            "в Турцию, о котором объявили накануне.")
    assert [v[2] for v in proposed.visits(near, DAY)] == ["2026-05-14"]


# plant: "ста" removed from the hundreds word alternatives of money's "hundreds of millions in words, Russian"
def test_a_target_of_a_hundred_million_in_russian_words():
    text = ("Бишкек, 14 мая. Садыр Жапаров встретился с Виктором Орбаном.\n\n"
            "Стороны договорились довести двусторонний товарооборот до ста миллионов долларов к 2030 году.")
    assert proposed.targets(text, DAY) == [(proposed.pair("Kyrgyzstan", "Hungary"), 100.0, "2030")]
    # the near form: hundreds of millions of another unit are no dollars
    near = text.replace("ста миллионов долларов", "ста миллионов тонн")
    assert proposed.targets(near, DAY) == []
