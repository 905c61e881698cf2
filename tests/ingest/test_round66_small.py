"""Sixty-sixth round, small (docs/extraction.md: figures.py, visits.py): two gaps the earlier rounds' notes left, told
in short invented sentences. A Turkish or Azerbaijani forecast of the year under way's end with the verbal noun and a
passive of expecting, "Yıl sonunda ihracatın 4 milyar doları aşması bekleniyor", is no target (docs/annotating.md: a
forecast is no record; dev/725, dev/803 and dev/845 read it so), as the future participle already was; a title's word
in the genitive before a typed visit, "Bakanın çalışma ziyareti kapsamında", types the visit of the minister last
titled before it, not every visit whose sentence holds "Bakanı". Each test was seen failing once on a planted bug
(then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
TR_AZ = proposed.pair("Türkiye", "Azerbaijan")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")


# plant: the verbal noun's alternative ("(?<=m)[aeə]s[ıiə]") dropped from figures._EXPECTED_FUTURE
def test_a_forecast_of_the_year_end_told_by_the_verbal_noun_is_no_target():
    text = ("Türkiye ile Azerbaycan arasında ticaret hacmi 2025'te 7 milyar dolar oldu. Yıl sonunda ihracatın 4 "
            "milyar doları aşması bekleniyor.")
    assert proposed.targets(text, DAY) == []
    assert proposed.trade_values(text, DAY) == {(TR_AZ, "2025", "turnover", 7000.0)}
    azerbaijani = ("Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 2025-ci ildə 520 milyon dollar olub. İlin "
                   "sonunadək dövriyyənin 700 milyon dollara çatması gözlənilir.")
    assert proposed.targets(azerbaijani, DAY) == []
    assert proposed.trade_values(azerbaijani, DAY) == {(AZ_KZ, "2025", "turnover", 520.0)}
    # a numbered year is a deadline, and a plan's passive an aim: both stay targets
    deadline = ("Türkiye ile Azerbaycan arasında ticaret hacmi 2025'te 7 milyar dolar oldu. 2030 yılına kadar "
                "ticaretin 15 milyar dolara ulaşması bekleniyor.")
    assert proposed.targets(deadline, DAY) == [(TR_AZ, 15000.0, "2030")]
    planned = ("Türkiye ile Azerbaycan arasında ticaret hacmi 2025'te 7 milyar dolar oldu. Yıl sonunda ticaretin 10 "
               "milyar dolara ulaşması hedefleniyor.")
    assert proposed.targets(planned, DAY) == [(TR_AZ, 10000.0, "")]


# plant: visits._genitive_names_the_visitor reading a title's word as a surname again (its `title` check dropped:
# `if title is None or True`)
def test_a_title_s_genitive_types_the_visit_of_the_one_last_titled():
    text = ("Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov 12 Mayıs'ta Ankara'ya geldi ve Ticaret Bakanı Ömer Bolat ile "
            "görüştü. Özbekistan Yatırım, Sanayi ve Ticaret Bakanı Laziz Kudratov ise 14 Mayıs'ta Bakü'ye gitti. "
            "Bakanın çalışma ziyareti kapsamında iki belge imzalandı.")
    assert [(v[0], v[4]) for v in proposed.visits(text, DAY)] == [("Mikayıl Cabbarov", "other"),
                                                                  ("Laziz Kudratov", "working")]
    # named by his surname the genitive still types his own visit, whichever came first
    named = text.replace("Bakanın çalışma ziyareti", "Cabbarov'un resmi ziyareti")
    assert [(v[0], v[4]) for v in proposed.visits(named, DAY)] == [("Mikayıl Cabbarov", "official"),
                                                                   ("Laziz Kudratov", "other")]


# plant: the state's word before the title dropped from visits._genitive_names_the_visitor (`state = []`)
def test_a_state_s_title_in_the_genitive_types_its_visitor_s_visit_whoever_was_titled_since():
    text = ("Özbəkistan Respublikasının Prezidenti Şavkat Mirziyoyev fevralın 17-də Bakıya gəlib. Hava limanında "
            "qonağı Azərbaycan Prezidenti İlham Əliyev qarşılayıb. Özbəkistan Prezidentinin Azərbaycana dövlət səfəri "
            "iki gün davam edəcək.")
    assert [(v[0], v[4]) for v in proposed.visits(text, date(2026, 2, 18))] == [("Shavkat Mirziyoyev", "state")]
    turkish = ("Özbekistan Cumhurbaşkanı Şevket Mirziyoyev 17 Şubat'ta Ankara'ya geldi. Konuğu Türkiye "
               "Cumhurbaşkanı Recep Tayyip Erdoğan karşıladı. Özbekistan Cumhurbaşkanının resmi ziyareti kapsamında "
               "beş belge imzalandı.")
    assert [(v[0], v[4]) for v in proposed.visits(turkish, date(2026, 2, 18))] == [("Shavkat Mirziyoyev", "official")]
