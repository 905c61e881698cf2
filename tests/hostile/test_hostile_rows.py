"""Hostile raw data: every bad row is refused by the build with file, line and field; nothing else is lost.

Each case writes one good row and one hostile row; the hostile one must be named (table.csv:3) and
left out, the good one kept.
"""
import pytest

from dashboard.data.build import build_tables
from tests.builders import raw_row, write_raw

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(1)">'

CASES = [
    # (id, table, field, value, expected message part)
    ("script-in-quote", "quotes", "quote", f"We are friends {SCRIPT}", "text: must be plain text"),
    ("img-onerror-in-speaker", "quotes", "speaker", f"Aliyev {IMG}", "speaker: must be plain text"),
    ("iframe-in-summary", "visits", "summary", '<iframe src="https://evil.example"></iframe>', "summary: must be plain text"),
    ("svg-onload-in-note", "trade", "note", "<svg onload=alert(1)>", "note: must be plain text"),
    ("html-comment-in-stated-by", "trade", "stated_by", "<!-- x --> Minister", "stated_by: must be plain text"),
    ("tag-in-role", "quotes", "speaker_role", "<b>President</b>", "speaker_role: must be plain text"),
    ("tag-in-city", "visits", "city", "<marquee>Baku", "city: must be plain text"),
    ("tag-in-publisher", "quotes", "source_publisher", "<a href=x>Azernews</a>", "publisher: must be plain text"),
    ("control-characters", "quotes", "quote", "broken\x00export", "text: must be plain text"),
    ("absurdly-long-text", "quotes", "quote", "word " * 2000, "text: must be plain text"),
    ("javascript-url", "quotes", "source_url", "javascript:alert(document.cookie)", "source_url: must be an http(s) link"),
    ("data-url", "trade", "source_url", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "source_url: must be an http(s) link"),
    ("vbscript-url", "visits", "source_url", "vbscript:msgbox(1)", "source_url: must be an http(s) link"),
    ("protocol-relative-url", "targets", "source_url", "//evil.example/x", "source_url: must be an http(s) link"),
    ("url-with-spaces", "quotes", "source_url", "https://a.org/x onmouseover=alert(1)", "source_url: must be an http(s) link"),
    ("value-not-a-number", "trade", "value_usd_million", "lots", "value_usd_m: must be a number"),
    ("value-negative", "trade", "value_usd_million", "-461.9", "value_usd_m: must be a number"),
    ("value-absurd", "trade", "value_usd_million", "99999999999", "value_usd_m: must be a number"),
    ("value-nan", "trade", "value_usd_million", "nan", "value_usd_m: must be a number"),
    ("value-infinite", "trade", "value_usd_million", "inf", "value_usd_m: must be a number"),
    ("growth-below-minus-100", "trade", "growth_pct", "-250", "growth_pct: must be a percentage"),
    ("target-value-negative", "targets", "target_value_usd_million", "-1000", "value_usd_m: must be a number"),
    ("target-year-absurd", "targets", "target_year", "3024", "target_year: must be a year"),
    ("documents-not-a-count", "visits", "documents_signed", "several", "documents_signed: must be a whole number"),
    ("documents-absurd", "visits", "documents_signed", "100000", "documents_signed: must be a whole number"),
    ("future-period", "trade", "period", "2099", "period: not a known period form"),
    ("future-visit", "visits", "start_date", "2099-01-01", "start_date: must be a past date"),
    ("future-quote", "quotes", "date", "2099-12-31", "date: must be a past date"),
    ("future-publication", "trade", "source_published", "2101-01-01", "published: must be a past date"),
    ("impossible-date", "quotes", "date", "2023-02-30", "date: must be a past date"),
    ("wrong-type-flow", "trade", "flow", "1", "flow: must be one of"),
    ("unknown-country", "visits", "host_country", "Atlantis", "host_country: unknown country"),
    ("unknown-topic", "quotes", "topic", "gossip", "topic: topics must be among"),
    ("unknown-language", "quotes", "language", "klingon", "language: must be one of"),
]


