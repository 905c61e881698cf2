"""Azerbaijani and Turkish quotes, round 39: the forms the forty-eighth to fifty-third held-out sets' Azerbaijani and
Turkish articles missed, and those round 39's probes in the styles of APA, Report.az, Trend, Oxu.az, AA, DHA, TRT Haber
and Dünya found, each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: "akim" in _TURKIC_BARE_OCCUPATIONS, "akimi" in _AZ_TITLES; quotes.py: "akim" in _AZ_TITLE_ANAPHOR

def test_deye_akim_after_a_quote_is_the_governor_the_lead_names():
    """'«…», – deyə akim bildirib' under "… vilayətinin akimi X Y …": the region's governor the text named."""
    # plant: "akim" dropped from people._TURKIC_BARE_OCCUPATIONS (the quote was no one's)
    text = ("Qazaxıstanın Aktöbe vilayətinin akimi Serik Jumanov dünən Bakıda səfərdə olub.\n\n"
            "Serik Jumanov forumda logistika mövzusuna toxunub. \"Dəniz bizi ayırmır, iki sahili birləşdirir\", "
            "– deyə akim bildirib.")
    assert _quotes(text) == [("Serik Jumanov", "Dəniz bizi ayırmır, iki sahili birləşdirir")]


def test_deye_akim_with_no_governor_named_gives_no_one():
    """Precision: a bare "akim" after a quote when no one was named as a governor (nor with any title) is no one."""
    # plant: `or not (last.role or … occupations))` made `or False` in people._turkic_occupation_anaphor (the quote went
    # to Serik Jumanov)
    text = ("Serik Jumanov forumda logistika mövzusuna toxunub. \"Dəniz bizi ayırmır, iki sahili birləşdirir\", "
            "– deyə akim bildirib.")
    assert _quotes(text) == []


# people.py: _genitive_form_named_with_occupation

def test_a_title_given_to_the_genitive_name_marks_the_bare_name_too():
    """"… akimi X Bekbayın rəhbərlik etdiyi heyət …" then "X Bekbay … «…», – deyə akim bildirib": one person."""
    # plant: `or _genitive_form_named_with_occupation(last.name, occupations)` dropped from
    # people._turkic_occupation_anaphor (the quote was no one's)
    text = ("Qazaxıstanın Atırau vilayətinin akimi Serik Bekbayın rəhbərlik etdiyi nümayəndə heyəti Bakıda olub.\n\n"
            "Serik Bekbay çıxışında balıqçılıq sahəsinə toxunub. \"Bizim limanlarımız Azərbaycan yükləri üçün "
            "hazırdır\", – deyə akim bildirib.")
    assert _quotes(text) == [("Serik Bekbay", "Bizim limanlarımız Azərbaycan yükləri üçün hazırdır")]


# people.py: _az_country_before_long_ministry

def test_country_minister_after_a_quote_finds_a_minister_of_a_long_listed_ministry():
    """"Qırğızıstanın Təhsil, Elm və İnnovasiya naziri X Y …" then '«…», – Qırğızıstan naziri qeyd edib': his."""
    # plant: `or _az_country_before_long_ministry(text, m.start())` dropped from people._az_titled_people (no one)
    text = ("Qırğızıstanın Təhsil, Elm, Gənclər və İnnovasiya Siyasəti naziri Dogdurkul Kendirbayeva dünən Bakıya "
            "gəlib. Nazir Azərbaycanın elm və təhsil naziri Emin Əmrullayev ilə görüşüb.\n\n"
            "Emin Əmrullayev universitetlər arasında mübadiləni vacib sayıb. Dogdurkul Kendirbayeva isə tələbə "
            "axınının artdığını deyib. \"Biz hər il yüz tələbəni Bakıya göndərmək istəyirik\", – Qırğızıstan naziri "
            "qeyd edib.")
    assert _quotes(text) == [("Dogdurkul Kendirbayeva", "Biz hər il yüz tələbəni Bakıya göndərmək istəyirik")]


