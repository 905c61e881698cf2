"""A headline that is a label and a quote, round 24 ('Tokayev: “…”', 'Erdoğan: "…"', 'Токаев: «…»', 'Əliyev: "…"'), in
the four languages, each as a small text in words of its own.

The convention: a quote in a headline counts, unless the body quotes the same words again (then it is one quote, the
body's). One behaviour per test; each test was seen failing on a planted bug (planted, run, failed, reverted); the plant
is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)
L, R = "\u201c", "\u201d"


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_a_headline_label_and_a_quote_is_the_labelled_holders_quote():
    """'Surname: “…”' as the article's first line, the body not quoting it again: the holder's quote, in English,
    Turkish, Russian and Azerbaijani, a title before the name too; a label of no one ("Sources:", "Bakanlık:") or a
    crosshead in capitals gives none."""
    # plant: `_headline_label_quotes` returning `found` at once (every headline quote below given no speaker)
    en = "Cotton growers will get cheaper loans from June"
    assert _quotes("Mirziyoyev: " + L + en + R + "\n\nThe president met farmers in Bukhara on Tuesday.") \
        == [("Shavkat Mirziyoyev", en)]
    assert _quotes("President Mirziyoyev: " + L + en + R + "\n\nThe president met farmers in Bukhara.") \
        == [("Shavkat Mirziyoyev", en)]
    tr = "Kafkasya hattını birlikte yeniden kuracağız"
    assert _quotes('Fidan: "' + tr + '"\n\nDışişleri Bakanı Tiflis\'te temaslarda bulundu.') == [("Hakan Fidan", tr)]
    ru = "Новый терминал примет первые вагоны осенью"
    assert _quotes("Жапаров: «" + ru + "»\n\nПрезидент посетил Балыкчы в пятницу.") == [("Sadyr Japarov", ru)]
    az = "Naxçıvan dəmir yolu gələn il açılacaq"
    assert _quotes('Əliyev: "' + az + '"\n\nDövlət başçısı Naxçıvanda səfərdə olub.') == [("Ilham Aliyev", az)]
    assert _quotes("Sources: " + L + en + R + "\n\nThe ministry met farmers in Bukhara.") == []
    assert _quotes('Bakanlık: "' + tr + '"\n\nBakanlık açıklama yaptı.') == []
    assert _quotes("Mirziyoyev: " + L + en.upper() + R + "\n\nThe president met farmers in Bukhara.") == []


def test_a_headline_label_in_title_case_that_is_no_name_gives_none():
    """'Farmers On Mirziyoyev: “…”' / 'Interview With …: “…”': a Title Case headline's label with a word that is no part of
    a name is no one's label, though the resolver would read the name in it."""
    # plant: `_HEADLINE_LABEL_NO_NAME` check dropped from `_headline_label_person` (both given Mirziyoyev)
    said = "Cotton growers will get cheaper loans from June"
    body = "\n\nFarmers in Bukhara met on Tuesday."
    assert _quotes("Farmers On Mirziyoyev: " + L + said + R + body) == []
    assert _quotes("Interview With Mirziyoyev: " + L + said + R + body) == []
    assert _quotes("Mirziyoyev: " + L + said + R + body) == [("Shavkat Mirziyoyev", said)]


def test_a_headline_label_of_a_person_the_body_names_in_full():
    """'Dilnoza Rakhimova: “…”' or 'Rakhimova: “…”' over a body naming 'Dilnoza Rakhimova, an economist at …': her quote;
    a label the body never names gives none."""
    # plant: the `full_names` branch dropped from `_headline_label_person` (the surname alone given no one)
    # plant: `label in body` dropped from `_headline_label_person` (a full-name label the body never names given her)
    said = "Small exporters will feel the new tariffs first"
    body = "\n\nDilnoza Rakhimova, an economist at a Tashkent think tank, spoke to our reporter on Monday."
    assert _quotes("Rakhimova: " + L + said + R + body) == [("Dilnoza Rakhimova", said)]
    assert _quotes("Dilnoza Rakhimova: " + L + said + R + body) == [("Dilnoza Rakhimova", said)]
    other = "\n\nAn economist at a Tashkent think tank spoke to our reporter on Monday."
    assert _quotes("Rakhimova: " + L + said + R + other) == []
    assert _quotes("Dilnoza Rakhimova: " + L + said + R + other) == []


