"""Extraction rules a user would notice: dates and periods against the article's date, money forms,
offices on a date, and every pattern of the gold set (tests/extraction/gold/dev) found exactly."""
import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.ingest import Article, article_text, propose
from dashboard.ingest.money import amounts_in
from dashboard.ingest.people import Resolver
from dashboard.ingest.places import codes_in
from dashboard.ingest.scoring import proposal_tuple, score
from dashboard.ingest.when import dates_in, period_in

GOLD = Path(__file__).resolve().parents[1] / "extraction" / "gold"


@pytest.mark.parametrize("words, published, expected", [
    ("last year", date(2023, 4, 11), "2022"),
    ("in the first quarter", date(2024, 5, 2), "2024-Q1"),
    ("in the first quarter", date(2024, 2, 2), "2023-Q1"),
    ("in January–July 2025", date(2025, 8, 20), "2025-7M"),
    ("in January-August", date(2024, 10, 7), "2024-8M"),
    ("in the first nine months of 2019", date(2019, 12, 10), "2019-9M"),
    ("2023-cü ildə", date(2024, 2, 10), "2023"),
    ("over the eight months of this year, trade exceeded", date(2025, 10, 21), "2025-8M"),
    ("in the ten months of 2024 trade", date(2025, 1, 5), "2024-10M"),
    ("За десять месяцев этого года товарооборот", date(2022, 12, 14), "2022-10M"),
    ("за 9 месяцев 2023 года товарооборот", date(2024, 1, 5), "2023-9M"),
    ("товарооборот в прошлом году составил", date(2022, 12, 14), "2021"),
    ("ticaret hacmi geçen yıl", date(2020, 2, 26), "2019"),
    ("Ötən il ticarət dövriyyəsi", date(2024, 1, 20), "2023"),
    ("ticaret hacmi 2019 yılında", date(2020, 2, 26), "2019"),
])
def test_periods_resolve_against_the_article_date(words, published, expected):
    assert period_in(f"Trade grew {words}.", published)[0] == expected


def test_on_monday_is_the_monday_before_the_article_and_april_10_the_latest_one():
    assert dates_in("arrived on Monday", date(2024, 1, 17))[0][0] == date(2024, 1, 15)
    assert dates_in("the April 10 visit", date(2023, 4, 11))[0][0] == date(2023, 4, 10)
    assert dates_in("the April 10 visit", date(2023, 4, 9))[0][0] == date(2022, 4, 10)


@pytest.mark.parametrize("text, value, qualifier", [
    ("reached $1.4bn", 1400, "exact"),
    ("approaching the half-billion mark", 500, "approaching"),
    ("5 milyard 57 milyon dollar", 5057, "exact"),
    ("USD 229.6 million", 229.6, "exact"),
    ("to a billion dollars", 1000, "exact"),
    ("over $2,500 million", 2500, "over"),
    ("about 300 million US dollars", 300, "about"),
    ("4,4 milyar dolar olan", 4400, "exact"),
    ("yaklaşık 1,5 milyar dolar oldu", 1500, "about"),
    ("təxminən 3 milyard dollar təşkil edib", 3000, "about"),
    ("составил почти 2 млрд долларов", 2000, "approaching"),
    ("превысил 5 млрд долларов", 5000, "over"),
    # fifth round
    ("grew to 310.2 million U.S. dollars", 310.2, "exact"),
    ("nearly one billion U.S. dollars", 1000, "approaching"),
    ("trade exceeds $2 billion", 2000, "over"),
    ("ticaret hacmi 3 milyar doları aşmıştır", 3000, "over"),  # Turkish: the verb after the amount
    ("dövriyyə 700 milyon dolları ötüb", 700, "over"),  # Azerbaijani
    ("ticaret hacmi 3 milyar dolara ulaştı", 3000, "exact"),  # reached: exact
    ("ixrac 3 milyard 45,2 milyon dollar təşkil edib", 3045.2, "exact"),  # decimal millions in a compound
    ("ihracat 1 milyar 302,8 milyon dolar oldu", 1302.8, "exact"),
    ("ixracın 300 milyon dolları keçdiyini qeyd edib", 300, "over"),  # reported verb of exceeding after it
    ("dövriyyənin 2 milyard dolları ötdüyünü bildirib", 2000, "over"),
    ("300 milyon dollar ötən ilin göstəricisidir", 300, "exact"),  # ötən: last (year), not exceeded
])
def test_money_forms_become_usd_millions_with_their_qualifier(text, value, qualifier):
    [amount] = amounts_in(text)
    assert (amount.usd_m, amount.qualifier) == (value, qualifier)


