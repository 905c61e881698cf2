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
    # plant: "səfəri?" made "səfər" again in visits._VISIT_IS_TYPED
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
