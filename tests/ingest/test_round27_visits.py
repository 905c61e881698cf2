"""Twenty-seventh round, visits (docs/extraction.md: visits.py): the forms behind the dev/318–341 visit misses, told
in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in
its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)


def test_none_signed_during_the_visit_told_with_its_length():
    # plant: `(?:[a-z]+-day |state |official |working )?` dropped from visits._THE_VISIT
    text = ("Kyrgyz Foreign Minister Zhenish Kulov arrived in Baku on Monday for an official visit. "
            "No documents were signed during the three-day visit.")
    assert proposed.documents(text, DAY) == ["0"]
    # a sentence naming no visit says nothing of it
    text = ("Kyrgyz Foreign Minister Zhenish Kulov arrived in Baku on Monday for an official visit. "
            "Markets were quiet during the three-day holiday.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_turkish_none_signed_told_with_herhangi_bir():
    # plant: `|herhangi\s+bir` dropped from visits._TA_NO_DOCUMENTS
    text = ("Özbekistan Dışişleri Bakanı Bahtiyor Saidov 12 Mayıs'ta Bakü'ye resmi bir ziyaret gerçekleştirdi. "
            "Ziyarette herhangi bir anlaşma imzalanmadı.")
    assert proposed.documents(text, DAY) == ["0"]
    # a signing to come is no count
    text = ("Özbekistan Dışişleri Bakanı Bahtiyor Saidov 12 Mayıs'ta Bakü'ye resmi bir ziyaret gerçekleştirdi. "
            "Herhangi bir anlaşmanın imzalanması gelecek yıl bekleniyor.")
    assert proposed.documents(text, DAY) != ["0"]


def test_bringing_the_number_of_documents_signed_to_a_count_in_words():
    # plant: the `|number\s+of\s+…` alternative dropped from visits._TOTAL_DOCUMENTS (made "numberXX")
    text = ("Kazakh Trade Minister Arman Shakkaliyev arrived in Ankara on Tuesday. The two ministers signed a "
            "protocol, while two banks signed three further agreements, bringing the number of documents signed to four.")
    assert proposed.documents(text, DAY) == ["4"]
    # "the total" told as before still counts
    text = ("Kazakh Trade Minister Arman Shakkaliyev arrived in Ankara on Tuesday. The two ministers signed a "
            "protocol, while two banks signed three further agreements, bringing the total to 4 documents.")
    assert proposed.documents(text, DAY) == ["4"]


def test_turkish_one_document_the_object_of_the_active_past():
    # plant: the `|imzala(?:dı|…)` alternative dropped from visits._TA_ONE_DOCUMENT
    text = ("Azerbaycan Milli Meclis Başkanı Sahibe Gafarova 4 Mayıs'ta resmi ziyaret için Astana'ya geldi. "
            "Görüşmenin ardından iki başkan, iki meclis arasında işbirliği protokolünü imzaladı.")
    assert proposed.documents(text, DAY) == ["1"]
    # the plural object says no number
    text = ("Azerbaycan Milli Meclis Başkanı Sahibe Gafarova 4 Mayıs'ta resmi ziyaret için Astana'ya geldi. "
            "Görüşmenin ardından iki başkan, iki meclis arasında işbirliği protokollerini imzaladı.")
    assert proposed.documents(text, DAY) != ["1"]
    # plant: `(?<=[ıiuü]\s)` dropped from visits._TA_ONE_DOCUMENT: the bare noun of another report's headline
    text = ("Azərbaycanın xarici işlər naziri Ceyhun Bayramov fevralın 3-də işgüzar səfərlə Budapeştə gəlib. "
            "Oxşar xəbərlər: Azərbaycan və Macarıstan yeni memorandum imzalayıb")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_a_trip_told_by_its_end_takes_the_city_of_its_first_days_arrival():
    # plant: the `_arrival_city_first(same, visit, sentence)` call dropped from visits.find_visits
    day = date(2026, 3, 12)
    text = ("Uzbek Prime Minister Abdulla Aripov wrapped up a three-day official visit to Kazakhstan on Thursday with "
            "an investment forum in Almaty. Aripov arrived in Astana on Tuesday and held talks with President "
            "Kassym-Jomart Tokayev.")
    assert [v[3] for v in proposed.visits(text, day)] == ["Astana"]
    # a meeting in another city on the first day, no arrival told, leaves the city told first
    text = ("Uzbek Prime Minister Abdulla Aripov wrapped up a three-day official visit to Kazakhstan on Thursday with "
            "an investment forum in Almaty. Aripov held talks in Astana on Tuesday with President "
            "Kassym-Jomart Tokayev.")
    assert [v[3] for v in proposed.visits(text, day)] != ["Astana"]


def test_a_dash_dateline_in_capitals_is_no_part_of_the_visitors_title():
    # plant: the dateline alternative dropped from visits._VISITOR_LEAD (the visitor taken as the dateline city's)
    text = "TASHKENT — Kyrgyz Economy Minister Daniyar Amangeldiyev arrived in Tashkent on Monday for talks."
    assert proposed.visits(text, DAY) == [("Daniyar Amangeldiyev", "Uzbekistan", "2026-05-18", "Tashkent", "other")]
    # a title in capitals with no dash stays as it was: no visit of a Tashkent man to Tashkent
    text = "TASHKENT Mayor Shavkat Umurzakov arrived in Tashkent on Monday."
    assert proposed.visits(text, DAY) == []


def test_the_two_signed_the_protocol_of_the_commission():
    # plant: the `|the\s+protocol\s+of\s+the\s+…` alternative dropped from visits._PARTIES_SIGNED_ONE
    text = ("Azerbaijani Deputy Prime Minister Shahin Mustafayev arrived in Tashkent on Monday. At the end of the "
            "session the two co-chairs signed the protocol of the intergovernmental commission.")
    assert proposed.documents(text, DAY) == ["1"]
    # another document listed after it is counted elsewhere, not as one
    text = ("Azerbaijani Deputy Prime Minister Shahin Mustafayev arrived in Tashkent on Monday. At the end of the "
            "session the two co-chairs signed the protocol of the intergovernmental commission and three agreements.")
    assert proposed.documents(text, DAY) != ["1"]
    # plant: `|the\s+co-chairs` dropped from the subjects of visits._PARTIES_SIGNED_ONE
    text = ("Azerbaijani Deputy Prime Minister Shahin Mustafayev arrived in Tashkent on Monday. At the end of the "
            "session the co-chairs signed the protocol of the intergovernmental commission.")
    assert proposed.documents(text, DAY) == ["1"]


def test_one_document_signed_between_the_body_the_visitor_heads_and_another():
    # plant: the `_signed_with_the_visitors_body(…)` call dropped from visits.find_visits
    text = ("Özbekistan Ticaret ve Sanayi Odası (ÖTSO) Başkanı Davron Vakhabov başkanlığındaki heyet 18 Mayıs'ta "
            "Bakü'ye geldi. Forumun ardından ASO ile ÖTSO arasında işbirliği mutabakatı imzalandı.")
    assert proposed.documents(text, DAY) == ["1"]
    # a signing between two bodies the visitor heads neither of stays none of his
    text = ("Özbekistan Ticaret ve Sanayi Odası (ÖTSO) Başkanı Davron Vakhabov başkanlığındaki heyet 18 Mayıs'ta "
            "Bakü'ye geldi. Forumun ardından ASO ile AZPROMO arasında işbirliği mutabakatı imzalandı.")
    # round 71 (docs0): the settled gold counts one document told signed in the visit's account, by
    # whichever parties, as the visit's (dev/221's memorandum at a fair): 1, no longer none
    assert proposed.documents(text, DAY) == ["1"]


def test_turkish_one_more_document_also_signed_after_the_count():
    # plant: the `_one_more_signed(visit, sentence, offset)` call dropped from visits._add_details
    text = ("Kazakistan Ticaret Bakanı Arman Şakkaliyev 18 Mayıs'ta Ankara'ya geldi. Görüşmenin ardından bakanlar "
            "iki mutabakat zaptı imzaladı. Ayrıca Karma Ekonomik Komisyon Protokolü de imzalandı.")
    assert proposed.documents(text, DAY) == ["3"]
    # the plural "also signed" says no number: the count stays
    text = ("Kazakistan Ticaret Bakanı Arman Şakkaliyev 18 Mayıs'ta Ankara'ya geldi. Görüşmenin ardından bakanlar "
            "iki mutabakat zaptı imzaladı. Ayrıca şirketler arasında anlaşmalar da imzalandı.")
    assert proposed.documents(text, DAY) == ["2"]
