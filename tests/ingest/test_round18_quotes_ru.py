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
    """Plant: `len(named) == 1` -> `len(named) >= 0` with every past holder taken (the speaker a past president the
    article never named)."""
    text = ("Форум открылся в Астане.\n\n«Евразия должна стать мостом между Востоком и Западом», – сказал бывший "
            "президент Кыргызстана.")
    assert _quotes(text) == []


# quotes.py: a head of a body by the body's name after the quote

def test_the_speaker_of_a_chamber_is_the_head_of_it_named_before():
    """Plant: the `_ru_body_head` call out of `_ru_titled_after` (no speaker)."""
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
    """Plant: `_RU_SOFT_TITLES = ()` (Gafarova unknown: no speaker)."""
    text = ("Делегация прибыла в Баку.\n\nВ тот же день прошли переговоры с председателем Милли Меджлиса Сахибой "
            "Гафаровой. Гафарова назвала встречу «новой страницей в отношениях парламентов двух стран».")
    assert _quotes(text) == [("Sakhiba Gafarova", "новой страницей в отношениях парламентов двух стран")]


def test_a_deputy_in_the_instrumental_is_remembered_too():
    """Plant: "заместител" out of `_RU_SOFT_TITLES` (no speaker)."""
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
    """Plant: `_TITLE_WORDS |= …RU_OPENING_ADVERBS` out of people.py (the speaker "Zatem Aydarkhan Kusainov")."""
    text = ("Рынок растет.\n\nЗатем Айдархан Кусаинов посетил порт Курык.\n\n— Порт загружен только наполовину, и "
            "это главная проблема, — сказал он.")
    assert _quotes(text) == [("Aydarkhan Kusainov", "Порт загружен только наполовину, и это главная проблема")]


# quotes.py: where it was said between the subject and a "что" verb

def test_an_outlet_between_the_subject_and_its_that_verb():
    """Plant: the `_ru_said_that_where` call out of `_attribute` (no speaker)."""
    text = ("Рынок растет.\n\nЭкономист Айдархан Кусаинов в комментарии Kursiv.media отметил, что «без снижения "
            "тарифов на Каспии цель останется на бумаге».")
    assert _quotes(text) == [("Aydarkhan Kusainov", "без снижения тарифов на Каспии цель останется на бумаге")]


def test_a_that_clause_naming_someone_else_gives_no_speaker():
    """Plant: `_plain_object(m["rest"], …)` out of `_ru_said_that_where` (the speaker Kusainov for Tokayev's words)."""
    text = ("Рынок растет.\n\nЭкономист Айдархан Кусаинов в комментарии Kursiv.media отметил, что Касым-Жомарт Токаев "
            "назвал маршрут «главным проектом десятилетия для всей страны».")
    assert _quotes(text) == []
