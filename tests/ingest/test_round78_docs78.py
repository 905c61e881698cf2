"""Seventy-eighth round, docs78 (docs/extraction.md: visits.py): the forms behind the dev/1222 and dev/1228 misses,
two English pieces that count a visit's documents in passing, told in short invented sentences. An explainer's
sentence on the trip, typed by a participle aside with no "which" ("The trip, described by Ankara as a working
visit, ended with …"), is the visit's own, and what it "ended with" may be told as its signatures, each one a
document signed ("… ended with four signatures: the protocol itself, a memorandum …", 1222; not the signers' own,
"two signatures on a single protocol"); and a visit recalled in an analysis, its visitor "spent two days" in the
city "and signed a memorandum of cooperation with …", is one document, as "held talks … and signed a" is (1228; not
when a second document is named after it). Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)
ARRIVAL = ("Kazakh Foreign Minister Murat Nurtleu flew into Tashkent on Monday for talks with his Uzbek "
           "counterpart. ")


# plant: "signatures" dropped from visits._DOCUMENTS's nouns of what a visit ended with
def test_a_visit_that_ended_with_its_signatures_counts_them():
    text = ARRIVAL + ("The visit ended with three signatures: an agreement on water, a memorandum on rail transit "
                      "and a plan of consultations.")
    assert proposed.documents(text, DAY) == ["3"]
    other = ("Azerbaijani Economy Minister Mikayil Jabbarov arrived in Astana on Monday. The talks yielded five "
             "signatures in all.")
    assert proposed.documents(other, DAY) == ["5"]
    # the signers' own signatures on one document are no count of documents
    signers = ARRIVAL + "The visit ended with two signatures on a single protocol on trade."
    assert proposed.documents(signers, DAY) != ["2"]
    # nor is what else a visit ended with
    talks = ARRIVAL + "The visit ended with two press conferences and a dinner."
    assert proposed.documents(talks, DAY) == ["0"]


# plant: the participle branch (no "which") dropped from visits._VISIT_TYPED_BY_WHICH
def test_the_trip_typed_by_a_participle_aside_is_the_visits_sentence():
    text = ARRIVAL + ("The trip, described by Astana as an official visit, ended with three signatures: an "
                      "agreement on water, a memorandum on rail transit and a plan of consultations.")
    assert proposed.visits(text, DAY) == [("Murat Nurtleu", "Uzbekistan", "2026-06-08", "Tashkent", "official")]
    assert proposed.documents(text, DAY) == ["3"]
    other = ("Azerbaijani Economy Minister Mikayil Jabbarov arrived in Astana on Monday for the intergovernmental "
             "commission. The visit, billed as a working visit, closed with two signatures: the commission's "
             "protocol and a memorandum on transit.")
    assert proposed.visits(other, DAY) == [("Mikayil Jabbarov", "Kazakhstan", "2026-06-08", "Astana", "working")]
    assert proposed.documents(other, DAY) == ["2"]
    # an aside that gives no type leaves the visit untyped
    untyped = ARRIVAL + ("The trip, described by analysts as overdue, ended with three signatures: an agreement "
                         "on water, a memorandum on rail transit and a plan.")
    assert proposed.visits(untyped, DAY) == [("Murat Nurtleu", "Uzbekistan", "2026-06-08", "Tashkent", "other")]


# plant: the "spent … in" branch dropped from visits._TALKS_AND_SIGNED_ONE
def test_spent_days_in_the_city_and_signed_one_document():
    text = ("Ties have grown quietly. The last visit at that level came on 14 March 2025, when Kazakh Foreign "
            "Minister Murat Nurtleu spent two days in Tashkent and signed a memorandum on water with the Uzbek side.")
    assert proposed.visits(text, DAY) == [("Murat Nurtleu", "Uzbekistan", "2025-03-14", "Tashkent", "other")]
    assert proposed.documents(text, DAY) == ["1"]
    other = ("Relations warmed after 2 May 2025, when Hungarian Foreign Minister Péter Szijjártó spent a day in Baku "
             "and signed a protocol on gas with the Azerbaijani side.")
    assert proposed.documents(other, DAY) == ["1"]
    # a second document named after the first: no count of one
    two = text.replace("a memorandum on water with the Uzbek side", "a memorandum on water and an agreement on rail")
    assert proposed.documents(two, DAY) != ["1"]
    # what he signed is no document
    book = text.replace("a memorandum on water with the Uzbek side", "the guest book of the university")
    assert proposed.documents(book, DAY) == ["0"]
