"""Visit forms of the fourth held-out set (dev/37–39, 46–53): visits told in Russian, Azerbaijani and
Turkish, and summits with several leaders, each as a small text worded unlike the gold articles.

One behaviour per test: what a journalist writes, and which visit the rules must (or must not) propose."""
from datetime import date

from tests.ingest import proposed

_visits = proposed.visits
_documents = proposed.documents


# Russian: a day and month in the genitive, "прибыл", the type, the capital in Russian
def test_russian_day_month_arrival_and_state_visit():
    text = "Президент Узбекистана Шавкат Мирзиёев 3 марта прибыл в Баку с государственным визитом."
    assert _visits(text, date(2025, 3, 4)) == [("Shavkat Mirziyoyev", "Azerbaijan", "2025-03-03", "Baku", "state")]


def test_russian_weekday_and_a_declined_capital():
    text = "Президент Кыргызстана Садыр Жапаров во вторник прибыл в Астану с рабочим визитом."
    assert _visits(text, date(2025, 6, 12)) == [("Sadyr Japarov", "Kazakhstan", "2025-06-10", "Astana", "working")]


def test_russian_two_leaders_arriving_together_are_two_visits():
    text = ("Президент Казахстана Касым-Жомарт Токаев и президент Кыргызстана Садыр Жапаров прибыли в пятницу "
            "в Самарканд на саммит глав государств.")
    assert _visits(text, date(2024, 9, 14)) == [
        ("Kassym-Jomart Tokayev", "Uzbekistan", "2024-09-13", "Samarkand", "summit"),
        ("Sadyr Japarov", "Uzbekistan", "2024-09-13", "Samarkand", "summit")]


def test_russian_documents_counted_and_one_named_in_the_singular():
    told = "Президент Азербайджана Ильхам Алиев 12 мая прибыл в Ташкент с официальным визитом."
    assert _documents(told + " По итогам переговоров было подписано 7 документов.", date(2025, 5, 13)) == ["7"]
    assert _documents(told + " Министры подписали меморандум о сотрудничестве.", date(2025, 5, 13)) == ["1"]
    assert _documents(told + " Министры подписали соглашения о сотрудничестве.", date(2025, 5, 13)) == [""]


def test_russian_a_phone_call_about_a_visit_to_come_is_no_visit():
    text = ("Президенты Шавкат Мирзиёев и Ильхам Алиев 5 мая провели телефонный разговор и обсудили "
            "предстоящий визит узбекского лидера в Баку.")
    assert _visits(text, date(2025, 5, 6)) == []


# Azerbaijani: "aprelin 22-də", "rəsmi səfər", "gəlib", the capital declined ("Daşkəndə")
def test_azerbaijani_genitive_month_day_official_visit():
    text = "Prezident İlham Əliyev aprelin 22-də rəsmi səfərlə Daşkəndə gəlib."
    assert _visits(text, date(2025, 4, 23)) == [("Ilham Aliyev", "Uzbekistan", "2025-04-22", "Tashkent", "official")]


def test_azerbaijani_documents_and_the_city_of_the_next_sentence():
    text = ("Xarici işlər naziri Ceyhun Bayramov martın 4-də Özbəkistana işgüzar səfərə gedib. "
            "Daşkənddə nazir özbəkistanlı həmkarı ilə görüşüb. Səfər çərçivəsində 6 sənəd imzalanıb.")
    assert _visits(text, date(2025, 3, 5)) == [("Jeyhun Bayramov", "Uzbekistan", "2025-03-04", "Tashkent", "working")]
    assert _documents(text, date(2025, 3, 5)) == ["6"]


def test_azerbaijani_dateline_with_full_stops_gives_the_city():
    text = "Astana. 3 mart. APA.\n\nPrezident İlham Əliyev martın 2-də Qazaxıstana gəlib."
    assert _visits(text, date(2025, 3, 3)) == [("Ilham Aliyev", "Kazakhstan", "2025-03-02", "Astana", "other")]


