"""Fifty-eighth round, Azerbaijani and Turkish quotes (docs/extraction.md: quotes.py): the forms behind the dev/980 and
dev/988 misses, told in short invented sentences. An Azerbaijani bare "Prezident" after a quote, when someone else spoke
last, is the head of state the running text before the quote in its paragraph opens a sentence with (dev/980); a
body's name in a Turkish or Azerbaijani sentence before "şunları söyledi:" (its noun last, "Toplu Konut İdaresi", an
acronym in brackets after it, or the first half of a name joined by "ve") is no second person beside the sentence's
subject (dev/988). Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 18)
AZ_LEAD = ("Xivədə zirvə keçirilib\n\nÖzbəkistan Prezidenti Şavkat Mirziyoyev qonaqları salamlayıb.\n\n"
           "– Səmərqənd türk xalqlarını bir araya gətirir, – deyə Şavkat Mirziyoyev bildirib.\n\n")
AZ_WORDS = "“Xəzər marşrutu bizim ümumi gələcəyimizin əsas zəmanətidir,”"
AZ_END = "\n\nZirvə başa çatıb."
TR_LEAD = "Bakan Bakü'de\n\nÇevre Bakanı Murat Kurum Bakü'de temaslarda bulundu.\n\n"
TR_WORDS = '\n\n"Bakü ile Kars arasındaki demiryolu hattı yeni bir dönemin başlangıcıdır."\n\nTemaslar sona erdi.'


def _az_said(paragraph: str) -> list[str]:
    return [speaker for speaker, _ in proposed.quotes(AZ_LEAD + paragraph + AZ_END, DAY)[1:]]


def _tr_said(intro: str) -> list[str]:
    return [speaker for speaker, _ in proposed.quotes(TR_LEAD + intro + TR_WORDS, DAY)]


def test_bare_president_after_a_quote_is_the_head_of_state_the_running_text_just_named():
    # plant: the round 58 `elif before.strip(): _az_head_lead(before, resolver)` branch dropped in quotes.find_quotes
    assert _az_said("Qasım-Jomart Tokayev isə enerji təhlükəsizliyinə toxunub. " + AZ_WORDS
                    + " deyə Prezident bildirib.") == ["Kassym-Jomart Tokayev"]
    assert _az_said("Sonra İlham Əliyev çıxış edib. " + AZ_WORDS + " – deyə Prezident əlavə edib.") == ["Ilham Aliyev"]
    assert _az_said("Rəcəb Tayyib Ərdoğan çıxışında dəhlizə diqqət çəkib. " + AZ_WORDS
                    + " deyə dövlət başçısı qeyd edib.") == ["Recep Tayyip Erdoğan"]
    # a minister opening the running text, or running text naming no one, leaves the last speaker
    assert _az_said("Nazir Ceyhun Bayramov da çıxış edib. " + AZ_WORDS + " deyə Prezident qeyd edib.") \
        == ["Shavkat Mirziyoyev"]
    assert _az_said("Sonra söz verilib. " + AZ_WORDS + " deyə Prezident bildirib.") == ["Shavkat Mirziyoyev"]


def test_a_bodys_name_before_a_turkish_colon_is_no_second_person():
    # plant: `or _tr_body_run(clause, run)` dropped from the filter of named runs in quotes._colon_subject
    assert _tr_said("Toplu Konut İdaresi projesinin şantiyesini ziyaret eden Bakan Kurum, burada şunları söyledi:") \
        == ["Murat Kurum"]
    assert _tr_said("Dış Ekonomik İlişkiler Kurulu toplantısında konuşan Kurum, şunları söyledi:") == ["Murat Kurum"]
    # a second person in the sentence still leaves the words to no one
    assert _tr_said("Toplu Konut İdaresi projesinde Vali Ahmet Demir ve Bakan Kurum, şunları söyledi:") == []


def test_a_bodys_name_before_its_acronym_or_joined_by_and_is_no_person():
    # plant: _tr_body_run returning False after its first check (the run's own last word)
    assert _tr_said("Yatırım Ofisi (YO) projesini ziyaret eden Bakan Kurum, burada şunları söyledi:") == ["Murat Kurum"]
    assert _tr_said("Türk İşbirliği ve Koordinasyon Ajansı Başkanlığı projesini ziyaret eden Bakan Kurum, burada "
                    "şunları söyledi:") == ["Murat Kurum"]
    # the body's own words still make no speaker of it
    assert _tr_said("Yatırım Ofisi (YO) burada şunları söyledi:") == []
