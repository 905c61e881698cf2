"""Fifty-ninth round, visits59a (visits at multilateral meetings; docs/extraction.md: visits.py): the forms behind the
dev/992 and dev/1000 misses and the failures the probes found, told in short invented sentences. A Turkish or
Azerbaijani council of ministers told gathered ("… Bakanları Konseyi … dün toplandı", "toplanan … Konseyi'ne"), a
delegation's head after a long title, and a relative named to tell who an attendee is ("father of President X",
"X'un babası"), who did not come. Each test was seen failing once on a planted bug (then reverted); the plant is named
in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)


def test_a_ministers_council_told_gathered_brings_its_listed_ministers():
    # plant: the _LOCAL_COUNCIL_GATHERED branch dropped from visits._gathering
    text = ("TDT Dışişleri Bakanları Konseyi, Azerbaycan'ın Gabala kentinde dün toplandı. Toplantıya Dışişleri Bakanı "
            "Hakan Fidan ve Özbekistan Dışişleri Bakanı Bahtiyar Saidov katıldı.")
    assert proposed.visits(text, DAY) == [
        ("Hakan Fidan", "Azerbaijan", "2026-05-13", "Gabala", "summit"),
        ("Bakhtiyor Saidov", "Azerbaijan", "2026-05-13", "Gabala", "summit")]
    az = ("Türk Dövlətləri Təşkilatının xarici işlər nazirləri şurası mayın 12-də Bişkekdə toplanıb. İclasda "
          "Türkiyənin xarici işlər naziri Hakan Fidan iştirak edib.")
    assert proposed.visits(az, DAY) == [("Hakan Fidan", "Kyrgyzstan", "2026-05-12", "Bishkek", "summit")]
    # a council still to gather brings no one
    later = ("TDT Dışişleri Bakanları Konseyi gelecek ay Bişkek'te toplanacak. Toplantıya Dışişleri Bakanı Hakan Fidan "
             "katılacak.")
    assert proposed.visits(later, DAY) == []


def test_the_council_named_after_its_gathering_participle():
    # plant: the "toplanan … Konseyi" alternative dropped from visits._LOCAL_COUNCIL_GATHERED
    text = "Dün Bakü'de toplanan TDT Dışişleri Bakanları Konseyi'ne Kazakistan Dışişleri Bakanı Murat Nurtleu katıldı."
    assert proposed.visits(text, DAY) == [("Murat Nurtleu", "Azerbaijan", "2026-05-13", "Baku", "summit")]
    # the host's own minister makes no visit
    host = ("Dün Bakü'de toplanan TDT Dışişleri Bakanları Konseyi'ne ev sahibi Azerbaycan Dışişleri Bakanı Ceyhun "
            "Bayramov ve Kazakistan Dışişleri Bakanı Murat Nurtleu katıldı.")
    assert [v[0] for v in proposed.visits(host, DAY)] == ["Murat Nurtleu"]


def test_a_delegation_head_after_a_long_title():
    # plant: the title words before the head in visits._LOCAL_DELEGATION_HEAD back to {0,6}
    text = ("TDT Dışişleri Bakanları Konseyi dün Taşkent'te toplandı. Macaristan heyetine ise Dışişleri ve Dış "
            "Ticaret Bakanlığı Devlet Sekreteri Levente Magyar başkanlık etti.")
    assert proposed.visits(text, DAY) == [("Levente Magyar", "Uzbekistan", "2026-05-13", "Tashkent", "summit")]
    # a short title is read as before
    short = ("TDT Dışişleri Bakanları Konseyi dün Taşkent'te toplandı. Macaristan heyetine ise Devlet Sekreteri "
             "Levente Magyar başkanlık etti.")
    assert proposed.visits(short, DAY) == [("Levente Magyar", "Uzbekistan", "2026-05-13", "Tashkent", "summit")]


def test_a_relative_named_of_an_attendee_did_not_come():
    # plant: visits._without_kin_named returning the sentence unchanged
    opening = "Leaders of the Organization of Turkic States gathered in Astana on Thursday for a summit. "
    father = "Turkmenistan was represented by Gurbanguly Berdimuhamedow, father of President Serdar Berdimuhamedow."
    assert proposed.visits(opening + father, DAY) == [
        ("Gurbanguly Berdimuhamedow", "Kazakhstan", "2026-05-14", "Astana", "summit")]
    aside = ("Also attending were Kazakh President Kassym-Jomart Tokayev and Gurbanguly Berdimuhamedow, the father of "
             "the country's president, Serdar Berdimuhamedow.")
    assert [v[0] for v in proposed.visits(opening.replace("Astana", "Baku") + aside, DAY)] == [
        "Kassym-Jomart Tokayev", "Gurbanguly Berdimuhamedow"]
    # the one whose relative is named still came
    son = "Serdar Berdimuhamedow, son of National Leader Gurbanguly Berdimuhamedow, attended."
    assert proposed.visits(opening + son, DAY) == [
        ("Serdar Berdimuhamedow", "Kazakhstan", "2026-05-14", "Astana", "summit")]


def test_a_relative_in_the_genitive_before_the_kin_word_did_not_come():
    # plant: the genitive alternative dropped from visits._KIN_OF
    text = ("Türk Devletleri Teşkilatı liderleri dün Astana'da zirvede bir araya geldi. Türkmenistan'ı ise Devlet "
            "Başkanı Serdar Berdimuhamedov'un babası, Halk Maslahatı Başkanı Gurbangulı Berdimuhamedov temsil etti.")
    assert proposed.visits(text, DAY) == [("Gurbanguly Berdimuhamedow", "Kazakhstan", "2026-05-13", "Astana", "summit")]
    az = ("Türk Dövlətləri Təşkilatının dövlət başçılarının zirvə görüşü dünən Astanada keçirilib. Türkmənistanı "
          "Prezident Serdar Berdiməhəmmədovun atası, Xalq Məsləhətinin sədri Qurbanqulu Berdiməhəmmədov təmsil edib.")
    assert proposed.visits(az, DAY) == [("Gurbanguly Berdimuhamedow", "Kazakhstan", "2026-05-13", "Astana", "summit")]
    # an Azerbaijani patronymic ("Heydər oğlu") is no relative: the attendee named with it came
    patronymic = ("Türk Dövlətləri Təşkilatının dövlət başçılarının zirvə görüşü dünən Astanada keçirilib. Zirvədə "
                  "Azərbaycan Prezidenti İlham Heydər oğlu Əliyev iştirak edib.")
    assert [v[0] for v in proposed.visits(patronymic, DAY)] == ["Ilham Aliyev"]
