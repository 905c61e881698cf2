"""Eighty-fifth round, k4 (docs/extraction.md: people.py, visits.py, money.py, figures.py): a Turkish regional story
of a sister-city protocol with a visiting Uzbek city's hokim, and an Azerbaijani interview's answer holding a goal,
told in short invented sentences. "Hokim" (an Uzbek city's or region's governor) capitalised before the name is a
title, no given name ('"…," diyen Hokim X Y'); an Uzbek delegation landing at the airport ("Havalimanı'na inen Özbek
heyeti", visits._LOCAL_VISIT) headed, the next sentence says, by "Hokim Y", named in full before: his visit
(visits._delegation_head_named_next_local), with the one protocol the lead told signed and then told again
(visits._one_document_told_again); and a goal the trade "must reach" with its currency left out after a dollar figure
("ticarət yarım milyarda çatmalıdır", money.bare_goal_amounts). Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 16)  # a Thursday: "Pazartesi günü" is the 13th
LEAD = ("Samsun ile Zomin kardeş şehir oldu\n\n"
        "Özbekistan'ın Zomin şehri ile Samsun Büyükşehir Belediyesi arasında kardeş şehir protokolü imzalandı. "
        "Protokole Samsun Büyükşehir Belediye Başkanı Halit Doğan ile Zomin Şehir Hokimi Rustam Kamolov imza attı.\n\n")
LANDED = ("Pazartesi günü Samsun Havalimanı'na inen Özbek heyeti, ilk gün limanı gezdi. "
          "Hokim Kamolov başkanlığındaki 9 kişilik heyette iş insanları yer alıyor.\n\n")
AGAIN = "Kardeş şehir protokolü dün Büyükşehir Belediyesi Meclis Salonu'nda düzenlenen törenle imzalandı.\n"
VISIT = ("Rustam Kamolov", "Türkiye", "2026-04-13", "Samsun", "other")
SAID = "Samsun'un limanını bütün bölge tanıyor"


# plant: "hokim" taken out of people._TITLE_WORDS
def test_hokim_before_the_name_is_a_title():
    text = LEAD + "\"" + SAID + ",\" diyen Hokim Rustam Kamolov, \"Zomin de bir ticaret şehri\" ifadelerini kullandı.\n"
    assert proposed.quotes(text, DAY) == [("Rustam Kamolov", SAID), ("Rustam Kamolov", "Zomin de bir ticaret şehri")]


# plant: "inen" taken out of visits._LOCAL_VISIT's airport participle
def test_a_delegation_landing_at_the_airport_is_a_visit():
    assert VISIT in proposed.visits(LEAD + LANDED, DAY)
    # the near form: the delegation going round the city, no arrival told, is no visit of a day
    toured = LANDED.replace("Pazartesi günü Samsun Havalimanı'na inen Özbek heyeti", "Özbek heyeti pazartesi günü")
    assert not proposed.visits(LEAD + toured, DAY)


# plant: the _surname_told_before fallback taken out of visits._delegation_head_named_next_local; and (seen failing
# apart) its _delegation_country fallback taken out, the visitor's state then left blank
def test_the_head_by_title_and_surname_is_the_one_named_in_full_before():
    assert proposed.visits(LEAD + LANDED, DAY) == [VISIT]
    assert [r["visitor_country"] for r in proposed.records("visits", LEAD + LANDED, DAY)] == ["Uzbekistan"]
    # the near form: a head whose surname the article never named in full is no one read
    other = LANDED.replace("Hokim Kamolov", "Hokim Yusupov")
    assert not proposed.visits(LEAD + other, DAY)


# plant: visits._one_document_told_again returning False
def test_one_protocol_told_signed_again_is_one_document():
    assert proposed.documents(LEAD + LANDED + AGAIN, DAY) == ["1"]
    # the near forms: another document named beside it, or a count, is no retelling of the one
    two_nouns = AGAIN.replace("protokolü dün", "protokolü ve bir mutabakat zaptı dün")
    assert proposed.documents(LEAD + LANDED + two_nouns, DAY) != ["1"]
    counted = AGAIN.replace("Kardeş şehir protokolü dün", "İki protokol dün")
    assert proposed.documents(LEAD + LANDED + counted, DAY) != ["1"]


AZ = ("Macar səfiri ilə müsahibə\n\n"
      "– Ötən il Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi 210 milyon ABŞ dolları təşkil edib. "
      "Bakı ilə Budapeşt arasında ticarət yarım milyarda çatmalıdır və biz bu hədəfə 2030-cu ilə qədər çatmağı "
      "planlaşdırırıq.\n")


# plant: the money.bare_goal_amounts call taken out of figures.py
def test_a_goal_the_trade_must_reach_with_its_currency_left_out():
    pair = proposed.pair("Azerbaijan", "Hungary")
    assert proposed.targets(AZ, DAY) == [(pair, 500.0, "2030")]
    assert proposed.targets(AZ.replace("yarım milyarda", "800 milyona"), DAY) == [(pair, 800.0, "2030")]
    # the near forms: reached (no goal), or no dollar figure before it (whose currency is unknown), is no target
    reached = AZ.replace("çatmalıdır və biz bu hədəfə 2030-cu ilə qədər çatmağı planlaşdırırıq", "ötən ay çatıb")
    assert not proposed.targets(reached, DAY)
    no_figure = AZ.replace("Ötən il Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi 210 milyon ABŞ dolları "
                           "təşkil edib. ", "")
    assert not proposed.targets(no_figure, DAY)