@pytest.mark.parametrize("phrase, day, name", [
    ("the President of Kazakhstan", date(2023, 4, 10), "Kassym-Jomart Tokayev"),
    ("the Kazakh leader", date(2023, 4, 10), "Kassym-Jomart Tokayev"),
    ("the Kazakh leader", date(2017, 4, 3), "Nursultan Nazarbayev"),
    ("Turkish Foreign Minister", date(2020, 1, 1), "Mevlüt Çavuşoğlu"),
    ("the Hungarian Prime Minister", date(2020, 1, 1), "Viktor Orbán"),
])
def test_an_office_on_a_date_names_its_holder(phrase, day, name):
    assert Resolver(day).resolve(phrase).name == name


def test_the_kazakh_foreign_minister_is_the_holder_on_the_date():
    assert Resolver(date(2021, 6, 10)).resolve("the Kazakh Foreign Minister").name == "Mukhtar Tleuberdi"
    assert Resolver(date(2024, 3, 12)).resolve("the Kazakh Foreign Minister").name == "Murat Nurtleu"


def test_the_azerbaijani_minister_is_the_azerbaijani_minister_named_earlier():
    resolver = Resolver(date(2023, 9, 20))
    resolver.note_names_in("Foreign Minister Jeyhun Bayramov held talks with his Turkish counterpart Hakan Fidan.")
    assert resolver.resolve("the Azerbaijani minister").name == "Jeyhun Bayramov"
    assert resolver.resolve("the Turkish minister").name == "Hakan Fidan"


def test_the_kazakh_minister_with_no_kazakh_minister_named_stays_unresolved():
    resolver = Resolver(date(2024, 3, 12))
    resolver.note_names_in("Foreign Minister Jeyhun Bayramov met Prime Minister Olzhas Bektenov.")
    assert resolver.resolve("Bektenov").name == "Olzhas Bektenov"  # he was noted, and is Kazakh
    assert resolver.resolve("the Kazakh minister") is None  # not the prime minister, not a guess
    assert resolver.resolve("the Kyrgyz minister") is None


def test_an_unlisted_minister_keeps_the_ministry_as_role_and_answers_to_the_country_minister():
    resolver = Resolver(date(2022, 2, 15))
    person = resolver.resolve("Kazakh Trade Minister Bakhyt Sultanov")
    assert (person.name, person.role, person.iso3) == ("Bakhyt Sultanov", "Trade Minister", "KAZ")
    assert resolver.resolve("the Kazakh minister").name == "Bakhyt Sultanov"


def _one(table, text, day):
    return [p.record for p in propose(Article(text, day, outlet="x")) if p.table == table]


@pytest.mark.parametrize("text, visitor, host, city", [
    ("Foreign Minister Jeyhun Bayramov held talks with his Turkish counterpart Hakan Fidan in Ankara on September 18.",
     "Jeyhun Bayramov", "Türkiye", "Ankara"),
    ("Turkish Foreign Minister Hakan Fidan met with his Azerbaijani counterpart Jeyhun Bayramov in Ankara on Monday.",
     "Jeyhun Bayramov", "Türkiye", "Ankara"),
])
def test_talks_in_a_capital_on_a_day_are_a_visit_of_the_party_from_elsewhere(text, visitor, host, city):
    [visit] = _one("visits", text, date(2023, 9, 20))
    assert (visit["visitor_name"], visit["host_country"], visit["city"], visit["visit_type"]) == \
        (visitor, host, city, "other")


@pytest.mark.parametrize("text", [
    "President Ilham Aliyev held phone talks with President Kassym-Jomart Tokayev from Baku on Monday.",
    "Foreign Minister Jeyhun Bayramov held talks with his Turkish counterpart Hakan Fidan.",  # no place, no day
    "President Ilham Aliyev met with Prime Minister Ali Asadov in Baku on Monday.",  # both at home
])
def test_calls_talks_without_place_and_meetings_at_home_are_not_visits(text):
    assert _one("visits", text, date(2023, 9, 20)) == []


