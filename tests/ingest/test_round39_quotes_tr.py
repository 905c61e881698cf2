"""Turkish quotes, round 39: the forms the forty-eighth to fifty-third held-out sets' Turkish articles missed, and
those round 39's probes in the styles of AA, DHA, İHA, TRT Haber, Hürriyet, Sabah, Dünya and local papers found, each
as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Haber\n\n" + text, day)


# quotes.py: TR_COLON_VERB's "değerlendirmede bulundu" / "açıklamayı yaptı"

def test_a_colon_after_su_degerlendirmede_bulundu_quotes_the_subject():
    """'X, … şu değerlendirmede bulundu:' and a quoted paragraph after it: X's words."""
    # plant: `(?:değerlendirme|açıklama)(?:ler|lar)?(?:de|da)\s+bulundu|` dropped from quotes.TR_COLON_VERB (no one)
    text = ("Enerji Bakanı Alparslan Bayraktar, Özbekistan ile enerji işbirliğine ilişkin şu değerlendirmede bulundu:\n\n"
            "\"Taşkent ile yeni bir elektrik hattı üzerinde çalışıyoruz. Gelecek yıl ilk adımı atacağız.\"")
    assert _quotes(text) == [("Alparslan Bayraktar",
                              "Taşkent ile yeni bir elektrik hattı üzerinde çalışıyoruz. Gelecek yıl ilk adımı atacağız.")]


def test_a_colon_after_su_aciklamayi_yapti_quotes_the_subject():
    """'X, … şu açıklamayı yaptı:' and a quoted paragraph: X's words."""
    # plant: `|açıklama(?:yı)?\s+yaptı` dropped from quotes.TR_COLON_VERB (no one)
    text = ("Dışişleri Bakanı Hakan Fidan, Bişkek'teki toplantının ardından şu açıklamayı yaptı:\n\n"
            "\"Kırgız kardeşlerimizle ulaştırma alanında yeni bir dönem başlıyor.\"")
    assert _quotes(text) == [("Hakan Fidan", "Kırgız kardeşlerimizle ulaştırma alanında yeni bir dönem başlıyor.")]


# quotes.py: _SENTENCE_BREAK reads "35. yılının" as a Turkish ordinal, no sentence's end

def test_a_turkish_ordinal_in_the_opening_clause_keeps_the_surname_subject():
    """'Tokayev, bağımsızlığın 35. yılının … hatırlatarak, "…" diye konuştu.': Tokayev's words."""
    # plant: `|\.(?=\s+[^a-zçğıöşüə\s])` and `(?<!\d)` dropped from quotes._SENTENCE_BREAK (no one)
    text = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev Ankara'ya geldi.\n\n"
            "Mirziyoyev, iki ülke arasındaki ilişkilerin 35. yılının bu yıl kutlandığını hatırlatarak, "
            "\"Türk dostlarımızın desteğini hiçbir zaman unutmayacağız\" diye konuştu.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "Türk dostlarımızın desteğini hiçbir zaman unutmayacağız")]


# quotes.py: _tr_relayed_speaker ('… X'in "…" dediğini aktardı')

def test_words_relayed_with_dedigini_aktardi_are_the_genitive_persons():
    """'Bakan, Y'nin Z'nin selamlarını … karşıladığını ve "…" dediğini aktardı': Y's words, not the relaying Bakan's."""
    # plant: `_TR_GENITIVE_RUN.findall(sentence.partition(", ")[2] or sentence)` made
    # `reversed(_TR_GENITIVE_RUN.findall(sentence))` in quotes._tr_relayed_speaker (the quote went to Erdoğan)
    text = ("Dışişleri Bakanı Hakan Fidan, Aşkabat'ta Türkmenistan Devlet Başkanı Serdar Berdimuhamedov tarafından kabul "
            "edildi.\n\nGörüşmenin ardından basına konuşan Fidan, Berdimuhamedov'un Cumhurbaşkanı Recep Tayyip "
            "Erdoğan'ın mesajını memnuniyetle karşıladığını ve \"Türk müteahhitlerine yeni projelerde yer açacağız\" "
            "dediğini aktardı.")
    assert _quotes(text) == [("Serdar Berdimuhamedow", "Türk müteahhitlerine yeni projelerde yer açacağız")]


def test_words_relayed_with_soylediğini_belirtti_are_the_genitive_persons():
    """'X, Y'nin "…" söylediğini belirtti.': Y's."""
    # plant: `söylediğini|` dropped from quotes._TR_RELAYED_VERB (the relayer's, "Ömer Bolat")
    text = ("Ticaret Bakanı Ömer Bolat, Özbekistan Cumhurbaşkanı Şevket Mirziyoyev ile Taşkent'te görüştü.\n\n"
            "Bolat, Mirziyoyev'in \"Türk sanayicilerini serbest bölgelerimize davet ediyoruz\" söylediğini belirtti.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "Türk sanayicilerini serbest bölgelerimize davet ediyoruz")]


def test_words_relayed_of_a_body_in_the_genitive_are_no_ones():
    """Precision: 'yetkili, Ekonomi Kurulu Başkanlığı'nın "…" dediğini aktardı' — a body's words, no person's."""
    # plant: `and person.rule != "unlisted name"` dropped from quotes._tr_relayed_speaker (the quote went to "Kurulu
    # Başkanlığı")
    text = ("Toplantının ardından konuşan yetkili, Ekonomi Kurulu Başkanlığı'nın \"Türk yatırımcılara her türlü "
            "kolaylığı sağlayacağız\" dediğini aktardı.")
    assert _quotes(text) == []
