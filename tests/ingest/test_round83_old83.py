"""Eighty-third round, old83 (docs/extraction.md: visits.py): a land crossing told with no day and no place, "X
crossed over for the ceremony", right after a sentence telling an event at a border post with its day, is a visit on
that day to the state on whose side the post is ("… on the Kazakh side of the … crossing"), with no city (a
checkpoint is none, nor the centre of a region told nearby); "where he and <host> signed a memorandum" is one document;
"crossed over" with no event after it is no crossing. A lead that places its signing in a capital of another state
than a visit's host ("Five leaders met in Bucharest on Friday to sign …") makes the lead's dayless signings ("… sign
deal", "The agreement, signed by …") that event's, so the visit told later as what came before signed none (0, not
unstated); and a signing told as a habit going on ("is still signing contracts") is none of a visit's. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

BORDER = ("On Wednesday, Kazakh and Kyrgyz officials opened a new border checkpoint on the Kazakh side of the "
          "Karasu–Akzhol crossing, between Zhambyl region and Kyrgyzstan's Talas region.\n\n"
          "The checkpoint has twelve lanes for lorries.\n\n")
GOVERNOR = "Kyrgyzstan's Talas region governor Almaz Keneshev"
DAY = date(2026, 10, 18)


# plant: visits._en_side_of_the_border_post_before returns None (no host for the crossing)
def test_a_governor_crossed_over_for_an_event_at_a_border_post():
    text = BORDER + GOVERNOR + " crossed over for the ceremony, and thanked his hosts."
    assert proposed.visits(text, DAY) == [("Almaz Keneshev", "Kazakhstan", "2026-10-14", "", "other")]
    # the near form: "crossed over" to no event is no crossing of a border
    other = BORDER + GOVERNOR + " crossed over to the opposition last year."
    assert proposed.visits(other, DAY) == []


# plant: the border_side guard dropped from the cityless line (the region's centre told after taken for the city)
def test_a_border_post_is_in_no_city():
    text = BORDER + GOVERNOR + (" crossed over for the ceremony. He said the post would save drivers a day on the road "
                                "to Taraz.")
    assert [v[3] for v in proposed.visits(text, DAY)] == [""]


# plant: the "(he|she) and …" alternative removed from visits._PARTIES_SIGNED_ONE
def test_he_and_his_host_signed_one_document():
    text = BORDER + GOVERNOR + (" crossed over for the ceremony, where he and Zhambyl governor Yerbol Karashukeyev "
                                "signed a memorandum on joint management of the post.")
    assert proposed.documents(text, DAY) == ["1"]


LEAD = ("Five states sign deal on Caspian power line\n\n"
        "Five leaders met in Bucharest on Friday (9 October) to sign a partnership on an undersea power line.\n\n"
        "The agreement, signed by the presidents of Romania, Azerbaijan, Georgia, Hungary and Bulgaria, sets out a "
        "feasibility study.\n\n"
        "The deal follows months of contacts. Foreign Minister Péter Szijjártó held talks in Baku on 14 September "
        "with Azerbaijan's energy minister.\n\n")


# plant: visits._lead_signing_elsewhere returns False (the lead's signings taken for the visit's: unstated)
def test_a_lead_s_signing_elsewhere_is_none_of_a_later_visit_s():
    assert proposed.documents(LEAD, date(2026, 10, 12)) == ["0"]
    # the near form: the lead places its signing in the visit's host capital: the signing may be the visit's
    home = LEAD.replace("Bucharest", "Baku")
    assert proposed.documents(home, date(2026, 10, 12)) == [""]


# plant: visits._SIGNING_AS_A_HABIT matches nothing
def test_a_signing_told_as_a_habit_is_none_of_the_visit_s():
    text = ("Foreign Minister Péter Szijjártó held talks in Baku on 14 September with Azerbaijan's energy minister."
            "\n\n\"In practice, Hungary is still signing long-term contracts with Gazprom,\" an analyst said.")
    assert proposed.documents(text, date(2026, 10, 12)) == ["0"]
    # the near form: a contract told signed is a signing, its count unstated
    signed = text.replace("is still signing", "signed")
    assert proposed.documents(signed, date(2026, 10, 12)) == [""]
