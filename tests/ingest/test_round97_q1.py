"""Ninety-seventh round, q1 (docs/extraction.md: quotes.py): a Turkish parliament committee's minutes ("tutanak") whose
header names the chair in capitals ("BAŞKAN: X Y (Z Milletvekili)") give the chair's "BAŞKAN — …" speeches to him
(quotes._STENOGRAM_CHAIR, read by quotes._stenogram_label_person); a deputy's label with the constituency in brackets
("X Y Z (İzmir) — …") is his whole name (quotes._STENOGRAM_LABEL's tr_note, quotes._minutes_label_person's deputy),
while a speech taken up again ("… (Devamla) — …", quotes._MINUTES_GOING_ON) keeps the titled label's name.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 18)
HEAD = ("Plan ve Bütçe Komisyonu tutanağı: Özbekistan ile yatırım anlaşması görüşüldü\n\n"
        "PLAN VE BÜTÇE KOMİSYONU TUTANAĞI — 28'inci Dönem, 11'inci Toplantı. Tarih: 17 Mart 2026.\n\n")
CHAIR = "BAŞKAN: Murat Yalçınkaya (Sivas Milletvekili). KÂTİP: Oya Tan (Bolu Milletvekili).\n\n"
OPENING = ("BAŞKAN — Değerli üyeler, toplantımızı açıyorum. Bugün Özbekistan ile yatırımların karşılıklı korunmasına "
           "dair anlaşmayı görüşeceğiz.")
DEPUTY = ("GÜLAY ŞEN ARSLAN (İzmir) — Anlaşmanın tahkim maddesi yatırımcılarımızı yeterince koruyor mu, bunu "
          "öğrenmek istiyorum.")
MINISTER = ("HAZİNE VE MALİYE BAKAN YARDIMCISI ONUR DEMİR — Sayın Başkan, anlaşma iki ülkenin yatırımcılarına eşit "
            "koruma sağlıyor.")
DIRECTOR = ("GENEL MÜDÜR ONUR DEMİR — Sayın Başkan, anlaşma iki ülkenin yatırımcılarına eşit koruma sağlıyor.\n\n"
            "SEDA KOÇ (Bolu) — Yatırımcılar bu korumadan hangi tarihten itibaren yararlanabilecek?\n\n")
GOING_ON = "GENEL MÜDÜR ONUR DEMİR (Devamla) — Tahkim maddesi de uluslararası standartlara tam olarak uygundur."


# plant: the "BAŞKAN" alternative taken out of _STENOGRAM_CHAIR (the header's chair read in running case only)
def test_the_chair_s_speech_is_the_one_the_header_names_in_capitals():
    assert proposed.quotes(HEAD + CHAIR + OPENING, DAY) == [
        ("Murat Yalçınkaya", "Değerli üyeler, toplantımızı açıyorum. Bugün Özbekistan ile yatırımların karşılıklı "
                             "korunmasına dair anlaşmayı görüşeceğiz.")]
    # the near form: a header naming only the clerk names no chair, and the chair's speech no one's
    clerk = CHAIR.replace("BAŞKAN: Murat Yalçınkaya (Sivas Milletvekili). ", "")
    assert proposed.quotes(HEAD + clerk + OPENING, DAY) == []


# plant: _minutes_label_person's deputy branch taken out (the label's last two words again)
def test_a_deputy_s_label_with_the_constituency_is_the_whole_name():
    assert proposed.quotes(HEAD + CHAIR + DEPUTY, DAY) == [
        ("Gülay Şen Arslan", "Anlaşmanın tahkim maddesi yatırımcılarımızı yeterince koruyor mu, bunu öğrenmek "
                             "istiyorum.")]
    # the near form: a titled label is no deputy's, its name the last words only
    assert [q[0] for q in proposed.quotes(HEAD + CHAIR + MINISTER, DAY)] == ["Onur Demir"]


# plant: the _MINUTES_GOING_ON test taken out of _stenogram_label_person (any note in brackets a constituency)
def test_a_speech_going_on_keeps_the_titled_label_s_name():
    assert [q[0] for q in proposed.quotes(HEAD + CHAIR + DIRECTOR + GOING_ON, DAY)] == [
        "Onur Demir", "Seda Koç", "Onur Demir"]
    # the near form: the same label with a constituency in brackets is a deputy's, read whole
    deputy = GOING_ON.replace("GENEL MÜDÜR ONUR DEMİR (Devamla)", "AYŞE NUR DEMİR (Bolu)")
    assert [q[0] for q in proposed.quotes(HEAD + CHAIR + DIRECTOR + deputy, DAY)] == [
        "Onur Demir", "Seda Koç", "Ayşe Nur Demir"]
