"""Round 18 rules for Russian quotes and their speakers (short invented sentences, not the gold articles' text). Each
test names the plant it was seen failing on."""
from __future__ import annotations

from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)


def _quotes(text: str, day: date = DAY) -> list[tuple[str, str]]:
    return proposed.quotes(text, day)


# quotes.py: a dash line interrupted by its attribution

def test_a_dash_line_split_by_its_attribution_is_two_quotes():
    """Plant: the `_ru_interrupted` call out of `_unmarked_paragraph` (one quote of both parts)."""
    text = ("Рынок растет.\n\n– Каспийский маршрут уже окупается, – говорит экономист Тимур Ахметжанов. – Следующим "
            "шагом должны стать новые паромы и единые тарифы.")
    assert _quotes(text) == [("Timur Akhmetzhanov", "Каспийский маршрут уже окупается"),
                             ("Timur Akhmetzhanov", "Следующим шагом должны стать новые паромы и единые тарифы.")]


def test_a_dash_inside_the_words_of_a_split_dash_line_stays():
    """Plant: `first = _clean(_DASH_BREAK.sub(" ", text[start:m.start()]))` in `_ru_interrupted` (the dash dropped, as
    the dash line's parts were joined before)."""
    text = ("Рынок растет.\n\n— Для Казахстана этот маршрут — прежде всего выход к морю, — отметил политолог Ерлан "
            "Карин. — Поэтому порт Курык будет расширяться и дальше.")
    assert _quotes(text)[0] == ("Yerlan Karin", "Для Казахстана этот маршрут — прежде всего выход к морю")


# quotes.py: a former holder of an office by his title after the quote

def test_the_first_president_of_a_state_is_the_past_holder_named_before():
    """Plant: `not term.covers(resolver.day)` out of `_ru_former_holder` (the speaker Kassym-Jomart Tokayev, the
    holder on the day, the only one the article names too)."""
    text = ("Форум открылся в Астане.\n\nС приветствием выступил Нурсултан Назарбаев, которого встретил Касым-Жомарт "
            "Токаев.\n\n«Евразия должна стать мостом между Востоком и Западом», – сказал первый президент Казахстана.")
    assert _quotes(text) == [("Nursultan Nazarbayev", "Евразия должна стать мостом между Востоком и Западом")]


def test_a_former_president_never_named_before_is_no_one():
    """Plant: the `words.isdisjoint(…)` condition out of `_ru_former_holder` and `len(named) == 1` -> `named` (a past
    president the article never named taken)."""
    text = ("Форум открылся в Астане.\n\n«Евразия должна стать мостом между Востоком и Западом», – сказал бывший "
            "президент Кыргызстана.")
    assert _quotes(text) == []


# quotes.py: a head of a body by the body's name after the quote

def test_the_speaker_of_a_chamber_is_the_head_of_it_named_before():
    """Plant: the `_ru_body_head` call out of `_ru_dash_after` (no speaker)."""
    text = ("Делегация прибыла в Ташкент.\n\nПредседатель Мажилиса Парламента Казахстана Ерлан Кошанов провел встречу "
            "с депутатами.\n\n«Парламенты должны закрепить договоренности лидеров законами», – подчеркнул спикер "
            "Мажилиса.")
    assert _quotes(text) == [("Yerlan Koshanov", "Парламенты должны закрепить договоренности лидеров законами")]


def test_a_body_with_two_heads_named_gives_no_speaker():
    """Plant: `len(named) == 1` -> `len(named) >= 1` in `_ru_body_head` (one of the two taken)."""
    text = ("Делегация прибыла в Ташкент.\n\nПредседатель Сената Казахстана Маулен Ашимбаев встретился с председателем "
            "Сената Узбекистана Танзилой Нарбаевой.\n\n«Парламенты должны закрепить договоренности лидеров законами», "
            "– подчеркнул спикер Сената.")
    assert _quotes(text) == []


def test_an_adviser_of_a_body_is_no_head_of_it():
    """Plant: `title.startswith(_RU_HEAD_TITLES)` out of `_ru_body_head` (the adviser taken for the speaker of the
    chamber)."""
    text = ("Делегация прибыла в Ташкент.\n\nСоветник Сената Казахстана Ерлан Кошанов провел встречу с "
            "депутатами.\n\n«Парламенты должны закрепить договоренности лидеров законами», – подчеркнул спикер "
            "Сената.")
    assert _quotes(text) == []


