"""Hundred-and-fifth round, h3 (docs/extraction.md: visits.py): an English visit's type told in a later sentence as an
apposition on the visit between commas, "Khodjaev's trip, a working visit, also included …" (the visitor's surname in
the possessive) and "The visit, a working one, is …" (the article's one visit), is that visit's type
(visits._EN_VISITOR_S_TYPED in visits._typed_as_the_visitor_s); a recalled trip whose own sentence tells one document
first, in the passive, its time the trip told by "when he" ("… recalled that the investment roadmap was signed when he
led a delegation to Tashkent on March 12") has that one document (visits._WHEN_HE_SIGNED_ONE's passive branch, in
visits._add_details).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 7, 16)
LEAD = ("Uzbek and Azerbaijani firms open a joint cotton mill in Baku\n\n"
        "BAKU – Uzbek Deputy Minister of Industry Jamshid Khodjaev arrived in Baku on Tuesday for the opening of a "
        "joint cotton mill, the first of its kind in the South Caucasus.\n\n")
TRIP = "Khodjaev's trip, a working visit, also included talks at the Ministry of Economy.\n\n"
THE_VISIT = "The visit, a working one, is Khodjaev's second trip to Azerbaijan this year.\n\n"
RECALL = ("Azerbaijani mill director Elnur Mammadov recalled that the investment roadmap was signed when he led a "
          "delegation to Tashkent on March 12.\n\n")
KHODJAEV = ("Jamshid Khodjaev", "Azerbaijan", "2026-07-14", "Baku")
MAMMADOV = ("Elnur Mammadov", "Uzbekistan", "2026-03-12", "Tashkent", "other")


# plant: "visit" taken out of the apposition's (?:visit|one) in _EN_VISITOR_S_TYPED (only "one" left)
def test_the_visitor_s_trip_a_working_visit():
    assert proposed.visits(LEAD + TRIP, DAY) == [KHODJAEV + ("working",)]
    # the near form: another person's trip so typed is no type of the visitor's
    assert proposed.visits(LEAD + TRIP.replace("Khodjaev's", "Mammadov's"), DAY) == [KHODJAEV + ("other",)]


# plant: "one" taken out of the apposition's (?:visit|one) in _EN_VISITOR_S_TYPED (only "visit" left)
def test_the_visit_a_working_one():
    assert proposed.visits(LEAD + THE_VISIT, DAY) == [KHODJAEV + ("working",)]
    assert proposed.visits(LEAD + THE_VISIT.replace("a working one", "an official one"), DAY) == [
        KHODJAEV + ("official",)]
    # the near form: an article telling two visits leaves "the visit" no one's to type
    assert proposed.visits(LEAD + RECALL + THE_VISIT, DAY) == [KHODJAEV + ("other",), MAMMADOV]


# plant: the passive branch of _WHEN_HE_SIGNED_ONE made to match nothing ("(?:the|an?)" → "(?:thex)"); and, apart,
# _add_details' gate before it put back to ", when " in sentence
def test_the_roadmap_was_signed_when_he_led_a_delegation():
    assert proposed.visits(LEAD + RECALL, DAY) == [KHODJAEV + ("other",), MAMMADOV]
    assert proposed.documents(LEAD + RECALL, DAY) == ["0", "1"]
    # the near forms: documents in the plural, or a signing long before the trip, count no one document
    assert proposed.documents(LEAD + RECALL.replace("roadmap was", "roadmaps were"), DAY) == ["0", ""]
    assert proposed.documents(LEAD + RECALL.replace("signed when", "signed long before"), DAY) == ["0", ""]
