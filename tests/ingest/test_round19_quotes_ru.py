"""Round 19 rules for Russian quotes and their speakers (short invented sentences, not the gold articles' text). Each
test names the plant it was seen failing on."""
from __future__ import annotations

from datetime import date

from dashboard.ingest.people import Resolver
from tests.ingest import proposed

DAY = date(2026, 7, 9)


def _quotes(text: str, day: date = DAY) -> list[tuple[str, str]]:
    return proposed.quotes(text, day)


def _name(phrase: str) -> str | None:
    person = Resolver(DAY).resolve(phrase)
    return person.name if person else None


# quotes.py: to whom or where it was told, between the verb after the quote and the speaker

def test_an_outlet_web_name_between_the_verb_and_a_long_title():
    """Plant: the `_ru_told_after` call out of `_ru_dash_after` (no speaker: "Kapital" read as the speaker)."""
    text = ("«Нам не хватает паромов и контейнеров на Каспии», – рассказала Kapital.kz председатель Союза "
            "перевозчиков Казахстана Дина Мукашева.")
    assert _quotes(text) == [("Dina Mukasheva", "Нам не хватает паромов и контейнеров на Каспии")]


def test_a_correspondent_of_an_outlet_before_a_title_longer_than_ninety_characters():
    """Plant: `{0,160}?` -> `{0,80}?` in `_RU_TOLD_AFTER` (the long title read to no end)."""
    text = ("«Мы удвоим число рейсов на Баку до конца года», — сообщил корреспонденту Kazinform заместитель "
            "председателя правления национальной морской судоходной компании Ержан Кадыров.")
    assert _quotes(text) == [("Yerzhan Kadyrov", "Мы удвоим число рейсов на Баку до конца года")]


def test_told_to_an_outlet_then_no_person_gives_no_speaker():
    """Plant: `resolver.resolve(_speaker_phrase(m["spk"]))` -> `resolver.last_speaker or …` in `_ru_told_after` (the
    minister who spoke before taken for the press service)."""
    text = ("«Торговля с Баку растет третий год подряд», — сказал министр торговли Арман Шаккалиев.\n\n"
            "«Первый поезд отправится из Сиани уже в августе», — сообщил корреспонденту Trend представитель "
            "пресс-службы компании.")
    assert _quotes(text) == [("Arman Shakkaliyev", "Торговля с Баку растет третий год подряд")]


def test_an_occupation_then_where_it_was_told_is_the_expert_named_before():
    """Plant: the round 19 `(?:\\s+{_RU_TOLD_TO})?` after the occupation out of `RU_VERB_OCCUPATION` (no speaker)."""
    text = ("Экономист Тимур Ахметов считает, что рынок недооценен.\n\n«Без новых судов мы упремся в потолок уже "
            "через два года», — сказал эксперт в беседе с корреспондентом Sputnik Казахстан.")
    assert _quotes(text) == [("Timur Akhmetov", "Без новых судов мы упремся в потолок уже через два года")]


def test_where_it_was_told_before_the_occupation():
    """Plant: the `(?:{_RU_TOLD_TO}\\s+)?` before the occupation out of `RU_VERB_OCCUPATION` (no speaker)."""
    text = ("Экономист Тимур Ахметов считает, что рынок недооценен.\n\n«Без новых судов мы упремся в потолок уже "
            "через два года», — рассказал в интервью «Курсиву» аналитик.")
    assert _quotes(text) == [("Timur Akhmetov", "Без новых судов мы упремся в потолок уже через два года")]


# quotes.py: verbs of urging, warning, promising

def test_warned_after_the_quote_and_urged_before_a_partial_quote():
    """Plant: the round 19 `RU_VERBS += …призвал…` line out (neither quote attributed)."""
    text = ("«Без новых паромов рост торговли остановится уже через год», — предупредил экономист Тимур Ахметов.\n\n"
            "Председатель ассоциации перевозчиков Дина Мукашева призвала правительство «срочно закупить новые паромы "
            "для Каспия».")
    assert _quotes(text) == [("Timur Akhmetov", "Без новых паромов рост торговли остановится уже через год"),
                             ("Dina Mukasheva", "срочно закупить новые паромы для Каспия")]


def test_and_urged_after_a_verb_that_is_no_speech_verb():
    """Plant: the round 19 `призвал…` alternative out of `_RU_AND_SAID` (no speaker)."""
    text = "Экономист Тимур Ахметов обратил внимание на тарифы и призвал «не откладывать запуск новой паромной линии»."
    assert _quotes(text) == [("Timur Akhmetov", "не откладывать запуск новой паромной линии")]


# quotes.py: a noun after the verb, then "что"

def test_drew_attention_that_and_expressed_confidence_that():
    """Plant: the `_RU_PHRASE_VERBS` check out of `_subject_partial` (neither quote attributed)."""
    text = ("Экономист Тимур Ахметов обратил внимание на то, что в экспорте «по-прежнему преобладают сырье и "
            "металлы».\n\nАналитик Дина Мукашева выразила уверенность, что оборот «достигнет миллиарда долларов уже "
            "к 2028 году».")
    assert _quotes(text) == [("Timur Akhmetov", "по-прежнему преобладают сырье и металлы"),
                             ("Dina Mukasheva", "достигнет миллиарда долларов уже к 2028 году")]


def test_drew_attention_that_another_said_is_no_quote_of_the_subject():
    """Plant: `if verb in _RU_PHRASE_VERBS: return resolver.resolve(…)` put before the `_plain_object` check of
    `_subject_partial` (the expert taken for the minister's words)."""
    text = ("Экономист Тимур Ахметов обратил внимание, что министр Арман Шаккалиев ранее называл цель «вполне "
            "достижимой уже через два года».")
    assert _quotes(text) == []


