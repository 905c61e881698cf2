"""Round 101, q4 (docs/extraction.md: quotes.py, people.py, visits.py, figures.py): a literature prize's poets and
writers are named with their occupation ("Kırgız şair X Y", people._AZ_TITLES' "şair" and "yazar"), so a surname alone
after them speaks; a poet reading lines of his verse before a colon ('Y, … kitabı "…"ndan şu dizeleri okudu: "…"',
quotes.TR_COLON_VERB_MORE) speaks them, a book's title in quote marks no one (quotes._without_quoted_names in
quotes._tr_colon_more); a colon sentence opening on a demonym and a word the article put before one full name ('Kırgız
şair, ardından şöyle devam etti:', quotes._tr_colon_demonym_epithet, quotes._tr_epithet_named) is that person's; a line
of verse from "the book" the sentence before told of ('Jüri, kitabın … "…" dizesini andı', quotes._tr_verse_of_the_book)
is its poet's; a headline's topic closed by an ellipsis before a name label ('… kısıtlaması... Y: "…"',
quotes._without_headline_lead) leaves the label read; a bare title after a participle's clause naming no one
('Görüşmenin ardından … açıklama yapan Bakan Yardımcısı, "…" dedi.', quotes._tr_participle_then_bare_title in
quotes._tr_bare_title_subject) is the one titled so whose surname the text told last. A good named between a Turkish
amount and its verb of import ("300 milyon dolarlık kuru kayısı ithal etti", figures._GOOD_AFTER) and a sector's share
of a flow ("tekstil ürünlerinin payı", figures._SECTOR_FLOW) are no trade of the pair; "dolarlık bir ticaret
hedefimiz" names a target (figures._TARGET_NOUN_AFTER). A document's perfect participle in a clause on a noun
("sözleşmesi imzalanmış ürünler", visits._SIGNING_REFERRED_TO) is no signing; a trip "from X to Y" goes to Y
(visits._TRANSIT_AFTER), by a full name the article gave before with no title (visits._FULL_NAME_AFTER_PARTICIPLE in
visits._participle_surname_told_before), "a few hours before the ceremony" on the ceremony's day
(visits._HOURS_BEFORE_THE_EVENT).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 15)
PRIZE = ("Türk dünyası şiir ödülleri verildi\n\n"
         "Türk Dünyası Şiir Ödülleri, dün akşam Ankara'da düzenlenen törenle sahiplerine verildi. "
         "Bu yıl ödülü Kırgız şair Aybek Toktosunov ile Azerbaycanlı şair Leyla Qasımova paylaştı.\n\n")
VERSE = ("Ödülünü almak üzere pazartesi günü Bişkek'ten Ankara'ya gelen Toktosunov, sahnede yeni kitabı \"Dağ "
         "Rüzgârı\"ndan şu dizeleri okudu: \"Dağlar susar, ırmak konuşur / Yolcu gider, türkü kalır.\"\n\n")


# plant: the "dizeleri … okudu" alternative taken out of TR_COLON_VERB_MORE; and, seen failing too, the
# _without_quoted_names line taken out of _tr_colon_more and "şair" out of people._AZ_TITLES
def test_a_poet_reads_lines_of_his_verse():
    assert proposed.quotes(PRIZE + VERSE, DAY) == [
        ("Aybek Toktosunov", "Dağlar susar, ırmak konuşur / Yolcu gider, türkü kalır.")]
    # the near form: lines he listened to are none of his words
    assert proposed.quotes(PRIZE + VERSE.replace("şu dizeleri okudu", "şu dizeleri dinledi"), DAY) == []


EPITHET = ("Toktosunov kürsüde kısa bir konuşma yaptı.\n\nKırgız şair, ardından şöyle devam etti: \"Bu ödül dağlarda "
           "şiir yazan herkesin ödülüdür.\"\n\n")


# plant: the _tr_colon_demonym_epithet call taken out of _round11_local
def test_the_epithet_the_article_named_one_with():
    assert proposed.quotes(PRIZE + EPITHET, DAY) == [
        ("Aybek Toktosunov", "Bu ödül dağlarda şiir yazan herkesin ödülüdür.")]
    # the near form: an epithet the article put before no name is no one's
    assert proposed.quotes(PRIZE.replace("Kırgız şair Aybek", "Kırgız Aybek") + EPITHET, DAY) == []


BOOK = ("Qasımova ise ödülünü \"Sahilsiz Deniz\" adlı kitabıyla aldı. Jüri, kitabın ilk şiirindeki \"Deniz denize "
        "sorar, sahil nerede başlar\" dizesini gerekçesinde özellikle andı.\n\n")


# plant: the _tr_verse_of_the_book clause taken out of _attribute
def test_a_line_of_verse_from_the_book_told_before():
    assert proposed.quotes(PRIZE + BOOK, DAY) == [("Leyla Qasımova", "Deniz denize sorar, sahil nerede başlar")]
    # the near form: a book of two poets is neither's alone
    assert proposed.quotes(PRIZE + BOOK.replace("Qasımova ise", "Qasımova ve Toktosunov ise"), DAY) == []


SURNAME = ("Dün Bakü'den gelen Leyla Qasımova ise ödülünü aldı. Qasımova, \"Şiir sınır tanımayan bir yolculuktur\" "
           "diye konuştu.\n\n")


# plant: "şair" taken out of people._AZ_TITLES (the full name after "gelen" is a scene's, round 35's
# _TR_SCENE_PARTICIPLE_END, so only the occupation names her)
def test_a_poets_surname_alone_after_her_occupation():
    assert proposed.quotes(PRIZE + SURNAME, DAY) == [("Leyla Qasımova", "Şiir sınır tanımayan bir yolculuktur")]
    # the near form: a surname the article never gave is no one's
    assert proposed.quotes(PRIZE + SURNAME.replace("Qasımova,", "Kerimova,"), DAY) == []


HEADLINE = ("Özbekistan'dan pamuk ipliğine ihracat kısıtlaması... Yıldırım: \"Tezgâhlarımız kış boyu durabilir\"\n\n"
            "Özbekistan, pamuk ipliği ihracatını geçici olarak kısıtladı. Tekstil Sanayicileri Derneği Başkanı Murat "
            "Yıldırım, kararın sektörü zor durumda bıraktığını söyledi.\n\n")


# plant: _without_headline_lead made to return the label as it is
def test_a_headline_label_after_a_topic_closed_by_an_ellipsis():
    assert proposed.quotes(HEADLINE, DAY) == [("Murat Yıldırım", "Tezgâhlarımız kış boyu durabilir")]
    # the near form: a label the body names no one by is no one's
    assert proposed.quotes(HEADLINE.replace("Yıldırım: ", "Sektör: "), DAY) == []


DEPUTIES = ("Bakan yardımcıları Taşkent'te görüştü\n\n"
            "Ticaret Bakan Yardımcısı Mehmet Arslan, pazartesi günü Taşkent'e giderek Özbekistan Yatırım ve Dış "
            "Ticaret Bakan Yardımcısı Laziz Karimov ile bir araya geldi. Bakanlık açıklamasında Arslan'ın temaslarının "
            "bir çalışma ziyareti kapsamında gerçekleştiği bildirildi.\n\n")
SAID = ("Görüşmenin ardından basına açıklama yapan Bakan Yardımcısı, \"Dost Özbekistan ile ticaretimizi birlikte "
        "büyütmek istiyoruz\" dedi.\n\n")


# plant: the _tr_participle_then_bare_title clause taken out of _tr_bare_title_subject; and, seen failing too, the
# surname told last replaced by the name told last after the title (named[-1], Karimov)
def test_a_bare_title_after_a_participles_clause():
    assert proposed.quotes(DEPUTIES + SAID, DAY) == [
        ("Mehmet Arslan", "Dost Özbekistan ile ticaretimizi birlikte büyütmek istiyoruz")]
    # the near form: the other deputy minister told last is the one
    assert proposed.quotes(DEPUTIES.replace("Arslan'ın temaslarının", "Karimov'un temaslarının") + SAID, DAY) == [
        ("Laziz Karimov", "Dost Özbekistan ile ticaretimizi birlikte büyütmek istiyoruz")]


ASKED = "Arslan, \"Kısıtlamadan önce sözleşmesi imzalanmış ürünlerin serbest bırakılmasını istedik\" dedi.\n\n"


# plant: round 101's alternative (a document's "…sı imzalanmış" before a lower-case noun) taken out of
# visits._SIGNING_REFERRED_TO (round 73's "səfəri zamanı imzalanmış" kept)
def test_products_whose_contracts_were_signed_are_no_signing():
    assert proposed.documents(DEPUTIES + ASKED, DAY) == ["0"]
    # the near form: a protocol signed that day is one
    assert proposed.documents(DEPUTIES + ASKED.replace(
        "Kısıtlamadan önce sözleşmesi imzalanmış ürünlerin serbest bırakılmasını istedik",
        "Bugün iki ülke arasında bir ticaret protokolü imzalandı"), DAY) == ["1"]


CAME = "Törenden birkaç saat önce Bakü'den Ankara'ya ulaşan Leyla Qasımova ise ödülünü kızıyla birlikte aldı.\n\n"
QASIMOVA = ("Leyla Qasımova", "Türkiye", "2026-05-14", "Ankara", "other")


# plant: the ablative alternative taken out of visits._TRANSIT_AFTER
def test_from_one_place_to_another():
    assert proposed.visits(PRIZE + CAME, DAY) == [QASIMOVA]
    # the near form: from Ankara to Baku is no trip to Ankara, and for the Azerbaijani poet a trip home, no visit
    # (docs/annotating.md: a visit is a trip to another state). Until after round 103 this wanted a visit to Baku;
    # visits._participle_surname_told_before now gives a full name told again its epithet's state too (plant: its
    # "full is None and" put back: the Baku visit comes back)
    assert proposed.visits(PRIZE + CAME.replace("Bakü'den Ankara'ya", "Ankara'dan Bakü'ye"), DAY) == []


# plant: the _FULL_NAME_AFTER_PARTICIPLE branch taken out of _participle_surname_told_before
def test_a_full_name_given_before_with_no_title_after_reaching():
    assert proposed.visits(PRIZE + CAME.replace("Törenden birkaç saat önce", "Dün"), DAY) == [QASIMOVA]
    # the near form: a name the article never gave is no one the rules know
    assert proposed.visits(PRIZE + CAME.replace("Leyla Qasımova ise", "Leyla Kerimova ise"), DAY) == []


# plant: the _day_of_the_event_told_before call with _HOURS_BEFORE_THE_EVENT taken out of find_visits
def test_a_few_hours_before_the_ceremony():
    assert proposed.visits(PRIZE + CAME, DAY) == [QASIMOVA]
    # the near form: an event the article gave no day leaves the trip undated
    assert proposed.visits(PRIZE + CAME.replace("Törenden", "Konserden"), DAY) == []


# plant: the gate's words (_GOOD_BEFORE_FLOW_VERB_WORDS) taken out of _good_after
def test_a_good_between_the_amount_and_its_verb_of_import():
    assert proposed.trade("Türkiye geçen yıl Özbekistan'dan yaklaşık 300 milyon dolarlık kuru kayısı ithal etti.\n\nx",
                          DAY) == []
    # the near form: goods as a whole are the pair's imports
    assert proposed.trade("Türkiye geçen yıl Özbekistan'dan yaklaşık 300 milyon dolarlık mal ithal etti.\n\nx",
                          DAY) == [(proposed.pair("Uzbekistan", "Türkiye"), "2025", "import", 300.0, "about", "")]


SHARE = ("Türkiye ile Özbekistan ticareti\n\nTürkiye'nin bu yılın ilk dört ayında Özbekistan'dan ithalatı 900 milyon "
         "dolar oldu. İthalatta tekstil ürünlerinin payı 400 milyon dolara yaklaştı.\n\n")


# plant: "pay[ıi]" taken out of _SECTOR_FLOW's trade words
def test_a_sectors_share_of_the_flow():
    assert proposed.trade_values(SHARE, DAY) == {(proposed.pair("Uzbekistan", "Türkiye"), "2026-4M", "import", 900.0)}
    # the near form: the other flow told with its amount is the pair's
    assert (proposed.pair("Uzbekistan", "Türkiye"), "2026-4M", "export", 400.0) in proposed.trade_values(
        SHARE.replace("İthalatta tekstil ürünlerinin payı", "İhracat ise"), DAY)


GOAL = ("Kaya: Türk dünyası bir gönül coğrafyası\n\n"
        "Kültür Bakanı Ahmet Kaya törende konuştu. Türkiye'nin geçen yıl Kazakistan ile ticaret hacmi 5 milyar dolara "
        "ulaştı.\n\n\"Kazakistan ile 2030'a kadar 10 milyar dolarlık bir ticaret hedefimiz var. Kitaplarımız da bu "
        "yolda yürümeli\" diyen Kaya, yeni ödüller duyurdu.\n\n")


# plant: the "bir" taken out of _TARGET_NOUN_AFTER
def test_a_target_we_have():
    assert proposed.targets(GOAL, DAY) == [(proposed.pair("Kazakhstan", "Türkiye"), 10000.0, "2030")]
    # the near form: an investment's target is no trade target
    assert proposed.targets(GOAL.replace("ticaret hedefimiz", "yatırım hedefimiz"), DAY) == []
