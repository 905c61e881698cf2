"""Quote and visit forms of the held-out articles dev/30–41 (en/az/ru/tr), each as a small text.

One behaviour per test: what a journalist writes, and who the rules must say spoke or visited."""
from datetime import date

from dashboard.ingest import Article, propose


def _quotes(text: str, day: date) -> list[tuple[str, str]]:
    return [(p.record["speaker"], p.record["quote"]) for p in propose(Article(text, day, outlet="x"))
            if p.table == "quotes"]


def _visits(text: str, day: date) -> list[tuple]:
    return [(p.record["visitor_name"], p.record["host_country"], p.record["start_date"], p.record["city"],
             p.record["visit_type"]) for p in propose(Article(text, day, outlet="x")) if p.table == "visits"]


def test_a_label_paragraph_names_the_speaker_of_the_next_paragraph():
    text = ("Then the presidents made press statements.\n\nPresident Ilham Aliyev:\n\n"
            "- Dear friends, our countries have always stood side by side in every hard time.\n\n"
            "President Emomali Rahmon:\n\nOur trade is still very modest and must grow several times.")
    assert _quotes(text, date(2024, 5, 23)) == [
        ("Ilham Aliyev", "Dear friends, our countries have always stood side by side in every hard time."),
        ("Emomali Rahmon", "Our trade is still very modest and must grow several times.")]


def test_a_headline_with_a_name_and_a_colon_is_no_quote():
    text = ("Szijjártó: Hungary wants to buy more Azerbaijani gas\n\n"
            "Hungarian Minister of Foreign Affairs and Trade Péter Szijjártó has arrived in Baku.")
    assert _quotes(text, date(2024, 4, 25)) == []
