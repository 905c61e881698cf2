"""Turkish quotes, round 40: the forms the fifty-fourth to fifty-seventh held-out sets' Turkish articles missed, and
those round 40's probes in the styles of AA, DHA, İHA, local papers and the business press found, each as a small text
in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)


def _quotes(text, day=DAY):
    return proposed.quotes("Haber\n\n" + text, day)


# quotes.py: _tr_saying_surname_named_before ('"…" diyen Demirci, …' after "… sahibi Ahmet Demirci, …")

def test_diyen_with_a_surname_named_in_full_before_under_an_unknown_title():
    """'Firmanın sahibi Ahmet Demirci, …' then '"…" diyen Demirci, … söyledi': Ahmet Demirci's words."""
    # plant: `person = _tr_saying_surname_named_before(...)` dropped from quotes._attribute's TR_SAYING branch (no one)
    text = ("Fuara katılan bir tekstil firmasının sahibi Ahmet Demirci, Kazakistan pazarına ilişkin görüşlerini paylaştı.\n\n"
            "\"Kazak müşteriler kaliteli kumaşa çok önem veriyor\" diyen Demirci, Almatı'da bir mağaza açacaklarını söyledi.")
    assert _quotes(text) == [("Ahmet Demirci", "Kazak müşteriler kaliteli kumaşa çok önem veriyor")]


def test_diyen_with_a_surname_never_named_in_full_gives_no_one():
    """'"…" diyen Demirci' with no "X Demirci" before: no full name to give, no quote."""
    # plant: `or Person(word, "", "", 0.5, "name")` added to quotes._tr_saying_surname_named_before's return (the
    # surname kept as written when no full name was found: "Demirci" came out)
    text = ("Fuarda yerli firmalar yoğun ilgi gördü.\n\n"
            "\"Kazak müşteriler kaliteli kumaşa çok önem veriyor\" diyen Demirci, Almatı'da bir mağaza açacaklarını söyledi.")
    assert _quotes(text) == []


# quotes.py: _surname_of_one_named_before (a surname subject of a partial quote in reported speech)

def test_partial_quote_in_reported_speech_after_a_surname_named_in_full_before():
    """'Kaya, … "…" kurduğunu da sözlerine ekledi.' after "… sahibi Ali Kaya": Ali Kaya's words."""
    # plant: `or (s[0].rstrip().endswith(",") and _surname_of_one_named_before(phrase, person))` dropped from
    # quotes._tr_clause_partial (no one)
    text = ("Taşkent'te iki fabrikası bulunan firmanın sahibi Ali Kaya, \"Burada enerji ucuz ve çalışanlar çok genç\" dedi.\n\n"
            "Kaya, Özbek yetkililerin yabancı şirketler için \"her gün açık olan bir yardım masası\" kurduğunu da "
            "sözlerine ekledi.")
    assert _quotes(text) == [("Ali Kaya", "Burada enerji ucuz ve çalışanlar çok genç"),
                             ("Ali Kaya", "her gün açık olan bir yardım masası")]


def test_partial_quote_after_a_surname_no_one_named_in_full_gives_no_one():
    """'Kaya, … "…" kurduğunu söyledi.' with no "X Kaya" before (a Kayalar is no Kaya): no one known, no quote."""
    # plant: `person.name.split()[-1] == candidate` made `.startswith(candidate)` in people.Resolver._unlisted_surname
    # ("Ahmet Kayalar" came out; the text's first sentence was changed on the replant to name a Kayalar)
    text = ("Fuarı Erzurum Valisi Ahmet Kayalar açtı.\n\n"
            "Kaya, Özbek yetkililerin yabancı şirketler için \"her gün açık olan bir yardım masası\" kurduğunu söyledi.")
    assert _quotes(text) == []


# quotes.py: TR_DESCRIBED_AS_AFTER ('X, Y'yi "…" bir ülke olarak nitelendirdi.')

def test_partial_quote_described_as_is_the_subjects():
    """'Başkan Z, Macaristan'ı "…" bir ortak olarak nitelendirdi.': the subject's words."""
    # plant: `or TR_DESCRIBED_AS_AFTER.match(after)` dropped from quotes._tr_clause_partial (no one)
    text = ("İzmir Ticaret Odası Başkanı Mahmut Özgener, fuarın açılışında konuştu. Özgener, Macaristan'ı "
            "\"Avrupa pazarına açılan en güvenilir kapımız\" bir ortak olarak nitelendirdi.")
    assert _quotes(text) == [("Mahmut Özgener", "Avrupa pazarına açılan en güvenilir kapımız")]


def test_a_body_describing_as_gives_no_quote():
    """'Bakanlık, … "…" bir ortak olarak nitelendirdi.': a body's words, no quote (not the minister named before)."""
    # plant: `.removesuffix("lık")` added to the subject phrase in quotes._tr_clause_partial ("Ömer Bolat" came out;
    # the text's first sentence was changed on the replant to name the minister)
    text = ("Ticaret Bakanı Ömer Bolat, fuarı açtı. Bakanlık, Macaristan'ı "
            "\"Avrupa pazarına açılan en güvenilir kapımız\" bir ortak olarak nitelendirdi.")
    assert _quotes(text) == []


# quotes.py: _tr_bare_local_title ('Vali, "…" dedi.' after "… Valisi X Y")

def test_a_bare_governor_title_is_the_governor_named_last():
    """'Vali Z, … söyledi. Vali, "…" ifadelerini kullandı.': the governor named last, not one named earlier."""
    # plant: `"Vali, " in before[-60:] or ` dropped from the gate of quotes._tr_bare_local_title's call (no one)
    text = ("Erzurum Valisi Mustafa Çiftçi, heyeti makamında ağırladı.\n\n"
            "Namangan Valisi Şavkat Abduraimov ise Erzurum'a ilk kez geldiğini söyledi. Vali Abduraimov, bölgesinin "
            "tarım potansiyelini anlattı. Vali, \"Erzurum ile Namangan arasında doğrudan uçuşlar başlamalı\" ifadelerini "
            "kullandı.")
    assert _quotes(text) == [("Şavkat Abduraimov", "Erzurum ile Namangan arasında doğrudan uçuşlar başlamalı")]


def test_a_bare_governor_title_with_no_governor_named_gives_no_one():
    """'Vali, "…" dedi.' when no "Vali X" or "X Valisi Y" was named (only an ambassador): no quote."""
    # plant: quotes._tr_bare_local_title's `named` taken from all three _TR_TITLED_NAMED patterns, not the
    # title's own ("Ali Demir" came out; the text's first sentence was changed on the replant to name an ambassador)
    text = ("Heyete Büyükelçi Ali Demir eşlik etti.\n\n"
            "Vali, \"Erzurum ile Namangan arasında doğrudan uçuşlar başlamalı\" dedi.")
    assert _quotes(text) == []
