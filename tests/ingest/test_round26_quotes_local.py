"""Russian, Azerbaijani and Turkish quote forms of round 26 (dev/309, dev/310, dev/311, dev/315 and probes in the styles of
Kyrgyz and Kazakh business sites, Baku agencies and Turkish papers), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 3)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# people.py: a Russian title in the genitive or accusative before a name (_RU_TITLED's case "а",
# _ru_genitive_titled_name, Resolver._ru_declined_unlisted)

def test_a_name_after_a_title_in_the_accusative_is_read_back_in_the_nominative():
    """'Оценить итоги редакция попросила аналитика Тимура Абдыкадырова.' then '— …, — сказал он.': the speaker is Timur
    Abdykadyrov, not "Timura Abdykadyrova"; a genitive title that is what another's title is of ("пресс-секретарь
    министра Айгерим Нурланова") leaves that person's name as written."""
    # plant: `|а` dropped from _RU_TITLED's case group (the speaker "Timura Abdykadyrova")
    # plant: `return declined` in Resolver._resolve made `pass` (the speaker "Timura Abdykadyrova")
    said = "Экспорт в Узбекистан вырос благодаря новым пунктам пропуска"
    text = ("Итоги\n\nОценить итоги полугодия редакция попросила аналитика Тимура Абдыкадырова.\n\n— " + said
            + ", — сказал он.\n")
    assert _quotes(text) == [("Timur Abdykadyrov", said)]
    text = ("Итоги\n\nИтоги полугодия прокомментировала пресс-секретарь министра Айгерим Нурланова.\n\n— " + said
            + ", — сказала она.\n")
    assert _quotes(text) == [("Aygerim Nurlanova", said)]


# quotes.py: a reporter's question between two answers (_answered_before in _interview_turn)

def test_a_question_after_an_attributed_dash_line_is_put_to_its_speaker():
    """'— …, — сказал он.' / '— А что будет с …?' / '— …, — пояснил аналитик.': the question is the reporter's (no quote),
    the answer the one who spoke the line before; a question after running text that names no one leaves its answers
    no one's."""
    # plant: `_answered_before(before, resolver) or` dropped from _interview_turn (the answer lost)
    first, answer = "Экспорт в Узбекистан вырос благодаря новым пунктам пропуска", "Думаю, рост сохранится и в будущем году"
    text = ("Итоги\n\nОценить итоги редакция попросила экономиста Марата Сулайманова.\n\n— " + first
            + ", — сказал он.\n\n— А что будет с торговлей с Казахстаном?\n\n— " + answer + ", — пояснил экономист.\n")
    assert _quotes(text) == [("Marat Sulaymanov", first), ("Marat Sulaymanov", answer)]
    text = ("Итоги\n\nТорговля с соседями в этом году выросла почти на десятую часть.\n\n— А что будет с торговлей с "
            "Казахстаном?\n\n— " + answer + ", — пояснил экономист.\n")
    assert _quotes(text) == []


# quotes.py: "— …, — говорит он. — …" after a paragraph naming a new person (_dash_anaphor_subject)

def test_a_dash_line_its_pronoun_interrupts_is_the_one_the_paragraph_before_names():
    """An expert spoke, then 'Директор компании «…», которая …, X Y рассказал, что …' (the subject after a relative
    clause, which the reported-speech rules do not read) and '— …, — говорит он. — …': both parts are
    X Y's, not the expert's who spoke last; a paragraph before naming two people leaves "он" the last speaker."""
    # plant: `any(_RU_PRONOUN_PART.match(part) for part in parts[1:])` back to `_RU_PRONOUN_PART.match(parts[-1])`
    expert = "Цены на перевозки растут уже третий квартал подряд"
    one, two = "Спрос на наши товары есть, но фура до Анкары стоит слишком дорого", "Если паром пустят чаще, мы это сразу почувствуем."
    lead = ("Итоги\n\nЭкономист Кубат Осмонов считает, что торговля упирается в логистику. «" + expert
            + "», — отметил он.\n\n")
    text = lead + ("Директор ошской компании «Алай Экспорт», которая возит сухофрукты, Эрлан Маматов рассказал, что "
                   "главная проблема — доставка.\n\n— " + one
                   + ", — говорит он. — " + two + "\n")
    assert _quotes(text) == [("Kubat Osmonov", expert), ("Erlan Mamatov", one), ("Erlan Mamatov", two)]
    text = lead + ("Директор Эрлан Маматов и его партнер Нурбек Токтоматов рассказали, что главная проблема — доставка."
                   "\n\n— " + one + ", — говорит он. — " + two + "\n")
    assert ("Erlan Mamatov", one) not in _quotes(text)


# quotes.py: "По его словам, … . «…», — добавил экономист." after the expert's own quote (_ru_expert_goes_on)

