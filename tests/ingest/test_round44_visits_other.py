"""Forty-fourth round, visits (other) (docs/extraction.md: visits.py, places.py): the forms behind the dev/754, 764,
770, 775, 778 and 784 misses, told in short invented sentences. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)


def test_a_kind_word_before_delegation_in_a_led_by_aside():
    # plant: the "(?:[a-z][\w-]+\s+){0,2}?" before "delegation" dropped from visits._DELEGATION_ASIDE_LED_BY
    text = "The Kazakh trade delegation, led by Chamber President Aidos Serikbayev, arrived in Baku on Monday."
    assert proposed.visits(text, DAY) == [("Aidos Serikbayev", "Azerbaijan", "2026-05-18", "Baku", "other")]
    # a capitalised word before "delegation" is still no kind word: the demonym must stand right before the kind words
    other = "The Kazakh Chamber delegation, led by President Aidos Serikbayev, arrived in Baku on Monday."
    assert proposed.visits(other, DAY) == []


def test_a_total_of_documents_signed_at_the_forum():
    # plant: "on the occasion of" and "forum" dropped from visits._TOTAL_DOCUMENTS
    text = ("Uzbek Trade Minister Aziz Karimov arrived in Ankara on Monday. Nine contracts were signed between firms, "
            "and the chambers also signed a memorandum, bringing the number of documents signed on the occasion of "
            "the forum to ten.")
    assert proposed.documents(text, DAY) == ["10"]


def test_an_azerbaijani_hakim_of_a_region_comes_from_it_not_to_it():
    # plant: "hakimi" dropped from visits._CITY_HEAD_TITLES
    text = ("Özbəkistanın Səmərqənd vilayətinin hakimi Rustam Aliyevin rəhbərlik etdiyi nümayəndə heyəti mayın 18-də "
            "Gəncəyə gəlib.")
    assert proposed.visits(text, DAY) == [("Rustam Aliyev", "Azerbaijan", "2026-05-18", "Ganja", "other")]


def test_quba_is_a_city_declined_in_azerbaijani():
    # plant: the "Quba": "Quba" spelling dropped from places.CITY_SPELLINGS
    text = "Qazaxıstanın nəqliyyat naziri Nurlan Sauranbayev mayın 18-də Qubaya gəlib."
    assert proposed.visits(text, DAY) == [("Nurlan Sauranbayev", "Azerbaijan", "2026-05-18", "Quba", "other")]


def test_a_visit_type_told_by_during_the_working_visit():
    # plant: the English "during the … visit" alternative dropped from visits._VISIT_IS_TYPED
    text = ("Kyrgyz Economy Minister Daniyar Amangeldiyev was in Tashkent on 12 May, where he met his counterpart. "
            "During the working visit, the sides signed three memoranda.")
    assert proposed.visits(text, DAY) == [("Daniyar Amangeldiyev", "Uzbekistan", "2026-05-12", "Tashkent", "working")]
    # with no type word the visit stays of type other
    plain = ("Kyrgyz Economy Minister Daniyar Amangeldiyev was in Tashkent on 12 May, where he met his counterpart. "
             "The sides signed three memoranda.")
    assert proposed.visits(plain, DAY) == [("Daniyar Amangeldiyev", "Uzbekistan", "2026-05-12", "Tashkent", "other")]


def test_companies_deals_after_the_states_documents_are_more():
    # plant: the `firms` condition dropped from visits._en_count_told_as_more
    text = ("Kyrgyz Economy Minister Daniyar Amangeldiyev arrived in Baku on Tuesday. After the talks, the two sides "
            "signed three intergovernmental documents. Companies of the two countries signed eight commercial "
            "agreements at the forum.")
    assert proposed.documents(text, DAY) == ["11"]
    # fewer companies' deals than the count before may be a part of it: left as it was
    part = ("Kyrgyz Economy Minister Daniyar Amangeldiyev arrived in Baku on Tuesday. After the talks, the two sides "
            "signed eight documents. Companies of the two countries signed three commercial agreements.")
    assert proposed.documents(part, DAY) == ["8"]


def test_azerbaijani_commercial_contracts_counted_in_addition():
    # plant: "kommersiya" dropped from visits._TA_QUALIFIERS
    text = ("Qazaxıstanın nəqliyyat naziri Nurlan Sauranbayev mayın 18-də Bakıya gəlib. İclasın yekununda beş sənəd "
            "imzalanıb. Bundan əlavə, biznes forumunda şirkətlər arasında dörd kommersiya müqaviləsi imzalanıb.")
    assert proposed.documents(text, DAY) == ["9"]
