"""Hundred-and-fourth round, h2 (docs/extraction.md: people.py, quotes.py, visits.py): a Turkish ombudsman's title
before the name, "Kamu Başdenetçisi X Y" and "… İnsan Hakları Komiseri X Y", is a title, no part of the name
(people._LOCAL_TITLES); the bare '"…," diyen Başdenetçi, "…" ifadesini kullandı' is the one titled so who spoke
(people._TURKIC_BARE_OCCUPATIONS, read by people.Resolver._resolve); 'KKTC Ombudsmanı, "…" dedi.' is the one named
right after that title before (quotes._TR_BARE_TITLE in quotes._tr_bare_title_subject); a demonym and a bare title
opening a colon sentence, 'Azerbaycanlı Komiser, … şunları söyledi: "…"', is the one of that state the text titled so
(quotes._TR_COLON_DEMONYM_SUBJECT in quotes._tr_colon_demonym_subject, people._LOCAL_DEMONYM_TITLE,
people.local_demonym_codes, people.Resolver._titled_of_state). A delegation's coming is its head's visit, "Pazartesi
günü İstanbul'a ulaşan Kazakistan heyetine başkanlık eden X ise …" (visits._HEADING_THE_DELEGATION in
visits._participle_surname_told_before), and a surname alone before the topic's "ise"/"da" after the participle of
coming is the one named in full before (visits._FULL_NAME_AFTER_PARTICIPLE); "Toplantı sabahı Lefkoşa'dan gelen X da
…" is a coming (visits._LOCAL_VISIT's "gelen" after an ablative and a name) on the day the text told the meeting
(visits._TIME_OF_THE_EVENT) to the dateline's city, not to the place come from
(visits._CAME_FROM_ABLATIVE in visits._sentence_place and visits._unplaced_arrival_s_dateline); "Belgeyi X, Y ve Z
imzaladı" is one document more for each visitor it names (visits._the_document_signed_by_visitors,
visits._visitors_named).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 16)
HEAD = ("Türk devletlerinin ombudsmanları İstanbul'da buluştu\n\n"
        "İSTANBUL (AA) - Türk devletlerinin kamu denetçiliği kurumları, dün İstanbul'da bir araya geldi.\n\n")
GUESTS = ("Dün bir otelde düzenlenen toplantıya Azerbaycan İnsan Hakları Komiseri Leyla Hüseynova, Kazakistan İnsan "
          "Hakları Komiseri Aigerim Nurlanova ve KKTC Ombudsmanı Hasan Dinçsoy katıldı.\n\n")
OPENING = ("Toplantıyı açan Kamu Başdenetçisi Ahmet Selim Karaca, başvuruların sınır ötesine taştığını hatırlattı. "
           "Karaca, \"Şikayet hakkı her vatandaşın en temel güvencesidir\" dedi.\n\n")
RIGHT = ("Ahmet Selim Karaca", "Şikayet hakkı her vatandaşın en temel güvencesidir")
BARE = ("\"Kurumlarımız birbirinden öğrenerek güçlenir,\" diyen Başdenetçi, \"Dijital başvuru artık bir tercih değil, "
        "bir zorunluluktur\" ifadesini kullandı.\n\n")
LEARN = "Kurumlarımız birbirinden öğrenerek güçlenir"
DIGITAL = "Dijital başvuru artık bir tercih değil, bir zorunluluktur"
KKTC = "KKTC Ombudsmanı, \"Küçük bir ülke olsak da köklü bir hak arama geleneğimiz var\" dedi.\n\n"
SMALL = ("Hasan Dinçsoy", "Küçük bir ülke olsak da köklü bir hak arama geleneğimiz var")
COLON = ("Azerbaycanlı Komiser, konuşmasında şunları söyledi: \"Bakü'de açılacak ortak eğitim merkezi bütün kurumlara "
         "hizmet edecek.\"\n\n")
CENTRE = ("Leyla Hüseynova", "Bakü'de açılacak ortak eğitim merkezi bütün kurumlara hizmet edecek.")
PARTIAL = ("Hüseynova, Azerbaycan'da kurumun son yıllarda \"vatandaşların ilk başvurduğu kapı\" haline geldiğini "
           "söyledi.\n\n")
DOOR = ("Leyla Hüseynova", "vatandaşların ilk başvurduğu kapı")
HEADED = ("Pazartesi günü İstanbul'a ulaşan Kazakistan heyetine başkanlık eden Nurlanova ise ülkesindeki reformları "
          "anlattı.\n\n")
NURLANOVA = ("Aigerim Nurlanova", "Türkiye", "2026-10-12", "Istanbul", "other")
TOPIC = "Salı günü İstanbul'a gelen Nurlanova ise ülkesindeki reformları anlattı.\n\n"
MORNING = "Toplantı sabahı Lefkoşa'dan gelen Dinçsoy da küçük ülkelerin bu platforma ihtiyaç duyduğunu belirtti.\n\n"
DINCSOY = ("Hasan Dinçsoy", "Türkiye", "2026-10-15", "Istanbul", "other")
SIGNED = ("Toplantıda kabul edilen bildiri, başvuruların kurumlar arasında paylaşılmasını öngörüyor. Belgeyi Karaca, "
          "Nurlanova ve Dinçsoy imzaladı.\n\n")


# plant: "Başdenetçisi" taken out of people._LOCAL_TITLES
def test_the_chief_ombudsman_s_title_before_his_name():
    assert proposed.quotes(HEAD + OPENING, DAY) == [RIGHT]
    # the near form: the title with no name after it, nor anyone named before, is no speaker's
    assert proposed.quotes(HEAD + OPENING.replace("Kamu Başdenetçisi Ahmet Selim Karaca", "Kamu Başdenetçisi")
                           .replace("Karaca, ", "Başdenetçi, "), DAY) == []


# plant: "başdenetçi" taken out of people._TURKIC_BARE_OCCUPATIONS
def test_the_bare_title_after_the_participle_of_saying():
    assert proposed.quotes(HEAD + OPENING + BARE, DAY) == [RIGHT, (RIGHT[0], LEARN), (RIGHT[0], DIGITAL)]
    # the near form: a minister who spoke last is no "Başdenetçi"
    minister = OPENING.replace("Kamu Başdenetçisi", "Adalet Bakanı")
    assert proposed.quotes(HEAD + minister + BARE, DAY) == [RIGHT]


# plant: "Ombudsmanı" taken out of quotes._TR_BARE_TITLE
def test_a_state_s_ombudsman_by_his_title_alone():
    assert proposed.quotes(HEAD + GUESTS + KKTC, DAY) == [SMALL]
    # the near form: another state's ombudsman, whom the text did not name, is no one's
    assert proposed.quotes(HEAD + GUESTS + KKTC.replace("KKTC", "Kırgızistan"), DAY) == []


# plant: the _LOCAL_DEMONYM_TITLE branch taken out of people.Resolver._resolve
def test_the_commissioner_by_her_demonym_before_a_colon():
    assert proposed.quotes(HEAD + GUESTS + COLON, DAY) == [CENTRE]
    # the near form: the commissioner of a state whose commissioner the text did not name is no one
    assert proposed.quotes(HEAD + GUESTS + COLON.replace("Azerbaycanlı", "Özbekistanlı"), DAY) == []


# plant: "Komiseri" taken out of people._LOCAL_TITLES
def test_a_partial_quote_of_a_commissioner_titled_before():
    assert proposed.quotes(HEAD + GUESTS + PARTIAL, DAY) == [DOOR]
    # the near form: one the text named with no title, a newcomer, is not read so (round 40)
    untitled = GUESTS.replace("Azerbaycan İnsan Hakları Komiseri Leyla", "Leyla")
    assert proposed.quotes(HEAD + untitled + PARTIAL, DAY) == []


# plant: the _HEADING_THE_DELEGATION line taken out of visits._participle_surname_told_before
def test_the_head_of_the_delegation_that_came():
    assert proposed.visits(HEAD + GUESTS + HEADED, DAY) == [NURLANOVA]
    # the near form: one who welcomed the delegation did not come with it
    assert proposed.visits(HEAD + GUESTS + HEADED.replace("heyetine başkanlık eden", "heyetini karşılayan"), DAY) == []


# plant: the given name made required again in visits._FULL_NAME_AFTER_PARTICIPLE ("(?:…\s+)?" back to "…\s+")
def test_a_surname_before_the_topic_after_the_participle_of_coming():
    assert proposed.visits(HEAD + GUESTS + TOPIC, DAY) == [NURLANOVA[:2] + ("2026-10-13",) + NURLANOVA[3:]]
    # the near form: a surname the text never named in full is no one's
    assert proposed.visits(HEAD + GUESTS + TOPIC.replace("Nurlanova", "Sarsenova"), DAY) == []


# plant: the _day_of_the_event_told_before call with _TIME_OF_THE_EVENT taken out of find_visits
def test_came_on_the_morning_of_the_meeting():
    assert proposed.visits(HEAD + GUESTS + MORNING, DAY) == [DINCSOY]
    # the near form: the morning of an occasion the text never dated tells no day
    assert proposed.visits(HEAD + GUESTS + MORNING.replace("Toplantı sabahı", "Bayram sabahı"), DAY) == []


# plant: the _CAME_FROM_ABLATIVE filter of the mentions taken out of visits._sentence_place
def test_the_place_he_came_from_is_no_goal():
    assert proposed.visits(HEAD + GUESTS + MORNING, DAY) == [DINCSOY]
    # the near form: the place he came to, in the dative after it, is the goal (round 101, q4)
    assert proposed.visits(HEAD + GUESTS + MORNING.replace("Lefkoşa'dan gelen", "Lefkoşa'dan Ankara'ya ulaşan"),
                           DAY) == [DINCSOY[:3] + ("Ankara",) + DINCSOY[4:]]


# plant: the _the_document_signed_by_visitors call taken out of find_visits
def test_the_document_signed_by_the_guests_it_names():
    assert proposed.visits(HEAD + GUESTS + HEADED + MORNING + SIGNED, DAY) == [NURLANOVA, DINCSOY]
    assert proposed.documents(HEAD + GUESTS + HEADED + MORNING + SIGNED, DAY) == ["1", "1"]
    # the near form: a guest it does not name signed none of it
    assert proposed.documents(HEAD + GUESTS + HEADED + MORNING + SIGNED.replace("Nurlanova ve ", ""), DAY) \
        == ["0", "1"]
