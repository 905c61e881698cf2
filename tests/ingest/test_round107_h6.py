"""Hundred-and-seventh round, h6 (docs/extraction.md: visits.py): a city of places.CITIES the visitor came from or
passed through is no place of his visit, though no country mention stands for it ("Salı günü İstanbul'dan doğrudan
Oş'a gelen X", "İstanbul üzerinden Oş'a"): "doğrudan"/"direkt" may stand between the ablative and the dative
(visits._TRANSIT_AFTER), and the city is blanked out of the sentence's text before its first city is read
(visits._without_transit_cities in visits._sentence_place). After a participle of coming, the one named in the genitive
before "yanı sıra" (besides) is the one who came, not the host official listed after it ("… gelen TİKA Başkanı X'in
yanı sıra Oş Valisi Y", visits._NAMED_BESIDES in visits._participle_visitors); a Turkish envoy's post, the city right
before "Büyükelçisi" after his state's genitive ("Türkiye'nin Bişkek Büyükelçisi"), is no place of the visit
(visits._ENVOY_POSTED_IN's tr_post, read by visits._envoy_post in visits._sentence_place and visits._title_states); the
day told in the participle's clause after a comma is the arrival's, not the earlier clause's ("Dün düzenlenen törene,
salı günü Oş'a gelen X", visits._came_participle_day_first). A wire's dateline heading the line where a surname was
first named in full ("BAKÜ (Kıbrıs Postası) – Tarım Bakanı X Y başkanlığındaki KKTC heyeti") is no state of his title
(visits._surname_told_before, the dateline cut by visits._without_inline_dateline): "Y, salı günü İstanbul üzerinden
Bakü'ye ulaştı" is his visit, with the count the lead told signed before it.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_OSH = date(2026, 4, 16)  # a Thursday: "salı" is 14 April, "dün" 15 April
SCHOOL = ("TİKA Başkanı Oş'ta okul açtı\n\nTürk İşbirliği ve Koordinasyon Ajansı (TİKA) tarafından Oş kentinde "
          "yaptırılan meslek okulu törenle açıldı.\n\n")
CAME = "Salı günü İstanbul'dan doğrudan Oş'a gelen TİKA Başkanı Selim Karakaya da törene katıldı.\n"
KARAKAYA_OSH = ("Selim Karakaya", "Kyrgyzstan", "2026-04-14", "Osh", "other")


# plant: "doğrudan" and "direkt" taken out of _TRANSIT_AFTER
def test_a_city_come_from_directly():
    assert proposed.visits(SCHOOL + CAME, DAY_OSH) == [KARAKAYA_OSH]
    # the near form: the city he came to in the dative is where he went, the one left is Osh
    assert proposed.visits(SCHOOL + CAME.replace("İstanbul'dan doğrudan Oş'a", "Oş'tan doğrudan İstanbul'a"),
                           DAY_OSH) == [("Selim Karakaya", "Türkiye", "2026-04-14", "Istanbul", "other")]


# plant: the "if (blanked := _without_transit_cities(text)) …" branch (with its "text = blanked") taken out of
# _sentence_place
def test_a_city_passed_through_is_no_mention():
    assert proposed.visits(SCHOOL + CAME.replace("İstanbul'dan doğrudan", "İstanbul üzerinden"), DAY_OSH) == [
        KARAKAYA_OSH]
    # the near form: the city passed through is the one blanked, not the first named: Istanbul gone to after Osh
    assert proposed.visits(SCHOOL + CAME.replace("İstanbul'dan doğrudan Oş'a", "Oş üzerinden İstanbul'a"),
                           DAY_OSH) == [("Selim Karakaya", "Türkiye", "2026-04-14", "Istanbul", "other")]


BESIDES = "Salı günü Oş'a gelen TİKA Başkanı Selim Karakaya'nın yanı sıra Oş Valisi Bakıt Osmonov da törene katıldı.\n"


# plant: the clause cut at _NAMED_BESIDES taken out of _participle_visitors
def test_the_one_who_came_named_besides_the_host():
    assert proposed.visits(SCHOOL + BESIDES, DAY_OSH) == [KARAKAYA_OSH]
    # the near form: the participle after "yanı sıra" qualifies the one named after it, not the one before
    assert proposed.visits(SCHOOL + "Törene, TİKA Başkanı Selim Karakaya'nın yanı sıra salı günü Oş'a gelen Kazakistan "
                           "Kültür Bakan Yardımcısı Aigül Sadykova katıldı.\n", DAY_OSH) == [
        ("Aigül Sadykova", "Kyrgyzstan", "2026-04-14", "Osh", "other")]


ENVOY = BESIDES.replace("Oş Valisi Bakıt Osmonov", "Türkiye'nin Bişkek Büyükelçisi")


# plant: "Büyükelçisi" of _ENVOY_POSTED_IN's Turkish alternative made "BüyükelçisiXX" (it matches nothing)
def test_an_envoy_s_post_is_no_place_of_the_visit():
    assert proposed.visits(SCHOOL + ENVOY, DAY_OSH) == [KARAKAYA_OSH]
    # the near form: the post's city told besides as the place come to stays the place
    assert proposed.visits(SCHOOL + ENVOY.replace("Oş'a", "Bişkek'e"), DAY_OSH) == [
        ("Selim Karakaya", "Kyrgyzstan", "2026-04-14", "Bishkek", "other")]


# plant: the _came_participle_day_first call (its "if len(days) > 1 and local_words[k]:" branch) taken out of
# find_visits
def test_the_arrival_s_day_in_the_participle_s_clause():
    assert proposed.visits(SCHOOL + "Dün düzenlenen törene, salı günü Oş'a gelen TİKA Başkanı Selim Karakaya "
                           "katıldı.\n", DAY_OSH) == [KARAKAYA_OSH]
    # the near form: a day told after the participle is none of the arrival's; the ceremony's day stands
    assert proposed.visits(SCHOOL + "Dün düzenlenen törene, Oş'a gelen TİKA Başkanı Selim Karakaya ile salı günü "
                           "atanan Oş Valisi Bakıt Osmonov katıldı.\n", DAY_OSH) == [
        ("Selim Karakaya", "Kyrgyzstan", "2026-04-15", "Osh", "other")]


DAY_BAKU = date(2026, 11, 5)  # a Thursday: "salı" is 3 November
FAIR = ("Kıbrıs Türk heyeti Bakü fuarında\n\nBAKÜ (Kıbrıs Postası) – Tarım Bakanı Hüseyin Çavuş başkanlığındaki KKTC "
        "heyeti, Bakü'de düzenlenen Hazar Tarım Fuarı'na katıldı. Fuarda iki ticari anlaşma imzalandı.\n\n"
        "Çavuş, salı günü İstanbul üzerinden Bakü'ye ulaştı.\n")


# plant: the dateline cut (the "if (line := …)" branch) taken out of _surname_told_before
def test_a_dateline_is_no_state_of_the_title_after_it():
    assert proposed.visits(FAIR, DAY_BAKU) == [("Hüseyin Çavuş", "Azerbaijan", "2026-11-03", "Baku", "other")]
    assert proposed.documents(FAIR, DAY_BAKU) == ["2"]
    # the near form: a state his title names after the dateline is his, and Baku then his home
    assert proposed.visits(FAIR.replace("– Tarım Bakanı", "– Azerbaycan Tarım Bakanı"), DAY_BAKU) == []
