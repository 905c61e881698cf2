"""Round 101, q2 (docs/extraction.md: people.py, visits.py, quotes.py): a name of three words opening with one of the
Turkish first given names ("KOSGEB President Ali Rıza Candan", people.TURKISH_FIRST_GIVEN_NAMES, its home moved from
quotes, read by people._two_given_names_and_surname in people._without_place_case) keeps its third word though it ends
as the ablative does, when its second is no surname ("Həsən Məmmədov Xınalıqda" still loses the place). A body's head
told by the body's name and "chief" ('"…," the SMBDA chief said', people._EN_TITLE_KIN["chief"] in
people.Resolver._en_one_titled) is the one so titled whose title names that body. "The trip, which X described in a
statement as a working visit" types the article's one visit (visits._EN_VISITOR_S_TYPED in
visits._typed_as_the_visitor_s). An Azerbaijani guest told by a title naming no state before the capital and his
counterparts of its state ("Dünən isə … nazirinin müavini X Y Daşkənddə özbək həmkarları ilə görüşüb",
visits._newcomer_before_counterparts) visited it.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_EN = date(2026, 7, 15)
TALKS = ("Turkish agency head in Baku\n\n"
         "KOSGEB President Ali Rıza Candan arrived in the Azerbaijani capital on July 14 and held talks with SMBDA "
         "Chairman Orkhan Mammadov.\n\n"
         "\"Small firms are the backbone of both economies,\" Candan told reporters after the talks.\n\n")
BACKBONE = "Small firms are the backbone of both economies"
DAY_AZ = date(2026, 8, 5)
FARMERS = ("Fermerlərlə görüş\n\n"
           "Kənd təsərrüfatı naziri Həsən Məmmədov Xınalıqda yerli fermerlərlə görüşüb. \"Bu il məhsul yaxşıdır\", - "
           "deyə nazir bildirib.\n\n")


# plant: the _two_given_names_and_surname clause taken out of _without_place_case; and, seen failing too (the near
# form), the turkic_surname test taken out of _two_given_names_and_surname
def test_a_name_of_two_given_names_keeps_a_surname_ending_as_the_ablative():
    assert proposed.quotes(TALKS, DAY_EN) == [("Ali Rıza Candan", BACKBONE)]
    assert proposed.visits(TALKS, DAY_EN) == [("Ali Rıza Candan", "Azerbaijan", "2026-07-14", "Baku", "other")]
    # the near form: a given name and a surname ("-ov") before a place in the locative leave the place out
    assert proposed.quotes(FARMERS, DAY_AZ) == [("Həsən Məmmədov", "Bu il məhsul yaxşıdır")]


CENTRES = "We will open two joint centres this year"
CHIEF = f"\"{CENTRES},\" the SMBDA chief said.\n\n"


# plant: the body test (m["country"] in the role's words) taken out of the "chief" branch of _en_one_titled (the near
# form fails: "the agency chief" then Orkhan Mammadov's, the one so titled); and, seen failing too (the first
# assertion), "chief" taken out of _EN_TITLE_KIN
def test_the_body_s_chief_is_the_one_titled_head_of_that_body():
    assert proposed.quotes(TALKS + CHIEF, DAY_EN)[1:] == [("Orkhan Mammadov", CENTRES)]
    # the near form: a body the article titled no one of makes "the … chief" no one's
    assert proposed.quotes(TALKS + CHIEF.replace("SMBDA", "agency"), DAY_EN)[1:] == []


TRIP = "The three-day trip, which KOSGEB described in a statement as a working visit, ended on Wednesday.\n\n"
SECOND = "Uzbek Trade Minister Laziz Kudratov arrived in Baku on July 13.\n\n"


# plant: the `m["the"] and only` clause taken out of _typed_as_the_visitor_s; and, seen failing too, the words of the
# statement ("in a statement") taken out of _EN_VISITOR_S_TYPED, and (the near form) `only` made True
def test_the_trip_which_was_described_as_a_working_visit():
    assert proposed.visits(TALKS + TRIP, DAY_EN) == [("Ali Rıza Candan", "Azerbaijan", "2026-07-14", "Baku", "working")]
    # the near form: with two visits told, whose "the trip" is the page does not say
    assert [visit[-1] for visit in proposed.visits(TALKS + TRIP + SECOND, DAY_EN)] == ["other", "other"]


CONSULTATIONS = ("Özbəkistanla məsləhətləşmələr\n\n"
                 "Bakı. 5 avqust. Dünən isə iqtisadiyyat nazirinin müavini Elnur Qasımlı Daşkənddə özbək həmkarları "
                 "ilə görüşüb.\n\n")


# plant: the `if not subject and told` branch taken out of _newcomer_before_counterparts; and, seen failing too (the
# near form), the host test (`guest.iso3 != host`) taken out of its return
def test_a_guest_titled_with_no_state_met_his_counterparts_in_their_capital():
    assert proposed.visits(CONSULTATIONS, DAY_AZ) == [
        ("Elnur Qasımlı", "Uzbekistan", "2026-08-04", "Tashkent", "other")]
    # the near form: a title of the host's own state makes him their man, no guest
    assert proposed.visits(CONSULTATIONS.replace("isə iqtisadiyyat", "isə Özbəkistanın iqtisadiyyat"), DAY_AZ) == []
