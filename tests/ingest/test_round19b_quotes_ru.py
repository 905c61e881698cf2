"""Round 19b probes of Russian quotes and their speakers: short invented passages in the styles of Kazinform,
Tengrinews, 24.kg, Podrobno.uz, Report.az's Russian service, Interfax and TASS (not the gold articles' text). Each
test names the plant it was seen failing on."""
from __future__ import annotations

from datetime import date

import pytest

from dashboard.ingest.people import Resolver
from tests.ingest import proposed

DAY = date(2026, 7, 9)
FIRST = "«Торговля с Баку растет третий год», — сказал министр торговли Тимур Сулейменов.\n\n"


def _quotes(text: str, day: date = DAY) -> list[tuple[str, str]]:
    return proposed.quotes(text, day)


def _name(phrase: str) -> str | None:
    person = Resolver(DAY).resolve(phrase)
    return person.name if person else None


# quotes.py: a Cyrillic initial before the surname of someone named in full before

@pytest.mark.parametrize("speaker", ["Т. Сулейменов", "Т.Сулейменов"])
def test_an_initial_and_surname_after_the_verb(speaker):
    """Plant: `{_RU_INITIAL_DOT}|` out of `AFTER_VERB_SPEAKER_RU` (the second quote lost: "Т." read as a sentence's
    end)."""
    text = FIRST + f"«Мы подпишем соглашение до конца года», — сказал {speaker}."
    assert _quotes(text) == [("Timur Suleymenov", "Торговля с Баку растет третий год"),
                             ("Timur Suleymenov", "Мы подпишем соглашение до конца года")]


def test_an_initial_and_surname_in_as_said():
    """Plant: `{_RU_INITIAL_DOT}|` out of `AS_SAID`'s `spk2` (the partial quote lost)."""
    text = FIRST + "Как отметил Т.Сулейменов, «мы подпишем соглашение до конца года»."
    assert _quotes(text)[1:] == [("Timur Suleymenov", "мы подпишем соглашение до конца года")]


@pytest.mark.parametrize("attribution", ["цитирует Kazinform слова Т. Сулейменова",
                                         "приводит слова Т.Сулейменова пресс-служба"])
def test_an_initial_and_surname_whose_words_a_source_passes_on(attribution):
    """Plant: `{_RU_INITIAL_DOT}|` out of `RU_QUOTED_WORDS` (the second quote lost)."""
    text = FIRST + f"«Мы подпишем соглашение до конца года», — {attribution}."
    assert _quotes(text)[1:] == [("Timur Suleymenov", "Мы подпишем соглашение до конца года")]


def test_an_initial_of_another_given_name_is_someone_else():
    """Plant: `initials_fit` returning True (the "А." of another Suleymenov taken for Timur)."""
    text = FIRST + "«Мы подпишем соглашение до конца года», — сказал А. Сулейменов."
    assert _quotes(text) == [("Timur Suleymenov", "Торговля с Баку растет третий год")]


# quotes.py: a web name opening with digits as the outlet it was told to

@pytest.mark.parametrize("told", ["в беседе с корреспондентом 24.kg", "корреспонденту 24.kg", "изданию 24.kg"])
def test_a_web_name_opening_with_digits_between_the_verb_and_the_speaker(told):
    """Plant: `|\\d+\\.[a-z]{2,6}(?![\\w\\-])` out of `_RU_OUTLET_NAME` (no speaker)."""
    text = f"«Транспортный коридор работает на пределе», — отметил {told} Нурбек Абдыкеримов."
    assert _quotes(text) == [("Nurbek Abdykerimov", "Транспортный коридор работает на пределе")]


def test_a_source_told_to_a_digit_web_name_is_no_speaker():
    """Plant: `resolver.resolve(_speaker_phrase(m["spk"]))` -> `resolver.last_speaker or …` in `_ru_told_after`
    (the minister before taken for the source)."""
    text = FIRST + ("«Объем инвестиций превысит миллиард долларов», — сообщил в беседе с корреспондентом 24.kg "
                    "источник в правительстве.")
    assert _quotes(text) == [("Timur Suleymenov", "Торговля с Баку растет третий год")]


@pytest.mark.parametrize("told", ["в интервью РИА Новости", "корреспонденту РИА Новости"])
def test_an_agency_acronym_with_its_own_word_between_the_verb_and_the_speaker(told):
    """Plant: `(?:\\s+(?:Новости|Известия|Ведомости)(?![\\w\\-]))?` out of `_RU_OUTLET_NAME` (no speaker)."""
    text = f"«Переговоры прошли в дружественной атмосфере», — сказала {told} Мария Захарова."
    assert _quotes(text) == [("Mariya Zakharova", "Переговоры прошли в дружественной атмосфере")]


