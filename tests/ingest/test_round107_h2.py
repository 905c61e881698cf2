"""Round 107, h2 (docs/extraction.md: people.py, quotes.py, figures.py, visits.py, places.py): a railwayman's trade
opening a Russian sentence ("Машинист X Y, который …, говорит, что путь «…»") is no word of his name
(people._TITLE_WORDS); a company's name in quote marks right before a man's name declined by its sentence ("во главе с
председателем концерна «…» X-ом Y-ым"), read into one run once the quoted term's marks are read away, keeps its own
ending while the name takes the case, so it is cut (people._ru_undeclined_before_name in people._ru_name_shaped). "Ему
вторит X Y, …: «…»", one echoing the speaker before, is X Y's, the aside after his name no part of it
(quotes._RU_LABEL_VERB_FIRST's `echo`, read by quotes._ru_label_paragraph). A figure of an older year told after the
newer one in a further clause, its source in an aside and a range for its amount ("…, а в 2024 году, по данным разных
ведомств, он находился в пределах от 470 до 490 млн долларов"), is that year's, the range's lower end "over"
(figures._CLAUSE_VERB in figures._clause_period). A Russian arrival "в тот же день" is of the day the sentence before
tells (visits._THAT_SAME_DAY in visits._day_of_that_same_day_before); "приезжал" (came, there and back) is a visit word
(visits._LOCAL_VISIT); a bare full name in a "куда" clause after the place and day, titled earlier in the article, is
the visitor (visits._after_where_to in visits._full_name_told_before); the Bolashak railway crossing is a Kazakh place
(places.CITIES).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 15)
HEAD = "Новый терминал открылся на границе\n\n"
LEAD = "Во вторник, 13 октября, в порту Актау открылся новый паромный терминал.\n\n"
DRIVER = ("Машинист Нурлан Касымов, который привел первый состав, говорит, что терминал «работает как швейцарские "
          "часы».\n")
CLOCK = "работает как швейцарские часы"


# plant: "машинист" taken out of people._TITLE_WORDS
def test_an_engine_driver_by_his_trade():
    assert proposed.quotes(HEAD + LEAD + DRIVER, DAY) == [("Nurlan Kasymov", CLOCK)]
    # the near form: a surname that begins with the trade's word is his name whole
    assert proposed.quotes(HEAD + LEAD + DRIVER.replace("Машинист Нурлан Касымов", "Нурлан Машинистов"), DAY) == [
        ("Nurlan Mashinistov", CLOCK)]


DELEGATION = ("В порт прибыла делегация во главе с председателем концерна «Туркменхимия» Батыром Аманниязовым. "
              "Казахстанскую сторону представлял вице-президент АО «НК «Актауский морской порт» Ерлан Сапаров.\n\n"
              "«Мы открываем новую страницу сотрудничества двух стран», – сказал Батыр Аманниязов.\n")
PAGE = "Мы открываем новую страницу сотрудничества двух стран"


# plant: the "read[0] == words[0]" condition taken out of people._ru_undeclined_before_name (the near form's)
# plant: the _ru_undeclined_before_name branch taken out of people._ru_name_shaped (the first assertion's)
def test_a_company_in_quote_marks_before_a_declined_name():
    assert proposed.quotes(HEAD + DELEGATION, DAY) == [("Batyr Amanniyazov", PAGE)]
    # the near form: a first word declined with the name (a given name, patronymic and surname) is his name's
    assert proposed.quotes(HEAD + DELEGATION.replace("концерна «Туркменхимия» Батыром Аманниязовым",
                                                     "концерна Батыром Ильичом Аманниязовым").replace(
        "сказал Батыр Аманниязов", "сказал Батыр Ильич Аманниязов"), DAY) == [("Batyr Ilich Amanniyazov", PAGE)]


ECHO = ("«Очереди на границе исчезли за одну неделю», – рассказал экспедитор Айдар Жумагалиев.\n\n"
        "Ему вторит фермер из Туркестана Марат Оспанов, отправляющий в Баку хлопок: «Теперь груз доходит за три "
        "дня».\n")
QUEUES = ("Aydar Zhumagaliyev", "Очереди на границе исчезли за одну неделю")


# plant: the "(?:Ему|Ей|Им)\s+втор…" alternative taken out of quotes._RU_LABEL_VERB_FIRST
def test_one_echoing_the_speaker_before():
    assert proposed.quotes(HEAD + LEAD + ECHO, DAY) == [QUEUES, ("Marat Ospanov", "Теперь груз доходит за три дня")]
    # the near form: what echoes him is no person, so the words are no one's
    assert proposed.quotes(HEAD + LEAD + ECHO.replace(
        "фермер из Туркестана Марат Оспанов, отправляющий в Баку хлопок", "статистика таможни"), DAY) == [QUEUES]


TRADE = ("Товарооборот Казахстана и Туркменистана в январе – сентябре 2026 года составил 410,5 млн долларов. "
         "В 2025 году он превысил 560 млн долларов, а в 2023 году, по данным таможенных служб, он находился в пределах "
         "от 380 до 420 млн долларов.\n")
KAZ_TKM = proposed.pair("Kazakhstan", "Turkmenistan")
RANGE_2023 = (KAZ_TKM, "2023", "turnover", 380.0, "over", "")


# plant: "|находил(?:ся|ась)" taken out of figures._CLAUSE_VERB
def test_an_older_year_within_a_range_after_the_newer():
    assert RANGE_2023 in proposed.trade(HEAD + TRADE, DAY)
    # the near form: a range forecast for a later year is no figure
    assert [f for f in proposed.trade(HEAD + TRADE.replace(
        "а в 2023 году, по данным таможенных служб, он находился в пределах от 380 до 420",
        "а в 2027 году, по прогнозам таможенных служб, он окажется в пределах от 600 до 650"), DAY)
        if f[1] in ("2023", "2027")] == []


# plant: the "(?:в\s+пределах\s+)?от" alternative taken out of figures._CLAUSE_VERB
def test_a_range_of_the_older_year_told_by_its_verb():
    assert RANGE_2023 in proposed.trade(HEAD + TRADE.replace("он находился в пределах от", "он составил от"), DAY)
    # the near form: "от" of a change ("вырос от … до …" is no clause verb's) gives no figure of that year
    assert [f for f in proposed.trade(HEAD + TRADE.replace("он находился в пределах от 380 до 420",
                                                           "он вырос до 420"), DAY) if f[1] == "2023"] == []


# plant: the "по данным" aside taken out of figures._CLAUSE_VERB
def test_the_source_told_in_an_aside_after_the_older_year():
    assert (KAZ_TKM, "2023", "turnover", 395.0, "exact", "") in proposed.trade(HEAD + TRADE.replace(
        "он находился в пределах от 380 до 420", "он составил 395"), DAY)
    # the near form: no verb of amounting after the aside, no figure of that year
    assert [f for f in proposed.trade(HEAD + TRADE.replace("он находился в пределах от 380 до 420",
                                                           "экспорт зерна составил 395"), DAY) if f[1] == "2023"] == []


CROSSING = ("Переход Болашак снова открыт для поездов.\n\n8 октября на станцию Болашак прибыла туркменская делегация "
            "во главе с министром железнодорожного транспорта Туркменистана Батыром Аманниязовым.\n")


# plant: "Bolashak" taken out of places.CITIES["KAZ"] and "Болашак" out of places.CITY_SPELLINGS
def test_a_delegation_at_the_bolashak_crossing():
    assert proposed.visits(HEAD + CROSSING, DAY) == [
        ("Batyr Amanniyazov", "Kazakhstan", "2026-10-08", "Bolashak", "other")]
    # the near form: a Kazakh delegation there is at home, no visit
    assert proposed.visits(HEAD + CROSSING.replace("туркменская", "казахстанская").replace("Туркменистана",
                                                                                           "Казахстана"), DAY) == []


SAME_DAY = ("Торжественная церемония прошла во вторник, 13 октября. В Актау в тот же день прибыла туркменская "
            "делегация во главе с министром железнодорожного транспорта Туркменистана Батыром Аманниязовым.\n")


# plant: the "в тот же день" alternative taken out of visits._THAT_SAME_DAY
def test_a_delegation_that_came_the_same_day():
    assert proposed.visits(HEAD + SAME_DAY, DAY) == [
        ("Batyr Amanniyazov", "Kazakhstan", "2026-10-13", "Aktau", "other")]
    # the near form: "the next day" is no day the sentence before tells
    assert proposed.visits(HEAD + SAME_DAY.replace("в тот же день", "на следующий день"), DAY) == []


CAME = ("Министр транспорта Казахстана Ерлан Сапаров приезжал в Ашхабад 18 июня для переговоров с туркменскими "
        "коллегами.\n")


# plant: "|\bприезжал\w*" taken out of visits._LOCAL_VISIT
def test_he_came_there_and_back():
    assert proposed.visits(HEAD + CAME, DAY) == [("Yerlan Saparov", "Turkmenistan", "2026-06-18", "Ashgabat", "other")]
    # the near form: the present "приезжает" tells a trip to come, no visit
    assert proposed.visits(HEAD + CAME.replace("приезжал в Ашхабад 18 июня", "приезжает в Ашхабад 18 ноября"),
                           DAY) == []


WHERE_TO = ("Казахстанскую сторону представлял вице-президент АО «Казахстан темир жолы» Ерлан Сапаров.\n\n"
            "График работ согласовали в Ашхабаде 18 июня, куда Ерлан Сапаров приезжал для переговоров; тогда стороны "
            "подписали дорожную карту.\n")


# plant: _full_name_told_before's _CLAUSE_NAME searched in `subject` again, not in _after_where_to(subject)
def test_a_name_titled_before_in_a_clause_of_where_to():
    assert proposed.visits(HEAD + WHERE_TO, DAY) == [
        ("Yerlan Saparov", "Turkmenistan", "2026-06-18", "Ashgabat", "other")]
    assert proposed.documents(HEAD + WHERE_TO, DAY) == ["1"]
    # the near form: a name the article never titled has no state, so no visit abroad
    assert proposed.visits(HEAD + WHERE_TO.split("\n\n", 1)[1], DAY) == []
