"""Seventy-seventh round, column77 (docs/extraction.md: quotes.py, figures.py, visits.py): the forms behind the dev/1212
misses (a Turkish opinion column recalling leaders' words), told in short invented sentences. A quote the speaker goes
on with after '"…," demiş, ardından eklemişti:' (the recalled past, one sentence); an analyst named after "diyor" with a
relative clause ending in its participle before the occupation ('diyor İzmir'deki bir bankada çalışan ekonomist X Y'),
then a sentence with no subject adding a colon quote ('Toplantıdan sonra şunu da ekledi: "…"'); a partial quote
"diye tarif etmişti" after a participle's speaker and the object between ('"…," diyen X, limanı "…" diye tarif
etmişti'); a leader's words '"…" cümlesiyle' (with the sentence), as "sözleriyle"; a period's figure "çıktı" (rose
to) after a remark with no number, its sentence going on with "; ama …"; and the documents' count as a predicate in
the past copula ("imzalanan belgelerin sayısı on beşti"). Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 2)
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


# plant: the ", ardından eklemişti:" alternative dropped from quotes._TR_SAID_THEN_ADDED
def test_a_recalled_quote_goes_on_after_demis_ardindan_eklemisti():
    text = ('Ticaret Bakanı Ömer Bolat geçen yıl Taşkent\'teydi. "Özbekistan ile ticaretimiz hızla büyüyor," demiş, '
            'ardından eklemişti: "Yeni lojistik merkezleri bu büyümeyi kalıcı hale getirecek."')
    assert ("Ömer Bolat", "Yeni lojistik merkezleri bu büyümeyi kalıcı hale getirecek.") in proposed.quotes(text, DAY)
    other = ('Ticaret Bakanı Ömer Bolat geçen yıl Taşkent\'teydi. "Tekstil yatırımları iki katına çıkacak," demişti, '
             'sonra da şöyle devam etmişti: "Bu hedef için bankalarımız hazır durumda bekliyor."')
    assert ("Ömer Bolat", "Bu hedef için bankalarımız hazır durumda bekliyor.") in proposed.quotes(other, DAY)


# plant: the participle alternative dropped from quotes._TR_BODY_FROM
def test_an_analyst_named_after_diyor_with_a_participle_clause_before_the_occupation():
    text = ('"Türk yatırımcı Orta Asya pazarını hâlâ keşfetmedi," diyor İzmir\'deki bir bankada çalışan ekonomist '
            'Deniz Arıkan.')
    assert proposed.quotes(text, DAY) == [("Deniz Arıkan", "Türk yatırımcı Orta Asya pazarını hâlâ keşfetmedi")]
    other = ('"Navlun fiyatları bu yıl da yüksek kalacak," diyor Bakü\'de görev yapan uzman Selim Tuna.')
    assert proposed.quotes(other, DAY) == [("Selim Tuna", "Navlun fiyatları bu yıl da yüksek kalacak")]


# plant: quotes._tr_said_by_then_added_later returning False
def test_a_subjectless_sentence_adds_a_colon_quote_after_the_named_analyst():
    text = ('"Türk yatırımcı Orta Asya pazarını hâlâ keşfetmedi," diyor ekonomist Deniz Arıkan. Toplantıdan sonra '
            'şunu da ekledi: "Gümrük süreleri kısalmadan ihracat artmaz."')
    assert ("Deniz Arıkan", "Gümrük süreleri kısalmadan ihracat artmaz.") in proposed.quotes(text, DAY)
    other = ('"Navlun fiyatları bu yıl da yüksek kalacak," dedi Selim Tuna. Geçen ay bir panelde şunları '
             'eklemişti: "Demiryolu hattı bitince tablo tamamen değişecek."')
    assert ("Selim Tuna", "Demiryolu hattı bitince tablo tamamen değişecek.") in proposed.quotes(other, DAY)


# plant: quotes._tr_object_between returning False
def test_a_partial_described_after_a_participles_speaker_and_its_object():
    text = ('Cumhurbaşkanı Erdoğan konuştu. "Limanlarımız artık bütün bölgenin kapısı olacak," diyen Türk lider, '
            'Hazar\'dan geçen Orta Koridor\'u "ihracatın en hızlı yolu" diye tarif etmişti.')
    assert ("Recep Tayyip Erdoğan", "ihracatın en hızlı yolu") in proposed.quotes(text, DAY)
    other = ('Cumhurbaşkanı Erdoğan dün Kars\'taydı. "Demiryolu hattı iki yıl içinde mutlaka bitecek," diyen Türk '
             'lider, Kars\'tan geçen Bakü-Tiflis-Kars hattını "Asya\'ya açılan çelik köprü" diye nitelendirdi.')
    assert ("Recep Tayyip Erdoğan", "Asya'ya açılan çelik köprü") in proposed.quotes(other, DAY)


# plant: "cümlesiyle|cümleleriyle" dropped from quotes.TR_VERBS
def test_a_leaders_words_with_cumlesiyle():
    text = ("Türkiye Cumhurbaşkanı Erdoğan ve Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev geçen yıl Semerkant'ta "
            'bir araya geldi. Zirveye katılan Kazak lider ise "Ticaret yollarını birlikte kurmak zorundayız" '
            "cümlesiyle dikkat çekti.")
    assert ("Kassym-Jomart Tokayev", "Ticaret yollarını birlikte kurmak zorundayız") in proposed.quotes(text, DAY)
    other = ("Ticaret Bakanı Ömer Bolat dün Astana'daydı. Bolat, \"Gümrükte bekleme süresi yarıya inmeli\" "
             "cümleleriyle konuşmasını bitirdi.")
    assert proposed.quotes(other, DAY) == [("Ömer Bolat", "Gümrükte bekleme süresi yarıya inmeli")]


# plant: the figures._numberless_remark_between branch dropped from find_figures (so too, each apart: "çıktı" dropped
# from figures._ELLIPTIC_AFTER; figures._SEMICOLON_BUT_TAIL no longer searched)
def test_a_period_figure_after_a_numberless_remark():
    text = ("Türkiye ile Kazakistan arasındaki ticaret hacmi geçen yıl 4,1 milyar dolar oldu. Yani ticaret yerinde "
            "sayıyor. Bu yılın ilk dört ayında hacim yüzde 8 artışla 1,2 milyar dolara çıktı; ama bu hız yetmez.")
    assert (KZ_TR, "2026-4M", "turnover", 1200.0, "exact", "8") in proposed.trade(text, DAY)
    other = ("Türkiye ile Kazakistan arasındaki ticaret hacmi geçen yıl 4,1 milyar dolar oldu. Bu, beklentinin "
             "altında kaldı. Bu yılın ilk beş ayında hacim 1,9 milyar dolara çıktı; ancak 10 milyar dolarlık hedef "
             "hâlâ çok uzakta.")
    assert (KZ_TR, "2026-5M", "turnover", 1900.0) in proposed.trade_values(other, DAY)


# plant: the past copula alternative dropped from visits._TA_TOTAL_DOCUMENTS
def test_the_documents_count_as_a_predicate_in_the_past_copula():
    text = ("Cumhurbaşkanı Erdoğan 3 Mart 2026'da Taşkent'e resmi bir ziyaret gerçekleştirdi. Ziyarette imzalanan "
            "belgelerin sayısı on ikiydi.")
    assert proposed.documents(text, DAY) == ["12"]
    other = ("Cumhurbaşkanı Erdoğan 3 Mart 2026'da Taşkent'e resmi bir ziyaret gerçekleştirdi. Orada imzalanan "
             "anlaşmaların sayısı 8'di.")
    assert proposed.documents(other, DAY) == ["8"]
