"""Ninety-second round, q1 (docs/extraction.md: quotes.py): a live ticker as a site publishes it, each line a flash
word before its text and the time after it ('SON DAKİKA | Kaya: "…" (10.30)'), a label and a quote in marks on a
line being what the one named said, the whole line in capitals or not (quotes._TIMECODED_LABEL's flash prefix,
_timecoded_label: a surname the ticker named in full before, a capitals one by its running-case forms); a flash
line with a label and no quote marks stays a headline, no one's words. And a daily agenda's run-in item title naming
where someone is ("Esedov Gaziantep'te: Azerbaycan Başbakanı … geldi.") is no speaker's label: the sentence after it
is the reporter's (quotes._run_in_item_title).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 10)
TICKER = ("SON DAKİKA: Bakan Kaya Bakü'de\n\n"
          "Haber Merkezi | 10.05.2026\n\n"
          "SON DAKİKA | Ticaret Bakanı Mehmet Kaya resmi ziyaret için Bakü'ye geldi. (09.02)\n\n")


# plant: the flash alternative taken out of quotes._TIMECODED_LABEL's prefix
def test_a_ticker_line_s_label_and_quote_is_the_named_one_s_words():
    text = TICKER + 'SON DAKİKA | Kaya: "Azerbaycan ile ticaretimizi iki katına çıkaracağız" (10.30)'
    assert proposed.quotes(text, DAY) == [("Mehmet Kaya", "Azerbaycan ile ticaretimizi iki katına çıkaracağız")]
    # the near forms: a flash line with a label and no quote marks is a headline; a label naming no one known
    headline = TICKER + "SON DAKİKA | Bakan Kaya: İki ülke arasındaki ticaret geçen yıl 7 milyar doları aştı (10.50)"
    assert proposed.quotes(headline, DAY) == []
    nobody = TICKER + 'SON DAKİKA | Demir: "Bu bir dönüm noktası olacak" (11.10)'
    assert proposed.quotes(nobody, DAY) == []


# plant: _timecoded_label's capitals forms taken out (the label "KAYA" looked up as written)
def test_a_ticker_line_wholly_in_capitals_is_read_by_the_name_in_running_case():
    text = TICKER + 'SON DAKİKA | KAYA: "ENERJİ HATTI YIL SONUNDA AÇILACAK" (10.40)'
    assert proposed.quotes(text, DAY) == [("Mehmet Kaya", "ENERJİ HATTI YIL SONUNDA AÇILACAK")]
    # a holder's surname in capitals is the holder
    holder = TICKER + 'SON DAKİKA | ALİYEV: "AZERBAYCAN İLE TÜRKİYE ARASINDAKİ TİCARET ARTACAK" (10.20)'
    assert proposed.quotes(holder, DAY) == [("Ilham Aliyev", "AZERBAYCAN İLE TÜRKİYE ARASINDAKİ TİCARET ARTACAK")]


AGENDA = ("Gündem: Esedov Gaziantep'te, Erdoğan Astana'da\n\n"
          "Günaydın. Bugünün gündemi şöyle.\n\n")


# plant: _run_in_item_title returning False
def test_a_run_in_item_title_naming_where_someone_is_is_no_speaker_s_label():
    text = AGENDA + ("Esedov Gaziantep'te: Azerbaycan Başbakanı Ali Esedov, iki günlük çalışma ziyareti için dün akşam "
                     "Gaziantep'e geldi. Esedov ilk gün sanayi odasını ziyaret etti.\n\n"
                     "Erdoğan Astana'da: Cumhurbaşkanı Recep Tayyip Erdoğan cuma günü Kazakistan'a gidecek. Erdoğan "
                     "orada bir zirveye katılacak.")
    assert proposed.quotes(text, DAY) == []
    # the near form still read: an interview's answer under the interviewee's name, no place in its label
    interview = ("Bakanla söyleşi\n\nTicaret Bakanı Mehmet Kaya sorularımızı yanıtladı.\n\n"
                 "Soru: Azerbaycan ile ticaret nasıl gidiyor?\n\n"
                 "Mehmet Kaya: Ticaretimiz bu yıl yüzde on artacak ve yeni hatlar açılacak.")
    assert proposed.quotes(interview, DAY) == [
        ("Mehmet Kaya", "Ticaretimiz bu yıl yüzde on artacak ve yeni hatlar açılacak.")]
