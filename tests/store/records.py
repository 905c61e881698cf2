"""Small valid raw records for the storage tests (raw-CSV shape, as extraction proposes them)."""
from datetime import date

from dashboard.ingest import Article
from dashboard.ingest.model import raw_record

ARTICLE = Article("", date(2024, 5, 2), "https://example.org/news/store-test", "Test Wire")


def quote(n: int, speaker: str = "Ilham Aliyev") -> dict[str, str]:
    return raw_record("quotes", ARTICLE, date="2024-05-01", speaker=speaker, speaker_role="President",
                      speaker_country="Azerbaijan", quote=f"Test statement number {n} about our brotherly ties",
                      topic="politics", countries_mentioned="Azerbaijan;Kazakhstan", language="en")


def trade(value: str = "123.4") -> dict[str, str]:
    return raw_record("trade", ARTICLE, reporter_country="Azerbaijan", partner_country="Kazakhstan", period="2023",
                      flow="turnover", value_usd_million=value, growth_pct="", stated_by="State Customs Committee",
                      note="", value_qualifier="exact", scope="all goods", flag_reason="")
