"""Sixty-sixth round, Turkish quotes (quotestr66; docs/extraction.md: quotes.py, people.py): the forms behind the
dev/1080 and dev/1085 misses, told in short invented sentences. A radio interview whose questions are under the host's
surname in capitals and whose answers are under the minister's ("AKSOY: …?" / "BAYRAKTAR: …"), an answer running on
in plain paragraphs of which one holds a quote in marks ("… Cumhurbaşkanımızın ifadesiyle "…" ve …"): that paragraph
is still the answer, read whole, and the paragraph after it too (dev/1080); "Cumhurbaşkanımız" (our President), as a
Turkish minister calls Türkiye's president, is Türkiye's head of state on the day (dev/1080); a headline label whose
place of stay is several capitalised words in the locative ('Bakan Bayraktar TRT Radyo Haber'de: "…"', dev/1080);
and a partial quote after a surname and a topic particle, the genitive after them no one ("Yılmaz ayrıca Orta
Koridor'un "…" olduğunu vurguladı", dev/1085). Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 4)
ERDOGAN = "Recep Tayyip Erdoğan"

INTERVIEW = ("Bakan Karaca radyoda konuştu\n\nUlaştırma Bakanı Selim Karaca, dün akşam bir radyo programında Deniz "
             "Kaya'nın sorularını yanıtladı.\n\n"
             "KAYA: Sayın Bakan, demiryolu hattı ne zaman açılacak?\n\n"
             "KARACA: Hattın büyük kısmı tamamlandı, son kesimde raylar döşeniyor ve testler başladı.\n\n"
             "Yük trenleri yazın çalışmaya başlayacak. Cumhurbaşkanımızın ifadesiyle \"demiryolu bir ülkenin "
             "kalkınmasının omurgasıdır\" ve biz bu hattı zamanında bitireceğiz.\n\n"
             "Hedefimiz açık: yolcu trenlerini de yıl sonuna kadar sefere koymak.\n\n"
             "KAYA: Peki maliyetler ne durumda?\n\n"
             "KARACA: Maliyetler bütçenin içinde kaldı, ek bir kaynağa ihtiyaç duymadık.")


# plant: the round 66 _caps_label_run_on branch of _answer_holding_quotes returning False (the paragraph holding marks
# is read as a quote of its own, no answer)
def test_an_answer_paragraph_holding_a_quote_in_marks_runs_a_capitals_answer_on():
    quotes = proposed.quotes(INTERVIEW, DAY)
    assert ("Selim Karaca", "Yük trenleri yazın çalışmaya başlayacak. Cumhurbaşkanımızın ifadesiyle \"demiryolu bir "
            "ülkenin kalkınmasının omurgasıdır\" ve biz bu hattı zamanında bitireceğiz.") in quotes
    other = ("Röportaj\n\nEnerji Bakanı Nihat Özdemir sabah programında Ayşe Demir'in sorularını yanıtladı.\n\n"
             "DEMİR: Sayın Bakan, kış için gaz stokları yeterli mi?\n\n"
             "ÖZDEMİR: Depolarımız doldu, kış boyunca bir sıkıntı beklemiyoruz.\n\n"
             "Geçen hafta bir vatandaşımız bana \"faturalar ne olacak\" diye sordu, ona da zam olmayacağını "
             "söyledim.\n\n"
             "DEMİR: Yeni kuyular ne zaman devreye girecek?\n\n"
             "ÖZDEMİR: İlk kuyu önümüzdeki ay üretime başlayacak, ikincisi yaz aylarında.")
    assert ("Nihat Özdemir", "Geçen hafta bir vatandaşımız bana \"faturalar ne olacak\" diye sordu, ona da zam "
            "olmayacağını söyledim.") in proposed.quotes(other, DAY)


# plant: find_quotes' run-on test back on found[-1] (not _last_turn), so the inner quote ends the answer
def test_the_paragraph_after_an_answers_inner_quote_still_runs_it_on():
    assert ("Selim Karaca", "Hedefimiz açık: yolcu trenlerini de yıl sonuna kadar sefere koymak.") \
        in proposed.quotes(INTERVIEW, DAY)
    other = INTERVIEW.replace("Hedefimiz açık: yolcu trenlerini de yıl sonuna kadar sefere koymak.",
                              "İkinci aşamada limanla bağlantıyı kuracağız, ihaleye gelecek ay çıkıyoruz.")
    assert ("Selim Karaca", "İkinci aşamada limanla bağlantıyı kuracağız, ihaleye gelecek ay çıkıyoruz.") \
        in proposed.quotes(other, DAY)


# plant: "cumhurbaşkanımız" dropped from people._OUR_HEAD_OF_STATE
def test_our_president_in_the_words_of_is_turkiyes_head_of_state():
    assert (ERDOGAN, "demiryolu bir ülkenin kalkınmasının omurgasıdır") in proposed.quotes(INTERVIEW, DAY)
    report = ("Bakan Karaca fuarda konuştu\n\nUlaştırma Bakanı Selim Karaca, İzmir'deki fuarın açılışında konuştu. "
              "Karaca, yatırımların süreceğini söyledi. Cumhurbaşkanımızın deyişiyle, \"limanlar ülkenin dünyaya "
              "açılan kapısıdır.\"")
    assert (ERDOGAN, "limanlar ülkenin dünyaya açılan kapısıdır.") in proposed.quotes(report, DAY)


# plant: _label_before_long_stay returning None
def test_a_headline_label_with_a_place_of_stay_of_several_words_in_the_locative():
    text = ("Bakan Karaca Kanal Yedi Haber'de: \"Demiryolu yatırımları hız kesmeyecek\"\n\n"
            "Ulaştırma Bakanı Selim Karaca, dün akşam bir televizyon programında yeni projeleri anlattı.")
    assert proposed.quotes(text, DAY) == [("Selim Karaca", "Demiryolu yatırımları hız kesmeyecek")]
    other = ("Bakan Özdemir Dünya Enerji Kongresi'nde: \"Yeni kuyular kışa kadar üretime geçecek\"\n\n"
             "Enerji Bakanı Nihat Özdemir, kongrenin açılışında bir konuşma yaptı.")
    assert proposed.quotes(other, DAY) == [("Nihat Özdemir", "Yeni kuyular kışa kadar üretime geçecek")]


# plant: the _TR_SURNAME_LEAD branch dropped from _tr_surname_opening
def test_a_partial_quote_after_a_surname_and_a_topic_particle_is_his():
    text = ("Bakan Karaca Bakü'de\n\nUlaştırma Bakanı Selim Karaca, Bakü'de Azerbaycanlı mevkidaşıyla görüştü.\n\n"
            "Karaca ayrıca Orta Koridor'un \"iki ülkenin ortak kazancı\" olduğunu vurguladı.")
    assert proposed.quotes(text, DAY) == [("Selim Karaca", "iki ülkenin ortak kazancı")]
    other = ("Bakan Özdemir Aşkabat'ta\n\nEnerji Bakanı Nihat Özdemir, Aşkabat'ta Türkmen mevkidaşıyla görüştü.\n\n"
             "Özdemir ise Hazar Boru Hattı'nın \"bölgenin en önemli projesi\" olacağını söyledi.")
    assert proposed.quotes(other, DAY) == [("Nihat Özdemir", "bölgenin en önemli projesi")]
