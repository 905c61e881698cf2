"""Sixty-eighth round, visits68 (docs/extraction.md: document.py, visits.py): the forms behind the dev/1104 and 1105
misses, told in short invented sentences. A review of the week's trips headed as a chronicle ("Həftənin diplomatik
xronikası: …", "Haftanın diplomasi kroniği: …"), its trips told under subheadings of their own: an item that tells no
signing signed none (0), as in a digest (1105); and a visit read off the talks of its second day ("… bugün …
Bakanı … ile bir araya geldi") after a sentence that told the visitor, named, landing at the airport the day before
("Dün … Havalimanı'na inen X'i … karşıladı"): the visit began then, in that city (1104). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 14)

AZ_CHRONICLE = """Həftənin diplomatik xronikası: Astana və Bakı arasında iki nazir

Həftə ərzində iki nazir səfər edib.

Bayramov Astanada: nəqliyyat müzakirə olunub

Martın 9-da Xarici işlər naziri Ceyhun Bayramov Qazaxıstana səfərə gedib. Astanada nazir Qazaxıstanın xarici işlər \
naziri Murat Nurtleu ilə görüşüb. Görüşdən sonra tərəflər iki sənəd imzalayıblar.

Özbək nazir Bakıda: ticarət artır

Özbəkistanın xarici işlər naziri Bəxtiyor Saidov çərşənbə günü Bakıya gəlib. Qonaq Azərbaycanın xarici işlər naziri \
Ceyhun Bayramov ilə görüşüb, ticarət və nəqliyyat müzakirə olunub.
"""

TR_CHRONICLE = """Haftanın diplomasi kroniği: Ankara ve Bişkek'te iki bakan

Geçen hafta iki bakan yurt dışı temaslarda bulundu.

Fidan Bişkek'te: ulaştırma masada

Dışişleri Bakanı Hakan Fidan 9 Mart'ta Kırgızistan'a resmi ziyarette bulundu. Bişkek'te Kırgızistan Dışişleri \
Bakanı Ceenbek Kulubayev ile görüşen Fidan'ın ziyaretinde iki anlaşma imzalandı.

Özbek bakan Ankara'da: ticaret artıyor

Özbekistan Dışişleri Bakanı Bahtiyor Saidov çarşamba günü Ankara'ya geldi. Saidov, Fidan ile bir araya geldi ve \
ticaret ile ulaştırma konularını ele aldı.
"""


# plant: the chronicle alternative dropped from document._REVIEW_HEADLINE
def test_a_week_s_chronicle_item_telling_no_signing_signed_none():
    assert proposed.visits(AZ_CHRONICLE, DAY) == [
        ("Jeyhun Bayramov", "Kazakhstan", "2026-03-09", "Astana", "other"),
        ("Bakhtiyor Saidov", "Azerbaijan", "2026-03-11", "Baku", "other")]
    assert proposed.documents(AZ_CHRONICLE, DAY) == ["2", "0"]
    assert proposed.visits(TR_CHRONICLE, DAY) == [
        ("Hakan Fidan", "Kyrgyzstan", "2026-03-09", "Bishkek", "official"),
        ("Bakhtiyor Saidov", "Türkiye", "2026-03-11", "Ankara", "other")]
    assert proposed.documents(TR_CHRONICLE, DAY) == ["2", "0"]


# plant: the call of visits._arrival_told_before dropped from find_visits (so too, apart: the airport landing
# alternative dropped from visits._BEGAN_EARLIER)
def test_an_airport_landing_told_before_the_talks_starts_the_visit():
    day = date(2026, 3, 12)
    text = ("Dışişleri Bakanı Hakan Fidan, Kazakistan'ın başkenti Astana'da temaslarını sürdürüyor. Dün akşam "
            "saatlerinde Astana Uluslararası Havalimanı'na inen Fidan'ı, Kazakistan Dışişleri Bakanlığı yetkilileri "
            "karşıladı. Fidan'ın Kazakistan'a yaptığı ziyaret resmi bir ziyaret. Fidan bugün sabah saatlerinde "
            "Kazakistan Dışişleri Bakanı Murat Nurtleu ile bir araya geldi. Görüşmede iki anlaşma imzalandı.")
    assert proposed.visits(text, day) == [("Hakan Fidan", "Kazakhstan", "2026-03-11", "Astana", "official")]
    other = ("Dışişleri Bakanı Hakan Fidan, Türkmenistan'ın başkenti Aşkabat'ta temaslarını sürdürüyor. Dün sabah "
             "saatlerinde Aşkabat Uluslararası Havalimanı'na inen Fidan'ı, Türkmenistan Dışişleri Bakanlığı "
             "yetkilileri karşıladı. Fidan'ın Türkmenistan'a yaptığı ziyaret bir çalışma ziyareti. Fidan bugün öğle "
             "saatlerinde Türkmenistan Dışişleri Bakanı Raşit Meredov ile bir araya geldi.")
    assert proposed.visits(other, day) == [("Hakan Fidan", "Turkmenistan", "2026-03-11", "Ashgabat", "working")]
