"""Azerbaijani and Russian quote forms of round 23 (dev/268 and probes in the styles of Azerbaijani outlets), each as
a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
LEAD = "Xəbər\n\nBakı, 19 noyabr.\n\n"


def _quotes(text, day=DAY):
    return proposed.quotes(LEAD + text, day)


def test_a_two_word_outlet_ending_in_a_country_name_is_no_part_of_the_speaker():
    """'Analitik X Y Sputnik Azərbaycan-a açıqlamasında bildirib: “…”': a country takes its case with no hyphen, so
    "Azərbaycan-a" ends an outlet's name and the capitalised word before it is the outlet's, not the speaker's."""
    # plant: the `(?:[CAPITALS]… (?=country-))?` prefix dropped from `_OUTLET_CASE` (speaker "Rövşən Əlizadə Sputnik")
    said = "limanın yük dövriyyəsi bu il xeyli artacaq"
    assert _quotes("Analitik Rövşən Əlizadə Sputnik Azərbaycan-a açıqlamasında bildirib: “" + said + "”.") \
        == [("Rövşən Əlizadə", said)]



def test_a_genitive_owner_after_the_pronoun_o_is_not_the_speaker():
    """'X … deyib. O, Nizami Gəncəvinin vətənini “…” adlandırıb.': "O," is the subject (the last speaker); the
    genitive name after it owns the object (a poet, a saint of a city), it is no speaker."""
    # plant: the `AZ_PRONOUN_OPENS` branch dropped from `_az_attribution` (speaker "Nizami Gəncəvinin")
    said = "bütün Qafqazın mədəniyyət beşiyi"
    assert _quotes("Baş nazir Əli Əsədov çıxışında şəhərin tarixindən danışıb. O, Nizami Gəncəvinin vətənini “"
                   + said + "” adlandırıb.") == [("Ali Asadov", said)]


RU_LEAD = "Новости\n\nБишкек, 19 ноября.\n\n"


def test_a_russian_title_and_a_bodys_adjective_before_a_name_are_no_speaker():
    """'Вице-президент Казахстанско-узбекского делового совета X Y считает, что … — …, — сказал он.': the capitalised
    title and the body's adjective in the genitive at the sentence's start are no name; the speaker is X Y."""
    # plant: the `ского|цкого…|тел[ья]` branch dropped from `_DECLINED_NOUN` (speaker "Vitse-prezident Kazakhstansko-uzbekskogo")
    said = "Нам нужно строить склады и холодильники у самой границы"
    got = proposed.quotes(RU_LEAD + "Вице-президент Казахстанско-узбекского делового совета Ержан Садыков считает, "
                          "что рынок растет.\n\n— " + said + ", — сказал он журналистам.", DAY)
    assert got == [("Yerzhan Sadykov", said)]


def test_yeni_before_an_outlet_with_a_hyphenated_case_is_the_outlets():
    """'Ekspert X Y Yeni Həyat-a açıqlamasında …': "Yeni" (new) opens an outlet's name, never a surname."""
    # plant: the `|Yeni\s+` alternative dropped from `_OUTLET_CASE` (speaker "Tural Sadıqlı Yeni")
    said = "kənd təsərrüfatı ixracı yenidən artmağa başlayıb"
    assert _quotes("Ekspert Tural Sadıqlı Yeni Həyat-a açıqlamasında bildirib: “" + said + "”.") \
        == [("Tural Sadıqlı", said)]


def test_a_russian_vice_title_before_a_bodys_genitive_is_no_speaker():
    """'Вице-президент Союза … X Y сообщил: «…»': a word opening "Вице-" is a title, never a name's word."""
    # plant: the `^[Вв]ице-` branch dropped from `_DECLINED_NOUN` (speaker "Vitse-prezident Soyuza")
    said = "Порт Актау принял на треть больше судов"
    got = proposed.quotes(RU_LEAD + "Вице-президент Союза экспедиторов Темирлан Абенов сообщил: «" + said + "».", DAY)
    assert got == [("Temirlan Abenov", said)]
