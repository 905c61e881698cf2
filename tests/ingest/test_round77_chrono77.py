"""Seventy-seventh round, chrono77 (docs/extraction.md: visits.py, places.py, document.py): the forms behind the
dev/1213 and dev/1215 misses, told in short invented sentences. A chronology's dated items (a line each, a full date
and a dash, "14 декабря 2022 г. — …") are events of their own: a later item lends no documents to an earlier item's
summit, nor are its people that summit's guests, nor is a later item's visit of the same visitor the earlier one named
back; an item takes no type a year-only item says (1215). An event named by its city's adjective, "принял участие в
Анталийском дипломатическом форуме", is held in that city (1215). A visit told as it ends with its day between the
verb and the visit, "X completed yesterday his official visit to …, which began in Istanbul on April 21", is read as
"completed his official visit" is (1213). Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)

CHRONOLOGY = ("Министр иностранных дел Туркменистана Рашид Мередов прибыл в среду в Анкару с рабочим визитом.\n\n"
              "ХРОНОЛОГИЯ\n\n"
              "1995 г. — официальный визит Президента Туркменистана в Турцию.\n\n"
              "10 октября 2023 г. — Президент Азербайджана Ильхам Алиев прибыл в Ашхабад на саммит "
              "глав государств. Там же принята декларация.\n\n"
              "5 июня 2024 г. — Рашид Мередов принял участие в Анталийском дипломатическом форуме и провёл "
              "переговоры с Хаканом Фиданом.\n\n"
              "18 апреля 2025 г. — визит Хакана Фидана в Ашхабад, подписаны три документа.\n")


# plant: visits._in_another_digest_item reading Document.digest_items only, not chronology_items ('3' == ''); apart,
# _attended's check of it dropped (Fidan a guest of the summit of 2023); apart, the check dropped from find_visits'
# visit named after its visitor (`told`: Japarov's item of 2024 merged into his of 2023, None == '5')
def test_a_chronology_item_lends_nothing_to_an_earlier_item_s_summit():
    found = dict(zip(proposed.visits(CHRONOLOGY, DAY), proposed.documents(CHRONOLOGY, DAY)))
    assert found.get(("Ilham Aliyev", "Turkmenistan", "2023-10-10", "Ashgabat", "summit")) == ""
    assert found.get(("Hakan Fidan", "Turkmenistan", "2025-04-18", "Ashgabat", "other")) == "3"
    assert not any(v[0] == "Hakan Fidan" and v[2] == "2023-10-10" for v in found)
    other = ("Президент Казахстана прибыл в Баку.\n\n"
             "3 сентября 2022 г. — Президент Узбекистана Шавкат Мирзиёев прибыл в Чолпон-Ату на саммит "
             "глав государств. По его итогам принята совместная декларация.\n\n"
             "7 мая 2023 г. — Садыр Жапаров принял участие в Ташкентском инвестиционном форуме и провёл переговоры "
             "с Шавкатом Мирзиёевым.\n\n"
             "2 февраля 2024 г. — визит Садыра Жапарова в Ташкент, подписаны пять документов.\n")
    found = dict(zip(proposed.visits(other, DAY), proposed.documents(other, DAY)))
    assert found.get(("Shavkat Mirziyoyev", "Kyrgyzstan", "2022-09-03", "Cholpon-Ata", "summit")) == ""
    assert found.get(("Sadyr Japarov", "Uzbekistan", "2024-02-02", "Tashkent", "other")) == "5"
    assert not any(v[0] == "Sadyr Japarov" and v[2] == "2022-09-03" for v in found)


# plant: places.event_city_by_adjective returning None
def test_an_event_named_by_its_city_s_adjective():
    text = "Новости\n\n1 марта 2024 года Рашид Мередов принял участие в Анталийском дипломатическом форуме."
    assert proposed.visits(text, DAY) == [("Rashid Meredov", "Türkiye", "2024-03-01", "Antalya", "other")]
    other = ("Новости\n\nВо вторник министр энергетики Турции Альпарслан Байрактар принял участие в Бакинском "
             "энергетическом форуме.")
    assert proposed.visits(other, DAY) == [("Alparslan Bayraktar", "Azerbaijan", "2026-03-10", "Baku", "other")]
    # the adjective of a city before no event's noun names no place gone to
    none = "Новости\n\n1 марта 2024 года Рашид Мередов принял участие в беседе с бакинским экономистом."
    assert proposed.visits(none, DAY) == []


# plant: visits._told_in_a_timeline without its chronology_items branch
def test_a_chronology_item_takes_no_type_of_a_year_only_item():
    text = ("Министр прибыл в Анкару.\n\n"
            "1992 г. — первый официальный визит Президента Туркменистана в Турцию.\n\n"
            "1 марта 2024 г. — Рашид Мередов принял участие в Анталийском дипломатическом форуме.\n\n"
            "11 марта 2026 г. — рабочий визит Рашида Мередова в Анкару.\n")
    assert ("Rashid Meredov", "Türkiye", "2024-03-01", "Antalya", "other") in proposed.visits(text, DAY)
    other = ("Министр прибыл в Баку.\n\n"
             "1997 г. — государственный визит Президента Узбекистана в Азербайджан.\n\n"
             "8 мая 2023 г. — Бахтиёр Саидов принял участие в Бакинском энергетическом форуме.\n\n"
             "2 марта 2026 г. — рабочий визит Бахтиёра Саидова в Баку.\n")
    assert ("Bakhtiyor Saidov", "Azerbaijan", "2023-05-08", "Baku", "other") in proposed.visits(other, DAY)


# plant: visits._DAY_WORD_AFTER_ENDING made to match nothing ("(?!)"); narrower, made "" (no day word between)
def test_a_visit_completed_yesterday_which_began_in_a_city():
    day = date(2026, 4, 23)
    text = ("DUSHANBE, 23.04.2026. President of Tajikistan Emomali Rahmon completed yesterday his official visit "
            "to Türkiye, which began in Istanbul on April 21.")
    assert proposed.visits(text, day) == [("Emomali Rahmon", "Türkiye", "2026-04-21", "Istanbul", "official")]
    other = ("ASTANA, 23.04.2026. President of Uzbekistan Shavkat Mirziyoyev ended today his state visit to "
             "Kazakhstan, which started in Turkistan on April 21.")
    assert proposed.visits(other, day) == [("Shavkat Mirziyoyev", "Kazakhstan", "2026-04-21", "Turkistan", "state")]
