"""Round 18b rules for Azerbaijani and Turkish quotes and their speakers, found by probing with invented passages in
the styles of APA, Report.az, Oxu.az, Azərtac, Qafqazinfo, Anadolu Ajansı, Hürriyet, Dünya and TRT Haber (short
invented sentences, not the gold articles' text). Each test names the plant it was seen failing on."""
from __future__ import annotations

from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)


def _quotes(text: str) -> list[tuple[str, str]]:
    return proposed.quotes(text, DAY)


# people.py: the outlet a titled person spoke to is no part of his name

def test_an_outlet_told_after_an_occupation_s_name_keeps_the_name_for_its_surname():
    """Plant: `or _az_outlet_after(text, m.start("next"))` out of `_az_titled_people` (the speaker Islam Karimov, a
    former president of that surname)."""
    text = ("Bazar dəyişir.\n\nİqtisadçı Vüsal Kərimov Report-a danışıb.\n\n«Tranzit yükləri növbəti il iki dəfə "
            "artacaq, çünki yeni bərələr işə düşür», – deyə Kərimov bildirib.\n\nİqtisadçı Elçin Abbasov APA-ya "
            "açıqlama verib.\n\n«Manatın məzənnəsi yaxın aylarda sabit qalacaq», – deyə Abbasov əlavə edib.")
    assert _quotes(text) == [("Vüsal Kərimov", "Tranzit yükləri növbəti il iki dəfə artacaq, çünki yeni bərələr işə düşür"),
                             ("Elçin Abbasov", "Manatın məzənnəsi yaxın aylarda sabit qalacaq")]


# quotes.py: an Azerbaijani dash line attributed to a bare title

def test_an_azerbaijani_dash_line_with_a_bare_title_is_the_paragraph_before_s_subject():
    """Plant: the `_az_dash_title` branch out of `_dash_anaphor_subject` (no speaker)."""
    text = ("Bazar dəyişir.\n\nİqtisadçı Vüsal Kərimov Report-a danışıb.\n\n– Tranzit yükləri növbəti il iki dəfə "
            "artacaq, çünki yeni bərələr işə düşür, – deyə ekspert bildirib.")
    assert _quotes(text) == [("Vüsal Kərimov", "Tranzit yükləri növbəti il iki dəfə artacaq, çünki yeni bərələr işə düşür")]


# people.py: a bare "Nazir"/"Bakan" before anyone has spoken, the one minister named, the table's or not

def test_a_bare_minister_word_before_anyone_spoke_is_the_one_minister_named_with_a_title():
    """Plant: `return self._only_minister()` first in `Resolver._turkic_only_minister` (no speaker for either)."""
    text = ("Ziyaret.\n\nTürkiyənin ticarət naziri Ömer Bolat Bakıda səfərdədir.\n\nSəfər çərçivəsində iqtisadi forum "
            "keçirilib.\n\nNazir qeyd edib: «Türkiyə ilə Azərbaycan arasında ticarət dövriyyəsi 15 milyard dollara "
            "çatmalıdır».")
    assert _quotes(text) == [("Ömer Bolat", "Türkiyə ilə Azərbaycan arasında ticarət dövriyyəsi 15 milyard dollara "
                                            "çatmalıdır")]
    text = ("Ziyaret.\n\nTicaret Bakanı Ömer Bolat Taşkent'e gitti.\n\nZiyaret kapsamında iş forumu düzenlendi ve "
            "anlaşmalar imzalandı.\n\nBakan, \"Özbekistan ile ticarette 5 milyar dolar hedefine ulaşacağız\" dedi.")
    assert _quotes(text) == [("Ömer Bolat", "Özbekistan ile ticarette 5 milyar dolar hedefine ulaşacağız")]


