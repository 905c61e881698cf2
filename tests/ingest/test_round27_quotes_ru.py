"""Russian quote forms of round 27 (dev/321, 327, 333, 339 and probes in the styles of Kazakh, Uzbek and Russian papers,
wires and presidential press services), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Визит\n\n" + text, day)


# people.py: RU_OPENING_ADVERBS (a time of day opening the sentence)

def test_a_time_of_day_opening_the_sentence_is_no_given_name():
    """'Вечером X-а принял Y. «…», – сказал он': "Вечером" (in the evening) is no first name of the accusative after it;
    the one the sentence names in the nominative, the host, speaks."""
    # plant: "Вечером" dropped from RU_OPENING_ADVERBS (the speaker became "Vecherom Mirziyoyeva")
    said = "Наши народы связывает многовековая дружба и доверие"
    lead = "Президент Узбекистана Шавкат Мирзиёев прибыл в Баку.\n\n"
    assert _quotes(lead + "Вечером Мирзиёева принял президент Азербайджана Ильхам Алиев. «" + said
                   + "», – сказал он гостю.") == [("Ilham Aliyev", said)]
    assert _quotes(lead + "Утром Мирзиёев посетил технопарк. «" + said + "», – сказал он журналистам.") \
        == [("Shavkat Mirziyoyev", said)]


# quotes.py: _ru_according_antecedent ("По словам X-а, … . «…», — подчеркнул он.")

def test_according_to_a_genitive_name_makes_him_the_one_he_means():
    """'По словам Мирзиёева, … . «…», – подчеркнул он.': the sentence reports his speech, "он" is he, not the one who spoke
    before; a sentence after it that names another (a surname alone) leaves "он" to the text's other rules."""
    # plant: the `_ru_according_antecedent(before, resolver)` call dropped (the quote went to Ilham Aliyev)
    said = "Мы заинтересованы в быстрой и дешевой перевозке грузов"
    lead = ("Президент Узбекистана Шавкат Мирзиёев прибыл в Баку.\n\n«Переговоры прошли открыто и очень содержательно», "
            "– сказал Ильхам Алиев.\n\n")
    assert _quotes(lead + "По словам Мирзиёева, транзит через порт вырастет вдвое. «" + said + "», – подчеркнул он.")[-1] \
        == ("Shavkat Mirziyoyev", said)
    assert _quotes(lead + "По словам Мирзиёева, Алиев согласился. «" + said + "», – подчеркнул он.")[-1] \
        != ("Shavkat Mirziyoyev", said)


# quotes.py: _ru_according_body_head ("По словам спикера Сената, … «…»")

def test_according_to_the_head_of_a_body_by_its_name():
    """'По словам председателя Сената, … «…»': the one the article titled head of that body before speaks; the head of
    another body, whom the article never named, gives no one."""
    # plant: the `_ru_according_body_head` call dropped from _round12_local (the quote lost)
    said = "закладывать правовую основу для совместных инвестиций"
    lead = "Председатель Сената Парламента Казахстана Маулен Ашимбаев находился в Ташкенте.\n\n"
    assert _quotes(lead + "По словам председателя Сената, парламенты должны «" + said + "», а не спорить.") \
        == [("Maulen Ashimbayev", said)]
    assert _quotes(lead + "По словам председателя Мажилиса, парламенты должны «" + said + "», а не спорить.") == []


# quotes.py: _dash_line_term (a short name in quote marks inside a dash line's words)

def test_a_short_name_in_quote_marks_inside_a_dash_line():
    """'– Фуры на «Кордай» стоят по двое суток, – рассказал директор компании X Y. – …': the border post's name in marks is
    no quote and the line is still two dash-led quotes of X Y; a dash line holding a quote of four words or more in marks
    stays a quoted paragraph (the long quote is read, not the line)."""
    # plant: `_dash_line_term` made to return False (both quotes lost)
    first = "Фуры на «Кордай» в сезон стоят по двое суток, а товар портится"
    second = "Пока не появится электронная очередь, ничего не изменится"
    got = _quotes("Перевозчики настроены сдержанно.\n\n– " + first + ", – рассказал директор транспортной компании "
                  "Ербол Сапаров. – " + second + ".")
    assert [speaker for speaker, _ in got] == ["Yerbol Saparov", "Yerbol Saparov"]
    assert got[0][1].startswith("Фуры на «Кордай» в сезон")
    got = _quotes("Перевозчики настроены сдержанно.\n\n– Он назвал это «самым долгим ожиданием в регионе», – рассказал "
                  "директор компании Ербол Сапаров.")
    assert [said for _, said in got] == ["самым долгим ожиданием в регионе"]


# quotes.py: _ru_dash_occupation_lead, _split_for ("— …, — пояснил эксперт. — …")

