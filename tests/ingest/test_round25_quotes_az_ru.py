"""Russian and Azerbaijani quote forms of round 25 (dev/291, dev/292, dev/297, dev/298, dev/303 and probes in the styles
of Kazakh and Kyrgyz news sites, business weeklies and Baku agencies), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from dashboard.ingest.people import Person, Resolver
from dashboard.ingest.quotes import _quote_marks_beyond_names
from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# people.py: a bare "премьер-министр" / "глава правительства" after a quote (_RU_PREMIER_WORDS, _premier_anaphor)

def test_a_bare_prime_minister_after_the_quote_is_the_head_of_government_the_lead_named():
    """'Олжас Бектенов отметил, что …. «…», – подчеркнул премьер-министр.': the prime minister the running text before
    named; the same words after an economist's lead give no one (an expert is no prime minister)."""
    # plant: `return _premier_anaphor(self.last_speaker)` made `return None` in Resolver._resolve (the first assert fails)
    said = "Нам пора строить общие заводы, а не только продавать сырье"
    text = ("Новости\n\nНа заседании совета Олжас Бектенов напомнил, что экспорт по-прежнему держится на металлах. "
            "«" + said + "», – подчеркнул премьер-министр.\n")
    assert _quotes(text) == [("Olzhas Bektenov", said)]
    text = text.replace("премьер-министр", "глава правительства")
    assert _quotes(text) == [("Olzhas Bektenov", said)]
    text = ("Новости\n\nЭкономист Руслан Ержанов напомнил, что экспорт по-прежнему держится на металлах. "
            "«" + said + "», – подчеркнул премьер-министр.\n")
    assert _quotes(text) == []


# quotes.py: "По его словам, … . «…», – добавил эксперт." (_ru_no_one_named in _ru_occupation_after)

def test_an_expert_after_a_lead_naming_no_one_is_the_expert_of_the_paragraph_before():
    """'Экономист X Y считает, …. «…», – пояснил он.' then 'По его словам, …. «…», – добавил эксперт.': the second
    paragraph's lead names nobody, so the expert is the one the paragraph before named; a lead that names two others
    still decides, and gives no one."""
    # plant: the `lead = _previous_paragraph(...)` fallback after `_ru_no_one_named` dropped (the second quote lost)
    first = "Каждый лишний день на границе стоит перевозчику денег"
    second = "Если новый мост откроют вовремя, поток грузов вырастет вдвое"
    lead = ("Аналитика\n\nЭкономист Тимур Сагинбаев считает, что цель реальна. «" + first + "», – пояснил он.\n\n")
    assert _quotes(lead + "По его словам, важнее всего логистика. «" + second + "», – добавил эксперт.\n") \
        == [("Timur Saginbayev", first), ("Timur Saginbayev", second)]
    assert _quotes(lead + "С ним спорят Арман Шаккалиев и Данияр Омаров. «" + second
                   + "», – добавил эксперт.\n") == [("Timur Saginbayev", first)]


# quotes.py: a name in quote marks in the lead of "«…», — считает он." (_quote_marks_beyond_names, _RU_MARKED_NAME)

def test_an_outlet_in_marks_leaves_the_lead_naming_the_one_he_means():
    """'Директор фирмы X Y рассказал «Вечернему Бишкеку», что …. «…», — считает он.': the outlet's name in marks is no
    quote, so "он" is the director the lead names, not the minister quoted in the paragraph before."""
    # plant: `_quote_marks_beyond_names(before)` made `_QUOTE_MARK.search(before)` at its call (the speaker is Kulubaev)
    said = "Если откроют прямой маршрут, мы будем возить в два раза больше"
    text = ("Форум\n\nМинистр иностранных дел Кыргызстана Жээнбек Кулубаев выступил на форуме.\n\n"
            "– Бизнес двух стран договорился о проектах, которые реально работают, – сказал Кулубаев.\n\n"
            "Директор торговой фирмы Нурлан Абдыкадыров рассказал «Вечернему Бишкеку», что доставка занимает шесть "
            "дней. «" + said + "», — считает он.\n")
    assert _quotes(text)[-1] == ("Nurlan Abdykadyrov", said)


def test_a_quote_of_four_words_in_the_lead_is_still_a_quote():
    """Only one to three capitalised words in marks are a name; a quote of its own in the lead still counts."""
    # plant: `{0,2}` made `{0,6}` in _RU_MARKED_NAME (the second assert fails)
    assert _quote_marks_beyond_names("Директор рассказал «Вечернему Бишкеку», что доставка долгая. ") is False
    assert _quote_marks_beyond_names("Директор назвал итоги «Большим шагом для всего региона». ") is True
    assert _quote_marks_beyond_names("Директор рассказал, что доставка долгая. ") is False


