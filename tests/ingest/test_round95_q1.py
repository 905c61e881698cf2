"""Ninety-fifth round, q1 (docs/extraction.md: quotes.py, people.py): a wire's verb-first attribution with a state's
capitalised title between commas ('"…," said Uzbekistan's First Deputy Transport Minister, X Y, who led the talks.')
is the name's, the title read in any case (quotes._TITLE_OF, in quotes.AFTER_VERB_TITLE_NAME). A Turkmen title that
capitalises its body's nouns before a declined name ("с заместителем Председателя Кабинета министров X Y-ом") names
that man, not "Председателя Кабинета" (people._RU_TITLED, read by people.ru_titled_matches): his surname alone later
is he, in a partial quote after "и предложил" (quotes._subject_partial) and for "Он подчеркнул:" over the next
paragraph's quote (the paragraph before's subject).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 12)
WIRE = ("Uzbekistan and Tajikistan agree on new rail link\n\n"
        "DUSHANBE, May 12 (Reuters) - Uzbekistan and Tajikistan agreed on Tuesday to build a new rail link, "
        "officials said.\n\n")
WORDS = '"The new line will carry freight before the end of next year," said '


# plant: quotes._TITLE_OF's title read case-sensitively again ((?:{_LOWER_TITLES}) for (?i:{_LOWER_TITLES}))
def test_a_states_capitalised_title_between_commas_after_the_verb_names_the_speaker():
    text = WIRE + WORDS + "Uzbekistan's First Deputy Transport Minister, Jamshid Rakhimov, who led the talks."
    assert proposed.quotes(text, DAY) == [("Jamshid Rakhimov", "The new line will carry freight before the end of "
                                                                "next year")]
    # the near form: a capitalised body ("Ministry") before the comma is no title, the name after it no speaker
    body = WIRE + WORDS + "Uzbekistan's Transport Ministry, Jamshid Rakhimov, who led the talks."
    assert proposed.quotes(body, DAY) == []


RU_DAY = date(2026, 5, 12)
VISIT = ("Ашхабад и Ташкент обсудили транзит\n\n"
         "Ташкент, 12 мая. Делегацию Туркменистана во главе с заместителем Председателя Кабинета министров "
         "Мерданом Оразовым принял министр транспорта Узбекистана Ильхом Махкамов.\n\n")
UNNAMED = ("Ашхабад и Ташкент обсудили транзит\n\n"
           "Ташкент, 12 мая. Делегацию Туркменистана возглавил заместитель Председателя Кабинета министров. "
           "Гостей принял министр транспорта Узбекистана Ильхом Махкамов.\n\n")
PROPOSED = ("Оразов, в свою очередь, отметил, что перевозки выросли, и предложил «открыть новые маршруты через "
            "Каспийское море».")


# plant: the lookahead taken out of people._RU_TITLED's name (rf"\s(?!…)" made r"\s")
def test_a_capitalised_turkmen_title_names_the_declined_name_after_it():
    assert proposed.quotes(VISIT + PROPOSED, RU_DAY) == [("Merdan Orazov",
                                                          "открыть новые маршруты через Каспийское море")]
    # the near form: the title names no one in its sentence, so its body words are no name and the surname no one's
    assert proposed.quotes(UNNAMED + PROPOSED, RU_DAY) == []


EMPHASISED = "Он подчеркнул:\n\n«Туркменские порты готовы принять узбекские грузы уже этой осенью»."


# plant: the lookahead taken out of people._RU_TITLED's name (rf"\s(?!…)" made r"\s")
def test_he_stressed_over_the_next_paragraph_is_the_turkmen_named_by_surname_before():
    text = VISIT + "Махкамов рассказал о работе ведомства.\n\nОразов отметил, что перевозки выросли.\n\n" + EMPHASISED
    assert proposed.quotes(text, RU_DAY) == [("Merdan Orazov",
                                              "Туркменские порты готовы принять узбекские грузы уже этой осенью")]
    # the near form: the paragraph before is the Uzbek minister's, so "Он" is he
    other = VISIT + "Оразов рассказал о работе ведомства.\n\nМахкамов отметил, что перевозки выросли.\n\n" + EMPHASISED
    assert proposed.quotes(other, RU_DAY) == [("Ilkhom Makhkamov",
                                               "Туркменские порты готовы принять узбекские грузы уже этой осенью")]
