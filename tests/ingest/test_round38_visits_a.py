"""Thirty-eighth round, visits A (docs/extraction.md: visits.py): the English visit forms behind the dev/524, 536 and 554
misses and the failures the probes found, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 16)  # a Saturday


def test_days_spent_in_a_capital_then_the_visit_began_on_a_day():
    # plant: "|spent\s+" + _SPENT_DAYS dropped from visits._VISIT
    text = ("Earlier this month Kyrgyzstan's economy minister, Daniyar Amangeldiyev, spent three days in Baku. "
            "The visit, which began on May 4, ended with a road map on textiles.")
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Daniyar Amangeldiyev", "Azerbaijan", "2026-05-04", "Baku")]
    # days spent there with no first day told after are no visit
    quiet = ("Earlier this month Kyrgyzstan's economy minister, Daniyar Amangeldiyev, spent three days in Baku. "
             "He called the talks useful.")
    assert proposed.visits(quiet, DAY) == []


def test_the_visit_began_aside_needs_the_stay_right_before():
    # plant: EN_GUEST_SENTENCES made 0 in visits (the begun day never joined to the stay before)
    text = ("Kazakh Energy Minister Almas Satkaliyev spent two days in Tashkent. "
            "The visit, which started on May 12, was his first abroad this year.")
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Almas Satkaliyev", "Uzbekistan", "2026-05-12", "Tashkent")]
    # a year spent there as ambassador is no stay of days
    posted = ("Kazakh Energy Minister Almas Satkaliyev spent four years in Tashkent as a diplomat. "
              "The visit, which started on May 12, was his first abroad this year.")
    assert proposed.visits(posted, DAY) == []


def test_a_dayless_visit_takes_the_day_of_the_talks_in_the_host_told_before():
    # plant: the _en_day_of_the_host_place_before call dropped from visits.find_visits
    text = ("Hungarian Foreign Minister Péter Szijjártó agreed with Uzbek officials to expand flights, following talks "
            "in Tashkent on May 12-13. Szijjártó, who was on a working visit to Uzbekistan, was received by the "
            "President.")
    assert [v[:5] for v in proposed.visits(text, DAY)] == [
        ("Péter Szijjártó", "Uzbekistan", "2026-05-12", "Tashkent", "working")]
    # the one on the visit not named in the sentence before: no day of his
    other = ("Hungarian officials agreed with Uzbek officials to expand flights, following talks in Tashkent on "
             "May 12-13. Szijjártó, who was on a working visit to Uzbekistan, was received by the President.")
    assert proposed.visits(other, DAY) == []


def test_an_arrival_in_a_region_is_in_the_event_city_told_before():
    # plant: the _city_of_the_region_told_before call dropped from visits.find_visits
    text = ("The Kazakh–Turkish Logistics Forum took place in Aktau on 14 May. The Turkish delegation was headed by "
            "Trade Minister Ömer Bolat, who arrived in the Mangystau region on Thursday morning.")
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Ömer Bolat", "Kazakhstan", "2026-05-14", "Aktau")]
    # no event told before: a region the tables do not know names no city (round 43, second wave: Mangystau is now
    # known, as its centre Aktau; Chuy, around the capital, is left unknown)
    bare = ("Exports from Aktau grew in April. Trade Minister Ömer Bolat arrived in the Chuy region on "
            "Thursday morning.")
    assert proposed.visits(bare, DAY) == []


LEAD = "Uzbek President Shavkat Mirziyoyev arrived in Ankara on Tuesday for a state visit.\n\n"


def test_a_count_told_in_addition_adds_to_the_one_signed_before():
    # plant: _en_count_told_as_more made to return None at once in visits
    text = LEAD + "The two leaders signed a declaration on eternal friendship. In addition, six agreements were signed."
    assert proposed.documents(text, DAY) == ["7"]
    same = (LEAD + "The presidents signed a declaration on strategic partnership, and a further 11 documents were "
            "signed.")
    assert proposed.documents(same, DAY) == ["12"]
    # without the word the count stands alone (the statement may be one of them)
    alone = LEAD + "The two leaders signed a joint statement. Six agreements were signed by ministers."
    assert proposed.documents(alone, DAY) == ["6"]
    # the same count told again "in addition" is no more
    again = LEAD + "Six agreements were signed. In addition, six agreements were signed by companies."
    assert proposed.documents(again, DAY) == ["6"]


def test_he_and_the_host_signing_one_document_is_one():
    # plant: the "He"/"She" alternative dropped from visits._en_pair_signed_one (round 41: now in _pair_holds_the_visitor)
    assert proposed.documents(LEAD + "He and Erdoğan signed an agreement on cultural centres.", DAY) == ["1"]
    # a title before the host's name, and a plan signed
    titled = LEAD + "He and Turkish Vice President Cevdet Yılmaz signed a joint investment plan."
    assert proposed.documents(titled, DAY) == ["1"]
    # "he" in a later clause is no subject of the pair
    later = LEAD + "The talks were long, and then he and his aides signed the guest book."
    assert proposed.documents(later, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_a_convention_is_a_document_named():
    # plant: "|convention" dropped from visits._DOCUMENT_NOUN
    text = LEAD + "During the visit, the two ministers signed a consular convention and three protocols."
    assert proposed.documents(text, DAY) == ["4"]


def test_days_spent_there_told_with_the_day_of_saying_have_no_start():
    # plant: the _outside(days, _SAID_ON, …) line for "spent " dropped from visits.find_visits
    assert proposed.visits("Tajik Foreign Minister Sirojiddin Muhriddin spent two days in Ankara, his ministry said "
                           "on Friday.", DAY) == []
    told = ("Tajik Foreign Minister Sirojiddin Muhriddin spent two days in Ankara from May 11, his ministry said on "
            "Friday.")
    assert [v[:3] for v in proposed.visits(told, DAY)] == [("Sirojiddin Muhriddin", "Türkiye", "2026-05-11")]


def test_a_firms_agreement_on_the_sidelines_of_the_forum_adds_one():
    # plant: "visit.documents += 1" made "+= 0" in visits._en_firm_deals_on_the_sidelines
    text = (LEAD + "The two countries signed four documents at the Uzbek–Turkish Business Forum. Businesswoman Dilnoza "
            "Karimova said her company had signed a supply contract with an Izmir retailer on the sidelines of the "
            "forum.")
    assert proposed.documents(text, DAY) == ["5"]
    # a firm's deal told without the sidelines may be one of a count: not added
    plain = (LEAD + "The two countries signed four documents at the Uzbek–Turkish Business Forum. Dilnoza Karimova, "
             "whose company signed a supply contract with an Izmir retailer, praised the forum.")
    assert proposed.documents(plain, DAY) == ["4"]
