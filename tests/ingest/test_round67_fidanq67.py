"""Sixty-seventh round, fidanq67 (docs/extraction.md: people.py, quotes.py, visits.py): the forms behind the quote and
visit misses of dev/1089, a Turkish report of a foreign minister's tour of three capitals, told in short invented
sentences. A headline opening on a bare surname, then a region named by a direction word and its noun ("X Orta Asya
turunu … tamamladı: "…""), gives no newcomer "X Orta"; a statement "made" in the pluperfect ('X ise "…"
değerlendirmesinde bulunmuştu') is the subject's quote; talks held told as a noun and its verb ("… ile görüşme
gerçekleştirdi") with a day and a capital are a visit; the visit's nature told in a genitive clause ("ziyaretin resmi
nitelikte olduğunu söyledi") types it; and a leg of a tour whose sentences tell no signing, when another leg's do,
signed none (0). Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)

_TOUR_BODY = ("\n\nBİŞKEK (AA) - Dışişleri Bakanı Hakan Fidan, Kazakistan'ın ardından Orta Asya turunun son durağı "
              "olan Kırgızistan'a geldi.\n\nFidan, bugün Bişkek'te Kırgızistan Dışişleri Bakanı Ceenbek Kulubayev ile "
              "görüşme gerçekleştirdi. Bakan Fidan daha sonra Kırgızistan Cumhurbaşkanı Sadır Caparov tarafından kabul "
              "edildi.\n\n\"Bölgenin geleceği Orta Asya'da şekilleniyor. Bu bölge önceliğimizdir\" diyen Fidan, yeni "
              "projelerin yolda olduğunu söyledi.\n")


# plant: people._surname_before_directed_region returning False
def test_a_headline_surname_before_a_region_of_a_direction_word_is_no_newcomer():
    text = "Fidan Orta Asya turunu Bişkek'te tamamladı: \"Bölgenin geleceği burada şekilleniyor\"" + _TOUR_BODY
    assert {speaker for speaker, _ in proposed.quotes(text, DAY)} == {"Hakan Fidan"}
    other = "Fidan Güney Kafkasya turunu Bişkek'te tamamladı: \"Bölgenin geleceği burada şekilleniyor\"" + _TOUR_BODY
    assert {speaker for speaker, _ in proposed.quotes(other, DAY)} == {"Hakan Fidan"}


# plant: the pluperfect "bulunmuştu" alternative dropped from quotes.TR_VERBS
def test_a_statement_made_in_the_pluperfect():
    text = ("Dışişleri Bakanı Hakan Fidan, bugün Ankara'da konuştu. Fidan ise \"Ortaklığımız her geçen gün "
            "derinleşiyor\" değerlendirmesinde bulunmuştu.")
    assert proposed.quotes(text, DAY) == [("Hakan Fidan", "Ortaklığımız her geçen gün derinleşiyor")]
    other = ("Ticaret Bakanı Ömer Bolat, bugün Ankara'da konuştu. Geçen ay da Bolat, \"Hedefimiz yeni pazarlara "
             "açılmak\" açıklamasında bulunmuştu.")
    assert proposed.quotes(other, DAY) == [("Ömer Bolat", "Hedefimiz yeni pazarlara açılmak")]


# plant: the "görüşme(ler) gerçekleştirdi/yaptı" alternative dropped from visits._LOCAL_MET
def test_talks_held_as_a_noun_are_a_meeting_visit():
    text = ("Dışişleri Bakanı Hakan Fidan, bugün Astana'da Kazakistan Dışişleri Bakanı Yermek Koşerbayev ile görüşme "
            "gerçekleştirdi.")
    assert proposed.visits(text, DAY) == [("Hakan Fidan", "Kazakhstan", "2026-06-10", "Astana", "other")]
    other = ("Dışişleri Bakanı Hakan Fidan, dün Taşkent'te Özbekistan Dışişleri Bakanı Bahtiyor Saidov ile ikili "
             "görüşmeler yaptı.")
    assert proposed.visits(other, DAY) == [("Hakan Fidan", "Uzbekistan", "2026-06-09", "Tashkent", "other")]


# plant: the genitive "(?:in)?" dropped from visits._VISIT_IS_TYPED's "ziyaret … nitelik" branch
def test_the_visits_nature_told_in_a_genitive_clause_types_it():
    text = ("Dışişleri Bakanı Hakan Fidan, dün Astana'ya geldi. Fidan, Kazakistan'a yaptığı ziyaretin resmi nitelikte "
            "olduğunu söyledi.")
    assert proposed.visits(text, DAY) == [("Hakan Fidan", "Kazakhstan", "2026-06-09", "Astana", "official")]
    other = ("Ticaret Bakanı Ömer Bolat, dün Bişkek'e geldi. Bolat, Kırgızistan'a yaptığı ziyaretin çalışma ziyareti "
             "niteliğinde olduğunu belirtti.")
    assert proposed.visits(other, DAY) == [("Ömer Bolat", "Kyrgyzstan", "2026-06-09", "Bishkek", "working")]


# plant: visits._none_signed_unless_told's call dropped from find_visits (before round 71, docs0:
# visits._tour_leg_with_nothing_signed's call dropped, and apart its _TOUR gate, which the third text caught when a stop
# told in passing, with no tour told, stayed unstated)
def test_a_tour_leg_that_tells_no_signing_signed_none():
    text = ("Dışişleri Bakanı Hakan Fidan, Orta Asya turunun ikinci durağı olan Kırgızistan'a bugün geldi. "
            "Görüşmelerde üç anlaşma imzalandı. Fidan, dün de çalışma ziyareti kapsamında Astana'daydı. Fidan, orada "
            "Kazakistan Cumhurbaşkanı ile görüştü.")
    assert [v[1] for v in proposed.visits(text, DAY)] == ["Kyrgyzstan", "Kazakhstan"]
    assert proposed.documents(text, DAY) == ["3", "0"]
    other = ("Foreign Minister Hakan Fidan arrived in Bishkek on Wednesday, the last leg of his Central Asian tour. "
             "The sides signed four agreements. On Tuesday Fidan was in Astana on a working visit. He met President "
             "Tokayev there.")
    assert [v[1] for v in proposed.visits(other, DAY)] == ["Kyrgyzstan", "Kazakhstan"]
    assert proposed.documents(other, DAY) == ["4", "0"]
    # no tour told: a second stop told in passing signed none too (round 71, docs0: dev/531's gold now 0)
    stop = ("Foreign Minister Hakan Fidan arrived in Bishkek on Wednesday. The sides signed four agreements. On "
            "Tuesday Fidan was in Astana on a working visit. He met President Tokayev there.")
    assert proposed.documents(stop, DAY) == ["4", "0"]
