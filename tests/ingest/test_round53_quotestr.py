"""Fifty-third round, Turkish quotes (docs/extraction.md: quotes.py): the forms behind the dev/926 (an analysis
quoting experts) and dev/929 (a mayors' exchange) misses and the failures the probes found, told in short invented
sentences: the verb before the speaker with his body in the ablative, his academic titles, a long body's title or where
he said it ('"…," diyor Gazi Üniversitesi'nden Prof. Dr. X Y.', '"…," dedi X basın toplantısında.'); a partial quote
before a present-tense verb of its clause ('… "…" olduğunu vurguluyor'); an expert named again as "Genç akademisyen";
a bare title by its body's abbreviation ("TOBB Başkanı") or in lower case ("Büyükşehir belediye başkanı şöyle
konuştu:"). Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 11)
WORDS = "Gümrükteki bekleme süreleri hâlâ çok uzun"


def test_inverted_verb_with_the_speakers_body_and_academic_titles():
    # plant: the (?:{_TR_BODY_FROM})? group dropped from quotes.TR_VERB_SPEAKER
    text = (f'Başlık\n\nÖzbekistan ile ticaret büyüyor.\n\n"{WORDS}," diyor Gazi Üniversitesi\'nden Prof. Dr. '
            "Hakan Ersoy.")
    assert proposed.quotes(text, DAY) == [("Hakan Ersoy", WORDS)]
    compound = (f'Başlık\n\nÖzbekistan ile ticaret büyüyor.\n\n"{WORDS}," diye ekledi Marmara Üniversitesi öğretim '
                "üyesi Doç. Dr. Selin Kara.")
    assert proposed.quotes(compound, DAY) == [("Selin Kara", WORDS)]
    # the plain form stays as it was
    plain = f'Başlık\n\nÖzbekistan ile ticaret büyüyor.\n\n"{WORDS}," diyor ekonomist Hakan Ersoy.'
    assert proposed.quotes(plain, DAY) == [("Hakan Ersoy", WORDS)]


def test_inverted_verb_with_where_it_was_said_after_the_name():
    # plant: the (?:{_TR_OCCASION_AFTER_NAME})? group dropped from quotes.TR_VERB_SPEAKER
    text = ("Başlık\n\nKazakistan Ticaret Bakanı Arman Şakkaliyev dün Ankara'ya geldi.\n\n"
            f'"{WORDS}," dedi Şakkaliyev basın toplantısında. "İki ay içinde yeni bir kapı açacağız ve süreleri '
            'kısaltacağız."')
    assert proposed.quotes(text, DAY) == [
        ("Arman Şakkaliyev", WORDS),
        ("Arman Şakkaliyev", "İki ay içinde yeni bir kapı açacağız ve süreleri kısaltacağız.")]
    # a verb of his own after the name is no place: no speaker read from it
    verb = ("Başlık\n\nKazakistan Ticaret Bakanı Arman Şakkaliyev dün Ankara'ya geldi.\n\n"
            f'"{WORDS}," dedi Şakkaliyev ve salondan ayrıldı.')
    assert proposed.quotes(verb, DAY) == []


def test_inverted_verb_before_a_long_body_title_and_the_name():
    # plant: the name's run after the verb back to {0,3} words in quotes.TR_VERB_SPEAKER
    text = (f'Başlık\n\nÖzbekistan ile ticaret büyüyor.\n\n"{WORDS}," dedi Antalya Büyükşehir Belediye Başkanı '
            "Orhan Tezcan.")
    assert proposed.quotes(text, DAY) == [("Orhan Tezcan", WORDS)]
    short = f'Başlık\n\nÖzbekistan ile ticaret büyüyor.\n\n"{WORDS}," dedi Vali Orhan Tezcan.'
    assert proposed.quotes(short, DAY) == [("Orhan Tezcan", WORDS)]


def test_partial_quote_before_a_present_tense_verb_of_its_clause():
    # plant: the round-53 present-tense alternative ("… olduğunu belirtiyor") dropped from quotes.TR_CLAUSE_VERBS
    lead = "Başlık\n\nGazi Üniversitesi'nden Prof. Dr. Hakan Ersoy ticarete dikkat çekiyor. "
    said = lead + 'Ersoy, Özbek pazarının "beklenenden çok daha hızlı büyüyen bir alan" olduğunu belirtiyor.'
    assert proposed.quotes(said, DAY) == [("Hakan Ersoy", "beklenenden çok daha hızlı büyüyen bir alan")]
    pointed = lead + 'Ersoy, ihracatın "hâlâ birkaç ürüne bağlı durumda" olduğuna dikkat çekiyor.'
    assert proposed.quotes(pointed, DAY) == [("Hakan Ersoy", "hâlâ birkaç ürüne bağlı durumda")]
    # the passive, a report's words, stays no one's
    passive = lead + 'Raporda Özbek pazarının "bölgedeki en istikrarlı pazarlardan biri" olduğu vurgulanıyor.'
    assert proposed.quotes(passive, DAY) == []


def test_an_expert_named_again_by_an_adjective_and_occupation():
    # plant: the _tr_described_expert_colon call dropped from quotes._attribute
    two = ("Başlık\n\nGazi Üniversitesi'nden Prof. Dr. Hakan Ersoy ve Doç. Dr. Selin Kara rapor hazırladı. Kara, "
           'Özbek pazarının "beklenenden çok daha hızlı büyüyen bir alan" olduğunu belirtiyor.\n\n'
           'Genç akademisyen şöyle ekliyor: "Lojistik sorunu çözülürse ticaret iki katına çıkabilir."')
    assert proposed.quotes(two, DAY)[-1] == ("Selin Kara", "Lojistik sorunu çözülürse ticaret iki katına çıkabilir.")
    one = ("Başlık\n\nKırgız ekonomist Azamat Beyshenov ticarete dikkat çekiyor.\n\n"
           'Kırgız ekonomist şöyle konuştu: "Lojistik sorunu çözülürse ticaret iki katına çıkabilir."')
    assert proposed.quotes(one, DAY) == [("Azamat Beyshenov",
                                          "Lojistik sorunu çözülürse ticaret iki katına çıkabilir.")]
    # after a minister's words, an expert the article never named is nobody
    minister = ("Başlık\n\nKazakistan Ticaret Bakanı Arman Şakkaliyev \"ticaretin bu yıl hızla büyüyeceğini\" söyledi."
                '\n\nKazak uzman şöyle ekliyor: "Lojistik sorunu çözülürse ticaret iki katına çıkabilir."')
    assert [speaker for speaker, _ in proposed.quotes(minister, DAY)] == ["Arman Şakkaliyev"]


def test_an_expert_named_again_before_a_verb_after_the_quote():
    # plant: the _tr_described_expert_verb_final call dropped from quotes._attribute
    text = ("Başlık\n\nGazi Üniversitesi'nden Prof. Dr. Hakan Ersoy ticarete dikkat çekiyor. Ersoy, Özbek pazarının "
            '"beklenenden çok daha hızlı büyüyen bir alan" olduğunu belirtiyor.\n\n'
            'Deneyimli akademisyen, "Lojistik sorunu çözülürse ticaret iki katına çıkabilir," diyor.')
    assert proposed.quotes(text, DAY)[-1] == ("Hakan Ersoy", "Lojistik sorunu çözülürse ticaret iki katına çıkabilir")


def test_a_bare_title_by_its_bodys_abbreviation():
    # plant: the _tr_titled_named_last fallback dropped from quotes._tr_bare_title_subject
    text = ("Başlık\n\nTürkiye Odalar ve Borsalar Birliği (TOBB) Başkanı Kemal Sarıgül dün Taşkent'teydi.\n\n"
            'TOBB Başkanı, "Özbek iş insanlarıyla ortak yatırımlara hazırız," dedi.')
    assert proposed.quotes(text, DAY) == [("Kemal Sarıgül", "Özbek iş insanlarıyla ortak yatırımlara hazırız")]
    # the title written as it was named stays the same person
    same = ("Başlık\n\nTOBB Başkanı Kemal Sarıgül dün Taşkent'teydi.\n\n"
            'TOBB Başkanı, "Özbek iş insanlarıyla ortak yatırımlara hazırız," dedi.')
    assert proposed.quotes(same, DAY) == [("Kemal Sarıgül", "Özbek iş insanlarıyla ortak yatırımlara hazırız")]


def test_a_lower_case_bare_title_before_a_colon_is_the_titled_person_not_the_body():
    # plant: the _tr_bare_title_colon call dropped from quotes._attribute
    text = ("Başlık\n\nHeyet önce Antalya Büyükşehir Belediyesi'ni ziyaret etti. Antalya Büyükşehir Belediye Başkanı "
            "Orhan Tezcan'ın ev sahipliğinde protokol imzalandı.\n\nTezcan da ilişkilerin \"yeni bir döneme "
            'girdiğini" söyledi. Büyükşehir belediye başkanı şöyle konuştu: "Kardeş şehirlerimizle ortak projeler '
            'yürütmeye hazırız."')
    assert proposed.quotes(text, DAY) == [("Orhan Tezcan", "yeni bir döneme girdiğini"),
                                          ("Orhan Tezcan", "Kardeş şehirlerimizle ortak projeler yürütmeye hazırız.")]
    governor = ("Başlık\n\nMuğla Valisi Orhan Tezcan dün Aşkabat'taydı.\n\n"
                'Muğla valisi şöyle konuştu: "Türkmen turistler için yeni uçuşlar planlıyoruz."')
    assert proposed.quotes(governor, DAY) == [("Orhan Tezcan",
                                               "Türkmen turistler için yeni uçuşlar planlıyoruz.")]
