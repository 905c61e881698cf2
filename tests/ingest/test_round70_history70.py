"""Seventieth round, history70 (docs/extraction.md: visits.py, quotes.py): the forms behind the dev/1125 and dev/1130
misses, told in short invented sentences. An anniversary piece dating trips of the 1990s (1125): an office alone
opening a Turkish visit sentence ("Kazak lider, 12 Mayıs 1993'te …") is its holder on the visit's day; a day told
without its year right after a sentence of the same paragraph that dates its day with one is of that year; what the
visitor did "after the summit" a few days later is his stay, not a second trip; a recalled trip told in a paragraph of
its own with no signing signed none (0) in a report that tells signings; a type told of a visit owned by a Turkish
genitive ("Demirel'in bu ziyareti, … resmi ziyaret olarak …") or in a year of its own ("… resmi ziyareti ise 1993 yılı
içinde gerçekleşti") is no type of another visit; and an expert's partial quote in a nominalised clause before a
present-tense verb ('X, … "…" anlamına geldiğini söylüyor'). An AA report (1130): the dayless lead's guest named again
by a participle ("Salı günü başkente gelen X, …") is the lead's person, and "the capital" under a capitals dateline
("ANKARA (AA) - …") is the dateline's. Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 27)


# plant: visits._office_of_the_opening_clause returning None (so too, apart: the holder on the article's day, not the
# visit's)
def test_an_office_opening_the_sentence_is_its_holder_on_the_visit_s_day():
    text = ("Türkiye ile Kazakistan arasındaki ilişkiler 1992'de kuruldu.\n\n"
            "Kazak lider, 12 Mayıs 1993'te Ankara'da düzenlenen Türk Dili Konuşan Ülkeler Zirvesi'ne katıldı.")
    assert proposed.visits(text, DAY) == [("Nursultan Nazarbayev", "Türkiye", "1993-05-12", "Ankara", "summit")]
    other = ("Türkiye ile Özbekistan arasındaki ilişkiler 1992'de kuruldu.\n\n"
             "Özbek lider, 20 Ekim 1994'te İstanbul'da toplanan zirveye katıldı.")
    assert proposed.visits(other, DAY) == [("Islam Karimov", "Türkiye", "1994-10-20", "Istanbul", "summit")]


# plant: visits._in_the_year_told_before returning `days` as they are (so too, apart: _stayed_on_after_the_event
# returning False)
def test_a_yearless_day_after_a_dated_one_and_a_stay_after_the_summit():
    text = ("Kazak lider, 30 Ekim 1992'de Ankara'da toplanan zirveye katıldı. Nazarbayev, Ankara'daki zirvenin "
            "ardından 1 Kasım'da İzmir'e geçerek iş insanlarıyla bir araya geldi.")
    assert proposed.visits(text, DAY) == [("Nursultan Nazarbayev", "Türkiye", "1992-10-30", "Ankara", "summit")]
    other = ("Kazak lider, 30 Aralık 1993'te Ankara'da toplanan zirveye katıldı. Nazarbayev, zirvenin ardından 2 "
             "Ocak'ta İstanbul'a geçerek iş insanlarıyla bir araya geldi.")
    assert proposed.visits(other, DAY) == [("Nursultan Nazarbayev", "Türkiye", "1993-12-30", "Ankara", "summit")]
    # a trip of the report's own year, another paragraph after the dated one, keeps the latest such day
    apart = ("Kazak lider, 30 Ekim 1992'de Ankara'da toplanan zirveye katıldı.\n\n"
             "Dışişleri Bakanı Hakan Fidan, 9 Ekim'de Bişkek'te Kırgız mevkidaşı ile bir araya geldi.")
    assert ("Hakan Fidan", "Kyrgyzstan", "2026-10-09", "Bishkek", "other") in proposed.visits(apart, DAY)


# plant: visits._none_signed_unless_told's call dropped from find_visits (before round 71, docs0:
# visits._own_paragraph_with_nothing_signed returning False)
def test_a_recalled_trip_told_in_its_own_paragraph_signed_none():
    text = ("Başbakan Süleyman Demirel, 30 Nisan 1992'de Aşkabat'a geldi. Ziyarette iş birliği anlaşmaları "
            "imzalandı.\n\nKazak lider, 12 Mayıs 1993'te Ankara'da düzenlenen zirveye katıldı. Nazarbayev, zirvede "
            "bir konuşma yaptı. Kazak lider, Ankara'da öğrencilerle de buluştu.")
    assert proposed.documents(text, DAY) == ["", "0"]
    other = ("Başbakan Süleyman Demirel, 30 Nisan 1992'de Aşkabat'a geldi. Ziyarette üç anlaşma imzalandı.\n\n"
             "Özbek lider, 20 Ekim 1994'te İstanbul'da toplanan zirveye katıldı. Kerimov zirvede söz aldı. Özbek "
             "lider, ertesi gün iş insanlarıyla görüştü.")
    assert proposed.documents(other, DAY) == ["3", "0"]


# plant: visits._tr_genitive_type_owner returning "" (so too, apart: the local type dropped from _years_of_the_type)
def test_a_type_owned_by_a_turkish_genitive_or_told_in_its_year_is_no_other_s():
    text = ("Başbakan Süleyman Demirel, 30 Nisan 1992'de Aşkabat'a geldi. Demirel'in bu ziyareti, Türkiye'den "
            "Türkmenistan'a yapılan ilk resmi ziyaret olarak kayıtlara geçti.\n\n"
            "Dışişleri Bakanı Hakan Fidan, 9 Ekim'de Türkmenbaşı kentinde Türkmen mevkidaşı ile bir araya geldi.")
    assert [v[4] for v in proposed.visits(text, DAY)] == ["official", "other"]
    other = ("Türkmen liderin Türkiye'ye ilk resmi ziyareti ise 1993 yılı içinde gerçekleşti.\n\n"
             "Dışişleri Bakanı Hakan Fidan, 9 Ekim'de Aşkabat'ta Türkmen mevkidaşı ile bir araya geldi.")
    assert [v[4] for v in proposed.visits(other, DAY)] == ["other"]


# plant: the present tense ("söylüyor", …, "ekliyor") dropped from quotes.TR_CLAUSE_AFTER (so too: "söylüyor" alone, or
# "vurguluyor" alone, dropped; the "değil" case is another rule's and passes under each)
def test_an_expert_s_partial_quote_before_a_present_tense_verb():
    text = ('Tarihçi Prof. Dr. Mehmet Yıldıran, o yılların "iki halkın yeniden tanışması" anlamına geldiğini söylüyor.')
    assert proposed.quotes(text, DAY) == [("Mehmet Yıldıran", "iki halkın yeniden tanışması")]
    other = ('Ekonomist Selin Aktaş, ticaretin "hiç olmadığı kadar hızlı büyüdüğünü" değil, "yeni bir döneme '
             'girildiğini gösteren bir işaret" olduğunu vurguluyor.')
    assert ("Selin Aktaş", "yeni bir döneme girildiğini gösteren bir işaret") in proposed.quotes(other, DAY)
    third = 'Ekonomist Selin Aktaş, bu adımın "yeni bir dönemin başlangıcı" anlamına geldiğini vurguluyor.'
    assert proposed.quotes(third, DAY) == [("Selin Aktaş", "yeni bir dönemin başlangıcı")]


# plant: the lead guest's person not taken for the participle's visitor in visits.find_visits (so too, apart: the
# dateline's capital, _capital_of_the_dateline, not read for the first visit)
def test_the_lead_guest_named_again_comes_to_the_dateline_s_capital():
    day = date(2026, 9, 30)
    text = ("ANKARA (AA) - Kazakistan Başbakan Yardımcısı Kanat Sarsenov, Türkiye'ye gerçekleştirdiği çalışma ziyareti "
            "kapsamında Ankara'da temaslarda bulundu.\n\nSalı günü başkente gelen Sarsenov, ilk olarak Ticaret Bakanı "
            "Ömer Bolat ile bir araya geldi.")
    assert proposed.visits(text, day) == [("Kanat Sarsenov", "Türkiye", "2026-09-29", "Ankara", "working")]
    assert [r["visitor_country"] for r in proposed.records("visits", text, day)] == ["Kazakhstan"]
    other = ("BAKÜ (AA) - Özbekistan Başbakan Yardımcısı Jamshid Hodjayev, Azerbaycan'a gerçekleştirdiği çalışma "
             "ziyareti kapsamında Bakü'de temaslarda bulundu.\n\nPazartesi günü başkente gelen Hodjayev, Ekonomi "
             "Bakanı Mikayıl Cabbarov ile görüştü.")
    assert proposed.visits(other, day) == [("Jamshid Hodjayev", "Azerbaijan", "2026-09-28", "Baku", "working")]
    assert [r["visitor_country"] for r in proposed.records("visits", other, day)] == ["Uzbekistan"]