# quotes.py: "Onun sözlərinə görə, …" after the subject's sentence (_AZ_PRONOUN_OPENING, _AZ_FIRST_SENTENCE_VERB)

def test_according_to_him_keeps_the_subject_of_the_sentence_before_for_nazir():
    """'X Y … maraq göstərdiyini deyib. Onun sözlərinə görə, … çata bilər. “…”, – deyə nazir əlavə edib.': "according to
    him" goes on about the minister the first sentence named, not the minister quoted in the paragraph before."""
    # plant: the `|Onun\s+(?:sözlərinə…)` branch dropped from _AZ_PRONOUN_OPENING (the speaker is Mahkamov); and
    # plant: the `_AZ_FIRST_SENTENCE_VERB` test in _az_lead_sentence made `if True:` (the same)
    first = "Ələt limanı bizim yüklər üçün ən qısa yoldur"
    second = "Biz Azərbaycanın elektron gömrük sistemini öyrənmək istəyirik"
    text = ("Forum\n\nÖzbəkistanın nəqliyyat naziri İlhom Mahkamov limanı strateji nöqtə adlandırıb. “" + first
            + "”, – o deyib.\n\nTacikistanın sənaye və yeni texnologiyalar naziri Şerali Kabir ölkəsinin təcrübəyə maraq göstərdiyini deyib. "
            "Onun sözlərinə görə, iki ölkə arasında dövriyyə bir neçə ilə 50 milyon dollara çata bilər. “" + second
            + "”, – deyə nazir əlavə edib.\n")
    assert _quotes(text) == [("İlhom Mahkamov", first), ("Şerali Kabir", second)]


# people.py: "deyə Məclis sədri vurğulayıb" (_AZ_CHAIR_OF_PARLIAMENT, _chair_anaphor); quotes.py: "sədri" in
# _AZ_TITLE_ANAPHOR

def test_the_chair_of_parliament_after_a_quote_is_the_guest_the_lead_named():
    """'X Y isə … təşəkkürünü bildirib. “…”, - deyə Senat sədri vurğulayıb.': the chair the lead sentence names; her later
    'Y … toxunub: “…”' is hers too."""
    # plant: `|sədri` dropped from _AZ_TITLE_ANAPHOR (the first quote lost)
    first = "Xəzər bizi birləşdirir, bu gün bərələr bunun ən yaxşı sübutudur"
    second = "Dövriyyəni artırmaq dövlət başçılarımızın qarşıya qoyduğu əsas hədəfdir"
    text = ("Görüş\n\nQazaxıstan Senatının sədri Maulen Aşimbayevin başçılıq etdiyi nümayəndə heyəti Bakıya gəlib.\n\n"
            "Maulen Aşimbayev isə qonaqpərvərliyə görə təşəkkürünü bildirib. “" + first
            + "”, - deyə Senat sədri vurğulayıb.\n\nRəqəmlər\n\nÖtən il dövriyyə 500 milyon dolları ötüb.\n\n"
            "Aşimbayev görüşdə iqtisadi əlaqələrə də toxunub: “" + second + "”.\n")
    assert _quotes(text) == [("Maulen Aşimbayev", first), ("Maulen Aşimbayev", second)]


def test_the_chair_of_parliament_is_never_a_minister_who_spoke_last():
    """A bare 'Məclis sədri' after a minister spoke last names no one (a minister chairs no parliament)."""
    # plant: `or _MINISTER_ROLE_WORD.search(last.role)` dropped from _chair_anaphor (the first assert fails)
    resolver = Resolver(DAY)
    resolver.last_speaker = Person("Jeyhun Bayramov", "Foreign Minister", "AZE", 0.9, "name")
    assert resolver.resolve("Məclis sədri") is None
    resolver.last_speaker = Person("Maulen Aşimbayev", "", "", 0.6, "unlisted name")
    assert resolver.resolve("Məclis sədri").name == "Maulen Aşimbayev"


# quotes.py: "— …, — пояснил K-News экономист X Y. — …" (RU_INTERRUPTION, a hyphen inside a word)

