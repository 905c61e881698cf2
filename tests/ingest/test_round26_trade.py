"""Twenty-sixth round, trade figures (docs/extraction.md: figures.py, money.py): the forms behind the dev/302–317
trade misses, told in short invented sentences. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from dashboard.ingest import money, places
from tests.ingest import proposed

DAY = date(2026, 11, 3)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _values(text, day=DAY):
    return proposed.trade_values(text, day)


def test_turkish_while_exceeding_is_over():
    # plant: `arken|` dropped from money._QUALIFIER_AFTER
    text = ("Özbekistan'ın Kazakistan'a ihracatı geçen yıl 2,4 milyar doları aşarken, ithalatı gerilemeye devam etti.")
    assert [a.qualifier for a in money.amounts_in(text)] == ["over"]
    # a figure with no verb of exceeding stays exact
    text = "Özbekistan'ın Kazakistan'a ihracatı geçen yıl 2,4 milyar dolar olurken, ithalatı geriledi."
    assert [a.qualifier for a in money.amounts_in(text)] == ["exact"]


def test_the_flow_named_last_before_a_lone_amount_is_its_flow():
    # plant: `_flow_last(segment, segment_check)` back to `_flow(segment, segment_check)` in figures.find_figures
    text = ("Uzbek exports to Turkmenistan, mostly textiles and fertiliser, made up about two-thirds of the total in "
            "2025, while Uzbekistan's imports from Turkmenistan came to about $180 million.")
    assert (_pair("Uzbekistan", "Turkmenistan"), "2025", "import", 180.0) in _values(text)
    # the flow named alone stays: exports named last
    text = ("Imports aside, Uzbek exports to Turkmenistan came to about $180 million in 2025.")
    assert (_pair("Uzbekistan", "Turkmenistan"), "2025", "export", 180.0) in _values(text)


def test_a_lone_amounts_own_clause_period_wins_over_the_clause_before():
    # plant: `return None` first in figures._own_clause_period
    text = ("Kazakh customs put exports to Azerbaijan at 90 billion tenge for the first seven months, while Azerbaijani "
            "data show trade of about $520 million in 2025.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2025", "turnover", 520.0) in _values(text)
    # the amount's clause naming no period of its own keeps the sentence's
    text = ("In the first seven months of 2026 Kazakh exports to Azerbaijan grew, while trade came to about "
            "$520 million.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2026-7M", "turnover", 520.0) in _values(text)


_RATE_FIRST = ("Trade between Uzbekistan and Azerbaijan came to $780 million in 2025, customs data show, and grew 14% to "
               "almost $650 million in January–August this year.")


def test_a_further_clause_with_its_rate_first_and_its_period_after_the_amount():
    # plant: `or _rate_to_further(...)` dropped from figures.find_figures
    trade = _trade(_RATE_FIRST)
    assert (_pair("Uzbekistan", "Azerbaijan"), "2026-8M", "turnover", 650.0, "approaching", "14") in trade
    # plant: the `_RATE_TO_END` return dropped from figures._first_clause_end (the first amount keeps the 14%)
    assert (_pair("Uzbekistan", "Azerbaijan"), "2025", "turnover", 780.0, "exact", "") in trade
    # the same form with no period after the amount is no figure of its own
    text = ("Trade between Uzbekistan and Azerbaijan came to $780 million in 2025, and grew 14% to $650 million after "
            "new rail links opened.")
    assert {f[3] for f in _trade(text)} == {780.0}


def test_the_rate_first_further_clause_without_its_comma():
    # plant: `|\s` dropped from figures._RATE_TO_END's opening
    text = ("Turnover between Kyrgyzstan and Uzbekistan was $1.6 billion last year and fell 3% to $720 million in the "
            "first half of 2026.")
    assert (_pair("Kyrgyzstan", "Uzbekistan"), "2026-H1", "turnover", 720.0) in _values(text)


def test_the_rate_first_further_clause_with_its_rate_in_words():
    # plant: the `(?:a\s+)?(?:third|quarter|fifth|half)\s+` alternative dropped from figures._RATE_TO_END
    text = ("Trade between Tajikistan and Hungary was worth more than $14 million in 2025, and fell by half to about "
            "$5 million in the first half of this year.")
    assert (_pair("Tajikistan", "Hungary"), "2026-H1", "turnover", 5.0) in _values(text)


def test_the_further_clauses_period_goes_on_to_the_next_sentence():
    # plant: `(further[0], *figure_period[1:]) if further and not baseline else ` dropped from the carried period
    text = _RATE_FIRST + " Uzbek exports to Azerbaijan were about $410 million over the same eight months."
    assert (_pair("Uzbekistan", "Azerbaijan"), "2026-8M", "export", 410.0) in _values(text)


def test_a_further_clause_of_joined_adjectives_is_that_pair():
    # plant: the `_joined_to_other(...)` return dropped from figures._owner_before
    text = ("Turkmenistan's trade with Azerbaijan rose 8% in 2025 to about $900 million, while Uzbek-Azerbaijani "
            "turnover fell to $410 million.")
    assert (_pair("Uzbekistan", "Azerbaijan"), "2025", "turnover", 410.0) in _values(text)
    assert not any(f[0] == _pair("Uzbekistan", "Turkmenistan") for f in _trade(text))
    # the other state alone ("with Uzbekistan") stays the same trade of the state named first
    text = ("Turkmenistan's trade with Azerbaijan rose 8% in 2025 to about $900 million, while with Uzbekistan it "
            "reached $410 million.")
    assert (_pair("Uzbekistan", "Turkmenistan"), "2025", "turnover", 410.0) in _values(text)


def test_trade_with_the_turkic_world_is_a_groups():
    # plant: the `тюркского\s+мира` alternative dropped from figures._GROUPS
    text = ("Торговля Таджикистана с Узбекистаном растет\n\nТоварооборот Таджикистана со странами тюркского мира за "
            "первое полугодие 2026 года составил около 1,4 млрд долларов. Товарооборот с Узбекистаном за тот же период "
            "составил 610 млн долларов.")
    got = _values(text)
    assert not any(f[3] == 1400.0 for f in got)
    assert (_pair("Tajikistan", "Uzbekistan"), "2026-H1", "turnover", 610.0) in got
    # English too ("the Turkic world"); a pair's own trade in the Turkic world's news stays
    assert not _trade("Kyrgyzstan's trade with the Turkic world reached $2.1 billion in 2025.")
    assert _values("Kyrgyzstan's trade with Azerbaijan, a partner in the Turkic world, reached $61 million in 2025.") \
        == {(_pair("Kyrgyzstan", "Azerbaijan"), "2025", "turnover", 61.0)}


# A round-up of Kyrgyzstan's partners, in an article whose visit is a Turkmen delegation's in Bishkek (its context pair
# Turkmenistan–Kyrgyzstan).
_ROUND_UP = ("Kyrgyzstan's trade with Uzbekistan reached $1.3 billion in January–June 2026, official data show. Trade with "
             "Kazakhstan rose to $1.1 billion in the first half.\n\n")
_VISIT = ("\n\nTurkmen Foreign Minister Rashid Meredov arrived in Bishkek on June 2 for talks, and four documents were "
          "signed.")


def test_a_round_up_sentence_naming_its_home_after_the_amount_is_the_homes():
    # plant: the `_home_named_too(...)` return dropped from figures._home_of_report
    text = _ROUND_UP + ("Trade with Azerbaijan fell by 4.1% to $38 million, as lower cotton prices reduced the value of "
                        "Kyrgyzstan's exports to the Azerbaijani market, which dropped to $12 million." + _VISIT)
    got = _values(text, date(2026, 7, 20))
    assert (_pair("Kyrgyzstan", "Azerbaijan"), "2026-H1", "turnover", 38.0) in got
    assert (_pair("Kyrgyzstan", "Azerbaijan"), "2026-H1", "export", 12.0) in got
    # two partners "with" whom, the home's capital named between
    text = _ROUND_UP + ("Trade with Türkiye stood at about $210 million, while trade with Azerbaijan, which Bishkek has "
                        "courted for years, amounted to just over $38 million." + _VISIT)
    got = _values(text, date(2026, 7, 20))
    assert (_pair("Kyrgyzstan", "Türkiye"), "2026-H1", "turnover", 210.0) in got
    assert (_pair("Kyrgyzstan", "Azerbaijan"), "2026-H1", "turnover", 38.0) in got
    # the home named before the amount is its own sentence's subject, not the round-up's: the old rules read it
    text = _ROUND_UP + "Kyrgyzstan's trade with Azerbaijan fell to $38 million." + _VISIT
    assert (_pair("Kyrgyzstan", "Azerbaijan"), "2026-H1", "turnover", 38.0) in _values(text, date(2026, 7, 20))


def test_a_further_clause_joining_its_rate_and_verb_of_amounting_by_and():
    # plant: the round-26 "вырос на N% и достиг" alternative dropped from figures._CLAUSE_VERB
    text = ("Товарооборот между Туркменистаном и Кыргызстаном в 2025 году составил 44 млн долларов, а за январь–июнь "
            "2026 года вырос на 12% и достиг 27 млн долларов.")
    trade = _trade(text)
    assert (_pair("Turkmenistan", "Kyrgyzstan"), "2026-H1", "turnover", 27.0, "exact", "12") in trade
    assert (_pair("Turkmenistan", "Kyrgyzstan"), "2025", "turnover", 44.0, "exact", "") in trade
    # English the same (plant: the round-26 "grew N% and reached" alternative dropped from figures._CLAUSE_VERB)
    text = ("Trade between Turkmenistan and Kyrgyzstan was $44 million in 2025, and in the first half of 2026 it grew "
            "12% and reached $27 million.")
    assert (_pair("Turkmenistan", "Kyrgyzstan"), "2026-H1", "turnover", 27.0, "exact", "12") in _trade(text)
    # no conjunction and period of its own: a comparison, no figure
    text = "Trade between Turkmenistan and Kyrgyzstan was $44 million in 2025, up from $39 million."
    assert not any(f[3] == 39.0 and f[1] != "2024" for f in _trade(text))


def test_a_russian_compound_adjective_names_the_pair():
    # plant: the `_with_compound_pairs(...)` call dropped from places._found
    text = "Таджикско-кыргызский товарооборот за январь–июнь 2026 года превысил 60 млн долларов."
    assert _values(text) == {(_pair("Tajikistan", "Kyrgyzstan"), "2026-H1", "turnover", 60.0)}
    # in an article whose visit is another pair's, the compound's pair still
    text = ("Президент Узбекистана прибыл в Анкару 2 июня.\n\nТурецко-венгерский товарооборот в 2025 году составил "
            "6,1 млрд долларов.")
    assert (_pair("Türkiye", "Hungary"), "2025", "turnover", 6100.0) in _values(text, date(2026, 6, 5))
    # a lone adjective is no state: "узбекский хлопок" names none
    assert [m.iso3 for m in places.mentions("узбекский хлопок и таджикско-кыргызская граница")] == ["TJK", "KGZ"]


def test_a_further_amount_joined_by_a_bare_and_with_its_period_after_it():
    # plant: `or _and_alone_further(...)` dropped from figures.find_figures
    text = "Trade between Kazakhstan and Turkmenistan came to $510 million in 2024 and $640 million in 2025, up 25%."
    trade = _trade(text)
    assert (_pair("Kazakhstan", "Turkmenistan"), "2025", "turnover", 640.0, "exact", "25") in trade
    # plant: `or _and_alone_later(sentence, amounts, published)` dropped from figures._first_clause_end (the 25% then
    # the first amount's too)
    assert (_pair("Kazakhstan", "Turkmenistan"), "2024", "turnover", 510.0, "exact", "") in trade
    # plant: the `_SAME_PERIOD_OF` branch dropped from figures._and_alone_further ("the same period of 2026": 2026)
    text = ("Trade between Kazakhstan and Turkmenistan came to $310 million in the first eight months of 2025 and "
            "$370 million in the same period of 2026.")
    assert (_pair("Kazakhstan", "Turkmenistan"), "2026-8M", "turnover", 370.0) in _values(text)
    # a deadline after it is a target's, no figure
    text = "Trade between Kazakhstan and Turkmenistan came to $640 million in 2025 and $1 billion by 2030."
    assert {f[3] for f in _trade(text)} == {640.0}


def test_a_russian_further_clause_of_a_compound_adjective_is_that_pair():
    # plant: `"о-"` dropped from figures._JOINING_DASHES
    text = ("Казахстанско-туркменский товарооборот в 2025 году составил около 700 млн долларов, а узбекско-туркменский — "
            "около 1,5 млрд.")
    got = _values(text)
    assert (_pair("Kazakhstan", "Turkmenistan"), "2025", "turnover", 700.0) in got
    assert (_pair("Uzbekistan", "Turkmenistan"), "2025", "turnover", 1500.0) in got
    # the other state alone ("а с Узбекистаном") stays the first state's trade with it
    text = ("Казахстанско-туркменский товарооборот в 2025 году составил около 700 млн долларов, а с Узбекистаном — "
            "около 1,5 млрд.")
    assert (_pair("Kazakhstan", "Uzbekistan"), "2025", "turnover", 1500.0) in _values(text)
