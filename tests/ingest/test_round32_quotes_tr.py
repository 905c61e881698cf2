"""Turkish quotes, round 32 (dev/407, 413, 419, 425, 449), each as a small text in words of its own. Each test was seen
failing on a planted bug (planted, run, failed, reverted); the plant is named."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)


def _tr_quotes(text, day=DAY):
    return proposed.quotes("Haber\n\n" + text, day)


# people.py: _LOCAL_BODY_WORDS (a sea, lake or port of two words is no person)

def test_a_sea_named_in_the_participle_clause_is_no_second_speaker():
    """'Hazar Denizi üzerinden … dikkati çeken X, "…" diye konuştu.': "Hazar Denizi" is no person in the
    nominative, so the name after the participle speaks (a port the same); a person named Deniz still is one."""
    # plant: "denizi" dropped from _LOCAL_BODY_WORDS (the quote was lost)
    lead = "Kazakistan Ulaştırma Bakanı Nurlan Sauranbayev dün İzmir'e geldi.\n\n"
    said = "Limanlarımız yeni hatlar için her zaman hazır olacak"
    assert _tr_quotes(lead + "Hazar Denizi üzerinden taşınan yükün arttığını hatırlatan Sauranbayev, \"" + said
                      + "\" diye konuştu.") == [("Nurlan Sauranbayev", said)]
    # plant: "limanı" dropped from _LOCAL_BODY_WORDS (the quote was lost)
    assert _tr_quotes(lead + "Aktau Limanı üzerinden taşınan yükün arttığını hatırlatan Sauranbayev, \"" + said
                      + "\" dedi.") == [("Nurlan Sauranbayev", said)]
    # near form: the given name "Deniz" (sea) is a person's still
    assert _tr_quotes("Ekonomist Deniz Aksoy, \"" + said + "\" dedi.") == [("Deniz Aksoy", said)]


# quotes.py: _TR_EXPERT_WORDS / _TR_EXPERT_OPENING / _tr_expert_gate ("Uzman, …" is the expert named before)

def test_a_bare_uzman_is_the_one_expert_named_before():
    """'… uzmanı Prof. Dr. X Y …. Uzman, "…" diye konuştu.' (full quote) and 'Uzman, … "…" ifade etti.' (partial):
    the one person the article named with that occupation, even after his own quote of two sentences (whose last names
    no one); none when it named two."""
    # plant: "[Uu]zman" dropped from _TR_EXPERT_OPENING (both quotes were lost)
    lead = ("Gazi Üniversitesi'nden enerji uzmanı Prof. Dr. Tolga Erkmen, anlaşmanın önemli olduğunu söyledi.\n\n"
            "Erkmen, \"Boru hattı bölgeye yeni bir denge getirecek. Fiyatlar da aşağı inecek\" değerlendirmesinde "
            "bulundu.\n\n")
    said = "Ancak kapasitenin artması için yeni yatırımlar da şart"
    assert _tr_quotes(lead + "Uzman, \"" + said + "\" diye konuştu.")[-1] == ("Tolga Erkmen", said)
    said2 = "uzun vadeli bir ortaklığa dönüşebileceğini"
    assert _tr_quotes(lead + "Uzman, Gürcistan'ın projeye katılmasıyla iki ülkenin yakınlaşmasının \"" + said2 + "\" ifade etti.")[-1] == (
        "Tolga Erkmen", said2)
    two = lead + "Marmara Üniversitesi'nden ekonomi uzmanı Doç. Dr. Deniz Aksoy da görüş bildirdi.\n\n"
    assert ("Tolga Erkmen", said) not in _tr_quotes(two + "Uzman, \"" + said + "\" diye konuştu.")


# quotes.py: _tr_inverted_named ('"…," dedi X.' before the verb-final subject of the sentence before)

def test_the_name_after_dedi_speaks_whoever_the_sentence_before_names():
    """'Y ise … değindi. "…," dedi X. "…"': the name after "dedi" speaks, and the next unattributed quote is his too;
    a bare title after "dedi" is still left to the sentence before."""
    # plant: the _tr_inverted_named line dropped from _attribute (the quote went to Erdoğan)
    lead = "Cumhurbaşkanı Recep Tayyip Erdoğan ise zirvede enerji projelerine değindi. "
    said, said2 = "Bu boru hattı artık bir proje değil,", "Gelecek yıl ilk gaz Avrupa pazarına ulaşacak."
    got = _tr_quotes("Azerbaycan Cumhurbaşkanı İlham Aliyev zirveye katıldı.\n\n" + lead + "\"" + said
                     + "\" dedi Aliyev. \"" + said2 + "\"")
    assert [speaker for speaker, _ in got] == ["Ilham Aliyev", "Ilham Aliyev"]
    # plant: the bare-title check in _tr_inverted_named dropped (the quote went to the minister who spoke last)
    said3 = "Sınır kapılarındaki bekleme süresi yarıya inecek"
    got = _tr_quotes("Ticaret Bakanı Ömer Bolat, \"Ticaretimiz bu yıl yüzde on artacak\" dedi.\n\n"
                     "Cumhurbaşkanı Recep Tayyip Erdoğan forumda konuştu. \"" + said3 + "\" dedi Cumhurbaşkanı.")
    assert ("Ömer Bolat", said3) not in got


# quotes.py: _label_without_stay (a headline label of four words before the place of stay)

def test_a_headline_label_of_four_words_before_the_place_of_stay():
    """'Özbekistan Ekonomi Bakanı Kudratov Bakü'de: "…"' with the body not repeating it: the minister's quote; five
    words before the place are still no label."""
    # plant: _label_without_stay returning its label unchanged (the headline quote was lost)
    said = "Ortak sanayi bölgeleri ticareti iki katına çıkaracak"
    body = ("\n\nÖzbekistan Ekonomi Bakanı Laziz Kudratov, Bakü'de Azerbaycanlı mevkidaşıyla görüştü.\n\n"
            "Kudratov, \"İki ülke arasındaki ulaşım hatlarını birlikte geliştireceğiz\" dedi.")
    got = proposed.quotes("Özbekistan Ekonomi Bakanı Kudratov Bakü'de: \"" + said + "\"" + body, DAY)
    assert ("Laziz Kudratov", said) in got
    got = proposed.quotes("Özbekistan Yeni Ekonomi Bakanı Kudratov Bakü'de: \"" + said + "\"" + body, DAY)
    assert ("Laziz Kudratov", said) not in got


# quotes.py: _TR_PARTICIPLE_SUBJECT (up to six capitalised words after the participle)

def test_a_full_title_and_name_after_a_participle_of_meeting():
    """'X ile görüşen Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, "…" dedi.': the state, ministry, title and name (five
    words) are the subject; the person met ("X ile") is no speaker."""
    # plant: {0,5} back to {0,3} in _TR_PARTICIPLE_SUBJECT (the quote was lost)
    said = "Ankara ile Bakü arasındaki ortaklık her yıl derinleşiyor"
    assert _tr_quotes("Hakan Fidan ile görüşen Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, \"" + said + "\" dedi.") == [
        ("Jeyhun Bayramov", said)]
    # near form: the one met named in the nominative too is no subject of his own
    got = _tr_quotes("Bayramov ile görüşen Türkiye Dışişleri Bakanı Hakan Fidan, \"" + said + "\" dedi.")
    assert got == [("Hakan Fidan", said)]


# people.py: _LOCAL_TITLES (a governor's or rector's title of the local press)

def test_a_governors_title_and_province_are_no_part_of_the_name():
    """'Van Valisi Kemal Aydın, …' then 'Aydın, "…" dedi.': the speaker is "Kemal Aydın", not "Van Valisi Kemal Aydın";
    a rector the same."""
    # plant: "Valisi" dropped from _LOCAL_TITLES (the speaker was "Van Valisi Kemal Aydın")
    said = "Sınır kapısındaki yeni terminal ticareti iki katına çıkaracak"
    assert _tr_quotes("Van Valisi Kemal Aydın, İranlı heyeti ağırladı.\n\nAydın, \"" + said + "\" dedi.") == [
        ("Kemal Aydın", said)]
    # plant: "Rektörü" dropped from _LOCAL_TITLES (the speaker was "Manas Üniversitesi Rektörü Selim Tunç")
    assert _tr_quotes("Manas Üniversitesi Rektörü Selim Tunç, yeni dönemi anlattı.\n\nTunç, \"" + said
                      + "\" diye konuştu.") == [("Selim Tunç", said)]


# quotes.py: _HEADLINE_TRAILING_NAME ('"…" dedi X' as a headline, the name the body gives in full)

def test_a_headline_quote_with_dedi_and_a_surname_the_body_names():
    """'"…" dedi Kaplan' over a body naming "Ekonomi Bakanı Serdar Kaplan": his quote; a surname the body does not
    name in full gives none."""
    # plant: "dedi\s|" dropped from _HEADLINE_TRAILING_NAME (the headline quote was lost)
    said = "İhracatta yeni bir rekor yılına hazırlanıyoruz"
    body = "\n\nEkonomi Bakanı Serdar Kaplan, Almatı'daki forumda konuştu.\n\nKaplan, görüşmelerin verimli geçtiğini söyledi."
    assert proposed.quotes("\"" + said + "\" dedi Kaplan" + body, DAY) == [("Serdar Kaplan", said)]
    assert proposed.quotes("\"" + said + "\" dedi Demirci" + body, DAY) == []


# quotes.py: _tr_these_words (the sentence after the quote says who said "these words")

def test_these_words_in_the_sentence_after_the_quote_name_the_speaker():
    """'"…" Kaplan bu sözleri fuarın açılışında söyledi.' and '"…" Bu açıklamayı yapan Bakan Serdar Kaplan, …': the one
    person named speaks; two people or a body ("Bu açıklamayı Bakanlık yaptı") give none."""
    # plant: the _tr_these_words line dropped from _round13_local (both quotes were lost)
    lead = "Ekonomi Bakanı Serdar Kaplan, Semerkant'taki fuara katıldı.\n\n"
    said = "Özbek tekstilcilerle ortak markalar yaratacağız."
    assert _tr_quotes(lead + "\"" + said + "\" Kaplan bu sözleri fuarın açılışında söyledi.") == [("Serdar Kaplan", said)]
    # plant: TR_THESE_WORDS_PARTICIPLE never matching (the second quote was lost)
    assert _tr_quotes(lead + "\"" + said + "\" Bu açıklamayı fuarda yapan Bakan Serdar Kaplan, tarih vermedi.") == [
        ("Serdar Kaplan", said)]
    assert _tr_quotes(lead + "\"" + said + "\" Bu sözleri Kaplan ve Cevdet Yılmaz birlikte söyledi.") == [(None, said)] \
        or _tr_quotes(lead + "\"" + said + "\" Bu sözleri Kaplan ve Cevdet Yılmaz birlikte söyledi.") == []
    assert _tr_quotes(lead + "\"" + said + "\" Bu açıklamayı Bakanlık yaptı.") == []


# quotes.py: TR_VERBS ("sözlerini ekledi" after the quote)

def test_added_these_words_after_the_quote():
    """'X, "…" sözlerini ekledi.' (and "sözlerine ekledi"): the subject's words, as "sözlerini kullandı"; the words of
    another in the genitive ('X, Atatürk'ün "…" sözlerini ekledi') stay no one's."""
    # plant: "|sözlerini ekledi|sözlerine ekledi" dropped from TR_VERBS (the quote was lost)
    lead = "Enerji Bakanı Alparslan Bayraktar, Aşkabat'ta konuştu. "
    said = "Türkmen gazı Avrupa'ya bu yol üzerinden ulaşacak"
    assert _tr_quotes(lead + "Bayraktar, \"" + said + "\" sözlerini ekledi.") == [("Alparslan Bayraktar", said)]
    assert _tr_quotes(lead + "Bayraktar, \"" + said + "\" sözlerine ekledi.") == [("Alparslan Bayraktar", said)]
    assert ("Alparslan Bayraktar", said) not in _tr_quotes(lead + "Bayraktar, Atatürk'ün \"" + said + "\" sözlerini ekledi.")
