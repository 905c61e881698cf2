"""Turkish quote forms of round 22 (dev/257 and probes in the styles of Anadolu, TRT Haber, Hürriyet, Aydınlık, Dünya),
each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 8)
L, R = "\u201c", "\u201d"
LEAD = "Görüşme\n\nKırgızistan Dışişleri Bakanı Jeenbek Kulubayev Ankara'da temaslarda bulundu.\n\n"


def _quotes(text, day=DAY):
    return proposed.quotes(LEAD + text, day)


def test_a_slogan_or_concept_named_as_such_is_no_quote():
    """'iki halkın “ortak tarih, ortak gelecek” anlayışıyla …' / '"…" ilkesi çerçevesinde' / '"…" vizyonunu': the
    quoted words name a concept or a principle, no statement; the speaker's real quote in the same sentence stays."""
    # plant: the `_named_concept(text, outer[1])` check dropped from `find_quotes` (the slogan given Kulubayev)
    said = "Ankara ile ilişkilerimizi her alanda derinleştirmek istiyoruz"
    assert _quotes("Kulubayev, iki halkın " + L + "ortak tarih, ortak gelecek, ortak yol" + R + " anlayışıyla hareket "
                   "ettiğini belirterek " + L + said + R + " ifadelerini kullandı.") == [
        ("Jeenbek Kulubaev", said)]
    assert _quotes("Kulubayev, " + L + "bölgenin sorunlarına bölgesel çözüm" + R + " ilkesine bağlı kaldıklarını "
                   "söyledi.") == []
    assert _quotes("Kulubayev, " + L + "güçlü Türk dünyası, güçlü bölge" + R + " vizyonunu paylaştıklarını "
                   "söyledi.") == []
    # precision: a quote followed by a speech noun or verb stays a quote
    assert _quotes("Kulubayev, " + L + said + R + " dedi.") == [("Jeenbek Kulubaev", said)]
    assert _quotes("Kulubayev, " + L + said + R + " ifadelerini kullandı.") == [("Jeenbek Kulubaev", said)]


def test_a_subheading_of_a_surname_a_colon_and_a_quote():
    """A subheading 'Kulubayev: "…"' on its own line (Aydınlık, Hürriyet): the quote is that person's, the surname
    one the article named in full before; a capitalised word that names no one ("Orta Koridor: “…”") is no speaker."""
    # plant: the `_name_colon_subheading` call dropped from `find_quotes` (the subheading's quote left unattributed)
    said = "Türk dünyasıyla bağlarımız her geçen yıl güçleniyor"
    body = "\n\nKulubayev, toplantıda Türk devletleriyle işbirliğini değerlendirdi."
    assert _quotes("Kulubayev: " + L + said + R + body) == [("Jeenbek Kulubaev", said)]
    assert _quotes('Kulubayev: "' + said + '"' + body) == [("Jeenbek Kulubaev", said)]
    # precision: a label naming no one, and a colon inside running text, give no speaker to the line
    assert _quotes("Orta Koridor: " + L + said + R + body) == []
    assert _quotes("Yılın sözü: " + L + said + R + body) == []


def test_a_nominalised_partial_quote_before_a_verb_of_predicting_or_reminding():
    """'X, … "… ulaşacağını" öngördü' / "tahmin etti" / "hatırlattı": the nominalised partial quote is the sentence
    subject's words, as before "söyledi"; a partial quote that is no nominalised clause keeps no speaker."""
    # plant: "öngördü|tahmin etti|hatırlattı" dropped from `BARE_VERB_AFTER` (the predictions left unattributed)
    said = "yeni bir zirveye ulaşacağını"
    for verb in ("öngördü", "tahmin etti", "hatırlattı"):
        assert _quotes("Kulubayev, iki ülke arasındaki yatırımların gelecek yıl " + L + said + R + " " + verb + ".") \
            == [("Jeenbek Kulubaev", said)], verb
    # precision: a noun phrase in quote marks before "öngördü" (a plan named, no clause of his) is no quote
    assert _quotes("Kulubayev, " + L + "ortak yatırım fonu için yeni plan" + R + " öngördü.") == []


def test_a_surname_after_an_academic_title_and_a_three_word_name():
    """'… üzerine çalışan Doç. Dr. Selim Can Aydemir, …. Aydemir, şunları kaydetti:' and the quote below it: the
    surname is the academic named in full before (three words, two given names); a capitalised word after the
    name ("Prof. Dr. Selim Aydemir Ankara'da") is no part of it."""
    # plant: the `_tr_academic_people(text)` call dropped from `Resolver.note_names_in` (the quote left unattributed)
    said = "Mevcut yatırım hacmini üç yılda ikiye katlamak kolay değil."
    lead = "Enerji piyasaları üzerine çalışan Doç. Dr. Selim Can Aydemir, hedefin zor olduğunu söyledi. "
    assert _quotes(lead + "Aydemir, gazetemize yaptığı değerlendirmede şunları kaydetti:\n\n" + L + said + R) == [
        ("Selim Can Aydemir", said)]
    assert _quotes("Prof. Dr. Selim Aydemir Ankara'da konuştu. Aydemir şunları söyledi:\n\n" + L + said + R) == [
        ("Selim Aydemir", said)]
    # precision: a surname no one was named with before stays no one's
    assert _quotes("Aydemir, gazetemize yaptığı değerlendirmede şunları kaydetti:\n\n" + L + said + R) == []


def test_a_subheading_surname_named_in_full_right_below_it():
    """'Aydemir: "…"' as a subheading before the body names him ("Dış ticaret uzmanı Selin Aydemir, …" in the
    paragraph below): the quote is the one named in full below; with no full name below it stays no one's."""
    # plant: the `full_names(below, …)` lookup dropped from `_name_colon_subheading` (the subheading unattributed)
    said = "Türk dünyasıyla bağlarımız her geçen yıl güçleniyor"
    line = "Aydemir: " + L + said + R + "\n\n"
    assert _quotes(line + "Verileri değerlendiren dış ticaret uzmanı Selin Aydemir, tablonun olumlu olduğunu "
                   "söyledi.") == [("Selin Aydemir", said)]
    # precision: no full name below, or another surname below
    assert _quotes(line + "Toplantı akşam saatlerinde sona erdi.") == []
    assert _quotes(line + "Dış ticaret uzmanı Selin Karaca, tablonun olumlu olduğunu söyledi.") == []


def test_a_capitalised_word_with_a_case_ending_inside_an_earlier_quote_is_no_speaker():
    """'Kulubayev'in "Fergana Vadisi'ndeki …" sözlerine karşılık Bolat, "…" dedi': the place with a case ending in the
    first quote ("Vadisi'ndeki") is no speaker of the second; a case-marked run is never a name as written."""
    # plant: the `_TR_CASE_SUFFIX` check of the speaker dropped from `find_quotes` ("Fergana Vadisi'ndeki" as speaker)
    first = "Fergana Vadisi'ndeki yatırımlar her yıl artıyor"
    second = "Ticaretimizi iki katına çıkaracağız ve büyüyeceğiz"
    got = _quotes("Kulubayev'in " + L + first + R + " sözlerine karşılık Bolat, " + L + second + R
                  + " dedi.")
    assert all("'" not in speaker for speaker, _ in got)
    assert ("Jeenbek Kulubaev", first) in got
    # the plain form keeps its speaker
    assert _quotes("Kulubayev, " + L + first + R + " dedi.") == [("Jeenbek Kulubaev", first)]
