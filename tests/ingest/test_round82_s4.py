"""Eighty-second round, s4 (docs/extraction.md: visits.py, quotes.py): a state press report gives the documents signed
with no number, as a list of their names after a colon ("были подписаны следующие документы:"), each item a line
opening with a dash or a bullet, set line under line with no blank line between: the list's items are the count (a
dash inside a document's name opens no item, and a dash line after the item ending in a stop is a line of dialogue,
no document); and the list's dash lines are no line of speech of the last speaker: a document's name is nobody's
words, while dash lines under a lead with a verb of saying ("Президент отметил:") stay his. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 26)
LEAD = ("Вчера Президент Узбекистана Шавкат Мирзиёев прибыл с государственным визитом в Бишкек.\n\n"
        "Президент Кыргызстана Садыр Жапаров отметил, что визит открывает новые возможности. «Мы открываем новую "
        "страницу нашей дружбы», – сказал Садыр Жапаров.\n\n")
SIGNED = "По итогам переговоров были подписаны следующие документы:\n\n"
DASHED = ("– Совместное заявление Президента Узбекистана и Президента Кыргызской Республики;\n"
          "– Соглашение о сотрудничестве в области энергетики – от ГЭС до сетей;\n"
          "– Меморандум о взаимопонимании между министерствами культуры.\n\n")
END = "Визит завершился торжественным приёмом."


# plant: visits._listed_lines_counted's bulleted loop never entered (while False)
def test_a_list_of_dash_lines_after_the_colon_is_the_count():
    assert proposed.documents(LEAD + SIGNED + DASHED + END, DAY) == ["3"]
    bulleted = DASHED.replace("– ", "• ", 1).replace("\n– ", "\n• ")
    assert proposed.documents(LEAD + SIGNED + bulleted + END, DAY) == ["3"]
    # the near form: one dash line after the colon is no list (the number stays untold)
    one = "– Совместное заявление Президента Узбекистана и Президента Кыргызской Республики.\n\n"
    assert proposed.documents(LEAD + SIGNED + one + END, DAY) == [""]


# plant: visits._listed_lines_counted without the break after an item ending in a stop
def test_the_item_ending_in_a_stop_is_the_list_s_last():
    dialogue = "– Это исторический день для наших народов, – сказал Садыр Жапаров."
    assert proposed.documents(LEAD + SIGNED + DASHED + dialogue, DAY) == ["3"]


# plant: quotes._dash_lines_of returns [paragraph] always
def test_the_list_s_dash_lines_are_no_quote():
    assert proposed.quotes(LEAD + SIGNED + DASHED + END, DAY) == [
        ("Sadyr Japarov", "Мы открываем новую страницу нашей дружбы")]
    # the near form: dash lines under a lead with a verb of saying stay the speaker's
    said = ("Президент Кыргызстана Садыр Жапаров отметил:\n\n– Наши народы связывают века общей истории и "
            "культуры;\n– Мы будем беречь эту дружбу и передадим её нашим детям.\n\n")
    assert [q[0] for q in proposed.quotes(LEAD + said + END, DAY)] == ["Sadyr Japarov", "Sadyr Japarov"]
