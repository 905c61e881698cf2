"""Seventy-fourth round, minutes74 (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1181 misses,
told in short invented sentences. A Turkish parliament committee's minutes open each speech with a label in capitals
and a dash, no quote marks: the chair's "BAŞKAN – …" (the one the header's "Başkan: …" names), a title and a name
("… BAKAN YARDIMCISI … – …") or a deputy's name with the constituency in brackets ("… (İzmir) – …"), the name written
in ordinary capitalisation, Turkish İ/I casing; an unlabelled paragraph under a speech goes on with it, unless it closes
on a note in brackets (what the room did). And a visit told inside a speech: the visitor in the genitive, the visit he
"carried out" to a place in the dative after a possessive's "n" ("X'ın … Cumhuriyeti'ne gerçekleştirdiği çalışma
ziyareti"), the documents counted in words after "imzalanan" ("imzalanan üç belgeden biri"). Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 8)

MINUTES = ("Plan ve Bütçe Komisyonu tutanağı: vergi anlaşması\n\n"
           "TÜRKİYE BÜYÜK MİLLET MECLİSİ PLAN VE BÜTÇE KOMİSYONU, 8 Nisan 2026 Çarşamba. Başkan: Selin Aydoğdu "
           "(İzmir). Hükûmeti temsilen: Hazine ve Maliye Bakan Yardımcısı Kemal Işıklı.\n\n"
           "BAŞKAN – Sayın milletvekilleri, komisyonumuzun toplantısını açıyorum. Sözü Sayın Bakan Yardımcımıza "
           "veriyorum.\n\n"
           "HAZİNE VE MALİYE BAKAN YARDIMCISI KEMAL IŞIKLI – Sayın Başkan, anlaşma çifte vergilendirmeyi önlemeyi "
           "amaçlamaktadır.\n\n"
           "Yatırımcılarımız için öngörülebilir bir ortam sağlayacağına inanıyoruz.\n\n"
           "İLKNUR ÇİĞDEM (Bursa) – Teşekkür ederim Sayın Başkanım. Anlaşma ihracatçılarımıza ne kazandıracak?\n\n"
           "BAŞKAN – Teşekkür ediyorum. Maddelere geçilmesini oylarınıza sunuyorum: Kabul edilmiştir.\n\n"
           "Birinci maddeyi okutuyorum. (Madde okundu ve kabul edildi.)")


# plant: _STENOGRAM_LABEL's Turkish chair alternative (BAŞKAN + dash) left out, so too _STENOGRAM_CHAIR's "Başkan:"
def test_the_chair_label_is_the_chair_the_header_names():
    found = proposed.quotes(MINUTES, DAY)
    assert ("Selin Aydoğdu", "Sayın milletvekilleri, komisyonumuzun toplantısını açıyorum. Sözü Sayın Bakan "
            "Yardımcımıza veriyorum.") in found
    assert ("Selin Aydoğdu", "Teşekkür ediyorum. Maddelere geçilmesini oylarınıza sunuyorum: Kabul "
            "edilmiştir.") in found
    other = ("Komisyon tutanağı\n\n"
             "DIŞİŞLERİ KOMİSYONU, 3 Mart 2026. Başkan: Orhan Kılıçarslan (Konya). (Tutanaktan bir bölüm.)\n\n"
             "BAŞKAN – Değerli üyeler, gündemimizdeki tek madde görüşülmüştür. Toplantıyı kapatıyorum.")
    assert proposed.quotes(other, DAY) == [("Orhan Kılıçarslan", "Değerli üyeler, gündemimizdeki tek madde "
                                                                  "görüşülmüştür. Toplantıyı kapatıyorum.")]


# plant: _minutes_label_person with plain lower() (no Turkish casing: "Kemal Işikli"), so too the label's bracketed
# constituency left out of _STENOGRAM_LABEL (the deputy's speech lost)
def test_a_titled_or_constituency_label_names_its_last_words_in_turkish_casing():
    found = proposed.quotes(MINUTES, DAY)
    assert ("Kemal Işıklı", "Sayın Başkan, anlaşma çifte vergilendirmeyi önlemeyi amaçlamaktadır.") in found
    assert ("İlknur Çiğdem", "Teşekkür ederim Sayın Başkanım. Anlaşma ihracatçılarımıza ne kazandıracak?") in found


# plant: _stenogram_goes_on without the closing bracket note (the chair's "Birinci maddeyi okutuyorum. (…)" kept)
def test_a_plain_paragraph_goes_on_with_the_speech_but_not_a_bracket_note():
    found = proposed.quotes(MINUTES, DAY)
    assert ("Kemal Işıklı", "Yatırımcılarımız için öngörülebilir bir ortam sağlayacağına inanıyoruz.") in found
    assert not any("okutuyorum" in quote for _, quote in found)


# plant: _minutes_label_person without the header's "Başkan:" check (a dateline in capitals read as a speaker)
def test_a_dateline_in_capitals_is_no_label():
    news = ("Azerbaycan ile yeni anlaşma\n\n"
            "NEW YORK (AA) – Dışişleri Bakanı, Birleşmiş Milletler'deki temaslarının ardından basına açıklama "
            "yaptı.\n\n"
            "BUENOS AIRES – Arjantin ile Türkiye arasındaki ticaret geçen yıl arttı ve yeni hedefler konuşuldu.")
    assert proposed.quotes(news, DAY) == []


# plant: _TR_VISIT_MADE without "gerçekleştirdiği" (or its dative without the possessive's "n"), so too the
# "imzalanan" count in words left out of _LOCAL_DOCUMENTS (on the merged code documents "", no count read)
def test_a_visit_carried_out_told_in_the_genitive_with_its_documents_in_words():
    text = ("Anlaşma, Cumhurbaşkanı Yardımcısı Cevdet Yılmaz'ın 12 Ocak 2026 tarihinde Nahçıvan Özerk "
            "Cumhuriyeti'ne gerçekleştirdiği çalışma ziyareti sırasında imzalanmıştır. Ziyarette imzalanan dört "
            "belgeden biri olan Anlaşma, gümrük işlemlerini kolaylaştırmaktadır.")
    assert proposed.visits(text, DAY) == [("Cevdet Yılmaz", "Azerbaijan", "2026-01-12", "Nakhchivan", "working")]
    assert proposed.documents(text, DAY) == ["4"]
    other = ("Protokol, Ticaret Bakanı Ömer Bolat'ın 3 Şubat 2026 tarihinde Kırgız Cumhuriyeti'ne gerçekleştirdiği "
             "resmi ziyaret sırasında Bişkek'te imzalandı.")
    assert proposed.visits(other, DAY) == [("Ömer Bolat", "Kyrgyzstan", "2026-02-03", "Bishkek", "official")]
