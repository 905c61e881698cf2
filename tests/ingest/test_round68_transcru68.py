"""Sixty-eighth round, transcru68 (docs/extraction.md: quotes.py): the form behind the dev/1099 misses, told in short
invented sentences. A Russian press conference's transcript whose answers stand under the speaker's surname alone and
a colon ("Шаккалиев: …", "Надь: …"), no quote marks or dash, between reporters' "Вопрос (…): …?" lines: each answer
paragraph is a quote of the person the article named in full with that surname, without the label, an answer holding
quote marks read whole too; a surname label with no question or other turn beside it stays no quote. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)

LEAD = ("В Алматы прошли переговоры министров. Министр энергетики Казахстана Ерлан Аккенженов и министр "
        "иностранных дел Узбекистана Бахтиёр Саидов провели брифинг.")


# plant: the _RU_SURNAME_LABEL_LINE check dropped from quotes._unmarked_paragraph
def test_answers_under_a_russian_surname_label():
    text = (LEAD + "\n\nПосле встречи министры ответили на вопросы журналистов.\n\n"
            "Аккенженов: Мы обсудили поставки электроэнергии на ближайшие три года и договорились о графике.\n\n"
            "Вопрос (Inform.kz): Когда будет подписано соглашение?\n\n"
            "Саидов: Документ уже согласован, подпишем его в ноябре в Ташкенте на заседании комиссии.")
    assert proposed.quotes(text, DAY) == [
        ("Yerlan Akkenzhenov", "Мы обсудили поставки электроэнергии на ближайшие три года и договорились о графике."),
        ("Bakhtiyor Saidov", "Документ уже согласован, подпишем его в ноябре в Ташкенте на заседании комиссии.")]
    other = (LEAD + "\n\nВопрос (Курсив): Какие проекты стоят первыми в списке?\n\n"
             "Саидов: Первым стоит строительство новой подстанции на границе двух наших стран.\n\n"
             "Аккенженов: Добавлю, что финансирование этого проекта уже полностью определено сторонами.")
    assert [speaker for speaker, _ in proposed.quotes(other, DAY)] == ["Bakhtiyor Saidov", "Yerlan Akkenzhenov"]


# plant: the _RU_SURNAME_LABEL_LINE check dropped from quotes._answer_holding_quotes
def test_a_surname_labelled_answer_holding_quote_marks_is_read_whole():
    text = (LEAD + "\n\nВопрос (Kapital.kz): Не дорого ли обходится этот проект?\n\n"
            "Саидов: Меня часто спрашивают: «Не дорого ли?» Я отвечу так: надежность поставок стоит дороже.")
    assert proposed.quotes(text, DAY) == [
        ("Bakhtiyor Saidov", "Меня часто спрашивают: «Не дорого ли?» Я отвечу так: надежность поставок стоит дороже.")]


# plant: _ru_surname_turn_beside always True
def test_a_surname_label_with_no_turn_beside_is_no_answer():
    text = (LEAD + "\n\nСтороны обсудили энергетику и транспорт.\n\n"
            "Аккенженов: итоги встречи подведены, стороны довольны результатами переговоров.\n\n"
            "Встреча продлилась два часа и прошла в конструктивной атмосфере.")
    assert proposed.quotes(text, DAY) == []
