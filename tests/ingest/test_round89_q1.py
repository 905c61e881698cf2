"""Eighty-ninth round, q1 (docs/extraction.md: quotes.py, a transcript label): a video description's timecoded line,
"00:42 — Surname: «…»", gives the quote to the person named after the dash (an office holder's surname, or a name the
article gave in full before), with a short topic before the colon or not ("о торговле", "on trade", "ticaret
hakkında"), in Russian, English and Turkish alike, and with no full stop at the quote's end. A timecoded line that
names no one before the colon ("00:27 — Переговоры в резиденции «Ала-Тоо»"), a label that is no known person, a
question put to a person ("Вопрос Мирзиёеву:") and a quote in capitals give no quote. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 18)

RU_LEAD = ("Президент Узбекистана Шавкат Мирзиёев прилетел в Наманган, где его встретил президент Кыргызстана "
           "Садыр Жапаров.\n\nОписание к видео:\n\n")


# plant: the _timecoded_label branch taken out of the colon chain in quotes.py (the line then read by no rule)
def test_a_timecoded_line_gives_the_quote_to_the_named_holder():
    text = RU_LEAD + ("00:15 — Жапаров: «Наши заводы в долине работают вместе, и это лучший ответ всем "
                      "скептикам»\n\nТеги: видео")
    assert proposed.quotes(text, DAY) == [
        ("Sadyr Japarov", "Наши заводы в долине работают вместе, и это лучший ответ всем скептикам")]


# plant: the topic alternatives ("о|об|обо|on|about" … "hakkında") taken out of _TIMECODED_LABEL
def test_a_topic_before_the_colon_is_no_part_of_the_label():
    ru = RU_LEAD + "01:40 — Мирзиёев об энергетике: «Мы построим три новые станции на реках долины до конца года»"
    assert proposed.quotes(ru, DAY) == [
        ("Shavkat Mirziyoyev", "Мы построим три новые станции на реках долины до конца года")]
    en = ("Uzbek President Shavkat Mirziyoyev flew to Namangan, where Kyrgyz President Sadyr Japarov met him.\n\n"
          "01:40 — Mirziyoyev on energy: “We will build three new stations on the valley's rivers by the year's end”")
    assert proposed.quotes(en, DAY) == [
        ("Shavkat Mirziyoyev", "We will build three new stations on the valley's rivers by the year's end")]
    tr = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev Namangan'a geldi, onu Sadır Caparov karşıladı.\n\n"
          "01:40 — Mirziyoyev enerji hakkında: “Yıl sonuna kadar vadinin nehirlerinde üç yeni santral kuracağız”")
    assert proposed.quotes(tr, DAY) == [
        ("Shavkat Mirziyoyev", "Yıl sonuna kadar vadinin nehirlerinde üç yeni santral kuracağız")]


# plant: in _timecoded_label, the named_in_full fallback replaced by None (a local name the article gave is dropped)
def test_a_surname_the_article_named_in_full_speaks():
    text = RU_LEAD.replace("Описание", "Гостей встретил директор комбината Алишер Султанбеков.\n\nОписание") + (
        "02:05 — Султанбеков о заводе: «Мы выпускаем сорок тысяч тонн пряжи в год и будем расти»")
    assert proposed.quotes(text, DAY) == [
        ("Alisher Sultanbekov", "Мы выпускаем сорок тысяч тонн пряжи в год и будем расти")]


# the near forms (plant: in _timecoded_label, any resolved person accepted, "unlisted name" too, with no full name
# before; and `not quoted.isupper()` taken out of the branch)
def test_timecoded_lines_that_name_no_known_speaker_give_nothing():
    lines = ["00:27 — Переговоры в узком составе в резиденции «Ала-Тоо»",
             "00:42 — Иванов: «Ош и Андижан — это одна долина и одна семья, и граница должна работать»",
             "00:50 — Вопрос Мирзиёеву: «Когда откроется пункт пропуска на границе с Кыргызстаном»",
             "01:30 — Жапаров: «ОШ И АНДИЖАН — ОДНА ДОЛИНА И ОДНА СЕМЬЯ НАВСЕГДА»",
             "02:31 — Президенты перерезают ленту на пункте пропуска «Достук — Дўстлик-2»"]
    text = RU_LEAD + "\n\n".join(lines)
    assert proposed.quotes(text, DAY) == []