def test_a_bare_minister_word_is_no_deputy_spokesman_or_prime_minister():
    """Plant: `_TURKIC_MINISTER_ROLE` without its `$` (the speakers Ahmet Yıldırım, Öncü Keçeli)."""
    quote = "\n\nZiyaret kapsamında iş forumu düzenlendi.\n\nBakan, \"Bölgede kalıcı barış için çalışıyoruz\" dedi."
    assert _quotes("Ziyaret.\n\nTicaret Bakan Yardımcısı Ahmet Yıldırım Taşkent'e gitti." + quote) == []
    assert _quotes("Ziyaret.\n\nDışişleri Bakanlığı Sözcüsü Öncü Keçeli açıklama yaptı." + quote) == []
    assert _quotes("Ziyaret.\n\nBaşbakan Ünal Üstel Bakü'ye geldi." + quote) == []


def test_a_bare_nazir_is_not_the_deputy_minister_the_sentence_before_names():
    """Plant: `and not _TURKIC_DEPUTY.search(lead)` out of `_title_fits` (the speaker Sahib Məmmədov)."""
    text = ("Forum.\n\nİqtisadiyyat nazirinin müavini Sahib Məmmədov forumda çıxış edib.\n\nNazir qeyd edib: «İxrac "
            "göstəriciləri ötən ilə nisbətən xeyli artıb».")
    assert _quotes(text) == []


# quotes.py: Turkish '"…" bilgisini verdi'

def test_turkish_bilgisini_verdi_after_the_quote_gives_the_subject():
    """Plant: the round-18b `TR_VERBS +=` line out (no speaker for either)."""
    text = ("Forum yapıldı.\n\nTicaret Bakanı Ömer Bolat, \"Özbekistan ile tercihli ticaret anlaşması yürürlüğe girdi\" "
            "bilgisini verdi.\n\nBolat, \"Kazakistan'a ihracatımız ilk kez 3 milyar doları aştı\" bilgisini aktardı.")
    assert _quotes(text) == [("Ömer Bolat", "Özbekistan ile tercihli ticaret anlaşması yürürlüğe girdi"),
                             ("Ömer Bolat", "Kazakistan'a ihracatımız ilk kez 3 milyar doları aştı")]


# quotes.py: words said impersonally in someone's statement

def test_words_said_in_one_person_s_statement_after_the_quote_are_his():
    """Plant: the `TURKIC_SAID_IN` branch out of `_attribute` (no speaker for either)."""
    text = ("Forum yapıldı.\n\nTicaret Bakanı Ömer Bolat'ın yazılı açıklamasında, \"Azerbaycan'a ihracatımız yüzde 15 "
            "arttı\" denildi.\n\nPrezident İlham Əliyevin təbrik məktubunda «Qazaxıstanla münasibətlər strateji xarakter "
            "daşıyır» deyilir.")
    assert _quotes(text) == [("Ömer Bolat", "Azerbaycan'a ihracatımız yüzde 15 arttı"),
                             ("Ilham Aliyev", "Qazaxıstanla münasibətlər strateji xarakter daşıyır")]


def test_words_said_in_one_person_s_statement_before_a_colon_are_his():
    """Plant: the `TURKIC_SAID_IN_COLON` branch moved after the `_local_words_of_another` check (no speaker for
    either)."""
    text = ("Zirve yapıldı.\n\nCumhurbaşkanı Erdoğan'ın açıklamasında şu ifadeler yer aldı: \"Türk Devletleri Teşkilatı "
            "küresel bir aktördür.\"\n\nPrezident İlham Əliyevin təbrik məktubunda deyilir: «Azərbaycan ilə Qazaxıstan "
            "arasında münasibətlər strateji xarakter daşıyır».")
    assert _quotes(text) == [("Recep Tayyip Erdoğan", "Türk Devletleri Teşkilatı küresel bir aktördür."),
                             ("Ilham Aliyev", "Azərbaycan ilə Qazaxıstan arasında münasibətlər strateji xarakter "
                                              "daşıyır")]


