"""Sixty-ninth round, tr69 (docs/extraction.md: quotes.py, visits.py, money.py): the forms behind the dev/1113 and
dev/1116 misses, told in short invented sentences. A TV bulletin's transcript whose soundbites carry the speaker's
name in capitals with a note, "X Y (SES): …" (an English script's "(SOT)"), the words of the person the bulletin
named before, while the anchor's and correspondent's lines are no one's quotes (1113); the type of a visit told in a
later sentence by the Turkish participle of its length before it, "Üç gün sürecek resmi ziyaretin ilk durağı …"
(1116); the postposition "aşkın" after an amount, "1 milyon doları aşkın bir seviyeye" (over; 1116); and a partial
quote whose subject is "the guest" and his title, "Konuk Meclis Başkanı da … \"…\" … söyledi", the head of the
delegation told with him, "X Y, beraberindeki … heyetiyle …" (1116), and a full quote of the same subject, 'Konuk …
Bakanı, "…" dedi.'. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


# plant: quotes._soundbite_label_answer returning None
def test_a_bulletin_soundbite_under_a_capitals_label_with_a_note():
    text = ("Ana Haber: Ankara'da enerji görüşmesi\n\n"
            "SPİKER: Enerji Bakan Yardımcısı Selim Arıkan bugün Astana'da Kazak yetkililerle bir araya geldi. "
            "Ayrıntılar muhabirimizde.\n\n"
            "MUHABİR: Görüşmede doğal gaz ve elektrik ticareti ele alındı. İki taraf yeni projeler üzerinde durdu.\n\n"
            "SELİM ARIKAN (SES): Kazakistan ile enerji alanındaki işbirliğimiz her geçen yıl derinleşiyor. Yeni "
            "hatlar için çalışmalara başladık.\n\n"
            "MUHABİR: Arıkan'ın ziyareti yarın sona erecek. Astana'dan haber merkezine.")
    assert proposed.quotes(text, DAY) == [
        ("Selim Arıkan", "Kazakistan ile enerji alanındaki işbirliğimiz her geçen yıl derinleşiyor. Yeni hatlar için "
                         "çalışmalara başladık.")]
    # the surname alone as the label, and an English script's "(SOT)"
    surname = ("Ana Haber: Taşkent'te ulaştırma toplantısı\n\n"
               "SPİKER: Ulaştırma Bakan Yardımcısı Melike Durusoy Taşkent'te temaslarda bulunuyor.\n\n"
               "DURUSOY (SES): Demiryolu bağlantısı iki ülkenin ticaretini kısa sürede artıracak bir proje.\n\n"
               "SPİKER: Şimdi spor haberlerine geçiyoruz.")
    assert proposed.quotes(surname, DAY) == [
        ("Melike Durusoy", "Demiryolu bağlantısı iki ülkenin ticaretini kısa sürede artıracak bir proje.")]
    english = ("Evening News: rail talks in Baku\n\n"
               "ANCHOR: Deputy Transport Minister Tomas Verhoeven arrived in Baku today for rail talks.\n\n"
               "REPORTER: The talks focused on the freight corridor across the Caspian.\n\n"
               "TOMAS VERHOEVEN (SOT): We want the first container trains running on this route before the winter.\n\n"
               "ANCHOR: Now to the weather.")
    assert proposed.quotes(english, DAY) == [
        ("Tomas Verhoeven", "We want the first container trains running on this route before the winter.")]


# plant: `or _LASTING_TYPED.search(sentence)` dropped from the later-sentence typing in visits.find_visits
def test_a_visit_typed_later_by_the_participle_of_its_length():
    text = ("ANKARA – Özbekistan Tarım Bakanı Ravşan Nurmatov, beraberindeki heyetle dün öğleden sonra Ankara'ya "
            "geldi.\n\nİki gün sürecek resmi ziyaretin ilk durağı bu sabah Tarım ve Orman Bakanlığı oldu.")
    assert [v[4] for v in proposed.visits(text, DAY)] == ["official"]
    working = ("ANKARA – Özbekistan Tarım Bakanı Ravşan Nurmatov dün Ankara'ya geldi.\n\nÜç gün sürecek çalışma "
               "ziyaretinin programında fuar ziyareti de yer alıyor.")
    assert [v[4] for v in proposed.visits(working, DAY)] == ["working"]


# plant: "kın" dropped from money._QUALIFIER_AFTER's "aş(…)" endings
def test_aşkın_after_an_amount_is_over():
    text = ("Türkiye ile Kazakistan arasındaki ticaret hacmi geçen yıl yüzde 9 artışla 6 milyar doları aşkın bir "
            "seviyeye ulaştı.")
    assert proposed.trade(text, DAY) == [(TR_KZ, "2025", "turnover", 6000.0, "over", "9")]
    other = "Türkiye'nin Özbekistan'a ihracatı 2025 yılında 1,5 milyar doları aşkın bir tutarda gerçekleşti."
    assert [(f[1], f[2], f[3], f[4]) for f in proposed.trade(other, DAY)] == [("2025", "export", 1500.0, "over")]


# plant: the "Konuk" branch dropped from quotes._tr_clause_partial (and apart: ",\s+beraberinde(?:ki)?" dropped from
# quotes._TR_DELEGATION_HEADED_BY, which fails the first example)
def test_a_partial_quote_of_the_guest_and_his_title():
    text = ("ANKARA – Kazakistan Senato Başkanı Nurlan Sarıbayev, beraberindeki parlamento heyetiyle birlikte dün "
            "Ankara'ya geldi. Sarıbayev'i havalimanında TBMM Başkanı Kemal Uçaroğlu karşıladı.\n\n"
            "Uçaroğlu, iki parlamento arasındaki işbirliğinin güçlendiğini söyledi.\n\n"
            "Konuk Senato Başkanı da iki ülke arasındaki ilişkileri \"daha ileri bir düzeye\" taşımak istediklerini "
            "söyledi.")
    assert ("Nurlan Sarıbayev", "daha ileri bir düzeye") in proposed.quotes(text, DAY)
    assert all(speaker != "Kemal Uçaroğlu" for speaker, _ in proposed.quotes(text, DAY))
    headed = ("ANKARA – Özbekistan Ticaret Bakanı Laziz Kudratov başkanlığındaki heyet dün Ankara'ya geldi ve Ticaret "
              "Bakanı ile görüştü.\n\n"
              "Konuk bakan, iki ülke arasındaki ticareti \"beş yıl içinde iki katına\" çıkarmak istediklerini "
              "belirtti.")
    assert proposed.quotes(headed, DAY) == [("Laziz Kudratov", "beş yıl içinde iki katına")]


# plant: the titled alternative dropped from quotes._TR_GUEST_SUBJECT (back to "Konuk" or "Konuk bakan")
def test_a_full_quote_of_the_guest_and_his_title():
    text = ("ANKARA – Kırgızistan Ekonomi Bakanı Daniyar Amangeldiyev, beraberinde bir iş heyetiyle dün Ankara'ya "
            "geldi.\n\nKonuk Ekonomi Bakanı, \"Türk yatırımcılar için yeni serbest bölgeler açmaya hazırız\" dedi.")
    assert proposed.quotes(text, DAY) == [
        ("Daniyar Amangeldiyev", "Türk yatırımcılar için yeni serbest bölgeler açmaya hazırız")]
    other = ("BAKÜ – Türkiye Ticaret Bakan Yardımcısı Ferit Yalçınkaya başkanlığındaki heyet dün Bakü'ye ulaştı.\n\n"
             "Konuk Bakan Yardımcısı, \"Orta Koridor üzerinden taşınan yük miktarı her yıl artıyor\" diye konuştu.")
    assert proposed.quotes(other, DAY) == [
        ("Ferit Yalçınkaya", "Orta Koridor üzerinden taşınan yük miktarı her yıl artıyor")]
