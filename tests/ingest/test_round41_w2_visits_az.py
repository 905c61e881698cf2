"""Forty-first round, second wave, Azerbaijani visits (docs/extraction.md: visits.py, name_forms.py): the forms behind the
dev/562, 670, 682, 688 and 694 misses and the failures the probes found, told in short invented sentences. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)


def test_a_governor_s_state_and_city_before_his_title_are_no_destination():
    # plant: _without_owned_city returned `subject` unchanged
    text = "Qazaxıstanın Almatı şəhərinin akimi Murat Əbdiyev martın 3-də Bakıya gəlib."
    assert proposed.visits(text, DAY) == [("Murat Əbdiyev", "Azerbaijan", "2026-03-03", "Baku", "other")]
    # the governor at home, in his own city, makes no visit
    home = "Qazaxıstanın Almatı şəhərinin akimi Murat Əbdiyev martın 3-də Almatıda sahibkarlarla görüşüb."
    assert proposed.visits(home, DAY) == []


def test_a_governor_s_state_with_an_apposition_before_his_city():
    # plant: the state's genitive group "(?:…n?[ıiuü]n\s+{_OWNER_APPOSITION})?" dropped from _TITLE_OWNER_CITY
    text = ("Qazaxıstanın ikinci böyük şəhəri olan Şımkəndin akimi Murat Əbdiyevin başçılıq etdiyi nümayəndə heyəti "
            "martın 3-dən Azərbaycanda işgüzar səfərdədir.")
    assert proposed.visits(text, DAY) == [("Murat Əbdiyev", "Azerbaijan", "2026-03-03", "", "working")]


def test_a_city_ending_in_a_consonant_takes_the_short_genitive():
    # plant: the city's "n?[ıiuü]n" back to "n[ıiuü]n" in _TITLE_OWNER_CITY
    text = ("Qazaxıstanın ikinci böyük şəhəri olan Şımkəndin akimi Murat Əbdiyevin başçılıq etdiyi nümayəndə heyəti "
            "martın 3-dən Azərbaycanda işgüzar səfərdədir.")
    assert [v[1] for v in proposed.visits(text, DAY)] == ["Azerbaijan"]


def test_a_head_s_genitive_after_a_vowel_read_as_the_article_writes_him():
    # plant: the call of _visitor_as_written_bare dropped from find_visits
    text = ("Türküstan vilayətinin akimi Nurlan Sarıbaldının başçılıq etdiyi nümayəndə heyəti martın 3-də Bakıya gəlib. "
            "Nurlan Sarıbaldı isə şəhəri bəyəndiyini deyib.")
    assert proposed.visits(text, DAY) == [("Nurlan Sarıbaldı", "Azerbaijan", "2026-03-03", "Baku", "other")]
    # a surname that ends in "-ın" keeps it: the article writes it whole
    aydin = ("Türküstan vilayətinin akimi Rəşid Aydının başçılıq etdiyi nümayəndə heyəti martın 3-də Bakıya gəlib. "
             "Rəşid Aydın isə şəhəri bəyəndiyini deyib.")
    assert [v[0] for v in proposed.visits(aydin, DAY)] == ["Rəşid Aydın"]


def test_the_other_side_s_head_shares_the_verb_of_heading():
    # plant: _OTHER_SIDE_HEADED set to "" (no second side before the verb)
    text = ("Martın 3-də Astanada Azərbaycan-Qazaxıstan hökumətlərarası komissiyasının iclası keçirilib. İclasda "
            "Azərbaycan nümayəndə heyətinə iqtisadiyyat naziri Mikayıl Cabbarov, Qazaxıstan tərəfinə isə Baş nazirin "
            "müavini Serik Jumanqarin rəhbərlik edib.")
    assert proposed.visits(text, DAY) == [("Mikayıl Cabbarov", "Kazakhstan", "2026-03-03", "Astana", "other")]
    # the head of the side at home makes no visit
    home = ("Martın 3-də Bakıda Azərbaycan-Qazaxıstan hökumətlərarası komissiyasının iclası keçirilib. İclasda "
            "Azərbaycan nümayəndə heyətinə iqtisadiyyat naziri Mikayıl Cabbarov rəhbərlik edib.")
    assert proposed.visits(home, DAY) == []


def test_the_other_side_s_head_visits_when_the_first_is_at_home():
    # plant: `sides` in _delegation_head_at_event held the first side only
    text = ("Martın 3-də Bakıda Azərbaycan-Özbəkistan biznes forumu keçirilib. Forumda Azərbaycan nümayəndə heyətinə "
            "iqtisadiyyat naziri Mikayıl Cabbarov, Özbəkistan tərəfinə isə investisiya naziri Laziz Kudratov rəhbərlik "
            "edib.")
    assert proposed.visits(text, DAY) == [("Laziz Kudratov", "Azerbaijan", "2026-03-03", "Baku", "other")]
    # with no event told before, neither head is read
    bare = ("Martın 3-də Bakıda hava yağışlı olub. Forumda Azərbaycan nümayəndə heyətinə iqtisadiyyat naziri Mikayıl "
            "Cabbarov, Özbəkistan tərəfinə isə investisiya naziri Laziz Kudratov rəhbərlik edib.")
    assert proposed.visits(bare, DAY) == []


def test_the_lead_guest_welcomed_in_the_active_by_his_state_and_title():
    # plant: _guest_welcomed_by_title returned False
    text = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev dövlət səfəri ilə Azərbaycanda olub. Xəbər verilir ki, dünən "
            "Heydər Əliyev Beynəlxalq Aeroportunda Qazaxıstan Prezidentini Baş nazir Əli Əsədov qarşılayıb.")
    assert proposed.visits(text, DAY) == [("Kassym-Jomart Tokayev", "Azerbaijan", "2026-11-19", "Baku", "state")]
    # the aide of the president (a genitive title, "Prezidentinin köməkçisini") is no welcome of the guest
    aide = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev dövlət səfəri ilə Azərbaycanda olub. Dünən Heydər Əliyev "
            "Beynəlxalq Aeroportunda Qazaxıstan Prezidentinin köməkçisini Baş nazir Əli Əsədov qarşılayıb.")
    assert proposed.visits(aide, DAY) == []


def test_the_host_welcoming_the_guest_object_first_is_no_visit_of_the_host():
    # plant: the "not _guest_welcomed_by_title(sentence, before[0])" check dropped from _local_reception
    text = ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev dövlət səfəri ilə Azərbaycanda olub. Xəbər verilir ki, dünən "
            "Heydər Əliyev Beynəlxalq Aeroportunda Qazaxıstan Prezidentini Baş nazir Əli Əsədov qarşılayıb.")
    assert [v[0] for v in proposed.visits(text, DAY)] == ["Kassym-Jomart Tokayev"]


def test_our_country_is_the_other_state_the_sentence_before_names():
    # plant: _our_state_told_before returned set()
    text = ("İclasa Azərbaycanın iqtisadiyyat naziri Mikayıl Cabbarov və Özbəkistanın investisiya naziri Laziz "
            "Kudratov həmsədrlik ediblər. Özbəkistan nümayəndə heyəti ölkəmizə martın 3-də gəlib.")
    assert proposed.visits(text, DAY) == [("Laziz Kudratov", "Azerbaijan", "2026-03-03", "", "other")]
    # an Azerbaijani "our country" is no other state than Azerbaijan
    turkey = ("Forumda Türkiyənin ticarət naziri Ömer Bolat və Qazaxıstanın ticarət naziri Arman Şakkaliyev çıxış "
              "ediblər. Qazaxıstan nümayəndə heyəti ölkəmizə martın 3-də gəlib.")
    assert proposed.visits(turkey, DAY) == []
    # a sentence before that names more than one other state does not say whose "our country" is
    three = ("Forumda Türkiyənin, Azərbaycanın və Qazaxıstanın nazirləri çıxış ediblər. Qazaxıstanın ticarət naziri "
             "Arman Şakkaliyev ölkəmizə martın 3-də gəlib.")
    assert proposed.visits(three, DAY) == []
