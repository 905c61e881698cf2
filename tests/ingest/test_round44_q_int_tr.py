"""Forty-fourth round, quotes of Turkish interviews and press conferences laid out as questions and answers
(docs/extraction.md: quotes.py, people.py): the forms behind the dev/755, 779 and 785 misses and the failures the
probes found, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 10)


def _interview(lead: str, label: str, outlet: str = "Havadis") -> str:
    """A lead, then two questions under the outlet's label and two answers under `label`."""
    return (f"{lead}\n\n{outlet}: İlişkileri nasıl değerlendiriyorsunuz?\n\n"
            f"{label}: İlişkilerimiz her geçen gün daha da güçleniyor ve yeni projeler geliyor.\n\n"
            f"{outlet}: Hedefiniz nedir?\n\n{label}: Ticaret hacmini iki katına çıkarmak istiyoruz, bu mümkün.")


ANSWERS = ("İlişkilerimiz her geçen gün daha da güçleniyor ve yeni projeler geliyor.",
           "Ticaret hacmini iki katına çıkarmak istiyoruz, bu mümkün.")


def test_surname_label_is_the_three_word_name_after_a_bare_envoy_title():
    # plant: "Büyükelçi" and "Başkonsolos" dropped from people._LOCAL_TITLES
    text = _interview("Kıbrıs'ın Bakü Temsilcisi Büyükelçi Fatma Nur Demirel, ilişkilerin güçlendiğini söyledi. "
                      "Demirel, Havadis'in sorularını yanıtladı.", "Demirel")
    assert proposed.quotes(text, DAY) == [("Fatma Nur Demirel", answer) for answer in ANSWERS]
    consul = _interview("Başkonsolos Mehmet Ali Kaya, ilişkilerin güçlendiğini söyledi.", "Kaya")
    assert proposed.quotes(consul, DAY) == [("Mehmet Ali Kaya", answer) for answer in ANSWERS]
    # with no comma after the name (the comma let an older title rule find the three words on its own)
    plain = _interview("Bakü'de görev yapan Büyükelçi Fatma Nur Demirel ilişkilerin güçlendiğini söyledi.", "Demirel")
    assert proposed.quotes(plain, DAY) == [("Fatma Nur Demirel", answer) for answer in ANSWERS]
    # a name of two words after the title stays two words
    two = _interview("Büyükelçi Fatma Demirel, ilişkilerin güçlendiğini söyledi.", "Demirel")
    assert proposed.quotes(two, DAY) == [("Fatma Demirel", answer) for answer in ANSWERS]


def test_two_word_reading_of_a_surname_is_the_longer_name_named_before():
    # plant: Resolver._named_longer returning None
    text = ("Bakan Yardımcısı Kaya: \"Koridor açıldığında ticaretimiz ikiye katlanır\"\n\n"
            "Ticaret Bakan Yardımcısı Mehmet Ali Kaya, dün Bakü'de gazetecilerle görüştü. Kaya, koridorun önemine "
            "dikkat çekti.")
    assert proposed.quotes(text, DAY) == [("Mehmet Ali Kaya", "Koridor açıldığında ticaretimiz ikiye katlanır")]


def test_longer_name_is_no_title_or_acronym_before_the_name():
    # plant: the name-shaped check of the extra words dropped from Resolver._named_longer
    text = ("The delegation included MP Tural Ganjaliyev, chairman of the Azerbaijan-Hungary working group. "
            "\"Hungarian companies are already working in Karabakh, and we expect more of them,\" he told journalists.")
    assert proposed.quotes(text, DAY) == [
        ("Tural Ganjaliyev", "Hungarian companies are already working in Karabakh, and we expect more of them")]


def test_answer_label_in_capitals_is_the_surname_as_the_body_writes_it():
    # plant: _label_as_written returning (label,) only
    text = ("Dışişleri Bakanı Ayhan Yılmaz, dün Bakü'de bir basın toplantısı düzenledi.\n\n"
            "SORU: Ziyaretin sonuçları neler?\n\nYILMAZ: İki belge imzaladık ve yeni bir dönem başlıyor.\n\n"
            "Bunun için çalışmaya devam edeceğiz, hedefimiz net.\n\nSORU: Uçuşlar ne durumda?\n\n"
            "YILMAZ: Doğrudan uçuş için görüşmeler sürüyor, yaz sonunu bekliyoruz.")
    assert proposed.quotes(text, DAY) == [
        ("Ayhan Yılmaz", "İki belge imzaladık ve yeni bir dönem başlıyor."),
        ("Ayhan Yılmaz", "Bunun için çalışmaya devam edeceğiz, hedefimiz net."),
        ("Ayhan Yılmaz", "Doğrudan uçuş için görüşmeler sürüyor, yaz sonunu bekliyoruz.")]
    # an acronym in capitals names no one
    acronym = ("Dışişleri Bakanı Ayhan Yılmaz dün Bakü'de konuştu.\n\nSORU: Ziyaretin sonuçları neler?\n\n"
               "NATO: İki belge imzaladık ve yeni bir dönem başlıyor.")
    assert proposed.quotes(acronym, DAY) == []


