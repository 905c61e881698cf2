"""Round 22 visit rules: the documents of a visit summed up in the title or standfirst, before the byline and the
time stamp, when the body's first sentences tell the visit (dev/252, dev/257). Each test was seen failing once on
the plant its docstring names."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)  # a Thursday


def test_documents_summed_up_in_the_standfirst_before_the_byline():
    """Plant: _signed_before's reach kept to the two sentences before the visit (the standfirst out of reach)."""
    # plant: `0 if k <= OPENING_SENTENCES else` dropped from _signed_before's range
    english = ("Japarov in Baku: seven agreements and a new road\n\n"
               "Sadyr Japarov's official visit to Azerbaijan produced seven documents and a promise of more flights."
               " Whether cargo will follow is unclear.\n\n"
               "Anna Petrova – Caspian Herald 2026.03.12. 09:15\n\n"
               "President Sadyr Japarov arrived in Baku on Tuesday for a two-day official visit to Azerbaijan.")
    assert proposed.documents(english, DAY) == ["7"]
    turkish = ("Bakan Bolat Bakü'de: ticarette yeni hedef\n\n"
               "Türkiye-Azerbaycan Karma Ekonomik Komisyonu Toplantısı Bakü'de yapıldı. Toplantının ardından"
               " KEK protokolü dahil 4 belge imzalandı. Bolat, “Ticaretimizi birlikte büyüteceğiz” dedi.\n\n"
               "EKONOMİ SERVİSİ 12 Mart 2026 Perşembe 10:20\n\n"
               "Ticaret Bakanı Ömer Bolat, komisyon toplantısı için dün akşam Azerbaycan'ın başkenti Bakü'ye geldi.")
    assert proposed.documents(turkish, DAY) == ["4"]


def test_documents_of_another_place_in_the_standfirst_are_none_of_the_visit():
    """Plant: _names_place_of made to return True (the Ankara signing counted for the Baku visit)."""
    # plant: `return True` put first in _names_place_of
    other_place = ("Caspian week in review\n\n"
                   "Turkish and Georgian ministers signed five agreements in Tbilisi last month. Trade is growing.\n\n"
                   "Anna Petrova – Caspian Herald 2026.03.12. 09:15\n\n"
                   "President Sadyr Japarov arrived in Baku on Tuesday for a two-day official visit to Azerbaijan.")
    assert proposed.documents(other_place, DAY) == ["0"]  # round 71 (docs0): docs/annotating.md's convention


def test_summit_guests_arriving_on_contrasted_days():
    """Plant: the contrast dropped from _attendees (everyone arrived the evening before)."""
    # plant: `contrast = … if ", wh" in s.text else None` made `contrast = None` in _attendees
    text = ("President Ilham Aliyev welcomed the leaders of the Turkic states to Gabala on Friday for an informal"
            " summit.\n\nKazakhstan's Kassym-Jomart Tokayev and Türkiye's Recep Tayyip Erdoğan arrived in the town on"
            " Thursday evening, while Kyrgyz President Sadyr Japarov flew in on Friday morning.")
    found = {v[0]: v[2] for v in proposed.visits(text, date(2026, 3, 14))}
    assert found == {"Kassym-Jomart Tokayev": "2026-03-12", "Recep Tayyip Erdoğan": "2026-03-12",
                     "Sadyr Japarov": "2026-03-13"}
    # no contrast: one arrival day for all who arrived
    together = text.replace(", while Kyrgyz President Sadyr Japarov flew in on Friday morning",
                            " with Kyrgyz President Sadyr Japarov")
    assert {v[2] for v in proposed.visits(together, date(2026, 3, 14))} == {"2026-03-12"}


def test_the_north_of_the_greek_cypriot_press_is_the_turkish_cypriot_state():
    """Plant: _the_turkish_cypriot_north left out of find_visits (no place, no visit)."""
    # plant: `place = _the_turkish_cypriot_north(doc, sentence)` made `place = None`
    text = ("Turkish Trade Minister Ömer Bolat arrived in the north on Tuesday for a two-day working visit. He met"
            " Turkish Cypriot leader Tufan Erhürman at the presidential palace in north Nicosia.")
    assert proposed.visits(text, DAY) == [("Ömer Bolat", "Northern Cyprus", "2026-03-10", "North Nicosia", "working")]
    # the north of a country, or an article with no Turkish Cypriots, is no such place
    of_a_country = ("Turkish Trade Minister Ömer Bolat arrived in the north of Kazakhstan on Tuesday for a working"
                    " visit. He met Turkish Cypriot businessmen there.")
    assert all(v[1] != "Northern Cyprus" for v in proposed.visits(of_a_country, DAY))
    no_cypriots = "Turkish Trade Minister Ömer Bolat arrived in the north on Tuesday for a two-day working visit."
    assert proposed.visits(no_cypriots, DAY) == []


def test_landing_at_the_capitals_airport_named():
    """Plant: the "landed at … Airport" alternative dropped from _VISIT (no visit word)."""
    # plant: the `(?:arrived|landed|touched\s+down)\s+at\s+…Airport` alternative removed from _VISIT
    text = "Hungarian President Tamás Sulyok landed at Heydar Aliyev International Airport on Monday evening."
    assert proposed.visits(text, DAY) == [("Tamás Sulyok", "Azerbaijan", "2026-03-09", "Baku", "other")]
    # an airport of no place the tables know, or a sentence of no journey, gives none
    assert proposed.visits("Tamás Sulyok landed at Zhuliany International Airport on Monday evening.", DAY) == []
    assert proposed.visits("Tamás Sulyok praised Heydar Aliyev International Airport on Monday evening.", DAY) == []


def test_documents_in_the_lead_naming_the_capital_and_a_second_city():
    """Plant: _names_place_of back to no capital when another city is named (the 11 agreements not counted)."""
    # plant: `if city: return visit.city == … and any(…)` made `if city: return False`
    text = ("Kazakh President Kassym-Jomart Tokayev and his Azerbaijani counterpart signed 11 agreements in Baku"
            " before flying together to Shusha.\n\n"
            "Tokayev arrived at Heydar Aliyev International Airport on Wednesday for a state visit.")
    assert proposed.documents(text, DAY) == ["11"]


def test_leaders_watching_ministers_sign_the_documents():
    """Plant: the "watched … sign" alternative dropped from _DOCUMENTS (the count not read)."""
    # plant: `r"|\b(?:watched|saw|looked\s+on\s+as)…` alternative removed from _DOCUMENTS
    visit = "Uzbek President Shavkat Mirziyoyev arrived in Budapest on Monday for a state visit. "
    assert proposed.documents(visit + "The two leaders watched their ministers sign twelve documents.", DAY) == ["12"]
    assert proposed.documents(visit + "Orbán and Mirziyoyev looked on as officials sign 8 agreements.", DAY) == ["8"]
    # a sign that is no signing, and signing still to come, count none
    # round 71 (docs0): docs/annotating.md's convention
    assert proposed.documents(visit + "The leaders saw a sign of 12 new projects.", DAY) == ["0"]
    assert proposed.documents(visit + "Ministers will sign 12 documents next month.", DAY) == [""]