# people.py: a title in the instrumental without its soft sign

def test_a_chair_in_the_instrumental_is_remembered_for_her_surname():
    """Plant: "председателем" out of `_RU_SOFT_TITLES` (Gasanova unknown: no speaker)."""
    text = ("Делегация прибыла в Баку.\n\nВ тот же день прошли переговоры с председателем Милли Меджлиса Лейлой "
            "Гасановой. Гасанова назвала встречу «новой страницей в отношениях парламентов двух стран».")
    assert _quotes(text) == [("Leyla Gasanova", "новой страницей в отношениях парламентов двух стран")]


def test_a_deputy_in_the_instrumental_is_remembered_too():
    """Plant: "заместителем" out of `_RU_SOFT_TITLES` (the speaker Ilham Aliyev, the holder of the surname)."""
    text = ("Делегация прибыла в Баку.\n\nДелегация встретилась с заместителем министра экономики Эльнуром Алиевым. "
            "Алиев назвал встречу «новой страницей в отношениях двух стран».")
    assert _quotes(text) == [("Elnur Aliyev", "новой страницей в отношениях двух стран")]


# quotes.py: an adverb opening the sentence before its subject

def test_an_opening_adverb_before_a_pronoun_subject_and_a_colon():
    """Plant: the `_ru_after_opening` call out of `_subject` (no speaker)."""
    text = ("Саммит прошел в Астане.\n\nИльхам Алиев выступил вторым. Отдельно он поблагодарил хозяев саммита: "
            "«Казахстан всегда был надежным партнером для нашей страны».")
    assert _quotes(text) == [("Ilham Aliyev", "Казахстан всегда был надежным партнером для нашей страны")]


def test_an_opening_adverb_is_no_part_of_the_name_after_it():
    """Plant: `_TITLE_WORDS |= …RU_OPENING_ADVERBS` out of people.py (the speaker "Zatem Askhat Nurlanov")."""
    text = ("Рынок растет.\n\nЗатем Асхат Нурланов посетил порт Курык.\n\n— Порт загружен только наполовину, и "
            "это главная проблема, — сказал он.")
    assert _quotes(text) == [("Askhat Nurlanov", "Порт загружен только наполовину, и это главная проблема")]


# quotes.py: where it was said between the subject and a "что" verb

def test_an_outlet_between_the_subject_and_its_that_verb():
    """Plant: the `_ru_said_that_where` call out of `_attribute` (no speaker)."""
    text = ("Рынок растет.\n\nЭкономист Асхат Нурланов в комментарии Kursiv.media отметил, что «без снижения "
            "тарифов на Каспии цель останется на бумаге».")
    assert _quotes(text) == [("Askhat Nurlanov", "без снижения тарифов на Каспии цель останется на бумаге")]


def test_a_that_clause_naming_someone_else_gives_no_speaker():
    """Plant: `_plain_object(m["rest"], …)` out of `_ru_said_that_where` (the speaker Nurlanov for Tokayev's words)."""
    text = ("Рынок растет.\n\nЭкономист Асхат Нурланов в комментарии Kursiv.media отметил, что Касым-Жомарт Токаев "
            "назвал маршрут «главным проектом десятилетия для всей страны».")
    assert _quotes(text) == []


# quotes.py: more Russian verbs of attribution

def test_more_russian_verbs_after_the_quote():
    """Plant: the round 18 `RU_VERBS +=` line out (no speaker for "дополнил")."""
    text = ("Рынок растет.\n\n«Мы ждем решения по тарифам до конца года», — дополнил председатель правления "
            "компании Нурлан Сауранбаев.")
    assert _quotes(text) == [("Nurlan Sauranbayev", "Мы ждем решения по тарифам до конца года")]


# quotes.py: an opinion given after the quote, and the name before the verb after the dash

def test_such_an_opinion_was_voiced_by_the_speaker_after_it():
    """Plant: the `_RU_OPINION_AFTER.match(after) or` out of `_ru_dash_after` (no speaker)."""
    text = ("Рынок растет.\n\n«Тарифы на транзит через Каспий пока слишком высоки для бизнеса» — такое мнение "
            "высказал экономист Марат Казакпаев.\n\n«Без новых паромов порт Курык так и останется полупустым», — так "
            "прокомментировал итоги года аналитик Тимур Ахметжанов.")
    assert _quotes(text) == [("Marat Kazakpayev", "Тарифы на транзит через Каспий пока слишком высоки для бизнеса"),
                             ("Timur Akhmetzhanov", "Без новых паромов порт Курык так и останется полупустым")]


