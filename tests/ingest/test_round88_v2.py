"""Eighty-eighth round, v2 (docs/extraction.md: visits.py, Turkish guests told by their hosts): a lead that tells the
guest come to a city for an event ("X, … Forumu için geldiği Kayseri'de … söyledi") is his dayless visit there; a
later "Dün akşam kente gelen X'i … Bakanı Y karşıladı" (or "ağırladı", "kabul etti") dates it, the guest the name in
the accusative before the welcome, the host its subject (Türkiye's own minister, who visits no one at home), the
city "the town" the lead named. A subheading that counts the documents ("İki belge imzalandı") counts those its
paragraph then tells, not two more. A Turkish ministry's own release ("Bakanlığımız ev sahipliğinde …") tells its
guest as "ülkemizi ziyaret eden Bakan X başkanlığındaki … heyet": Türkiye is the host, X the minister it named in full
before, and the protocol "Bakan Y ve Bakan X tarafından imzalandı" one document; another outlet's "ülkemizi" names no
host. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 9)

_LEAD = ("Kazakistan Ticaret Bakanı Arman Şakkaliyev, Türkiye-Kazakistan İş Forumu için geldiği Kayseri'de iki ülkenin "
         "ticaretinin arttığını söyledi. Dün akşam kente gelen Şakkaliyev'i Kayseri Valisi ve Ticaret "
         "Bakanı Ömer Bolat havalimanında karşıladı.")

_RELEASE = ("Bakanlığımız ev sahipliğinde düzenlenen Türkiye-Kırgızistan Ortak Ticaret Komitesi 2. Toplantısı, Ticaret "
            "Bakanı Ömer Bolat ile Kırgızistan Ekonomi ve Ticaret Bakanı Daniyar Amangeldiyev'in eşbaşkanlığında "
            "9 Nisan 2026 tarihinde İstanbul'da gerçekleştirildi.\n\n8-9 Nisan tarihlerinde ülkemizi ziyaret eden "
            "Bakan Amangeldiyev başkanlığındaki Kırgız heyetinde, bankacılık ve tekstil kurumlarının temsilcileri "
            "yer aldı."
            "\n\nToplantının sonunda, gümrük işbirliğine ilişkin kararları içeren Komite Protokolü, Bakan Bolat ve "
            "Bakan Amangeldiyev tarafından imzalandı.")


# plant: _ACCUSATIVE_NAME_FIRST check dropped from _participle_visitors (the host after the participle, Bolat, then
# given the visit)
def test_the_guest_in_the_accusative_before_the_welcome_is_the_visitor():
    expected = [("Arman Şakkaliyev", "Türkiye", "2026-04-08", "Kayseri", "other")]
    assert proposed.visits(_LEAD, DAY) == expected
    assert proposed.visits(_LEAD.replace("karşıladı", "ağırladı"), DAY) == expected


# plant: the "için geldiği" alternative taken out of _LOCAL_VISIT (no dayless lead visit, so no guest to date)
def test_came_for_an_event_to_a_city_is_the_lead_visit():
    assert [v[0] for v in proposed.visits(_LEAD, DAY)] == ["Arman Şakkaliyev"]


# the near form: no coming told in the lead, the host who welcomed the guest in the accusative is no visitor either
# (plant: in _participle_visitors `return []` made `pass`, the names after the accusative read again: Bolat)
def test_without_the_lead_visit_the_host_gets_none():
    text = _LEAD.replace("Türkiye-Kazakistan İş Forumu için geldiği Kayseri'de",
                         "Kayseri'de düzenlenen Türkiye-Kazakistan İş Forumu'nda")
    assert proposed.visits(text, DAY) == []


_HEADED = (_LEAD + "\n\nİki belge imzalandı\n\nForum kapsamında Kayseri Ticaret Odası ile Kazakistan Ulusal "
           "Girişimciler Odası arasında bir mutabakat zaptı imzalandı. Kayserili bir mobilya üreticisi de Kazak "
           "ortağıyla anlaşma yaptı.")


# plant: SUBHEADING_GAP = -1 (the count under the subheading added to it: 3)
def test_a_subheading_count_counts_the_paragraph_under_it():
    assert proposed.documents(_HEADED, DAY) == ["2"]


# the near form: the count told in a sentence of the paragraph, then one more told "also" (plant: _SUBHEADING_COUNT
# made to match a sentence with its full stop)
def test_a_count_in_a_sentence_then_one_more_adds():
    text = _HEADED.replace("İki belge imzalandı\n\nForum kapsamında", "Forumda iki belge imzalandı. Forum kapsamında "
                           "ayrıca")
    assert proposed.documents(text, DAY) == ["3"]


# plant: "ülkemizi" taken out of _HOST_BY_PRONOUN
def test_our_country_visited_in_a_ministrys_release_is_turkiye():
    assert proposed.visits(_RELEASE, DAY) == [("Daniyar Amangeldiyev", "Türkiye", "2026-04-08", "Istanbul", "other")]


# plant: the agent "(…) tarafından" taken out of _TA_ONE_DOCUMENT (the protocol then not read: "")
def test_a_protocol_signed_by_the_two_ministers_is_one_document():
    assert proposed.documents(_RELEASE, DAY) == ["1"]


# the near form: another outlet's "ülkemizi" names no host (plant: the _TR_RELEASE_OWN_WORDS check in
# _host_by_pronoun dropped)
def test_our_country_without_the_releases_own_words_names_no_host():
    text = _RELEASE.replace("Bakanlığımız ev sahipliğinde düzenlenen", "Ankara'nın ev sahipliğinde düzenlenen")
    assert proposed.visits(text, DAY) == []