# people.py: a body's compound short name (and a state) before a full name

def test_a_compound_body_name_and_a_state_before_the_name():
    """Plant: the round 19b `(?:\\s+[А-ЯЁ][а-яё]+(?:стана|ана|ии))?` out of `_RU_NAMED_BEFORE_NAME`
    ("Goskomstata Bakhtiyër Begalov")."""
    assert _name("председатель Госкомстата Узбекистана Бахтиёр Бегалов") == "Bakhtiyër Begalov"
    assert _name("председатель Комитета Казахстана Тимур Ахметов") == "Timur Akhmetov"
    text = "«Товарооборот достиг рекордного уровня», — заявил председатель Госкомстата Узбекистана Бахтиёр Бегалов."
    assert _quotes(text) == [("Bakhtiyër Begalov", "Товарооборот достиг рекордного уровня")]


@pytest.mark.parametrize("body", ["Госкомстата", "Минфина", "Нацбанка", "Минэкономики"])
def test_a_compound_body_name_right_before_the_name(body):
    """Plant: the round 19b compound names out of `_RU_BODY_GENITIVES` (the body read as a given name)."""
    assert _name(f"глава {body} Ерулан Жамаубаев") == "Yerulan Zhamaubayev"


# quotes.py: a Russian quote going on into the next paragraph with no mark reopening it

def test_a_quote_goes_on_into_the_next_paragraph():
    """Plant: `_ru_closed_in_next` returning None (the quote cut at the paragraph's end)."""
    text = ("Замминистра Айдар Нурланов заявил: «Первая партия зерна уже отправлена в Баку.\n\n"
            "Вторая партия уйдет в августе». Ранее стороны подписали контракт.")
    assert _quotes(text) == [("Aydar Nurlanov", "Первая партия зерна уже отправлена в Баку. Вторая партия уйдет в "
                                                "августе")]


def test_a_next_paragraph_naming_a_thing_first_is_no_continuation():
    """Plant: `_RU_OPEN_CLOSER` -> `re.compile("»")` (the next paragraph's «КТЖ» read as the quote's end)."""
    text = ("Замминистра Айдар Нурланов заявил: «Первая партия зерна уже отправлена в Баку.\n\n"
            "Компания «КТЖ» готовит вагоны для второй партии зерна.")
    assert _quotes(text) == [("Aydar Nurlanov", "Первая партия зерна уже отправлена в Баку.")]


def test_a_dialogue_paragraph_is_no_continuation():
    """Plant: the Cyrillic check out of `_ru_closed_in_next` (the dash paragraph joined to the quote)."""
    text = ("Глава МИД Азербайджана Джейхун Байрамов заявил: «Мы открыты к диалогу со всеми соседями.\n\n"
            "— А что с транзитом? — спросили журналисты». ")
    assert _quotes(text)[0] == ("Jeyhun Bayramov", "Мы открыты к диалогу со всеми соседями.")


# probes that already held: female verbs and surnames, outlets and Telegram, opinions, forums

HOLDING = [
    ("«Мы откроем новый маршрут через Каспий уже осенью», — цитирует Асхата Бекова издание Kursiv.",
     "Askhat Bekov"),
    ("«Объем перевозок вырос вдвое за полгода», — написал Ерлан Карин в своем Telegram-канале.", "Yerlan Karin"),
    ("«Объем перевозок вырос вдвое за полгода», – написала Айгуль Садыкова в своём Telegram-канале.",
     "Aygul Sadykova"),
    ("«Это хороший сигнал для рынка всего региона», — написала в Telegram-канале аналитик Дина Сарсенова.",
     "Dina Sarsenova"),
    ("Министр энергетики Алмасадам Саткалиев в интервью Tengrinews сказал: «Мы ждем первую нефть по новому маршруту "
     "в сентябре».", "Almasadam Satkaliyev"),
    ("По мнению Тимура Сулейменова, «торговля с Азербайджаном еще не раскрыла свой потенциал».", "Timur Suleymenov"),
    ("Как отметила Жаннат Ахметова, «мы рассчитываем удвоить товарооборот к 2030 году».", "Zhannat Akhmetova"),
    ("Министр Серик Жумангарин, выступая на пленарной сессии, подчеркнул: «Нам нужны новые паромы и вагоны».",
     "Serik Zhumangarin"),
    ("По словам вице-министра Асель Жанабаевой, «экспорт зерна вырастет на треть».", "Asel Zhanabayeva"),
    ("Как сообщил ТАСС Рустам Минниханов, «Татарстан готов поставлять технику в Узбекистан».", "Rustam Minnikhanov"),
    ("«Работа по проекту идет строго по графику», — добавила глава ведомства Ольга Петрова.", "Olga Petrova"),
    ("Эльнур Алиев написал в Telegram: «Соглашение вступит в силу в январе».", "Elnur Aliyev"),
    ("«Казахстан готов увеличить транзит через Каспий вдвое», — отметил глава МИД РК Мурат Нуртлеу.", "Murat Nurtleu"),
    ("«Мы рассчитываем на новые контракты в этом году» — заявил Ерлан Карин.", "Yerlan Karin"),
    ("«Инфляция в регионе останется высокой», — считает политолог Айгерим Жумабаева.", "Aygerim Zhumabayeva"),
    ("«Объемы экспорта вырастут на треть», — уверена замминистра торговли Жаннат Дубирова.", "Zhannat Dubirova"),
    ("«Главный приоритет сейчас — цифровизация таможни», — заявила председатель комитета госдоходов Марина Иванова.",
     "Marina Ivanova"),
    ("«Сотрудничество с Азербайджаном выходит на новый уровень», — отметила депутат Мажилиса Айгуль Нурланова, "
     "комментируя итоги визита.", "Aygul Nurlanova"),
]


