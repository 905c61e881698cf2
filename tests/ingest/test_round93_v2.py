"""Ninety-third round, v2 (docs/extraction.md: visits.py, places.py): the Kazakh port as Turkish spells it ("Aktav
kentinde", places.CITY_SPELLINGS); an Azerbaijani visit sentence whose day opens it after an interview answer's dash
or its year word ("– Bu il oktyabrın 13-də … nazirimiz X Y Debrecendə səfərdə oldu", visits._OPENING_BEFORE_DAY); an
interview answer that tells what happened during a visit by its owner in the genitive with no day of its own ("–
Prezident X-in Budapeştə dövlət səfəri zamanı əldə olunan razılaşmalar bu gün də …") is no new trip
(visits._answer_recalls_dayless_visit); a delegation "headed by X" with a second relative clause between ("X-un
rəhbərlik etdiyi, 40-dan çox şirkətin təmsil olunduğu nümayəndə heyəti", visits._HEAD_OF_DELEGATION); and the
documents named before "həmçinin" added to those counted after it (visits._add_details).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed


# plant: the "Aktav" spelling taken out of places.CITY_SPELLINGS
def test_the_kazakh_port_as_turkish_spells_it_is_aktau():
    text = ("Bakan Aktav'da\n\nTicaret Bakanı Ömer Bolat, çalışma ziyareti için bulunduğu Kazakistan'ın Hazar "
            "kıyısındaki Aktav kentinde 3 Mart'ta Kazak mevkidaşıyla görüştü.")
    assert [v[3] for v in proposed.visits(text, date(2026, 3, 4))] == ["Aktau"]


# plant: _OPENING_BEFORE_DAY as r"" (matching only the empty opening: the leading day only at the subject's first
# character; "(?!)" would raise an AttributeError, no assertion)
def test_a_day_after_an_answer_s_dash_and_its_year_word_opens_the_subject():
    text = ("Səfirlə müsahibə\n\n– Gənclər sahəsində nə edilir?\n\n"
            "– Bu il sentyabrın 8-də gənclər nazirimiz Kamran Rzalı Debrecendə səfərdə oldu. Səfər çərçivəsində üç "
            "memorandum imzalandı.")
    assert proposed.visits(text, date(2026, 10, 2)) == [("Kamran Rzalı", "Hungary", "2026-09-08", "Debrecen", "other")]
    assert proposed.documents(text, date(2026, 10, 2)) == ["3"]
    # the same told as news, the year word alone before the day
    news = ("Bu il sentyabrın 8-də gənclər naziri Kamran Rzalı Debrecendə səfərdə olub. Səfər çərçivəsində üç "
            "memorandum imzalanıb.")
    assert [v[2:4] for v in proposed.visits(news, date(2026, 10, 2))] == [("2026-09-08", "Debrecen")]


# plant: _answer_recalls_dayless_visit returning False
def test_an_answer_recalling_what_was_agreed_during_a_visit_is_no_new_trip():
    text = ("Səfirlə müsahibə\n\n– Yaxın planlar nədir?\n\n"
            "– Prezident İlham Əliyevin Aşqabada dövlət səfəri zamanı əldə olunan razılaşmalar bu gün də "
            "gündəmimizdədir.")
    assert proposed.visits(text, date(2026, 11, 3)) == []
    # the near form still read: the visit told with its own day in the answer
    dated = ("Səfirlə müsahibə\n\n– Yaxın planlar nədir?\n\n"
             "– Prezident İlham Əliyevin oktyabrın 5-də Aşqabada dövlət səfəri zamanı dörd sənəd imzalandı.")
    assert [v[:4] for v in proposed.visits(dated, date(2026, 11, 3))] == [
        ("Ilham Aliyev", "Turkmenistan", "2026-10-05", "Ashgabat")]


# plant: the second participle clause taken out of _HEAD_OF_DELEGATION
def test_a_delegation_headed_by_one_with_a_second_relative_clause_between():
    text = ("Bakıda forum keçirilib\n\nBu gün Bakıda Azərbaycan–Özbəkistan toxuculuq forumu keçirilib. Foruma "
            "Özbəkistanın investisiya naziri Laziz Qodirovun rəhbərlik etdiyi, 30-dan çox şirkətin təmsil olunduğu "
            "nümayəndə heyəti qatılıb. Qeyd edək ki, özbəkistanlı nazirin başçılıq etdiyi nümayəndə heyəti dünən "
            "Bakıya gəlib.")
    assert proposed.visits(text, date(2026, 6, 10)) == [("Laziz Qodirov", "Azerbaijan", "2026-06-09", "Baku", "other")]


# plant: the "həmçinin" branch of _add_details taken out
def test_documents_named_before_as_well_as_add_to_the_count_after_it():
    head = "Özbəkistanın investisiya naziri Laziz Qodirov dünən Bakıya gəlib. "
    text = head + ("Forum çərçivəsində nazirliklər arasında memorandum, həmçinin şirkətlər arasında altı kommersiya "
                   "sazişi imzalanıb.")
    assert proposed.documents(text, date(2026, 6, 10)) == ["7"]
    # the near form: a total of documents after "həmçinin" counts those before it already
    total = head + ("Forum çərçivəsində komissiyanın protokolu, həmçinin turizm sahəsində olmaqla ümumilikdə altı "
                    "sənəd imzalanıb.")
    assert proposed.documents(total, date(2026, 6, 10)) == ["6"]