def test_talks_during_a_visit_already_proposed_add_no_second_visit():
    text = ("President Ilham Aliyev paid a state visit to Kazakhstan on April 10-11. "
            "Aliyev held talks with President Kassym-Jomart Tokayev in Astana on April 11.")
    assert len(_one("visits", text, date(2023, 4, 12))) == 1


@pytest.mark.parametrize("sentence, kind", [
    ("Kazakhstan and Azerbaijan increased their trade by 40 percent in 2021 to $331.5 million.", "trade"),
    ("Trade between Azerbaijan and Türkiye reached $7 billion in 2022.", "trade"),
    ("Azerbaijan and Türkiye agreed to increase trade to $15 billion by 2030.", "targets"),
    ("Azerbaijan and Türkiye aim to raise trade to $15 billion.", "targets"),
    ("Trade between Azerbaijan and Türkiye will increase to $15 billion.", "targets"),
    ("Trade between Azerbaijan and Türkiye increased to $7 billion in 2022, and the sides agreed to bring it to "
     "$15 billion by 2030.", "both"),
])
def test_past_tense_increased_to_is_a_figure_and_intent_makes_a_target(sentence, kind):
    found = {p.table for p in propose(Article(sentence, date(2023, 9, 20), outlet="x"))}
    assert found == ({"trade", "targets"} if kind == "both" else {kind})


def test_he_is_the_last_named_speaker():
    resolver = Resolver(date(2024, 1, 17))
    resolver.resolve("President Ilham Aliyev")
    assert resolver.resolve("he").name == "Ilham Aliyev"


# Held-out sets moved into dev with their misses (docs/extraction.md): the
# articles the rules still get wrong. Strict: an article that passes must leave this list.
NOT_YET: set[str] = set()  # round 107: every dev article reads exactly


@pytest.mark.parametrize("meta", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="a listed miss"))
                                  if p.stem in NOT_YET else p
                                  for p in sorted((GOLD / "dev").glob("*.json"))], ids=lambda p: p.stem)
def test_each_pattern_article_gives_exactly_its_expected_records(meta):
    gold = json.loads(meta.read_text(encoding="utf-8"))
    text = article_text(meta.with_suffix(".txt").read_bytes())
    # the article as `make eval` builds it, its language included, so the two agree on every article
    article = Article(text, date.fromisoformat(gold["date"]), gold["url"], gold["outlet"], gold.get("language", "en"))
    result = score(propose(article), gold, meta.stem)
    assert result.misses == []


# Third round: each rule below was written for a miss of the second held-out set (docs/extraction.md)
# and has a second example in dev/26–29.

