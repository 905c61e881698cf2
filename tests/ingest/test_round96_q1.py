"""Ninety-sixth round, q1 (docs/extraction.md: quotes.py): a Russian TV channel's script as published marks a
soundbite "СНХ:" with no name in the label, the words on its line and the speaker's caption on the line under them,
his name and title with no dash ("СНХ: Мы договорились …" / "X Y, министр энергетики Республики Казахстан"): the
words are the caption's person's (quotes._SYNC_CAPTIONED and quotes._sync_caption, in quotes._sync_label_paragraph;
"СНХ" is one of quotes._SYNC_WORD), the caption read as a credit line with a dash is
(quotes._person_credit_line, its `dash` False), and its title, read as Russian running text puts it before the name,
gives his role and state, so that a later voice-over's "Узбекский министр назвал их «…»" is the Uzbek minister the
caption titled, not the other minister (quotes._sync_caption, through people.Resolver.note_names_in).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 14)
LEAD = ("Казахстан и Узбекистан построят новую линию электропередачи\n\n"
        "ЗК: В Ташкенте прошли переговоры министров энергетики двух стран. Делегацию возглавил министр энергетики "
        "Алмас Садыров.\n\n")
KAZ_BITE = "СНХ: Мы договорились, что строительство новой линии начнётся уже весной следующего года.\n\n"
KAZ_CAPTION = "Алмас Садыров, министр энергетики Республики Казахстан\n\n"
UZB_BITE = "СНХ: Узбекистан готов поставлять соседям электроэнергию круглый год и без перебоев.\n\n"
UZB_CAPTION = "Рустам Умаров, министр энергетики Республики Узбекистан\n\n"
VOICE_OVER = "ЗК: Следующий раунд переговоров пройдёт в Астане в ноябре."
KAZ_WORDS = "Мы договорились, что строительство новой линии начнётся уже весной следующего года."
UZB_WORDS = "Узбекистан готов поставлять соседям электроэнергию круглый год и без перебоев."


# plant: _SYNC_CAPTIONED made to match nothing ("(?!)" opening it)
def test_a_soundbite_labelled_with_no_name_is_the_person_of_the_caption_under_it():
    text = LEAD + KAZ_BITE + KAZ_CAPTION + VOICE_OVER
    assert proposed.quotes(text, DAY) == [("Almas Sadyrov", KAZ_WORDS)]
    # the near forms: no caption under the words (the next line a voice-over), or a reporter's sign-off under them
    assert proposed.quotes(LEAD + KAZ_BITE + VOICE_OVER, DAY) == []
    signed = LEAD + KAZ_BITE + "Асель Нурланова, Хабар 24, Ташкент\n\n" + VOICE_OVER
    assert proposed.quotes(signed, DAY) == []


# plant: _person_credit_line's `dash` False left without the dash put before the caption
def test_a_caption_may_title_its_person_first():
    text = LEAD + KAZ_BITE + "Министр энергетики Республики Казахстан Алмас Садыров\n\n" + VOICE_OVER
    assert proposed.quotes(text, DAY) == [("Almas Sadyrov", KAZ_WORDS)]
    # the near form: a sentence under the words, a verb before the name, is no caption
    sentence = LEAD + KAZ_BITE + "Министр энергетики провёл встречу с Алмасом Садыровым\n\n" + VOICE_OVER
    assert proposed.quotes(sentence, DAY) == []


# plant: the resolver.note_names_in of the caption's title before the name taken out of _sync_caption
def test_the_caption_s_title_names_the_minister_a_later_voice_over_means_by_his_state():
    text = LEAD + KAZ_BITE + KAZ_CAPTION + UZB_BITE + UZB_CAPTION \
        + ("ЗК: По итогам переговоров министры подписали два документа. Узбекский министр назвал их «важным шагом "
           "к общему энергетическому рынку региона».")
    assert proposed.quotes(text, DAY) == [
        ("Almas Sadyrov", KAZ_WORDS), ("Rustam Umarov", UZB_WORDS),
        ("Rustam Umarov", "важным шагом к общему энергетическому рынку региона")]
    # the near form: the Kazakh minister so called is the Kazakh caption's, though the Uzbek one spoke last
    kazakh = text.replace("Узбекский министр", "Казахстанский министр")
    assert proposed.quotes(kazakh, DAY)[-1] == ("Almas Sadyrov", "важным шагом к общему энергетическому рынку региона")
