"""Seventy-fifth round, bold75 (docs/extraction.md: quotes.py, figures.py, visits.py, when.py): the forms behind the
dev/1188 misses (an Anadolu Ajansı interview laid out under bold labels), told in short invented sentences. An
interview's turns under a label in Markdown bold, the colon inside or outside it ("**Bakan X:** …", "**Minister
X**: …"): each answer the answerer's quote without the label, the outlet's questions none; a Turkish goal's deadline
told in the next sentence by a pronoun for it and a verb of achieving, "Bunu 2030'dan önce başarmalıyız" (before a
year); documents still to be signed, the verbal noun with a verb of expecting or planning after it ("üç anlaşmanın
imzalanmasını bekliyoruz"), not counted as signed; and the answerer's own earlier trip told in a clause of time in the
first person ("… Forumu'na katıldığımda … mutabakat zaptı imzaladık"), under a bold label, "last year" before its day
and month, with the one document he signed in the first person. Each test was seen failing once on a planted bug
(then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 10)
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


# plant: the bold dropped from quotes.TRANSCRIPT ("(?P<bold>\*\*)?" made one that never matches; so too, apart: the
# colon outside the bold, "\*\*\s*:", dropped from its conditional end)
def test_an_interview_under_bold_labels_gives_each_answer_as_the_answerer_s_quote():
    text = ("Kazakistan Ticaret Bakanı Serik Jumangarin, Ankara'da AA muhabirinin sorularını yanıtladı.\n\n"
            "**AA:** Sayın Bakan, iki ülke arasındaki ticaret nasıl gelişiyor?\n\n"
            "**Bakan Jumangarin:** Ticaretimiz her yıl büyüyor ve yeni ürünler listeye giriyor. Lojistik hatlar da "
            "genişliyor.\n\n"
            "**AA:** Yatırımlar konusunda neler söyleyebilirsiniz?\n\n"
            "**Bakan Jumangarin:** Türk yatırımcılar bizim için çok önemli ortaklar. Yeni sanayi bölgeleri açıyoruz.")
    assert proposed.quotes(text, DAY) == [
        ("Serik Jumangarin", "Ticaretimiz her yıl büyüyor ve yeni ürünler listeye giriyor. Lojistik hatlar da "
                             "genişliyor."),
        ("Serik Jumangarin", "Türk yatırımcılar bizim için çok önemli ortaklar. Yeni sanayi bölgeleri açıyoruz.")]
    outside = ("Kyrgyz Economy Minister Daniyar Amangeldiev answered questions from our correspondent in Baku.\n\n"
               "**Reporter**: Minister, how is trade with Azerbaijan developing?\n\n"
               "**Minister Amangeldiev**: Trade keeps growing every year and new goods are joining the list. Logistics "
               "are improving too.")
    assert proposed.quotes(outside, DAY) == [
        ("Daniyar Amangeldiev", "Trade keeps growing every year and new goods are joining the list. Logistics are "
                                "improving too.")]


# plant: the Turkish pronoun with a verb of achieving ("bun[ua] … başar|ulaş|gerçekleştir") dropped from
# figures._GOAL_BACK (so too, apart: "'dan önce" dropped from figures._DEADLINE_ANY)
def test_a_turkish_goal_s_deadline_told_back_by_a_pronoun_and_a_verb_of_achieving():
    text = ("Azerbaycan ile Türkiye arasındaki ticaret geçen yıl 8 milyar dolar oldu. Liderlerimiz ticaret hacmini 15 "
            "milyar dolara çıkarma hedefini koydu. Bunu 2030'dan önce başarmalıyız.")
    assert proposed.targets(text, DAY) == [(AZ_TR, 15000.0, "2030")]
    other = ("Özbekistan ile Türkiye arasındaki ticaret geçen yıl 3 milyar dolar oldu. İki ülke ticaret hacmini 5 "
             "milyar dolara çıkarma hedefi belirledi. Buna 2028'den önce ulaşmayı planlıyoruz.")
    assert proposed.targets(other, DAY) == [(TR_UZ, 5000.0, "2028")]


# plant: visits._TA_SIGNING_TO_COME_AFTER made "" (any form after "imzala" read as signed)
def test_documents_still_to_be_signed_are_not_counted():
    text = ("Özbekistan Dışişleri Bakanı Bahtiyar Saidov dün Ankara'ya geldi. Saidov, yarın en az üç anlaşmanın "
            "imzalanmasını beklediklerini söyledi.")
    assert [v[1:4] for v in proposed.visits(text, DAY)] == [("Türkiye", "2026-03-09", "Ankara")]
    assert proposed.documents(text, DAY) == ["0"]
    planned = ("Kazakistan Dışişleri Bakanı Murat Nurtleu dün Ankara'ya geldi. Ziyarette dört belgenin imzalanması "
               "planlanıyor.")
    assert proposed.documents(planned, DAY) == ["0"]


# plant: the clause of time ("katıldığımda|gittiğimde|…") dropped from visits._FIRST_PERSON_TRIP (so too, apart: the
# bold label dropped from visits._labelled_answer; the first person's "dık|dım" dropped from visits._TA_ONE_DOCUMENT;
# visits._TR_VISIT_DAY_AFTER left unread in _the_visits_own_day, the document then of "another time")
def test_the_answerer_s_own_trip_told_in_a_clause_of_time_with_the_document_he_signed():
    text = ("Kazakistan Ticaret Bakanı Serik Jumangarin, Ankara'da AA muhabirinin sorularını yanıtladı.\n\n"
            "**AA:** Sayın Bakan, Türk şirketleriyle işbirliğiniz nasıl?\n\n"
            "**Bakan Jumangarin:** Çok iyi. Geçen yıl 5 Eylül'de İzmir Ticaret Fuarı'na katıldığımda bir Türk "
            "şirketiyle lojistik merkezi için mutabakat zaptı imzaladık. Proje sürüyor.")
    assert proposed.visits(text, DAY) == [("Serik Jumangarin", "Türkiye", "2025-09-05", "Izmir", "other")]
    assert proposed.documents(text, DAY) == ["1"]
    other = ("Özbekistan Yatırım Bakanı Laziz Kudratov, Bakü'de muhabirimizin sorularını yanıtladı.\n\n"
             "**Muhabir:** Azerbaycan ile ortak projeler ne durumda?\n\n"
             "**Bakan Kudratov:** Geçen yıl 12 Kasım'da Bakü'ye gittiğimde bir Azerbaycan şirketiyle tekstil fabrikası "
             "için işbirliği anlaşmasını imzaladım. Fabrika bu yıl açılacak.")
    assert proposed.visits(other, DAY) == [("Laziz Kudratov", "Azerbaijan", "2025-11-12", "Baku", "other")]
    assert proposed.documents(other, DAY) == ["1"]
