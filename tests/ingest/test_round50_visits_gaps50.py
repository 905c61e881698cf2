"""Fiftieth round, visits gaps (second wave; docs/extraction.md: visits.py, when.py): the forms behind the dev/866, 871
and 874 misses and two the first wave's probes found wrong, told in short invented sentences: "the sides" signing one
document in Azerbaijani and one more "arasında da"; a commission's co-chair told in a ", who co-chaired" clause and
"the protocol signed there"; a trip recalled as "X recalled that …, when he led a delegation to Y and signed a …"; a day
followed by "last year"; "the two ministries signed a memorandum and a plan". Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

AZ_LEAD = ("Şəki Şəhər İcra Hakimiyyətinin başçısı Elxan Usubovun rəhbərlik etdiyi nümayəndə heyəti mayın 19-da "
           "Türkiyənin Bursa şəhərinə gəlib. ")
AZ_DAY = date(2026, 5, 21)
EN_LEAD = "President Shavkat Mirziyoyev held talks with President Recep Tayyip Erdoğan in Ankara on Wednesday. "
EN_DAY = date(2026, 2, 11)
GABALA = ("A delegation from Kyrgyzstan's Osh region, led by the Plenipotentiary Representative of the President of "
          "the Kyrgyz Republic in the region, Bakyt Toktorov, arrived in Gabala on Tuesday. The delegation was "
          "received by the head of the Gabala District Executive Power, Elkhan Usubov. Trade with Azerbaijan grew. ")
GABALA_DAY = date(2026, 8, 26)
TOKTOROV = ("Bakyt Toktorov", "Azerbaijan", "2026-08-25", "Gabala", "other")


def test_the_sides_signing_one_document_in_azerbaijani():
    # plant: the _ta_sides_signed_one call dropped from the one-document checks of visits._add_details
    text = AZ_LEAD + "Görüşdən sonra tərəflər Şəki ilə Bursa arasında əməkdaşlıq haqqında protokol imzalayıblar."
    assert proposed.visits(text, AZ_DAY) == [("Elxan Usubov", "Türkiye", "2026-05-19", "Bursa", "other")]
    assert proposed.documents(text, AZ_DAY) == ["1"]
    two = AZ_LEAD + "Görüşdən sonra tərəflər əməkdaşlıq haqqında memorandum və protokol imzalayıblar."
    assert proposed.documents(two, AZ_DAY) == ["2"]
    # the plural says no number, a signing to come none
    assert proposed.documents(AZ_LEAD + "Görüşdən sonra tərəflər sənədlər imzalayıblar.", AZ_DAY) == [""]
    assert proposed.documents(AZ_LEAD + "Tərəflər gələcəkdə memorandum imzalayacaqlar.", AZ_DAY) == [""]


def test_one_more_signed_between_two_others_too():
    # plant: the "arasında da" alternative dropped from visits._ALSO_ONE_SIGNED
    text = AZ_LEAD + ("Tərəflər protokol imzalayıblar. Səfərin ikinci günü iki park arasında da əməkdaşlıq memorandumu "
                      "imzalanıb.")
    assert proposed.documents(text, AZ_DAY) == ["2"]
    # one to be signed later adds none
    later = AZ_LEAD + ("Tərəflər protokol imzalayıblar. İki universitet arasında da memorandumun imzalanması "
                       "planlaşdırılır.")
    assert proposed.documents(later, AZ_DAY) == ["1"]


def test_a_commission_co_chair_told_in_a_who_clause():
    # plant: the ", who" step back dropped from visits._co_chair_visit (the subject searched after the comma)
    text = EN_LEAD + ("Trade Minister Ali Demir told the forum. Demir, who co-chaired the intergovernmental commission "
                      "in Tashkent on Jan. 14, praised the results.")
    assert proposed.visits(text, EN_DAY) == [
        ("Shavkat Mirziyoyev", "Türkiye", "2026-02-11", "Ankara", "other"),
        ("Ali Demir", "Uzbekistan", "2026-01-14", "Tashkent", "other")]
    # an article naming two other states leaves his state unknown: no visit
    two = ("Trade Minister Ali Demir told the forum in Ankara on Wednesday. Demir, who co-chaired the "
           "intergovernmental commission in Tashkent on Jan. 14, said the deals were good. Trade with Uzbekistan and "
           "Kazakhstan grew.")
    assert proposed.visits(two, EN_DAY) == []


def test_the_protocol_signed_there_is_one():
    # plant: the _EN_ONE_SIGNED_THERE branch dropped from visits._add_details
    text = EN_LEAD + ("Trade Minister Ali Demir told the forum. Demir, who co-chaired the intergovernmental commission "
                      "in Tashkent on Jan. 14, said the protocol signed there had cleared the way.")
    assert proposed.documents(text, EN_DAY) == ["0", "1"]  # round 71 (docs0): none told signed is 0
    # not the lead visit's when the sentence is no visit of its own
    other = EN_LEAD + "The minister said the protocol signed there had cleared the way."
    assert proposed.documents(other, EN_DAY) == [""]


def test_a_trip_recalled_by_when_he_led_a_delegation():
    # plant: visits._recalled_when_he_went returning None
    text = GABALA + "Usubov recalled that ties began on March 3 last year, when he led a delegation to Osh."
    assert proposed.visits(text, GABALA_DAY) == [TOKTOROV,
                                                 ("Elkhan Usubov", "Kyrgyzstan", "2025-03-03", "Osh", "other")]
    # someone else's trip after "when" is not the subject's
    other = GABALA + "Usubov recalled that ties began on June 12 last year, when Toktorov led a delegation to Gabala."
    assert ("Elkhan Usubov", "Kyrgyzstan", "2025-06-12", "Osh", "other") not in proposed.visits(other, GABALA_DAY)
    # a year alone dates no visit
    year = GABALA + "Usubov recalled that ties began in 2024, when he led a delegation to Osh."
    assert proposed.visits(year, GABALA_DAY) == [TOKTOROV]


def test_the_document_signed_on_the_recalled_trip():
    # plant: the _WHEN_HE_SIGNED_ONE branch dropped from visits._add_details
    text = GABALA + ("Usubov recalled that ties began on June 12 last year, when he led a Gabala delegation to Osh and "
                     "signed a memorandum on trade with the region.")
    assert proposed.documents(text, GABALA_DAY) == ["0", "1"]  # round 71 (docs0): none told signed is 0
    # the lead's visit keeps its own (none told)
    plain = GABALA + "Usubov recalled that ties began on June 12 last year, when he led a delegation to Osh."
    assert proposed.documents(plain, GABALA_DAY) == ["0", "0"]  # round 71 (docs0): none told signed is 0


def test_a_day_followed_by_last_year_is_of_the_year_before():
    # plant: when._if_last_year returning None
    text = ("Foreign Minister Jeyhun Bayramov arrived in Tashkent on Tuesday. He recalled his own trip to Samarkand on "
            "March 3 last year.")
    day = date(2026, 8, 26)
    assert ("Jeyhun Bayramov", "Uzbekistan", "2025-03-03", "Samarkand", "other") in proposed.visits(text, day)
    # a day with no "last year" stays the latest on or before publication
    plain = "Foreign Minister Jeyhun Bayramov arrived in Tashkent on March 3."
    assert proposed.visits(plain, day) == [("Jeyhun Bayramov", "Uzbekistan", "2026-03-03", "Tashkent", "other")]


def test_two_ministries_signing_a_memorandum_and_a_plan_is_two():
    # plant: the "(?!and\s)" word check dropped from visits._PARTIES_SIGNED_ONE
    lead = ("Foreign Minister Jeyhun Bayramov arrived in Tashkent on Tuesday for consultations. He met his "
            "counterpart, at which ")
    day = date(2026, 3, 5)
    text = lead + "the two ministries signed a memorandum and a plan of consultations."
    assert proposed.documents(text, day) == ["2"]
    # one plan alone stays one
    assert proposed.documents(lead + "the two ministries signed a plan of consultations.", day) == ["1"]
