"""Seventieth round, numbers70 (docs/extraction.md: figures.py, quotes.py): the forms behind the dev/1124 misses, an
Azerbaijani "Rəqəmlərlə" (by the numbers) item, told in short invented sentences. A line led by an amount, then a dash
and what it measures, read as the amount's own words: a target ("… qarşıya qoyduğu hədəf", with its "2030-cu ilədək"
deadline), a world total ("… bütün dünya ölkələri ilə xarici ticarət dövriyyəsi"), one good's flow ("… buğda
idxalı"); a line led by a rate ("2,1 dəfə — … idxalın artımı") giving its growth to the next sentence's figure; a bare
growth noun with its rate right after a figure ("Artım 18,5 faizdir"); a forecast whose verb is quoted and its
expecting the writer's ('"… keçəcəyi" gözlənilir'); and a short title "şöbə rəisi" after a quote for the one the text
titled "… şöbəsinin rəisi X Y". Each test was seen failing once on a planted bug (then reverted); the plant is named
in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 10)
AZ_KG = proposed.pair("Azerbaijan", "Kyrgyzstan")
HEAD = "Rəqəmlərlə: Azərbaycan və Qırğızıstan\n\nBütün rəqəmlər 2026-cı ilin yanvar-iyun aylarına aiddir.\n\n"
FIRST = "120,5 milyon dollar — Azərbaycan ilə Qırğızıstan arasında yanvar-iyun aylarında ticarət dövriyyəsi."
PAIRS = (AZ_KG, "2026-H1", "turnover", 120.5)


# plant: figures._goal_line returning False
def test_a_by_the_numbers_line_of_a_target():
    text = HEAD + FIRST + "\n\n500 milyon dollar — iki ölkənin liderlərinin qarşıya qoyduğu hədəf."
    assert proposed.targets(text, DAY) == [(AZ_KG, 500.0, "")]
    assert proposed.trade_values(text, DAY) == {PAIRS}


# plant: the _amount_led_line branch dropped from figures._target_year
def test_a_by_the_numbers_target_line_with_its_deadline():
    text = HEAD + FIRST + "\n\n300 milyon dollar — Azərbaycan və Qırğızıstanın 2028-ci ilədək dövriyyə üzrə hədəfi."
    assert proposed.targets(text, DAY) == [(AZ_KG, 300.0, "2028")]
    assert proposed.trade_values(text, DAY) == {PAIRS}


# plant: the _amount_led_line check dropped from figures._total_after_first (so too, apart: "dünya" taken out of
# _GROUPS' "bütün … ölkə" form fails the first text)
def test_a_by_the_numbers_line_of_a_world_total():
    text = HEAD + FIRST + ("\n\n25,3 milyard dollar — Azərbaycanın altı ayda bütün dünya ölkələri ilə xarici ticarət "
                           "dövriyyəsi.")
    assert proposed.trade_values(text, DAY) == {PAIRS}
    other = HEAD + FIRST + "\n\n14,2 milyard dollar — Azərbaycanın yarım ildə bütün ölkələrlə xarici ticarəti."
    assert proposed.trade_values(other, DAY) == {PAIRS}


# plant: figures._good_flow_of_line returning False
def test_a_by_the_numbers_line_of_one_goods_flow():
    text = HEAD + FIRST + "\n\n42,3 milyon dollar — Qırğızıstandan şəkər idxalı."
    assert proposed.trade_values(text, DAY) == {PAIRS}
    other = HEAD + FIRST + "\n\n18 milyon dollar — Qırğızıstana mebel ixracı."
    assert proposed.trade_values(other, DAY) == {PAIRS}


# plant: figures._rate_led_line returning None
def test_a_line_led_by_a_rate_gives_its_growth_to_the_next_figure():
    text = HEAD + FIRST + "\n\n1,5 dəfə — Qırğızıstandan idxalın artımı. Altı ayda idxal 60 milyon dollara çatıb."
    assert (AZ_KG, "2026-H1", "import", 60.0, "exact", "50") in proposed.trade(text, DAY)
    other = HEAD + FIRST + "\n\n25 faiz — Qırğızıstana ixracın artımı. Altı ayda ixrac 60,5 milyon dollar olub."
    assert (AZ_KG, "2026-H1", "export", 60.5, "exact", "25") in proposed.trade(other, DAY)


# plant: the growth-noun alternative dropped from figures._GROWTH_NEXT
def test_a_bare_growth_noun_with_its_rate_after_a_figure():
    text = HEAD + FIRST + " Artım 12,4 faizdir."
    assert proposed.trade(text, DAY) == [(*PAIRS, "exact", "12.4")]
    other = "Trade between Azerbaijan and Kyrgyzstan reached $120.5 million in January-June 2026. Growth was 9%."
    assert proposed.trade(other, DAY) == [(*PAIRS, "exact", "9")]


# plant: the closing quote marks [\"”»]? dropped from figures._FORECAST_AFTER (so too, apart: any one of the three
# marks dropped from that class)
def test_a_forecast_whose_verb_is_quoted():
    lead = "Azərbaycan ilə Qırğızıstan arasında ticarət dövriyyəsi yanvar-iyun aylarında 120,5 milyon dollar olub. "
    text = lead + 'Nazirin sözlərinə görə, dövriyyənin ilin sonunda "250 milyon dolları keçəcəyi" gözlənilir.'
    assert proposed.trade_values(text, DAY) == {PAIRS}
    assert proposed.targets(text, DAY) == []
    other = lead + "Onun sözlərinə görə, ilin sonunadək dövriyyənin «250 milyon dollara çatacağı» gözlənilir."
    assert proposed.trade_values(other, DAY) == {PAIRS}
    assert proposed.targets(other, DAY) == []
    curly = lead + "Ekspertlərin fikrincə, dövriyyənin ilin sonunda “300 milyon dolları ötəcəyi” gözlənilir."
    assert proposed.trade_values(curly, DAY) == {PAIRS}
    assert proposed.targets(curly, DAY) == []


# plant: the "{first}s[ıiuü]n[ıiuü]n" form dropped from quotes._az_short_title_named_before
def test_a_short_title_after_a_quote_for_a_units_head_named_before():
    text = ("Gömrük Komitəsinin Statistika şöbəsinin rəisi Anar Məmmədov Report-a bildirib ki, ixrac artır.\n\n"
            '"Qırğızıstanla ticarət sürətlə böyüyür", – deyə şöbə rəisi qeyd edib.')
    assert proposed.quotes(text, DAY) == [("Anar Məmmədov", "Qırğızıstanla ticarət sürətlə böyüyür")]
    other = ("Nazirliyin Beynəlxalq əlaqələr idarəsinin müdiri Ramil Quliyev jurnalistlərə açıqlama verib.\n\n"
             "«Türkiyə ilə layihələr davam edir», – deyə idarə müdiri vurğulayıb.")
    assert proposed.quotes(other, DAY) == [("Ramil Quliyev", "Türkiyə ilə layihələr davam edir")]
