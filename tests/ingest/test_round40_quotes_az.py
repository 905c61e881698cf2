"""Azerbaijani quotes, round 40: the forms the fifty-fourth to fifty-seventh held-out sets' Azerbaijani articles missed,
and those round 40's probes in the styles of APA, Report.az, Trend, Oxu.az, Interpress and regional papers found, each
as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 5)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: _vowel_final_genitive_named

def test_bare_akim_after_a_quote_finds_a_vowel_final_name_titled_in_the_genitive():
    """"… vilayətinin akimi X Yerkebayının başçılıq etdiyi heyət" then "X Yerkebayı … deyib. «…», – akim qeyd edib"."""
    # plant: `or _vowel_final_genitive_named(last.name, occupations)` dropped from
    # people._turkic_occupation_anaphor (the quote was no one's)
    text = ("Qazaxıstanın Jambıl vilayətinin akimi Nurlan Sarıbayının başçılıq etdiyi nümayəndə heyəti Gəncəyə gəlib.\n\n"
            "Nurlan Sarıbayı isə şəhərdə gördüklərinin onda böyük təəssürat yaratdığını deyib.\n\n"
            "“Gəncə ilə Taraz arasında birbaşa reys açmaq istəyirik”, - akim qeyd edib.")
    assert _quotes(text) == [("Nurlan Sarıbayı", "Gəncə ilə Taraz arasında birbaşa reys açmaq istəyirik")]


def test_bare_akim_after_a_quote_with_an_untitled_vowel_final_name_is_no_one():
    """Precision: the vowel-final name never given the title in the genitive is no governor."""
    # plant: `name + "n" in occupations` made `True` in people._vowel_final_genitive_named (the quote went to
    # Nurlan Sarıbayı)
    text = ("Nurlan Sarıbayı isə şəhərdə gördüklərinin onda böyük təəssürat yaratdığını deyib.\n\n"
            "“Gəncə ilə Taraz arasında birbaşa reys açmaq istəyirik”, - akim qeyd edib.")
    assert _quotes(text) == []


# people.py: "xüsusi nümayəndə" in _TURKIC_BARE_OCCUPATIONS, _titled_name_in_run; quotes.py: "nümayəndə" in
# _AZ_TITLE_ANAPHOR

def test_deye_xususi_numayende_is_the_envoy_the_lead_names():
    """'«…», - deyə xüsusi nümayəndə bildirib' under "Görüşdə X Y Laçının … məlumat verib": the titled envoy."""
    # plant: `if _AZ_LOCATIVE_WORD.fullmatch(words[0]):` made `if False:` in people._titled_name_in_run (no one)
    text = ("Qonaqları Prezidentin xüsusi nümayəndəsi Elçin Quliyev qarşılayıb.\n\n"
            "Görüşdə Elçin Quliyev Laçının bərpası barədə məlumat verib.\n\n"
            "“Laçın bu gün bütün dostlarımızın qonaqlarını qəbul edir”, - deyə xüsusi nümayəndə bildirib.")
    assert _quotes(text) == [("Elçin Quliyev", "Laçın bu gün bütün dostlarımızın qonaqlarını qəbul edir")]



# people.py: _AZ_VICE_PRESIDENT (Resolver._resolve)

def test_deye_a_states_vice_president_is_the_vice_president_the_lead_names():
    """'«…», – deyə Türkiyənin vitse-prezidenti qeyd edib' under "X Y isə … deyib.": the vice-president named before."""
    # plant: `if "vitse-prezident" in low and …` made `if False and …` in people.Resolver._resolve (no one's)
    text = ("Komissiyanın iclasına Türkiyə tərəfindən vitse-prezident Ahmet Kaya rəhbərlik edib.\n\n"
            "Ahmet Kaya isə iki ölkənin enerji əlaqələrinin yeni mərhələyə keçdiyini deyib.\n\n"
            "“Gələn il birgə layihələrin sayını iki dəfə artıracağıq”, – deyə Türkiyənin vitse-prezidenti qeyd edib.")
    assert _quotes(text) == [("Ahmet Kaya", "Gələn il birgə layihələrin sayını iki dəfə artıracağıq")]


def test_the_vice_presidents_adviser_after_a_quote_is_not_the_vice_president():
    """Precision: "vitse-prezidentin müşaviri" (his adviser) is someone else, no one the rules know."""
    # plant: `_AZ_VICE_PRESIDENT.fullmatch(low)` made `.search(low)` in people.Resolver._resolve (the quote went
    # to Ahmet Kaya)
    text = ("Komissiyanın iclasına Türkiyə tərəfindən vitse-prezident Ahmet Kaya rəhbərlik edib.\n\n"
            "Ahmet Kaya isə iki ölkənin enerji əlaqələrinin yeni mərhələyə keçdiyini deyib.\n\n"
            "“Gələn il birgə layihələrin sayını iki dəfə artıracağıq”, – deyə vitse-prezidentin müşaviri qeyd edib.")
    assert _quotes(text) == []
