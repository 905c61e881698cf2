"""Hundred-and-third round, h7 (docs/extraction.md: quotes.py, people.py, visits.py): a Turkish headline quote the body
says again only with another ending of its last word ('"… bir aile gibi"' over the body's "… bir aile gibiydi. …") is
a record of its own, the body speaker's (quotes._drop_headline_repeats, quotes._headline_words_said_by); an untitled
participant introduced by where he came from ("Bakü'den gelen X Y ise …") is the one his lone surname means later
(people._TURKIC_PARTICIPLE_NAMED); the rest of a quote after a short lead and a participle of saying ('"…," diyen X, "…"
dedi.') is X's (quotes._tr_inverted_before), and so is a quote said laughing ('"…," diye gülen X', quotes.TR_SAYING);
a partial quote that is the accusative verbal noun of what the subject wished someone to do ('… "…korumalarını"
diledi') is the subject's (quotes._tr_called_to, quotes._TR_WISHED_END, quotes._TR_WISHED_AFTER). An Azerbaijani dash
line's "deyə agentliyin sədri" is the chair the text titled with that body in full ("Dövlət Turizm Agentliyinin sədri X
Y", quotes._az_short_title_named_before, quotes._AZ_GENITIVE_STEM). A guest who "reached the region" ("bölgeye
ulaştı") arrived in the town told before (visits._LOCAL_VISIT, visits._THE_TOWN), also via another city ("Bişkek
üzerinden", visits._without_transit).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 10)
LEAD = ("Türk Devletleri Teşkilatı üyesi ülkelerden 180 gencin katıldığı Türk Dünyası Gençlik Forumu, Kırgızistan'ın "
        "Issık Göl kıyısındaki Çolpon-Ata kentinde 3 Ağustos'ta başladı.\n\n")
HEADLINE = "Gençler Issık Göl kıyısında buluştu\n\n"
FAMILY_HEADLINE = 'Gençlik forumu Çolpon-Ata\'da: "Burada herkes bir aile gibi"\n\n'
FAMILY = ('Forumda konuşan öğrenci Zeynep Aksoy duygularını şöyle anlattı: "Burada herkes bir aile gibiydi. Son gün '
          'hepimiz birbirimize sarıldık."\n\n')
FAMILY_SAID = ("Zeynep Aksoy", "Burada herkes bir aile gibiydi. Son gün hepimiz birbirimize sarıldık.")


# plant: _headline_words_said_by returning [None] in place of longer.append(speaker) (the other ending a repeat too)
def test_a_headline_quote_said_again_with_another_ending():
    assert proposed.quotes(FAMILY_HEADLINE + LEAD + FAMILY, DAY) == [("Zeynep Aksoy", "Burada herkes bir aile gibi"),
                                                                      FAMILY_SAID]
    # the near form: said again word for word, it is one record, the body's
    assert proposed.quotes(FAMILY_HEADLINE.replace('aile gibi"', 'aile gibiydi"') + LEAD + FAMILY, DAY) == [FAMILY_SAID]


CAME = ('Bakü\'den gelen Rauf Hasanov ise foruma ilk kez katılan Azerbaycanlı gençler arasındaydı. Hasanov, "Buraya '
        'misafir olarak geldim ama kardeş olarak dönüyorum" ifadesini kullandı.\n\n')


# plant: the (?<=['’][dt][ae]n\s)gelen alternative taken out of people._TURKIC_PARTICIPLE_NAMED
def test_the_surname_of_one_who_came_from_a_place():
    assert proposed.quotes(HEADLINE + LEAD + CAME, DAY) == [
        ("Rauf Hasanov", "Buraya misafir olarak geldim ama kardeş olarak dönüyorum")]
    # the near form: one living in a place is a scene's, no participant named (round 30)
    assert proposed.quotes(HEADLINE + LEAD + CAME.replace("Bakü'den gelen", "Bakü'de yaşayan"), DAY) == []


SHORT_LEAD = ('Almatılı öğrenci Dana Serikova da Türkçeyi internetten öğrendiğini söyledi. "Türkçeyi internetten '
              'öğrendim," diyen Serikova, "ama burada herkesle çevirmensiz konuşabildim" dedi.\n\n')
REST = ("Dana Serikova", "ama burada herkesle çevirmensiz konuşabildim")


# plant: the TR_SAYING alternative taken out of _tr_inverted_before
def test_the_rest_after_a_short_lead_and_a_participle_of_saying():
    assert proposed.quotes(HEADLINE + LEAD + SHORT_LEAD, DAY) == [REST]
    # the near form: the rest with no verb of saying after it (a shirt's print she showed) is no one's words
    assert proposed.quotes(HEADLINE + LEAD + SHORT_LEAD.replace('" dedi.', '" yazılı tişörtünü gösterdi.'), DAY) == []


LAUGHING = SHORT_LEAD.replace("internetten öğrendim", "internetten tek başıma öğrendim")


# plant: "gülen|gülümseyen" taken out of TR_SAYING
def test_a_quote_said_laughing():
    assert proposed.quotes(HEADLINE + LEAD + LAUGHING.replace("diyen", "diye gülen"), DAY) == [
        ("Dana Serikova", "Türkçeyi internetten tek başıma öğrendim"), REST]
    # the near form: words on a banner she carried are none of hers
    assert proposed.quotes(HEADLINE + LEAD + LAUGHING.replace("diyen", "pankartını taşıyan"), DAY) == []


WISH = ('Foruma ev sahipliği yapan Kırgızistan Gençlik Bakan Yardımcısı Aibek Dzhumaliev, Issık Göl\'ün anlamını '
        'anlatarak gençlere "bu dostlukları hayat boyu korumalarını" diledi.\n\n')


# plant: the _TR_WISHED_END branch taken out of _tr_called_to
def test_what_the_host_wished_the_young_to_do():
    assert proposed.quotes(HEADLINE + LEAD + WISH, DAY) == [("Aibek Dzhumaliev",
                                                             "bu dostlukları hayat boyu korumalarını")]
    # the near form: what a verb of no saying tells ("sağladı", ensured) is no one's words
    assert proposed.quotes(HEADLINE + LEAD + WISH.replace("diledi", "sağladı"), DAY) == []


DAY_AZ = date(2026, 11, 5)
SHOW = ("Bişkekdə Azərbaycan turizminin təqdimatı keçirilib\n\n"
        "Qırğızıstanın paytaxtı Bişkekdə dünən Azərbaycan turizminin təqdimatı keçirilib. Tədbirdə Dövlət Turizm "
        "Agentliyinin sədri Rauf Əhmədli çıxış edib.\n\n"
        "“Qırğızıstan bizim üçün yeni və perspektivli bazardır”, - deyə agentliyin sədri vurğulayıb.\n\n")


# plant: compound = "" kept in _az_short_title_named_before (the _AZ_GENITIVE_STEM branch skipped)
def test_the_agency_s_chair_in_a_dash_line():
    assert proposed.quotes(SHOW, DAY_AZ) == [("Rauf Əhmədli", "Qırğızıstan bizim üçün yeni və perspektivli bazardır")]
    # the near form: another body's chair than the one the text titled is no one named
    assert proposed.quotes(SHOW.replace("agentliyin sədri", "komitənin sədri"), DAY_AZ) == []


GUEST = "Forumun konukları arasında Kazakistan Kültür Bakan Yardımcısı Nurlan Seitov da vardı. "
REACHED = GUEST + "Seitov, cumartesi günü bölgeye ulaştı.\n\n"
SEITOV = ("Nurlan Seitov", "Kyrgyzstan", "2026-08-08", "Cholpon-Ata", "other")


# plant: (?<=\bbölgeye\s) taken out of _LOCAL_VISIT's reaching
def test_a_guest_reached_the_region():
    assert proposed.visits(HEADLINE + LEAD + REACHED, DAY) == [SEITOV]
    # the near form: leaving the region is no arrival
    assert proposed.visits(HEADLINE + LEAD + REACHED.replace("bölgeye ulaştı", "bölgeden ayrıldı"), DAY) == []


# plant: the _THE_TOWN clause taken out of _without_transit (the city passed through was the visit's)
def test_the_region_reached_via_another_city():
    assert proposed.visits(HEADLINE + LEAD + REACHED.replace("bölgeye", "Bişkek üzerinden bölgeye"), DAY) == [SEITOV]
    # the near form: going home via the city is no arrival there
    assert proposed.visits(HEADLINE + LEAD + REACHED.replace("bölgeye ulaştı", "Bişkek üzerinden ülkesine döndü"),
                           DAY) == []
