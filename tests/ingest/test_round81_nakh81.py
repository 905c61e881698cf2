"""Eighty-first round, nakh81 (docs/extraction.md: name_forms.py, people.py, quotes.py, visits.py): a Turkish
province's governor visiting an Azerbaijani region (dev/1265), told in short invented sentences. The head of a
delegation named in the genitive with a vowel, "n" and "-ın" ("Orhan Duranın başçılıq etdiyi heyət"): the name the
article writes bare elsewhere ("Orhan Duran"), not a vowel-final one ("Orhan Dura"), though a vowel-final name
("Murat Kayanın", "Murat Kaya" written later) stays vowel-final; the governor's title "valisi" before his name: his
role, whom a later '“…”, deyə vali vurğulayıb' and '– …, – deyə vali bildirib' mean, not the host who spoke last, and
whom a headline "Kars valisi Gəncədə: “…”" means when he speaks in the body (silent, the headline is unsaid); "O,"
with its comma before a capitalised word still "he"; a sentence opening with a name before two titled owners in the
genitive ("X Y Prezidentlər A B və C D-nin … hədəfinin … deyib"): X Y its subject. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 5, 10)
LEAD = ("Gəncə, 10 may. Türkiyə Respublikasının Kars valisi Orhan Duranın başçılıq etdiyi nümayəndə heyəti mayın 9-da "
        "Gəncə şəhərində səfərdə olub.\n\n"
        "Gəncə Şəhər İcra Hakimiyyətinin başçısı Niyazi Bayramov qonaqları qəbul edib.\n\n"
        "“Gəncə ilə Kars arasındakı əlaqələr hər il daha da genişlənir və möhkəmlənir”, – deyə Niyazi Bayramov "
        "vurğulayıb.\n\n")
GOVERNOR_PARAGRAPH = ("Kars valisi Orhan Duran göstərilən qonaqpərvərliyə görə təşəkkür edib. O, Kars hava limanının "
                      "yenilənməsindən sonra sərnişin daşımalarının artdığını diqqətə çatdırıb.\n\n")
GOVERNOR_WORDS = "Biz Gəncə ilə Kars arasında birbaşa avtobus xəttinin açılmasını vacib hesab edirik"


# plant: name_forms.az_n_final_genitive_written returns None
def test_a_head_named_in_the_genitive_is_the_name_the_article_writes_bare():
    text = LEAD + GOVERNOR_PARAGRAPH
    assert [v[0] for v in proposed.visits(text, DAY)] == ["Orhan Duran"]
    # the near form: a vowel-final name, written bare later, keeps its vowel ("Kaya", not "Kayan")
    kaya = text.replace("Orhan Duran", "Murat Kaya")
    assert [v[0] for v in proposed.visits(kaya, DAY)] == ["Murat Kaya"]


# plant: "valisi" dropped from people._AZ_TITLES and "vali" from people._TURKIC_BARE_OCCUPATIONS
def test_the_bare_vali_after_a_quote_is_the_governor_not_the_host():
    text = LEAD + GOVERNOR_PARAGRAPH + f"“{GOVERNOR_WORDS}”, deyə vali vurğulayıb.\n"
    assert (("Orhan Duran", GOVERNOR_WORDS) in proposed.quotes(text, DAY))
    assert ("Niyazi Bayramov", GOVERNOR_WORDS) not in proposed.quotes(text, DAY)


# plant: the "|O,\s+[{CAPITALS}]" alternative dropped from quotes._AZ_PRONOUN_OPENING
def test_o_with_its_comma_before_a_capitalised_word_is_he():
    text = LEAD + GOVERNOR_PARAGRAPH + f"“{GOVERNOR_WORDS}”, – deyə vali vurğulayıb.\n"
    assert proposed.quotes(text, DAY)[-1] == ("Orhan Duran", GOVERNOR_WORDS)


# plant: the "(?:l[əa]r\s+… və)?" group dropped from quotes._AZ_OPENING_NAME_BEFORE_GENITIVE
def test_a_name_before_two_titled_owners_in_the_genitive_is_the_subject():
    text = LEAD + ("Orhan Duran Prezidentlər İlham Əliyev və Rəcəb Tayyib Ərdoğanın qarşıya qoyduğu hədəfin "
                   "reallaşmasında Gəncə–Kars xəttinin mühüm rol oynayacağını deyib.\n\n"
                   f"– {GOVERNOR_WORDS}, – deyə vali bildirib.\n")
    assert proposed.quotes(text, DAY)[-1] == ("Orhan Duran", GOVERNOR_WORDS)


# plant: "valisi" dropped from quotes._AZ_HEADLINE_TITLE
def test_a_headline_of_a_province_governor_is_his():
    headline = "Kars valisi Gəncədə: “Qarşıdakı il turizm mövsümü hər iki şəhər üçün uğurlu olacaq”\n\n"
    text = headline + LEAD + GOVERNOR_PARAGRAPH + f"“{GOVERNOR_WORDS}”, deyə vali vurğulayıb.\n"
    said = proposed.quotes(text, DAY)
    assert ("Orhan Duran", "Qarşıdakı il turizm mövsümü hər iki şəhər üçün uğurlu olacaq") in said
    # the near form: a governor who says nothing in the body leaves the headline unsaid
    silent = proposed.quotes(headline + LEAD + GOVERNOR_PARAGRAPH, DAY)
    assert all(quote != "Qarşıdakı il turizm mövsümü hər iki şəhər üçün uğurlu olacaq" for _, quote in silent)
