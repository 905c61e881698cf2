"""Round 39 (Turkish and Azerbaijani B): a headline or subheading quote that sums up, in the stems of its words, a
quote the body gives someone ('Özbek Bakan İzmir'de: "Hedef 5 milyar dolar"' over '"Hedefimiz 5 milyar dolar …" diyen
Bakan') is that speaker's."""
from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2026, 5, 14)

_BODY = ("Özbekistan Yatırım Bakanı Laziz Kudratov, İzmir'de düzenlenen iş forumuna katıldı.\n\n"
         "\"Hedefimiz 5 milyar dolar. Bunun için lojistiği güçlendirmemiz gerekiyor\" diyen Kudratov, yatırımcıları "
         "Taşkent'e davet etti.")
_BODY_QUOTE = "Hedefimiz 5 milyar dolar. Bunun için lojistiği güçlendirmemiz gerekiyor"


def test_tr_headline_title_label_sums_up_a_body_quote():
    text = "Özbek Bakan İzmir'de: \"Hedef 5 milyar dolar\"\n\n" + _BODY
    # plant: the _turkic_summary_head_speakers call dropped from find_quotes -> the headline quote is lost
    assert quotes(text, DAY) == [("Laziz Kudratov", "Hedef 5 milyar dolar"), ("Laziz Kudratov", _BODY_QUOTE)]


def test_tr_subheading_sums_up_an_inflected_body_quote():
    text = ("Özbekistan ile ticaret büyüyor\n\n" + _BODY.split("\n\n")[0] + "\n\n\"Hedef 5 milyar dolar\"\n\n"
            "Ticarete de değinen Kudratov, \"İhracatımızı 2028 yılına kadar 5 milyar dolara çıkarma hedefimiz var\" "
            "dedi.")
    # plant: _stems_held made to want the word itself (b == w only) -> the subheading stays no one's
    assert quotes(text, DAY) == [
        ("Laziz Kudratov", "Hedef 5 milyar dolar"),
        ("Laziz Kudratov", "İhracatımızı 2028 yılına kadar 5 milyar dolara çıkarma hedefimiz var")]


def test_tr_head_the_body_does_not_sum_up_stays_no_ones():
    text = "Özbek Bakan İzmir'de: \"Hedef 8 milyar dolar\"\n\n" + _BODY
    # plant: _stems_held made to accept any(...) instead of all(...) -> Kudratov given the other figure
    assert quotes(text, DAY) == [("Laziz Kudratov", _BODY_QUOTE)]


def test_tr_subheading_the_body_repeats_is_the_body_quote():
    text = ("Özbekistan ile ticaret büyüyor\n\n" + _BODY.split("\n\n")[0] + "\n\n\"Taşkent kapılarını yatırımcılara açıyor\"\n\n"
            "Kudratov şunları söyledi: \"Taşkent kapılarını yatırımcılara açıyor. Yatırımcılarımızı bekliyoruz.\"")
    # plant: the repeat check (a later quote holding every word: `continue`) dropped -> a second quote of Kudratov's
    assert quotes(text, DAY) == [("Laziz Kudratov", "Taşkent kapılarını yatırımcılara açıyor. Yatırımcılarımızı bekliyoruz.")]


def test_tr_headline_label_that_is_a_sentence_is_the_headlines_own_summary():
    text = "Kudratov İzmir'de iş insanlarıyla görüştü: \"Hedef 5 milyar dolar\"\n\n" + _BODY
    # plant: _titled_head_label made to accept any label -> Kudratov given the headline too
    assert quotes(text, DAY) == [("Laziz Kudratov", _BODY_QUOTE)]
    # a label with a title but too long (a sentence), and a short label with no title: each check alone
    # plant: the `len(words) <= _HEAD_LABEL_MAX_WORDS` check dropped -> the first headline given to Kudratov
    long_titled = "Özbek Bakan İzmir'de iş insanlarıyla görüştü: \"Hedef 5 milyar dolar\"\n\n" + _BODY
    assert quotes(long_titled, DAY) == [("Laziz Kudratov", _BODY_QUOTE)]
    # plant: the title check dropped (any short label) -> the second headline given to Kudratov
    short_untitled = "İzmir'de yatırım forumu: \"Hedef 5 milyar dolar\"\n\n" + _BODY
    assert quotes(short_untitled, DAY) == [("Laziz Kudratov", _BODY_QUOTE)]


def test_tr_subheading_the_body_quote_holds_word_for_word_is_one_quote():
    text = ("Özbekistan ile ticaret büyüyor\n\n" + _BODY.split("\n\n")[0] + "\n\n\"İhracatımız 2 milyar dolara ulaştı\"\n\n"
            "Kudratov, \"İhracatımız geçen yıl 2 milyar dolara ulaştı\" dedi.")
    # plant: the repeat check made to want the head verbatim (folded in fold(f.text)) -> a second quote of Kudratov's
    assert quotes(text, DAY) == [("Laziz Kudratov", "İhracatımız geçen yıl 2 milyar dolara ulaştı")]


def test_tr_subheading_in_capitals_stays_the_editors():
    text = ("Özbekistan ile ticaret büyüyor\n\n" + _BODY.split("\n\n")[0] + "\n\n\"HEDEF 5 MİLYAR DOLAR\"\n\n"
            "Ticarete de değinen Kudratov, \"İhracatımızı 2028 yılına kadar 5 milyar dolara çıkarma hedefimiz var\" "
            "dedi.")
    # plant: the head.text.isupper() check dropped -> Kudratov given the editor's capitals
    assert quotes(text, DAY) == [
        ("Laziz Kudratov", "İhracatımızı 2028 yılına kadar 5 milyar dolara çıkarma hedefimiz var")]