def test_the_name_before_its_verb_after_the_dash():
    """Plant: `or _RU_NAME_VERB_AFTER.match(after)` out of `_ru_dash_after` (no speaker)."""
    text = ("Рынок растет.\n\n«Торговля между нашими странами растет быстрее, чем мы ожидали», — Мирзиёев подчеркнул "
            "на встрече с бизнесом.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "Торговля между нашими странами растет быстрее, чем мы ожидали")]


def test_a_name_before_another_verb_after_the_dash_is_no_speaker():
    """Plant: `(?:{RU_VERBS})(?![\\w\\-])` -> `[а-яё]+` in `_RU_NAME_VERB_AFTER` (the speaker Tokayev, who quoted
    Aliyev's words)."""
    text = ("Рынок растет.\n\n«Торговля между нашими странами растет быстрее, чем мы ожидали», — Токаев процитировал "
            "слова Алиева на встрече.")
    assert _quotes(text) == []


# people.py: "the Kazakh minister" in Russian

def test_the_kazakh_minister_is_the_one_named_not_the_one_he_met():
    """Plant: the `_ru_minister_country` call out of `Resolver._named_minister` (no speaker: the minister named last
    is the Azerbaijani one)."""
    text = ("Рынок растет.\n\nМинистр иностранных дел Казахстана Мурат Нуртлеу встретился с Джейхуном Байрамовым. "
            "«Наши страны стали настоящими стратегическими союзниками», — сказал казахстанский министр.")
    assert _quotes(text, date(2024, 5, 1)) == [("Murat Nurtleu", "Наши страны стали настоящими стратегическими "
                                                                 "союзниками")]


def test_the_minister_of_a_country_by_its_genitive():
    """Plant: `places.codes_in(m["country"])` -> `[]` in `_ru_minister_country` (no speaker)."""
    text = ("Рынок растет.\n\nМинистр иностранных дел Казахстана Мурат Нуртлеу встретился с Джейхуном Байрамовым. "
            "«Наши страны стали настоящими стратегическими союзниками», — сказал министр Азербайджана.")
    assert _quotes(text, date(2024, 5, 1)) == [("Jeyhun Bayramov", "Наши страны стали настоящими стратегическими "
                                                                   "союзниками")]


def test_a_full_name_where_it_was_said_belongs_to_the_subject():
    """Plant: `_CYRILLIC_NAME.search(m["where"])` out of `_ru_said_that_where` (the subject read as "Посол Казахстана",
    no one, at the first preposition: no speaker)."""
    text = ("Рынок растет.\n\nПосол Казахстана в Азербайджане Болат Иманбаев на брифинге заявил, что «товарооборот "
            "вырастет вдвое уже в этом году».")
    assert _quotes(text) == [("Bolat Imanbayev", "товарооборот вырастет вдвое уже в этом году")]


def test_a_title_in_capitals_in_the_subject_before_where_it_was_said():
    """Plant: `_RU_PREPOSITION.finditer(sentence, 0, 120)` -> `(…, 0, 10)` (no preposition read: no speaker)."""
    text = ("Рынок растет.\n\nГлава МИД Казахстана Ермек Кошербаев в ходе брифинга подчеркнул, что «отношения с "
            "Азербайджаном вышли на уровень союзничества».")
    assert _quotes(text) == [("Yermek Kosherbayev", "отношения с Азербайджаном вышли на уровень союзничества")]


# quotes.py: a dash line's speaker before a gerund clause

def test_a_gerund_clause_after_the_speaker_of_a_dash_line():
    """Plant: the `_RU_GERUND_TAIL` line out of `_ru_dash_tail` (no speaker: "обращаясь к Алиеву" read)."""
    text = "Рынок растет.\n\n— Мы рассчитываем на поддержку наших братьев, — заявил Токаев, обращаясь к Алиеву."
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Мы рассчитываем на поддержку наших братьев")]


# quotes.py: the source, then whose words it passes on

def test_the_press_service_passes_on_the_words_of_the_name_after_it():
    """Plant: the `_RU_SOURCE_THEN_WORDS` branch out of `_ru_dash_after` (no speaker)."""
    text = ("Рынок растет.\n\n«Кыргызстан готов стать транзитным хабом региона», — передает пресс-служба слова Садыра "
            "Жапарова.")
    assert _quotes(text) == [("Sadyr Japarov", "Кыргызстан готов стать транзитным хабом региона")]


def test_the_words_before_the_source_stay_the_round_16_form():
    """Plant: `(?!слова\\s)[^…]{1,60}?\\s+слова` -> `(?:[^…]{1,60}?\\s+)?слова` in `_RU_SOURCE_THEN_WORDS` (the speaker
    "Shavkat Mirziyëyeva", the source read into the name)."""
    text = ("Рынок растет.\n\n«Узбекистан готов нарастить поставки текстиля и плодоовощной продукции», — приводит "
            "слова Шавката Мирзиёева пресс-служба президента.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "Узбекистан готов нарастить поставки текстиля и плодоовощной "
                                                    "продукции")]


