"""Seventy-ninth round, table79 (docs/extraction.md: figures.py, visits.py): the forms behind the dev/1238 and
dev/1239 misses (a Turkish interview's nine-month figure; a Russian report of a joint commission with a small table in
its text), told in short invented sentences. A sentence after a figure that opens with the base of comparison, then
the rate and its noun with no subject of their own ("Geçen yılın aynı dönemine göre yüzde 7,5'lik bir artış var", "По
сравнению с аналогичным периодом прошлого года рост составил 7,5%", "Compared with the same period last year, the rise
is 7.5%"): the figure's growth, though a flow's own rise told so is not; a grid whose heading names no state, its rows
the flows of one pair and a row "Товарооборот" naming none: that pair's turnover, not when the rows name other
states; a growth told before the grid for the two states, one of them named ("… статистического комитета Казахстана, в
2025 году товарооборот двух стран вырос на 12,5%"): the growth of that year's turnover in the grid; two co-chairs
joined by "и", each with his title ("министр торговли Узбекистана X и министр финансов Казахстана Y"): the second is of
his own title's state, so "the Kazakh delegation arrived in Samarkand" is his visit. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")


# plant: the round 79 base-of-comparison alternative dropped from figures._GROWTH_NEXT
def test_a_rate_after_the_base_of_comparison_is_the_growth_of_the_figure_before():
    text = ("Ankara, 20 Ekim. Ocak-eylül döneminde Türkiye ile Kazakistan arasındaki ticaret hacmi 3,1 milyar doları "
            "aştı. Geçen yılın aynı dönemine göre yüzde 7,5'lik bir artış var.")
    assert proposed.trade(text, DAY) == [(KZ_TR, "2026-9M", "turnover", 3100.0, "over", "7.5")]
    russian = ("Ташкент, 20 октября. В январе–сентябре 2026 года товарооборот Казахстана и Узбекистана составил 3,1 "
               "млрд долларов. По сравнению с аналогичным периодом прошлого года рост составил 7,5%.")
    assert proposed.trade(russian, DAY) == [(KZ_UZ, "2026-9M", "turnover", 3100.0, "exact", "7.5")]
    english = ("In January-September 2026, trade between Kazakhstan and Uzbekistan reached $3.1 billion. Compared with "
               "the same period last year, the rise is 7.5%.")
    assert proposed.trade(english, DAY) == [(KZ_UZ, "2026-9M", "turnover", 3100.0, "exact", "7.5")]
    # a flow's own rise told after the base is not the turnover's growth
    flow = english.replace("the rise is 7.5%", "exports rose 7.5%")
    assert proposed.trade(flow, DAY) == [(KZ_UZ, "2026-9M", "turnover", 3100.0, "exact", "")]


GRID = ("Баку, 20 октября. По данным статистического комитета Казахстана, в 2025 году товарооборот двух стран вырос "
        "на 12,5%. Основные показатели (млн долларов США):\n\n"
        "Показатель | 2024 | 2025\n"
        "Товарооборот | 400,0 | 450,0\n"
        "Экспорт Казахстана в Азербайджан | 250,0 | 280,0\n"
        "Импорт Казахстана из Азербайджана | 150,0 | 170,0\n\n"
        "Стороны обсудили логистику.")


# plant: figures._one_grid's "elif row_flow == 'turnover' and not states" branch dropped (and, apart, figures._rows_pair
# returning named[0] without checking the other rows name the same pair)
def test_a_turnover_row_naming_no_state_takes_the_pair_the_grid_s_rows_name():
    assert {f[:4] for f in proposed.trade(GRID, DAY)} == {
        (AZ_KZ, "2024", "turnover", 400.0), (AZ_KZ, "2025", "turnover", 450.0),
        (AZ_KZ, "2024", "export", 250.0), (AZ_KZ, "2025", "export", 280.0),
        (AZ_KZ, "2024", "import", 150.0), (AZ_KZ, "2025", "import", 170.0)}
    # rows of two pairs: whose turnover? none
    mixed = GRID.replace("Импорт Казахстана из Азербайджана", "Импорт Казахстана из Узбекистана")
    assert not any(f[2] == "turnover" for f in proposed.trade(mixed, DAY))


# plant: the one-state branch dropped from figures._give_growths_before (and, apart, its call on the grid's figures in
# figures.find_figures)
def test_a_growth_of_the_two_told_before_a_grid_is_its_turnover_s_of_that_year():
    growths = {(f[1], f[2]): f[5] for f in proposed.trade(GRID, DAY)}
    assert growths.get(("2025", "turnover")) == "12.5"
    assert growths.get(("2024", "turnover")) == "" and growths.get(("2025", "export")) == ""


# plant: visits._ru_title_after_other_name returning the title unchanged
def test_the_second_of_two_titled_co_chairs_is_of_his_own_title_s_state():
    text = ("Ташкент, 20 октября. Заседание провели сопредседатели комиссии — министр торговли Узбекистана Бахтиер "
            "Назаров и министр финансов Казахстана Ерлан Султанов. Казахская делегация прибыла в Самарканд 18 "
            "октября.")
    assert proposed.visits(text, DAY) == [("Yerlan Sultanov", "Uzbekistan", "2026-10-18", "Samarkand", "other")]
    # a ministry of two fields joined by "и" is one title, its state the visitor's
    fields = ("Ташкент, 20 октября. Министр энергетики и природных ресурсов Казахстана Ерлан Султанов 18 октября "
              "прибыл в Самарканд.")
    assert proposed.visits(fields, DAY) == [("Yerlan Sultanov", "Uzbekistan", "2026-10-18", "Samarkand", "other")]
