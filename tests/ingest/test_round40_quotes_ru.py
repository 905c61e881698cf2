"""Round 40 (Russian quotes): "— сказал он Радио Азаттык." (the outlet after the pronoun is no speaker), a place before
the name in the paragraph a pronoun reads ("Мэр Трабзона X Y", "из Ак-Суу X Y"), more occupations capitalised
before a name ("Энергетик X Y"), "По словам <a long title> X Y," and a gerund's clause between the verb and the
speaker ("— сказал, открывая форум, X Y."), and an oblique name or place after a preposition before a full name
("с Нурланом Ахметовым Серик Иманов", "в Анталье X Y"), and a body's Latin name after a title ("глава Nazarbayev
University") read as no person."""
from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2026, 5, 20)
_LEAD = "Бишкек. Торговля между странами растет.\n\n"
_WORDS = "Без ночных смен на таможне мы теряем по два дня на каждой фуре"


# 1. an outlet in the dative after "сказал он", no quote marks round it
def test_ru_outlet_after_pronoun_is_no_speaker():
    text = _LEAD + ("Кыргызский экономист Бакыт Осмонов считает, что рост замедлится.\n\n"
                    f"«{_WORDS}», – сказал он Радио Азаттык.")
    # plant: the `continue` on _RU_PRONOUN_THEN_ADDRESSEE dropped from quotes' speaker loop ("Radio Azattyk" came out)
    assert quotes(text, DAY) == [("Bakyt Osmonov", _WORDS)]


def test_ru_word_opening_with_on_after_verb_is_no_pronoun():
    text = _LEAD + ("Кыргызский экономист Бакыт Осмонов считает, что рост замедлится.\n\n"
                    f"«{_WORDS}», – сказал онлайн-изданию Нурлан Жумабеков.")
    # plant: _RU_PRONOUN_THEN_ADDRESSEE made r"^он" (the speaker skipped for a pronoun that is none: nothing came out)
    assert quotes(text, DAY) == [("Nurlan Zhumabekov", _WORDS)]


# 2. a place before the name of the paragraph a pronoun reads
def test_ru_mayor_of_a_city_in_the_genitive_before_the_name():
    text = _LEAD + ("Мэр Трабзона Мурат Озтюрк назвал оба города «воротами шелкового пути». Стороны подписали протокол.\n\n"
                    f"«{_WORDS}», – отметил он.")
    # plant: the _ru_named_before_name line dropped from quotes._ru_one_named ("Trabzona Murat" came out)
    assert quotes(text, DAY)[-1] == ("Murat Oztyurk", _WORDS)


def test_ru_hyphenated_town_after_iz_before_the_name():
    text = _LEAD + ("Владелец пекарни из Ак-Суу Эрлан Токтосунов рассказал «Вечерке», что мука подорожала.\n\n"
                    f"– {_WORDS}, – говорит он.")
    # plant: the _ru_named_before_name line dropped from quotes._ru_one_named ("Ak-Suu Erlan Toktosunov" came out)
    assert quotes(text, DAY) == [("Erlan Toktosunov", _WORDS)]


def test_ru_two_people_after_places_are_nobody():
    text = _LEAD + ("Мэр Трабзона Мурат Озтюрк и аким Тараза Ерлан Сыдыков подписали протокол.\n\n"
                    f"«{_WORDS}», – отметил он.")
    # plant: `len(people) == 1` made `len(people) >= 1` in quotes._ru_one_named ("Murat Oztyurk" came out)
    assert quotes(text, DAY) == []


# 3. an occupation capitalised at a paragraph's start
def test_ru_power_engineer_opening_a_paragraph_is_no_name():
    text = _LEAD + ("Энергетик Данияр Асанов считает, что тарифы придется пересмотреть.\n\n"
                    f"«{_WORDS}», – сказал он «Вечернему Бишкеку».")
    # plant: "энергетик" dropped from people._TITLE_WORDS' round-40 words ("Energetik Daniyar Asanov" came out)
    assert quotes(text, DAY) == [("Daniyar Asanov", _WORDS)]


# 4. "По словам <a department head's long title> X Y," in the genitive
def test_ru_according_to_a_long_title_names_the_nominative():
    text = _LEAD + ("По словам заместителя руководителя управления сельского хозяйства и ветеринарии Чуйской области "
                    "Айбека Сатыбалдиева, поставки вырастут вдвое.\n\n"
                    f"«{_WORDS}», – сказал он газете «Слово».")
    # plant: RU_ACCORDING's {1,130} made {1,60} again ("Aybeka Satybaldiyeva" came out)
    assert quotes(text, DAY) == [("Aybek Satybaldiyev", _WORDS)]


# 5. a gerund's clause between the verb and the speaker
def test_ru_gerund_clause_before_the_speaker_in_quote_marks():
    text = _LEAD + f"«{_WORDS}», – заявил, выступая на брифинге, Канат Абдрахманов."
    # plant: (AFTER_VERB_GERUND_SPEAKER_RU, "said-after") dropped from quotes' speaker loop -> no quote
    assert quotes(text, DAY) == [("Kanat Abdrakhmanov", _WORDS)]


def test_ru_gerund_clause_before_the_speaker_in_a_dash_line():
    text = _LEAD + f"Форум открылся в Анталье.\n\n– {_WORDS}, – сказал, открывая форум, Канат Абдрахманов."
    # plant: the _RU_VERB_THEN_GERUND line dropped from quotes._ru_dash_tail -> no quote
    assert quotes(text, DAY) == [("Kanat Abdrakhmanov", _WORDS)]


# 6. an oblique name or place after a preposition before a full name (docs' Known gaps)
def test_ru_instrumental_name_after_s_before_the_speaker():
    text = _LEAD + f"Во время переговоров с Бакытом Осмоновым Данияр Асанов сказал: «{_WORDS}»."
    # plant: the ru_without_oblique_before_name line dropped from people._unlisted_names
    # ("Bakytom Osmonovym …" came out)
    assert quotes(text, DAY) == [("Daniyar Asanov", _WORDS)]


def test_ru_prepositional_city_before_the_name_a_pronoun_reads():
    text = _LEAD + ("Владелец кафе в Мерсине Огуз Каплан рассказал «Вечерке» о спросе на мясо.\n\n"
                    f"– {_WORDS}, – говорит он.")
    # plant: the ru_without_oblique_before_name line dropped from quotes._ru_one_named ("Mersine Oguz Kaplan" came out)
    assert quotes(text, DAY) == [("Oguz Kaplan", _WORDS)]


# 7. a body's Latin name after a Russian title (docs' Known gaps: "— сказал глава Nazarbayev University.")
def test_ru_university_named_after_a_president_is_no_speaker():
    text = _LEAD + f"«{_WORDS}», – сказал ректор Nazarbayev University Бахыт Омаров."
    # plant: _ru_without_latin_body's call dropped from quotes' speaker loop ("Nursultan Nazarbayev" came out)
    assert quotes(text, DAY) == [("Bakhyt Omarov", _WORDS)]


def test_ru_university_alone_is_no_office_holder():
    text = _LEAD + f"«{_WORDS}», – сказал глава Nazarbayev University."
    # plant: _ru_without_latin_body's call dropped from quotes' speaker loop ("Nursultan Nazarbayev" came out)
    assert quotes(text, DAY) == []
