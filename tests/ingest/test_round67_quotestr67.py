"""Sixty-seventh round, quotestr67 (docs/extraction.md: people.py, quotes.py): the forms behind the dev/1092 and
dev/1096 quote misses, told in short invented Turkish sentences. A people's name, a state's name before a bare demonym
("Kıbrıs Türk halkının …", the Turkish Cypriot people), is no person who speaks the quote after it (1092); a partial
quote ending in a nominalised clause in the ablative before a word of complaint ('X, … "… uzadığından" şikâyetçi.')
is the sentence subject's (1096); and the particle "de" between "diye" and its verb ('"…," diye de ekledi.') ends a
quote whose speaker is the last one's (1096). Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 21)


# plant: people._peoples_name returning False (both quotes given to "Kıbrıs Türk")
def test_a_peoples_name_before_the_colon_is_no_speaker():
    text = ("Cumhurbaşkanı Tufan Erhürman dün Bakü'ye geldi. Erhürman konuşmasında, Kıbrıs Türk halkının "
            "kardeşliğine vurgu yaparak şunları söyledi:\n\n"
            "\"Azerbaycan ile aramızdaki yolları birlikte açmaya kararlıyız.\"")
    assert proposed.quotes(text, DAY) == [
        ("Tufan Erhürman", "Azerbaycan ile aramızdaki yolları birlikte açmaya kararlıyız.")]
    other = ("Dernek Başkanı Mehmet Yalçın dün Lefkoşa'ya gitti. Yalçın konuşmasında, Kıbrıs Türk toplumunun "
             "haklarını hatırlatarak şöyle konuştu:\n\n"
             "\"Adadaki soydaşlarımızın güvenliği bizim için her şeyden önce gelir.\"")
    assert proposed.quotes(other, DAY) == [
        ("Mehmet Yalçın", "Adadaki soydaşlarımızın güvenliği bizim için her şeyden önce gelir.")]


# plant: people._peoples_name without its places.names_a_state test (every "X Türk" pair read as a people's name)
def test_a_demonym_surname_after_a_given_name_is_still_a_speaker():
    text = "Ahmet Türk, \"İhracatta bu yıl yeni bir rekor bekliyoruz\" dedi."
    assert proposed.quotes(text, DAY) == [("Ahmet Türk", "İhracatta bu yıl yeni bir rekor bekliyoruz")]
    other = "Ali Özbek ise \"Navlun fiyatları artık makul bir seviyeye indi\" dedi."
    assert proposed.quotes(other, DAY) == [("Ali Özbek", "Navlun fiyatları artık makul bir seviyeye indi")]


# plant: the branch of quotes._attribute that reads _TR_COMPLAINED_AFTER removed
def test_a_partial_quote_in_the_ablative_before_a_complaint_is_the_subjects():
    text = ("Ankara'da mağaza işleten iş insanı Kemal Doğru ile konuştum. Yine de Doğru, sınırdaki kuyrukların "
            "\"her hafta biraz daha uzadığından\" şikâyetçi.")
    assert proposed.quotes(text, DAY) == [("Kemal Doğru", "her hafta biraz daha uzadığından")]
    other = ("Tekstil ihracatçısı Selin Aksoy dün bir açıklama yaptı. Aksoy, navlun fiyatlarının \"geçen yıla göre "
             "iki katına çıktığından\" yakındı.")
    assert proposed.quotes(other, DAY) == [("Selin Aksoy", "geçen yıla göre iki katına çıktığından")]


# plant: the round 67 "diye d[ae] …" alternative dropped from quotes.TR_VERBS
def test_diye_de_before_the_verb_ends_a_quote_of_the_last_speaker():
    text = ("\"Yatırımcılarımız için kapımız her zaman açıktır,\" diyen Bakan Ali Kaya, ortak projelere değindi. "
            "\"Önümüzdeki yıl iki yeni fabrika açmayı planlıyoruz,\" diye de ekledi.")
    assert proposed.quotes(text, DAY) == [
        ("Ali Kaya", "Yatırımcılarımız için kapımız her zaman açıktır"),
        ("Ali Kaya", "Önümüzdeki yıl iki yeni fabrika açmayı planlıyoruz")]
    other = ("Ticaret Odası Başkanı Derya Sönmez, \"Gümrükte bekleme süreleri kısalmalı\" dedi. Sönmez, \"Lojistik "
             "sorunları çözülmeden ticaret büyümez\" diye de uyardı.")
    assert proposed.quotes(other, DAY) == [
        ("Derya Sönmez", "Gümrükte bekleme süreleri kısalmalı"),
        ("Derya Sönmez", "Lojistik sorunları çözülmeden ticaret büyümez")]