@pytest.mark.parametrize("text,speaker", HOLDING)
def test_forms_that_hold(text, speaker):
    """Plant: `MIN_WORDS = 4` -> `MIN_WORDS = 8` (the shorter quotes lost)."""
    assert [s for s, _ in _quotes(text)] == [speaker]


# texts that must give no quote: a body's words, a release, headlines, scare quotes, names of companies and
# programmes in quote marks, an agency citing statistics

NO_QUOTE = [
    "«Мы готовы к сотрудничеству со всеми партнерами», — говорится в сообщении пресс-службы министерства.",
    "Пресс-служба министерства сообщила: «Переговоры прошли в конструктивном ключе».",
    "«Переговоры прошли в конструктивном ключе», — сообщили в пресс-службе акимата.",
    "«Казахстан и Азербайджан нарастят торговлю» — под таким заголовком вышла статья в газете «Казахстанская правда».",
    "В рамках программы «Нурлы жол» будет построено 500 км дорог, сообщил министр Марат Карабаев.",
    "Так называемый «зеленый коридор» для грузов заработает в августе.",
    "АО «Казахстан темир жолы» и ЗАО «Азербайджанские железные дороги» создали совместное предприятие.",
    "«Это исторический день для двух народов», — заявили в МИД Узбекистана.",
    "Как говорится в заявлении правительства, «стороны подтвердили приверженность договоренностям».",
    "Министр Марат Карабаев посетил порт Актау. «Мы должны ускорить строительство причалов», — говорится в сообщении "
    "ведомства.",
    "«Торговля выросла на 20% за полгода», — передает Kazinform со ссылкой на Бюро национальной статистики.",
    "Согласно документу, «стороны обязуются развивать транзит через Каспий».",
    "Как отмечается в релизе компании, «новый терминал позволит удвоить перевалку».",
    "«Ташкент и Баку договорились о прямых рейсах», — пишет Podrobno.uz.",
    "Фильм «Дорога на Баку» покажут в Астане в рамках Дней культуры.",
    "«Переговоры прошли успешно для обеих сторон», — сообщает Tengrinews.kz со ссылкой на пресс-службу МИД РК.",
    "Как сообщает «Интерфакс», «переговоры прошли в конструктивной атмосфере».",
    "«Казахтелеком» сообщил: «Сеть будет модернизирована к концу года».",
    "Источник в правительстве заявил: «Решение будет принято до конца месяца».",
    "«Средний коридор: новые возможности для региона» — так называется доклад, представленный в Баку.",
    "В министерстве отметили: «Работа над соглашением продолжается в штатном режиме».",
    "Как заявили в Минфине, «бюджет проекта будет пересмотрен в сторону увеличения».",
    "По данным Минфина, «дефицит бюджета сократится до трех процентов».",
    "По мнению экспертов, «рынок зерна в регионе явно перегрет».",
    "«Объем перевозок по маршруту вырос на 40%», — говорится в Telegram-канале министерства.",
    "Заголовок статьи гласил: «Казахстан и Узбекистан создадут общий рынок электроэнергии».",
]


@pytest.mark.parametrize("text", NO_QUOTE)
def test_no_quote(text):
    """Plant: a quote with no speaker given `resolver.last_speaker` after `_attribute` in `find_quotes` (the
    minister named before the release's words taken for their speaker)."""
    assert _quotes(text) == []