def test_answer_label_may_open_with_a_turkish_capital():
    # plant: TRANSCRIPT's label back to [A-Z] (ASCII capitals only)
    text = _interview("Büyükelçi Hasan Can Özkan, ilişkilerin güçlendiğini söyledi.", "Özkan")
    assert proposed.quotes(text, DAY) == [("Hasan Can Özkan", answer) for answer in ANSWERS]


def test_single_marked_quote_inside_an_answer_is_its_own_record():
    # plant: the _single_marked_inside call dropped from find_quotes
    text = ("Ekonomi Bakanı Ali Rıza Tekin ile görüşen Dışişleri Bakanı Ayhan Yılmaz, basın toplantısı düzenledi.\n\n"
            "SORU: Sonuç ne?\n\nYILMAZ: Sayın Tekin bana açıkça 'Kıbrıs Türk ürünleri için kapımız açık' dedi. "
            "Biz de hazırız.\n\nSORU: Başka?\n\nYILMAZ: Hayır, şimdilik bu kadar, hepinize teşekkürler.")
    got = proposed.quotes(text, DAY)
    assert ("Ali Rıza Tekin", "Kıbrıs Türk ürünleri için kapımız açık") in got
    assert ("Ayhan Yılmaz", "Sayın Tekin bana açıkça 'Kıbrıs Türk ürünleri için kapımız açık' dedi. "
                            "Biz de hazırız.") in got
    # the apostrophes of case endings are no quote marks
    endings = ("Dışişleri Bakanı Ayhan Yılmaz dün konuştu.\n\nSORU: Sonuç ne?\n\nYILMAZ: Bakü'ye ve Ercan'a uçuşlar "
               "2028'e kadar artacak, Türkiye'nin desteği sürüyor dedi.")
    assert [speaker for speaker, _ in proposed.quotes(endings, DAY)] == ["Ayhan Yılmaz"]


def test_honorific_before_a_surname_is_no_given_name():
    # plant: "sayın" dropped from people._TITLE_WORDS
    text = ("Ekonomi Bakanı Ali Rıza Tekin ile görüşen Dışişleri Bakanı Ayhan Yılmaz, basın toplantısı düzenledi.\n\n"
            "SORU: Sonuç ne?\n\nYILMAZ: Sayın Tekin bana 'yeni kapılar açmaya hazırız' dedi, biz de hazırız.")
    assert ("Ali Rıza Tekin", "yeni kapılar açmaya hazırız") in proposed.quotes(text, DAY)


def test_partial_quote_after_a_participle_of_touching_on_a_point():
    # plant: "değinen" dropped from quotes._TR_SPEAKING_SUBJECT
    text = ("Dışişleri Bakanı Ayhan Yılmaz dün Bakü'deydi.\n\nCumhurbaşkanı Tufan Erhürman'ın ziyaretine de değinen "
            "Yılmaz, verilen sözlerin \"kâğıt üzerinde kalmaması için\" bir takip mekanizması kurulduğunu söyledi.")
    assert proposed.quotes(text, DAY) == [("Ayhan Yılmaz", "kâğıt üzerinde kalmaması için")]


def test_partial_quote_with_six_clause_words_before_the_verb():
    # plant: TR_CLAUSE_AFTER's words back to {0,4}
    text = ("Dışişleri Bakanı Ayhan Yılmaz dün Bakü'deydi.\n\nYılmaz, verilen sözlerin \"kâğıt üzerinde kalmaması "
            "için\" Dışişleri Bakanlığı bünyesinde bir takip mekanizması kurulduğunu söyledi.")
    assert proposed.quotes(text, DAY) == [("Ayhan Yılmaz", "kâğıt üzerinde kalmaması için")]
    # a programme's name in the marks, every word capitalised, is no partial quote
    name = ("Dışişleri Bakanı Ayhan Yılmaz dün Bakü'deydi.\n\nYılmaz, \"Türk Dünyası 2040 Vizyonu\" belgesinin "
            "hayata geçirilmesinde parlamentolara büyük görev düştüğünü söyledi.")
    assert proposed.quotes(name, DAY) == []