@pytest.mark.parametrize("words, published, expected", [
    ("In 2024, trade turnover grew", date(2025, 2, 14), "2024"),  # a year opening the sentence
    ("В 2023 году товарооборот вырос", date(2024, 2, 20), "2023"),  # Russian "in 2023"
    ("за 2023 год товарооборот составил", date(2024, 2, 20), "2023"),
    ("In January 2025, the two countries traded", date(2025, 3, 5), "2025-01"),  # one month
    ("in May the two countries traded", date(2024, 7, 6), "2024-05"),
    ("В январе-сентябре 2024 года товарооборот", date(2024, 10, 21), "2024-9M"),  # Russian months to date
    ("2024-cü ilin yanvar-sentyabr aylarında ticarət", date(2024, 11, 14), "2024-9M"),  # Azerbaijani
    # fifth round
    # months to date that are a quarter or a half take its label, as the trade table has them
    ("from January to March 2023 trade", date(2023, 5, 2), "2023-Q1"),
    ("January-June trade", date(2022, 8, 1), "2022-H1"),
    ("in the first six months of 2021", date(2021, 9, 1), "2021-H1"),
    ("в январе-марте 2022 года товарооборот", date(2022, 5, 1), "2022-Q1"),
    ("2023-cü ilin yanvar-iyun aylarında ticarət", date(2023, 8, 1), "2023-H1"),
    ("in January-July 2025", date(2025, 8, 20), "2025-7M"),  # other counts stay months to date
    # Russian quarters and halves
    ("во втором квартале 2023 года товарооборот", date(2023, 9, 1), "2023-Q2"),
    ("за I квартал товарооборот", date(2021, 5, 1), "2021-Q1"),
    ("в первом полугодии товарооборот", date(2020, 8, 1), "2020-H1"),
    # Russian last year and a year told "by its results"
    ("по итогам прошлого года товарооборот", date(2020, 3, 1), "2019"),
    ("за прошлый год товарооборот", date(2020, 3, 1), "2019"),
    ("по итогам 2022 года товарооборот", date(2023, 3, 1), "2022"),
    # Turkish months to date
    ("2022 yılının ocak-eylül döneminde ticaret", date(2022, 11, 1), "2022-9M"),
    ("bu yılın Ocak-Mayıs döneminde", date(2024, 7, 1), "2024-5M"),
    # Azerbaijani single months
    ("cari ilin mart ayında ticarət", date(2024, 5, 1), "2024-03"),
    ("2023-cü ilin oktyabr ayında ticarət", date(2024, 5, 1), "2023-10"),
    ("fevral ayında ticarət", date(2024, 5, 1), "2024-02"),
    # Azerbaijani and Turkish months to date as a count, quarters and halves, of a year named before them
    ("2023-cü ilin 8 ayında ticarət", date(2024, 1, 10), "2023-8M"),
    ("cari ilin ilk yeddi ayında ticarət", date(2024, 9, 1), "2024-7M"),
    ("2022 yılının ilk 11 ayında ticaret", date(2023, 1, 10), "2022-11M"),
    ("2021'in ilk yarısında ticaret", date(2021, 9, 1), "2021-H1"),
    ("yılın ilk üç ayında ticaret", date(2023, 5, 1), "2023-Q1"),
    ("bu yılın ikinci çeyreğinde ticaret", date(2023, 8, 1), "2023-Q2"),
    ("2022-ci ilin birinci rübündə ticarət", date(2023, 8, 1), "2022-Q1"),
    # Russian single months
    ("в апреле 2023 года товарооборот", date(2024, 5, 1), "2023-04"),
    ("в феврале текущего года товарооборот", date(2024, 5, 1), "2024-02"),
    ("в июне товарооборот", date(2024, 5, 1), "2023-06"),  # alone: the latest June that had ended
    ("в январе-апреле 2024 года товарооборот", date(2024, 5, 1), "2024-4M"),  # a range, not its first month
])
def test_periods_as_each_language_writes_them(words, published, expected):
    assert period_in(words, published)[0] == expected


def test_a_month_without_a_year_gives_way_to_the_year_the_sentence_names():
    assert period_in("In March, the ministry said trade reached $5 million in 2023.", date(2024, 7, 6))[0] == "2023"


def test_azerbaijani_abs_dollari_is_an_amount_in_dollars():
    [amount] = amounts_in("471,6 milyon ABŞ dolları təşkil edib")
    assert amount.usd_m == 471.6


def _tuples(table, text, day):
    return [proposal_tuple(table, r) for r in _one(table, text, day)]


def _trade(text, day):
    """(period, flow, value, growth) of each trade figure."""
    return [(r["period"], r["flow"], float(r["value_usd_million"]), r["growth_pct"]) for r in _one("trade", text, day)]


def test_traded_goods_worth_is_a_trade_figure():
    text = "In January 2025, Azerbaijan and Turkmenistan traded goods worth $31.2 million."
    assert _trade(text, date(2025, 3, 5)) == [("2025-01", "turnover", 31.2, "")]


def test_two_amounts_each_with_its_own_flow_are_two_figures_with_the_period_of_the_total_before():
    text = ("Trade between Azerbaijan and Turkmenistan rose to $482.4 million in 2024. "
            "Azerbaijan's exports to Turkmenistan totalled $98.7 million, while imports from Turkmenistan "
            "amounted to $383.7 million.")
    assert _trade(text, date(2025, 3, 5)) == [("2024", "turnover", 482.4, ""), ("2024", "export", 98.7, ""),
                                              ("2024", "import", 383.7, "")]


def test_a_comparison_amount_is_no_second_figure_and_a_far_sentence_inherits_no_period():
    text = ("Trade between Azerbaijan and Türkiye reached $7 billion in 2022, up from $5 billion. "
            "The ministers met. The talks were long. The sides spoke. Exports to Türkiye were $2 billion.")
    assert _trade(text, date(2023, 9, 20)) == [("2022", "turnover", 7000.0, "")]


