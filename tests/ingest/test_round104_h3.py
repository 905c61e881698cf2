"""Hundred-and-fourth round, h3 (docs/extraction.md: people.py, quotes.py, visits.py): an AA report of a deputy
minister at a dig (dev/1544) and a TRT Haber report of a Turkish teaching centre opened in Bishkek (dev/1552), both in
Turkish. A headline label 'Bakan Yardımcısı X Otrar kazısında: "…"' names X, the title's surname, the site's name before
the dig's noun in the possessive ("kazısı", Azerbaijani "qazıntısı") being no name word glued to it
(people._PLACE_BEFORE_REGION_NOUN, read by people.without_place_before_region_noun in quotes._attribute and now in
people.Resolver.note_names_in, for the name runs and people._LOCAL_TITLED). A full name after a plural noun in the
ablative ("Kazak öğretmenlerden X Y, …", one of the teachers) is remembered for a later lone surname, no scene's
participle (quotes._TR_SCENE_PARTICIPLE_END in quotes._tr_surname_named_in_full). A headline quote the body never says
is the paraphrase of the one speaker whose quotes together hold most of its words
(quotes._en_paraphrased_headline_speaker).
A document named by the participle of its signing after a year not the visit's ("2018'de imzalanan çerçeve anlaşma")
is an old one, no signing of the visit, so the protocol signed and then told signed by the visitor stays one
(visits._document_signed_at_another_time, round 53's visits._TR_SIGNED_THEN).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)
DIG_HEAD = 'Bakan Yardımcısı Demirkaya Otrar kazısında: "Bozkırın toprağı ortak tarihimizin sandığı"\n\n'
DIG_BODY = ("ŞIMKENT (AA) - Kültür ve Turizm Bakan Yardımcısı Ahmet Demirkaya, dün Otrar'daki kazı alanını ziyaret "
            "etti.\n\n\"Bozkırın toprağı ortak tarihimizin sandığıdır ve onu kardeşlerimizle birlikte açıyoruz\" diyen "
            "Demirkaya, ekibe teşekkür etti.\n\n")
CHEST = "Bozkırın toprağı ortak tarihimizin sandığı"
CHEST_BODY = "Bozkırın toprağı ortak tarihimizin sandığıdır ve onu kardeşlerimizle birlikte açıyoruz"


# plant: "|kazısı|kazıları|qazıntısı|qazıntıları" taken out of _PLACE_BEFORE_REGION_NOUN (and, seen failing on its own
# too, _LOCAL_TITLED.findall(text) put back for _LOCAL_TITLED.findall(placeless) in Resolver.note_names_in)
def test_a_headline_title_and_surname_at_a_sites_dig():
    assert proposed.quotes(DIG_HEAD + DIG_BODY, DAY) == [("Ahmet Demirkaya", CHEST), ("Ahmet Demirkaya", CHEST_BODY)]
    # the near form: a noun of the speaker's own after the full name ("açıklamasında", in his statement) leaves the
    # name whole, no place before it
    assert proposed.quotes(DIG_HEAD.replace("Demirkaya Otrar kazısında", "Ahmet Demirkaya açıklamasında") + DIG_BODY,
                           DAY) == [("Ahmet Demirkaya", CHEST), ("Ahmet Demirkaya", CHEST_BODY)]


TEACH = ("Almatı'da Türkçe kursu açıldı\n\nAlmatı'da yeni bir Türkçe kursu açıldı.\n\n"
         "Kursta ders verecek Kazak öğretmenlerden Dana Sultanova, Türkçeyi Ankara'da öğrendiğini anlattı. Sultanova, "
         "öğrencilerin çoğunun dizilerle başladığını belirterek, \"Burada öğrendiklerimi şimdi kendi öğrencilerime "
         "aktarıyorum\" dedi.\n\n")
PASS_ON = ("Dana Sultanova", "Burada öğrendiklerimi şimdi kendi öğrencilerime aktarıyorum")


# plant: "(?<!lerden)(?<!lardan)" taken out of _TR_SCENE_PARTICIPLE_END
def test_a_full_name_after_a_plural_in_the_ablative():
    assert proposed.quotes(TEACH, DAY) == [PASS_ON]
    # the near form: a participle setting a scene ("Almatı'da yaşayan X Y") leaves the name unremembered (round 30)
    assert proposed.quotes(TEACH.replace("Kazak öğretmenlerden", "Almatı'da yaşayan"), DAY) == []


LIBRARY = ('Türk Dünyası Vakfı Taşkent\'te kütüphane açtı: "Kitaplar burada yeni okurlarını bulacak"\n\n'
           "Türk Dünyası Vakfı, Taşkent'te bir kütüphane açtı. Törene Vakıf Başkanı Murat Aksoy ve öğretmenler "
           "katıldı.\n\n"
           "Kütüphane müdürü Zarina Yusupova, \"İlk ayda üç yüz kişi üye oldu\" dedi.\n\n"
           'Aksoy, "Bu kitaplar yıllarca depoda okurlarını bekledi" dedi. Aksoy, "Öğrenciler burada her gün ders '
           'çalışabilecek" diye konuştu.\n\n')
READERS = "Kitaplar burada yeni okurlarını bulacak"


# plant: _en_paraphrased_headline_speaker's words counted quote by quote again (the best one quote's, not the speaker's
# quotes together)
def test_a_headline_paraphrase_of_one_speakers_two_quotes():
    assert ("Murat Aksoy", READERS) in proposed.quotes(LIBRARY, DAY)
    # the near form: the words held by two speakers' quotes, no one's together, are no one's paraphrase
    near = LIBRARY.replace('Aksoy, "Öğrenciler', 'Yusupova ise, "Öğrenciler')
    assert ("Zarina Yusupova", "Öğrenciler burada her gün ders çalışabilecek") in proposed.quotes(near, DAY)
    assert READERS not in [quote for _, quote in proposed.quotes(near, DAY)]


SIGNED = ("Taşkent'te Türkçe kütüphanesi açıldı\n\n"
          "Türk Dünyası Vakfı, Özbekistan'ın başkenti Taşkent'te bir Türkçe kütüphanesi açtı. Dünkü törene Kültür ve "
          "Turizm Bakan Yardımcısı Selim Arslan ve Özbekistan Yükseköğretim Bakan Yardımcısı Dilnoza Karimova "
          "katıldı.\n\n"
          "Pazartesi günü Taşkent'e gelen Arslan, törende bir konuşma yaptı.\n\n"
          "Açılışın ardından Vakıf ile Özbekistan Yükseköğretim Bakanlığı arasında iş birliği protokolü imzalandı. "
          "Protokole Arslan ile Karimova imza attı. Protokol, iki kurum arasında 2018'de imzalanan çerçeve anlaşmanın "
          "devamı niteliğinde.\n\n")


# plant: the "then" branch (each participle after a year not the visit's) taken out of _document_signed_at_another_time
def test_a_framework_agreement_signed_in_another_year():
    assert proposed.visits(SIGNED, DAY) == [("Selim Arslan", "Uzbekistan", "2026-09-07", "Tashkent", "other")]
    assert proposed.documents(SIGNED, DAY) == ["1"]
    # the near form: the visit's own year before the participle may be the visit's signing: signed, the count untold
    assert proposed.documents(SIGNED.replace("2018'de", "2026'da"), DAY) == [""]
