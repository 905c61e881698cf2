"""Seventieth round, review70 (docs/extraction.md: document.py, visits.py, figures.py): the form behind the dev/1129
misses, an English review of a year whose visits are listed in a grid written as text, told in short invented texts.
A grid whose header names a column of the day, of the visitor and of the place ("Date | Visitor | Place | Type |
Documents", "Date | Guest | City | Visit type | Agreements signed") is a visit a row: the guest's state and title after
his name, a place a capital, a city, or "City, Country" for the state's own leader abroad; a bare type ("State",
"Working") is that visit's type, "OTS summit" a summit; a count of documents is what was signed and a dash none. A day
with no year takes the one year the headline names (a review of that year). The rows and cells are read in one home
(Document.grids), which a release's grid of partners still reads (figures). The texts go through article_text, as a
pasted article does. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from dashboard.ingest import article_text
from tests.ingest import proposed

DAY = date(2026, 1, 12)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")

GUESTS = article_text("""Kazakhstan's foreign policy in 2025: a year of guests

ASTANA — The capital received more leaders this year than in any year before.

Leaders who came to Kazakhstan:

Date | Visitor | Place | Type | Documents
14 Feb | Ilham Aliyev, President of Azerbaijan | Astana | Official | 11
2 Jun | Sadyr Japarov, President of Kyrgyzstan | Turkistan | Working | 3
5 Jul | Kassym-Jomart Tokayev | Astana | Working | 2

The ministry expects more visits next year.""")

SECOND = article_text("""Türkiye's calendar, 2025

| Date | Guest | City | Visit type | Agreements signed |
|---|---|---|---|---|
| 21 Mar | Shavkat Mirziyoyev, President of Uzbekistan | Ankara | State | 14 |
| 9 Oct | Sadyr Japarov, President of Kyrgyzstan | Istanbul | Working | – |

Both leaders are expected back in 2026.""")

ABROAD = article_text("""Uzbekistan's president abroad in 2025

The president made fewer trips than in 2024, but each one counted.

Date | Visitor | Place | Type | Documents
3 Apr | Shavkat Mirziyoyev | Samarkand | State | 4
4 Jul | Shavkat Mirziyoyev | Shusha, Azerbaijan | OTS summit | –
12 Sep | Shavkat Mirziyoyev | Astana, Kazakhstan | State | 16

All of them were first announced by the press service.""")


# plant: visits._grid_visits returning [] at once (so too: _visit_grid_columns asking for a column no header names)
def test_a_grid_of_visits_is_a_visit_a_row():
    assert proposed.visits(GUESTS, DAY) == [
        ("Ilham Aliyev", "Kazakhstan", "2025-02-14", "Astana", "official"),
        ("Sadyr Japarov", "Kazakhstan", "2025-06-02", "Turkistan", "working")]
    assert proposed.visits(SECOND, DAY) == [
        ("Shavkat Mirziyoyev", "Türkiye", "2025-03-21", "Ankara", "state"),
        ("Sadyr Japarov", "Türkiye", "2025-10-09", "Istanbul", "working")]


# plant: visits._place given no visitor's state in _grid_visit, nor the host checked against his (the leader at home,
# in Samarkand, then a visit too; the two together: either alone keeps the home row out)
def test_the_leaders_own_trips_abroad_with_city_and_country():
    assert proposed.visits(ABROAD, DAY) == [
        ("Shavkat Mirziyoyev", "Azerbaijan", "2025-07-04", "Shusha", "summit"),
        ("Shavkat Mirziyoyev", "Kazakhstan", "2025-09-12", "Astana", "state")]


# plant: the bare type read as is (`_type_of(f"{kind} visit", False)` dropped from _grid_visit): "other" for each
def test_a_bare_type_is_the_visits_type():
    kinds = [visit[4] for visit in proposed.visits(GUESTS, DAY) + proposed.visits(SECOND, DAY)]
    assert kinds == ["official", "working", "state", "working"]


# plant: _VISIT_GRID_NONE dropped from _grid_visit (a dash then leaves the count unknown, "")
def test_a_count_is_what_was_signed_and_a_dash_none():
    assert proposed.documents(GUESTS, DAY) == ["11", "3"]
    assert proposed.documents(SECOND, DAY) == ["14", "0"]
    assert proposed.documents(ABROAD, DAY) == ["0", "16"]


# plant: visits._headline_year returning None (the days then the latest before the publication: 2026-01-05, 2024-12-28)
def test_a_day_with_no_year_takes_the_headlines_year():
    early = article_text("""The region's diplomacy in 2025: a look back

Date | Visitor | Place | Type | Documents
5 Jan | Ilham Aliyev, President of Azerbaijan | Tashkent | State | 9""")
    assert proposed.visits(early, DAY) == [("Ilham Aliyev", "Uzbekistan", "2025-01-05", "Tashkent", "state")]
    late = article_text("""2025 in review: Ankara's guests

Date | Guest | City | Type | Documents
28 Dec | Sadyr Japarov, President of Kyrgyzstan | Ankara | Official | 5""")
    assert proposed.visits(late, date(2025, 12, 30)) == [("Sadyr Japarov", "Türkiye", "2025-12-28", "Ankara",
                                                          "official")]


# plant: Document.grids joining every row into one grid (the partners' grid then read with the visits' header first)
def test_a_grid_of_partners_is_no_visit_and_keeps_its_figures():
    text = article_text("""Uzbekistan's year in 2025: visits and trade

Date | Visitor | Place | Type | Documents
14 Feb | Ilham Aliyev, President of Azerbaijan | Tashkent | Official | 11

Uzbekistan's trade with the Turkic states (USD million):

Partner | 2025 | 2024 | Change, %
Kazakhstan | 4,960.0 | 4,436.0 | +11.8""")
    assert proposed.visits(text, DAY) == [("Ilham Aliyev", "Uzbekistan", "2025-02-14", "Tashkent", "official")]
    assert proposed.trade_values(text, DAY) == {(KZ_UZ, "2025", "turnover", 4960.0),
                                                (KZ_UZ, "2024", "turnover", 4436.0)}


# plant: the day read by when.dates_in alone in _grid_visit (so too: local_dates_in alone dropped; numeric_dates_in
# alone dropped changes nothing, local_dates_in reads those days too) (so too, apart: "host country" dropped from the
# place's header words)
def test_a_day_in_russian_or_in_figures_and_a_column_of_the_host():
    russian = article_text("""Визиты 2025 года

Дата | Гость | Место | Документы
18 апреля | Садыр Жапаров, Президент Кыргызстана | Ташкент | 6""")
    assert proposed.visits(russian, DAY) == [("Sadyr Japarov", "Uzbekistan", "2025-04-18", "Tashkent", "other")]
    figures = article_text("""Guests of 2025

Date | Visitor | Host country | Documents
07.05.2025 | Ilham Aliyev, President of Azerbaijan | Kazakhstan | 3""")
    assert proposed.visits(figures, DAY) == [("Ilham Aliyev", "Kazakhstan", "2025-05-07", "", "other")]