def test_a_bare_occupation_breaking_a_dash_line_is_the_expert_named_before():
    """'Как отметил экономист X Y, … .' then '— …, — пояснил эксперт. — …': two quotes of the expert the paragraph before
    names; a paragraph naming an office holder (a president is no expert) gives no one."""
    # plant: `_ru_dash_occupation_lead` returned None at once (both quotes lost)
    first = "Спрос есть, но он упирается в логистику: контейнеров не хватает"
    second = "Если стороны договорятся о тарифах, то картина будет иной"
    line = "— " + first + ", — пояснил эксперт. — " + second + "."
    assert _quotes("Как отметил в беседе с «Курсивом» экономист Арман Жолдасов из Шымкента, цель амбициозна.\n\n" + line) \
        == [("Arman Zholdasov", first), ("Arman Zholdasov", second + ".")]
    assert _quotes("Президент Казахстана Касым-Жомарт Токаев назвал цель реальной.\n\n" + line) == []


# quotes.py: RU_VERBS ("пожаловался")

def test_complained_is_a_verb_of_speech():
    """'«…», – пожаловался он' after a paragraph naming one entrepreneur: his words; without the pronoun's antecedent (a
    paragraph naming two) no one."""
    # plant: "|пожаловалась|пожаловался" dropped from RU_VERBS (the quote lost)
    said = "Мы возим в Казахстан мясо и каждый раз проходим проверку заново"
    assert _quotes("Бишкекский фермер Талант Усенов считает, что проблема в правилах.\n\n«" + said
                   + "», – пожаловался он.") == [("Talant Usenov", said)]
    assert _quotes("Фермер Талант Усенов и экспортер Нурбек Алиев спорят о правилах.\n\n«" + said
                   + "», – пожаловался он.") == []


# quotes.py: _ru_inner_according ("…, который, по его словам, должен стать «…»")

def test_his_words_inside_a_clause_are_the_sentence_subjects():
    """'X также призвал построить хаб, который, по его словам, должен стать «…».': the partial quote is the one person the
    sentence names before "по его словам"; a sentence naming two gives no one."""
    # plant: `_ru_inner_according` call dropped from _round12_local (the quote lost)
    said = "воротами нашего общего рынка"
    lead = "Премьер-министр Узбекистана Абдулла Арипов прибыл в Алматы.\n\n"
    assert _quotes(lead + "Арипов также призвал ускорить строительство хаба «Южный» у границы, который, по его словам, "
                   "должен стать «" + said + "».") == [("Abdulla Aripov", said)]
    assert _quotes(lead + "Арипов и Олжас Бектенов обсудили строительство хаба у границы, который, по его словам, "
                   "должен стать «" + said + "».") == []


# quotes.py: _unmarked_paragraph's split of a dash line whose speaker came from before (_split_for)

def test_a_dash_line_broken_by_a_bare_title_of_the_last_speaker_is_two_quotes():
    """'– …, – отметил собеседник. – …' after the expert's own dash line: two quotes of the one who spoke last, as the
    convention splits a quote its attribution breaks; a line with no attribution inside stays one quote."""
    # plant: `len(kept) >= 2` made `len(kept) == 3` before _split_for in _unmarked_paragraph (the two parts joined)
    lead = "Мы поговорили с аналитиком.\n\n– Форум прошел спокойно и без громких заявлений, – сказал аналитик Руслан Омаров.\n\n"
    first = "Главное впереди, и это не только торговля"
    second = "Впереди еще трудные переговоры по воде."
    assert _quotes(lead + "– " + first + ", – отметил собеседник. – " + second)[1:] \
        == [("Ruslan Omarov", first), ("Ruslan Omarov", second)]
    assert _quotes(lead + "– " + first + ". " + second)[1:] == [("Ruslan Omarov", first + ". " + second)]
    # plant: `len(kept) >= 2` made `len(kept) == 2` (a dash inside the first part's words kept the line whole)
    assert _quotes(lead + "– Главное – не потерять темп, – добавил собеседник. – " + second)[1:] \
        == [("Ruslan Omarov", "Главное – не потерять темп"), ("Ruslan Omarov", second)]


# people.py: _BODY_WORDS (Russian kinds of places and firms)

def test_a_port_or_a_plant_opening_a_sentence_is_no_person():
    """'По словам X-а, … . Порт Курык уже расширен. «…», – подчеркнул он.': "Порт Курык" is no unlisted person between X
    and "он"; a name after a title ("Директор порта Нурлан Абаев") still is one."""
    # plant: "порт" dropped from _BODY_WORDS (the quote went to "Port Kuryk")
    said = "Мы готовы принимать вдвое больше судов уже этим летом"
    lead = "Президент Казахстана Касым-Жомарт Токаев прибыл в Баку.\n\n"
    assert _quotes(lead + "По словам Токаева, транзит вырастет. Порт Курык уже расширен. «" + said + "», – подчеркнул он.") \
        == [("Kassym-Jomart Tokayev", said)]
    assert _quotes(lead + "Директор порта Нурлан Абаев согласен. «" + said + "», – подчеркнул он.") \
        == [("Nurlan Abayev", said)]
