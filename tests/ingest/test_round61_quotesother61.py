"""Sixty-first round, other quotes (docs/extraction.md: quotes.py): an expert's Turkish stance verb before a
colon ('X, … olduğunu savunuyor: "…"'), an English "in her words" in a later sentence of a paragraph that opens with
the speaker, and an English aside ("…, she said, …") before an infinitive relative ("a window in which to “…”"): the
forms behind the dev/1020 and 1022 misses, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 3)
LEAD_TR = "Ekonomist Ayşe Yılmaz, eylül rakamlarını değerlendirdi.\n\n"
LEAD_EN = "\"The corridor is finally taking shape,\" said Rustam Azimov, an economist in Tashkent.\n\n"


def test_a_turkish_stance_verb_before_a_colon_gives_the_quote_to_its_subject():
    # plant: "savunuyor|savundu|…" dropped from quotes.TR_COLON_VERB_MORE
    words = "Lojistik maliyetleri düşerse hacim kısa sürede büyür."
    text = LEAD_TR + f"Hedef ise gündemde kalıyor. Yılmaz, bu hedefin gerçekçi olduğunu savunuyor: \"{words}\""
    assert ("Ayşe Yılmaz", words) in proposed.quotes(text, DAY)
    thinks = LEAD_TR + "Yılmaz ise ihracatın artacağını düşünüyor: \"Yeni bölgeler firmaların işini kolaylaştırdı.\""
    assert ("Ayşe Yılmaz", "Yeni bölgeler firmaların işini kolaylaştırdı.") in proposed.quotes(thinks, DAY)
    # a subject that names no one stays no one's
    experts = f"Uzmanlar, hedefin gerçekçi olduğunu savunuyor: \"{words}\""
    assert proposed.quotes(experts, DAY) == []


def test_in_her_words_later_in_a_paragraph_opening_with_the_speaker():
    # plant: the _in_words_paragraph_subject call dropped from quotes._subject_partial
    text = LEAD_EN + ("He points to the railway across the steppe. The line remains, in his words, \"the weakest link "
                      "of the whole corridor\".")
    assert ("Rustam Azimov", "the weakest link of the whole corridor") in proposed.quotes(text, DAY)
    surname = LEAD_EN + ("Azimov is less upbeat about the ports. Ferry capacity remains, in his view, \"the single "
                         "narrowest point of the chain\".")
    assert ("Rustam Azimov", "the single narrowest point of the chain") in proposed.quotes(surname, DAY)
    # a paragraph opening with a body, or with the other pronoun, gives the words to no one
    body = LEAD_EN + ("The ministry points to the railway. The line remains, in his words, \"the weakest link of the "
                      "whole corridor\".")
    assert [q for q in proposed.quotes(body, DAY) if q[1].startswith("the weakest")] == []
    other = LEAD_EN + ("She points to the railway. The line remains, in his words, \"the weakest link of the whole "
                       "corridor\".")
    assert [q for q in proposed.quotes(other, DAY) if q[1].startswith("the weakest")] == []


def test_an_aside_before_an_infinitive_relative_is_the_speakers():
    # plant: the _EN_INFINITIVE_RELATIVE substitution dropped from quotes._en_aside_speaker
    text = LEAD_EN + ("Azimov expects more. Tashkent and Astana, he argued, lack a body through which to \"coordinate "
                      "tariffs on the whole route\", before new links open.")
    assert ("Rustam Azimov", "coordinate tariffs on the whole route") in proposed.quotes(text, DAY)
    # a relative clause with a subject of its own may be someone else's words
    other = LEAD_EN + ("Azimov expects more. Tashkent and Astana, he argued, lack a body which Tokayev promised to "
                       "\"coordinate tariffs on the whole route\", before new links open.")
    assert [q for q in proposed.quotes(other, DAY) if q[1].startswith("coordinate")] == []


def test_a_russian_event_noun_before_a_genitive_is_no_speaker():
    # plant: the round-61 event nouns ("визит", …) dropped from people._TITLE_WORDS
    words = "Мы видим большой потенциал в развитии транзитных перевозок"
    text = (f"Министр иностранных дел Казахстана Ермек Кошербаев прибыл в Баку. Визит Кошербаева продлится два "
            f"дня.\n\n«{words}», — сказал он.")
    assert proposed.quotes(text, DAY) == [("Yermek Kosherbayev", words)]
    # with no one named in full before it, the genitive makes no person of its own
    alone = f"Визит Кошербаева продлится два дня. «{words}», — сказал он."
    assert proposed.quotes(alone, DAY) == []


def test_an_azerbaijani_genitive_of_a_known_person_before_a_colon_is_no_speaker():
    # plant: the _az_genitive_of_known check dropped from quotes._subject_colon's caller and quotes._clause_subject
    words = "Biz nəqliyyat dəhlizini birlikdə inkişaf etdirəcəyik"
    guest = f"Prezident İlham Əliyevin dəvəti ilə səfər edən qonaq bildirib: «{words}»."
    assert proposed.quotes(guest, DAY) == []
    minister = f"Xarici işlər naziri Ceyhun Bayramovun təşəbbüsü ilə keçirilən görüşdə ekspert bildirib: «{words}»."
    assert proposed.quotes(minister, DAY) == []
    # the subject in the nominative before the genitive keeps the quote
    subject = (f"Nazir Adil Kərimli Prezident İlham Əliyevin səfəri zamanı əldə olunmuş razılaşmaları xatırladıb: "
               f"«{words}».")
    assert proposed.quotes(subject, DAY) == [("Adil Kərimli", words)]
