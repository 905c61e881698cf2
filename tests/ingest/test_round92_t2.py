"""Ninety-second round, t2 (docs/extraction.md: document.py's digest items and figures.py's targets): the day's agenda,
its headline opened by "Gündem" (or "Agenda") and a bar or colon, its items under the days' subheadings ("BUGÜN",
"YARIN", "CUMA"), is a digest of separate stories: an item's figure naming no state ("İki ülke arasındaki ticaret hacmi
…") is of the two states its own item names, not of the state an earlier item was about; a headline merely holding the
word ("Gündemde Kırgızistan var") opens no agenda. An amount of trade told with no target word and no period ("have
talked of $3 billion in annual trade for years") is a goal when the next sentence ties it to a deadline by a word
pointing back at it ("agreeing to reach it by 2029"), one target with that year; a figure of a time ("came to $3 billion
in 2025") stays a trade figure and gives no target. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 4)
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
KG_UZ = proposed.pair("Kyrgyzstan", "Uzbekistan")
TR_KG = proposed.pair("Türkiye", "Kyrgyzstan")

AGENDA_ITEMS = (
    "BUGÜN\n\n"
    "Caparov İstanbul'da: Kırgızistan Cumhurbaşkanı Sadır Caparov dün İstanbul'a geldi. Caparov, Kırgızistan ile "
    "ilişkilerin her alanda geliştiğini söyledi.\n\n"
    "YARIN\n\n"
    "Ankara'da komisyon: Özbek heyeti yarın Ankara'ya gelecek. Heyet, Ticaret Bakanı Ömer Bolat ile birlikte "
    "Türkiye-Özbekistan Karma Ekonomik Komisyonu toplantısına katılacak.\n\n"
    "Bakan Bolat, toplantının verimli geçeceğini söyledi. İki ülke arasındaki ticaret hacmi ocak-eylül döneminde 3,2 "
    "milyar doları aştı.\n\n"
    "CUMA\n\n"
    "Fidan Bakü'de: Dışişleri Bakanı Hakan Fidan cuma günü Bakü'ye gidecek.\n")


# plant: in document._REVIEW_HEADLINE, the agenda's branch taken out (the item's figure then goes to the earlier
# item's Kyrgyzstan with Türkiye)
def test_an_agenda_items_figure_is_of_its_own_two_states():
    text = "Gündem | 4 Kasım 2026: Caparov İstanbul'da, Özbek heyeti Ankara'da\n\n" + AGENDA_ITEMS
    assert proposed.trade_values(text, DAY) == {(TR_UZ, "2026-9M", "turnover", 3200.0)}


# plant: the agenda's branch of _REVIEW_HEADLINE matching the word anywhere in the headline ("\bgündem\w*") in place
# of opening it with a bar or colon (this headline then opens an agenda too: the pair becomes Türkiye-Uzbekistan)
def test_a_headline_merely_holding_the_word_opens_no_agenda():
    text = "Gündemde Kırgızistan var\n\n" + AGENDA_ITEMS
    assert all(pair != TR_UZ for pair, _, _, _ in proposed.trade_values(text, DAY))


# plant: in figures, the `_made_a_goal_next` branch of the target test taken out (the amount then gives no target)
def test_an_amount_tied_to_a_deadline_in_the_next_sentence_is_a_goal():
    text = ("Three things from the Tashkent talks\n\n"
            "Ankara and Tashkent have talked of $3 billion in annual trade for years. This week the two sides put a "
            "date on the figure, agreeing to reach it by 2029.")
    assert proposed.targets(text, DAY) == [(TR_UZ, 3000.0, "2029")]


# plant: `_made_a_goal_next` with its `when.period_in` test taken out (last year's figure then becomes a goal of 2029)
def test_a_figure_of_a_time_stays_a_figure():
    text = ("Three things from the Tashkent talks\n\n"
            "Trade between Türkiye and Uzbekistan came to $3 billion in 2025. This week the two sides agreed to reach "
            "it again by 2029.")
    assert proposed.targets(text, DAY) == []
    assert proposed.trade_values(text, DAY) == {(TR_UZ, "2025", "turnover", 3000.0)}