def test_the_long_ministrys_own_country_not_an_earlier_ones_is_the_ministers():
    """Precision: "Qırğızıstan səfiri ilə görüşən Azərbaycanın Təhsil, Elm … naziri X Y": X is Azerbaijan's minister,
    so "– Qırğızıstan naziri" after a quote is not X."""
    # plant: `return places.codes_in(m["country"])` made `return places.codes_in(wide)` in
    # people._az_country_before_long_ministry (the quote went to Emin Əmrullayev)
    text = ("Qırğızıstan səfiri ilə görüşən Azərbaycanın Elm, Təhsil və İnnovasiya Siyasəti naziri Emin Əmrullayev "
            "universitetlər arasında mübadiləni vacib sayıb.\n\n"
            "Emin Əmrullayev tələbə axınının artdığını deyib. \"Biz hər il yüz tələbəni Bişkekə göndərmək "
            "istəyirik\", – Qırğızıstan naziri qeyd edib.")
    assert _quotes(text) == []


# quotes.py: AZ_AFTER_PRESENT, _az_present_said_after

def test_a_bare_title_with_a_present_verb_after_a_quote_is_the_lead_sentences_person():
    """'“…”, – ekspert hesab edir.' under "İqtisadçı X Y APA-ya açıqlamasında bildirib ki, …": X Y's view."""
    # plant: "hesab\\s+edir|" dropped from _AZ_PRESENT_SPEECH_VERBS (the quote was no one's)
    text = ("İqtisadçı ekspert Natiq Cəfərov APA-ya açıqlamasında bildirib ki, ixracın strukturu dəyişmir.\n\n"
            "“Pambıq və metal hələ də dövriyyənin yarısını təşkil edir”, – ekspert hesab edir.")
    assert _quotes(text) == [("Natiq Cəfərov", "Pambıq və metal hələ də dövriyyənin yarısını təşkil edir")]
    text = ("Sahibkar Orxan Mehdiyev Report-a danışıb.\n\n"
            "\"Gömrükdə növbələr xeyli azalıb, yüklər tez keçir\", - deyə sahibkar düşünür.")
    assert _quotes(text) == [("Orxan Mehdiyev", "Gömrükdə növbələr xeyli azalıb, yüklər tez keçir")]


def test_a_plural_or_a_body_with_a_present_verb_after_a_quote_is_no_one():
    """Precision: '“…”, – ekspertlər hesab edir.' and '– nazirlik bildirir.' name no person."""
    # plant: `return (person, "said-after", m.end()) if person else None` made to return the last speaker
    # (resolver.last_speaker) when `person` is None in _az_present_said_after (the quotes went to Natiq Cəfərov)
    text = ("İqtisadçı ekspert Natiq Cəfərov APA-ya açıqlamasında bildirib ki, ixracın strukturu dəyişmir.\n\n"
            "“Pambıq və metal hələ də dövriyyənin yarısını təşkil edir”, – ekspertlər hesab edir.\n\n"
            "“Yeni gömrük qaydaları ixracatçılar üçün sadədir”, – nazirlik bildirir.")
    assert _quotes(text) == []


# quotes.py: _az_earlier_words (a bare title before an occasion, then the past perfect)

def test_a_title_an_occasion_and_the_past_perfect_after_a_quote_is_the_lead_person():
    """'"…", - deyə nazir həmin çıxışında qeyd etmişdi.' under "… naziri X Y … bildirmişdi ki, …": X Y's."""
    # plant: the `if person is None and m["spk"][:1].islower() …` fallback dropped from _az_earlier_words (no one)
    text = ("Kənd təsərrüfatı naziri Fuad Abdullayev ötən ay parlamentdə bildirmişdi ki, taxıl ixracı artacaq.\n\n"
            "\"Biz Özbəkistana taxıl satışını iki dəfə artırmaq niyyətindəyik,\" - deyə nazir həmin çıxışında qeyd "
            "etmişdi.")
    assert _quotes(text) == [("Fuad Abdullayev", "Biz Özbəkistana taxıl satışını iki dəfə artırmaq niyyətindəyik")]


