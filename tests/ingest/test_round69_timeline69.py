"""Sixty-ninth round, timeline69 (docs/extraction.md: text_input.py and sentences.py, visits.py, figures.py and
money.py, quotes.py): the forms behind the dev/1114 misses, an English explainer whose body is a dated timeline, told
in short invented texts. A bulleted list's lines stay lines, each item a sentence of its own (text_input, sentences);
a dated item with no verb, "- 5 May 2026 — X in Tashkent, state visit; 12 documents", is a visit, its count what was
signed, none when it counts none, and a later item of the visit's days counting "N more" adds them (visits); a table of
one pair's trade by period, "- 2024: 438.2 (+6.5%)" under "Trade, USD million (…)", gives the pair's turnover of each
period (figures, money.table_unit's unit after a comma); and a list of dated plans, "- April 2026 — opening of …", is
nobody's words (quotes). The texts go through article_text, as a pasted article does. Each test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from dashboard.ingest import article_text
from tests.ingest import proposed

DAY = date(2026, 6, 20)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KG_TR = proposed.pair("Kyrgyzstan", "Türkiye")

TIMELINE = article_text("""Kazakhstan and Uzbekistan: from consultations to a state visit

Astana and Tashkent have met more often this year than ever. Below are the main dates.

Key dates

- 14 February 2026 — Bakhtiyor Saidov in Astana; political consultations between the foreign ministries
- 2 March 2026 — Ayan Erzhanov, Kazakhstan's deputy trade minister, in Tashkent; trade council session; 3 documents
- April 2026 — Shavkat Mirziyoyev in Turkistan; private visit
- 5 May 2026 — Kassym-Jomart Tokayev in Tashkent, state visit; 12 documents, including a treaty on allied relations
- 6 May 2026 — business forum in Samarkand on the second day of the state visit; 3 more agreements between companies
- 9 May 2026 — Tokayev and Mirziyoyev; telephone conversation

The two leaders will meet again in the autumn.""")

SECOND = article_text("""Türkiye and Kyrgyzstan in five dates: talks, a working visit, an official visit

Ankara and Bishkek have kept a busy calendar.

• 3 March 2026 – Hakan Fidan in Bishkek; meeting of the strategic planning group; two memoranda
• 20 April 2026 – Sadyr Japarov in Ankara, official visit; nine agreements
• 21 April 2026 – Turkish–Kyrgyz forum in Istanbul on the last day of the official visit; 5 additional contracts
• Later in 2026 – Recep Tayyip Erdogan expected in Bishkek

The sides say the calendar for next year is already full.""")


# plant: _timeline_item_visit returning None at once (so too, each apart: text_input._is_bulleted_list returning False,
# the items then run together; sentences._BULLET_LINE_NEXT dropped from _END)
def test_a_timeline_item_with_no_verb_is_a_visit():
    assert proposed.visits(TIMELINE, DAY) == [
        ("Bakhtiyor Saidov", "Kazakhstan", "2026-02-14", "Astana", "other"),
        ("Ayan Erzhanov", "Uzbekistan", "2026-03-02", "Tashkent", "other"),
        ("Kassym-Jomart Tokayev", "Uzbekistan", "2026-05-05", "Tashkent", "state")]
    assert proposed.visits(SECOND, DAY) == [
        ("Hakan Fidan", "Kyrgyzstan", "2026-03-03", "Bishkek", "other"),
        ("Sadyr Japarov", "Türkiye", "2026-04-20", "Ankara", "official")]


# plant: _told_in_a_timeline returning False (the headline's "state visit", "working visit" given to the untyped items)
def test_a_timeline_item_keeps_its_own_type():
    kinds = [visit[4] for visit in proposed.visits(TIMELINE, DAY)]
    assert kinds == ["other", "other", "state"]
    kinds = [visit[4] for visit in proposed.visits(SECOND, DAY)]
    assert kinds == ["other", "official"]


# plant: _timeline_more_signed returning False (so too, apart: the item's count read as None when it counts none,
# `if count else 0` → `if count else None` in _timeline_item_visit)
def test_a_timeline_item_counts_its_documents_and_a_later_item_adds_more():
    # 0 where the item counts none; 12 + 3 "more" from the next day's forum
    assert proposed.documents(TIMELINE, DAY) == ["0", "3", "15"]
    # count words, and "additional" as "more"
    assert proposed.documents(SECOND, DAY) == ["2", "14"]


TRADE_TABLE = article_text("""Kazakhstan and Uzbekistan: the numbers

Trade between Kazakhstan and Uzbekistan keeps growing, official data show.

Trade, USD million (Kazakh statistics)

- 2024: 4,120.5
- 2025: 4,590.0 (+11.4%)
- January–March 2026: 1,210.7

The growth came mostly from grain and metals.""")

TRADE_TABLE_2 = article_text("""Kyrgyzstan and Türkiye: trade by year

Kyrgyzstan's trade with Türkiye has doubled in three years.

Kyrgyz–Turkish trade, US$ million

• 2023 – 812.4
• 2024 – 905.3 (+11.4%)

Turkish textiles lead the list.""")


# plant: the _period_table_line branch dropped from find_figures (so too, apart: the comma form dropped from
# money._TABLE_UNIT, the heading then telling no unit)
def test_a_table_of_one_pairs_trade_by_period():
    assert proposed.trade(TRADE_TABLE, DAY) == [
        (KZ_UZ, "2024", "turnover", 4120.5, "exact", ""),
        (KZ_UZ, "2025", "turnover", 4590.0, "exact", "11.4"),
        (KZ_UZ, "2026-Q1", "turnover", 1210.7, "exact", "")]
    assert proposed.trade(TRADE_TABLE_2, DAY) == [
        (KG_TR, "2023", "turnover", 812.4, "exact", ""),
        (KG_TR, "2024", "turnover", 905.3, "exact", "11.4")]
    # a heading naming no trade is no such table
    plain = TRADE_TABLE.replace("Trade, USD million", "Grain, USD million")
    assert proposed.trade(plain, DAY) == []


PLANS = article_text("""Kazakhstan and Uzbekistan look ahead

At the talks in Tashkent, Tokayev spoke of the railway: “The new line will carry ten million tonnes of cargo a year.”

What comes next

- September 2026 — opening of the Kazakh trade house in Tashkent
- Early 2027 — Shavkat Mirziyoyev expected in Astana on a return visit
- 2028 — first trains on the new line

Both sides say the schedule is tight.""")

PLANS_2 = article_text("""Kyrgyzstan and Türkiye: the road ahead

Japarov told reporters in Ankara: “Our trade can grow much faster if the new road is built on time.”

Next steps

– Q3 2026 – tender for the Bishkek bypass
– 2027 – start of construction and a new intergovernmental commission

Observers expect delays.""")


# plant: quotes._dated_items returning False
def test_a_list_of_dated_plans_is_nobodys_words():
    assert [quote for _, quote in proposed.quotes(PLANS, DAY)] == [
        "The new line will carry ten million tonnes of cargo a year."]
    assert [quote for _, quote in proposed.quotes(PLANS_2, DAY)] == [
        "Our trade can grow much faster if the new road is built on time."]
