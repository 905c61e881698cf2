"""Fifty-eighth round, visits (docs/extraction.md: visits.py): the forms behind the dev/979, 981, 985, 987 and 989
misses, told in short invented sentences: a multi-city wire dateline that is no place of a meeting, "had flown into" as
an arrival, the Turkish converb of landing ("…'na inerek") and reaching an airport ("Havalimanı'na ulaşan"), the
visit's type told as a Turkish noun predicate ("X'in ziyareti, … resmi bir ziyaret."), a Russian count of company deals
with their worth before the verb, and "a further" count after the lead's count. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 16)


def test_a_multi_city_dateline_is_no_place_of_the_talks():
    # plant: the "/" dateline filter of the capitals dropped from _meeting_visit
    text = ("ANKARA/TASHKENT/BISHKEK, Apr 16 (dpa) - The leaders of three states spoke of the corridor on Thursday, "
            "as Azerbaijani Foreign Minister Jeyhun Bayramov held talks in the Uzbek capital.")
    found = proposed.visits(text, DAY)
    assert ("Jeyhun Bayramov", "Türkiye", "2026-04-16", "Ankara", "other") not in found
    assert ("Jeyhun Bayramov", "Uzbekistan", "2026-04-16", "Tashkent", "other") in found
    # a single-city dateline still places talks told without another place
    single = ("TASHKENT, Apr 16 (dpa) - Azerbaijani Foreign Minister Jeyhun Bayramov met Uzbek Foreign Minister "
              "Bakhtiyor Saidov on Thursday.")
    assert proposed.visits(single, DAY) == [("Jeyhun Bayramov", "Uzbekistan", "2026-04-16", "Tashkent", "other")]


def test_had_flown_into_a_city_is_an_arrival():
    # plant: "ha[ds]\s+flown" dropped from the (b) verbs of _VISITOR_CUES
    text = "Kazakh Foreign Minister Murat Nurtleu had flown into Samarkand on Tuesday evening for a two-day visit."
    assert proposed.visits(text, DAY) == [("Murat Nurtleu", "Uzbekistan", "2026-04-14", "Samarkand", "other")]
    past = "Kazakh Foreign Minister Murat Nurtleu flew into Samarkand on Tuesday evening for a two-day visit."
    assert proposed.visits(past, DAY) == [("Murat Nurtleu", "Uzbekistan", "2026-04-14", "Samarkand", "other")]


def test_landing_told_by_the_turkish_converb_is_an_arrival():
    # plant: "inerek" dropped from _LOCAL_VISIT
    text = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, dün akşam Ankara Esenboğa Havalimanı'na inerek "
            "temaslarına başladı.")
    assert proposed.visits(text, DAY) == [("Shavkat Mirziyoyev", "Türkiye", "2026-04-15", "Ankara", "other")]
    # "indi" stays read
    landed = "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, dün Ankara Esenboğa Havalimanı'na indi."
    assert proposed.visits(landed, DAY) == [("Shavkat Mirziyoyev", "Türkiye", "2026-04-15", "Ankara", "other")]


def test_the_type_told_as_a_turkish_noun_predicate():
    # plant: the round 58 "ziyareti, … resmi bir ziyaret." alternative dropped from _VISIT_IS_TYPED
    lead = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, dün akşam Ankara Esenboğa Havalimanı'na inerek "
            "temaslarına başladı. ")
    typed = lead + "Özbek liderin ziyareti, Türk tarafının davetiyle gerçekleşen resmi bir ziyaret."
    assert proposed.visits(typed, DAY) == [("Shavkat Mirziyoyev", "Türkiye", "2026-04-15", "Ankara", "official")]
    # a visit still to be paid, told after the noun, gives no type
    later = lead + "Özbek liderin ziyareti, gelecek ay yapılacak resmi bir ziyaretin hazırlığıyla ilgili."
    assert proposed.visits(later, DAY) == [("Shavkat Mirziyoyev", "Türkiye", "2026-04-15", "Ankara", "other")]


def test_russian_company_deals_with_their_worth_before_the_verb_add_up():
    # plant: the "общей стоимостью …" run dropped from _LOCAL_DOCUMENTS
    lead = ("Премьер-министр Казахстана Олжас Бектенов во вторник прибыл в Ташкент. По итогам переговоров главы "
            "правительств подписали семь документов. ")
    text = lead + "Еще четыре коммерческих соглашения общей стоимостью более 200 млн долларов заключили компании."
    assert proposed.documents(text, DAY) == ["11"]
    plain = lead + "Еще четыре коммерческих соглашения заключили компании."
    assert proposed.documents(plain, DAY) == ["11"]


def test_a_further_count_after_the_visit_adds_to_the_leads_count():
    # plant: the documents_more flag never set in _add_details
    lead = ("SAMARKAND — Uzbek and Turkish companies signed twelve commercial agreements on Wednesday as the business "
            "council met.\n\nThe Turkish delegation was led by Trade Minister Omer Bolat, who flew into Samarkand on "
            "Tuesday evening.\n\n")
    text = lead + "Bolat and his Uzbek counterpart signed a further three intergovernmental documents."
    assert proposed.documents(text, DAY) == ["15"]
    # without "further" the later count stands alone
    alone = lead + "Bolat and his Uzbek counterpart signed three intergovernmental documents."
    assert proposed.documents(alone, DAY) == ["3"]


def test_reaching_an_airport_told_by_the_turkish_participle_is_an_arrival():
    # plant: the "Havalimanı'na ulaşan" alternative dropped from _LOCAL_VISIT
    text = "Dün akşam Ercan Havalimanı'na ulaşan Ticaret Bakanı Ömer Bolat, KKTC Başbakanı ile görüştü."
    assert proposed.visits(text, DAY) == [("Ömer Bolat", "Northern Cyprus", "2026-04-15", "North Nicosia", "other")]
    # a figure reaching an amount is no arrival
    figure = "Dün açıklanan verilere göre 3 milyar dolara ulaşan ticaret, Bakan Ömer Bolat tarafından değerlendirildi."
    assert proposed.visits(figure, DAY) == []
