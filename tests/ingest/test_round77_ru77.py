"""Seventy-seventh round, ru77 (docs/extraction.md: visits.py, quotes.py): the forms behind the dev/1211 misses, a
Russian government release on an intergovernmental commission, told in short invented sentences. A visitor named after
a title in the genitive whose field holds "и" ("под сопредседательством … Министра экономики и коммерции Кыргызской
Республики X-а Y-а"), then his delegation's arrival told by its state's adjective: the name read back to the
nominative, the "и" inside the field joining no two titles (visits._ru_genitive_title); and a quote given after the
words to a minister by his title in full, field and state, with no name ("— заявил министр экономики и коммерции
Кыргызстана", and so inside a quote it interrupts), after the text titled one person so with his name
(quotes._ru_minister_of_field_named_before). Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 20)
LATER = date(2026, 6, 10)


# plant: visits._ru_genitive_title back to reading only the part after the last "и" (the title's head then none)
def test_a_name_after_a_genitive_title_whose_field_holds_and():
    text = ("15 марта в Ташкенте под сопредседательством Министра инвестиций и внешней торговли Республики Узбекистан "
            "Азиза Рахимова и Министра транспорта и коммуникаций Кыргызской Республики Тилека Асанова состоялось "
            "заседание межправкомиссии. Кыргызская делегация прибыла в Ташкент накануне, 14 марта.")
    assert proposed.visits(text, DAY) == [("Tilek Asanov", "Uzbekistan", "2026-03-14", "Tashkent", "other")]
    other = ("Заседание совета прошло 3 июня в Бишкеке под председательством Министра энергетики и водных ресурсов "
             "Республики Таджикистан Рустама Назарова. Таджикская делегация прибыла в Бишкек 2 июня.")
    assert proposed.visits(other, LATER) == [("Rustam Nazarov", "Kyrgyzstan", "2026-06-02", "Bishkek", "other")]
    # a title in the nominative keeps a woman's name as written
    nominative = ("15 марта в Ташкенте прошло заседание комиссии. Министр экономики и финансов Кыргызской Республики "
                  "Асель Каримова провела встречу с коллегами. Кыргызская делегация прибыла в Ташкент накануне, "
                  "14 марта.")
    assert proposed.visits(nominative, DAY) == [("Asel Karimova", "Uzbekistan", "2026-03-14", "Tashkent", "other")]


# plant: the _ru_minister_of_field_named_before call dropped from quotes._ru_dash_after
def test_a_minister_by_his_title_in_full_after_the_quote():
    text = ("В Душанбе прошла встреча Министра промышленности и новых технологий Республики Таджикистан Шерали "
            "Кабирова с делегацией Казахстана. «Мы готовы открыть новые совместные производства в наших "
            "индустриальных парках», — заявил министр промышленности и новых технологий Таджикистана.")
    assert proposed.quotes(text, DAY) == [
        ("Sherali Kabirov", "Мы готовы открыть новые совместные производства в наших индустриальных парках")]
    stateless = ("Министр цифрового развития и инноваций Казахстана Бауыржан Есенов посетил Бишкек. «Наши страны "
                 "вместе строят единый цифровой коридор для всего региона», — отметил министр цифрового развития и "
                 "инноваций.")
    assert proposed.quotes(stateless, DAY) == [
        ("Bauyrzhan Yesenov", "Наши страны вместе строят единый цифровой коридор для всего региона")]
    # another ministry, or another state, is someone else
    for said_by in ("министр финансов Казахстана", "министр цифрового развития и инноваций Кыргызстана"):
        other = ("Министр цифрового развития и инноваций Казахстана Бауыржан Есенов посетил Бишкек. «Наши страны "
                 f"вместе строят единый цифровой коридор для всего региона», — отметил {said_by}.")
        assert proposed.quotes(other, DAY) == []


# plant: the _ru_minister_of_field_named_before call dropped from quotes._ru_interrupted
def test_a_minister_by_his_title_in_full_inside_the_quote():
    text = ("В Душанбе прошла встреча Министра промышленности и новых технологий Республики Таджикистан Шерали "
            "Кабирова с делегацией Казахстана. «Наши страны вместе строят единый цифровой коридор для региона, — "
            "заявил министр промышленности и новых технологий Таджикистана. — Мы откроем новые производства в "
            "индустриальных парках».")
    assert proposed.quotes(text, DAY) == [
        ("Sherali Kabirov", "Наши страны вместе строят единый цифровой коридор для региона"),
        ("Sherali Kabirov", "Мы откроем новые производства в индустриальных парках")]
    other = ("Министр цифрового развития и инноваций Казахстана Бауыржан Есенов посетил Бишкек. «Мы вместе строим "
             "единый цифровой коридор для всего региона, — подчеркнул министр цифрового развития. — Первые "
             "результаты будут видны уже в этом году».")
    assert proposed.quotes(other, DAY) == [
        ("Bauyrzhan Yesenov", "Мы вместе строим единый цифровой коридор для всего региона"),
        ("Bauyrzhan Yesenov", "Первые результаты будут видны уже в этом году")]
