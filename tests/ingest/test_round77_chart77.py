"""Seventy-seventh round, chart77 (docs/extraction.md: figures.py, money.py, visits.py): the forms behind the dev/1216
misses (English business press), told in short invented sentences. A chart told in a line of text, its label, title,
span of years and unit in a bracket, then one value a year ("Chart: …'s exports to …, 2021–2025 ($m): 98, 112, …"): a
figure of each year, the flow the title's; a chart's last value the text tells again "according to" a source's data is
one figure, with the growth the text gives; a year told only in a relative or participle aside between the subject
and its verb is the aside's, not the figure's ("Total trade, swollen by gas deliveries that began at the end of 2023,
reached $412m in 2025"); a past visit in a relative clause with "last" before its verb ("X, who last visited Baku on
June 2 for …, said"), and a signing told "on Tuesday" later is none of that visit's. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 1)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
TR_KG = proposed.pair("Türkiye", "Kyrgyzstan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")


# plant: figures._chart_series returning [] (so too, apart: money._TABLE_UNIT without the short "m" after "$")
def test_a_chart_told_in_a_line_gives_a_figure_a_year():
    text = "Kazakh firms are upbeat. Graph: Kazakhstan–Uzbekistan trade, 2022-2024 (US$ billion): 4.6, 5.1, 5.6."
    assert proposed.trade_values(text, DAY) == {(KZ_UZ, "2022", "turnover", 4600.0),
                                                (KZ_UZ, "2023", "turnover", 5100.0),
                                                (KZ_UZ, "2024", "turnover", 5600.0)}
    other = "Figure 2: Turkish imports from Kyrgyzstan, 2020–2023 ($m): 41.5, 44, 52, 60. Source: TurkStat."
    assert proposed.trade_values(other, DAY) == {(TR_KG, "2020", "import", 41.5), (TR_KG, "2021", "import", 44.0),
                                                 (TR_KG, "2022", "import", 52.0), (TR_KG, "2023", "import", 60.0)}
    # three values for four years: no series of those years
    short = "Chart: Turkish imports from Kyrgyzstan, 2020–2023 ($m): 41, 44, 52."
    assert proposed.trade_values(short, DAY) == set()


# plant: figures._with_mirror_flows without the `told` check (the text's telling comes back as a second figure)
def test_a_chart_value_told_again_with_a_source_is_one_figure():
    text = ("Chart: Turkish exports to Kyrgyzstan, 2023–2025 ($m): 700, 810, 950. Turkish exports to Kyrgyzstan rose "
            "17% to $950m last year, according to TurkStat data.")
    assert [f for f in proposed.trade(text, DAY) if f[1] == "2025"] == [(TR_KG, "2025", "export", 950.0, "exact", "17")]
    other = ("Graph: Turkish exports to Kyrgyzstan, 2024-2025 ($mn): 810, 950. According to official data, exports "
             "from Türkiye to Kyrgyzstan grew 17% to $950m in 2025.")
    assert [f for f in proposed.trade(other, DAY) if f[1] == "2025"] == [(TR_KG, "2025", "export", 950.0, "exact",
                                                                          "17")]


# plant: figures._period_past_a_relative_aside returning None
def test_a_year_told_in_an_aside_before_the_verb_is_not_the_figures():
    text = ("Turkish exports to Kyrgyzstan, boosted by textile shipments that began at the end of 2022, came to $1.1bn "
            "in 2025, up from $900m a year earlier.")
    assert proposed.trade_values(text, DAY) == {(TR_KG, "2025", "export", 1100.0), (TR_KG, "2024", "export", 900.0)}
    other = ("Trade between Kazakhstan and Türkiye, which slumped in 2020 during the pandemic, stood at $2.1bn last "
             "year.")
    assert proposed.trade_values(other, DAY) == {(KZ_TR, "2025", "turnover", 2100.0)}


# plant: "last" dropped from visits._WHO_VISITED_ON's adverbs
def test_a_past_visit_in_a_relative_clause_with_last_before_its_verb():
    text = ("Kazakh Foreign Minister Murat Nurtleu spoke at the forum. Nurtleu, who last visited Tashkent on 12 "
            "January for a ministerial meeting, said the corridor would open soon.")
    assert proposed.visits(text, DAY) == [("Murat Nurtleu", "Uzbekistan", "2026-01-12", "Tashkent", "other")]
    other = ("Uzbek Foreign Minister Bakhtiyor Saidov addressed the conference. Saidov, who recently visited Baku on "
             "February 3 for talks, praised the new ferry line.")
    assert proposed.visits(other, DAY) == [("Bakhtiyor Saidov", "Azerbaijan", "2026-02-03", "Baku", "other")]


# plant: visits._another_time without the _ON_A_WEEKDAY branch
def test_a_signing_on_a_weekday_is_none_of_a_visit_recalled_months_before():
    day = date(2026, 10, 8)
    # (the article's own visit told first, the look back after it, months before the report: recalled)
    text = ("Kyrgyz Economy Minister Daniyar Amangeldiev arrived in Ankara on Tuesday for a business forum. Uzbek "
            "Foreign Minister Bakhtiyor Saidov addressed the forum. Saidov, who last visited Baku on June 2 for talks, "
            "praised the new ferry line. His ministry signed a transit agreement with a Baku operator on Tuesday.")
    assert ("Bakhtiyor Saidov", "Azerbaijan", "2026-06-02", "Baku", "other") in proposed.visits(text, day)
    assert proposed.documents(text, day)[-1] == "0"
    other = ("Kyrgyz Economy Minister Daniyar Amangeldiev arrived in Ankara on Tuesday for a business forum. Kazakh "
             "Foreign Minister Murat Nurtleu spoke at the forum. Nurtleu, who last visited Tashkent on 12 May for a "
             "ministerial meeting, said the corridor would open soon. A Kazakh railway firm signed a memorandum "
             "with a Tashkent partner on Monday.")
    assert ("Murat Nurtleu", "Uzbekistan", "2026-05-12", "Tashkent", "other") in proposed.visits(other, day)
    assert proposed.documents(other, day)[-1] == "0"
