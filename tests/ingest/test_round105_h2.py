"""Hundred-and-fifth round, h2 (docs/extraction.md: quotes.py, visits.py): an AA report of a Turkish–Kyrgyz rescue
drill near Osh (dev/1556) and a TRT Haber report of Turkish volunteer surgeons in Ashgabat (dev/1564), both in Turkish.
A quote split by its verb alone ('X, "…," diye sözlerini sürdürdü, "…"'), its first part too short to be a quote of its
own, goes on in the voice of the subject of the sentence the first part ends (quotes._tr_inverted_before, its speaker
read by quotes._tr_subject_before_lead). A full name after the participle of serving or working somewhere ("…
biriminde görev yapan X Y", "… çalışan X Y") is a post held, no scene's, remembered for a later lone surname
(quotes._TR_SCENE_PARTICIPLE_END in quotes._tr_surname_named_in_full).
A capital the visitor came from, in the ablative ("… Taşkent'ten Oş'a geldi"), is no capital of his own he is at home
in (visits._guest_first, through visits._without_transit); a relative clause ending in a scene's participle opening the
subject ("Tatbikatı gözlemci olarak izleyen Özbekistan … Bakan Yardımcısı X Y de … geldi") leaves the titled name
after it the subject (visits._titled_newcomer_after_scene in visits._named_in_subject). A signing whose signers the next
sentence names by their participle ("X ve Y'nin imzaladığı belgeler, …") is the named visitor's
(visits._signers_named_next, in visits._visit_signed_of and visits._signer_named), and a subheading counting documents
("İki belge imzalandı") is the signing the paragraph right under it tells (visits._visit_signed_of,
visits._SUBHEADING_COUNT). A team told by its head's name alone ("Prof. Dr. X Y başkanlığındaki ekip, … Aşkabat'a
ulaştı") is the head's visit, of the one state the article tells its teams by ("Türk ekibe …";
visits._untitled_head_of_the_subject in visits._local_visitors, "ekip" in visits._HEAD_OF_DELEGATION and
visits._LOCAL_DELEGATION); a bare minister's title before an academic's ("Sağlık Bakan Yardımcısı Prof. Dr. X Y") after
a participle of coming is the outlet's own state's (visits._with_outlet_own_state past visits._ACADEMIC_TITLES_END, now
in visits._participle_visitors), so two compatriots share a signing in their city.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 16)
HEAD = "Türkiye ve Özbekistan'dan Semerkant'ta ortak sel tatbikatı\n\n"
LEAD = ("SEMERKANT (AA) - Türkiye ve Özbekistan kurtarma ekipleri, Semerkant yakınlarında ortak bir sel tatbikatı "
        "gerçekleştirdi.\n\n")
CAME = ("Salı günü Ankara'dan Semerkant'a gelen AFAD Başkan Yardımcısı Kemal Doğru, tatbikatı yerinde izledi. "
        "Doğru, \"Bu tatbikat iki ülkenin ortak hafızası olacak\" dedi.\n\n")
MEMORY = ("Kemal Doğru", "Bu tatbikat iki ülkenin ortak hafızası olacak")
SPLIT = ('Ekiplerin hızını öven Doğru, "Bugün gördüklerimiz," diye sözlerini sürdürdü, "yarın bir selde yüzlerce '
         'hayat kurtaracak."\n\n')
SAVED = ("Kemal Doğru", "yarın bir selde yüzlerce hayat kurtaracak.")


# plant: the AFTER_VERB_FINAL branch (its _tr_subject_before_lead) taken out of _tr_inverted_before
def test_the_rest_of_a_quote_split_by_the_verb_alone():
    assert proposed.quotes(HEAD + LEAD + CAME + SPLIT, DAY) == [MEMORY, SAVED]
    # the near forms: a sentence whose subject names no one, and a gap that is no verb of saying, give the rest to
    # no one
    assert proposed.quotes(HEAD + LEAD + CAME + SPLIT.replace("Ekiplerin hızını öven Doğru, ", "Ekiplerin hızı ise "),
                           DAY) == [MEMORY]
    assert proposed.quotes(HEAD + LEAD + CAME + SPLIT.replace("diye sözlerini sürdürdü",
                                                              "diye yazılı pankartı gösterdi"), DAY) == [MEMORY]


SERVING = ("Semerkant'taki itfaiye biriminde görev yapan Dilnoza Karimova, 2020'deki Sardoba selini hatırlattı. "
           "Karimova, \"O gün ne botumuz vardı ne de dalgıcımız. Bugün ise her şey elimizin altında\" dedi.\n\n")
BOATS = ("Dilnoza Karimova", "O gün ne botumuz vardı ne de dalgıcımız. Bugün ise her şey elimizin altında")


# plant: "(?<!görev yapan)(?<!çalışan)" taken out of _TR_SCENE_PARTICIPLE_END
def test_a_full_name_after_the_participle_of_serving_somewhere():
    assert proposed.quotes(HEAD + LEAD + SERVING, DAY) == [BOATS]
    assert proposed.quotes(HEAD + LEAD + SERVING.replace("görev yapan", "çalışan"), DAY) == [BOATS]
    # the near form: a participle setting a scene ("mahallede yaşayan X Y") leaves the name unremembered (round 30)
    assert proposed.quotes(HEAD + LEAD + SERVING.replace("itfaiye biriminde görev yapan", "mahallede yaşayan"),
                           DAY) == []


OSH_HEAD = "Kırgızistan ve Türkiye'den Oş'ta ortak sel tatbikatı\n\n"
OSH_LEAD = ("OŞ (AA) - Türkiye ve Kırgızistan kurtarma ekipleri, Oş yakınlarında ortak bir sel tatbikatı "
            "gerçekleştirdi.\n\n")
FROM_HOME = "Kazakistan Olağanüstü Durumlar Bakan Yardımcısı Arman Seitov salı günü Astana'dan Oş'a geldi.\n\n"
SEITOV_TUESDAY = ("Arman Seitov", "Kyrgyzstan", "2026-10-13", "Osh", "other")


# plant: the _without_transit lines (round 105) taken out of _guest_first
def test_came_from_his_own_capital():
    assert proposed.visits(OSH_HEAD + OSH_LEAD + FROM_HOME, DAY) == [SEITOV_TUESDAY]
    # the near form: going to his own capital, he is at home there
    assert proposed.visits(OSH_HEAD + OSH_LEAD + FROM_HOME.replace("Astana'dan Oş'a", "Astana'ya"), DAY) == []


WATCHING = ("Tatbikatı gözlemci olarak izleyen Kazakistan Olağanüstü Durumlar Bakan Yardımcısı Arman Seitov de salı "
            "sabahı Oş'a geldi.\n\n")


# plant: the _titled_newcomer_after_scene alternative taken out of _named_in_subject
def test_a_titled_name_after_an_opening_participle_clause():
    assert proposed.visits(OSH_HEAD + OSH_LEAD + WATCHING, DAY) == [SEITOV_TUESDAY]
    # the near form: an opening phrase that ends in no participle leaves the state word to be read as the destination
    assert proposed.visits(OSH_HEAD + OSH_LEAD + WATCHING.replace("Tatbikatı gözlemci olarak izleyen", "Tatbikat için"),
                           DAY) == []


DOGRU_OSH = ("Salı günü Ankara'dan Oş'a gelen AFAD Başkan Yardımcısı Kemal Doğru, tatbikatı yerinde izledi.\n\n"
             "Kazakistan Olağanüstü Durumlar Bakan Yardımcısı Arman Seitov çarşamba günü Oş'a geldi.\n\n")
SIGNED = ("Tatbikatın ardından AFAD ile Kırgızistan Olağanüstü Durumlar Bakanlığı arasında üç belge imzalandı. "
          "Doğru ve Bakan Yardımcısı Ulan Tokoyev'in imzaladığı belgeler, ortak eğitim programlarını kapsıyor.\n\n")


# plant: the _TA_SIGNERS_RELATIVE_OPENING alternative taken out of _signers_named_next
def test_the_signers_named_next_by_their_participle():
    assert proposed.visits(OSH_HEAD + OSH_LEAD + DOGRU_OSH + SIGNED, DAY) == [
        ("Kemal Doğru", "Kyrgyzstan", "2026-10-13", "Osh", "other"),
        ("Arman Seitov", "Kyrgyzstan", "2026-10-14", "Osh", "other")]
    assert proposed.documents(OSH_HEAD + OSH_LEAD + DOGRU_OSH + SIGNED, DAY) == ["3", "0"]
    # the near form: the documents they looked into name no signers: the signing stays the last visit's, as before
    assert proposed.documents(OSH_HEAD + OSH_LEAD + DOGRU_OSH + SIGNED.replace("imzaladığı", "incelediği"), DAY) == [
        "0", "3"]


# plant: the subheading branch (_SUBHEADING_COUNT, _visit_signed_of of the sentence under it) taken out of
# _visit_signed_of
def test_a_subheading_counting_the_documents_signed_under_it():
    assert proposed.documents(OSH_HEAD + OSH_LEAD + DOGRU_OSH + "Üç belge imzalandı\n\n" + SIGNED, DAY) == ["3", "0"]
    # the near form: a paragraph between, the subheading no longer right over the signing, is the last visit's
    assert proposed.documents(OSH_HEAD + OSH_LEAD + DOGRU_OSH + "Üç belge imzalandı\n\nTatbikat iki gün sürdü.\n\n"
                              + SIGNED, DAY) == ["3", "3"]


DAY_TEAM = date(2026, 5, 22)
TEAM_HEAD = "Türk göz doktorları Bişkek'te\n\n"
TEAM_LEAD = ("Türkiye'den Kırgızistan'a giden gönüllü göz doktorları, Bişkek'te bir haftalık ameliyat programını "
             "tamamladı.\n\n")
TEAM = ("Göz cerrahı Doç. Dr. Elif Sarıkaya başkanlığındaki ekip, 16 Mayıs Cumartesi günü Bişkek'e ulaştı ve ertesi "
        "gün ilk ameliyatlara başladı. Türk ekibe Kırgız hemşireler de eşlik etti.\n\n")
SARIKAYA = ("Elif Sarıkaya", "Kyrgyzstan", "2026-05-16", "Bishkek", "other")


# plant: "|ekip(?!man)|ekib" taken out of _HEAD_OF_DELEGATION
# plant: "|ekip(?!man)|ekib" taken out of _LOCAL_DELEGATION (the team's state no longer told)
# plant: the _NOMINATIVE_NOUN_END check taken out of _untitled_head_of_the_subject (the near form "ekiple" read)
def test_a_team_told_by_its_head_s_name_alone():
    assert proposed.visits(TEAM_HEAD + TEAM_LEAD + TEAM, DAY_TEAM) == [SARIKAYA]
    assert [r["visitor_country"] for r in proposed.records("visits", TEAM_HEAD + TEAM_LEAD + TEAM, DAY_TEAM)] == [
        "Türkiye"]
    # the near forms: a team the article tells by no state's demonym, and one the subject only goes with, make no visit
    assert proposed.visits(TEAM_HEAD + TEAM_LEAD + TEAM.replace("Türk ekibe", "Ekibe"), DAY_TEAM) == []
    assert proposed.visits(TEAM_HEAD + TEAM_LEAD + TEAM.replace("başkanlığındaki ekip,", "başkanlığındaki ekiple"),
                           DAY_TEAM) == []


DEPUTY = ("Programı yerinde incelemek için çarşamba günü Bişkek'e gelen Sağlık Bakan Yardımcısı Prof. Dr. Murat Akın, "
          "Kırgızistan Sağlık Bakanı ile görüştü.\n\n")
PROTOCOL = "Görüşmenin ardından perşembe günü iki bakanlık arasında iş birliği protokolü imzalandı.\n\n"


# plant: the _with_outlet_own_state call taken out of _participle_visitors (back to _first_titled_newcomer alone)
# plant: the _ACADEMIC_TITLES_END line and its gate ('if "." in before[-5:]:') taken out of
# _with_outlet_own_state
def test_a_bare_minister_s_title_before_an_academic_s():
    assert [(r["visitor_name"], r["visitor_country"]) for r in proposed.records(
        "visits", TEAM_HEAD + TEAM_LEAD + DEPUTY, DAY_TEAM)] == [("Murat Akın", "Türkiye")]
    # two compatriots in one city share the signing read for one of them (round 101, _compatriots_in_one_city)
    assert proposed.documents(TEAM_HEAD + TEAM_LEAD + TEAM + DEPUTY + PROTOCOL, DAY_TEAM) == ["1", "1"]
    # the near form: a title naming a state is that state's, the academic's titles after it or not
    assert [(r["visitor_name"], r["visitor_country"]) for r in proposed.records(
        "visits", TEAM_HEAD + TEAM_LEAD + DEPUTY.replace("gelen Sağlık", "gelen Kazakistan Sağlık"), DAY_TEAM)] == [
        ("Murat Akın", "Kazakhstan")]
