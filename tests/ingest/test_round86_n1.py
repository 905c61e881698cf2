"""Eighty-sixth round, n1 (docs/extraction.md: visits.py, people.py, quotes.py, figures.py): a live blog of a summit,
its newest entries first. Leaders who "have been in the city since Thursday evening" came then, as "arrived" tells it.
A signing watched by the host and one guest who "met one-on-one" is that guest's count only; the other guests' stay
unstated when the summit's declaration is told adopted (0 when nothing else of the summit is told). "Turkmenistan's
National Leader" is the father's title, not the president's office. A later update that gives a figure "not $X as we
reported" leaves the earlier entry's $X no figure. A quote after "welcomed his guests to the homeland of <a writer>:" is
the subject's: a place called after a person names no one. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 13)  # a Saturday
LEAD = ("LIVE: Turkic leaders meet in Cholpon-Ata\n\nSaturday, 13 June 2026. We are following the informal summit of "
        "the Organization of Turkic States in Cholpon-Ata. The newest entries are at the top.\n\n")


def _blog(*entries: str) -> str:
    return LEAD + "\n\n".join(entries) + "\n"


STAMPS = ("16:30 — The summit has ended.", "12:10 — The leaders took their places in the hall.")


# plant: _BEEN_HERE_SINCE taken out of visits._ARRIVED (the day of "since Friday evening" is then not read)
def test_leaders_who_have_been_in_the_city_since_the_evening_before_start_then():
    text = _blog(*STAMPS, "09:40 — The leaders are arriving at the congress hall. Aliyev and Erdoğan have been in "
                          "Cholpon-Ata since Friday evening.")
    assert sorted(proposed.visits(text, DAY)) == [
        ("Ilham Aliyev", "Kyrgyzstan", "2026-06-12", "Cholpon-Ata", "summit"),
        ("Recep Tayyip Erdoğan", "Kyrgyzstan", "2026-06-12", "Cholpon-Ata", "summit")]


# the near form: one who has been in another city since then (his own capital) came to no summit there (plant: the
# round-86 "been_in" return taken out of visits._attendees)
def test_a_leader_who_has_been_in_another_states_city_is_no_guest():
    text = _blog(*STAMPS, "09:40 — The leaders are arriving at the congress hall. Mirziyoyev has been in Tashkent "
                          "since Friday evening.")
    assert proposed.visits(text, DAY) == []


SPEECH = "14:00 — Erdoğan, who landed this morning, spoke about energy."
SIGNING = ("13:20 — Japarov and Tokayev met one-on-one before the plenary and then watched the signing of three "
           "documents on water, roads and customs.")
ARRIVALS = "09:40 — Tokayev and Aliyev have been in Cholpon-Ata since Friday evening."


def _counts(text: str) -> list[tuple[str, str]]:
    return sorted(zip([v[0] for v in proposed.visits(text, DAY)], proposed.documents(text, DAY)))


# plant: the round-86 "met one-on-one" alternatives taken out of visits._BILATERAL (Erdoğan's entry, read first,
# then keeps the 3 and the others take it too)
def test_a_one_on_one_signing_is_the_one_guests_and_an_adopted_declaration_leaves_the_others_unstated():
    text = _blog("16:30 — The summit is over. The leaders adopted the Cholpon-Ata Declaration.", SPEECH, SIGNING,
                 ARRIVALS)
    assert _counts(text) == [("Ilham Aliyev", ""), ("Kassym-Jomart Tokayev", "3"), ("Recep Tayyip Erdoğan", "")]


# the near form: with no declaration adopted the other guests signed nothing there (plant: "False and" put before
# the condition of the round-86 elif of visits._bilateral_documents_at_the_summit: Erdoğan's entry, read first, keeps
# the 3)
def test_a_one_on_one_signing_with_nothing_adopted_gives_the_others_none():
    text = _blog("16:30 — The summit is over.", SPEECH, SIGNING, ARRIVALS)
    assert _counts(text) == [("Ilham Aliyev", "0"), ("Kassym-Jomart Tokayev", "3"), ("Recep Tayyip Erdoğan", "0")]


# plant: the round-86 Turkmenistan pattern taken out of people._EPITHETS_OF_ONE (the president then comes too)
def test_turkmenistans_national_leader_is_the_father_not_the_president():
    text = _blog(*STAMPS, "10:05 — Gurbanguly Berdimuhamedow, Turkmenistan's National Leader, landed this morning.")
    assert [v[0] for v in proposed.visits(text, DAY)] == ["Gurbanguly Berdimuhamedow"]


UPDATE = ("15:50 — Update: the statistics committee now puts last year's trade between Kyrgyzstan and {pair} at "
          "$410.5 million, not $401.5 million as we reported in the 11:00 entry below.")
EARLIER = "11:00 — Trade between Kyrgyzstan and Uzbekistan reached $401.5 million last year, the committee said."


# plant: _without_corrected_away's call taken out of figures.find_figures
def test_a_figure_an_update_corrects_is_no_figure_and_the_corrected_one_is():
    text = _blog(UPDATE.format(pair="Uzbekistan"), *STAMPS, EARLIER)
    assert proposed.trade_values(text, DAY) == {
        (proposed.pair("Kyrgyzstan", "Uzbekistan"), "2025", "turnover", 410.5)}


# the near form: an update of another pair leaves this pair's same amount a figure (plant: the pair and period
# dropped from the wrong figures' key in figures._without_corrected_away)
def test_an_update_of_another_pair_leaves_the_figure():
    text = _blog(UPDATE.format(pair="Kazakhstan"), *STAMPS, EARLIER)
    assert proposed.trade_values(text, DAY) == {
        (proposed.pair("Kyrgyzstan", "Kazakhstan"), "2025", "turnover", 410.5),
        (proposed.pair("Kyrgyzstan", "Uzbekistan"), "2025", "turnover", 401.5)}


# plant: quotes._PLACE_OF_A_PERSON's substitution taken out of quotes._names_someone
def test_a_quote_after_welcoming_guests_to_the_homeland_of_a_writer_is_the_subjects():
    text = _blog(*STAMPS, '11:30 — Opening the session, Japarov welcomed his guests to the homeland of '
                          'Chingiz Aitmatov: "Our family has grown stronger this year."')
    assert proposed.quotes(text, DAY) == [("Sadyr Japarov", "Our family has grown stronger this year.")]


# the near form: the family of a person the object names is no place, the quote no subject's (plant: any noun, "\w+",
# for the place nouns of quotes._PLACE_OF_A_PERSON, and its gate in _names_someone taken out)
def test_a_quote_after_thanking_a_writers_family_is_not_the_subjects():
    text = _blog(*STAMPS, '11:30 — Japarov thanked the family of Chingiz Aitmatov: "A true friend is a mirror that '
                          'shows you the road ahead."')
    assert proposed.quotes(text, DAY) == []