def test_a_sentence_with_a_year_of_its_own_takes_no_period_from_the_sentence_before():
    text = ("Trade between Azerbaijan and Turkmenistan rose to $482.4 million in 2024. "
            "Exports to Turkmenistan are forecast at $150 million in 2027.")
    assert _trade(text, date(2025, 3, 5)) == [("2024", "turnover", 482.4, "")]


@pytest.mark.parametrize("text", [
    "Trade between Azerbaijan and Kazakhstan was $471.6 million in 2023. This is 28 percent more than in 2022.",
    "В 2023 году товарооборот между Азербайджаном и Казахстаном составил 471,6 млн долларов. Это на 28% больше, "
    "чем в 2022 году.",
    "2023-cü ildə Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 471,6 milyon ABŞ dolları təşkil edib. "
    "Bu, 2022-ci illə müqayisədə 28 faiz çoxdur.",
])
def test_growth_told_in_the_next_sentence_belongs_to_the_figure_before(text):
    assert _trade(text, date(2024, 2, 15)) == [("2023", "turnover", 471.6, "28")]


@pytest.mark.parametrize("sentence, kind", [
    ("Trade between Azerbaijan and Türkiye exceeded $7 billion in 2022, and the goal is to reach $15 billion.", "both"),
    ("Azerbaijan and Uzbekistan intend to reach $1 billion in trade.", "targets"),
    ("Trade between Azerbaijan and Türkiye rose by 10 percent in 2022 to reach $7 billion.", "trade"),  # a result
])
def test_intending_to_reach_an_amount_is_a_target_and_rising_to_reach_it_is_not(sentence, kind):
    found = {p.table for p in propose(Article(sentence, date(2023, 9, 25), outlet="x"))}
    assert found == ({"trade", "targets"} if kind == "both" else {kind})


@pytest.mark.parametrize("text, value, year", [
    ("«Мы намерены довести товарооборот между Азербайджаном и Казахстаном до 1 млрд долларов к 2030 году», "
     "— заявил Нуртлеу.", 1000.0, 2030),
    ("Мы поставили задачу довести товарооборот Азербайджана и Кыргызстана до 100 млн долларов.", 100.0, None),
    ("Azərbaycan və Qazaxıstan ticarət dövriyyəsini 2030-cu ilə qədər 1 milyard dollara çatdırmağı "
     "planlaşdırırlar.", 1000.0, 2030),
    ("Azərbaycan və Qazaxıstan ticarət dövriyyəsini 1 milyard dollaradək artırmaq istəyirlər.", 1000.0, None),
])
def test_russian_and_azerbaijani_targets_with_their_years(text, value, year):
    [target] = _tuples("targets", text, date(2024, 10, 21))
    assert target[1:] == (value, year)


def test_a_target_for_it_right_after_a_trade_figure_is_a_trade_target():
    text = ("In 2024, trade turnover between Uzbekistan and Azerbaijan grew to $310 million.\n\n"
            "The parties set the task of increasing it to $1 billion by 2030.")
    assert _tuples("targets", text, date(2025, 2, 14)) == [(frozenset({"UZB", "AZE"}), 1000.0, 2030)]
    for not_trade in ("The parties plan to increase investment to $1 billion by 2030.",
                      "It is planned to increase investment to $1 billion by 2030."):
        text = "In 2024, trade turnover between Uzbekistan and Azerbaijan grew to $310 million.\n\n" + not_trade
        assert _tuples("targets", text, date(2025, 2, 14)) == []


def test_a_headline_that_repeats_the_target_gives_one_target_with_the_year_the_body_adds():
    text = ("Azerbaijan, Türkiye aim to raise trade to $15 billion\n\n"
            "Trade between Azerbaijan and Türkiye was $7.6 billion in 2023. The sides aim to bring it to $15 billion "
            "by 2030.")
    assert _tuples("targets", text, date(2024, 10, 4)) == [(frozenset({"AZE", "TUR"}), 15000.0, 2030)]


