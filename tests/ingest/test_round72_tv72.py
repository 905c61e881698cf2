"""Seventy-second round, tv72 (docs/extraction.md: quotes.py, sentences.py, money.py): the forms behind the dev/1156
misses, told in short invented sentences. A TV show's transcript whose turns open with a timecode before the
speaker's label ("[00:04:12] HOST: …" / "[00:04:30] NAME SURNAME: …"): each of the guest's turns (4 words or more)
is his quote, after the host's turn whether it asks or remarks, and over two turns in a row; the host's turns are no
quotes. A turn's first sentence starts after its timecode and label, so the trade rules read it; and millions told
in words with their tens and units after "hundred and" ("six hundred and twenty million US dollars"). Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 9)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")

SHOW = ("Foreign affairs tonight (transcript)\n\n"
        "Guest: Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko. Host: Dana Amirova.\n\n"
        "[00:00:10] HOST: Good evening. My guest tonight is Deputy Foreign Minister Roman Vassilenko.\n\n"
        "[00:00:16] ROMAN VASSILENKO: Good evening.\n\n"
        "[00:00:20] HOST: How are relations with Azerbaijan going?\n\n"
        "[00:00:27] ROMAN VASSILENKO: Better than ever, and the ferries across the Caspian are full.\n\n"
        "[00:00:41] ROMAN VASSILENKO: We also opened two new consulates this spring in both countries.\n\n"
        "[00:00:55] HOST: Let's turn to the railway. It was late again this winter.\n\n"
        "[00:01:02] ROMAN VASSILENKO: True. The new timetable should fix most of the delays by autumn.\n")


# plant: quotes._after_host_turn returning False (so too: quotes._after_timecodes returning `spans` unchanged,
# which loses every turn)
def test_a_timecoded_guest_turn_is_his_quote_after_any_host_turn():
    said = proposed.quotes(SHOW, DAY)
    assert ("Roman Vassilenko", "Better than ever, and the ferries across the Caspian are full.") in said
    assert ("Roman Vassilenko", "We also opened two new consulates this spring in both countries.") in said
    assert ("Roman Vassilenko", "True. The new timetable should fix most of the delays by autumn.") in said
    assert len(said) == 3  # the host's turns and the two-word greeting are no quotes
    other = ("Morning show (transcript)\n\n"
             "[09:01:05] PRESENTER: With us is Azerbaijan's Economy Minister Mikayil Jabbarov.\n\n"
             "[09:01:12] MIKAYIL JABBAROV: Thank you for having me this morning.\n\n"
             "[09:01:20] PRESENTER: Exports to Central Asia were weak last year.\n\n"
             "[09:01:26] MIKAYIL JABBAROV: They were, but the second half was much stronger than the first.\n")
    assert proposed.quotes(other, DAY) == [
        ("Mikayil Jabbarov", "Thank you for having me this morning."),
        ("Mikayil Jabbarov", "They were, but the second half was much stronger than the first.")]


# plant: sentences._after_turn_head returning `start` (the turn's timecode and label left in its first sentence)
def test_a_timecoded_turn_opens_its_sentence_after_the_label():
    text = ("Business hour (transcript)\n\n"
            "[00:03:10] HOST: What about trade between Kazakhstan and Azerbaijan?\n\n"
            "[00:03:15] ROMAN VASSILENKO: Last year our trade turnover was about 610 million US dollars.\n\n"
            "[00:03:31] ROMAN VASSILENKO: In 2024 we were at around 500 million.\n")
    assert (AZ_KZ, "2024", "turnover", 500.0) in proposed.trade_values(text, DAY)
    other = ("Evening news (transcript)\n\n"
             "[18:02] ANCHOR: And trade between Kazakhstan and Azerbaijan?\n\n"
             "[18:05] DANA AMIROVA: Trade between the two countries reached 700 million dollars in 2025.\n\n"
             "[18:09] DANA AMIROVA: For the whole of 2024 we had about 560 million.\n")
    assert (AZ_KZ, "2024", "turnover", 560.0) in proposed.trade_values(other, DAY)


# plant: the "and twenty"/"and thirty-one" part dropped from money's "hundreds of millions in words"
def test_hundreds_and_tens_of_millions_in_words():
    text = ("Trade between Kazakhstan and Azerbaijan was about six hundred and twenty million US dollars last year, "
            "the minister said.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2025", "turnover", 620.0, "about", "")]
    other = ("Last year trade between Azerbaijan and Kazakhstan reached three hundred and forty-five million dollars, "
             "he told reporters.")
    assert proposed.trade_values(other, DAY) == {(AZ_KZ, "2025", "turnover", 345.0)}
    # a hundred millions of tonnes is no money
    assert proposed.trade_values("Trade between Azerbaijan and Kazakhstan carried two hundred and ten million "
                                 "tonnes last year.", DAY) == set()


# plant: figures._LOOKING_BACK_LEAD's branch dropped from _elliptic (so too: money.bare_amounts not calling
# _bare_hundreds_in_words, which loses the amount in words)
def test_an_earlier_year_told_in_words_after_a_looking_back_clause():
    text = ("Trade between Kazakhstan and Azerbaijan reached about 610 million US dollars last year, he said. And if "
            "you look further back, in 2022 we were at around three hundred and ninety million.")
    assert (AZ_KZ, "2022", "turnover", 390.0) in proposed.trade_values(text, DAY)
    other = ("Trade between Kazakhstan and Azerbaijan reached 610 million dollars in 2025. If we look back a bit, in "
             "2021 it was about five hundred million.")
    assert (AZ_KZ, "2021", "turnover", 500.0) in proposed.trade_values(other, DAY)


# plant: visits._the_visits_own_day returning False
def test_last_year_after_the_visits_own_day_is_no_other_time():
    text = ("Deputy Foreign Minister Roman Vassilenko looked back on the year. \"The state visit of President "
            "Ilham Aliyev to Astana was on the 27th of August last year, and nine documents were signed then,\" "
            "he said.")
    assert proposed.documents(text, DAY) == ["9"]
    other = ("The official visit of President Ilham Aliyev to Astana took place on August 27 last year, and six "
             "agreements were signed during it.")
    assert proposed.documents(other, DAY) == ["6"]
    # a signing last year in another visit's sentence stays another time's
    kept = ("President Ilham Aliyev paid a state visit to Astana on 3 March. The two countries signed seven "
            "agreements last year.")
    assert proposed.documents(kept, DAY) == ["0"]
