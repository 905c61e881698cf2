"""Sixtieth round, Turkish quotes (quotestr60; docs/extraction.md: quotes.py): the forms behind the dev/1005 and 1013
misses and what the probes found, told in short invented sentences: an interview whose questions are plain paragraphs
and whose answers carry the interviewee's name in capitals as a label ("ÖMER BOLAT: …"), the plain paragraphs running
an answer on, an answer holding quote marks, and a Turkish subject that is a demonym and a lower-case office word
after a participle clause ('… hatırlatan Özbek lider, "…" dedi'). Each test was seen failing once on a planted bug
(then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 4)


def test_an_answer_under_a_name_in_capitals_after_a_plain_question():
    # plant: _caps_label_answer returning None
    text = ("Bakan Bakü'de\n\nTicaret Bakanı Ömer Bolat dün Bakü'ye geldi ve sorularımızı yanıtladı.\n\n"
            "Sayın Bakan, ticaret nasıl gidiyor?\n\n"
            "ÖMER BOLAT: Ticaretimiz bu yıl hızla büyüyor ve hedefimize her ay biraz daha yaklaşıyoruz.")
    assert proposed.quotes(text, DAY) == [
        ("Ömer Bolat", "Ticaretimiz bu yıl hızla büyüyor ve hedefimize her ay biraz daha yaklaşıyoruz.")]
    russian = ("Интервью\n\nМинистр иностранных дел Джейхун Байрамов ответил на вопросы нашего издания.\n\n"
               "Как развивается торговля?\n\n"
               "ДЖЕЙХУН БАЙРАМОВ: Торговля растет быстро, мы открываем новые маршруты каждый год.")
    assert proposed.quotes(russian, DAY) == [
        ("Jeyhun Bayramov", "Торговля растет быстро, мы открываем новые маршруты каждый год.")]
    # a city heading in capitals after a question is no one's answer
    city = ("Üç başkent\n\nCumhurbaşkanı Recep Tayyip Erdoğan bugün konuştu.\n\nNe dedi?\n\n"
            "ANKARA: Kabine toplantısı sonrasında bir açıklama yapıldı ve koridor konuşuldu.")
    assert proposed.quotes(city, DAY) == []


def test_a_surname_in_capitals_is_the_one_named_before_in_full():
    # plant: the _surname_named_before fallback dropped from _caps_label_answer
    text = ("Q&A\n\nKazakhstan's trade minister Arman Shakkaliyev spoke to us in Astana on Monday.\n\n"
            "What are your priorities?\n\n"
            "SHAKKALIYEV: Our priority is to diversify exports and to open new markets in Europe.")
    assert proposed.quotes(text, DAY) == [
        ("Arman Shakkaliyev", "Our priority is to diversify exports and to open new markets in Europe.")]


def test_plain_paragraphs_run_an_answer_on_up_to_the_next_question():
    # plant: _caps_label_run_on returning False
    text = ("Röportaj\n\nEkonomi uzmanı Ayşe Demir sorularımızı yanıtladı.\n\nKoridor nasıl işliyor?\n\n"
            "AYŞE DEMIR: Hacimler bu yıl iki katına çıktı ve artış sürecek gibi görünüyor.\n\n"
            "Ama limanlarda darboğazlar var ve yeni feribotlara acilen ihtiyaç duyuluyor.\n\n"
            "Demiryolu ne durumda?\n\n"
            "AYŞE DEMIR: Demiryolunda yeni hatlar açılıyor, yük trenleri daha hızlı ilerliyor.")
    quotes = proposed.quotes(text, DAY)
    assert ("Ayşe Demir", "Ama limanlarda darboğazlar var ve yeni feribotlara acilen ihtiyaç duyuluyor.") in quotes
    assert len(quotes) == 3 and {speaker for speaker, _ in quotes} == {"Ayşe Demir"}
    # the questions stay no one's
    assert not any(words.endswith("?") for _, words in quotes)


def test_an_answer_in_capitals_holding_quote_marks_is_read_whole():
    # plant: the round 60 branch dropped from _answer_holding_quotes
    text = ("Bakan Taşkent'te\n\nTicaret Bakanı Ömer Bolat Taşkent'teki temaslarının ardından konuştu.\n\n"
            "Müteahhitler ne durumda?\n\n"
            'ÖMER BOLAT: Projeler hızla ilerliyor. Bu ziyarette bir "hızlı izin mekanizması" üzerinde anlaştık.')
    assert proposed.quotes(text, DAY) == [
        ("Ömer Bolat", 'Projeler hızla ilerliyor. Bu ziyarette bir "hızlı izin mekanizması" üzerinde anlaştık.')]


def test_a_demonym_and_office_word_after_a_participle_clause_is_that_states_holder():
    # plant: the _TR_PARTICIPLE_DEMONYM_ROLE check dropped from _clause_subject
    text = ("Zirve\n\nÖzbekistan Cumhurbaşkanı Şevket Mirziyoyev ile Cumhurbaşkanı Recep Tayyip Erdoğan telefonda "
            "görüştü.\n\nTürkiye ile ticaretin 4 milyar dolara yaklaştığını hatırlatan Özbek lider, "
            '"Türk şirketlerine her türlü kolaylığı sağlayacağız" dedi.')
    assert proposed.quotes(text, DAY) == [
        ("Shavkat Mirziyoyev", "Türk şirketlerine her türlü kolaylığı sağlayacağız")]
    suffixed = ("Zirve\n\nAzerbaycan Cumhurbaşkanı İlham Aliyev ile Cumhurbaşkanı Recep Tayyip Erdoğan görüştü.\n\n"
                "Türkiye ile ilişkilerin çok güçlü olduğunu vurgulayan Azerbaycanlı lider, "
                '"Kardeşliğimiz her geçen gün daha da güçlenecek" dedi.')
    assert proposed.quotes(suffixed, DAY) == [("Ilham Aliyev", "Kardeşliğimiz her geçen gün daha da güçlenecek")]
    # a name after the participle stays the name's, and the Turkish leader stays Erdoğan
    named = text.replace("Özbek lider", "Mirziyoyev")
    assert proposed.quotes(named, DAY) == [
        ("Shavkat Mirziyoyev", "Türk şirketlerine her türlü kolaylığı sağlayacağız")]
    turkish = text.replace("Türkiye ile", "Özbekistan ile").replace("Özbek lider", "Türk lider")
    assert proposed.quotes(turkish, DAY) == [
        ("Recep Tayyip Erdoğan", "Türk şirketlerine her türlü kolaylığı sağlayacağız")]