@pytest.mark.parametrize("text, codes", [
    ("товарооборот между Азербайджаном и Кыргызстаном", ["AZE", "KGZ"]),
    ("президент Турции", ["TUR"]),
    ("Azərbaycanın Qazaxıstana ixracı", ["AZE", "KAZ"]),
    ("Türkiyədən idxal", ["TUR"]),
])
def test_declined_russian_and_azerbaijani_country_names_are_countries(text, codes):
    assert codes_in(text) == codes


@pytest.mark.parametrize("text, speaker", [
    ("Prezident İlham Əliyev bildirib: «Qazaxıstan bizim üçün qardaş ölkədir və əməkdaşlığımız genişlənir».",
     "Ilham Aliyev"),
    ("Министр иностранных дел Казахстана Мурат Нуртлеу отметил: «Азербайджан является для Казахстана "
     "стратегическим партнером».", "Murat Nurtleu"),
])
def test_azerbaijani_and_russian_verbs_before_a_colon_attribute_the_quote(text, speaker):
    [quote] = _one("quotes", text, date(2024, 10, 21))
    assert quote["speaker"] == speaker


def test_the_russian_zayavil_after_a_quote_attributes_it_to_the_lower_case_titled_speaker():
    text = ("«Мы поставили задачу довести товарооборот до 100 млн долларов в ближайшие годы», — заявил президент "
            "Кыргызстана Садыр Жапаров.")
    [quote] = _one("quotes", text, date(2024, 2, 20))
    assert (quote["speaker"], quote["quote"][:20]) == ("Sadyr Japarov", "Мы поставили задачу ")


@pytest.mark.parametrize("text, visitor", [
    ("On May 16, President of the Republic of Azerbaijan Ilham Aliyev received Minister of Foreign Affairs of "
     "the Kyrgyz Republic Jeenbek Kulubaev.", "Jeenbek Kulubaev"),
    ("On May 16, President Ilham Aliyev received Turkish Foreign Minister Hakan Fidan.", "Hakan Fidan"),
])
def test_x_received_y_is_a_visit_of_y_to_the_country_of_x(text, visitor):
    [visit] = _one("visits", text, date(2024, 5, 20))
    assert (visit["visitor_name"], visit["host_country"], visit["start_date"], visit["city"]) == \
        (visitor, "Azerbaijan", "2024-05-16", "")


def test_receiving_a_fellow_citizen_or_something_else_is_no_visit():
    for text in ("On May 16, President Ilham Aliyev received Foreign Minister Jeyhun Bayramov.",
                 "On May 16, President Ilham Aliyev received a phone call from President Tokayev."):
        assert _one("visits", text, date(2024, 5, 20)) == []


def test_talks_in_a_city_that_is_no_capital_on_the_datelines_day_are_a_visit():
    text = ("Presidents meet in Nakhchivan\n\nBaku, September 25, Trend\n\n"
            "President of Türkiye Recep Tayyip Erdoğan has held talks with President Ilham Aliyev in Nakhchivan.")
    [visit] = _one("visits", text, date(2023, 9, 25))
    assert (visit["visitor_name"], visit["host_country"], visit["start_date"], visit["city"]) == \
        ("Recep Tayyip Erdoğan", "Azerbaijan", "2023-09-25", "Nakhchivan")


def test_the_datelines_day_is_only_the_leads():
    text = ("Presidents meet\n\nBaku, September 25, Trend\n\nThe weather was fine.\n\n"
            "President of Türkiye Recep Tayyip Erdoğan has held talks with President Ilham Aliyev in Nakhchivan.")
    assert _one("visits", text, date(2023, 9, 25)) == []


def test_a_visit_city_matches_its_gold_spelling_with_or_without_accents():
    # plant: `fold(item["city"])` back to `item["city"]` in scoring.gold_tuple
    gold = {"visits": [{"visitor": "Ömer Bolat", "host": "TUR", "start": "2025-09-15", "city": "Eskisehir",
                        "type": "working", "documents": 3}]}
    proposals = propose(Article("Trade Minister Ömer Bolat arrived in Eskişehir on 15 September 2025 on a working "
                                "visit. Three documents were signed.", date(2025, 9, 16), "", "", "en"))
    assert [p.record["city"] for p in proposals if p.table == "visits"] == ["Eskişehir"]
    assert score(proposals, gold).tuples["visits"].f1 == 1.0