# quotes.py: a second partial quote after "и" and the subject's second verb

def test_a_second_partial_quote_after_and_the_second_verb():
    """Plant: the `_ru_second_partial` call out of `_subject_partial` (the second quote unattributed)."""
    text = ("Экономист Тимур Ахметов обратил внимание, что в торговле «слишком велика доля сырья», и призвал "
            "«активнее продвигать продукцию с добавленной стоимостью».")
    assert _quotes(text) == [("Timur Akhmetov", "слишком велика доля сырья"),
                             ("Timur Akhmetov", "активнее продвигать продукцию с добавленной стоимостью")]


def test_a_second_partial_quote_of_another_subject_is_not_the_first_ones():
    """Plant: `и\\s+(?:также\\s+)?` -> `и\\s+(?:[^«»]{0,60}?\\s+)?` in `_RU_AND_VERB_END` and the `_plain_object` check of
    `_subject_partial` bypassed (the second quote given to the first subject)."""
    text = ("Экономист Тимур Ахметов заявил, что в торговле «слишком велика доля сырья», и министр Арман Шаккалиев "
            "добавил, что «впереди много работы по Среднему коридору».")
    assert ("Timur Akhmetov", "впереди много работы по Среднему коридору") not in _quotes(text)


# quotes.py: where it was said between the subject and the verb before a colon

def test_an_interview_between_the_subject_and_the_verb_before_a_colon():
    """Plant: the `_ru_said_that_where(…, _RU_WHERE_SAID_COLON)` fallback out of `_ru_titled_colon` (no speaker)."""
    text = ("Председатель правления КТЖ Нурлан Сауранбаев в интервью Kursiv.media заявил:\n\n«Мы удвоим контейнерный "
            "транзит через Каспий к 2030 году».")
    assert _quotes(text) == [("Nurlan Sauranbayev", "Мы удвоим контейнерный транзит через Каспий к 2030 году")]


# quotes.py: a state in the genitive before a titled subject's name

def test_a_state_between_the_title_and_the_name_of_the_subject():
    """Plant: `(?:\\s+[А-ЯЁ][а-яё\\-]+){2,3}` -> `\\s+[А-ЯЁ][а-яё\\-]+\\s+[А-ЯЁ][а-яё\\-]+` in `_RU_TITLED_SUBJECT` (no
    speaker)."""
    text = "Аналитик банка Казахстана Дина Мукашева считает, что оборот «достигнет миллиарда долларов уже к 2028 году»."
    assert _quotes(text) == [("Dina Mukasheva", "достигнет миллиарда долларов уже к 2028 году")]


def test_a_titled_subject_is_read_past_the_bare_title():
    """Plant: the `_ru_titled_subject` line out of `_subject_partial` (SUBJECT reads "Министр" and "торговли" its verb:
    no speaker)."""
    text = ("Министр торговли Казахстана Арман Шаккалиев посетил Баку.\n\nМинистр торговли Казахстана Арман "
            "Шаккалиев заявил, что отношения «вышли на уровень стратегического союзничества».")
    assert _quotes(text) == [("Arman Shakkaliyev", "вышли на уровень стратегического союзничества")]


# people.py: a named place or body right before a full name

def test_a_port_or_a_body_named_before_a_full_name_is_no_part_of_it():
    """Plant: the `_ru_named_before_name` call out of `_unlisted_names` ("Aktau Nurlan Zhumabayev", "Assotsiatsii …")."""
    assert _name("директор порта Актау Нурлан Жумабаев") == "Nurlan Zhumabayev"
    assert _name("председатель Ассоциации Дина Мукашева") == "Dina Mukasheva"
    assert _name("директор Центра Тимур Ахметов") == "Timur Akhmetov"


def test_a_given_name_before_a_patronymic_stays_and_a_bodys_own_name_is_no_one():
    """Plants: `(?<!ович)` out of `_RU_FIRST_NAME` ("Saparovich Zhumabayev", the given name taken for the port's
    name); the adjective look-behinds `(?<!ских)…` out of `_RU_FIRST_NAME` (a body's name read as a person's)."""
    assert _name("директор порта Нурлан Сапарович Жумабаев") == "Nurlan Saparovich Zhumabayev"
    assert _name("директор Центра Стратегических Исследований") is None


# quotes.py: a noun that names a thing right before the quote

def test_a_report_named_after_an_urging_verb_is_no_quote():
    """Plant: the `_RU_NAMED_THING_END` check out of `_subject_partial` (the report's title given to the president)."""
    text = ("Президент Казахстана Касым-Жомарт Токаев призвал участников форума прочитать доклад «Каспий: новые "
            "возможности для транзита грузов».")
    assert _quotes(text) == []


def test_a_project_named_by_a_naming_verb_is_still_a_quote():
    """Plant: `verb not in _AS_VERBS and ` out of the `_RU_NAMED_THING_END` check in `_subject_partial` (no quote)."""
    text = "Аналитик Дина Мукашева назвала проект «важным шагом к открытию новых рынков для фермеров»."
    assert _quotes(text) == [("Dina Mukasheva", "важным шагом к открытию новых рынков для фермеров")]


# people.py: an agency's own words

def test_a_news_agency_after_the_verb_is_no_speaker():
    """Plant: the round 19 `_BODY_WORDS | {"новости", …}` line out of people.py ("RIA Novosti" the speaker)."""
    text = "«Тарифы на паром выросли вдвое за год», — сообщил РИА Новости источник в правительстве."
    assert _quotes(text) == []
