"""Round 39 (Russian quotes): a business occupation after a quote ("— говорит предприниматель."), a title with its
state in the genitive ("— сказал вице-премьер Казахстана."), a Russian Cyrillic name that must look like a name (no
participle opening a sentence, no outlet in quote marks, no city before the full name), "По его словам" after a
sentence of the same paragraph naming one person, and "… и отметил, что <clause> «…»" after a dative object."""
from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2026, 5, 20)
_LEAD = "Бишкек. Торговля между странами растет.\n\n"


# 1. a business person the paragraph before named, called by his occupation after the quote
def test_ru_entrepreneur_after_quote_is_the_one_named_before():
    text = _LEAD + ("Владелец оптовой базы Нурсултан Абдыкалыков рассказал Kaktus.media, что теряет грузы на границе.\n\n"
                    "«Если таможня откроет ночные смены, мы будем возить втрое больше», – говорит предприниматель.")
    # plant: "предприниматель" dropped from RU_VERB_OCCUPATION's round-39 words -> no quote
    assert quotes(text, DAY) == [("Nursultan Abdykalykov",
                                  "Если таможня откроет ночные смены, мы будем возить втрое больше")]


def test_ru_entrepreneur_after_quote_under_two_names_is_nobody():
    text = _LEAD + ("Нурсултан Абдыкалыков и Бакыт Осмонов рассказали Kaktus.media, что теряют грузы на границе.\n\n"
                    "«Если таможня откроет ночные смены, мы будем возить втрое больше», – говорит предприниматель.")
    # plant: `len(people) == 1` made `len(people) >= 1` in quotes._ru_one_named ("Nursultan Abdykalykov" came out)
    assert quotes(text, DAY) == []


# 2. a deputy's title with its state in the genitive
def test_ru_deputy_premier_with_state_after_quote():
    text = _LEAD + ("Открывая форум, Талант Жумабеков напомнил об общих проектах.\n\n"
                    "«Нам нужно вдвое сократить время на границе уже в этом году», — сказал вице-премьер Кыргызстана.")
    # plant: the state group (Азербайджана|…|Венгрии) dropped from RU_VERB_OCCUPATION -> no quote
    assert quotes(text, DAY) == [("Talant Zhumabekov", "Нам нужно вдвое сократить время на границе уже в этом году")]


def test_ru_state_after_an_unknown_word_is_no_occupation():
    text = _LEAD + ("Открывая форум, Талант Жумабеков напомнил об общих проектах.\n\n"
                    "«Нам нужно вдвое сократить время на границе уже в этом году», — сказал источник Кыргызстана.")
    # plant: `|[а-яё]+` added to RU_VERB_OCCUPATION's occupation words ("Talant Zhumabekov" came out)
    assert quotes(text, DAY) == []


# 3. a Russian name must look like a name
def test_ru_participle_opening_a_sentence_is_no_name():
    text = _LEAD + ("Опрошенные Курсивом аналитики настроены осторожно. Бишкекский экономист Азамат Токтогулов "
                    "считает, что рост держится на ценах.\n\n– Без новых товаров рост остановится уже через год, "
                    "– сказал он.")
    # plant: the ru_name_shaped_names line dropped from Resolver._resolve ("Oproshennyye Kursivom" came out)
    assert quotes(text, DAY) == [("Azamat Toktogulov", "Без новых товаров рост остановится уже через год")]


def test_ru_outlet_in_quote_marks_before_the_speaker_is_no_name():
    text = _LEAD + ("– Без новых товаров рост остановится. Сейчас главное – открыть ночные смены, – рассказал "
                    "корреспонденту «Голоса Народа» директор одной из транспортных компаний Бекболот Сыдыков.")
    # plant: the "{name}»" check dropped from _ru_name_shaped ("Golosa Naroda" came out)
    assert quotes(text, DAY) == [("Bekbolot Sydykov", "Без новых товаров рост остановится. Сейчас главное – открыть "
                                                      "ночные смены")]


def test_ru_city_before_a_full_name_is_no_given_name():
    text = _LEAD + ("– Без новых товаров рост остановится уже через год, – рассказал директор одной из компаний "
                    "Шымкента Бекболот Сыдыков.")
    assert quotes(text, DAY)[0][0] == "Bekbolot Sydykov"
    text = text.replace("Шымкента", "Шымкент")
    # plant: the leading-city cut dropped from _ru_name_shaped ("Shymkent Bekbolot Sydykov" came out)
    assert quotes(text, DAY) == [("Bekbolot Sydykov", "Без новых товаров рост остановится уже через год")]


def test_ru_name_with_a_given_name_in_ikh_stays_a_name():
    text = _LEAD + ("– Без новых товаров рост остановится уже через год, – сказал директор компании Мехмет Фатих "
                    "Озтюрк.")
    # plant: -их added back to _RU_NOT_GIVEN_NAME_END ("Mekhmet Fatikh": "Фатих" read as an adjective, the surname lost)
    assert quotes(text, DAY) == [("Mekhmet Fatikh Oztyurk", "Без новых товаров рост остановится уже через год")]


# 4. "По его словам" after a sentence of the same paragraph naming one person
def test_ru_his_words_after_a_sentence_naming_one_person_in_the_paragraph():
    text = _LEAD + ("– Поставки угля выросли вдвое за этот сезон, – сказал министр энергетики Таалайбек Ибраев.\n\n"
                    "Фермер из Таласской области Эрмек Жолдошев, который закупил партию семян, доволен. По его словам, "
                    "урожай вырос «почти вдвое по сравнению с прошлым годом».")
    # plant: the round-39 elif calling _ru_own_words_antecedent dropped from _ru_according ("Taalaybek Ibrayev" came out)
    assert quotes(text, DAY)[-1] == ("Ermek Zholdoshev", "почти вдвое по сравнению с прошлым годом")


def test_ru_his_words_after_a_paragraph_naming_nobody_is_the_last_speaker():
    text = _LEAD + ("– Поставки угля выросли вдвое за этот сезон, – сказал министр энергетики Таалайбек Ибраев.\n\n"
                    "Фермеры области тоже довольны. По его словам, урожай вырос «почти вдвое по сравнению с прошлым "
                    "годом».")
    # plant: _ru_own_words_antecedent sets last_speaker to _ru_one_named(head) even when it is None (no quote)
    assert quotes(text, DAY)[-1] == ("Taalaybek Ibrayev", "почти вдвое по сравнению с прошлым годом")


# 5. "… выразил признательность X-у и отметил, что <clause> «…»"
def test_ru_and_noted_that_clause_after_a_dative_object():
    text = _LEAD + ("Позднее министра принял президент Узбекистана Шавкат Мирзиёев. Глава государства выразил "
                    "признательность Садыру Жапарову за гостеприимство и отметил, что торговля двух стран стала "
                    "«мотором роста всего региона».")
    # plant: the round-39 _ru_and_said_that_clause_end call dropped from _subject_partial -> no quote
    assert quotes(text, DAY) == [("Shavkat Mirziyoyev", "мотором роста всего региона")]


def test_ru_and_noted_that_clause_naming_someone_is_not_the_subjects():
    text = _LEAD + ("Позднее министра принял президент Узбекистана Шавкат Мирзиёев. Глава государства передал "
                    "приветствие Садыру Жапарову и отметил, что министр Бекболот Сыдыков назвал торговлю «мотором роста всего "
                    "региона».")
    # plant: the _names_someone check dropped from _ru_and_said_that_clause_end ("Shavkat Mirziyoyev" came out)
    assert quotes(text, DAY) == []
