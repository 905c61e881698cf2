"""Eighty-fifth round, k2 (docs/extraction.md: visits.py, figures.py): a data piece's grid of a year's visits, its
header "Date | Visitor | Host | City | Documents", its caption naming the year, a legend under it. Each row done is a
visit with the city its own column names (a town the places do not know too, "Lankaran"); a visitor the office holders
table does not know is read from his title, of the state it names ("Kazakh transport minister") or, naming none
("economy minister"), of the grid's home state, whose known officials it titles so; a row "(scheduled)" is no visit;
a dash in the documents' column is none signed, "n/d" a number not disclosed (no 0). In prose: "A and B
each traded less than $40 million with C" is two figures, A's and B's with C; a target told after "X's visit to
<city>, where the two sides" is of X's state and the city's. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
GRID = ("Azerbaijan's Central Asian year\n\n"
        "Baku logged a busy year of visits to and from the region.\n\n"
        "High-level visits between Azerbaijan and Central Asia, 2026\n\n"
        "Date | Visitor | Host | City | Documents\n"
        "3–4 Mar | Jeyhun Bayramov, foreign minister | Kazakhstan | Astana | 5\n"
        "12 Apr | Ali Asadov, prime minister | Uzbekistan | Bukhara | 3\n"
        "9 Jun | Ruslan Omarov, Kazakh transport minister | Azerbaijan | Lankaran | –\n"
        "21 Sep | Samir Guliyev, economy minister | Turkmenistan | Balkanabat | n/d\n"
        "15 Dec (scheduled) | Jeyhun Bayramov | Kyrgyzstan | Bishkek | –\n\n"
        "Note: a dash (–) means no documents were signed; n/d means the number was not disclosed.\n\n"
        "Officials say more visits are planned for next year.")


# plant: the "city" role taken out of visits._VISIT_GRID_COLUMNS (the city's column then no part of the visit)
def test_a_grid_row_is_a_visit_in_its_city_column_s_city():
    found = proposed.visits(GRID, DAY)
    assert ("Jeyhun Bayramov", "Kazakhstan", "2026-03-03", "Astana", "other") in found
    assert ("Ali Asadov", "Uzbekistan", "2026-04-12", "Bukhara", "other") in found


# plant: visits._grid_visitor returning _persons_in(text, resolver) alone (the unlisted visitors then no visit)
def test_an_unlisted_visitor_takes_the_state_his_title_names_or_the_grid_s_home():
    found = proposed.visits(GRID, DAY)
    assert ("Ruslan Omarov", "Azerbaijan", "2026-06-09", "Lankaran", "other") in found
    assert ("Samir Guliyev", "Turkmenistan", "2026-09-21", "Balkanabat", "other") in found


# plant: `if _GRID_ROW_TO_COME.search(day) …: return None` taken out of visits._grid_visit (the calendar's trip then
# a visit)
def test_a_scheduled_row_is_no_visit():
    assert [v for v in proposed.visits(GRID, DAY) if v[1] == "Kyrgyzstan"] == []
    assert len(proposed.visits(GRID, DAY)) == 4


# plant: the `elif _VISIT_GRID_UNDISCLOSED.fullmatch(count)` branch taken out of visits._grid_visit (the "n/d" row's
# count then 0 by default)
def test_a_count_not_disclosed_is_no_zero():
    assert proposed.documents(GRID, DAY) == ["5", "3", "0", ""]


# the near form: a grid with no home state (its known officials of two states) leaves a visitor titled with no state
# unread (plant: visits._grid_home returning homes[0] whenever it found one)
def test_a_title_naming_no_state_without_a_home_state_gives_no_visit():
    text = GRID.replace("Ali Asadov, prime minister", "Kassym-Jomart Tokayev, president").replace(
        "| Uzbekistan | Bukhara |", "| Azerbaijan | Baku |")
    assert [v for v in proposed.visits(text, DAY) if v[0] == "Samir Guliyev"] == []


LEAD = "Trade in the region\n\n"


# plant: `each[0] if each else pair` written `pair` in figures.find_figures, and the second figure not appended
def test_two_states_each_trading_with_a_third_are_two_figures():
    text = LEAD + "Turkmenistan and Kyrgyzstan each traded less than $25 million with Azerbaijan in 2025."
    assert proposed.trade_values(text, DAY) == {
        (proposed.pair("Turkmenistan", "Azerbaijan"), "2025", "turnover", 25.0),
        (proposed.pair("Kyrgyzstan", "Azerbaijan"), "2025", "turnover", 25.0)}


# the near form: with no "each" the amount may be the two's together: no figure of each with the third (plant:
# "each" made optional in figures._EACH_WITH_ONE, "(?:each\\s+)?", and its gate `" each " in s.check` taken out)
def test_two_states_trading_with_a_third_without_each_are_not_split():
    text = LEAD + "Turkmenistan and Kyrgyzstan traded less than $25 million with Azerbaijan in 2025."
    pairs = {figure[0] for figure in proposed.trade_values(text, DAY)}
    assert not {proposed.pair("Turkmenistan", "Azerbaijan"), proposed.pair("Kyrgyzstan", "Azerbaijan")} <= pairs


# plant: the `"where the two" in s.check and _where_the_two_pair(…)` taken out of figures.find_figures' target pair
def test_a_target_after_a_visit_s_city_where_the_two_sides_is_that_visit_s():
    text = LEAD + ("The highlights were Bayramov's trip to Kazakhstan, the first by an Azerbaijani foreign minister in "
                   "years, and Ali Asadov's official visit to Bukhara, where the two sides agreed to raise bilateral "
                   "trade to $2 billion by 2030.")
    assert proposed.targets(text, DAY) == [(proposed.pair("Azerbaijan", "Uzbekistan"), 2000.0, "2030")]


# plant: `or _caption_year(doc, grid[0], published)` taken out of visits._grid_visits (a day then this year's)
def test_a_day_with_no_year_takes_the_caption_s_year():
    text = GRID.replace("Central Asia, 2026", "Central Asia, 2025")
    assert ("Ali Asadov", "Uzbekistan", "2025-04-12", "Bukhara", "other") in proposed.visits(text, DAY)
