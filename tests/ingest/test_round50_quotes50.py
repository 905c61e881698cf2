"""Fiftieth round, quotes (docs/extraction.md: quotes.py): the forms behind the dev/882, 884, 887, 888 and 890 misses —
an adverb of time between a surname and its naming verb, "According to him" after "The Kyrgyz official …", a bare
lower-case title after a quote, a relationship "he calls" something, "in the Minister's words", and a headline that
shortens a body quote with another ending — told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 25)


def test_an_adverb_of_time_between_surname_and_naming_verb():
    # plant: the "afterwards|afterward|subsequently" line dropped from quotes.SUBJECT
    text = ("Ministers meet\n\nUzbek Foreign Minister Bakhtiyor Saidov held talks in Ankara on Monday with Hakan "
            "Fidan. Fidan subsequently called Uzbekistan \"a reliable partner in the heart of Central Asia.\"")
    assert proposed.quotes(text, DAY) == [("Hakan Fidan", "a reliable partner in the heart of Central Asia.")]
    # no person before the adverb: still nobody's
    others = ("Ministers meet\n\nUzbek Foreign Minister Bakhtiyor Saidov held talks in Ankara on Monday with Hakan "
              "Fidan. Analysts afterwards called the visit \"a turning point for the whole region.\"")
    assert proposed.quotes(others, DAY) == []


def test_according_to_him_after_the_states_official_is_that_official_not_the_last_speaker():
    # plant: quotes._en_states_official_named returning resolver.resolve(phrase) only
    text = ("Talks in Ankara\n\nANKARA - Deputy Prime Minister Nurlan Bekov of Kazakhstan met Turkish Trade Minister "
            "Ömer Bolat on Monday. \"Kazakhstan is a key partner for Turkish business,\" Bolat told reporters.\n\n"
            "The Kazakh official was just as upbeat. According to him, the new fund had \"already supported more than "
            "forty companies in the south,\" mostly in food processing.")
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", "Kazakhstan is a key partner for Turkish business"),
                                          ("Nurlan Bekov", "already supported more than forty companies in the south")]
    # the official of the last speaker's own state stays the last speaker
    same = text.replace("The Kazakh official", "The Turkish official")
    assert proposed.quotes(same, DAY)[1] == ("Ömer Bolat", "already supported more than forty companies in the south")


def test_a_bare_lower_case_title_after_the_quote_is_whom_the_article_titled_so():
    # plant: the _en_bare_title_after_speakers call dropped from quotes.find_quotes
    text = ("Talks in Ankara\n\nANKARA - First Vice Minister of Trade Aizhan Bizhanova met Turkish Trade Minister "
            "Ömer Bolat on Monday. \"Kazakhstan is a key partner for Turkish business,\" Bolat told reporters.\n\n"
            "\"Our railways need Turkish wagons, and Turkish firms need our grain and metals,\" the first vice "
            "minister added.")
    assert ("Aizhan Bizhanova", "Our railways need Turkish wagons, and Turkish firms need our grain and metals") \
        in proposed.quotes(text, DAY)
    # two people given that title: no guess
    two = text.replace("met Turkish Trade Minister Ömer Bolat", "met First Vice Minister of Trade Mehmet Kaya")
    assert all(speaker != "Aizhan Bizhanova" for speaker, _ in proposed.quotes(two, DAY))


def test_a_thing_he_or_she_calls_is_the_clauses_subjects_word():
    # plant: the _EN_ZERO_RELATIVE_PRONOUN_CALLS check dropped from quotes._subject_partial
    text = ("Profile\n\nBefore the summit opened in Baku, Economy Minister Mikayil Jabbarov walked us through the "
            "numbers and a corridor he describes as \"the fastest road from China to Europe.\"")
    assert proposed.quotes(text, DAY) == [("Mikayil Jabbarov", "the fastest road from China to Europe.")]
    she = ("Profile\n\nASTANA — Ambassador Aigerim Nurlanova sat down with us to discuss trade, visas and a "
           "partnership she calls \"a marriage of convenience that became love.\"")
    assert proposed.quotes(she, DAY) == [("Aigerim Nurlanova", "a marriage of convenience that became love.")]
    # no person in the clause: nobody's
    nobody = ("Profile\n\nJabbarov walked us through the figures. Analysts doubt a corridor he calls \"the fastest "
              "road from China to Europe\" can carry that much.")
    assert proposed.quotes(nobody, DAY) == []


def test_in_the_ministers_words_is_the_one_person_titled_minister():
    # plant: quotes._en_capital_title_holder keeping the last role noted for each name (no setdefault)
    text = ("Release\n\nMinister of Agriculture Ibrokhim Abdurakhmonov visited Bishkek. Talks were held with Deputy "
            "Chairman of the Cabinet of Ministers Bakyt Torobaev. \"We will double supplies of fruit next year,\" "
            "Torobaev said. The sides discussed a new market, which, in the Minister's words, would \"open the door "
            "for farmers of both countries.\"")
    assert proposed.quotes(text, DAY) == [("Bakyt Torobaev", "We will double supplies of fruit next year"),
                                          ("Ibrokhim Abdurakhmonov", "open the door for farmers of both countries.")]


def test_in_the_ministers_words_not_the_deputy_chairman_who_spoke_since():
    # plant: the "the\s+[A-Za-z]…(?=['’]s\s)" alternative dropped from quotes._IN_WORDS_INSIDE
    text = ("Release\n\nTalks were held with Deputy Chairman of the Cabinet of Ministers Bakyt Torobaev and "
            "Minister of Agriculture Ibrokhim Abdurakhmonov. \"We will double supplies of fruit next year,\" Torobaev "
            "said. The sides discussed a new market, which, in the Minister's words, would \"open the door for farmers "
            "of both countries.\"")
    assert proposed.quotes(text, DAY) == [("Bakyt Torobaev", "We will double supplies of fruit next year"),
                                          ("Ibrokhim Abdurakhmonov", "open the door for farmers of both countries.")]


def test_a_headline_quote_said_again_with_another_ending_is_its_own():
    # plant: quotes._in_order_within returning True
    text = ("Bolat Taşkent'te: \"Özbekistan'la ticaretimiz bir kardeşlik meselesi\"\n\nTicaret Bakanı Ömer Bolat, dün "
            "Taşkent'te Özbek mevkidaşı ile görüştü. \"Özbekistan'la ticaretimiz bir rakam meselesi değil, bir "
            "kardeşlik meselesidir,\" diyen Bolat, iki ülkenin hedefini hatırlattı.")
    assert proposed.quotes(text, DAY) == [
        ("Ömer Bolat", "Özbekistan'la ticaretimiz bir kardeşlik meselesi"),
        ("Ömer Bolat", "Özbekistan'la ticaretimiz bir rakam meselesi değil, bir kardeşlik meselesidir")]
    # shortened with the same words in the same order: one record, the body's
    short = ("Bolat Taşkent'te: \"Özbekistan'la ticaretimiz yeni bir döneme giriyor\"\n\nTicaret Bakanı Ömer Bolat, "
             "dün Taşkent'te Özbek mevkidaşı ile görüştü. \"Özbekistan'la ticaretimiz bugün yeni ve çok daha güçlü bir "
             "döneme giriyor,\" diyen Bolat, iki ülkenin hedefini hatırlattı.")
    assert proposed.quotes(short, DAY) == [
        ("Ömer Bolat", "Özbekistan'la ticaretimiz bugün yeni ve çok daha güçlü bir döneme giriyor")]