# quotes.py: an outlet's name in quote marks between the verb and the speaker

def test_an_outlet_in_quote_marks_before_the_speaker():
    """Plant: `_ru_blank_terms` returning `after` unchanged (no speaker)."""
    text = ("Рынок растет.\n\n«Мы намерены построить новый паромный терминал в Курыке», — рассказал корреспонденту "
            "«Казинформа» аким Мангистауской области Нурлан Ногаев.")
    assert _quotes(text) == [("Nurlan Nogayev", "Мы намерены построить новый паромный терминал в Курыке")]


# quotes.py: "глава государства" before anyone spoke

def test_the_head_of_state_is_the_one_head_the_paragraph_names():
    """Plant: the `_ru_head_after` call out of `_attribute` (no speaker: Tokayev, a surname alone, is not remembered)."""
    text = ("Рынок растет.\n\nТокаев принял в Акорде Джейхуна Байрамова. «Азербайджан – наш стратегический партнер», "
            "– сказал глава государства.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Азербайджан – наш стратегический партнер")]


def test_the_head_of_state_between_two_heads_is_no_one():
    """Plant: `if len(heads) == 1 else None` -> `if heads else None` in `_ru_head_after` (one of the two; before,
    the first head remembered, Aliyev, whom the article named in full)."""
    text = ("Рынок растет.\n\nТокаев принял в Акорде Ильхама Алиева. «Азербайджан – наш стратегический партнер», – "
            "сказал глава государства.")
    assert _quotes(text) == []


# quotes.py: quoting someone before the colon

def test_quoting_someone_before_the_colon_is_not_the_subjects_words():
    """Plant: the round 18 `_RU_WORDS_OF` line out (the speaker Ilham Aliyev)."""
    text = "Рынок растет.\n\nИльхам Алиев процитировал Ататюрка: «Мир на родине – мир во всем мире»."
    assert _quotes(text) == []


# people.py: Russian titles and bodies capitalised before a name

def test_a_deputy_of_a_chamber_capitalised_is_no_part_of_the_name():
    """Plant: "депутат" and "мажилиса" out of the round 18 `_TITLE_WORDS` (both: either strips the words before it;
    the speaker "Deputat Mazhilisa Aydos Sarym")."""
    text = ("Рынок растет.\n\nДепутат Мажилиса Айдос Сарым считает, что «тюркская интеграция должна идти от "
            "экономики».")
    assert _quotes(text) == [("Aydos Sarym", "тюркская интеграция должна идти от экономики")]


def test_a_ministry_short_name_is_no_part_of_the_name():
    """Plant: "минторговли" out of the round 18 `_TITLE_WORDS` (the speaker "Mintorgovli Arman Shakkaliyev")."""
    text = ("Рынок растет.\n\n«Товарооборот вырос на 20 процентов за прошлый год», — отметил глава Минторговли "
            "Казахстана Арман Шаккалиев.")
    assert _quotes(text) == [("Arman Shakkaliyev", "Товарооборот вырос на 20 процентов за прошлый год")]


# quotes.py: "— отметил министр" before anyone spoke

