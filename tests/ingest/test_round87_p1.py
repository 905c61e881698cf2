"""Eighty-seventh round, p1 (docs/extraction.md: quotes.py, a speech printed whole): a report that announces a
speech's full text on a line of its own or at the end of a paragraph ("Konuşmanın tam metni:", "Выступление
полностью:", "Full text of the speech:", "Çıxışın tam mətni:") and prints the speech under it in paragraphs with no
quote marks gives each of those paragraphs, its greeting included, as a quote of the one person the announcing
paragraph names (or the paragraph before a bare announcement line). The report's own text after the speech (naming
the speaker by name, "After the forum Tokayev held talks …", or a credit line) is no quote; with no announcement, or
two people named for it, no paragraph is anyone's. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)

_TR = ("Erdoğan Ankara'da iş forumuna katıldı\n\n"
       "Cumhurbaşkanı Recep Tayyip Erdoğan, Ankara'da düzenlenen Türkiye-Kazakistan İş Forumu'na katıldı. "
       "Cumhurbaşkanı Erdoğan'ın forumda yaptığı konuşma yayımlandı. Konuşmanın tam metni:\n\n"
       "Değerli misafirler, kıymetli iş insanları, hepinizi saygıyla selamlıyorum.\n\n"
       "Kazakistan ile ekonomik ilişkilerimizi her alanda geliştirmekte kararlıyız.\n\n"
       "Forumun ardından Erdoğan, heyetlerle bir araya geldi ve fabrikaları gezdi.")


# plant: _full_text_speaker returns None at once (no announcement read, the rule before round 87)
def test_paragraphs_under_a_full_text_announcement_are_the_speakers_quotes():
    assert proposed.quotes(_TR, DAY) == [
        ("Recep Tayyip Erdoğan", "Değerli misafirler, kıymetli iş insanları, hepinizi saygıyla selamlıyorum."),
        ("Recep Tayyip Erdoğan", "Kazakistan ile ekonomik ilişkilerimizi her alanda geliştirmekte kararlıyız.")]
    text = ("Токаев выступил на форуме в Астане\n\n"
            "Президент Казахстана Касым-Жомарт Токаев выступил на пленарном заседании форума в Астане. "
            "Выступление полностью:\n\n"
            "Уважаемые участники форума, дорогие гости! Рад приветствовать вас в столице нашей страны.\n\n"
            "Мы последовательно улучшаем инвестиционный климат и будем защищать права инвесторов.\n\n"
            "После форума Токаев провёл ряд двусторонних встреч с главами делегаций.")
    assert [speaker for speaker, _ in proposed.quotes(text, DAY)] == ["Kassym-Jomart Tokayev"] * 2


# plant: in _full_text_speaker the paragraph before a bare announcement line not read (report = "" kept)
def test_a_bare_announcement_line_takes_the_speaker_of_the_paragraph_before():
    text = ("Aliyev addresses Baku energy week\n\n"
            "President Ilham Aliyev delivered a speech at the opening of Baku Energy Week on Monday.\n\n"
            "Full text of the speech:\n\n"
            "Dear guests, ladies and gentlemen, welcome to Baku once again for this important gathering.\n\n"
            "Our country has become a reliable supplier of gas to Europe and we will keep our promises.\n\n"
            "Photo: president.az")
    assert [speaker for speaker, _ in proposed.quotes(text, DAY)] == ["Ilham Aliyev"] * 2


# the near form: the report after the speech, naming its speaker (plant: _full_text_goes_on always True)
def test_the_report_after_the_speech_is_no_quote():
    assert not any(quote.startswith("Forumun ardından") for _, quote in proposed.quotes(_TR, DAY))


# the near forms: no announcement, or two speakers named for it (plant: `if len(named) == 1:` made `if named:` in
# _full_text_speaker, the first of two then taken)
def test_no_announcement_or_two_speakers_give_no_quotes():
    assert proposed.quotes(_TR.replace(" Konuşmanın tam metni:", ""), DAY) == []
    text = ("Aliyev and Erdogan met in Ankara\n\n"
            "President Ilham Aliyev and President Recep Tayyip Erdogan delivered speeches at the summit on Monday.\n\n"
            "Full text of the speech:\n\n"
            "Dear guests, ladies and gentlemen, welcome to Ankara once again for this important gathering.\n\n"
            "Our country has become a reliable supplier of gas to Europe and we will keep our promises.")
    assert proposed.quotes(text, DAY) == []
