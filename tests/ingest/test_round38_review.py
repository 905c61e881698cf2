"""Round 38's review: two mends made after the round's merge, each a behaviour a reader would notice.

Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 20)


# quotes.py: _words counts a word with an apostrophe ending as one word (_WHOLE_WORD)

def test_a_three_word_turkish_subheading_with_case_endings_is_no_quote():
    """'Bayraktar: "Avrupa'nın enerji güvencesi"' has three words, however many apostrophes: a term, no quote;
    a four-word subheading still is one."""
    # plant: _words counting _WORD again (\w+: "Avrupa'nın" two words, so the three-word subheading became a quote)
    text = ("Bayraktar Aşkabat'ta temaslarda bulundu\n\nBayraktar: \"Avrupa'nın enerji güvencesi\"\n\n"
            "Enerji Bakanı Alparslan Bayraktar, iki ülke arasında yeni boru hattı projelerinin ele alındığını söyledi.")
    assert proposed.quotes(text, DAY) == []
    four = text.replace("Avrupa'nın enerji güvencesi", "Avrupa'nın yeni enerji güvencesi")
    assert [q[0] for q in proposed.quotes(four, DAY)] == ["Alparslan Bayraktar"]


# people.py: _TITLE_WORDS ("rector")

def test_a_rector_named_by_title_and_surname_is_no_given_name():
    """"Rector Kasenov" is a surname with a title, never named in full: no speaker, as "Mr Kasenov" is none."""
    # plant: "rector" dropped from people._TITLE_WORDS (the quote went to "Rector Kasenov")
    text = ("Report\n\nResearcher Olga Drozdova spoke at the round table with Rector Kasenov. Kasenov said the ports "
            "needed \"a common booking system for all shippers\".")
    assert proposed.quotes(text, DAY) == []
