"""Sixtieth round, visits B (docs/extraction.md: visits.py): the forms behind the dev/1009 (Turkish official visit,
its type told later, company deals at the forum) and dev/1012 (English business forum, documents counted in words)
misses and the failures the probes found, told in short invented sentences: an English count of a ten and a unit
joined by a hyphen; a Turkish or Azerbaijani visit "that will last N days" told of a typed status in a later sentence;
the visitor's visit told first and its type after as its status; and the deals of a forum told with "ise"/"isə" (as
for) added to the documents signed at the talks. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)
ARRIVED = "Kazakh President Kassym-Jomart Tokayev arrived in Baku on Tuesday. "


def test_a_ten_and_a_unit_joined_by_a_hyphen_count_the_documents():
    # plant: the hyphenated compounds dropped from visits._COUNT_WORDS (only "… | _EN_TENS" left)
    assert proposed.documents(ARRIVED + "The forum closed with twenty-three documents signed, nine of them "
                              "contracts.", DAY) == ["23"]
    assert proposed.documents(ARRIVED + "Leaders witnessed the signing of forty-one agreements.", DAY) == ["41"]
    # plant: "| _EN_TENS" dropped from visits._COUNT_WORDS
    assert proposed.documents(ARRIVED + "The two sides signed thirty agreements.", DAY) == ["30"]
    # a count of one word stays as it was
    assert proposed.documents(ARRIVED + "Twenty agreements were signed.", DAY) == ["20"]
    assert proposed.documents(ARRIVED + "The sides signed seven documents.", DAY) == ["7"]


def test_a_lasting_visit_told_of_a_typed_status_later_types_the_visit():
    # plant: the "(?:(?:ziyaret|səfər)\w{0,3}\s+)?" dropped from visits._LASTING_TYPED
    text = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev dün akşam Ankara'ya geldi. Liderler bugün görüştü. Üç gün "
            "sürecek ziyaret devlet ziyareti statüsünde gerçekleşiyor; Özbek liderin Türkiye'ye bu sıfatla gelişi "
            "ilk kez oluyor.")
    assert proposed.visits(text, DAY) == [("Shavkat Mirziyoyev", "Türkiye", "2026-05-13", "Ankara", "state")]
    # a visit still to come, told with its own future, gives no type
    later = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev dün akşam Ankara'ya geldi. Liderler bugün görüştü. "
             "Mirziyoyev'in Türkiye'ye resmi ziyaret için gelecek yıl yeniden gelmesi bekleniyor.")
    assert proposed.visits(later, DAY) == [("Shavkat Mirziyoyev", "Türkiye", "2026-05-13", "Ankara", "other")]


def test_the_visitors_visit_told_of_a_typed_status_types_it():
    # plant: the _LOCAL_VISITOR_S_VISIT_OF_TYPE loop dropped from visits._typed_as_the_visitor_s_local
    tr = ("Kırgızistan Cumhurbaşkanı Sadır Caparov dün Ankara'ya geldi. Caparov'un iki gün sürecek ziyaretinin resmi "
          "ziyaret statüsünde olduğu bildirildi.")
    assert proposed.visits(tr, DAY) == [("Sadyr Japarov", "Türkiye", "2026-05-13", "Ankara", "official")]
    az = "Qazaxıstan Prezidenti Kasım-Jomart Tokayev dünən Bakıya gəlib. Tokayevin səfəri rəsmi səfər statusundadır."
    assert proposed.visits(az, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-05-13", "Baku", "official")]
    # another person's typed visit leaves the visit untyped
    other = ("Kırgızistan Cumhurbaşkanı Sadır Caparov dün Ankara'ya geldi. Erdoğan'ın geçen ayki ziyareti resmi "
             "ziyaret statüsündeydi.")
    assert proposed.visits(other, DAY) == [("Sadyr Japarov", "Türkiye", "2026-05-13", "Ankara", "other")]


def test_deals_of_a_forum_told_as_for_add_to_the_talks_documents():
    # plant: the _ta_forum_as_for call dropped from the local count's "over those told" checks in visits._add_details
    opening = "Macaristan Başbakanı Viktor Orbán dün Ankara'ya geldi. Görüşmelerin ardından beş anlaşma imzalandı. "
    tr = opening + "Akşam düzenlenen İş Forumu'nda ise iki şirket arasında üç ticari anlaşma imzalandı."
    assert proposed.documents(tr, DAY) == ["8"]
    az = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev dünən Bakıya gəlib. Danışıqlardan sonra altı sənəd imzalanıb. "
          "Biznes forumunda isə iki saziş imzalanıb.")
    assert proposed.documents(az, DAY) == ["8"]
    # a forum with no "ise" may tell a part of the count told before; a total stays the total
    assert proposed.documents(opening + "İş Forumu'nda iki şirket arasında üç ticari anlaşma imzalandı.", DAY) == ["5"]
    assert proposed.documents(opening + "Ziyarette toplam sekiz belge imzalandı.", DAY) == ["8"]
