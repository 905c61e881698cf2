"""Sixty-fifth round, visits65b (docs/extraction.md: visits.py): the forms behind the dev/1063 and 1072 misses, told
in short invented sentences. A dateline the sentence splitter cuts in two, its place in capitals on a "line" of its
own before the day ("ТУРКМЕНБАШИ. 16 апреля. КАЗИНФОРМ – …"): the lead's arrival in a city it names only by a
description ("прибыл в туркменский портовый город") took place in the dateline's city (1063); and more documents
signed, told by a quantifier with no number after the visit's count ("doqquz sənəd imzalanıb" … "bir sıra kommersiya
sazişləri imzalanıb"): the visit's total is not stated, its count is none (1072). Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 6)


# plant: visits._day_after_lone_place_line returning None (the lead's arrival has no city, and is no visit)
def test_a_dateline_cut_in_two_gives_the_leads_arrival_its_city():
    ru = ("Шахбазов в Актау\n\n"
          "АКТАУ. 5 мая. ТРЕНД – Министр энергетики Азербайджана Парвиз Шахбазов прибыл в казахстанский портовый город "
          "в понедельник. Стороны обсудили поставки нефти.")
    assert proposed.visits(ru, DAY) == [("Parviz Shakhbazov", "Kazakhstan", "2026-05-04", "Aktau", "other")]
    en = ("Shahbazov in Aktau\n\n"
          "AKTAU. 5 May. Trend – Azerbaijan's Energy Minister Parviz Shahbazov arrived in the Kazakh port city on "
          "Monday to discuss oil supplies.")
    assert proposed.visits(en, DAY) == [("Parviz Shahbazov", "Kazakhstan", "2026-05-04", "Aktau", "other")]
    # with no dateline, the arrival names no city and is no visit
    bare = ("Шахбазов в Актау\n\n"
            "Министр энергетики Азербайджана Парвиз Шахбазов прибыл в казахстанский портовый город в понедельник. "
            "Стороны обсудили поставки нефти.")
    assert proposed.visits(bare, DAY) == []


# plant: the _UNCOUNTED_MORE_SIGNED branch dropped from visits._add_details (the count stays six)
def test_more_documents_told_by_a_quantifier_leave_the_count_unknown():
    az = ("Özbəkistan Prezidenti Şavkat Mirziyoyev mayın 5-də dövlət səfəri ilə Bakıya gəlib. Danışıqlardan sonra altı "
          "sənəd imzalanıb.\n\n"
          "Səfər çərçivəsində biznes forumu keçirilib, iki ölkənin şirkətləri arasında bir sıra kommersiya sazişləri "
          "imzalanıb.")
    assert proposed.visits(az, DAY) == [("Shavkat Mirziyoyev", "Azerbaijan", "2026-05-05", "Baku", "state")]
    assert proposed.documents(az, DAY) == [""]
    ru = ("Президент Узбекистана Шавкат Мирзиёев 5 мая прибыл в Баку с государственным визитом. По итогам переговоров "
          "подписаны шесть документов.\n\n"
          "В рамках визита прошел бизнес-форум, на котором между компаниями двух стран был подписан ряд коммерческих "
          "соглашений.")
    assert proposed.documents(ru, DAY) == [""]
    # the count alone stays
    counted = ("Президент Узбекистана Шавкат Мирзиёев 5 мая прибыл в Баку с государственным визитом. По итогам "
               "переговоров подписаны шесть документов.")
    assert proposed.documents(counted, DAY) == ["6"]
