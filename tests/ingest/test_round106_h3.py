"""Hundred-and-sixth round, h3 (docs/extraction.md: quotes.py, visits.py, when.py), the forms of dev/1569: an
Azerbaijani title with a rank before its two words after a quote ('“…”, – deyə birinci sədr müavini qeyd edib') is
the one the text titled in full with the rank between them ("Milli Məclis sədrinin birinci müavini X Y";
quotes._az_short_title_named_before, its rank from quotes._AZ_TITLE_RANKS); "the guest" right after a participle of
coming ("bazar ertəsi, oktyabrın 12-də Bakıya gələn qonaq …", Turkish "Ankara'ya gelen konuk") is the head of the
delegation the text told before, whose visit it is (visits._participle_guest_told_before,
visits._GUEST_AFTER_PARTICIPLE); an Azerbaijani day and month after "last year" ("ötən il mayın 20-də", "keçən ilin
…") is of the year before publication's (when.local_dates_in, when._AZ_MONTH_THEN_DAY with when._LAST_YEARS); and a
trip looked back on takes no signing the headline or the lead told of a document the body tells again where the
article's visit counted it (visits._lead_document_counted_again in visits._uncounted_signings).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
HEADLINE = "Milli Məclisdə Qazaxıstan Senatının heyəti ilə görüş - FOTO\n\n"
LEAD = ("Mayın 19-da Milli Məclis sədrinin birinci müavini Elçin Həsənli Qazaxıstan Senatının deputatı Nurlan "
        "Seytqaliyevin başçılıq etdiyi nümayəndə heyəti ilə görüşüb.\n\n")
SAID = ("“İki ölkənin parlamentləri arasında əlaqələr hər il daha da güclənir”, – deyə birinci sədr müavini "
        "bildirib.\n\n")
STRONGER = ("Elçin Həsənli", "İki ölkənin parlamentləri arasında əlaqələr hər il daha da güclənir")
CAME = ("APA xəbər verir ki, bazar ertəsi, mayın 18-də Bakıya gələn qonaq görüşdən əvvəl Fəxri xiyabanı ziyarət "
        "edib.\n\n")
GUEST_VISIT = ("Nurlan Seytqaliyev", "Azerbaijan", "2026-05-18", "Baku", "other")
RECALLED = "Xatırladaq ki, E.Həsənli ötən il martın 3-də Astanada səfərdə olub və Senatın rəhbərliyi ilə görüşüb.\n\n"
SIGNED = "Görüşün sonunda iki parlament arasında əməkdaşlığa dair memorandum imzalanıb.\n\n"


# plant: the rank branch taken out of _az_short_title_named_before (its "if" made "if False:")
def test_a_first_deputy_titled_in_full_before():
    assert proposed.quotes(HEADLINE + LEAD + SAID, DAY) == [STRONGER]
    # the near form: a deputy told without the rank is no first deputy
    assert STRONGER not in proposed.quotes(HEADLINE + LEAD.replace("birinci müavini", "müavini") + SAID, DAY)


# plant: the _participle_guest_told_before call taken out of find_visits ("visitor = None and …")
def test_the_guest_who_came_is_the_delegation_s_head():
    assert proposed.visits(HEADLINE + LEAD + CAME, DAY) == [GUEST_VISIT]
    # the near form: a delegation told with no head names no guest
    assert proposed.visits(HEADLINE + LEAD.replace("deputatı Nurlan Seytqaliyevin başçılıq etdiyi ", "") + CAME,
                           DAY) == []


TR_LEAD = ("Ankara'da Kırgız heyetiyle görüşme\n\nTBMM Başkanvekili Ahmet Yılmaz, 19 Mayıs'ta Kırgızistan Jogorku "
           "Keneş Başkan Yardımcısı Talant Mamytov başkanlığındaki heyetle bir araya geldi. ")
TR_CAME = "Pazartesi günü Ankara'ya gelen konuk, görüşmeden önce Anıtkabir'i ziyaret etti.\n\n"
TR_GUEST_VISIT = ("Talant Mamytov", "Türkiye", "2026-05-18", "Ankara", "other")


# plant: "konuk" taken out of _GUEST_AFTER_PARTICIPLE ("(?P<tr>konuk)" made "(?P<tr>konuk_)")
def test_the_turkish_guest_who_came():
    assert TR_GUEST_VISIT in proposed.visits(TR_LEAD + TR_CAME, DAY)
    # the near form: guests who came, no one guest, are not the delegation's head
    assert TR_GUEST_VISIT not in proposed.visits(TR_LEAD + TR_CAME.replace("gelen konuk", "gelen gazeteciler"), DAY)


# plant: the _LAST_YEARS alternative taken out of _AZ_MONTH_THEN_DAY (the year group reading only "2025-ci il")
def test_a_day_and_month_told_after_last_year():
    assert ("Elçin Həsənli", "Kazakhstan", "2025-03-03", "Astana", "other") in proposed.visits(
        HEADLINE + LEAD + CAME + RECALLED, DAY)
    # the near form: a day and month with no year told is this year's
    assert ("Elçin Həsənli", "Kazakhstan", "2026-03-03", "Astana", "other") in proposed.visits(
        HEADLINE + LEAD + CAME + RECALLED.replace("ötən il ", ""), DAY)


# plant: the _lead_document_counted_again clause taken out of _uncounted_signings ("if False and …")
def test_a_trip_looked_back_on_takes_no_signing_the_headline_told_of_the_visit():
    headline = HEADLINE.replace(" - FOTO", ": memorandum imzalanıb")
    assert proposed.documents(headline + LEAD + CAME + SIGNED + RECALLED, DAY) == ["1", "0"]
    # the near form: a headline's document the body tells of no visit (a protocol signed there) may be the trip's
    assert proposed.documents(headline + LEAD + CAME + SIGNED.replace("memorandum", "protokol") + RECALLED,
                              DAY) == ["1", "1"]
