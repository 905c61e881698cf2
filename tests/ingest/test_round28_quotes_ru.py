"""Russian quote forms of round 28 (dev/345, 351 and probes in the styles of Kazakh, Uzbek, Kyrgyz and Tajik papers,
wires and government press services), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Визит\n\n" + text, day)


# people.py: _RU_HEAD_OF_STATE, _RU_OFFICES ("глава казахстанского правительства")

def test_the_head_of_a_countrys_government_is_its_prime_minister():
    """'«…», – отметил глава казахстанского правительства.': the head of the Kazakh government is the prime minister of
    Kazakhstan on the article's date, also when his interrupted line goes on; the head of the Kazakh state is not he."""
    # plant: "правительства" dropped from _RU_HEAD_OF_STATE's offices (the quotes were lost)
    said, more = "Мы рассчитываем на рост взаимных поставок зерна", "Транзитный коридор должен заработать уже летом"
    lead = "Премьер-министр Казахстана Олжас Бектенов прибыл в Бишкек.\n\n"
    assert _quotes(lead + "«" + said + "», – отметил глава казахстанского правительства.") \
        == [("Olzhas Bektenov", said)]
    assert _quotes(lead + "«" + said + ", – подчеркнул глава казахстанского правительства. – " + more + "».") \
        == [("Olzhas Bektenov", said), ("Olzhas Bektenov", more)]
    assert _quotes(lead + "«" + said + "», – отметил глава казахстанского государства.") \
        == [("Kassym-Jomart Tokayev", said)]


# quotes.py: _RU_PRONOUN_PART (to whom "он" said a dash line)

def test_a_dash_line_he_told_a_correspondent_is_the_one_named_before():
    """'По мнению эксперта X-а, … .' then '– …, – сказал он корреспонденту Kun.uz.': "он" is the expert the paragraph
    before names (in the genitive), the addressee after the pronoun no part of the attribution; a paragraph before that
    names two people leaves "он" to no one of them."""
    # plant: the addressee group dropped from _RU_PRONOUN_PART (the line went to the minister who spoke before)
    said = "Сегодня вагон идет до Термеза почти неделю, из них три дня на станциях"
    lead = "«Мы готовы строить новую дорогу вместе», – сказал Бахтиёр Саидов.\n\n"
    line = "\n\n– " + said + ", – сказал он корреспонденту Kun.uz."
    assert _quotes(lead + "По мнению аналитика Тимура Рахимова, цель достижима." + line)[-1] \
        == ("Timur Rakhimov", said)
    assert _quotes(lead + "По мнению аналитика Тимура Рахимова, цель достижима." + line.replace(
        "корреспонденту Kun.uz", "журналистам"))[-1] == ("Timur Rakhimov", said)
    assert ("Timur Rakhimov", said) not in _quotes(
        lead + "По мнению аналитика Тимура Рахимова и Фарида Юсупова, цель достижима." + line)


# quotes.py: _ru_title_before_occasion ("— сказал глава МИД на пресс-конференции")

def test_a_title_after_the_verb_then_where_it_was_said():
    """'«…», – сказал глава узбекского внешнеполитического ведомства на совместной пресс-конференции.': the occasion
    after the title is no part of it; the title names the foreign minister of Uzbekistan. A title naming no one
    ("представитель министерства на брифинге") still gives no one."""
    # plant: the `_ru_title_before_occasion` call dropped from _attribute (the quote was lost)
    said = "Мы высоко ценим поддержку наших инициатив в Европе"
    lead = "Министр иностранных дел Узбекистана Бахтиёр Саидов встретился с коллегой.\n\n"
    assert _quotes(lead + "«" + said + "», – сказал глава узбекского внешнеполитического ведомства на совместной "
                   "пресс-конференции.") == [("Bakhtiyor Saidov", said)]
    assert _quotes(lead + "«" + said + "», – заявил глава МИД Узбекистана в ходе брифинга.") \
        == [("Bakhtiyor Saidov", said)]
    assert _quotes(lead + "«" + said + "», – сказал представитель министерства на брифинге.") == []


# people.py: _RU_OFFICE_OF ("глава правительства Казахстана")

def test_the_head_of_government_with_the_country_after_it():
    """'«…», – заявил глава правительства Таджикистана.': the country in the genitive after "head of government" names its
    prime minister; of a country the table has no prime minister for, no one."""
    # plant: "глава правительства|" dropped from _RU_OFFICE_OF (the quote was lost)
    said = "Все объекты должны быть сданы до конца года"
    lead = "Премьер-министр Таджикистана Кохир Расулзода провел совещание.\n\n"
    assert _quotes(lead + "«" + said + "», – заявил глава правительства Таджикистана.") == [("Kokhir Rasulzoda", said)]
    assert _quotes(lead + "«" + said + "», – заявил глава правительства Туркмении.") == []


# quotes.py: _RU_TITLE_BEFORE_OCCASION's end, _RU_WEB_TAIL ("журналистам." ending the line, "Kaktus.media")