def test_an_occupation_after_a_quote_goes_on_in_the_voice_of_the_expert_quoted_before():
    """'Экономист X Y считает, …' / '«…», — отметил он.' / 'По его словам, … . «…», — добавил экономист.': the paragraph
    before is the expert's quote and names no one, so the economist is still X Y; after a president's quote the same
    words give no one (an occupation is never an office holder's)."""
    # plant: `or _ru_expert_goes_on(own_before, lead, resolver)` dropped from _ru_occupation_after (the second quote lost)
    first = "Цифры растут, но торгуем мы в основном с соседями"
    second = "Когда база низкая, любая новая поставка дает двузначный рост"
    tail = ("\n\nПо его словам, рост впечатляет лишь на первый взгляд. «" + second + "», — добавил экономист.\n")
    text = ("Итоги\n\nЭкономист Нурдин Касымбеков считает, что торговля еще мала.\n\n«" + first
            + "», — отметил он.") + tail
    assert _quotes(text) == [("Nurdin Kasymbekov", first), ("Nurdin Kasymbekov", second)]
    text = ("Итоги\n\nПрезидент Садыр Жапаров заявил, что торговля еще мала.\n\n«" + first + "», — отметил он.") + tail
    assert ("Sadyr Japarov", second) not in _quotes(text)
    assert len(_quotes(text)) == 1


# quotes.py: _CAPITAL_RUN (a long business council title opening a Turkish sentence)

def test_a_turkish_partial_quote_after_a_business_council_title_of_seven_words():
    """'DEİK Türkiye-Özbekistan İş Konseyi Başkanı X Y, … hedefin "…" bir hedef olduğunu söyledi': the title before the
    name is seven capitalised words; the council alone as the subject ('… İş Konseyi, hedefin "…" …') is no one."""
    # plant: `{{0,7}}` back to `{{0,4}}` in _CAPITAL_RUN (the quote lost)
    said = "zor ama ulaşılabilir olan"
    lead = "Heyet Ankara'da\n\nÖzbek heyeti dün Ankara'ya geldi.\n\n"
    text = lead + ("TOBB Türkiye-Özbekistan Karma Ekonomik Komisyonu Başkanı Murat Yalçın, yaptığı açıklamada, 5 milyar "
                   "dolarlık hedefin \"" + said + "\" bir hedef olduğunu söyledi.\n")
    assert _quotes(text) == [("Murat Yalçın", said)]
    text = lead + ("TOBB Türkiye-Özbekistan Karma Ekonomik Komisyonu, yaptığı açıklamada, 5 milyar dolarlık hedefin \""
                   + said + "\" bir hedef olduğunu bildirdi.\n")
    assert _quotes(text) == []


# quotes.py: _AZ_OPENING_CHAIR (the chair of parliament's title as an Azerbaijani sentence's subject)

def test_an_azerbaijani_naming_sentence_opened_by_the_chair_of_parliaments_title():
    """'Milli Məclisin sədri … işini “…” adlandırıb' after the chair spoke: the title is the subject, the chair; a
    company's chair opening the sentence ('Şirkətin sədri …') is no one."""
    # plant: `"sədri " in clause[:40] and` made `False and` in _clause_subject (the second quote lost)
    first = "Parlamentlərimiz arasında əlaqələr hər il daha da güclənir"
    said = "parlament diplomatiyasının ən uğurlu nümunələrindən biri"
    lead = ("Görüş\n\nMilli Məclisin sədri Sahibə Qafarova Qazaxıstan Senatının sədrini qəbul edib.\n\nSahibə Qafarova "
            "bildirib ki, əlaqələr sürətlə inkişaf edir. “" + first + "”, – deyə spiker vurğulayıb.\n\n")
    text = lead + "Milli Məclisin sədri dostluq qruplarının işini “" + said + "” adlandırıb.\n"
    assert _quotes(text) == [("Sahibə Qafarova", first), ("Sahibə Qafarova", said)]
    text = lead + "Şirkətin sədri dostluq qruplarının işini “" + said + "” adlandırıb.\n"
    assert _quotes(text) == [("Sahibə Qafarova", first)]


# people.py / name_forms.py: the instrumental and dative of a name after a declined title (_RU_TITLED's case "у",
# ru_nominative_of_dative, Resolver._ru_declined_unlisted)

def test_a_name_after_a_title_in_the_instrumental_or_dative_is_read_back_in_the_nominative():
    """'Корреспондент побеседовал с директором … Бакытом Осмоновым.' / 'Редакция обратилась к экономисту Азизу
    Рахимову.' then '— …, — сказал он.': Bakyt Osmonov, Aziz Rakhimov; a woman named in the dative ("к аналитику
    Гульнаре Асановой") is Gulnara Asanova."""
    # plant: `forms = {…}` made `forms = set()` in Resolver._ru_declined_unlisted (the speakers "Bakytom Osmonovym", …)
    # plant: `|у` dropped from _RU_TITLED's case group (the speaker "Azizu Rakhimovu")
    said = "Перевозчики ждут снижения тарифов на паром через Каспий"
    text = ("Итоги\n\nКорреспондент Kabar побеседовал с директором ассоциации перевозчиков Бакытом Осмоновым.\n\n— "
            + said + ", — сказал он.\n")
    assert _quotes(text) == [("Bakyt Osmonov", said)]
    text = "Итоги\n\nРедакция обратилась за комментарием к экономисту Азизу Рахимову.\n\n— " + said + ", — сказал он.\n"
    assert _quotes(text) == [("Aziz Rakhimov", said)]
    text = "Итоги\n\nРедакция обратилась к аналитику Гульнаре Асановой.\n\n— " + said + ", — сказала она.\n"
    assert _quotes(text) == [("Gulnara Asanova", said)]