def test_a_deputy_before_an_occasion_and_the_past_perfect_is_not_the_minister():
    """Precision: '- deyə nazir müavini həmin çıxışında qeyd etmişdi' is the deputy's, not the minister's the lead
    names (a possessive after the title is no occasion)."""
    # plant: `[ıiuü]n` made `[ıiuü]n?` in _AZ_TITLE_BEFORE_OCCASION (the quote went to Fuad Abdullayev)
    text = ("Kənd təsərrüfatı naziri Fuad Abdullayev ötən ay parlamentdə bildirmişdi ki, taxıl ixracı artacaq.\n\n"
            "\"Biz Özbəkistana taxıl satışını iki dəfə artırmaq niyyətindəyik,\" - deyə nazir müavini həmin çıxışında "
            "qeyd etmişdi.")
    assert _quotes(text) == []


# quotes.py: _AZ_TITLE_OUTLET_TAIL (an outlet of two capitalised words)

def test_a_bare_title_then_an_outlet_of_two_words_is_the_lead_person():
    """'"…", - sahibkar Yeni Xəbər-ə bildirib.' under "… şirkətinin rəhbəri X Y deyir ki, …": X Y's words."""
    # plant: `(?:[A-ZƏ][\w.]*\s+)?` dropped from _AZ_TITLE_OUTLET_TAIL (the quote was no one's)
    text = ("Gəncədə türk mebeli satan \"Ev Dekor\" şirkətinin rəhbəri Ramil Hüseynli deyir ki, son ildə tələb artıb.\n\n"
            "\"Əvvəllər mal gömrükdə beş gün qalırdı, indi iki günə buraxılır,\" - sahibkar Yeni Xəbər-ə bildirib.")
    assert _quotes(text) == [("Ramil Hüseynli", "Əvvəllər mal gömrükdə beş gün qalırdı, indi iki günə buraxılır")]


# people.py: "qubernatoru" in _AZ_TITLES; quotes.py: _AZ_TITLE_OUTLET_TAIL's Turkic capitals

def test_a_governors_surname_after_a_quote_is_the_governor_named_before():
    """'«…», – deyə Bekov bildirib' under "… vilayətinin qubernatoru X Bekov …": the governor, not no one."""
    # plant: "qubernatoru": "Governor" dropped from people._AZ_TITLES (the quote was no one's)
    text = ("Qırğızıstanın Talas vilayətinin qubernatoru Nurlan Asanbekov Gəncədə görüşlər keçirib. \"Biz "
            "Azərbaycan fermerlərini vilayətimizə dəvət edirik\", – deyə N.Asanbekov bildirib.")
    assert _quotes(text) == [("Nurlan Asanbekov", "Biz Azərbaycan fermerlərini vilayətimizə dəvət edirik")]


def test_a_bare_title_then_an_outlet_whose_second_word_opens_with_a_turkic_capital():
    """'"…", - ekspert Qafqaz İnfo-ya bildirib.' under "İqtisadçı X Y … danışıb.": X Y's words."""
    # plant: `[A-ZƏİÇŞÖÜĞ]` made `[A-ZƏ]` for the outlet's last word in _AZ_TITLE_OUTLET_TAIL (no one)
    text = ("İqtisadçı Rəşad Həsənov yerli mətbuata danışıb.\n\n"
            "\"Özbək pambığının qiyməti bu il xeyli bahalaşıb, tekstil ixracı azalır\", - ekspert Qafqaz İnfo-ya bildirib.")
    assert _quotes(text) == [("Rəşad Həsənov", "Özbək pambığının qiyməti bu il xeyli bahalaşıb, tekstil ixracı azalır")]
