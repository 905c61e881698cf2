"""Hundredth round, v1 (docs/extraction.md: visits.py, quotes.py, figures.py, people.py): an Azerbaijani or Turkish
visit sentence opening on two states and a plural title ("Qazaxıstan və Özbəkistan nazirləri isə bu gün səhər şəhərə
çatıblar", visits._TA_STATES_TITLED in visits._ta_states_titled_told_before) is the visit of each state's minister named
before, the states no host, to "the city" reached ("şəhərə çatıblar", visits._AZ_REACHED_A_NAMED_PLACE and
visits._THE_TOWN); a signing that names alone another guest, whose visit counts documents, is none of a fellow guest's
(visits._visit_named in visits._uncounted_signings). The pronoun with its comma before the one told to ('"…", – deyə o,
APA-ya bildirib', quotes._AZ_TITLE_ANAPHOR, quotes._AZ_TITLE_OUTLET_TAIL) is the lead's subject, and a read-also label
of one the article named before ('Oxu həmçinin: X Y: "…"', quotes._named_before in quotes._read_also) speaks. A page
printing a speech whole under a "Full text: X's address at …" headline (people.speech_headline_speaker) is his in the
first person: "I was in a city" is his trip (visits._signature_author), "X and I signed a road map" one document
(visits._we_signed_one), and "our trade with" a state his state's (figures._envoys_our).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_AZ = date(2026, 5, 22)
FORUM = ("Şəkidə Türk dövlətlərinin gənclik forumu açılıb\n\n"
         "Mayın 22-də Şəki Dram Teatrında Türk dövlətlərinin gənclik forumu keçirilib. Forumda Azərbaycanın gənclər "
         "naziri Rauf Həsənli, Qırğızıstanın təhsil naziri Dogdurkul Kendirbayeva, Qazaxıstanın mədəniyyət naziri Aida "
         "Serikova iştirak ediblər. Qırğızıstan və Qazaxıstan nazirləri isə bu gün səhər şəhərə çatıblar.\n\n")
KENDIRBAYEVA = ("Dogdurkul Kendirbayeva", "Azerbaijan", "2026-05-22", "Shaki", "other")
SERIKOVA = ("Aida Serikova", "Azerbaijan", "2026-05-22", "Shaki", "other")


# plant: the _ta_states_titled_told_before call taken out of find_visits; and, seen failing too, the "şəhərə"
# lookbehind taken out of _AZ_REACHED_A_NAMED_PLACE, "çat" out of _THE_TOWN, and the titled_states place reset out
# (the states named the hosts)
def test_the_ministers_of_two_states_reached_the_city():
    assert proposed.visits(FORUM, DAY_AZ) == [KENDIRBAYEVA, SERIKOVA]
    # the near form: a state whose minister the article never named leaves the plural title no one's
    assert proposed.visits(FORUM.replace("Qırğızıstan və Qazaxıstan", "Türkmənistan və Qazaxıstan"), DAY_AZ) == []


SIGNED = ("Forumdan əvvəl Azərbaycanın Gənclər Nazirliyi ilə Qırğızıstanın Təhsil Nazirliyi arasında əməkdaşlıq "
          "haqqında memorandum imzalanıb. Sənədi nazirlər Rauf Həsənli və Dogdurkul Kendirbayeva imzalayıblar.\n\n")


# plant: the _visit_named clause taken out of _uncounted_signings
def test_a_signing_naming_another_guest_alone_is_none_of_a_fellow_guest_s():
    assert proposed.documents(FORUM + SIGNED, DAY_AZ) == ["1", "0"]
    # the near form: "the document" signed by ministers named by no name may be the fellow guest's too: unstated
    assert proposed.documents(FORUM + SIGNED.replace("nazirlər Rauf Həsənli və Dogdurkul Kendirbayeva", "nazirlər"),
                              DAY_AZ) == ["1", ""]


PARADE = ("Paradda Azərbaycan yığmasının bayrağını güləşçi Rauf Qasımov daşıyıb. \"Bu bayrağı daşımaq mənim üçün "
          "böyük şərəfdir\", – deyə o, APA-ya bildirib.\n\n")


# plant: the comma (",?") taken out of _AZ_TITLE_OUTLET_TAIL; and, seen failing too, the comma taken out of
# _AZ_TITLE_ANAPHOR's "deyə o"
def test_the_pronoun_with_its_comma_before_the_one_told_to():
    assert proposed.quotes(FORUM + PARADE, DAY_AZ) == [("Rauf Qasımov", "Bu bayrağı daşımaq mənim üçün böyük şərəfdir")]
    # the near form: a lead naming no one leaves "o" no one's
    assert proposed.quotes(FORUM + PARADE.replace("güləşçi Rauf Qasımov daşıyıb", "güləşçilər daşıyıblar"),
                           DAY_AZ) == []


READ_ALSO = 'Oxu həmçinin: Rauf Həsənli: "Şəki gənclərin paytaxtına çevrilib"\n\n'


# plant: the _named_before clause taken out of _read_also
def test_a_read_also_label_of_one_named_before():
    assert proposed.quotes(FORUM + READ_ALSO, DAY_AZ) == [("Rauf Həsənli", "Şəki gənclərin paytaxtına çevrilib")]
    # the near form: a label the article never named, of no Turkic surname's ending, is no one's
    assert proposed.quotes(FORUM + READ_ALSO.replace("Rauf Həsənli", "Rauf Əsgərli"), DAY_AZ) == []


DAY_EN = date(2026, 5, 20)
HEADLINE = "Full text: Foreign Minister Jeyhun Bayramov's address at the Caspian Transit Conference in Aktau\n\n"
NOT_FULL_TEXT = "Foreign Minister Jeyhun Bayramov speaks at the Caspian Transit Conference in Aktau\n\n"
SPEECH = ("Editor's note: The minister delivered the following address at the opening session on 18 May.\n\n"
          "Dear colleagues,\n\n"
          "Our diplomacy is busy. On 14 April I was in Tashkent, where my colleague Bakhtiyor Saidov and I signed a "
          "road map of cooperation for the next two years.\n\n"
          "Thank you.\n\n")


# plant: the speech_headline_speaker call taken out of _signature_author
def test_i_was_in_a_city_in_a_speech_printed_whole():
    assert proposed.visits(HEADLINE + SPEECH, DAY_EN) == [
        ("Jeyhun Bayramov", "Uzbekistan", "2026-04-14", "Tashkent", "other")]
    # the near form: a headline that prints no speech whole makes the "I" no one's
    assert proposed.visits(NOT_FULL_TEXT + SPEECH, DAY_EN) == []


# plant: the " i" ending taken out of _we_signed_one
def test_x_and_i_signed_a_road_map():
    assert proposed.documents(HEADLINE + SPEECH, DAY_EN) == ["1"]
    # the near form: others signing one leave the count unstated, as before
    assert proposed.documents(HEADLINE + SPEECH.replace("my colleague Bakhtiyor Saidov and I", "two companies"),
                              DAY_EN) == [""]


TRADE = ("Dear colleagues,\n\n"
         "Türkiye remains Azerbaijan's first partner. Last year our trade reached 8 billion dollars.\n\n"
         "Our trade with Uzbekistan, a fast-growing partner, exceeded 1.1 billion dollars last year.\n\n")


# plant: the speech_headline_speaker clause taken out of _envoys_our
def test_our_trade_with_a_state_in_a_speech_printed_whole():
    assert proposed.trade_values(HEADLINE + TRADE, DAY_EN) == {
        (proposed.pair("Azerbaijan", "Türkiye"), "2025", "turnover", 8000.0),
        (proposed.pair("Azerbaijan", "Uzbekistan"), "2025", "turnover", 1100.0)}
    # the near form: with no speech printed whole, whose "our" it is the page does not say (the figures' partner's)
    assert (proposed.pair("Azerbaijan", "Uzbekistan"), "2025", "turnover", 1100.0) not in proposed.trade_values(
        NOT_FULL_TEXT + TRADE, DAY_EN)
