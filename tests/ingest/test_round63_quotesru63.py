"""Sixty-third round, Russian quotes (docs/extraction.md: quotes.py, people.py): the forms behind the dev/1040 and 1047
misses, told in short invented sentences: a city's or region's head by title and place after his words ("— сказал мэр
X.", in marks and in a dash line split by its attribution), a Turkish name's two given names after an instrumental
title, a bare "Глава области" as a partial quote's subject, a naming gerund closing the subject's sentence ("…, назвав
его «…»"), and where ("в кулуарах") between a long title's name and its verb. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 22)


def test_a_mayor_by_title_and_city_after_a_dash_line_is_the_one_so_titled():
    # plant: the _ru_place_head_named_before calls dropped from _ru_interrupted and the dash line's parts loop
    text = ("Аким встретился с губернатором и мэром Бурсы Мустафой Бозбеем.\n\n— Наши фабрики готовы работать рядом "
            "с вашими полями, — заявил мэр Бурсы. — Это выгодно обеим сторонам нашего сотрудничества.")
    assert proposed.quotes(text, DAY) == [
        ("Mustafa Bozbey", "Наши фабрики готовы работать рядом с вашими полями"),
        ("Mustafa Bozbey", "Это выгодно обеим сторонам нашего сотрудничества.")]
    # each path alone (the line above is read by either): a dash line with one attribution (the dash line's parts
    # loop), and the same split inside marks (_ru_interrupted)
    lead = "Аким встретился с губернатором и мэром Бурсы Мустафой Бозбеем.\n\n"
    one = lead + "— Наши фабрики готовы работать рядом с вашими полями, — заявил мэр Бурсы."
    assert proposed.quotes(one, DAY) == [("Mustafa Bozbey", "Наши фабрики готовы работать рядом с вашими полями")]
    marks = (lead + "«Наши фабрики готовы работать рядом с вашими полями, — заявил мэр Бурсы. — Это выгодно обеим "
             "сторонам нашего сотрудничества».")
    assert proposed.quotes(marks, DAY) == [
        ("Mustafa Bozbey", "Наши фабрики готовы работать рядом с вашими полями"),
        ("Mustafa Bozbey", "Это выгодно обеим сторонам нашего сотрудничества")]
    # a mayor the text never titled so gives no one
    unnamed = ("Делегация прибыла в Анкару.\n\n«Мы откроем в Ташкенте дом турецкой торговли уже этой осенью», "
               "— сказал мэр Анкары.")
    assert proposed.quotes(unnamed, DAY) == []


def test_a_mayor_by_title_and_city_after_a_quote_in_marks():
    # plant: the _ru_place_head_named_before call dropped after _ru_title_before_occasion in the said-after loop
    text = ("Хоким встретился с мэром Анкары Мансуром Явашем.\n\n«Мы откроем в Ташкенте дом турецкой торговли уже "
            "этой осенью», — сказал мэр Анкары.")
    assert proposed.quotes(text, DAY) == [("Mansur Yavash", "Мы откроем в Ташкенте дом турецкой торговли уже этой "
                                                            "осенью")]


def test_a_region_head_by_title_and_region_is_the_one_titled_so_of_two_governors():
    # plant: _ru_place_head_named_before's fallback to the one name of that title word dropped
    text = ("Делегацию во главе с акимом Дарханом Сатыбалды встретил губернатор Коньи Вахдеттин Озкан.\n\n«Мы "
            "привезли домой подписанные контракты и новые планы», — подытожил аким Туркестанской области.")
    assert proposed.quotes(text, DAY) == [("Darkhan Satybaldy", "Мы привезли домой подписанные контракты и новые "
                                                                "планы")]


def test_a_first_given_name_in_the_instrumental_before_two_more_words_is_the_names():
    # plant: _RU_INSTRUMENTAL_GIVEN_BEFORE's search dropped from people._ru_titled_name
    text = ("Хоким встретился с губернатором провинции и мэром Денизли Мехметом Али Озтюрком.\n\n«Мы готовы "
            "открыть здесь представительство нашей палаты», — сказал мэр Денизли.")
    assert proposed.quotes(text, DAY) == [("Mekhmet Ali Oztyurk", "Мы готовы открыть здесь представительство нашей "
                                                                  "палаты")]
    # a two-word name after the title stays two words
    two = ("Хоким встретился с мэром Денизли Бюлентом Чавушоглу.\n\n«Мы готовы открыть здесь представительство "
           "нашей палаты», — сказал мэр Денизли.")
    assert proposed.quotes(two, DAY) == [("Byulent Chavushoglu", "Мы готовы открыть здесь представительство нашей "
                                                                 "палаты")]


def test_a_bare_head_of_the_region_as_a_partial_quotes_subject():
    # plant: the _RU_BARE_REGION_HEAD_SUBJECT step dropped from _subject_partial
    text = ("Делегацию возглавил аким Туркестанской области Дархан Сатыбалды. Глава области пообещал «создать для "
            "инвесторов самые удобные условия» и уехал.")
    assert proposed.quotes(text, DAY) == [("Darkhan Satybaldy", "создать для инвесторов самые удобные условия")]
    # a partial quote of fewer than four words stays no quote
    short = ("Делегацию возглавил аким Туркестанской области Дархан Сатыбалды. Глава области пообещал «удобные "
             "условия» и уехал.")
    assert proposed.quotes(short, DAY) == []


def test_a_naming_gerund_closing_the_subjects_sentence():
    # plant: the _RU_NAMING_GERUND_END step dropped from _subject_partial
    text = ("Министр иностранных дел Казахстана Ермек Кошербаев проинформировал коллег о ходе переговоров, "
            "назвав их «важным шагом для всего региона».")
    assert proposed.quotes(text, DAY) == [("Yermek Kosherbayev", "важным шагом для всего региона")]
    described = ("Президент Казахстана Касым-Жомарт Токаев упомянул итоги саммита, охарактеризовав его как «самый "
                 "продуктивный за многие годы».")
    assert proposed.quotes(described, DAY) == [("Kassym-Jomart Tokayev", "самый продуктивный за многие годы")]
    # another's speech before the gerund leaves it unattributed
    other = ("Министр Ермек Кошербаев рассказал, что Токаев назвал саммит, назвав его «важным шагом для всего "
             "региона».")
    assert proposed.quotes(other, DAY) == []


def test_where_between_a_long_titles_name_and_the_reporting_verb():
    # plant: the "(?:в|во|на) word" alternative dropped from _RU_TITLED_SUBJECT
    text = ("Министр торговли и интеграции Казахстана Арман Шаккалиев в кулуарах сообщил журналистам, что страна "
            "«намерена удвоить поставки зерна в регион».")
    assert proposed.quotes(text, DAY) == [("Arman Shakkaliyev", "намерена удвоить поставки зерна в регион")]
    briefing = ("Министр иностранных дел и внешнеэкономических связей Венгрии Петер Сийярто на брифинге заявил, что "
                "Будапешт «видит будущее в сотрудничестве с тюркским миром».")
    assert proposed.quotes(briefing, DAY) == [("Péter Szijjártó", "видит будущее в сотрудничестве с тюркским миром")]
