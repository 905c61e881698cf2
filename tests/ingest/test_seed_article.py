"""The seed article (Azernews, 11 April 2023) gives exactly the records a curator took from it."""
from datetime import date
from pathlib import Path

import pytest

from dashboard.ingest import Article, article_text, propose

SEED = Path(__file__).resolve().parents[1] / "extraction" / "gold" / "dev" / "01-seed-azernews.txt"


@pytest.fixture(scope="module")
def proposals():
    text = article_text(SEED.read_bytes())
    return propose(Article(text, date(2023, 4, 11), "", "Azernews", "en"))


def of(proposals, table):
    return [p.record for p in proposals if p.table == table]


def test_the_visit_is_aliyev_to_astana_on_10_april_with_documents_of_unstated_number(proposals):
    [visit] = of(proposals, "visits")
    assert (visit["start_date"], visit["visitor_name"], visit["visitor_country"], visit["host_country"], visit["city"]) == \
        ("2023-04-10", "Ilham Aliyev", "Azerbaijan", "Kazakhstan", "Astana")
    assert visit["documents_signed"] == ""
    assert "documents signed (number not stated)" in visit["summary"]
    assert "street named after Heydar Aliyev" in visit["summary"]


def test_aliyevs_two_quotes_including_the_partial_one_on_the_roots(proposals):
    aliyev = [q["quote"] for q in of(proposals, "quotes") if q["speaker"] == "Ilham Aliyev"]
    assert aliyev == ["We are allies, we are brothers, we are friends",
                      "roots of our peoples, which go back into the depths of history, form the basis of relations "
                      "between the people of Kazakhstan and Azerbaijan"]


def test_tokayevs_three_quotes_the_third_by_the_kazakh_leader(proposals):
    tokayev = [p for p in proposals if p.table == "quotes" and p.record["speaker"] == "Kassym-Jomart Tokayev"]
    assert [p.record["quote"].split()[:3] for p in tokayev] == [["Our", "duty", "is"], ["Some", "exceptionally", "important"],
                                                                ["Agreement", "has", "been"]]
    assert tokayev[2].record["speaker_country"] == "Kazakhstan"
    assert "speaker by office" in tokayev[2].rule  # "the Kazakh leader" on 2023-04-10 -> Tokayev
    assert all(p.record["date"] == "2023-04-10" for p in tokayev)


def test_the_trade_figure_is_2022_approaching_500m_up_40_percent(proposals):
    [figure] = of(proposals, "trade")
    assert (figure["reporter_country"], figure["partner_country"], figure["period"], figure["flow"]) == \
        ("Azerbaijan", "Kazakhstan", "2022", "turnover")
    assert (figure["value_usd_million"], figure["growth_pct"], figure["value_qualifier"]) == ("500", "40", "approaching")


def test_the_target_is_a_billion_dollars_without_a_deadline(proposals):
    [target] = of(proposals, "targets")
    assert (target["country_a"], target["country_b"], target["target_value_usd_million"], target["target_year"]) == \
        ("Azerbaijan", "Kazakhstan", "1000", "")


def test_nothing_else_is_proposed_and_every_proposal_points_at_its_words(proposals):
    assert [p.table for p in proposals].count("quotes") == 5 and len(proposals) == 8
    text = article_text(SEED.read_bytes())
    for p in proposals:
        start, end = p.span
        assert 0 <= start < end <= len(text) and 0 < p.confidence <= 1 and p.rule
    values = {p.table: text[p.span[0]:p.span[1]] for p in proposals if p.table in ("trade", "targets")}
    assert values == {"trade": "half-billion", "targets": "a billion dollars"}


def test_every_proposal_of_the_seed_passes_the_raw_files_schemas(proposals):
    """What an editor accepts is saved only if it validates like a curated row (e.g. the target's
    value_qualifier column): every proposal of the seed must already be a valid raw row."""
    from dashboard.store.keys import problems_of

    for table in ("quotes", "visits", "trade", "targets"):
        records = of(proposals, table)
        assert records, table
        assert problems_of(table, records, "proposals") == [], table