def test_words_said_in_a_body_s_or_two_people_s_statement_are_no_one_s():
    """Plant: `return (person, "subject-colon", 0) if person else None` and the same for `TURKIC_SAID_IN` (falling
    through: the speaker "Prezident İlham Əliyevin" for the press service's words)."""
    text = ("Görüş keçirilib.\n\nBəyanatda deyilir: «Tərəflər regional təhlükəsizlik məsələlərini geniş müzakirə "
            "ediblər».\n\nPrezident İlham Əliyevin mətbuat xidmətinin məlumatında deyilir: «Görüşdə nəqliyyat və enerji "
            "sahəsində əməkdaşlıq müzakirə olunub».\n\nErdoğan ile Aliyev'in ortak açıklamasında şu ifadeler yer aldı: "
            "\"İki ülke ilişkileri stratejik ortaklık düzeyindedir.\"\n\nDışişleri Bakanlığının yazılı açıklamasında, "
            "\"Azerbaycan'ın toprak bütünlüğünü her zaman destekliyoruz\" denildi.")
    assert _quotes(text) == []


def test_words_in_the_statement_of_someone_s_office_or_aide_are_not_his():
    """Plant: the `_TURKIC_OFFICE_OF` check out of `_turkic_words_in_subject` (the speakers Recep Tayyip Erdoğan and
    Hakan Fidan)."""
    text = ("Cumhurbaşkanı Erdoğan, Aliyev ile telefonda görüştü.\n\nCumhurbaşkanı Erdoğan'ın İletişim Başkanlığından "
            "yapılan açıklamada, \"Görüşmede bölgesel gelişmeler ele alındı\" denildi.\n\nBakan Fidan'ın sözcüsünün "
            "açıklamasında, \"Görüşmede enerji projeleri ele alındı ve yeni adımlar kararlaştırıldı\" denildi.")
    assert _quotes(text) == []


# quotes.py: Azerbaijani "these words X said" after the quote

def test_azerbaijani_bu_sozleri_or_bunu_after_the_quote_gives_the_one_named():
    """Plant: `or AZ_THESE_WORDS.match(after)` out of `_about_this` (no speaker for either)."""
    text = ("Yükdaşımalar artır.\n\n“Orta Dəhliz üzrə yükdaşımalar ötən il 60 faiz artıb”, - bu sözləri Azərbaycan Dəmir "
            "Yolları QSC-nin sədri Rövşən Rüstəmov deyib.\n\n“Gələn il Qazaxıstanla ticarət dövriyyəsi iki milyard "
            "dollara çatacaq”.\n\nBunu jurnalistlərə açıqlamasında iqtisadiyyat naziri Mikayıl Cabbarov deyib.")
    assert _quotes(text) == [("Rövşən Rüstəmov", "Orta Dəhliz üzrə yükdaşımalar ötən il 60 faiz artıb"),
                             ("Mikayıl Cabbarov", "Gələn il Qazaxıstanla ticarət dövriyyəsi iki milyard dollara çatacaq")]


def test_azerbaijani_bunu_naming_someone_in_the_genitive_gives_no_one():
    """Plant: `nominative=True` -> `nominative=False` in `_about_this` (the speaker "Prezident İlham Əliyevin", whose
    aide said it)."""
    text = ("Forum keçirilib.\n\n“Gələn il Qazaxıstanla ticarət dövriyyəsi iki milyard dollara çatacaq”.\n\nBunu "
            "jurnalistlərə Prezident İlham Əliyevin köməkçisi deyib.")
    assert _quotes(text) == []


# quotes.py: a quote opening its paragraph with a verb and no subject

