"""Eighty-first round, oped81 (docs/extraction.md: quotes.py, figures.py): an op-ed's and a feature's forms, told in
short invented sentences. A Russian title and full name with an aside before the verb of a colon ("Министр экономики …
X Y, с которым мы регулярно встречаемся, сказал мне …: «…»", quotes._subject_colon through _ru_titled_subject); a
ministry's portfolios listed with commas before "и" in a Russian title ("министр инвестиций, промышленности и торговли
… X Y на заседании … отметил, что … «…»", quotes._RU_PORTFOLIO_LIST); the trade's "он" after a contrast's or
emphasis's words ("А ведь ещё в 2017 году он едва превышал 100 млн долларов", figures._RU_BACK_OPENER); an English
quote whose short lead a present-tense attribution splits off ('“We are ready,” says X, “to buy …”': the lead no
statement, the rest X's; quotes._EN_PRESENT_ATTRIBUTION, _en_present_split_speaker), while the wires' past '“…,” X
said, “…”' stays one quote. Each test was seen failing once on a planted bug (then reverted); the plant is named in
its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
HEAD = "Казахстан и Киргизия\n\n"


# plant: the _ru_titled_subject fallback in quotes._subject_colon removed
def test_a_russian_title_name_and_aside_before_a_colon_give_the_named_speaker():
    quote = "Казахстан — один из наших самых надёжных партнёров в регионе"
    text = HEAD + ("Министр экономики Киргизии Данияр Амангельдиев, с которым мы часто встречаемся, сказал мне на "
                   "недавней встрече: «" + quote + "».")
    assert [q[1] for q in proposed.quotes(text, DAY)] == [quote]
    assert proposed.quotes(text, DAY)[0][0].startswith("Daniyar")
    # the near form: the words after the verb name another, whose words these may be
    other = HEAD + ("Министр экономики Киргизии Данияр Амангельдиев, с которым мы часто встречаемся, напомнил слова "
                    "Касым-Жомарта Токаева: «" + quote + "».")
    assert [q for q in proposed.quotes(other, DAY) if q[0].startswith("Daniyar")] == []


# plant: _RU_PORTFOLIO_LIST's comma check in quotes._ru_said_that_where removed (any comma ends the subject again)
def test_a_russian_title_with_a_listed_portfolio_gives_the_named_speaker():
    quote = "может и должен расти гораздо быстрее"
    text = HEAD + ("А министр инвестиций, промышленности и торговли Киргизии Данияр Амангельдиев на заседании "
                   "бизнес-совета в Бишкеке отметил, что товарооборот «" + quote + "».")
    assert [(q[0].split()[0], q[1]) for q in proposed.quotes(text, DAY)] == [("Daniyar", quote)]
    # the near form: a comma with no list before "и" still ends the subject (an aside, another's name)
    aside = HEAD + ("По данным министерства, Данияр Амангельдиев на заседании бизнес-совета в Бишкеке отметил, что "
                    "товарооборот «" + quote + "».")
    assert all(q[0].startswith("Daniyar") for q in proposed.quotes(aside, DAY))


# plant: _RU_BACK_OPENER emptied in figures.py
def test_the_trade_s_pronoun_after_a_contrast_and_ещё_is_the_earlier_year_s_figure():
    told = HEAD + "По итогам 2025 года объём торговли между Казахстаном и Киргизией составил 420 млн долларов. "
    for opening in ("А ведь ещё в 2017 году он", "Но в 2017 году он", "Ещё в 2017 году он"):
        figures = proposed.trade(told + opening + " едва превышал 100 млн долларов.", DAY)
        assert [(f[1], f[3], f[4]) for f in figures if f[1] == "2017"] == [("2017", 100.0, "over")], opening
    # the near form: a year with no pronoun of the trade is no figure of it
    assert [f for f in proposed.trade(told + "А ведь ещё в 2017 году завод едва стоил 100 млн долларов.", DAY)
            if f[1] == "2017"] == []


# plant: _EN_PRESENT_ATTRIBUTION's check in quotes._split_lead removed (the short lead joins the rest again)
def test_a_present_tense_split_leaves_the_short_lead_out():
    text = ("Hungary and Turkmenistan\n\nHungarian Foreign Minister Péter Szijjártó toured a gas field. "
            "“We are ready,” says Szijjártó, “to buy Turkmen gas the day the route exists.”")
    assert proposed.quotes(text, DAY) == [("Péter Szijjártó", "to buy Turkmen gas the day the route exists.")]
    # the near form: the wires' past tense keeps the split quote one
    past = text.replace("says Szijjártó", "Szijjártó said")
    assert proposed.quotes(past, DAY) == [("Péter Szijjártó", "We are ready to buy Turkmen gas the day the route "
                                                               "exists.")]


# plant: _en_present_split_speaker returns None
def test_the_rest_of_a_present_tense_split_is_the_attribution_s_speaker():
    text = ("Hungary and Turkmenistan\n\nHungarian Foreign Minister Péter Szijjártó toured a gas field. "
            "“It is close,” adds Szijjártó, “but the pipe under the sea is not.”")
    assert proposed.quotes(text, DAY) == [("Péter Szijjártó", "but the pipe under the sea is not.")]
