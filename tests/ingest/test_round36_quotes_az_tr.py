"""Round 36 (Azerbaijani and Turkish quotes): a Turkish subheading in capitals 'SURNAME: "QUOTE"' or 'EKONOMİST:
"…"' whose words no later quote repeats and the paragraphs around it do not tell again is the quote of the person it
names (dev/539)."""
from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2026, 3, 12)

_LEAD = ("Özbek iş heyeti Bursa'da\n\nÖzbekistan Yatırım Bakanı Laziz Kudratov, Bursa Ticaret Odası'nı ziyaret etti.\n\n"
         "Bursa Valisi Erol Ayyıldız da ziyarette hazır bulundu.\n\n")


def test_surname_subheading_is_its_speakers_quote():
    text = _LEAD + ('KUDRATOV: "TEKSTİLDE ORTAK ÜRETİM İSTİYORUZ"\n\nÖzbek bakan, görüşmede Bursalı firmaları '
                    'Taşkent\'teki sanayi bölgelerine davet etti.\n\nToplantı iki saat sürdü.')
    # plant: _turkic_caps_subheading_own_quotes dropped from _headline_speakers' return -> the subheading is lost
    assert ("Laziz Kudratov", "TEKSTİLDE ORTAK ÜRETİM İSTİYORUZ") in quotes(text, DAY)


def test_title_subheading_is_the_titled_person_below():
    text = _LEAD + ('AKADEMİSYEN: "LOJİSTİK MALİYETLERİ HÂLÂ ÇOK YÜKSEK"\n\nGazetemize konuşan akademisyen Selin '
                    'Ağaoğlu ise demiryolu bağlantısının önemine dikkat çekti.')
    # plant: the title branch of _caps_label_person returned None -> the economist's subheading is lost
    assert ("Selin Ağaoğlu", "LOJİSTİK MALİYETLERİ HÂLÂ ÇOK YÜKSEK") in quotes(text, DAY)


def test_subheading_the_paragraph_below_tells_again_is_no_quote():
    text = _LEAD + ('KUDRATOV: "SERBEST TİCARET ANLAŞMASI İMZALANACAK"\n\nKudratov, serbest ticaret anlaşmasının '
                    'bu yıl imzalanacağını söyledi.')
    # plant: _summarised_nearby returned False -> the editor's summary became Kudratov's quote
    assert not [q for q in quotes(text, DAY) if q[1].isupper()]


def test_label_naming_no_one_and_title_without_name_give_none():
    text = _LEAD + ('BAKANLIK: "YENİ DÖNEM BAŞLIYOR ARTIK BURADA"\n\nBakanlık yetkilileri görüşmeden memnun kaldı.\n\n'
                    'UZMAN: "PAZAR PAYIMIZ ÇOK DÜŞÜK KALDI"\n\nFirmalar yeni fuarlara katılmayı planlıyor.')
    assert not [q for q in quotes(text, DAY) if q[1].isupper()]


def test_subheading_a_body_quote_repeats_stays_the_body_quote():
    text = _LEAD + ('KUDRATOV: "KAPILARIMIZ TÜRK YATIRIMCIYA AÇIK"\n\nKudratov, "Kapılarımız Türk yatırımcıya açık, '
                    'her sektörde ortaklık bekliyoruz" dedi.')
    said = quotes(text, DAY)
    assert not [q for q in said if q[1].isupper()]
    assert any(q[0] == "Laziz Kudratov" and q[1].startswith("Kapılarımız") for q in said)
