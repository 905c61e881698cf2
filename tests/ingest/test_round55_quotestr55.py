"""Fifty-fifth round, Turkish quotes (docs/extraction.md: people.py, quotes.py): the forms behind the dev/945, 948 and
953 misses, told in short invented sentences: an office holder named in full with a Turkish case after an apostrophe
("Yermek Koşerbayev'in başkanlığında", "Reşit Meredov'un"), a ministry release's "Bakanımız Sayın X Y", and a bare
"Başkan" opening a partial quote's sentence. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 17)


def test_a_titled_holder_with_a_case_ending_is_the_tables_not_a_newcomer():
    # plant: Resolver._titled_person asking _holder_named of found[0] (the name with its case) again
    text = ("Kazakistan Dışişleri Bakanı Yermek Koşerbayev'in başkanlığında toplantı yapıldı. Açılış konuşmasını "
            "yapan Koşerbayev, teşkilatın \"hiç olmadığı kadar güçlü olduğunu\" söyledi.")
    assert proposed.quotes(text, DAY) == [("Yermek Kosherbayev", "hiç olmadığı kadar güçlü olduğunu")]
    other = ("Türkmenistan Dışişleri Bakanı Reşit Meredov'un başkanlığındaki heyet Ankara'ya geldi. Meredov, "
             "\"Enerji alanında yeni adımlar atacağız\" dedi.")
    assert proposed.quotes(other, DAY) == [("Rashid Meredov", "Enerji alanında yeni adımlar atacağız")]
    # a name the table does not know keeps its own spelling, the case cut
    unlisted = ("Kazakistan'ın Ankara Büyükelçisi Yerlan Kenjebayev'in ev sahipliğinde resepsiyon verildi. "
                "Kenjebayev, \"Biz iki kardeş ülkeyiz\" dedi.")
    assert proposed.quotes(unlisted, DAY) == [("Yerlan Kenjebayev", "Biz iki kardeş ülkeyiz")]


def test_our_minister_titled_with_sayin_is_named_by_the_name_after_it():
    # plant: people._titled_name reading the name from last + 1 whatever follows the title (the "Sayın" step dropped)
    text = ("Ticaret Bakanımız Sayın Ayşe Yılmaz, Bakü'de temaslarda bulundu. \"Azerbaycan en yakın ortaklarımızdan "
            "biridir\" diyen Bakan Yılmaz, \"Yeni yatırım alanları açacağız\" şeklinde konuştu.")
    assert proposed.quotes(text, DAY) == [("Ayşe Yılmaz", "Azerbaycan en yakın ortaklarımızdan biridir"),
                                          ("Ayşe Yılmaz", "Yeni yatırım alanları açacağız")]
    # the plain title reads as before
    plain = text.replace("Bakanımız Sayın", "Bakanı")
    assert proposed.quotes(plain, DAY) == proposed.quotes(text, DAY)


def test_a_bare_chairman_in_a_partial_quote_is_the_one_named_last_as_chairman():
    # plant: the _TR_TITLED_NAMED["Başkan"] entry dropped from quotes.py
    text = ("Türk-Kazak İş Konseyi Başkanı Can Kaya forumda konuştu. Toplam ticaret geçen yıl arttı. Başkan, hedefin "
            "\"zor ama kesinlikle ulaşılabilir bir hedef\" olduğunu söyledi.")
    assert proposed.quotes(text, DAY) == [("Can Kaya", "zor ama kesinlikle ulaşılabilir bir hedef")]
    # a deputy chairman named after him is not "Başkan"
    deputy = ("İş Konseyi Başkanı Can Kaya ile Başkan Yardımcısı Ali Veli forumda konuştu. Toplam ticaret geçen yıl "
              "arttı. Başkan, hedefin \"zor ama kesinlikle ulaşılabilir bir hedef\" olduğunu söyledi.")
    assert proposed.quotes(deputy, DAY) == [("Can Kaya", "zor ama kesinlikle ulaşılabilir bir hedef")]
