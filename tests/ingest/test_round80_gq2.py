"""Eightieth round, gq2 (docs/extraction.md: quotes.py): known gaps in quotes, Russian, Azerbaijani and Turkish, told
in short invented sentences. An interviewer's question told with a pronoun ("«…?» — спросил он", the same person
answering next; quotes._drop_interviewer_questions), and a correspondent's "— поинтересовалась корреспондент"; a credit
line under a quote with the title before the name ("— министр экономики Казахстана X Y", "— Ticaret Bakanı X Y";
quotes._TITLE_FIRST_CREDIT_LINE) or a comma inside its title ("— X Y, Ticaret Bakanı, Türkiye";
quotes._PERSON_CREDIT_LINE), the quote above the named person's; "По словам X-а, «…»" with the surname in the
genitive (quotes._ru_according). Each test was seen failing once on a planted bug (then reverted); the plant is named in
its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)
RU_LEAD = "Министр экономики Казахстана Серик Жумангарин дал интервью нашему изданию в Астане.\n\n"
QUESTION = "Какие проекты вы считаете главными в этом году?"
ANSWER = "Главный проект — это новый логистический центр на границе с Китаем"


# plant: quotes._drop_interviewer_questions returning `found` unchanged
def test_an_interviewer_s_question_told_with_a_pronoun_is_no_quote():
    text = RU_LEAD + f"«{QUESTION}» — спросил он.\n\n«{ANSWER}», — ответил Жумангарин."
    assert proposed.quotes(text, DAY) == [("Serik Zhumangarin", ANSWER)]
    asked = RU_LEAD + f"«{QUESTION}» — поинтересовалась корреспондент.\n\n«{ANSWER}», — ответил Жумангарин."
    assert proposed.quotes(asked, DAY) == [("Serik Zhumangarin", ANSWER)]
    # a deputy's question by a pronoun, answered by someone else, stays hers
    deputy = ("Депутат Салтанат Ермекова выступила в Мажилисе.\n\n"
              f"«{QUESTION}» — спросила она.\n\n«{ANSWER}», — ответил министр экономики Казахстана Серик Жумангарин.")
    assert proposed.quotes(deputy, DAY) == [("Saltanat Yermekova", QUESTION), ("Serik Zhumangarin", ANSWER)]


RU_QUOTE = "Мы договорились увеличить товарооборот до десяти миллиардов долларов к 2030 году"


# plant: _TITLE_FIRST_CREDIT_LINE left out of quotes._person_credit_line (its `elif` returning None); and (the near
# forms) _RU_PAST_VERB_IN_TITLE's check left out, the nominative's check left out, each alone or both
def test_a_russian_credit_line_with_the_title_first():
    text = (f"Министр экономики Казахстана Серик Жумангарин посетил Ташкент.\n\n«{RU_QUOTE}».\n\n"
            "— министр экономики Казахстана Серик Жумангарин")
    assert proposed.quotes(text, DAY) == [("Serik Zhumangarin", RU_QUOTE)]
    # a sentence under the quote, its verb before a name in the instrumental, credits no one
    told = (f"Министр экономики Казахстана Серик Жумангарин посетил Бишкек.\n\n«{RU_QUOTE}».\n\n"
            "— министр провел также встречу с президентом Садыром Жапаровым")
    assert "Sadyr Japarov" not in [q[0] for q in proposed.quotes(told, DAY)]
    # (each check alone: a past verb before a name in the nominative, a name in the instrumental with no past verb)
    for line in ("— затем выступил президент Садыр Жапаров", "— министр вместе с президентом Садыром Жапаровым"):
        told = f"Министр экономики Казахстана Серик Жумангарин посетил Бишкек.\n\n«{RU_QUOTE}».\n\n{line}"
        assert "Sadyr Japarov" not in [q[0] for q in proposed.quotes(told, DAY)], line


TR_LEAD = "Ticaret Bakanı Ömer Bolat Bakü'de Azerbaycanlı mevkidaşı ile görüştü.\n\n"
TR_QUOTE = "İki ülke arasındaki ticaret hacmini 15 milyar dolara çıkarmayı hedefliyoruz."
TR_QUOTE2 = "Azerbaycan ile ortak yatırım fonu kuracağız ve bunu hızla hayata geçireceğiz."


# plant: "bakanı" left out of quotes._CREDIT_TITLE_HEAD
def test_a_turkish_credit_line_with_the_title_first():
    text = TR_LEAD + f'"{TR_QUOTE}"\n\n— Ticaret Bakanı Ömer Bolat'
    assert [q[0] for q in proposed.quotes(text, DAY)] == ["Ömer Bolat"]


# plant: the state after the title's comma left out of quotes._PERSON_CREDIT_LINE
def test_a_credit_line_with_the_state_after_the_title_s_comma():
    text = TR_LEAD + f'"{TR_QUOTE2}"\n\n— Ömer Bolat, Ticaret Bakanı, Türkiye'
    assert [q[0] for q in proposed.quotes(text, DAY)] == ["Ömer Bolat"]
    # a clause after the comma is the reporter's words, no credit: the quote above it is no one's
    clause = TR_LEAD + f'"{TR_QUOTE2}"\n\n— Ömer Bolat, Ticaret Bakanı, dün akşam Bakü\'ye geldi'
    assert "Ömer Bolat" not in [q[0] for q in proposed.quotes(clause, DAY) if q[1].startswith("Azerbaycan ile")]


RU_ACCORDING = "товарооборот между двумя странами в следующем году вырастет вдвое"


# plant: ru_genitive_phrase(phrase) read as the bare phrase in quotes._ru_according
def test_according_to_a_surname_in_the_genitive():
    text = (f"Президент Кыргызстана Садыр Жапаров провел переговоры в Бишкеке.\n\n"
            f"По словам Жапарова, «{RU_ACCORDING}».")
    assert proposed.quotes(text, DAY) == [("Sadyr Japarov", RU_ACCORDING)]
