"""Forty-third round, second wave, visits (docs/extraction.md: visits.py, places.py): the gaps the first wave's probes
left, with no dev misses of their own (the forms are those of dev/428, 726 and 730 and of the round-43 visit tests),
told in short invented sentences: the regions of the nine states and their centres, the regional centres the tables
lacked, an English pronoun flying in to date a dayless visit, and the state of "our <office>". Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from dashboard.ingest import places
from tests.ingest import proposed

DAY = date(2025, 8, 14)  # a Thursday


def visits_with_state(text: str) -> list[tuple]:
    """(visitor, visitor's state, host, city, start) of each visit."""
    return [(r["visitor_name"], r["visitor_country"], r["host_country"], r["city"], r["start_date"])
            for r in proposed.records("visits", text, DAY)]


def test_a_region_by_its_russian_adjective_is_its_centre():
    # plant: "Хорезмск" dropped from places._REGION_ADJECTIVES
    text = "Министр экономики Азербайджана Микаил Джаббаров во вторник прибыл в Хорезмскую область Узбекистана."
    assert proposed.visits(text, DAY) == [("Mikail Dzhabbarov", "Uzbekistan", "2025-08-12", "Urgench", "other")]
    autonomous = ("Министр торговли Казахстана Арман Шаккалиев во вторник прибыл в Горно-Бадахшанскую автономную "
                  "область.")
    assert proposed.visits(autonomous, DAY) == [("Arman Shakkaliyev", "Tajikistan", "2025-08-12", "Khorog", "other")]
    # a region of the visitor's own state is no visit
    home = "Министр торговли Узбекистана Лазиз Кудратов во вторник прибыл в Хорезмскую область."
    assert proposed.visits(home, DAY) == []


def test_a_region_by_its_name_and_a_region_word_in_english_azerbaijani_turkish():
    # plant: the _REGION_NAMES loop dropped from places
    text = "Kazakh Trade Minister Arman Shakkaliyev arrived in the Kashkadarya region of Uzbekistan on Tuesday."
    assert proposed.visits(text, DAY) == [("Arman Shakkaliyev", "Uzbekistan", "2025-08-12", "Karshi", "other")]
    az = "Qazaxıstanın ticarət naziri Arman Şakkaliyev çərşənbə axşamı Xarəzm vilayətinə gəlib."
    assert proposed.visits(az, DAY) == [("Arman Şakkaliyev", "Uzbekistan", "2025-08-12", "Urgench", "other")]
    tr = "Özbekistan Ticaret Bakanı Laziz Kudratov salı günü Kazakistan'ın Mangistau bölgesine geldi."
    assert proposed.visits(tr, DAY) == [("Laziz Kudratov", "Kazakhstan", "2025-08-12", "Aktau", "other")]


def test_a_regional_centre_named_is_a_city():
    # plant: "Urgench" dropped from places.CITIES["UZB"]
    text = "Kazakh Trade Minister Arman Shakkaliyev arrived in Urgench on Tuesday."
    assert proposed.visits(text, DAY) == [("Arman Shakkaliyev", "Uzbekistan", "2025-08-12", "Urgench", "other")]
    ru = "Министр торговли Казахстана Арман Шаккалиев во вторник прибыл в Ургенч."
    assert proposed.visits(ru, DAY) == [("Arman Shakkaliyev", "Uzbekistan", "2025-08-12", "Urgench", "other")]


def test_a_centre_that_is_a_given_name_is_read_only_as_other_languages_spell_it():
    # plant: the _NOT_BY_ITS_OWN_NAME loop dropped from places (English "Mary" read as the city)
    text = "Kazakh Trade Minister Arman Shakkaliyev arrived in Azerbaijan on Tuesday and met Mary Smith, a banker."
    assert proposed.visits(text, DAY) == [("Arman Shakkaliyev", "Azerbaijan", "2025-08-12", "", "other")]
    ru = "Министр экономики Азербайджана Микаил Джаббаров во вторник прибыл в Мары."
    assert proposed.visits(ru, DAY) == [("Mikail Dzhabbarov", "Turkmenistan", "2025-08-12", "Mary", "other")]


def test_a_region_in_the_genitive_is_whose_the_visitor_is_not_where_he_went():
    # plant: the genitive endings ("nin", "nın") put back into places._REGION_NOUNS
    text = ("Tacikistanın Xatlon vilayətinin sədri Abdurəhmon Nazarzoda çərşənbə axşamı Qazaxıstanın Türküstan "
            "vilayətinə gəlib.")
    assert proposed.visits(text, DAY) == [("Abdurəhmon Nazarzoda", "Kazakhstan", "2025-08-12", "Turkistan", "other")]


def test_a_heads_title_in_the_nominative_owns_the_region_after_it():
    # plant: "председатель" dropped from places._OWNER_BEFORE_CITY (window left at 16)
    text = "Председатель Хатлонской области Давлатали Саид во вторник прибыл в Туркестан."
    assert proposed.visits(text, DAY) == [("Davlatali Said", "Kazakhstan", "2025-08-12", "Turkistan", "other")]


def test_an_english_heads_title_opening_the_sentence_owns_the_region_after_it():
    # plant: the _EN_HEAD_OF_REGION alternative dropped from places._city_match
    # (read on the place alone: the rules do not yet take such a governor as a visitor, see Known gaps)
    text = "The governor of Tajikistan's Khatlon region, Davlatali Said, arrived in Turkistan on Tuesday."
    assert places.city_in(text) == ("KAZ", "Turkistan")
    # the one who received a guest is where the guest was
    received = "Arman Shakkaliyev was received on Tuesday by the governor of the Khatlon region."
    assert places.city_in(received) == ("TJK", "Bokhtar")


def test_an_airport_city_gives_way_to_the_city_driven_on_to():
    # plant: the _AIRPORT_AFTER stand-in dropped from places._city_match
    text = "Uzbek Trade Minister Laziz Kudratov landed at Aktau airport on Tuesday and was driven on to Atyrau."
    assert proposed.visits(text, DAY) == [("Laziz Kudratov", "Kazakhstan", "2025-08-12", "Atyrau", "other")]
    # an airport alone is the place
    alone = "Uzbek Trade Minister Laziz Kudratov landed at Kokshetau airport on Tuesday."
    assert proposed.visits(alone, DAY) == [("Laziz Kudratov", "Kazakhstan", "2025-08-12", "Kokshetau", "other")]


def test_a_region_gives_way_to_a_city_of_it_named_after():
    # plant: "m[1] in _REGION_FORMS" dropped from the stand-in test of places._city_match
    text = "Министр торговли Казахстана Арман Шаккалиев во вторник прибыл в Хорезмскую область, где посетил Хиву."
    assert proposed.visits(text, DAY) == [("Arman Shakkaliyev", "Uzbekistan", "2025-08-12", "Khiva", "other")]


def test_a_region_gives_way_to_the_city_of_a_dateline():
    # plant: the places.told_by_its_region branch dropped from visits.find_visits
    text = ("KHIVA, Uzbekistan, August 13 (IPS) - Crowds lined the old streets. Kazakh Trade Minister Arman "
            "Shakkaliyev arrived in Uzbekistan's Khorezm region on Monday for a two-day visit.")
    assert proposed.visits(text, DAY) == [("Arman Shakkaliyev", "Uzbekistan", "2025-08-11", "Khiva", "other")]
    # a capital's dateline is where an agency files from: the region's centre stays
    capital = ("TASHKENT, August 13 (Reuters) - Crowds lined the old streets. Kazakh Trade Minister Arman "
               "Shakkaliyev arrived in Uzbekistan's Khorezm region on Monday for a two-day visit.")
    assert [v[3] for v in proposed.visits(capital, DAY)] == ["Urgench"]


def test_visited_the_region_is_a_visit():
    # plant: the region alternative dropped from the "visited(?=…)" lookahead of visits._VISITOR_CUES
    text = "Azerbaijan's Economy Minister Mikayil Jabbarov visited the Mangystau region on Tuesday."
    assert proposed.visits(text, DAY) == [("Mikayil Jabbarov", "Kazakhstan", "2025-08-12", "Aktau", "other")]
    assert proposed.visits("Azerbaijan's Economy Minister Mikayil Jabbarov visited the new pavilion on Tuesday.",
                           DAY) == []


LEAD = "Uzbekistan's Deputy Prime Minister Jamshid Khodjaev spent two days in Baku. "


def test_he_flew_in_dates_the_dayless_visit():
    # plant: "flew\s+in" dropped from visits._EN_PRONOUN_DATED
    assert proposed.visits(LEAD + "He flew in on Monday and left on Tuesday.", DAY) == [
        ("Jamshid Khodjaev", "Azerbaijan", "2025-08-11", "Baku", "other")]
    assert proposed.visits(LEAD + "He will fly in on Monday.", DAY) == []


def test_he_flew_into_the_host_city_dates_the_dayless_visit():
    # plant: the _en_guest_dated_by_pronoun call in the visit branch of visits.find_visits dropped
    assert proposed.visits(LEAD + "He flew into Baku late on Monday.", DAY) == [
        ("Jamshid Khodjaev", "Azerbaijan", "2025-08-11", "Baku", "other")]
    # another state's city: not the visit told
    assert proposed.visits(LEAD + "He flew into Ankara on Monday.", DAY) == []


def test_he_flew_in_from_home():
    # plant: visits._from_home returning False
    assert proposed.visits(LEAD + "He flew in from Tashkent on Monday.", DAY) == [
        ("Jamshid Khodjaev", "Azerbaijan", "2025-08-11", "Baku", "other")]


def test_our_office_is_of_the_one_other_state_its_sentence_names():
    # plant: visits._our_offices_state returning ""
    text = ("In April our Minister of Industry, Rustam Karimzoda, came to Almaty for the Kazakh-Tajik commission. He "
            "arrived on 16 April.")
    assert visits_with_state(text) == [("Rustam Karimzoda", "Tajikistan", "Kazakhstan", "Almaty", "2025-04-16")]
    # two other states: unclear, left empty
    two = ("In May our Deputy Prime Minister, Daniyar Toktomushev, came to Baku for the forum with Uzbek and Kyrgyz "
           "firms. He arrived on 12 May.")
    assert visits_with_state(two) == [("Daniyar Toktomushev", "", "Azerbaijan", "Baku", "2025-05-12")]


def test_our_office_is_of_the_datelines_state():
    # plant: the dateline fallback dropped from visits._our_offices_state
    text = ("Tashkent, 3 May 2025 — Trade is growing. In April our Minister of Trade, Laziz Kudratov, came to Almaty "
            "for the commission. He flew in on 16 April.")
    assert [v[:3] for v in visits_with_state(text)] == [("Laziz Kudratov", "Uzbekistan", "Kazakhstan")]
    # the host's dateline tells nothing of whose "our" is
    host = ("BAKU, May 3 (Trend) — Trade is growing. In April our Minister of Economy, Rustam Karimzoda, came to Baku "
            "for the commission. He arrived on 16 April.")
    assert [v[:3] for v in visits_with_state(host)] == [("Rustam Karimzoda", "", "Azerbaijan")]


def test_a_city_dateline_in_capitals_names_its_place():
    # plant: the isupper()/title() alternative dropped from visits._dateline_names_a_place
    text = ("ALMATY, May 3 (Kazinform) — Trade is growing. In April our Minister of Industry, Rustam Karimzoda, came "
            "to Baku for the commission. He arrived on 16 April.")
    assert [v[:3] for v in visits_with_state(text)] == [("Rustam Karimzoda", "Kazakhstan", "Azerbaijan")]
