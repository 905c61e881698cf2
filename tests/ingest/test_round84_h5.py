"""Eighty-fourth round, h5 (docs/extraction.md: visits.py, places.py, quotes.py, people.py): a Kyrgyz wire's English
story of a minister's trip abroad, a Russian story of a minister in an Uzbek regional centre, a Kazakh agency's English
story. A wire's dateline of its place in capitals, its outlet in brackets and a dash ("BISHKEK (AKIpress) - …") is the
newsroom's, not where the talks it tells were held when the sentence names another state's place ("… held talks with
his counterpart in Shusha"): the guest is the one who travelled, not his host; a place of the dateline's own state
leaves the dateline read. A day opening a sentence with an apposition ("On Wednesday, the second day of his visit,
X toured …") still has X as its subject, whom a later '"…," he told them' means. Navoi's Russian name, "Навои", is the
city after a word of place ("прибыл в Навои"), never the poet's ("имени Алишера Навои"). Two offices joined by a dash
("Deputy Prime Minister – Minister of National Economy X Y") make X Y "the deputy prime minister" who speaks later. A
partial quote in single marks after "described … as" in running text ("… after X Y, in his address, described Türkiye
as '…'.") is the quote of the name before the verb, wherever the clause stands. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 8)  # a Thursday


# plant: visits._sentence_place without the round 84 (h5) _BARE_DATELINE branch
def test_a_bracketed_outlet_dateline_at_home_is_not_where_the_talks_abroad_were():
    text = ("Ministers meet in Ganja\n\nTASHKENT (Dunyo) - Uzbek Foreign Minister Bakhtiyor Saidov held talks with "
            "his Azerbaijani counterpart Jeyhun Bayramov in Ganja on Tuesday, opening a two-day trip to "
            "Azerbaijan.")
    assert proposed.visits(text, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-10-06", "Ganja", "other")]
    # the near form: a place of the dateline's own state leaves the dateline's city (the visit's, as before)
    home = ("Ministers meet in Tashkent\n\nTASHKENT (Dunyo) - Azerbaijani Foreign Minister Jeyhun Bayramov arrived "
            "in Uzbekistan on Tuesday for talks.")
    assert proposed.visits(home, DAY) == [("Jeyhun Bayramov", "Uzbekistan", "2026-10-06", "Tashkent", "other")]


# plant: quotes._subject without the round 84 (h5) _EN_DAY_THEN_APPOSITION branch
def test_a_day_with_its_apposition_before_the_subject_keeps_him_the_one_he_means():
    text = ("Ministers meet in Ganja\n\nUzbek Foreign Minister Bakhtiyor Saidov held talks with Azerbaijani Foreign "
            "Minister Jeyhun Bayramov in Ganja on Monday.\n\n"
            "\"Our railways will carry twice as much grain next year,\" Bayramov said.\n\n"
            "On Tuesday, the last day of his visit, Saidov toured the old town. He also met students.\n\n"
            "\"Our young people should travel between our countries much more often,\" he told them.")
    assert ("Bakhtiyor Saidov", "Our young people should travel between our countries much more often") \
        in proposed.quotes(text, DAY)
    # the near form: a day with no apposition of what it was leaves "he" the last speaker's when the paragraph
    # before opens with no one
    none = text.replace("On Tuesday, the last day of his visit, Saidov toured", "On Tuesday, the students toured")
    assert ("Jeyhun Bayramov", "Our young people should travel between our countries much more often") \
        in proposed.quotes(none, DAY)


# plant: places._RU_OWN_NAMES = {}
def test_navoi_s_russian_name_after_a_word_of_place_is_the_city():
    text = ("Венгрия и Узбекистан\n\nМинистр иностранных дел Венгрии Петер Сийярто, прибывший в среду в Навои, "
            "провёл переговоры с министром инвестиций Узбекистана Лазизом Кудратовым.")
    assert [v[3] for v in proposed.visits(text, DAY)] == ["Navoi"]
    # the near form: the poet's name is no place
    poet = ("Венгрия и Узбекистан\n\nМинистр иностранных дел Венгрии Петер Сийярто, прибывший в среду в Ташкент, "
            "возложил цветы к памятнику Алишеру Навои и посетил университет имени Алишера Навои.")
    assert [v[3] for v in proposed.visits(poet, DAY)] == ["Tashkent"]


# plant: people._EN_DEPUTY_PM_AND_OFFICE_NAME with "and" alone between the offices (no dash)
def test_two_offices_joined_by_a_dash_make_the_deputy_prime_minister():
    text = ("Ministers meet in Shymkent\n\nTurkish Vice President Cevdet Yılmaz arrived in Shymkent on Thursday to "
            "co-chair the commission with Deputy Prime Minister – Minister of National Economy Serik Zhumangarin.\n\n"
            "\"We are offering Turkish partners a gateway to Central Asia and its consumers,\" the deputy prime "
            "minister said.")
    assert proposed.quotes(text, DAY) == [
        ("Serik Zhumangarin", "We are offering Turkish partners a gateway to Central Asia and its consumers")]
    # the near form: a minister's title alone after the dash names no deputy prime minister
    alone = text.replace("Deputy Prime Minister – Minister of National Economy", "Minister of National Economy")
    assert proposed.quotes(alone, DAY) == []


# plant: quotes._en_described_as_single_marked returns None
def test_a_single_marked_quote_after_described_as_is_the_name_s_before_the_verb():
    lead = ("Ministers meet in Shymkent\n\nTurkish Vice President Cevdet Yılmaz arrived in Shymkent on Thursday.\n\n"
            "\"We will build more factories in this city next year,\" Yılmaz said.\n\n")
    text = lead + ("The visit comes two months after Kassym-Jomart Tokayev, in his annual address in September, "
                   "described Türkiye as 'one of our closest friends in the whole world'.")
    assert ("Kassym-Jomart Tokayev", "one of our closest friends in the whole world") in proposed.quotes(text, DAY)
    # the near form: a body before the verb, no person, gives no quote
    body = lead + ("The visit comes after the Turkish Chamber of Commerce described Kazakhstan as 'one of our "
                   "closest friends in the whole world'.")
    assert [q for q in proposed.quotes(body, DAY) if "closest" in q[1]] == []
