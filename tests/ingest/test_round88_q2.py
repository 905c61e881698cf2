"""Eighty-eighth round, q2 (docs/extraction.md: quotes.py): a Turkish sentence announcing the quote of the next
paragraph ("Bakan X, <a long clause naming other people> şunları kaydetti:" ¶ "…") is its opening surname's, also
when the sentence is longer than the 160 characters before the quote that the colon readers see; a Russian report
with its verb set off by commas inside the sentence ("Для этого, отметил X, необходимо …") makes X the last speaker,
so that the next paragraph's "«…», — сказал министр" is X's, not the other minister who was quoted before. Each test
was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 4)

TR_LEAD = "Ticaret Bakanı Ali Kara, Ankara'da Özbekistan Yatırım Bakanı Laziz Kudratov ile görüştü.\n\n"
TR_LONG = ("Bakan Kara, Cumhurbaşkanımız Sayın Recep Tayyip Erdoğan ile Özbekistan Cumhurbaşkanı Sayın Şevket"
           " Mirziyoyev'in geçen yıl Semerkant'ta birlikte belirlediği ortak hedefi bir kez daha hatırlatarak"
           " şunları kaydetti:\n\n")
TR_QUOTE = '"Yatırımlarımızı iki katına çıkarmak için yeni bir yol haritası üzerinde çalışıyoruz."'

RU_LEAD = ("Министр торговли Казахстана Арман Шаккалиев провёл в Душанбе переговоры с министром промышленности"
           " Таджикистана Шерали Кабиром.\n\n"
           "«Наши страны давно стали партнёрами по торговле и транзиту», — заявил Шаккалиев на форуме.\n\n")
RU_QUOTE = "\n\n«Мы договорились открыть совместный склад у границы уже к осени», — сказал министр."


def _quotes(text: str, language: str) -> list[tuple[str, str]]:
    return [(p.record["speaker"], p.record["quote"]) for p in proposed.propose(
        proposed.Article(text, DAY, outlet="x", language=language)) if p.table == "quotes"]


# plant: the `_tr_long_announcement_subject` branch taken out of quotes._attribute (the quote is then no one's: the
# window before it holds only the two presidents named in the sentence's middle)
def test_a_long_turkish_announcement_gives_the_next_paragraphs_quote_to_its_opening_surname():
    found = _quotes(TR_LEAD + TR_LONG + TR_QUOTE, "tr")
    assert ("Ali Kara", TR_QUOTE.strip('"')) in found


# the near form: "şunları" with a verb that is no saying ("signed the following:") announces no quote (plant: the
# `_TR_ANNOUNCEMENT_COLON` check taken out of quotes._tr_long_announcement_subject)
def test_a_long_turkish_sentence_with_no_speech_verb_before_the_colon_gives_no_quote_to_its_subject():
    text = TR_LEAD + TR_LONG.replace("bir kez daha hatırlatarak şunları kaydetti:",
                                     "esas alarak şunları imzaladı:") + TR_QUOTE
    assert not any(speaker == "Ali Kara" for speaker, _ in _quotes(text, "tr"))


# plant: the `_RU_PARENTHETIC_SAID_REPORT` branch taken out of quotes._reported_speech (the bare "министр" then goes to
# Shakkaliyev, who was quoted last)
def test_a_russian_verb_set_off_by_commas_makes_its_subject_the_minister_of_the_next_quote():
    text = RU_LEAD + "Для этого, подчеркнул Кабир, нужно ускорить проверку грузов на границе." + RU_QUOTE
    assert ("Sherali Kabir", "Мы договорились открыть совместный склад у границы уже к осени") in _quotes(text, "ru")


# the near form: a verb with an object after the name (", заявил X журналистам,") is not read as this report (plant:
# `,\s+[а-яё]` after the name made `[,\s]` in quotes._RU_PARENTHETIC_SAID_REPORT); the words stay the last speaker's
def test_a_russian_verb_with_an_object_after_the_name_is_not_read_as_the_parenthetic_report():
    text = RU_LEAD + "Для этого, заявил Кабир журналистам, нужно ускорить проверку грузов на границе." + RU_QUOTE
    speakers = {s for s, q in _quotes(text, "ru") if q.startswith("Мы договорились")}
    assert "Sherali Kabir" not in speakers
