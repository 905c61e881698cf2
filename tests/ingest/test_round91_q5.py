"""Ninety-first round, q5 (docs/extraction.md: quotes.py, a Russian attribution set off by commas; people.py, the head
of state words): a partial quote after a parenthetic "как отметил глава государства," ("Для этого, как подчеркнул глава
государства, важно «…»") is the quote of the head of state the bare title means; in a report datelined in a capital
("Бишкек, 3 марта — 24.kg.") that is the head of the dateline's state, once the text named him, not the other president
who spoke last. With no dateline, a dateline abroad, or the dateline's head never named, the bare title stays the
last-named head of state. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 3, 3)

BODY = ("Президент Кыргызстана Садыр Жапаров провел телефонный разговор с Президентом Узбекистана Шавкатом "
        "Мирзиёевым.\n\nСтороны обсудили торговлю и транзит.\n\n"
        "«Мы довольны ростом взаимной торговли», — сказал Шавкат Мирзиёев.\n\n"
        "Для этого, как подчеркнул глава государства, важно «убрать лишние проверки на границе для всех грузов».")
TITLE = "Жапаров и Мирзиёев обсудили торговлю\n\n"
PARTIAL = "убрать лишние проверки на границе для всех грузов"


# plant: "глава\s+государства" taken out of _RU_PARENTHETICAL_SAID's speaker alternatives
def test_a_partial_quote_after_as_the_head_of_state_noted():
    text = TITLE + "Бишкек, 3 марта — 24.kg. " + BODY
    assert ("Sadyr Japarov", PARTIAL) in proposed.quotes(text, DAY)
    # the near form: lower-case words that are no title ("как отметили многие эксперты") give no one's quote
    text = (TITLE + "Бишкек, 3 марта — 24.kg. Президент Кыргызстана Садыр Жапаров провел переговоры.\n\n"
            "Для этого, как отметили многие эксперты, важно «убрать лишние проверки на границе для всех грузов».")
    assert proposed.quotes(text, DAY) == []


# plant: in Resolver._resolve, the dateline_head branch taken out (the bare title then the last-named head)
def test_the_bare_title_is_the_head_of_the_datelines_state_not_the_last_speaker():
    text = TITLE + "Бишкек, 3 марта — 24.kg. " + BODY
    assert proposed.quotes(text, DAY) == [("Shavkat Mirziyoyev", "Мы довольны ростом взаимной торговли"),
                                          ("Sadyr Japarov", PARTIAL)]


# plant: dateline_capital_head not asking the dateline's city to be a capital (is_capital) nor its head to be named
def test_no_dateline_or_one_abroad_leaves_the_last_named_head():
    assert ("Shavkat Mirziyoyev", PARTIAL) in proposed.quotes(TITLE + BODY, DAY)
    assert ("Shavkat Mirziyoyev", PARTIAL) in proposed.quotes(TITLE + "Будапешт, 3 марта — 24.kg. " + BODY, DAY)
    # datelined in Astana, whose head the text never names: the bare title is still the last-named head
    assert ("Shavkat Mirziyoyev", PARTIAL) in proposed.quotes(TITLE + "Астана, 3 марта — 24.kg. " + BODY, DAY)
    # a dateline that is the state, not its capital ("Кыргызстан, 3 марта —"), whose head the text names: no dateline's
    # head either (this case alone fails when only the is_capital demand is dropped)
    assert ("Shavkat Mirziyoyev", PARTIAL) in proposed.quotes(TITLE + "Кыргызстан, 3 марта — 24.kg. " + BODY, DAY)

