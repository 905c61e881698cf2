"""Eighty-third round, w1 (docs/extraction.md: visits.py, quotes.py): a Turkish columnist travelling with a minister
tells the minister's trip in the first person plural, "we were in City with Minister X" ("Bakan X ile birlikte
Bakü'deydik"): that is X's visit to the city's state (the reporter's own trip is no record), dated by the day the
sentence names or else by the day the next sentence of its paragraph tells "we" landed ("çarşamba sabahı … indik"),
typed by the paragraph's next sentences ("Bakanın resmi ziyareti üç gün sürdü"). Without a title before the name
(a colleague) or in the minister's own country, no visit. And the words someone said as the predicate of a subject
that is the words remembered ("aklımda kalan söz, şoförümüz X'in sözleri oldu: “…”"): X's quote; the genitive
before "sözleri üzerine" (about X's words) with another verb stays X's no quote. Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 24)  # a Sunday: the Wednesday before is the 20th

TRIP = ("Bakü notları: enerji ve kültür\n\n"
        "Bakan Ayşe Korkmaz ile birlikte Bakü'deydik. Salı akşamı Ankara'dan yola çıktık, çarşamba sabahı "
        "Azerbaycan'ın başkentine indik. Ticaret Bakanı'nın resmi ziyareti üç gün sürdü.\n\n"
        "Ziyarette iki mutabakat zaptı imzalandı.\n\n")


# plant: visits._tr_we_were_there_with returns None always
def test_we_were_in_the_city_with_the_minister_is_the_minister_s_visit():
    assert proposed.visits(TRIP, DAY) == [("Ayşe Korkmaz", "Azerbaijan", "2026-05-20", "Baku", "official")]
    assert proposed.documents(TRIP, DAY) == ["2"]


# plant: in visits._tr_we_were_there_with, `days = [...][-1:]` as `[...][:1]` (the day "we" set off, not landed)
def test_the_visit_starts_the_day_we_landed_not_the_day_we_set_off():
    assert [v[2] for v in proposed.visits(TRIP, DAY)] == ["2026-05-20"]


# plant: visits._type_told_in_the_paragraph_after returns "other" always
def test_the_type_is_told_by_the_paragraph_s_next_sentence():
    assert [v[4] for v in proposed.visits(TRIP, DAY)] == ["official"]
    untyped = TRIP.replace(" Ticaret Bakanı'nın resmi ziyareti üç gün sürdü.", "")
    assert [v[4] for v in proposed.visits(untyped, DAY)] == ["other"]


# plant: visits._TR_WE_WERE_THERE_WITH with its title group optional, "(?:…)?\s*"
def test_no_visit_with_a_colleague_nor_at_home():
    colleague = TRIP.replace("Bakan Ayşe Korkmaz", "Meslektaşım Ayşe Korkmaz")
    assert proposed.visits(colleague.replace("Ticaret Bakanı'nın resmi ziyareti", "Gezimiz"), DAY) == []
    home = ("Ankara notları\n\nBakan Ayşe Korkmaz ile birlikte Ankara'daydık. Çarşamba sabahı başkente indik.\n\n")
    assert proposed.visits(home, DAY) == []


# plant: quotes._tr_own_words_colon without the _TR_WORDS_WERE_COLON alternative
def test_the_words_remembered_were_the_guide_s():
    text = (TRIP + "Bakü'den ayrılırken aklımda kalan söz, şoförümüz Elvin Hüseynov'un sözleri oldu: “Yol uzun, "
            "ama dostluk kısa yoldan gelir.” Doğru söze ne denir.")
    assert ("Elvin Hüseynov", "Yol uzun, ama dostluk kısa yoldan gelir.") in proposed.quotes(text, DAY)
    # the near form: about another's words, someone else speaking after them, gives the genitive no quote (the quote
    # long enough to be read as one: "Ticaret artacak." is no quote at all, so no rule could give it to Erdoğan)
    # plant (near form): _TR_WORDS_WERE_COLON with any words after the noun (`[^:]*:` for the copula, the _TR_COPULAS
    # gate of _tr_own_words_colon left out)
    about = ("Toplantıda Bakan Bolat, Erdoğan'ın sözleri üzerine şunu söyledi: “Ticaret iki ülke arasında artmaya "
             "devam edecek.”")
    assert not any(speaker == "Recep Tayyip Erdoğan" for speaker, _ in proposed.quotes(about, DAY))
