"""Sixty-first round, Russian quotes (docs/extraction.md: quotes.py, people.py): the forms behind the dev/1014, 1019
and 1024 misses, told in short invented sentences: an outlet's web name in a quote's interrupting attribution, a bare
"замминистра" after "По словам", a bare "аким" after a deputy minister's words, a feminine pronoun in the sentence
before "Он назвал …", a subjectless "И добавил:" after a quote, and "— признался он.". Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)


def test_a_web_name_in_the_interrupting_attribution():
    # plant: the web name's dot alternative dropped from quotes.RU_INTERRUPTION
    text = ("Экспорт растёт. «Спрос на зерно держится высоким, — сказал Kapital.kz аналитик Марат Жумабеков. — Но "
            "цены на фрахт пока мешают».")
    assert proposed.quotes(text, DAY) == [("Marat Zhumabekov", "Спрос на зерно держится высоким"),
                                          ("Marat Zhumabekov", "Но цены на фрахт пока мешают")]
    # the attribution with no outlet reads as before
    plain = ("Экспорт растёт. «Спрос на зерно держится высоким, — сказал аналитик Марат Жумабеков. — Но цены на "
             "фрахт пока мешают».")
    assert proposed.quotes(plain, DAY) == proposed.quotes(text, DAY)


def test_a_bare_deputy_minister_after_according_to():
    # plant: "замминистр" dropped from people._DEPUTY_MINISTER_WORDS
    text = ("Аким встретился с заместителем министра энергетики Туркменистана Бегенчем Атаевым. Стороны обсудили "
            "газ.\n\nПо словам замминистра, сторона готова «увеличить поставки газа в ближайшие годы».")
    assert proposed.quotes(text, DAY) == [("Begench Atayev", "увеличить поставки газа в ближайшие годы")]
    # the vice minister's title in the instrumental is a deputy minister's too
    vice = text.replace("заместителем министра", "вице-министром")
    assert proposed.quotes(vice, DAY) == [("Begench Atayev", "увеличить поставки газа в ближайшие годы")]


def test_a_bare_akim_after_a_deputy_ministers_words():
    # plant: the ru_one_region_head_named call dropped from the dash line's attribution in quotes
    text = ("Делегация во главе с хокимом Ферганской области Хайрулло Бозоровым прибыла в Ош. Её принял заместитель "
            "министра экономики Кыргызстана Эрлан Токтогулов.\n\n«Мы открыты к новым поставкам текстиля», — сказал "
            "замминистра.\n\n— Наши рынки давно связаны и должны работать вместе, — отметил хоким.")
    assert proposed.quotes(text, DAY) == [("Erlan Toktogulov", "Мы открыты к новым поставкам текстиля"),
                                          ("Khayrullo Bozorov", "Наши рынки давно связаны и должны работать вместе")]


def test_a_feminine_pronoun_before_he_called():
    # plant: _ru_he_antecedent's _ru_masculine_pronoun_in back to any _RU_PRONOUN_WORD
    text = ("Делегация прибыла в Ош, где её принял мэр города Тайырбек Сарпашев. Он назвал Измир «важнейшим "
            "партнёром по торговле и туризму».")
    assert proposed.quotes(text, DAY) == [("Tayyrbek Sarpashev", "важнейшим партнёром по торговле и туризму")]
    # "его" before the name may be another man's: whom "он" means is not told
    his = text.replace("где её принял", "где его принял")
    assert proposed.quotes(his, DAY) == []


def test_and_added_colon_after_a_quote():
    # plant: the RU_AND_VERB_COLON branch dropped from quotes._round13_local
    text = ("Премьер-министр Олжас Бектенов прибыл в Анкару. «Мы видим большой интерес к нашим проектам», — сказал "
            "Бектенов. А затем добавил: «Торговля должна расти быстрее, чем раньше, и мы этого добьёмся».")
    assert proposed.quotes(text, DAY) == [
        ("Olzhas Bektenov", "Мы видим большой интерес к нашим проектам"),
        ("Olzhas Bektenov", "Торговля должна расти быстрее, чем раньше, и мы этого добьёмся")]
    # with no quote before, "И добавил:" names no one
    alone = ("Премьер-министр Олжас Бектенов прибыл в Анкару. И добавил: «Торговля должна расти быстрее, чем раньше, "
             "и мы этого добьёмся».")
    assert proposed.quotes(alone, DAY) == []


def test_confessed_he_after_a_businessman_named():
    # plant: "призналась|признался" dropped from quotes.RU_VERBS
    text = ("Министр Омер Болат выступил.\n\n— Мы хотим, чтобы компаний стало больше, — сказал министр.\n\n"
            "Директор фабрики «Ала-Тоо» Бакыт Исаков рассказал о заказах.\n\n"
            "— Заказы есть, но не хватает рейсов и складов, — признался он.")
    got = proposed.quotes(text, DAY)
    assert ("Bakyt Isakov", "Заказы есть, но не хватает рейсов и складов") in got
    # the minister's line stays his
    assert ("Omer Bolat", "Мы хотим, чтобы компаний стало больше") in got
