"""Forty-second round, visits (docs/extraction.md: visits.py): the forms behind the dev/714, 724 and 735 misses and the
probes around them, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
AZ_GUEST = "Azərbaycanın xarici işlər naziri Ceyhun Bayramov mayın 18-də Daşkəndə gəlib. "
RU_GUEST = "Министр иностранных дел Азербайджана Джейхун Байрамов 18 мая прибыл в Ташкент. "


def test_the_visit_had_been_an_official_one():
    # plant: "had\s+been|has\s+been" dropped from the first alternative of visits._VISIT_IS_TYPED
    text = ("Foreign Minister Jeyhun Bayramov arrived in Tashkent on May 18. The Uzbek side later confirmed that the "
            "visit had been an official one.")
    assert [v[4] for v in proposed.visits(text, DAY)] == ["official"]
    # the visit "had been" something else says no type
    other = ("Foreign Minister Jeyhun Bayramov arrived in Tashkent on May 18. The visit had been a long time coming, "
             "officials said.")
    assert [v[4] for v in proposed.visits(other, DAY)] == ["other"]


def test_azerbaijani_visit_in_the_possessive_of_its_visitor_is_typed():
    # plant: "səfəri?" made "səfər" again in visits._VISIT_IS_TYPED (its "səfəri? (dövlət|rəsmi|işgüzar) xarakter" alternative)
    text = AZ_GUEST + "Nazirin səfəri işgüzar xarakter daşıyır və iki gün davam edir."
    assert [v[4] for v in proposed.visits(text, DAY)] == ["working"]
    # his visit "during" which official meetings were held has no type
    other = AZ_GUEST + "Səfəri zamanı rəsmi görüşlər keçirilib."
    assert [v[4] for v in proposed.visits(other, DAY)] == ["other"]


def test_azerbaijani_and_turkish_number_of_documents_signed_reaching_a_total():
    # plant: _ta_total_documents dropped from the chain of local counts in visits._add_details
    text = (AZ_GUEST + "Danışıqlardan sonra tərəflər üç sənəd imzalayıblar. Beləliklə, səfər çərçivəsində imzalanan "
            "sənədlərin sayı beşə çatıb.")
    assert proposed.documents(text, DAY) == ["5"]
    turkish = ("Azerbaycan Dışişleri Bakanı Ceyhun Bayramov 18 Mayıs'ta Ankara'ya geldi. Görüşmelerin ardından iki "
               "belge imzalandı. Ziyaret kapsamında imzalanan belge sayısı 4'e ulaştı.")
    assert proposed.documents(turkish, DAY) == ["4"]
    # the number of something else reaching a count is no total of documents
    other = AZ_GUEST + "Danışıqlardan sonra tərəflər üç sənəd imzalayıblar. Ziyarətçilərin sayı beşə çatıb."
    assert proposed.documents(other, DAY) == ["3"]


def test_russian_second_count_of_documents_joined_by_and():
    # plant: the _ru_counted_more_after_count line dropped from visits._add_details
    text = RU_GUEST + "В ходе визита были подписаны два меморандума и 5 коммерческих контрактов."
    assert proposed.documents(text, DAY) == ["7"]
    words = RU_GUEST + "В ходе визита были подписаны четыре соглашения и три меморандума о сотрудничестве."
    assert proposed.documents(words, DAY) == ["7"]
    # "and two sides agreed" and "and 20 companies" count no documents
    sides = RU_GUEST + "В ходе визита были подписаны четыре соглашения и две стороны договорились продолжить работу."
    assert proposed.documents(sides, DAY) == ["4"]
    firms = RU_GUEST + "В ходе визита были подписаны четыре соглашения и 20 компаний провели встречи."
    assert proposed.documents(firms, DAY) == ["4"]


def test_title_holding_a_list_split_off_by_its_commas():
    # plant: the _title_list_joined call dropped from visits._appositive_visitor (the parts split as they come)
    text = "Nurlan Baibazarov, Kazakhstan's minister of energy, mining and water, arrived in Baku on Monday."
    assert proposed.visits(text, DAY) == [("Nurlan Baibazarov", "Azerbaijan", "2026-05-18", "Baku", "other")]
    first = "The Kazakh minister of energy, mining and water, Nurlan Baibazarov, arrived in Baku on Monday."
    assert proposed.visits(first, DAY) == [("Nurlan Baibazarov", "Azerbaijan", "2026-05-18", "Baku", "other")]
    # two names joined by "and" are no end of a title's list
    names = "Nurlan Baibazarov, Kazakhstan's minister, Bakhtiyor Saidov and Aziz Ahmedov, arrived in Baku on Monday."
    assert proposed.visits(names, DAY) == []


def test_title_naming_a_city_gives_its_state():
    # plant: _title_states made places.codes_in alone (no city's state)
    text = "The head of the Ganja City Executive Power, Elshan Mammadli, arrived in Eskişehir on Monday."
    assert proposed.visits(text, DAY) == [("Elshan Mammadli", "Türkiye", "2026-05-18", "Eskişehir", "other")]
    samarkand = "The mayor of Samarkand, Ulugbek Rakhimov, arrived in Baku on Monday."
    assert proposed.visits(samarkand, DAY) == [("Ulugbek Rakhimov", "Azerbaijan", "2026-05-18", "Baku", "other")]
    # a title of his own country's city, going to another city of it, is no visit
    home = "The mayor of Samarkand, Ulugbek Rakhimov, arrived in Bukhara on Monday."
    assert proposed.visits(home, DAY) == []


def test_number_of_documents_signed_during_the_visit_brought_to_a_total():
    # plant: the "during … visit" part dropped from visits._TOTAL_DOCUMENTS
    text = ("Kazakh Foreign Minister Murat Nurtleu arrived in Baku on Monday. The sides signed two memoranda, bringing "
            "the number of agreements signed in the course of the visit to 7.")
    assert proposed.documents(text, DAY) == ["7"]
    # a number since another time is no total of the visit
    since = ("Kazakh Foreign Minister Murat Nurtleu arrived in Baku on Monday. The sides signed two memoranda, bringing "
             "the number of documents signed since 1992 to 150.")
    assert proposed.documents(since, DAY) == ["2"]


def test_surname_of_one_titled_after_his_name_before():
    # plant: the _titled_after_name call dropped from visits._surname_told_before
    text = ("The talks were co-chaired by Zoltán Kerekes, Hungary's state secretary for foreign economic relations, and "
            "a Kyrgyz deputy premier. Kerekes, who arrived in the Kyrgyz capital on Monday, also met students.")
    assert proposed.visits(text, DAY) == [("Zoltán Kerekes", "Kyrgyzstan", "2026-05-18", "Bishkek", "other")]
    # a description of no office gives him no state
    native = "Zoltán Kerekes, a Budapest native, met students. Kerekes arrived in the Kyrgyz capital on Monday."
    assert proposed.visits(native, DAY) == []


def test_documents_signed_on_a_whole_date_of_another_year():
    # plant: the "on <day> <month> <year>" alternative dropped from visits._IN_YEAR
    text = ("Hungarian State Secretary Zoltán Kerekes arrived in Bishkek on Monday. The last session was held in "
            "Budapest on 14 October 2025, when four documents were signed.")
    assert proposed.documents(text, DAY) == ["0"]  # round 71 (docs0): none told signed is 0
    # a date of the visit's year keeps the count
    same = ("Hungarian State Secretary Zoltán Kerekes arrived in Bishkek on Monday. The session was held in Bishkek "
            "on 19 May 2026, when four documents were signed.")
    assert proposed.documents(same, DAY) == ["4"]


def test_signing_told_in_the_lead_before_the_visit():
    # plant: " signing " dropped from visits._SIGNED_WORDS (the lead is no signing sentence _signed_before reads)
    text = ("The Hungarian-Kyrgyz commission met in Bishkek on Tuesday, with the two sides signing six documents on "
            "agriculture. Hungarian State Secretary Zoltán Kerekes arrived in the Kyrgyz capital on Monday.")
    assert proposed.documents(text, DAY) == ["6"]
    # a signing to come is no count
    ahead = ("The Hungarian-Kyrgyz commission met in Bishkek on Tuesday, ahead of signing six documents next month. "
             "Hungarian State Secretary Zoltán Kerekes arrived in the Kyrgyz capital on Monday.")
    assert proposed.documents(ahead, DAY) == [""]
