"""After round 103 (docs/extraction.md, "Known gaps"): an Azerbaijani tour's further leg, "…, cümə axşamı isə
Səmərqənddə …" (its day, "isə", and the city with the locative joined to it), is a visit of its own, as round 102 read
the Turkish "…, perşembe günü ise Semerkant'ta …" (visits._LOCAL_LEG's `az_city`, visits._LOCAL_LEG_WORDS in
visits._local_leg_start, visits._listed_legs).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from __future__ import annotations

from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 16)
LEAD = ("Nazir Bolat: Orta Dəhliz böyüyür\n\nANKARA - Ticarət naziri Ömər Bolat dünən axşam bir televiziya kanalında "
        "jurnalistin suallarını cavablandırıb.\n\n")
TOUR = ("Ötən həftə Mərkəzi Asiyada səfərdə olan Azərbaycanın xarici işlər naziri Ceyhun Bayramov, çərşənbə axşamı "
        "Bişkekdə Qırğızıstanın xarici işlər naziri Jeenbek Kulubayev ilə görüşüb, cümə axşamı isə Səmərqənddə Türk "
        "Dövlətləri Təşkilatının Xarici İşlər Nazirləri Şurasının iclasında iştirak edib.\n\n")
BISHKEK = ("Jeyhun Bayramov", "Kyrgyzstan", "2026-11-10", "Bishkek", "other")
SAMARKAND = ("Jeyhun Bayramov", "Uzbekistan", "2026-11-12", "Samarkand", "summit")


# plant: the "isə" alternative of _LOCAL_LEG made to match nothing ("|(?!)isə\s+…")
def test_a_further_leg_after_isə():
    assert proposed.visits(LEAD + TOUR, DAY) == [BISHKEK, SAMARKAND]
    # the near form: a clause with no day of its own tells no leg (one visit, typed by the summit it names)
    assert proposed.visits(LEAD + TOUR.replace("cümə axşamı isə", "sonra isə"), DAY) == [BISHKEK[:4] + ("summit",)]
