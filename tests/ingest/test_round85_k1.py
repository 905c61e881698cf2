"""Eighty-fifth round, k1 (docs/extraction.md: quotes.py, people.py, sentences.py, figures.py, scoring.py): Kazakh
press in Russian writes a double given name as two initials joined by a hyphen before the surname ("сказал К.-Ж.
Токаев"): the quote after or around the attribution is his, when the first initial is his given name's, and no one's
when it is not. A Russian given name's initial ("прибыл Президент Узбекистана Ш. Мирзиёев.") ends no sentence, so the
visit sentence holds its visitor. A "Справка" box's list of years tells each amount with the dollar's country after
its unit ("2023 год – 4,5 млрд долл. США;"): each line is the pair's trade in that year. And the scorer reads a gold
visit's city through the one English name the rules give it ("Turkestan" is Turkistan). Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from dashboard.ingest import Article, propose
from dashboard.ingest.scoring import score
from tests.ingest import proposed

DAY = date(2026, 5, 12)
LEAD = "Президент Казахстана Касым-Жомарт Токаев провел переговоры в Астане.\n\n"


# plant: the lookahead "|-[А-ЯЁ]\." taken out of quotes._RU_INITIAL_DOT (the attribution then ends at "К." and names
# no one)
def test_a_quote_said_by_hyphened_initials_and_a_surname_is_his():
    text = LEAD + "«Наши страны связывает многовековая дружба», – сказал К.-Ж. Токаев."
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", "Наши страны связывает многовековая дружба")]


# plant: the round-85 alternation "(?<=[А-ЯЁ]\.)-(?=[А-ЯЁ]\.)" taken out of quotes.RU_INTERRUPTION
def test_a_quote_interrupted_by_hyphened_initials_gives_both_halves():
    text = LEAD + "«Наши страны связывает многовековая дружба, – сказал К.-Ж. Токаев. – Мы ценим это доверие»."
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", "Наши страны связывает многовековая дружба"),
                                          ("Kassym-Jomart Tokayev", "Мы ценим это доверие")]


# the near form: hyphened initials that are not his given name's give him no quote (plant: "\-" taken out of the
# Cyrillic lookbehind of quotes._PHRASE_BREAK, which then cuts the phrase after "Б." and checks no initial)
def test_hyphened_initials_of_another_given_name_give_no_quote():
    text = LEAD + "«Наши страны связывает многовековая дружба», – сказал А.-Б. Токаев."
    assert proposed.quotes(text, DAY) == []


# plant: "[А-ЯЁ]" taken out of sentences._NOT_AFTER (the visit sentence then ends at "Ш." before its visitor)
def test_a_russian_initial_before_the_visitor_ends_no_sentence():
    text = ("Вчера в Актау с официальным визитом прибыл Президент Республики Узбекистан Ш. Мирзиёев. Его встретил "
            "Президент Казахстана.")
    assert proposed.visits(text, DAY) == [("Shavkat Mirziyoyev", "Kazakhstan", "2026-05-11", "Aktau", "official")]


SIDEBAR = ("Президент Узбекистана прибыл в Астану.\n\nСправка\n\nТоварооборот Казахстана и Узбекистана:\n\n"
           "2023 год – 4,5 млрд долл. США;\n\n2024 год – 4,4 млрд долл. США (рост на 2,1%).\n")


# plant: the _DOLLAR_COUNTRY_AFTER take-in removed from figures._own_unit_amount (" США" then fails the line's tail)
def test_a_sidebar_list_of_years_with_dollars_of_the_usa_gives_each_year():
    pair = proposed.pair("Kazakhstan", "Uzbekistan")
    assert proposed.trade(SIDEBAR, DAY) == [(pair, "2023", "turnover", 4500.0, "exact", ""),
                                            (pair, "2024", "turnover", 4400.0, "exact", "2.1")]


# the near form: the same list under a lead that names no trade gives no figure (plant: figures._table_lead's check
# skipped in _period_table_line)
def test_a_sidebar_list_under_a_lead_of_investment_gives_no_trade():
    assert proposed.trade(SIDEBAR.replace("Товарооборот", "Инвестиции"), DAY) == []


# plant: the gold city no longer put through places.CITY_SPELLINGS in scoring.gold_tuple
def test_a_visit_city_matches_the_gold_in_its_older_english_spelling():
    gold = {"visits": [{"visitor": "Shavkat Mirziyoyev", "host": "KAZ", "start": "2026-05-11", "city": "Turkestan",
                        "type": "state", "documents": 4}]}
    proposals = propose(Article("Вчера в Туркестан с государственным визитом прибыл Президент Республики Узбекистан "
                                "Ш. Мирзиёев. По итогам визита подписано 4 документа.", DAY, "", "", "ru"))
    assert [p.record["city"] for p in proposals if p.table == "visits"] == ["Turkistan"]
    assert score(proposals, gold).tuples["visits"].f1 == 1.0