def test_a_headline_label_quote_the_body_holds_is_one_quote_the_bodys():
    """The body quoting the same words again, or the same person's longer body quote holding all its words (in another
    order), is one quote, the body's; another person's longer quote holding them leaves both."""
    # plant: `_drop_headline_label_summaries` returning `found` at once (the headline quote kept beside the body's)
    head = "Bishkek will double its flights to Istanbul"
    longer = "By autumn Bishkek will double its direct flights to Istanbul and to Ankara"
    assert _quotes("Japarov: " + L + head + R + "\n\nSadyr Japarov met airline heads on Friday. " + L + longer + ","
                   + R + " Japarov said.") == [("Sadyr Japarov", longer)]
    assert _quotes("Japarov: " + L + head + R + "\n\nSadyr Japarov met airline heads on Friday. " + L + head + ","
                   + R + " Japarov said.") == [("Sadyr Japarov", head)]
    assert sorted(_quotes("Japarov: " + L + head + R + "\n\nSadyr Japarov met airline heads on Friday. " + L + longer
                          + "," + R + " Erdoğan said.")) == [("Recep Tayyip Erdoğan", longer), ("Sadyr Japarov", head)]


def test_a_headline_label_of_titles_and_a_surname_the_body_names_in_full():
    """'Ekonomist Karaca: "…"' over a body naming 'ekonomist Selim Karaca': the title before the surname is no given name,
    the surname the body's person; a capitalised word before it that is no title ('Kuzey Karaca') is another name the body
    never gives, none."""
    # plant: the `_TITLE_WORDS` check dropped from `_headline_label_person` (the titled label read as a full name: none)
    said = "Ankara ile Taşkent arasındaki ticaret hızla büyüyor"
    body = "\n\nİstanbul'daki bir düşünce kuruluşunda çalışan ekonomist Selim Karaca gazetemize konuştu."
    assert _quotes('Ekonomist Karaca: "' + said + '"' + body) == [("Selim Karaca", said)]
    assert _quotes('Kuzey Karaca: "' + said + '"' + body) == []


def test_a_headline_label_quote_before_a_media_tag():
    """'Bayramov: "…" - FOTO', '«…» (ВИДЕО)': the tag a site appends after the headline's quote leaves it the labelled
    holder's; a tagged headline whose label is no one ('Nazirlik: "…" - FOTO') stays none."""
    # plant: `_HEADLINE_MEDIA_TAG` check dropped from `_headline_ends_with` (the tagged headlines given no speaker)
    az = "Gürcüstanla tranzit əməkdaşlığımız genişlənir"
    assert _quotes('Bayramov: "' + az + '" - FOTO\n\nNazir Tbilisidə səfərdədir.') == [("Jeyhun Bayramov", az)]
    ru = "Мы запустим новый паромный маршрут через Каспий"
    assert _quotes("Токаев: «" + ru + "» (ВИДЕО)\n\nПрезидент посетил порт Курык.") == [("Kassym-Jomart Tokayev", ru)]
    assert _quotes('Nazirlik: "' + az + '" - FOTO\n\nNazirlik bəyanat yayıb.') == []


def test_a_holders_surname_as_the_label_is_the_namesake_the_body_names_in_full():
    """'Japarov: “…”' over a body naming only 'Nurlan Japarov, a trader at Dordoi bazaar': his quote, not the
    president's; a body naming the president in full too ('Sadyr Japarov') leaves the holder."""
    # plant: `_holder_or_namesake` returning `holder` at once (the trader's words given the president)
    said = "Chinese goods now reach Bishkek in half the time"
    trader = "Nurlan Japarov, a trader at the Dordoi bazaar, spoke to our reporter on Monday."
    assert _quotes("Japarov: " + L + said + R + "\n\n" + trader) == [("Nurlan Japarov", said)]
    both = "Sadyr Japarov opened the new road on Monday. " + trader
    assert _quotes("Japarov: " + L + said + R + "\n\n" + both) == [("Sadyr Japarov", said)]


def test_a_headline_label_with_an_initial_glued_to_the_surname():
    """'M.Mustafayev: "…"' / 'İ.Əliyev: "…"': an initial glued to the holder's surname, as Azerbaijani sites write a label,
    is his; a glued initial before a surname no one holds and the body never names ('T.Quliyeva:') gives none."""
    # plant: the `\.(?=\w)` alternative dropped from `_HEADLINE_NAME_LABEL`'s last word (the glued label read as no label)
    said = "Gəncə yolu gələn payızda istifadəyə veriləcək"
    assert _quotes('İ.Əliyev: "' + said + '"\n\nDövlət başçısı Gəncədə səfərdə olub.') == [("Ilham Aliyev", said)]
    assert _quotes('T.Quliyeva: "' + said + '"\n\nNazirlik bəyanat yayıb.') == []
