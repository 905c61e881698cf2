"""Hundred-and-second round, v1 (docs/extraction.md: quotes.py, people.py, visits.py, places.py): a film festival's
director named after his state's demonym ("Özbek yönetmen X Y") is the one his surname alone means later, so the quote
after 'Y, … şunları söyledi:' running over two paragraphs is his (people._AZ_TITLES' occupations); a verb-final quote
whose subject is the epithet alone, after a participle's clause ('… gezdiğini anlatan Azerbaycanlı yönetmen, "…"
ifadesini kullandı.'), is the one named in full after that epithet (quotes._tr_demonym_epithet_subject). A
participle's title listing its ministry's fields with several commas ("gelen Özbekistan Kültür, Turizm, Spor ve
Gençlik İşleri Bakanı X Y oldu") names the visitor (visits._TITLE_LIST_GOES_ON) of the state it opens on
(people._AZ_COUNTRY_THEN_CAPITAL_RUN, now with Turkish "ve", read by visits._titled_newcomer); a demonym and an
occupation before a name titles a guest of that state ("kente gelen Özbek yönetmen X Y kazandı", "Kazak yönetmen X
Y'nin" then "gelen Y": visits._epithet_state in visits._titled_newcomer and visits._participle_surname_told_before),
and a signing joining the host's name and another state's ("Türkiye ile Özbekistan … anlaşması imzaladı") is none of
a third state's guest (visits._signed_between_the_host_and_another in visits._uncounted_signings). Azerbaijani
"Atıraua gəlib", the dative of a name ending in "au" as after a consonant, is Atyrau (places._declined); an English
surname alone arriving is the one the article named in full after a title and a comma ("attended by the head of
Azerbaijan's Caucasus Muslims Board (CMB), X Y", visits._titled_before_comma in visits._surname_told_before).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_TR = date(2026, 10, 12)
FEST = ("Altın Koza sona erdi: Türkiye ile Özbekistan ortak yapım anlaşması imzaladı\n\n"
        "ADANA (İHA) - Uluslararası film festivali dün akşam Adana'da düzenlenen törenle sona erdi.\n\n")
MINISTER = ("Festivalin onur konuğu, cuma günü Adana'ya gelen Özbekistan Kültür, Turizm, Spor ve Gençlik İşleri Bakanı "
            "Ozod Rahimov oldu.\n\n")
DIRECTOR = "En İyi Senaryo ödülünü ise 7 Ekim'de kente gelen Özbek yönetmen Farhod Yusupov kazandı.\n\n"
SAID = ("Yusupov, filmini üç yılda tamamladığını anlatarak şunları söyledi:\n\n"
        "\"Özbek sineması küçük bütçelerle büyük hikâyeler anlatıyor. Artık yalnız değiliz.\n\n"
        "\"Bu festivalden sonra Türk yapımcılarla birlikte çalışmak için sabırsızlanıyorum.\"\n\n")
STORIES = ("Farhod Yusupov", "Özbek sineması küçük bütçelerle büyük hikâyeler anlatıyor. Artık yalnız değiliz. Bu "
           "festivalden sonra Türk yapımcılarla birlikte çalışmak için sabırsızlanıyorum.")
GUEST = ("Jüri Özel Ödülü'nü kazanan Azerbaycanlı yönetmen Orxan Nəsibli de belgeseliyle öne çıktı.\n\n"
         "Taş Köprü'yü gezdiğini anlatan Azerbaycanlı yönetmen, \"Adana, Türk dünyasının sinemasına ev sahipliği "
         "yapmak için çok güzel bir şehir,\" ifadesini kullandı.\n\n")
CITY = ("Orxan Nəsibli", "Adana, Türk dünyasının sinemasına ev sahipliği yapmak için çok güzel bir şehir")
PRIZE = "Festivalin En İyi Film ödülü, Kazak yönetmen Dana Seitova'nın son filmine verildi.\n\n"
CAME = "Perşembe günü Adana'ya gelen Seitova, ödülünü gözyaşları içinde aldı.\n\n"
RAHIMOV = ("Ozod Rahimov", "Türkiye", "2026-10-09", "Adana", "other")
YUSUPOV = ("Farhod Yusupov", "Türkiye", "2026-10-07", "Adana", "other")


def _visitor_countries(text: str, day: date) -> list[str]:
    return [record["visitor_country"] for record in proposed.records("visits", text, day)]


# plant: "yönetmen" taken out of people._AZ_TITLES
def test_a_director_s_surname_before_a_quote_over_two_paragraphs():
    assert proposed.quotes(FEST + DIRECTOR + SAID, DAY_TR) == [STORIES]
    # the near form: a word that is no occupation titles no one, and his surname alone is still no one
    assert proposed.quotes(FEST + DIRECTOR.replace("yönetmen", "sinemacı") + SAID, DAY_TR) == []


# plant: the _tr_demonym_epithet_subject branch taken out of the verb-final quotes
def test_the_demonym_s_director_after_a_participle_clause():
    assert proposed.quotes(FEST + GUEST, DAY_TR) == [CITY]
    # the near form: an epithet the article put before no name (a Kazakh director) is no one's
    assert proposed.quotes(FEST + GUEST.replace("anlatan Azerbaycanlı", "anlatan Kazak"), DAY_TR) == []


# plant: the repeated "<fields>," group taken out of visits._TITLE_LIST_GOES_ON
def test_a_participle_s_title_listing_its_ministry_s_fields():
    assert proposed.visits(FEST + MINISTER, DAY_TR) == [RAHIMOV]
    # the near form: a list not closed by "ve" is no title going on, the comma a new clause's
    assert proposed.visits(FEST + MINISTER.replace("Spor ve Gençlik", "Spor, Gençlik"), DAY_TR) == []


# plant: "v[əe]" made "və" again in people._AZ_COUNTRY_THEN_CAPITAL_RUN
def test_the_state_opening_that_title():
    assert _visitor_countries(FEST + MINISTER, DAY_TR) == ["Uzbekistan"]
    # the near form: a title opening on no state names none
    assert _visitor_countries(FEST + MINISTER.replace("Özbekistan Kültür", "Kültür"), DAY_TR) == [""]


# plant: the _epithet_state clause taken out of visits._titled_newcomer's office check
def test_a_director_titled_by_his_state_s_demonym_came():
    assert proposed.visits(FEST + DIRECTOR, DAY_TR) == [YUSUPOV]
    assert _visitor_countries(FEST + DIRECTOR, DAY_TR) == ["Uzbekistan"]
    # the near form: a demonym of no state of the nine makes no visitor of them
    assert proposed.visits(FEST + DIRECTOR.replace("Özbek yönetmen", "Rus yönetmen"), DAY_TR) == []


# plant: the person = person._replace(iso3=state) line made `pass` in visits._participle_surname_told_before
def test_the_surname_of_a_director_titled_by_a_demonym_before():
    assert _visitor_countries(FEST + PRIZE + CAME, DAY_TR) == ["Kazakhstan"]
    # the near form: named in full with no epithet, no state is told
    assert _visitor_countries(FEST + PRIZE.replace("Kazak yönetmen ", "") + CAME, DAY_TR) == [""]


# plant: the _signed_between_the_host_and_another clause taken out of visits._uncounted_signings
def test_a_signing_between_the_host_and_another_state_in_the_headline():
    assert proposed.documents(FEST + PRIZE + CAME, DAY_TR) == ["0"]
    # the near form: a guest of a state that is a party to it shares it (docs/annotating.md, dev/1505)
    assert proposed.documents(FEST + PRIZE.replace("Kazak", "Özbek") + CAME, DAY_TR) == ["1"]


DAY_AZ = date(2026, 9, 16)
SCHOOL = ("Atırauda yeni uşaq bağçası açılıb\n\n"
          "Bakı. 16 sentyabr. APA. Qazaxıstanın Atırau şəhərində Azərbaycanın vəsaiti hesabına tikilən uşaq bağçasının "
          "açılışı olub.\n\n"
          "Mərasimdə Azərbaycanın əmək və əhalinin sosial müdafiəsi naziri Samir Vəliyevin rəhbərlik etdiyi nümayəndə "
          "heyəti iştirak edib. Nümayəndə heyəti bazar ertəsi Atıraua gəlib.\n\n")


# plant: the "au" ending's bare dative taken out of places._declined
def test_the_dative_of_a_name_ending_in_au():
    assert proposed.visits(SCHOOL, DAY_AZ) == [("Samir Vəliyev", "Kazakhstan", "2026-09-14", "Atyrau", "other")]
    # the near form: coming back from the city is no coming to it
    assert proposed.visits(SCHOOL.replace("Atıraua gəlib", "Atıraudan qayıdıb"), DAY_AZ) == []


DAY_EN = date(2026, 5, 23)
MOSQUE = ("Restored mosque handed over in Shymkent\n\n"
          "A restored 19th-century mosque in the Kazakh city of Shymkent was handed over to the local community on "
          "Friday in a ceremony attended by the head of Azerbaijan's Caucasus Muslims Board (CMB), Ramil Sadiqov.\n\n"
          "Sadiqov arrived in Shymkent on Thursday and led the first Friday prayer in the building.\n\n")


# plant: the _titled_before_comma clause taken out of visits._surname_told_before
def test_a_surname_named_in_full_after_a_title_and_a_comma():
    assert proposed.visits(MOSQUE, DAY_EN) == [("Ramil Sadiqov", "Kazakhstan", "2026-05-21", "Shymkent", "other")]
    # the near forms: no office before the comma, or a title of the host's state (he is at home)
    assert proposed.visits(MOSQUE.replace("the head of Azerbaijan's Caucasus Muslims Board (CMB)",
                                          "an Azerbaijani businessman"), DAY_EN) == []
    assert proposed.visits(MOSQUE.replace("the head of Azerbaijan's", "the head of Kazakhstan's"), DAY_EN) == []
