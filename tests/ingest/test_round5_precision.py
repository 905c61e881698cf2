"""Fifth held-out set, precision: wrong or extra records the rules proposed for r5-*, each guarded here by a
general form in words other than the article's (docs/extraction.md: people.py, visits.py, figures.py, money.py)."""
from datetime import date

from dashboard.data import officeholders
from dashboard.ingest.people import Resolver
from tests.ingest import proposed

DAY = date(2024, 6, 12)


def _records(table, text, day=DAY):
    return proposed.records(table, text, day)


def _quotes(text, day=DAY):
    return [(r["speaker"], r["quote"]) for r in _records("quotes", text, day)]


def _trade(text, day=DAY):
    return [(frozenset((r["reporter_country"], r["partner_country"])), r["period"], r["flow"],
             float(r["value_usd_million"]), r["value_qualifier"], r["growth_pct"]) for r in _records("trade", text, day)]


# people.py / officeholders.csv: listed holders as Russian, Azerbaijani and Turkish outlets spell them

def test_a_listed_prime_minister_named_in_cyrillic_is_the_holder():
    text = ("Премьер-министр Казахстана провел встречу с делегацией.\n\n"
            "— Мы готовы расширять поставки зерна по Каспию, — сказал Олжас Бектенов.")
    assert _quotes(text) == [("Olzhas Bektenov", "Мы готовы расширять поставки зерна по Каспию")]


def test_holders_spelled_as_russian_and_azerbaijani_outlets_write_them():
    for spelling, name in [("Джейхун Байрамов", "Jeyhun Bayramov"), ("Шавкат Мирзиёев", "Shavkat Mirziyoyev"),
                           ("Qasım-Jomart Tokayev", "Kassym-Jomart Tokayev"), ("Sadır Japarov", "Sadyr Japarov"),
                           ("Сердар Бердымухамедов", "Serdar Berdimuhamedow"), ("Rəcəb Tayyib Ərdoğan", "Recep Tayyip Erdoğan")]:
        terms = officeholders.by_name(spelling, DAY)
        assert terms and terms[0].name == name, spelling


# visits.py: Russian count words of documents signed

def test_russian_count_word_of_documents_signed_is_the_number():
    text = ("Премьер-министр Азербайджана Али Асадов 11 июня прибыл в Ташкент с официальным визитом.\n\n"
            "По итогам встречи были подписаны семь документов о сотрудничестве.\n\n"
            "Напомним, ранее стороны подписали меморандум о транзите.")
    visits = _records("visits", text)
    assert [(v["visitor_name"], v["documents_signed"]) for v in visits] == [("Ali Asadov", "7")]


# people.py: capitalised words of an event or body, declined for case, are no unknown person

def test_a_declined_event_name_is_no_unlisted_speaker():
    resolver = Resolver(DAY)
    assert resolver.resolve("Azərbaycanın Bakı Forumlarına uğurla qatılmasını alqışlayaraq") is None
    assert resolver.resolve("Türk Devletleri Teşkilatı Zirvesinde konuşan") is None


def test_an_unlisted_name_in_full_still_names_its_speaker():
    person = Resolver(DAY).resolve("Energetika naziri Pərviz Şahbazov")
    assert person is not None and person.name == "Pərviz Şahbazov"
    person = Resolver(DAY).resolve("Ticaret Bakanı Ömer Bolat")
    assert person is not None and person.name == "Ömer Bolat"


# figures.py: a trade sentence about a partner the places do not know gives no figure of the article's pair

def test_a_figure_with_an_unknown_partner_is_not_the_articles_pair():
    text = ("Yanvar-iyun aylarında Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 300 milyon dollar təşkil edib.\n\n"
            "Birinci yerdə Almaniya qərarlaşıb. Yanvar-iyun aylarında Almaniya ilə ticarət dövriyyəsi 2 milyard dollar olub.")
    assert _trade(text, date(2024, 7, 20)) == [(frozenset(("Azerbaijan", "Kazakhstan")), "2024-H1", "turnover", 300.0, "exact", "")]


# figures.py: one state's total (with the world or a group), another state named only after the amount

def test_a_states_total_is_no_pair_figure_though_another_state_follows():
    text = ("Uzbekistan's overall foreign trade turnover reached $32.1 billion in the first half of 2024, "
            "the minister said, adding that Azerbaijan's share should grow.")
    assert _trade(text, date(2024, 8, 1)) == []


def test_trade_with_a_group_then_with_one_state_is_that_states_pair():
    text = ("Kazakh President Tokayev pays a state visit to Turkmenistan\n\n"
            "Tajikistan's trade with CIS member states reached $2.9 billion in 2023, mostly with Russia and "
            "Kazakhstan. Trade with Turkmenistan stood at about $41 million last year.")
    assert _trade(text, date(2024, 3, 1)) == [(frozenset(("Tajikistan", "Turkmenistan")), "2023", "turnover", 41.0,
                                               "about", "")]


# figures.py: "Trade" as a word of a name makes no trade sentence

def test_trade_in_a_name_is_no_trade_sentence():
    text = ("Kazakhstan and Azerbaijan agreed to expand ferry links.\n\n"
            "The Aktau International Sea Trade Port handled 6 million tonnes in 2023 and will spend about $85 million "
            "on a new grain terminal in 2024.")
    assert _trade(text, date(2024, 5, 1)) == []


# visits.py: a meeting of heads of state is a summit

def test_coming_to_a_meeting_of_heads_of_state_is_a_summit_visit():
    text = ("Bişkek, 5 sentyabr, AZƏRTAC\n\n"
            "Azərbaycan Prezidenti İlham Əliyev sentyabrın 5-də Türk dövlət başçılarının qeyri-rəsmi Görüşündə "
            "iştirak etmək üçün Qırğızıstanın paytaxtı Bişkek şəhərinə gəlib.")
    visits = _records("visits", text, date(2024, 9, 5))
    assert [(v["visitor_name"], v["host_country"], v["visit_type"]) for v in visits] == [
        ("Ilham Aliyev", "Kyrgyzstan", "summit")]


# figures.py: the growth sentence after a figure may name its source first (Azerbaijani "… xəbər verir ki, bu, …")

def test_growth_after_the_source_in_the_next_sentence():
    text = ("Yanvar-mart aylarında Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 150 milyon dollar təşkil edib.\n\n"
            "APA Dövlət Statistika Komitəsinə istinadən xəbər verir ki, bu, ötən ilin eyni dövründəkindən 8% çoxdur.")
    assert _trade(text, date(2024, 4, 20)) == [(frozenset(("Azerbaijan", "Kazakhstan")), "2024-Q1", "turnover", 150.0,
                                                "exact", "8")]
