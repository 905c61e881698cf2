"""Ninety-sixth round, v2 (docs/extraction.md: visits.py): a ministry's release whose lead says "…, Minister … X said
in Turkmenbashi on Wednesday, where he is on a working visit" is the minister's working visit there: the visit word
sends the sentence to the visit rules, which now take the one who said it in the city on the day as the visitor when
they find no other (visits._said_in_the_city_visit, as a sentence with no visit word reads him), the type the
sentence's own. "Following the talks, the following documents were signed:" and a numbered list count the list's
items ("the following" a quantifier of no number in visits._DOCUMENTS; visits._documents_listed_by_number counts).
A Turkish "X, 27 Nisan'da Bakü'de … Y ile yaptığı görüşmeyi de hatırlatarak" is X's trip to Baku, one looked back on
(visits._TR_SUBJECT_MET, visits._tr_subject_met_visit, visits._RECALLED), and a protocol the guests are "expected to
sign" ("imzalaması bekleniyor") is no signing of the visit (visits._SIGNING_TO_COME).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_EN = date(2026, 5, 13)
RELEASE = ("Fidan in Samarkand: “Uzbekistan is a key partner for Türkiye”\n\n"
           "Türkiye and Uzbekistan will double the number of flights between their cities this year, Turkish Foreign "
           "Minister Hakan Fidan said in Samarkand on Wednesday, where he is on a working visit. He held talks with "
           "his Uzbek counterpart Bakhtiyor Saidov on transport and energy.")


# plant: the round 96 branch calling _said_in_the_city_visit taken out of find_visits' visit sentences
def test_one_who_said_it_in_a_city_where_he_is_on_a_visit_is_the_visitor():
    assert proposed.visits(RELEASE, DAY_EN) == [("Hakan Fidan", "Uzbekistan", "2026-05-13", "Samarkand", "working")]
    # the near form: the host's own minister saying it at home makes no visit
    home = RELEASE.replace("Turkish Foreign Minister Hakan Fidan", "Uzbek Foreign Minister Bakhtiyor Saidov") \
        .replace("his Uzbek counterpart Bakhtiyor Saidov", "his Turkish counterpart Hakan Fidan")
    assert proposed.visits(home, DAY_EN) == []


LIST = ("\n\nFollowing the talks, the following documents were signed:\n1. Agreement on international road transport;\n"
        "2. Memorandum of understanding on cooperation in tourism;\n3. Programme of cultural exchanges for 2027–2028.")


# plant: "the following" taken out of both alternatives of _DOCUMENTS
def test_the_following_documents_signed_are_counted_by_the_numbered_list():
    assert proposed.documents(RELEASE + LIST, DAY_EN) == ["3"]
    active = LIST.replace("the following documents were signed", "the sides signed the following agreements")
    assert proposed.documents(RELEASE + active, DAY_EN) == ["3"]
    # the near form: documents still to be signed are none of the visit's
    to_come = LIST.replace("the following documents were signed", "the following documents are to be signed")
    assert proposed.documents(RELEASE + to_come, DAY_EN) == ["0"]


DAY_TR = date(2026, 7, 10)
TAK = ("Cumhurbaşkanı Erhürman, Kazakistan Dışişleri Bakanı Kosherbayev'i kabul etti\n\n"
       "Lefkoşa, 10 Temmuz (TAK) – Cumhurbaşkanı Tufan Erhürman, ülkemizde resmi ziyarette bulunan Kazakistan "
       "Dışişleri Bakanı Yermek Kosherbayev'i bugün Cumhurbaşkanlığı'nda kabul etti.\n\n")
GUEST = ("Yermek Kosherbayev", "Northern Cyprus", "2026-07-10", "North Nicosia", "official")
RECALLED = ("Erhürman, 3 Mart'ta Astana'da Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile yaptığı görüşmeyi de "
            "hatırlattı.")


# plant: the "(?:yaptığı|gerçekleştirdiği)\s+görüşme\w*" alternative taken out of _TR_SUBJECT_MET
def test_a_meeting_he_held_in_a_capital_told_as_a_noun_is_his_trip_there():
    assert proposed.visits(TAK + RECALLED, DAY_TR) == [
        GUEST, ("Tufan Erhürman", "Kazakhstan", "2026-03-03", "Astana", "other")]
    # the near form: the meeting he will hold there is no trip made
    to_come = RECALLED.replace("3 Mart'ta", "3 Eylül'de") \
        .replace("yaptığı görüşmeyi de hatırlattı", "yapacağı görüşmeye hazırlandıklarını söyledi")
    assert proposed.visits(TAK + to_come, DAY_TR) == [GUEST]


SIGNED = " Görüşmenin ardından iki bakanlık arasında bir işbirliği protokolü imzalandı."


# plant: recalled=False in _tr_subject_met_visit's VisitFound (the _RECALLED test left out)
def test_a_meeting_recalled_takes_no_signing_told_after_it():
    assert proposed.documents(TAK + RECALLED + SIGNED, DAY_TR) == ["1", "0"]
    # the near form: a meeting told, not recalled, is the last trip told, and the signing after it is its own
    held = RECALLED.replace("görüşmeyi de hatırlattı", "görüşmede iki ülkenin ortak projelerini ele aldı")
    assert proposed.documents(TAK + held + SIGNED, DAY_TR) == ["0", "1"]


EXPECTED = (" Kazak heyetinin yarın Meclis Başkanı ile görüşmesi ve iki bakanlık arasında bir işbirliği protokolü "
            "imzalaması bekleniyor.")


# plant: the "imzalaması\s+(?:bekleni|beklenm|planlan|öngörül)" alternative taken out of _SIGNING_TO_COME
def test_a_protocol_the_guests_are_expected_to_sign_is_no_signing_of_the_visit():
    assert proposed.documents(TAK + EXPECTED, DAY_TR) == ["0"]
    # the near form: the protocol they signed today is the visit's one
    signed = EXPECTED.replace("heyetinin yarın", "heyeti bugün").replace("görüşmesi ve", "görüştü ve") \
        .replace("imzalaması bekleniyor", "imzaladı")
    assert proposed.documents(TAK + signed, DAY_TR) == ["1"]