def test_an_addressee_ending_the_attribution_and_a_media_web_name():
    """'– сказал глава таджикского правительства журналистам.' (the addressee last, right before the stop) and '– …, –
    сказал он в интервью Akipress.media.' (an outlet's web name ending in .media): neither is part of the speaker, and the
    dash line's words end before its attribution."""
    # plant: `(?:\s|$)` back to `\s` at the end of _RU_OCCASION_AFTER_TITLE (the first quote was lost); "|media" dropped
    # from _RU_WEB_TAIL (the attribution stayed in the dash line's words)
    said = "Мы готовы увеличить поставки электроэнергии летом"
    assert _quotes("Премьер-министр Таджикистана Кохир Расулзода провел переговоры.\n\n«" + said
                   + "», – сказал глава таджикского правительства журналистам.") == [("Kokhir Rasulzoda", said)]
    assert _quotes("Экономист Нурбек Асанов считает, что рост продолжится.\n\n– " + said
                   + ", – сказал он в интервью Akipress.media.") == [("Nurbek Asanov", said)]


# quotes.py: _ru_according_opening_paragraph ("По его словам, «…»" opening a paragraph)

def test_his_words_opening_a_paragraph_are_the_one_the_paragraph_before_names():
    """'Вице-премьер X Y прибыл в Баку.' then 'По его словам, «…».': "his words" are X Y's, as "— сказал он" under that
    paragraph would be; a paragraph before naming two people gives no one."""
    # plant: the `_ru_according_opening_paragraph` call dropped from _round12_local (the quote was lost)
    said = "торговля должна вырасти в полтора раза за три года"
    assert _quotes("Вице-премьер Кыргызстана Данияр Амангельдиев прибыл в Баку.\n\nПо его словам, «" + said + "».") \
        == [("Daniyar Amangeldiyev", said)]
    assert _quotes("Вице-премьер Кыргызстана Данияр Амангельдиев и министр Тимур Рахимов прибыли в Баку.\n\n"
                   "По его словам, «" + said + "».") == []


# people.py: _RU_PREMIER_WORDS ("председатель кабмина"); quotes.py: _RU_AFTER_VERB_BARE_HEAD (the lead read for it)

def test_the_chairman_of_the_cabinet_after_the_verb_is_the_head_of_government_named_before():
    """'Председатель Кабинета министров Кыргызстана X Y посетил Ташкент.' then '«…», – сказал председатель кабмина на
    брифинге.': Kyrgyzstan's head of government the lead named, also with where he said it after the title; when the
    lead named a minister, the title is not he."""
    # plant: "председатель кабмина" dropped from _RU_PREMIER_WORDS (the quote was lost)
    # plant: the `_RU_AFTER_VERB_BARE_HEAD` branch dropped from find_quotes (the lead not read: the quote was lost)
    said = "Мы откроем новый пограничный пункт уже весной"
    lead = "Председатель Кабинета министров Кыргызстана Адылбек Касымалиев посетил Ташкент.\n\n"
    assert _quotes(lead + "«" + said + "», – сказал председатель кабмина на брифинге.") \
        == [("Adylbek Kasymaliyev", said)]
    assert _quotes(lead + "«" + said + "», – сказал председатель кабмина.") == [("Adylbek Kasymaliyev", said)]
    assert _quotes("Министр экономики Кыргызстана Данияр Амангельдиев посетил Ташкент.\n\n«" + said
                   + "», – сказал председатель кабмина на брифинге.") == []


# quotes.py: _ru_interrupted_anaphor_lead, _ru_interrupting_occupation («…, – считает эксперт. – …»)

def test_a_pronoun_or_occupation_interrupting_a_quote_is_the_one_the_lead_names():
    """'Экономист X Y прокомментировал данные.' then '«…, – считает эксперт. – …»' or '«…, – сказал он. – …»': both parts
    are X Y's, as for a dash line so attributed; an office holder in the lead is no "expert", and a lead naming two
    people gives "он" no one."""
    # plant: the `_ru_interrupted_anaphor_lead` call dropped from find_quotes (both quotes lost)
    # plant: the `_ru_interrupting_occupation` fallback dropped from _ru_interrupted (the "эксперт" quotes lost)
    first, second = "Рост торговли во многом связан с реэкспортом", "Без него цифры были бы гораздо скромнее"
    quote = "\n\n«" + first + ", – {}. – " + second + "»."
    lead = "Экономист Бекзод Турсунов прокомментировал данные."
    assert _quotes(lead + quote.format("считает эксперт")) == [("Bekzod Tursunov", first), ("Bekzod Tursunov", second)]
    assert _quotes(lead + quote.format("сказал он")) == [("Bekzod Tursunov", first), ("Bekzod Tursunov", second)]
    assert _quotes("Президент Узбекистана Шавкат Мирзиёев прокомментировал данные." + quote.format("считает эксперт")) == []
    assert _quotes("Экономист Бекзод Турсунов и аналитик Тимур Рахимов прокомментировали данные."
                   + quote.format("сказал он")) == []
