"""Eighty-first round, italic81 (docs/extraction.md: quotes.py, when.py): two forms of an interview, told in short
invented sentences. An interview may set each question wholly in Markdown italics ("*Sayın Bakan, … nasıl
görüyorsunuz?*", "_What comes next?_") and each answer as a plain paragraph under it with no label: every answer
paragraph is one quote of the interviewee the lead names, as round 74's bold questions are read, the questions none
and a paragraph wholly in italics among the answers (the writer's note) none; an article whose italic questions
follow a lead that tells no interview is no interview. And January and February joined by "and" ("ocak ve şubat
aylarında", "yanvar və fevral aylarında", "в январе и феврале") are the two months to date as "January and
February" are, not the year of the figure before them; January and March are not. Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 20)
TR = ("Kazakistan'ın Ankara Büyükelçisi Yerlan Sadykov: \"Koridor artık kısa\"\n\n"
      "Kazakistan'ın Ankara Büyükelçisi Yerlan Sadykov, gazetemizin sorularını yanıtladı.\n\n"
      "*Sayın Büyükelçi, iki ülke arasındaki ilişkileri nasıl görüyorsunuz?*\n\n"
      "Ilişkilerimiz hiç bu kadar güçlü olmamıştı. Bakanlarımız her ay görüşüyor.\n\n"
      "*Ticarette hedefiniz nedir?*\n\n"
      "Ticareti iki katına çıkarmak istiyoruz.\n\n"
      "Limanlarımız da buna hazır.\n\n"
      "*Söyleşi kısaltılarak yayımlanmıştır.*\n")
SAID = [("Yerlan Sadykov", "Ilişkilerimiz hiç bu kadar güçlü olmamıştı. Bakanlarımız her ay görüşüyor."),
        ("Yerlan Sadykov", "Ticareti iki katına çıkarmak istiyoruz."),
        ("Yerlan Sadykov", "Limanlarımız da buna hazır.")]
EN = ("Uzbek envoy: the corridor is ready\n\n"
      "Uzbek envoy Bakhtiyor Ibragimov answered our questions in Baku.\n\n"
      "_How do you see the ties between the two states today?_\n\n"
      "They are closer than ever, and our ministers meet every month.\n\n"
      "_What comes next for the corridor?_\n\n"
      "A second rail line to the port by the next year.\n")


# plant: quotes._unbolded not unwrapping italics (the _wholly_italic branch dropped)
# plant: the "?*\n" and "?_\n" counts dropped from quotes._plain_interview's gate
def test_an_interviews_italic_questions_ask_and_its_plain_answers_are_the_interviewees_quotes():
    said = proposed.quotes(TR, DAY)
    assert [q for q in said if q in SAID] == SAID
    assert not any(words.endswith("?") or "yayımlanmıştır" in words for _, words in said)
    assert proposed.quotes(EN, DAY) == [
        ("Bakhtiyor Ibragimov", "They are closer than ever, and our ministers meet every month."),
        ("Bakhtiyor Ibragimov", "A second rail line to the port by the next year.")]
    # a lead that tells no interview: the italic questions are a feature's, the paragraphs no one's
    report = EN.replace("answered our questions in", "arrived in")
    assert proposed.quotes(report, DAY) == []


# plant: quotes._plain_interview's notes starting empty (no italic paragraph among the answers taken for a note)
def test_a_paragraph_wholly_in_italics_among_the_answers_is_the_writers_note():
    note = TR.replace("*Söyleşi kısaltılarak yayımlanmıştır.*", "*Büyükelçi sözlerini gülerek bitirdi.*")
    assert not any("gülerek" in words for _, words in proposed.quotes(note, DAY))
    # a plain one is an answer going on
    answer = "Demiryolumuz da yeni yük trenleri için tamamen hazır durumda."
    plain = TR.replace("*Söyleşi kısaltılarak yayımlanmıştır.*", answer)
    assert ("Yerlan Sadykov", answer) in proposed.quotes(plain, DAY)


TRADE = {"tr": "Kazakistan ile Türkiye arasındaki ticaret hacmi geçen yıl 6 milyar dolara ulaştı. "
               "Ocak ve şubat aylarında ise ticaret hacmi 900 milyon doları aştı.",
         "az": "Azərbaycan ilə Türkiyə arasında ticarət dövriyyəsi ötən il 6 milyard dollara çatıb. "
               "Yanvar və fevral aylarında isə ticarət dövriyyəsi 900 milyon dolları ötüb.",
         "ru": "Товарооборот между Казахстаном и Кыргызстаном в прошлом году достиг 6 млрд долларов. "
               "В январе и феврале товарооборот превысил 900 млн долларов."}


# plant: when._TR_RANGE, _AZ_RANGE and _RU_RANGE without their "and February" branch
def test_january_and_february_joined_by_and_are_the_two_months_to_date():
    for lang, text in TRADE.items():
        periods = {figure[1]: figure[3] for figure in proposed.trade(text, DAY)}
        assert periods.get("2026-2M") == 900.0, (lang, periods)
        assert periods.get("2025") == 6000.0, (lang, periods)
    # January and March are two months apart: no months to date
    apart = TRADE["tr"].replace("şubat", "mart")
    assert "2026-2M" not in {figure[1] for figure in proposed.trade(apart, DAY)}