def test_the_minister_is_the_one_minister_the_paragraph_before_names():
    """Plant: the `phrase == "министр"` branch out of `_ru_dash_after` (no speaker: the minister is unknown to the
    office holders table)."""
    text = ("Рынок растет.\n\nМинистр торговли и интеграции Казахстана Арман Шаккалиев провел встречу с бизнесом в "
            "Баку.\n\n«Мы открываем торговый дом в Баку уже в этом году», — отметил министр.")
    assert _quotes(text) == [("Arman Shakkaliyev", "Мы открываем торговый дом в Баку уже в этом году")]


def test_the_minister_is_no_ambassador_named_before():
    """Plant: `_title_fits(phrase, one := …, lead)` -> `(one := …) is not None` in `_ru_dash_after` (the ambassador)."""
    text = ("Рынок растет.\n\nПосол Турции в Казахстане Мехмет Севим провел встречу с бизнесом в Астане.\n\n«Мы "
            "открываем торговый дом в Баку уже в этом году», — отметил министр.")
    assert _quotes(text) == []


# quotes.py: "Глава государства" with a parenthetical aside before a colon; the imperfective past

def test_the_head_of_state_with_a_parenthetical_aside_before_the_colon():
    """Plant: the round 18 `_ru_head_subject` call out of `_subject` (no speaker: "государства" read as the verb)."""
    text = ("Рынок растет.\n\nКасым-Жомарт Токаев выступил на форуме.\n\nГлава государства, в частности, отметил: "
            "«Казахстан остается открытым для инвестиций».")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Казахстан остается открытым для инвестиций")]


def test_a_parenthetical_aside_is_read_by_the_head_subject_pattern():
    """Plant: the round 18 `_RU_HEAD_SUBJECT` redefinition out (no aside read: no speaker)."""
    text = ("Рынок растет.\n\nКасым-Жомарт Токаев выступил на форуме.\n\nГлава государства, в свою очередь, "
            "подчеркнул, что «Казахстан остается открытым для инвестиций».")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Казахстан остается открытым для инвестиций")]


def test_the_imperfective_past_of_earlier_words():
    """Plant: the `RU_VERBS += r"|отмечала|…"` line out (no speaker)."""
    text = "Рынок растет.\n\nРанее Алиев отмечал, что «Средний коридор меняет экономическую карту Евразии»."
    assert _quotes(text) == [("Ilham Aliyev", "Средний коридор меняет экономическую карту Евразии")]


# quotes.py: someone's words named after the verb

def test_someones_words_after_the_verb_are_not_the_subjects():
    """Plant: the `_RU_WORDS_AFTER` check out of `_attribute` (the speaker Erdoğan for Atatürk's words)."""
    text = ("Рынок растет.\n\n«Мир на родине – мир во всем мире», — напомнил Эрдоган слова Ататюрка.\n\n«Мир на "
            "родине – мир во всем мире, и так будет всегда», — Эрдоган напомнил слова основателя республики.")
    assert _quotes(text) == []


def test_an_outlet_in_quote_marks_where_it_was_said():
    """Plant: `_unquote_terms(…)` out of `_ru_said_that_where` (no speaker)."""
    text = ("Рынок растет.\n\nМежду тем Токаев в интервью газете «Казахстанская правда» заявил, что «интеграция "
            "тюркских стран необратима».")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "интеграция тюркских стран необратима")]


def test_a_former_holder_the_table_spells_only_in_latin_letters():
    """Plant: `(form, romanize(form))` -> `(form,)` in `_ru_former_holder` (no speaker: the table has no Cyrillic
    alias of Atambayev)."""
    text = ("Рынок растет.\n\nБывший президент Кыргызстана Алмазбек Атамбаев прибыл в Баку.\n\n«Мы заложили основу "
            "союза», – сказал бывший президент Кыргызстана.")
    assert _quotes(text) == [("Almazbek Atambayev", "Мы заложили основу союза")]


def test_the_first_president_capitalised_in_the_official_style():
    """Plant: `[Пп]ервый` -> `первый` and `[Пп]резидент` -> `президент` in `_RU_FORMER` (no speaker)."""
    text = ("Форум открылся в Астане.\n\nС приветствием выступил Нурсултан Назарбаев.\n\n«Евразия должна стать мостом "
            "между Востоком и Западом», – сказал Первый Президент Республики Казахстан.")
    assert _quotes(text) == [("Nursultan Nazarbayev", "Евразия должна стать мостом между Востоком и Западом")]
