"""Thirty-fourth round, visits, second pass (docs/extraction.md: visits.py): the forms behind the dev/485, 490 and 496
misses of the part, and those the probes found, told in short invented sentences. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)  # a Thursday


def test_a_bare_capitals_dateline_is_no_state_of_the_outlets_own_minister():
    # plant: "or _BARE_DATELINE.match(subject)" dropped from visits._without_inline_dateline
    text = "TAŞKENT - Ticaret Bakanı Ömer Bolat, salı günü Taşkent'e gelerek bir dizi temasta bulundu."
    assert proposed.visits(text, DAY) == [("Ömer Bolat", "Uzbekistan", "2026-09-08", "Tashkent", "other")]
    text = "АСТАНА (Kazinform) — Министр иностранных дел Азербайджана Джейхун Байрамов во вторник прибыл в Астану."
    assert [v[:4] for v in proposed.visits(text, DAY)] == [("Jeyhun Bayramov", "Kazakhstan", "2026-09-08", "Astana")]
    # precision: a state told after the dateline stays the minister's: at home, no visit
    text = "BAKÜ - Azerbaycan Tarım Bakanı Elnur Gurbanzade salı günü Bakü'de bir dizi temasta bulundu."
    assert proposed.visits(text, DAY) == []


def test_the_state_before_the_first_of_two_dash_joined_titles_is_the_visitors():
    # plant: "or _codes_of_dash_joined_title(…)" dropped from visits._titled_newcomer
    text = ("İclasda Özbəkistanın Baş nazirinin müavini - investisiyalar naziri Bahodir Raxmatov iştirak edib. "
            "Özbəkistan nümayəndə heyəti bazar ertəsi işgüzar səfərlə Bakıya gəlib.")
    assert proposed.visits(text, DAY) == [("Bahodir Raxmatov", "Azerbaijan", "2026-09-07", "Baku", "working")]
    # precision: a state named before another sentence's dash is not the title's
    text = ("İclasda Baş nazirin müavini - investisiyalar naziri Bahodir Raxmatov iştirak edib. "
            "Özbəkistan nümayəndə heyəti bazar ertəsi işgüzar səfərlə Bakıya gəlib.")
    assert proposed.visits(text, DAY) == []


def test_the_head_of_a_delegation_to_an_event_held_abroad_visits_its_place():
    # plant: the call of visits._delegation_head_at_event dropped from visits.find_visits
    text = ("Dünən Daşkənddə Azərbaycan-Özbəkistan biznes forumu keçirilib. Forumda Azərbaycan nümayəndə heyətinə "
            "kənd təsərrüfatı naziri Elnur Qurbanzadə rəhbərlik edib.")
    assert proposed.visits(text, DAY) == [("Elnur Qurbanzadə", "Uzbekistan", "2026-09-09", "Tashkent", "other")]
    text = ("Salı günü Astana'da Türkiye-Kazakistan İş Forumu düzenlendi. Foruma Türkiye heyetine Ulaştırma Bakanı "
            "Selim Kaptan başkanlık etti.")
    assert proposed.visits(text, DAY) == [("Selim Kaptan", "Kazakhstan", "2026-09-08", "Astana", "other")]
    # precision: a forum at home is no visit of the home delegation's head
    text = text.replace("Astana'da", "Ankara'da")
    assert proposed.visits(text, DAY) == []
    # nor a delegation's head told after a sentence of no event
    text = ("Dünən Daşkənddə yağış yağıb. Forumda Azərbaycan nümayəndə heyətinə kənd təsərrüfatı naziri Elnur Qurbanzadə "
            "rəhbərlik edib.")
    assert proposed.visits(text, DAY) == []


def test_a_minister_of_no_state_word_is_the_outlets_own_at_home_no_visitor():
    # plant: the call of visits._with_outlet_own_state dropped from visits._named_in_subject (found = [person])
    text = "ANKARA - Ticaret Bakanı Ömer Bolat, salı günü Ankara'da bir dizi temasta bulundu."
    assert proposed.visits(text, DAY) == []
    text = "Energetika naziri Samir Vəliyev çərşənbə axşamı Gəncəyə işgüzar səfərə gəlib."
    assert proposed.visits(text, DAY) == []
    # a state told before the title, however long the title, is the minister's: abroad, a visit
    text = ("Kazakistan Başbakan Yardımcısı ve Ulusal Ekonomi Bakanı Serik Jumangarin salı günü Ankara'da bir dizi "
            "temasta bulundu.")
    assert proposed.visits(text, DAY) == [("Serik Jumangarin", "Türkiye", "2026-09-08", "Ankara", "other")]
    text = "Qazaxıstanın energetika naziri Almasadam Satqaliyev çərşənbə axşamı Bakıya işgüzar səfərə gəlib."
    assert proposed.visits(text, DAY) == [("Almasadam Satqaliyev", "Azerbaijan", "2026-09-08", "Baku", "working")]
