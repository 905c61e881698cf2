"""Seventy-ninth round, parl79 (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1235 and dev/1231
misses (a Russian report of a government hour in a parliament, an Azerbaijani report of a delegation's visit), told in
short invented sentences. A deputy's question in marks and its asker after "— спросила" (quotes.RU_VERBS); a dash line
whose attribution is followed by the reporter's next sentence, no dash between ("— …, — ответил X. По его словам, …
«…»"; quotes._RU_ATTRIBUTION_THEN_SENTENCE, quotes._marked_after_dash_attribution); one road map told signed by the
feminine passive and the nominative ("была подписана дорожная карта"; visits._RU_ONE_DOCUMENT); "Qonaq isə … danışıb:
«…»", the guest's colon before his words (quotes._AZ_GUEST_COLON); "Onun sözlərinə görə, …: «…»" after "Nazir qeyd edib
ki, …", the bare title the one who spoke last (quotes._az_his_words_owner). Each test was seen failing once on a planted
bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)
RU_LEAD = ("Мажилис обсудил торговлю с Узбекистаном\n\n"
           "Астана, 12 марта — Казинформ. Министр транспорта Канат Абенов выступил на правительственном часе в "
           "Мажилисе.\n\n")
QUESTION = "Когда наконец будет отремонтирована дорога до границы с Узбекистаном?"


# plant: "спросила|спросил" left out of quotes.RU_VERBS
def test_a_question_and_its_asker_after_asked():
    text = RU_LEAD + f"«{QUESTION}» — спросила депутат Салтанат Ермекова."
    assert proposed.quotes(text, DAY) == [("Saltanat Yermekova", QUESTION)]
    # a question in marks with no asker named after it is no one's
    bare = RU_LEAD + f"Депутаты спорили долго. «{QUESTION}» Ответа не последовало."
    assert proposed.quotes(bare, DAY) == []


ANSWER = "Работы начнутся весной и закончатся до конца лета"
PARTIAL = "не позднее конца следующего года"


# plant: _RU_ATTRIBUTION_THEN_SENTENCE's cut dropped from quotes._ru_dash_tail
def test_a_dash_line_s_attribution_followed_by_the_reporter_s_sentence():
    text = RU_LEAD + f"— {ANSWER}, — ответил Абенов. Он добавил, что участок расширят до четырех полос."
    assert proposed.quotes(text, DAY) == [("Kanat Abenov", ANSWER)]
    # the line with no attribution before the sentence: a list item or the reporter's, no quote
    plain = RU_LEAD + f"— {ANSWER}. Он добавил, что участок расширят до четырех полос."
    assert proposed.quotes(plain, DAY) == []


# plant: quotes._marked_after_dash_attribution returning False
def test_a_dash_line_and_a_marked_quote_in_the_sentence_after_its_attribution():
    text = RU_LEAD + (f"— {ANSWER}, — ответил Абенов. По его словам, новый пункт пропуска откроется «{PARTIAL}», а "
                      "очереди исчезнут.")
    assert proposed.quotes(text, DAY) == [("Kanat Abenov", ANSWER), ("Kanat Abenov", PARTIAL)]


VISIT = ("Астана, 12 марта — Казинформ. 10 марта в Астане прошли переговоры с заместителем премьер-министра "
         "Узбекистана Бахромом Юсуповым, который находился в Казахстане с рабочим визитом. ")


# plant: the "подписана … дорожная карта" branch dropped from visits._RU_ONE_DOCUMENT
def test_one_road_map_told_signed_by_the_feminine_passive():
    assert proposed.documents(VISIT + "По их итогам была подписана дорожная карта по развитию торговли.", DAY) == ["1"]
    assert proposed.documents(VISIT + "По их итогам была подписана программа сотрудничества.", DAY) == ["1"]
    # a road map to be signed later is no document of the visit signed
    assert proposed.documents(VISIT + "В декабре будет подписана дорожная карта по развитию торговли.", DAY) != ["1"]


AZ_LEAD = ("Bakı, 12 mart, APA. Qazaxıstan Baş nazirinin müavini Serik Jumanovun rəhbərlik etdiyi nümayəndə "
           "heyəti martın 11-də Bakıya gəlib. Hava limanında qonağı Azərbaycanın nəqliyyat naziri Rəşad Nəbiyev "
           "qarşılayıb.\n\n")
GUEST = "Qazaxıstan yükləri üçün Bakı limanı ən sürətli və ən rahat yoldur"


# plant: the _AZ_GUEST_COLON call dropped from quotes' colon rules
def test_the_guest_s_colon_before_his_words():
    text = AZ_LEAD + f"Qonaq isə Xəzər üzərindən daşımaların əhəmiyyətindən danışıb: «{GUEST}». O, təklif edib."
    assert proposed.quotes(text, DAY) == [("Serik Jumanov", GUEST)]
    # "the guests" (the plural, the whole delegation) is no one's words
    plural = AZ_LEAD + f"Qonaqlar isə Xəzər üzərindən daşımaların əhəmiyyətindən danışıblar: «{GUEST}»."
    assert proposed.quotes(plural, DAY) == []


MINE = "Biz gələn ilədək yük daşımalarını iki dəfə artırmağı hədəf kimi müəyyənləşdirmişik"
SAID = "Limanda yeni terminalın tikintisi artıq başa çatmaq üzrədir"


# plant: the round 79 _AZ_BARE_TITLE_KI branch dropped from quotes._az_his_words_owner
def test_his_words_after_a_bare_title_s_reported_speech():
    text = AZ_LEAD + (f"– {SAID}, – deyə Rəşad Nəbiyev bildirib.\n\nNazir qeyd edib ki, terminal gecə də işləyir. "
                      f"Onun sözlərinə görə, tərəflər konkret məqsəd qoyub: «{MINE}».")
    assert proposed.quotes(text, DAY) == [("Rəşad Nəbiyev", SAID), ("Rəşad Nəbiyev", MINE)]