@pytest.mark.parametrize("table, field, value, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hostile_value_is_refused_with_file_line_and_field(tmp_path, table, field, value, expected):
    good = raw_row(table, quote="A different good quote") if table == "quotes" else raw_row(table)
    if table == "visits":
        good = raw_row(table, city="Baku")
    tables = build_tables(write_raw(tmp_path, **{table: [good, raw_row(table, **{field: value})]}))
    messages = [str(p) for p in tables.problems]
    assert any(f"{table}.csv:3: {expected}" in m for m in messages), messages
    assert len(tables.table(table)) == 1


def test_duplicate_visit_is_left_out_naming_the_first(tmp_path):
    tables = build_tables(write_raw(tmp_path, visits=[raw_row("visits"), raw_row("visits")]))
    assert [str(p).split(": ", 1)[1] for p in tables.problems] == ["visit_id: duplicate of the row on line 2; left out"]


def test_duplicate_trade_figure_is_left_out(tmp_path):
    tables = build_tables(write_raw(tmp_path, trade=[raw_row("trade"), raw_row("trade")]))
    assert len(tables.trade) == 1 and "duplicate of the row on line 2" in str(tables.problems[0])


def test_an_unclosed_quote_keeps_the_rows_before_it(tmp_path):
    write_raw(tmp_path, trade=[raw_row("trade"), raw_row("trade", period="2021")])
    path = tmp_path / "trade.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'Azerbaijan,"Türkiye,2020,turnover\n', encoding="utf-8")
    tables = build_tables(tmp_path)
    assert len(tables.trade) == 2
    assert "trade.csv:4: row: broken CSV quoting" in str(tables.problems[0])


def test_latin1_bytes_are_reported_by_line_not_guessed(tmp_path):
    write_raw(tmp_path, quotes=[raw_row("quotes"), raw_row("quotes", speaker="Recep Tayyip Erdogan", quote="Türkiye")])
    path = tmp_path / "quotes.csv"
    path.write_bytes(path.read_bytes().replace("Türkiye".encode(), "Türkiye".encode("latin-1")))
    tables = build_tables(tmp_path)
    assert "quotes.csv:3: row: bytes that are not UTF-8" in str(tables.problems[0])
    assert len(tables.quotes) == 1


def test_byte_order_mark_and_windows_line_endings_are_read_normally(tmp_path):
    write_raw(tmp_path)
    path = tmp_path / "visits.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    tables = build_tables(tmp_path)
    assert tables.problems == () and len(tables.visits) == 1


def test_markdown_and_streamlit_syntax_in_text_is_kept_as_words(tmp_path):
    text = "See [this](javascript:alert(1)) **now** :red[alarm] $x^2$ :material/warning:"
    tables = build_tables(write_raw(tmp_path, quotes=[raw_row("quotes", quote=text)]))
    assert tables.problems == () and tables.quotes["text"].iloc[0] == text


def test_a_file_that_is_empty_is_reported_and_the_app_data_still_builds(tmp_path):
    write_raw(tmp_path)
    (tmp_path / "targets.csv").write_bytes(b"")
    tables = build_tables(tmp_path)
    assert "targets.csv: file: empty file" in str(tables.problems[0])
    assert len(tables.trade) == 1 and len(tables.targets) == 0


def test_a_missing_file_is_reported(tmp_path):
    write_raw(tmp_path)
    (tmp_path / "visits.csv").unlink()
    tables = build_tables(tmp_path)
    assert "visits.csv: file: file missing" in str(tables.problems[0])


def test_blank_lines_are_skipped_and_later_rows_keep_their_true_line_numbers(tmp_path):
    write_raw(tmp_path, trade=[raw_row("trade"), raw_row("trade", flow="barter")])
    path = tmp_path / "trade.csv"
    header, first, second = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([header, first, "", " , ", second]) + "\n", encoding="utf-8")
    tables = build_tables(tmp_path)
    assert [str(p).split(": ")[0].rsplit("/", 1)[-1] for p in tables.problems] == ["trade.csv:5"]
    assert len(tables.trade) == 1