def test_a_subjectless_turkic_verb_after_a_quote_paragraph_is_that_speaker_s():
    """Plant: the `_turkic_subjectless_end` branch out of `find_quotes` (the second quote of each had no speaker)."""
    text = ("Forum yapıldı.\n\nTicaret Bakanı Ömer Bolat, \"Ticaret hacmimiz geçen yıl yüzde 20 arttı\" dedi.\n\n\"Bu "
            "yıl da artışın devam etmesini bekliyoruz\" diye ekledi.\n\nGörüş keçirilib.\n\nCeyhun Bayramov bildirib: "
            "«Əməkdaşlıq uğurla inkişaf edir».\n\n«Yeni layihələr gələn il başlanacaq və regionu dəyişəcək», – deyə "
            "əlavə edib.")
    assert _quotes(text) == [("Ömer Bolat", "Ticaret hacmimiz geçen yıl yüzde 20 arttı"),
                             ("Ömer Bolat", "Bu yıl da artışın devam etmesini bekliyoruz"),
                             ("Jeyhun Bayramov", "Əməkdaşlıq uğurla inkişaf edir"),
                             ("Jeyhun Bayramov", "Yeni layihələr gələn il başlanacaq və regionu dəyişəcək")]


def test_a_subjectless_turkic_verb_after_running_text_is_not_the_last_quote_s():
    """Plant: the `_ONLY_PUNCTUATION` check out of `_turkic_subjectless_end` (the second quote given to Ömer Bolat)."""
    text = ("Forum yapıldı.\n\nTicaret Bakanı Ömer Bolat, \"Ticaret hacmimiz geçen yıl yüzde 20 arttı\" dedi. Toplantıya "
            "çok sayıda iş insanı katıldı.\n\n\"Bu yıl da artışın devam etmesini bekliyoruz\" diye ekledi.")
    assert _quotes(text) == [("Ömer Bolat", "Ticaret hacmimiz geçen yıl yüzde 20 arttı")]


# quotes.py: Azerbaijani and Turkish question-and-answer interviews

def test_an_azerbaijani_or_turkish_qa_interview_answer_is_the_interviewee_s():
    """Plant: the two round-18b `_QA_QUESTION`/`_QA_ANSWER` lines out (no quote)."""
    text = ("Oxu.az-ın suallarını iqtisadçı Rauf Qarayev cavablandırıb.\n\nS: Ticarət dövriyyəsi niyə artır?\n\nC: Əsas "
            "səbəb tranzit yüklərinin artmasıdır, Orta Dəhliz tam gücü ilə işləyir.")
    assert _quotes(text) == [("Rauf Qarayev", "Əsas səbəb tranzit yüklərinin artmasıdır, Orta Dəhliz tam gücü ilə "
                                              "işləyir.")]
    text = ("Sabah'ın sorularını ekonomist Deniz Kaptan yanıtladı.\n\nSoru: Orta Koridor neden önemli?\n\nCevap: Çünkü "
            "Çin ile Avrupa arasındaki en kısa kara yolu Türkiye'den geçiyor.")
    assert _quotes(text) == [("Deniz Kaptan", "Çünkü Çin ile Avrupa arasındaki en kısa kara yolu Türkiye'den geçiyor.")]



# quotes.py: the outlet told, in quote marks, inside an Azerbaijani attribution after the quote

def test_an_outlet_in_quote_marks_inside_an_azerbaijani_attribution_after_the_quote():
    """Plant: `{_AZ_QUOTED_OUTLET}|` out of AZ_AFTER and AZ_DEYE (no speaker for either)."""
    text = ("Müsahibə.\n\n«Tranzit yükləri növbəti il iki dəfə artacaq», - Ceyhun Bayramov “Trend”ə açıqlamasında "
            "deyib.\n\n«Manatın məzənnəsi yaxın aylarda sabit qalacaq», – deyə iqtisadçı Vüsal Kərimov \"Report\"a "
            "bildirib.")
    assert _quotes(text) == [("Jeyhun Bayramov", "Tranzit yükləri növbəti il iki dəfə artacaq"),
                             ("Vüsal Kərimov", "Manatın məzənnəsi yaxın aylarda sabit qalacaq")]