def test_azerbaijani_host_by_country_word_and_a_leader_of_it_named_is_no_visit():
    text = ("Prezident İlham Əliyev noyabrın 3-də Türkiyə Prezidenti Rəcəb Tayyib Ərdoğanın Azərbaycana "
            "səfəri ilə bağlı açıqlama verib.")
    assert _visits(text, date(2025, 11, 4)) == []


# Turkish: "dün", "çalışma ziyareti", "Astana'ya geldi"; "12 Ekim'de", "resmi ziyaret", "Bişkek'e"
def test_turkish_yesterday_and_a_working_visit():
    text = "Cumhurbaşkanı Recep Tayyip Erdoğan, çalışma ziyareti için dün Astana'ya geldi."
    assert _visits(text, date(2024, 7, 4)) == [("Recep Tayyip Erdoğan", "Kazakhstan", "2024-07-03", "Astana", "working")]


def test_turkish_day_month_official_visit_and_documents():
    text = ("Cumhurbaşkanı Erdoğan 12 Ekim'de resmi ziyaret için Bişkek'e gitti. "
            "Görüşmelerin ardından iki ülke arasında 9 anlaşma imzalandı.")
    assert _visits(text, date(2024, 10, 13)) == [("Recep Tayyip Erdoğan", "Kyrgyzstan", "2024-10-12", "Bishkek", "official")]
    assert _documents(text, date(2024, 10, 13)) == ["9"]


def test_a_time_stamp_line_dates_a_lead_without_a_day():
    lead = "Cumhurbaşkanı Erdoğan, resmi ziyaret kapsamında Taşkent'te Şevket Mirziyoyev ile görüştü."
    stamped = "Erdoğan Özbekistan'da\n\n04.06.2024 10:15 | Dünya\n\n" + lead
    assert _visits(stamped, date(2024, 6, 4)) == [("Recep Tayyip Erdoğan", "Uzbekistan", "2024-06-04", "Tashkent", "official")]
    assert _visits("Erdoğan Özbekistan'da\n\n" + lead, date(2024, 6, 4)) == []


# Summits with several leaders (English)
def test_leaders_who_took_part_in_a_summit_each_visit_its_host():
    text = ("Heads of state of the Turkic states gathered in Astana on Friday for a summit. "
            "President Ilham Aliyev, President Recep Tayyip Erdoğan and President Shavkat Mirziyoyev attended "
            "the meeting, hosted by Kassym-Jomart Tokayev.")
    assert _visits(text, date(2024, 9, 14)) == [
        ("Ilham Aliyev", "Kazakhstan", "2024-09-13", "Astana", "summit"),
        ("Recep Tayyip Erdoğan", "Kazakhstan", "2024-09-13", "Astana", "summit"),
        ("Shavkat Mirziyoyev", "Kazakhstan", "2024-09-13", "Astana", "summit")]


def test_who_took_part_long_after_the_summit_sentence_visits_no_summit():
    text = ("Heads of state gathered in Astana on Friday for a summit. The agenda was long. Energy came first. "
            "Transport came next. President Ilham Aliyev took part in a forum on energy.")
    assert _visits(text, date(2024, 9, 14)) == []


def test_an_arrival_the_evening_before_is_the_start_of_the_same_visit():
    text = ("President Sadyr Japarov paid a state visit to Baku on Tuesday. "
            "Japarov, who arrived in Baku on Monday evening, laid a wreath.")
    assert _visits(text, date(2025, 4, 16)) == [("Sadyr Japarov", "Azerbaijan", "2025-04-14", "Baku", "state")]


def test_who_held_talks_during_a_visit_is_the_visitor():
    text = "Energy Minister Parviz Shahbazov held talks in Ankara on May 6 with Turkish officials during a working visit."
    assert _visits(text, date(2025, 5, 7)) == [("Parviz Shahbazov", "Türkiye", "2025-05-06", "Ankara", "working")]


def test_who_will_take_part_after_a_summit_sentence_visits_no_summit_yet():
    text = ("Heads of state gathered in Astana on Friday for a summit. "
            "President Ilham Aliyev will take part in the next one, and Japarov will participate too.")
    assert _visits(text, date(2024, 9, 14)) == []