def test_a_dash_line_broken_by_an_attribution_with_a_hyphenated_outlet_is_two_quotes():
    """'— …, — пояснил Kaktus-Media аналитик X Y. — …': the outlet's hyphenated name is part of the attribution, and the
    line is two quotes of X Y; a line with its attribution at the end stays one."""
    # plant: the `|(?<=\w)-(?=\w)` alternative dropped from RU_INTERRUPTION (one joined quote)
    first = "Рост объясняется низкой базой, но и паромы через Каспий заработали"
    second = "Перевозчики все чаще идут через Актау и Баку, и это видно в цифрах"
    text = ("Торговля\n\nТоварооборот вырос.\n\n— " + first + ", — пояснил Kaktus-Media аналитик Эрлан Сыдыков. — "
            + second + ".\n")
    assert _quotes(text) == [("Erlan Sydykov", first), ("Erlan Sydykov", second + ".")]
    text = "Торговля\n\nТоварооборот вырос.\n\n— " + first + ", — пояснил Kaktus-Media аналитик Эрлан Сыдыков.\n"
    assert _quotes(text) == [("Erlan Sydykov", first)]


# quotes.py: "Спад … эксперт назвал «…»" (_ru_occupation_subject)

def test_an_expert_subject_after_the_object_calls_it_in_his_words():
    """'Спад в торговле с X эксперт назвал «…»' after the expert's own quote: his partial quote; after a president's
    quote the bare "эксперт" names no one."""
    # plant: `return _ru_occupation_subject(sentence, resolver)` made `return None` in _subject_partial (quote lost)
    first = "Рост объясняется низкой базой, но и паромы через Каспий заработали"
    part = "временным явлением, связанным с ремонтом трассы"
    lead = "Торговля\n\nТоварооборот вырос.\n\n— " + first + ", — пояснил аналитик Эрлан Сыдыков.\n\n"
    assert _quotes(lead + "Спад в торговле с Таджикистаном эксперт назвал «" + part + "» в Узбекистане.\n") \
        == [("Erlan Sydykov", first), ("Erlan Sydykov", part)]
    lead = "Торговля\n\n— " + first + ", — заявил президент Казахстана Касым-Жомарт Токаев.\n\n"
    assert _quotes(lead + "Спад в торговле с Таджикистаном эксперт назвал «" + part + "» в Узбекистане.\n") \
        == [("Kassym-Jomart Tokayev", first)]


# quotes.py: "«…», – поручил глава правительства." opening its paragraph (_RU_AFTER_VERB_PREMIER, _premier_lead; "поручил"
# in RU_VERBS)

def test_the_head_of_government_instructing_under_a_paragraph_naming_him():
    """'X Y провел заседание правительства.' then '«…», – поручил глава правительства.': the prime minister the paragraph
    before named; under a paragraph naming a president, no one."""
    # plant: the `_premier_lead(...)` call in find_quotes dropped (the first quote lost); and
    # plant: `|поручила|поручил` dropped from RU_VERBS (the same)
    said = "Все министерства должны за месяц перевести таможню в цифру"
    text = "Совет\n\nАбдулла Арипов провел заседание правительства.\n\n«" + said + "», – поручил глава правительства.\n"
    assert _quotes(text) == [("Abdulla Aripov", said)]
    text = "Совет\n\nШавкат Мирзиёев провел совещание.\n\n«" + said + "», – поручил глава правительства.\n"
    assert _quotes(text) == []


# quotes.py: a body's name in marks inside the lead read by _ru_one_named (_RU_MARKED_NAME)

def test_a_company_name_in_marks_before_the_name_is_no_second_person():
    """'Председатель правления компании «Алтын Жол Транс» X Y встретился …. «…», — подчеркнул он.': the company's name
    in marks is read as no person, so the lead names one, X Y; a lead naming two people gives "он" no one of them."""
    # plant: the `_RU_MARKED_NAME.sub(" ", paragraph)` step dropped from _ru_one_named (the first quote lost)
    said = "Новая железная дорога откроет нашим грузам путь на юг"
    text = ("Бишкек\n\nПредседатель правления компании «Алтын Жол Транс» Бакыт Исаев встретился с коллегами. «" + said
            + "», — подчеркнул он.\n")
    assert _quotes(text) == [("Bakyt Isayev", said)]
    text = ("Бишкек\n\nПредседатель правления компании «Алтын Жол Транс» Бакыт Исаев и директор Нурлан Осмонов "
            "встретились с коллегами. «" + said + "», — подчеркнул он.\n")
    assert _quotes(text) == []
