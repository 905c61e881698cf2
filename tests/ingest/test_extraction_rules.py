"""Extraction rules a user would notice: dates and periods against the article's date, money forms,
offices on a date, and every pattern of the gold set (tests/extraction/gold/dev) found exactly."""
import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.ingest import Article, article_text, propose
from dashboard.ingest.money import amounts_in
from dashboard.ingest.people import Resolver
from dashboard.ingest.scoring import score
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


# The second held-out set, moved into dev with its misses (docs/extraction.md): the articles the
# rules still get wrong. Strict: an article that passes must leave this list.
NOT_YET = {"21-erdogan-nakhchivan",
           "23-aliyev-received-kyrgyz-fm", "24-az-ticaret-qazaxistan", "25-ru-tovarooborot-kyrgyzstan",
           # third round: written for dev before its rule changes, a second example of each of those misses
           "26-ru-devyat-mesyacev-kazakhstan", "27-az-doqquz-ay-ozbekistan", "28-aliyev-received-fidan",
           "29-mirziyoyev-shusha"}


@pytest.mark.parametrize("meta", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="a listed miss"))
                                  if p.stem in NOT_YET else p
                                  for p in sorted((GOLD / "dev").glob("*.json"))], ids=lambda p: p.stem)
def test_each_pattern_article_gives_exactly_its_expected_records(meta):
    gold = json.loads(meta.read_text(encoding="utf-8"))
    text = article_text(meta.with_suffix(".txt").read_bytes())
    result = score(propose(Article(text, date.fromisoformat(gold["date"]), gold["url"], gold["outlet"])), gold, meta.stem)
    assert result.misses == []
