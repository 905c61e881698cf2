"""Seventy-eighth round, summit78 (docs/extraction.md: visits.py): the forms behind the dev/1212 misses (a Turkish
opinion column recalling a summit), told in short invented sentences. A summit told in the locative with its place and
day, the leader named right after it in the nominative whatever he did there ("… Astana'da toplanan … zirvesinde
Erdoğan … öne çıkardı", Azerbaijani "… Zirvəsində"/"sammitində Ərdoğan …"; English "At the OTS summit held in Astana
on …, Erdoğan …" and "… at the OTS summit held in Astana on …"), was there; the summit's host at home is no visitor,
nor is a name in another case ("Erdoğan'ın") or one spoken for ("Erdoğan adına"). A second attendee told only by his
state's demonym and a leader's office, after a participle of attending or before its verb ("Zirveye katılan … Kazak
lider ise …", "Kazak lider de zirveye katıldı", "The Kazakh leader, who also attended the summit", "Казахстанский лидер
также принял участие", "Zirvədə iştirak edən qazax lider"), is the holder of that office on the summit's day. Such a
summit recalled signed nothing when the only signings the article tells are of another month ("X'in Mayıs 2022'deki
Ankara ziyaretinde imzalanan belgeler") or still to come ("imzalanacağı kesin"). Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 2)
ERDOGAN_ASTANA = ("Recep Tayyip Erdoğan", "Kazakhstan", "2023-11-03", "Astana", "summit")


# plant: visits._named_at_the_summit returning [] (no Turkish or Azerbaijani reading)
def test_a_leader_named_right_after_a_summit_in_the_locative():
    text = ("Köşe yazısı\n\nİki yıl önce, 3 Kasım 2023'te Astana'da toplanan Türk Devletleri Teşkilatı zirvesinde "
            "Erdoğan enerji hatlarını öne çıkardı.")
    assert proposed.visits(text, DAY) == [ERDOGAN_ASTANA]
    titled = ("Köşe yazısı\n\n3 Kasım 2023'te Astana'da düzenlenen Türk Devletleri Teşkilatı Zirvesi'nde Türkiye "
              "Cumhurbaşkanı Recep Tayyip Erdoğan enerji hatlarından söz etti.")
    assert proposed.visits(titled, DAY) == [ERDOGAN_ASTANA]
    az = ("Şərh\n\n2023-cü il noyabrın 3-də Astanada keçirilən Türk Dövlətləri Təşkilatının Zirvəsində Ərdoğan enerji "
          "xətlərindən danışıb.")
    assert proposed.visits(az, DAY) == [ERDOGAN_ASTANA]
    # the host at home is no visitor
    host = ("Köşe yazısı\n\n3 Kasım 2023'te Astana'da toplanan Türk Devletleri Teşkilatı zirvesinde Tokayev enerji "
            "hatlarını öne çıkardı.")
    assert proposed.visits(host, DAY) == []


# plant: "sammit" dropped from visits._LOCAL_VISIT (the Azerbaijani loanword no visit word)
def test_the_azerbaijani_sammit_as_zirve():
    text = ("Şərh\n\n2023-cü il noyabrın 3-də Astanada keçirilən Türk Dövlətləri Təşkilatının sammitində Ərdoğan "
            "enerji xətlərindən danışıb.")
    assert proposed.visits(text, DAY) == [ERDOGAN_ASTANA]
    told = ("Şərh\n\nTürkiyə Prezidenti Rəcəb Tayyib Ərdoğan 2023-cü il noyabrın 3-də Astanada keçirilən Türk "
            "Dövlətləri Təşkilatının sammitində iştirak edib.")
    assert proposed.visits(told, DAY) == [ERDOGAN_ASTANA]


# plant: an apostrophe allowed in visits._NAMED_AT_THE_SUMMIT's name run ([\w'’-]*: "Erdoğan'ın" read as him); apart,
# "adına" dropped from its words after the name
def test_a_name_in_another_case_or_spoken_for_is_no_visitor():
    owned = ("Köşe yazısı\n\n3 Kasım 2023'te Astana'da toplanan Türk Devletleri Teşkilatı zirvesinde Erdoğan'ın "
             "yokluğu dikkat çekti.")
    assert proposed.visits(owned, DAY) == []
    spoken_for = ("Köşe yazısı\n\n3 Kasım 2023'te Astana'da toplanan Türk Devletleri Teşkilatı zirvesinde Erdoğan "
                  "adına bir bakan konuştu.")
    assert proposed.visits(spoken_for, DAY) == []


# plant: visits._AT_THE_SUMMIT_OPENING made to match nothing ("(?!)"); apart, "(?:held\s+)?" dropped from
# visits._SUBJECT_AT_THE_SUMMIT
def test_english_at_the_summit_held_in_a_city():
    text = "Opinion\n\nAt the OTS summit held in Astana on 3 November 2023, Erdoğan put energy lines first."
    assert proposed.visits(text, DAY) == [ERDOGAN_ASTANA]
    titled = ("Opinion\n\nAt the summit in Astana on 3 November 2023, Turkish President Recep Tayyip Erdoğan put "
              "energy lines first.")
    assert proposed.visits(titled, DAY) == [ERDOGAN_ASTANA]
    after = "Opinion\n\nErdoğan put energy lines first at the OTS summit held in Astana on 3 November 2023."
    assert proposed.visits(after, DAY) == [ERDOGAN_ASTANA]
    owned = "Opinion\n\nAt the OTS summit held in Astana on 3 November 2023, Erdoğan's absence was noted."
    assert proposed.visits(owned, DAY) == []


SUMMIT_TR = ("Köşe yazısı\n\n3 Kasım 2023'te Astana'da toplanan Türk Devletleri Teşkilatı zirvesine Cumhurbaşkanı "
             "Erdoğan katıldı. ")
HUNGARIAN = ("Viktor Orbán", "Kazakhstan", "2023-11-03", "Astana", "summit")


# plant: visits._demonym_leader_attending returning [] (no demonym leader read)
def test_an_attendee_told_by_demonym_and_leader():
    text = SUMMIT_TR + "Zirveye katılan ve aynı gün söz alan Macar lider ise Avrupa'ya bir köprü tarif etti."
    assert proposed.visits(text, DAY) == [ERDOGAN_ASTANA, HUNGARIAN]
    verb_after = SUMMIT_TR + "Macar lider de zirveye katıldı."
    assert proposed.visits(verb_after, DAY) == [ERDOGAN_ASTANA, HUNGARIAN]
    en = ("Opinion\n\nTurkish President Recep Tayyip Erdoğan attended the OTS summit in Astana on 3 November 2023. "
          "The Hungarian leader, who also attended the summit, spoke of a bridge to Europe.")
    assert proposed.visits(en, DAY) == [ERDOGAN_ASTANA, HUNGARIAN]
    ru = ("Мнение\n\nПрезидент Турции Реджеп Тайип Эрдоган 3 ноября 2023 года принял участие в саммите ОТГ в Астане. "
          "Венгерский лидер также принял участие в саммите.")
    assert proposed.visits(ru, DAY) == [ERDOGAN_ASTANA, HUNGARIAN]
    # the host's own leader at home is no visitor
    host = SUMMIT_TR + "Kazak lider de zirveye katıldı."
    assert proposed.visits(host, DAY) == [ERDOGAN_ASTANA]


# plant: visits._leader given the article's day instead of the summit's (Serdar Berdimuhamedow, president since 2022)
def test_the_demonym_leader_is_the_holder_on_the_summit_s_day():
    text = ("Köşe yazısı\n\n12 Kasım 2021'de İstanbul'da toplanan Türk Devletleri Teşkilatı zirvesine Kazakistan "
            "Cumhurbaşkanı Tokayev katıldı. Türkmen lider de zirveye katıldı.")
    assert ("Gurbanguly Berdimuhamedow", "Türkiye", "2021-11-12", "Istanbul", "summit") in proposed.visits(text, DAY)


# plant: "iştirak edən" dropped from visits._ATTEND
def test_the_azerbaijani_participle_of_attending():
    text = ("Şərh\n\nTürkiyə Prezidenti Rəcəb Tayyib Ərdoğan 2023-cü il noyabrın 3-də Astanada keçirilən Türk "
            "Dövlətləri Təşkilatının Zirvəsində iştirak edib. Zirvədə iştirak edən macar lider isə Avropaya körpüdən "
            "danışıb.")
    assert proposed.visits(text, DAY) == [ERDOGAN_ASTANA, HUNGARIAN]


# plant: the _persons_in(between) check dropped from visits._demonym_leader_attending; apart, the "former" lookbehinds
# dropped from visits._DEMONYM_LEADER
def test_a_demonym_leader_not_the_one_attending_is_no_visitor():
    denied = SUMMIT_TR + "Macar lider zirveye katılmadı."
    assert proposed.visits(denied, DAY) == [ERDOGAN_ASTANA]
    another = SUMMIT_TR + "Zirveye katılan Tokayev Macar lider ile görüştü."
    assert HUNGARIAN not in proposed.visits(another, DAY)
    former = ("Opinion\n\nTurkish President Recep Tayyip Erdoğan attended the OTS summit in Astana on 3 November 2023. "
              "The former Hungarian leader also attended.")
    assert proposed.visits(former, DAY) == [ERDOGAN_ASTANA]


RECALLED = ("Köşe yazısı\n\nTokayev 10 Mayıs 2022'de Ankara'ya resmi bir ziyaret yaptı; o gün 12 belge imzalandı.\n\n"
            "Altı ay sonra, 11 Kasım 2022'de Semerkant'ta toplanan Türk Devletleri Teşkilatı zirvesinde Erdoğan bir "
            "çağrı yaptı.\n\n")
ERDOGAN_SAMARKAND = ("Recep Tayyip Erdoğan", "Uzbekistan", "2022-11-11", "Samarkand", "summit")


# plant: visits._another_month_told returning False
def test_a_signing_of_another_month_is_none_of_the_summit_s():
    text = RECALLED + "Tokayev'in Mayıs 2022'deki Ankara ziyaretinde imzalanan belgeler lojistiği hedefliyordu."
    found = dict(zip(proposed.visits(text, DAY), proposed.documents(text, DAY)))
    assert found.get(ERDOGAN_SAMARKAND) == "0"
    # the summit's own month is its time: a signing then stays its, uncounted
    own = RECALLED + "Kasım 2022'de Semerkant'ta imzalanan belgeler lojistiği hedefliyordu."
    found = dict(zip(proposed.visits(own, DAY), proposed.documents(own, DAY)))
    assert found.get(ERDOGAN_SAMARKAND) == ""


# plant: visits._SIGNING_TO_COME's "imzalanaca[kğ]" made "imzalanacak" again
def test_a_signing_still_to_come_in_its_participle():
    text = RECALLED + "Bu ay Bakü'deki konseyde yeni anlaşmalar imzalanacağı kesin."
    found = dict(zip(proposed.visits(text, DAY), proposed.documents(text, DAY)))
    assert found.get(ERDOGAN_SAMARKAND) == "0"
