"""Thirty-ninth round, visits C (docs/extraction.md: visits.py): the Azerbaijani and Turkish visit forms behind the
dev/526, 574, 616, 634 and 635 misses and the failures the probes found, told in short invented sentences. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 16)  # a Saturday


def test_a_count_over_two_kinds_of_document_joined():
    # plant: _TA_DOCUMENT_NOUNS_JOINED made _TA_DOCUMENT_NOUN alone in visits._LOCAL_DOCUMENTS
    text = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, 12 Mayıs'ta Ankara'ya bir günlük çalışma ziyareti "
            "gerçekleştirdi. Görüşmelerin ardından sağlık ve tarım alanlarında toplam beş anlaşma ve mutabakat zaptı "
            "imzalandı.")
    assert proposed.documents(text, DAY) == ["5"]
    az = ("Qazaxıstanın energetika naziri Almas Satqaliyev mayın 12-də Bakıya işgüzar səfərə gəlib. Səfər çərçivəsində "
          "4 saziş və memorandum imzalanıb.")
    assert proposed.documents(az, DAY) == ["4"]
    # the documents listed one by one are still counted one by one (two here, not a count of the first noun's)
    listed = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, 12 Mayıs'ta Ankara'ya bir günlük çalışma ziyareti "
              "gerçekleştirdi. Görüşmelerin ardından bir eylem planı ve sağlık alanında mutabakat zaptı imzalandı.")
    assert proposed.documents(listed, DAY) == ["2"]


def test_documents_listed_after_a_plural_that_told_no_number():
    # plant: the _ta_documents_listed_after_the_plural call dropped from visits._add_details
    text = ("Türkmənistanın Baş nazirinin müavini Batır Amanov mayın 12-də Bakıya işgüzar səfərə gəlib. "
            "Sənədlər imzalanıb. Görüşdən sonra iki ölkənin nazirlikləri arasında enerji sahəsində əməkdaşlıq "
            "proqramı və nəqliyyat sahəsində anlaşma memorandumu imzalanıb.")
    assert proposed.documents(text, DAY) == ["2"]
    # one document named after the plural is no count of it: told signed, the number not
    one = ("Türkmənistanın Baş nazirinin müavini Batır Amanov mayın 12-də Bakıya işgüzar səfərə gəlib. "
           "Sənədlər imzalanıb. Görüşdən sonra iki ölkənin nazirlikləri arasında anlaşma memorandumu imzalanıb.")
    assert proposed.documents(one, DAY) == [""]
    # the list told during the visit ("Səfər çərçivəsində …") counts as well
    during = ("Türkmənistanın xarici işlər naziri Batır Amanov mayın 13-də Bakıya işgüzar səfərə gəlib. Sənədlər "
              "imzalanıb. Səfər çərçivəsində konsulluq məsələlərinə dair protokol və viza rejimi haqqında saziş "
              "imzalanıb.")
    assert proposed.documents(during, DAY) == ["2"]


def test_a_regional_governor_titled_in_azerbaijani_heads_the_delegation():
    # plant: "akimi" dropped from visits._LOCAL_OFFICE_STEMS
    text = ("Qazaxıstanın Ulıtau vilayətinin akimi Dastan Ryspekovun rəhbərlik etdiyi nümayəndə heyəti dünən "
            "Bakıda səfərdə olub.")
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Dastan Ryspekov", "Azerbaijan", "2026-05-15", "Baku")]
    # a word of no office before the name is no visitor's title
    plain = ("Qazaxıstanın Ulıtau vilayətinin sakini Dastan Ryspekovun rəhbərlik etdiyi nümayəndə heyəti dünən "
             "Bakıda səfərdə olub.")
    assert proposed.visits(plain, DAY) == []


def test_the_lead_guest_dated_by_the_office_that_came_meeting_the_host_minister():
    # plant: the _office_came_to_the_lead_host branch dropped from visits.find_visits
    text = ("Özbəkistanın energetika naziri Jurabek Mirzamahmudov Türkmənistanda işgüzar səfərdədir. Çərşənbə axşamı "
            "Aşqabada gələn nazir Türkmənistanın energetika naziri Batır Amanov ilə görüşüb.")
    assert [v[:5] for v in proposed.visits(text, DAY)] == [
        ("Jurabek Mirzamahmudov", "Turkmenistan", "2026-05-12", "Ashgabat", "working")]
    tr = ("Özbekistan Enerji Bakanı Jurabek Mirzamahmudov Türkmenistan'da çalışma ziyaretinde bulunuyor. Salı günü "
          "Aşkabat'a gelen bakan, Türkmen mevkidaşı ile görüştü.")
    assert [v[:4] for v in proposed.visits(tr, DAY)] == [
        ("Jurabek Mirzamahmudov", "Turkmenistan", "2026-05-12", "Ashgabat")]
    # the office that came to a city of another state is no day of the lead's visit
    elsewhere = ("Özbəkistanın energetika naziri Jurabek Mirzamahmudov Türkmənistanda işgüzar səfərdədir. Çərşənbə "
                 "axşamı Bakıya gələn nazir Azərbaycanın energetika naziri ilə görüşüb.")
    assert [v[1] for v in proposed.visits(elsewhere, DAY)] != ["Turkmenistan"]


def test_the_unnamed_capital_is_the_datelines():
    # plant: the _capital_of_the_dateline call dropped from visits.find_visits
    text = ("ANKARA (QHA) – Toplantı Ticaret Bakanlığında yapıldı. Dün resmi temaslarda bulunmak üzere başkente gelen "
            "Özbekistan Bakanlar Kurulu Başkan Yardımcısı ve Yatırım Bakanı Laziz Kudratov, toplantıya Ticaret Bakanı "
            "Ömer Bolat ile birlikte eş başkanlık etti.")
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Laziz Kudratov", "Türkiye", "2026-05-15", "Ankara")]
    # no dateline, no capital read: the country of the title stays the place told
    bare = text.replace("ANKARA (QHA) – ", "")
    assert [v[3] for v in proposed.visits(bare, DAY)] != ["Ankara"]


def test_a_ministry_word_of_the_title_is_no_given_name():
    # plant: "commerce", "tourism" and "sports" dropped from people._MINISTRY_WORDS
    text = ("A delegation from Uzbekistan headed by Minister of Tourism and Sports Umid Shadiev arrived in Baku on "
            "Monday for a working visit.")
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Umid Shadiev", "Azerbaijan", "2026-05-11", "Baku")]
    commerce = ("Kazakhstan's Minister of Trade and Commerce Arman Shakkaliyev arrived in Ankara on Monday for a "
                "working visit.")
    assert [v[0] for v in proposed.visits(commerce, DAY)] == ["Arman Shakkaliyev"]


def test_the_type_told_later_by_the_visitor_s_possessive():
    # plant: the _typed_as_the_visitor_s call dropped from visits.find_visits
    text = ("Hungarian Foreign Minister Péter Szijjártó held talks in Tashkent on Monday with his Uzbek counterpart "
            "Bakhtiyor Saidov. Szijjártó's working visit, his second this year, focused on energy.")
    assert [v[4] for v in proposed.visits(text, DAY)] == ["working"]
    # another man's typed visit is no type of this one
    other = ("Hungarian Foreign Minister Péter Szijjártó held talks in Tashkent on Monday with his Uzbek counterpart "
             "Bakhtiyor Saidov. Orbán's state visit last year focused on energy.")
    assert [v[4] for v in proposed.visits(other, DAY)] == ["other"]


def test_the_first_day_told_by_a_clause_on_the_visit_that_began():
    # plant: the _begun_day_first call dropped from visits.find_visits
    text = ("Uzbekistan's Prime Minister Abdulla Aripov met President Ilham Aliyev in Baku on Wednesday, on the second "
            "day of an official visit that began on Tuesday evening.")
    assert [v[:3] for v in proposed.visits(text, DAY)] == [("Abdulla Aripov", "Azerbaijan", "2026-05-12")]
    # a day of something else that began is no start of the visit
    other = ("Uzbekistan's Prime Minister Abdulla Aripov met President Ilham Aliyev in Baku on Wednesday, after a forum "
             "that began on Tuesday evening, during an official visit.")
    assert [v[2] for v in proposed.visits(other, DAY)] == ["2026-05-13"]
