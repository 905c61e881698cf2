"""Forty-fifth round, quotes in reports and analyses (docs/extraction.md: quotes.py): the forms behind the dev/787, 791,
797, 803, 805 and 806 misses and the failures the probes found, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 18)
EN = "Headline here\n\n"
TR = "Başlık\n\n"


def test_a_surname_after_a_run_of_capitalised_titles_is_the_person_named_in_full():
    # plant: quotes._capital_titles_off returning the phrase unchanged
    text = (EN + "The talks were led by State Secretary for Trade Policy Anna Szabó.\n\n\"We came to build real "
            "supply chains here,\" State Secretary Szabó said. \"This is only the beginning of the work.\"")
    assert proposed.quotes(text, DAY) == [("Anna Szabó", "We came to build real supply chains here"),
                                          ("Anna Szabó", "This is only the beginning of the work.")]
    # a surname the article never named in full stays no one's
    other = (EN + "The talks were led by Anna Szabó.\n\n\"We came to build real supply chains here,\" Deputy Minister "
             "Kovács said.")
    assert proposed.quotes(other, DAY) == []


def test_which_he_said_and_a_modal_before_a_partial_quote_is_the_subjects():
    # plant: the modal arm dropped from quotes._EN_WHICH_HE_CALLED
    text = (EN + "Mirziyoyev mentioned the free trade deal, which he said should be signed \"before the end of this "
            "calendar year\".")
    assert proposed.quotes(text, DAY) == [("Shavkat Mirziyoyev", "before the end of this calendar year")]
    # another's name in the relative clause keeps it from the subject
    other = (EN + "Aliyev spoke about the new railway, which Tokayev said would soon carry \"millions of tonnes of "
             "cargo every single year\".")
    assert proposed.quotes(other, DAY) == []


def test_a_quote_of_the_subjects_own_before_which_he_said_keeps_the_subject():
    # plant: the _FULL_QUOTED.sub call dropped from the own-word branch of quotes._subject_partial
    text = (EN + "Erdoğan described Türkiye as \"a reliable partner for every Turkic state\" and backed the investment "
            "fund, which he said could help \"small companies reach new markets quickly\".")
    assert proposed.quotes(text, DAY) == [("Recep Tayyip Erdoğan", "a reliable partner for every Turkic state"),
                                          ("Recep Tayyip Erdoğan", "small companies reach new markets quickly")]


def test_a_clause_after_a_semicolon_is_its_own_subjects():
    # plant: the semicolon alternative dropped from quotes._COORDINATED_CLAUSE_SUBJECT
    lead = EN + "Anar Mammadov heads a think tank in Baku. Erlan Sultanov is an economist in Almaty.\n\n"
    text = lead + ("Mammadov thinks it is \"within reach before 2030\" if prices hold; Sultanov calls it \"a number "
                   "for speeches\".")
    assert proposed.quotes(text, DAY) == [("Anar Mammadov", "within reach before 2030"),
                                          ("Erlan Sultanov", "a number for speeches")]
    # the clause's pronoun is still the first subject
    pronoun = lead + "Mammadov thinks the target is realistic; he calls it \"a goal well within reach\"."
    assert proposed.quotes(pronoun, DAY) == [("Anar Mammadov", "a goal well within reach")]


def test_a_semicolon_clause_with_another_lower_case_subject_is_not_the_first_subjects():
    # plant: the _EN_OTHERS_CLAUSE_AFTER_SEMICOLON return dropped from quotes._subject_partial
    text = (EN + "Anar Mammadov heads a think tank in Baku.\n\nMammadov thinks the target is realistic; analysts call "
            "it \"a wish rather than a plan\".")
    assert proposed.quotes(text, DAY) == []


def test_a_surname_in_a_coordinated_clause_is_the_articles_person_not_the_tables_namesake():
    # plant: the _en_surname_names_another check dropped from quotes._own_clause_subject
    text = (EN + "Anar Mammadov heads a think tank in Baku. Erlan Sultanov is an economist in Almaty.\n\nSultanov is "
            "sceptical, but Mammadov says the corridor is \"the best chance the region has had\".")
    assert proposed.quotes(text, DAY) == [("Anar Mammadov", "the best chance the region has had")]


def test_the_analyses_present_describes_as_gives_the_subject():
    # plant: "describes" dropped from quotes._AS_VERBS
    text = (EN + "Erlan Sultanov is an economist in Almaty.\n\nSultanov describes the outlook as \"far too optimistic "
            "for now\".")
    assert proposed.quotes(text, DAY) == [("Erlan Sultanov", "far too optimistic for now")]
    # the object naming another person leaves it no one's
    other = (EN + "Erlan Sultanov is an economist in Almaty.\n\nSultanov describes Tokayev's plan as \"far too "
             "optimistic for now\".")
    assert proposed.quotes(other, DAY) == []


def test_a_turkish_surname_with_a_topic_particle_and_a_participle_clause_is_the_full_name():
    # plant: the _TR_SURNAME_LEAD branch dropped from quotes._tr_surname_named_in_full
    text = (TR + "Toplantıya Taşkent Şehri Hakimi Botir Yusupov da katıldı.\n\nYusupov ise iki ülkenin tarımda "
            "birbirini tamamlayabileceğini vurgulayarak, “Pamukta yeni bir dönem başlıyor” diye konuştu.")
    assert proposed.quotes(text, DAY) == [("Botir Yusupov", "Pamukta yeni bir dönem başlıyor")]
    # meeting someone in the clause still gives no one
    met = (TR + "Forumda ekonomist Aruzhan Seitova konuştu.\n\nSeitova ise Bakan Ömer Bolat ile görüşerek, “Kazak "
           "şirketleri Türk pazarına hazır” diye ekledi.")
    assert proposed.quotes(met, DAY) == []


def test_a_bare_hakim_is_the_governor_named_before():
    # plant: "Hakim" dropped from quotes._TR_BARE_LOCAL_TITLE
    text = (TR + "Semerkant Şehri Hakimi Rustam Aliyev heyeti kabul etti.\n\nHakim, “Kapılarımız Türk yatırımcılara "
            "her zaman açık” dedi.")
    assert proposed.quotes(text, DAY) == [("Rustam Aliyev", "Kapılarımız Türk yatırımcılara her zaman açık")]
    # no governor named before: no one
    none = TR + "Heyet Buhara'yı ziyaret etti.\n\nHakim, “Turizmde birlikte çok büyüyeceğiz” dedi."
    assert proposed.quotes(none, DAY) == []


def test_ona_gore_is_the_one_person_the_sentence_before_names():
    # plant: quotes._tr_one_named_before returning None
    text = (TR + "Ekonomist Ayşe Kaya, “Kur farkı rakamları ciddi biçimde bozuyor” dedi.\n\nKaya da aynı kanaatte. Ona "
            "göre ortak bir çalışma grubu kurulması, “iki tarafa da güven verecek” bir adım olur.")
    assert proposed.quotes(text, DAY) == [("Ayşe Kaya", "Kur farkı rakamları ciddi biçimde bozuyor"),
                                          ("Ayşe Kaya", "iki tarafa da güven verecek")]
    # two people in the sentence before: no guess
    two = (TR + "Murat Demir ile Ayşe Kaya bu konuda iyimser. Ona göre yeni hat, “bölgenin ticaretini ikiye "
           "katlayacak” bir proje.")
    assert proposed.quotes(two, DAY) == []


def test_the_words_someone_said_in_the_genitive_before_a_colon_are_his():
    # plant: quotes._tr_genitive_words_colon returning None
    text = (TR + "Taşkent'te yıllardır tekstil işi yapan Orhan Çelik'in bana söylediği söz hâlâ kulağımda: “Burada "
            "sabırlı olan kazanır.”")
    assert proposed.quotes(text, DAY) == [("Orhan Çelik", "Burada sabırlı olan kazanır.")]


def test_the_genitive_words_recalled_by_another_subject_stay_no_ones():
    # plant: the others check dropped from quotes._tr_genitive_words_colon (returning the genitive's person)
    text = (TR + "Bakan Ömer Bolat, Ayşe Kaya'nın toplantıda söylediği sözleri hatırlattı: “Rakamlar tek başına bir "
            "şey anlatmaz.”")
    assert proposed.quotes(text, DAY) == []


def test_a_turkish_lone_surname_is_the_articles_person_not_the_tables_namesake():
    # plant: the _tr_surname_of_another branch dropped from quotes._attribute's verb-final subject
    text = (TR + "Toplantıya Taşkent Şehri Hakimi Botir Karimov da katıldı.\n\nKarimov, “Pamukta yeni bir dönem "
            "başlıyor” dedi.")
    assert proposed.quotes(text, DAY) == [("Botir Karimov", "Pamukta yeni bir dönem başlıyor")]
    # the holder's own given name in another spelling is still the holder
    holder = (TR + "Cumhurbaşkanı Şevket Mirziyoyev Bakü'ye geldi.\n\nMirziyoyev, “Pamukta yeni bir dönem başlıyor” "
              "dedi.")
    assert proposed.quotes(holder, DAY) == [("Shavkat Mirziyoyev", "Pamukta yeni bir dönem başlıyor")]
