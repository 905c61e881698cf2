"""Fifty-third round, visits (docs/extraction.md: visits.py): the forms behind the dev/919, 920, 925, 926, 927, 928 and
929 misses, told in short invented sentences: a Russian sentence opening on "Ещё" and a count of deals companies
"заключили" (more than the leaders' count); "The visit[ of …], which was of a working nature, …"; one document named
as signed in the passive "together with N other documents"; a delegation that "stayed in" a capital; a visitor who
"flew in from" his own capital under a dateline in capitals ("ALMATY – …"); a Turkish co-chair in "Kırgız başkentinde"
(the capital told by a bare demonym), his surname before a comma; a Russian verb-first arrival whose visitor's name
ends in "-а" in the nominative; a state visit the interviewee is "preparing for" (no type for the visit told); a
Turkish mayor of North Nicosia ("Lefkoşa Türk Belediyesi Başkanı") going to a Turkish city ("Mersin'e geçti"), the
protocol "signed in 2014" that is renewed, and one more document told with "da" (too). Each test was seen failing
once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

APRIL = date(2026, 4, 15)
AUGUST = date(2026, 8, 13)
JANUARY = date(2026, 1, 22)
DECEMBER = date(2025, 12, 10)
JUNE = date(2026, 6, 11)
MAY = date(2026, 5, 20)
RU_ARRIVAL = ("Заголовок\n\nПрезидент Узбекистана Шавкат Мирзиёев во вторник прибыл в Баку с государственным визитом. "
              "По итогам переговоров был подписан пакет из девяти документов. ")
EN_ARRIVAL = "Headline\n\nOn 12 August 2026, Deputy Prime Minister Elnur Gasimov arrived in Bishkek. "


def test_russian_deals_opening_on_more_add_to_the_count():
    # plant: the _RU_MORE_OPENING test dropped from visits._told_as_more
    text = RU_ARRIVAL + "Ещё пять коммерческих соглашений заключили компании двух стран на бизнес-форуме."
    assert proposed.visits(text, APRIL) == [("Shavkat Mirziyoyev", "Azerbaijan", "2026-04-14", "Baku", "state")]
    assert proposed.documents(text, APRIL) == ["14"]
    contracts = RU_ARRIVAL + "Ещё 4 контракта заключили предприниматели двух стран."
    assert proposed.documents(contracts, APRIL) == ["13"]
    # "ещё" of another year adds nothing; the leaders' count alone stays
    earlier = RU_ARRIVAL + "Ещё в 2024 году стороны подписали три соглашения."
    assert proposed.documents(earlier, APRIL) == ["9"]
    assert proposed.documents(RU_ARRIVAL, APRIL) == ["9"]


def test_the_visit_typed_by_its_nature_in_a_which_aside():
    # plant: the "which was of a … nature" alternative dropped from visits._VISIT_TYPED_BY_WHICH
    text = EN_ARRIVAL + "The visit, which was of a working nature, began with talks."
    assert proposed.visits(text, AUGUST) == [("Elnur Gasimov", "Kyrgyzstan", "2026-08-12", "Bishkek", "working")]
    whose = EN_ARRIVAL + ("The visit of the Azerbaijani delegation, which was of an official nature, continued on 13 "
                          "August.")
    assert proposed.visits(whose, AUGUST) == [("Elnur Gasimov", "Kyrgyzstan", "2026-08-12", "Bishkek", "official")]
    # talks of a working nature type no visit
    talks = EN_ARRIVAL + "The talks, which were of a working nature, lasted two hours."
    assert proposed.visits(talks, AUGUST) == [("Elnur Gasimov", "Kyrgyzstan", "2026-08-12", "Bishkek", "other")]


def test_one_named_signed_together_with_other_documents_in_the_passive():
    # plant: the _OTHER_DOCUMENTS_PASSIVE fallback dropped from visits._add_details
    text = EN_ARRIVAL + ("Following the meeting, the Protocol of the fourth session was signed, together with seven "
                         "other documents on customs and transit.")
    assert proposed.documents(text, AUGUST) == ["8"]
    along = EN_ARRIVAL + "A joint declaration was signed along with 3 other agreements."
    assert proposed.documents(along, AUGUST) == ["4"]
    # a plain count as before
    plain = EN_ARRIVAL + "Five documents were signed."
    assert proposed.documents(plain, AUGUST) == ["5"]


def test_a_stay_in_a_capital_is_a_visit():
    # plant: the "stayed … in" alternative dropped from visits._VISIT
    text = ("Headline\n\nOn January 20–21, 2026, a delegation of the Ministry of Energy of Kazakhstan headed by "
            "Minister Yerlan Akkenzhenov stayed in Baku, where the commission met.")
    assert proposed.visits(text, JANUARY) == [("Yerlan Akkenzhenov", "Azerbaijan", "2026-01-20", "Baku", "other")]
    named = "Headline\n\nForeign Minister Bakhtiyor Saidov stayed in Budapest on January 20."
    assert proposed.visits(named, JANUARY) == [("Bakhtiyor Saidov", "Hungary", "2026-01-20", "Budapest", "other")]
    # trade that "stayed in" decline is no visit
    assert proposed.visits("Headline\n\nTrade stayed in decline in January.", JANUARY) == []


def test_flown_in_from_home_under_a_dateline_in_capitals():
    # plant: the _FLEW_IN_FROM branch (place from _bare_dateline_place) dropped from visits.find_visits
    text = ("Headline\n\nSHYMKENT – The two sides signed four agreements.\n\nForeign Minister Jeyhun Bayramov, who "
            "flew in from Baku early on Tuesday morning, held talks with the governor.")
    assert proposed.visits(text, DECEMBER) == [("Jeyhun Bayramov", "Kazakhstan", "2025-12-09", "Shymkent", "other")]
    lead = "Headline\n\nBAKU – Foreign Minister Bakhtiyor Saidov flew in from Tashkent on Tuesday for talks."
    assert proposed.visits(lead, DECEMBER) == [("Bakhtiyor Saidov", "Azerbaijan", "2025-12-09", "Baku", "other")]
    # a dateline of his own capital, or none, gives no visit
    home = "Headline\n\nTASHKENT – Foreign Minister Bakhtiyor Saidov flew in from Tashkent on Tuesday."
    assert proposed.visits(home, DECEMBER) == []
    assert proposed.visits("Headline\n\nForeign Minister Bakhtiyor Saidov flew in from Tashkent on Tuesday.",
                           DECEMBER) == []


def test_a_turkish_co_chair_in_the_capital_told_by_its_demonym():
    # plant: the _capital_by_demonym fallback dropped from visits._co_chair_visit
    text = ("Başlık\n\nTicaret Bakanı Ömer Bolat geçen ay Taşkent'teydi. Bolat, 14 Mayıs'ta Özbek başkentinde toplanan "
            "Türkiye-Özbekistan Karma Ekonomik Komisyonu toplantısına eş başkanlık etmişti.")
    assert proposed.visits(text, JUNE) == [("Ömer Bolat", "Uzbekistan", "2026-05-14", "Tashkent", "other")]
    az = ("Başlıq\n\nİqtisadiyyat naziri Mikayıl Cabbarov mayın 14-də Qazax paytaxtında Azərbaycan-Qazaxıstan "
          "hökumətlərarası komissiyanın iclasına həmsədrlik edib.")
    assert proposed.visits(az, JUNE) == [("Mikayıl Cabbarov", "Kazakhstan", "2026-05-14", "Astana", "other")]
    # coming from that capital ("başkentinden") is no meeting there
    back = ("Başlık\n\nTicaret Bakanı Ömer Bolat, 14 Mayıs'ta Kırgız başkentinden dönerek KEK toplantısına eş "
            "başkanlık etti.")
    assert proposed.visits(back, JUNE) == []


def test_a_russian_verb_first_arrival_of_a_name_ending_in_a():
    # plant: the as-written fallback dropped from visits._visitors_after
    text = "Заголовок\n\n11 марта в Бишкек прилетел глава правительства Таджикистана Кохир Расулзода."
    assert proposed.visits(text, APRIL) == [("Kokhir Rasulzoda", "Kyrgyzstan", "2026-03-11", "Bishkek", "other")]
    surname = "Заголовок\n\nВ понедельник в Ташкент прибыл Расулзода."
    assert proposed.visits(surname, APRIL) == [("Kokhir Rasulzoda", "Uzbekistan", "2026-04-13", "Tashkent", "other")]
    # a name in the genitive after the visit word is read in the nominative as before
    genitive = "Заголовок\n\n11 марта состоялся визит президента Узбекистана Шавката Мирзиёева в Астану."
    assert proposed.visits(genitive, APRIL) == [
        ("Shavkat Mirziyoyev", "Kazakhstan", "2026-03-11", "Astana", "other")]


def test_a_visit_being_prepared_gives_no_type():
    # plant: the "готов(им|ит|ят)ся к" alternative dropped from visits._FUTURE
    lead = "Заголовок\n\n— 11 марта в Астану прибыл министр экономики Таджикистана Завки Завкизода.\n\n"
    text = lead + "— Мы готовимся к государственному визиту Президента Таджикистана в Казахстан."
    assert proposed.visits(text, APRIL) == [("Zavki Zavkizoda", "Kazakhstan", "2026-03-11", "Astana", "other")]
    # a type told of the visit itself still types it
    typed = lead + "— Визит носит рабочий характер."
    assert proposed.visits(typed, APRIL) == [("Zavki Zavkizoda", "Kazakhstan", "2026-03-11", "Astana", "working")]


def test_a_mayor_of_north_nicosia_goes_to_a_turkish_city():
    # plant: "(?:Türk\s+)?" dropped from visits._CITY_OF_TITLE
    text = ("Başlık\n\nLefkoşa Türk Belediyesi (LTB) Başkanı Mehmet Harmancı, beraberindeki heyetle dün Antalya'ya "
            "geçti.")
    assert proposed.visits(text, MAY) == [("Mehmet Harmancı", "Türkiye", "2026-05-19", "Antalya", "other")]
    other = "Başlık\n\nGirne Belediye Başkanı Murat Şenkul, beraberindeki heyetle dün İzmir'e geldi."
    assert proposed.visits(other, MAY) == [("Murat Şenkul", "Türkiye", "2026-05-19", "Izmir", "other")]


def test_a_city_in_the_dative_before_the_verb_of_going():
    # plant: the _TR_CITY_IN_DATIVE_BEFORE return dropped from visits._local_destination
    # (not the capital in the locative before it, where he had been)
    text = ("Başlık\n\nAzerbaycan Ekonomi Bakanı Mikayıl Cabbarov, Ankara'daki temaslarının ardından dün Kayseri'ye "
            "geçti.")
    assert proposed.visits(text, MAY) == [("Mikayıl Cabbarov", "Türkiye", "2026-05-19", "Kayseri", "other")]
    # a capital so told as before
    capital = "Başlık\n\nAnkara Büyükşehir Belediye Başkanı Mansur Yavaş dün Bakü'ye geldi."
    assert proposed.visits(capital, MAY) == [("Mansur Yavaş", "Azerbaijan", "2026-05-19", "Baku", "other")]


def test_a_protocol_signed_before_renewed_and_one_more_signed_too():
    # plant: the _TR_SIGNED_THEN test dropped from visits._another_time
    lead = "Başlık\n\nLefkoşa Türk Belediyesi Başkanı Mehmet Harmancı dün Mersin'e geçti. "
    renewed = lead + ("Görüşmenin ardından, biri 2014'te imzalanan protokolün yenilenmesi olmak üzere iki protokol "
                      "imzalandı.")
    assert proposed.documents(renewed, MAY) == ["2"]
    # documents signed in another year are still none of this visit's
    then = lead + "İki belediye 2014'te üç protokol imzalamıştı."
    assert proposed.documents(then, MAY) == ["0"]  # round 71 (docs0): none told signed is 0


def test_one_more_document_told_with_too():
    # plant: the _TA_ONE_MORE_TOO alternative dropped from visits._one_more_signed
    lead = "Başlık\n\nLefkoşa Türk Belediyesi Başkanı Mehmet Harmancı dün Mersin'e geçti. İki protokol imzalandı. "
    text = lead + "Ziyaret kapsamında iki oda arasında bir işbirliği mutabakatı da imza altına alındı."
    assert proposed.documents(text, MAY) == ["3"]
    # "ayrıca" as before
    also = lead + "Ayrıca bir mutabakat zaptı imzalandı."
    assert proposed.documents(also, MAY) == ["3"]