# quotes.py: a dash inside a dash-led line's words (_dash_line_words)

def test_a_dash_with_no_comma_before_it_stays_in_a_dash_lines_words():
    """'— Рост экспорта — прямой результат …, — отметил он.': the dash after "экспорта" is the speaker's (Russian's
    dash for "is"), kept in the words; a line its attribution interrupts ('— …, — говорит он. — …') still gives two
    quotes, with no dash joining them."""
    # plant: `f" {joint.strip()} " if _DASH_WITHOUT_MARK.fullmatch(joint) else " "` made `" "` (the dash lost)
    lead = "Итоги\n\nЭкономист Урмат Сатыбалдиев считает, что торговля растет.\n\n"
    text = lead + "— Рост экспорта — прямой результат новых пунктов пропуска на границе, — отметил он.\n"
    assert _quotes(text) == [("Urmat Satybaldiyev", "Рост экспорта — прямой результат новых пунктов пропуска на границе")]
    one, two = "Рост экспорта виден уже во всех отраслях", "Но без новых дорог он быстро остановится."
    text = lead + "— " + one + ", — говорит он. — " + two + "\n"
    assert _quotes(text) == [("Urmat Satybaldiyev", one), ("Urmat Satybaldiyev", two)]


# quotes.py: an occupation before a Turkish partial quote's subject (_TR_OCCUPATION_OPENERS in _tr_clause_partial)

def test_an_occupation_before_the_name_opening_a_turkish_partial_quote():
    """'Ekonomist X Y, … ticaretin "…" bir alan olduğunu belirtti': the occupation titles a name the article never
    named before; the same sentence opened by the bare name ('X Y, …') gives no one (it may be a capitalised opening
    word and a surname), nor does a sentence in which she is whom the subject met ('Ekonomist X Y ile görüşen Bakan,
    …')."""
    # plant: the `titled = titled or (… _TR_OCCUPATION_OPENERS)` line dropped from _tr_clause_partial (the quote lost)
    said = "beklenenden çok daha hızlı büyüyen"
    lead = "Haber\n\nKazak heyeti dün İstanbul'a geldi.\n\n"
    text = lead + "Ekonomist Selin Arıkan, Kazakistan ile ticaretin \"" + said + "\" bir alan olduğunu belirtti.\n"
    assert _quotes(text) == [("Selin Arıkan", said)]
    text = lead + "Selin Arıkan, Kazakistan ile ticaretin \"" + said + "\" bir alan olduğunu belirtti.\n"
    assert _quotes(text) == []
    # plant: `s[0].rstrip().endswith(",") and` dropped from the occupation check (the minister's words given to her)
    text = lead + "Ekonomist Selin Arıkan ile görüşen Bakan, ticaretin \"" + said + "\" bir alan olduğunu belirtti.\n"
    assert ("Selin Arıkan", said) not in _quotes(text)


# quotes.py: a parliament's name before a full name (_RU_PARLIAMENT_BEFORE_NAME) and "депутат" after a quote
# (RU_VERB_OCCUPATION)

def test_a_deputy_named_after_his_parliament_speaks_the_quote_after_him():
    """'… озвучил депутат Жогорку Кенеша X Y. «…», — заявил он.' (or '— заявил депутат.'): X Y, not the parliament's
    first word and his given name ("Zhogorku Mirlan"); "депутат" after a president's words is no one."""
    # plant: `paragraph = _RU_PARLIAMENT_BEFORE_NAME.sub("", paragraph)` made `pass` in _ru_one_named ("Zhogorku Nurbek")
    # plant: `|депутат` dropped from RU_VERB_OCCUPATION (the second quote lost)
    said = "Мы рассчитываем удвоить поставки хлопка в Турцию уже в следующем году"
    lead = "Новости\n\nСвою позицию озвучил депутат Жогорку Кенеша Нурбек Асылбеков. «" + said + "», — заявил "
    assert _quotes(lead + "он.\n") == [("Nurbek Asylbekov", said)]
    assert _quotes(lead + "депутат.\n") == [("Nurbek Asylbekov", said)]
    text = "Новости\n\nПрезидент Садыр Жапаров выступил на форуме. «" + said + "», — заявил депутат.\n"
    assert _quotes(text) == []
