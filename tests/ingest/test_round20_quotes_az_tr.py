"""Round 20 rules for Azerbaijani and Turkish quotes and their speakers (someone's words recalled by another in the
genitive, a document's name declined after its quote marks, a body's statement in the ablative), found in the dev
misses and by probing with invented passages in the styles of Azertac, APA, Report, Oxu.az, Qafqazinfo, Xalq qəzeti,
Anadolu, TRT Haber, Hürriyet, Sabah, Dünya and Yeni Şafak (short invented sentences, not the gold articles' text).
Each test names the plant it was seen failing on."""
from __future__ import annotations

from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)
B = "Jeyhun Bayramov"
F = "Hakan Fidan"


def _quotes(text: str) -> list[tuple[str, str]]:
    return proposed.quotes(text, DAY)


# quotes.py: the words of the one named in the genitive right before the quote, a noun for words right after it

def test_turkish_words_recalled_by_another_are_the_genitive_owner_s():
    """Plant: `return None` first in `_turkic_words_owner` (no speaker for the recalled words)."""
    text = ("Liman.\n\nEnerji Bakanı Alparslan Bayraktar dün Aktau Limanı'nı gezdi. Cumhurbaşkanı Recep Tayyip "
            "Erdoğan'ın \"Hazar'ın iki yakası artık daha yakın\" sözlerini anımsatan Bayraktar, yeni feribot hattının "
            "yıl sonunda açılacağını kaydetti.")
    assert _quotes(text) == [("Recep Tayyip Erdoğan", "Hazar'ın iki yakası artık daha yakın")]
    text = ("Forum.\n\nTicaret Bakanı Ömer Bolat foruma katıldı. Bolat, Aliyev'in \"ticaretimizin sınırı yoktur, "
            "sınır bizim irademizdir\" ifadesini hatırlattı.")
    assert _quotes(text) == [("Ilham Aliyev", "ticaretimizin sınırı yoktur, sınır bizim irademizdir")]


def test_azerbaijani_words_recalled_by_another_are_the_genitive_owner_s():
    """Plant: `r"sözler|sözlər|"` out of `_TURKIC_WORDS_NOUN` (no speaker for the recalled words)."""
    text = ("Görüş.\n\nXarici işlər naziri Ceyhun Bayramov Aşqabadda çıxış edib. Nazir Prezident İlham Əliyevin “Xəzər "
            "bizi ayırmır, birləşdirir” sözlərini xatırladıb.")
    assert _quotes(text) == [("Ilham Aliyev", "Xəzər bizi ayırmır, birləşdirir")]


def test_a_genitive_before_a_quote_ending_in_a_participle_owns_no_words():
    """Plant: the `_TURKIC_PARTICIPLE_END.search(…)` condition out of `_turkic_words_owner` (the quote went to Erdoğan,
    the subject of the nominalised clause, whose own words these are not)."""
    text = ("Ziyaret.\n\nDışişleri Bakanı Hakan Fidan Bakü'de temaslarda bulundu. Fidan, Cumhurbaşkanı Erdoğan'ın "
            "\"Azerbaycan'ın her zaman yanında olacağı\" mesajını iletti.")
    assert _quotes(text) == []


def test_a_country_in_the_genitive_before_a_quote_leaves_it_to_the_other_rules():
    """Plant: `if resolver.resolve(name, speaking=False) is None: return None` out of `_turkic_words_owner` (the form
    then held with no owner, and the subject's message had no speaker)."""
    text = ("Zirve.\n\nCumhurbaşkanı Erdoğan Şuşa'daki zirvede konuştu. Erdoğan, Türkiye'nin \"Azerbaycan'ın her zaman "
            "yanındadır\" mesajını verdi.")
    assert _quotes(text) == [("Recep Tayyip Erdoğan", "Azerbaycan'ın her zaman yanındadır")]


# quotes.py: a case ending glued to the closing mark declines a name, never a statement

def test_a_document_s_name_declined_after_its_closing_mark_is_no_quote():
    """Plant: `return False` first in `_declined_as_a_name` (the agreement's name became the minister's quote)."""
    text = ("Saziş.\n\nİqtisadiyyat naziri Mikayıl Cabbarov Ankarada çıxış edib. Nazir “Azərbaycan–Özbəkistan "
            "Azad Ticarət Sazişi”nin yeni mal siyahısının hazırlandığını bildirib.")
    assert _quotes(text) == []
    text = ("Anlaşma.\n\nTicaret Bakanı Ömer Bolat Taşkent'te konuştu. Bolat, \"Türkiye Özbekistan Tercihli Ticaret "
            "Anlaşması\"nın kapsamının genişletileceğini söyledi.")
    assert _quotes(text) == []


def test_a_quote_with_a_space_after_its_mark_or_a_glued_verb_stays_a_quote():
    """Plant: "dedi" out of `_GLUED_VERBS` (the quote with its verb glued by a missing space was dropped)."""
    text = ("Saziş.\n\nİqtisadiyyat naziri Mikayıl Cabbarov bildirib: “Bu saziş iki ölkənin ixracatçılarına yeni "
            "imkanlar açır.”")
    assert _quotes(text) == [("Mikayıl Cabbarov", "Bu saziş iki ölkənin ixracatçılarına yeni imkanlar açır.")]
    text = "Forum.\n\nTicaret Bakanı Ömer Bolat, \"Özbek pazarında payımızı iki katına çıkaracağız\"dedi."
    assert _quotes(text) == [("Ömer Bolat", "Özbek pazarında payımızı iki katına çıkaracağız")]


# people.py: a body's noun in the ablative or locative ends a body's name, no person's

def test_a_committee_s_statement_in_the_ablative_has_no_speaker():
    """Plant: the `_DECLINED_BODY_NOUN` line out of `people._without_place_case` (the speaker 'Dövlət Statistika')."""
    text = ("Statistika.\n\nİxrac artıb. Dövlət Statistika Komitəsindən bildirilib ki, qeyri-neft ixracı da "
            "artıb: “Kənd təsərrüfatı məhsullarının ixracı ötən illə müqayisədə xeyli çoxdur.”")
    assert _quotes(text) == []
    text = ("Açıklama.\n\nTicaret hacmi arttı. Dış Ticaret Genel Müdürlüğü'nden yapılan açıklamaya göre ihracat "
            "yükseldi: \"Orta Asya pazarlarına yapılan sevkiyat son iki yılda ikiye katlandı.\"")
    assert _quotes(text) == []



# people.py: the honorific of a late leader and the parliament in a case are no words of a name (probes)

def test_ulu_onder_before_a_name_is_no_part_of_it():
    """Plant: "ulu", "önder" out of `_TITLE_WORDS` (the speaker 'Ulu Önder Haydar Aliyev')."""
    text = ("Anma.\n\nBakan Fidan, Ulu Önder Haydar Aliyev'in \"Türkiye'nin başarısı bizim de başarımızdır\" sözlerini "
            "anımsattı.")
    # (round 73: the office holders table knows Heydar Aliyev, so the speaker is the table's spelling)
    assert _quotes(text) == [("Heydar Aliyev", "Türkiye'nin başarısı bizim de başarımızdır")]


def test_a_member_of_parliament_after_the_parliament_s_genitive_is_the_speaker():
    """Plant: "məclisin" out of `_BODY_WORDS` (the speaker 'Milli Məclisin')."""
    text = ("Sessiya.\n\nMilli Məclisin deputatı Elşad Mirzəyev iclasda “bu layihə kənd təsərrüfatı ixracını "
            "xeyli artıracaq” deyə bildirib.")
    assert _quotes(text) == [("Elşad Mirzəyev", "bu layihə kənd təsərrüfatı ixracını xeyli artıracaq")]


# quotes.py: more Turkish verbs after "diye" (probes)

def test_turkish_diye_sordu_and_diye_uyardi_close_a_quote_of_the_subject():
    """Plant: round 20's "sordu|uyardı|yanıt verdi|cevap verdi|karşılık verdi|" out of the first `TR_VERBS` lines (no
    speaker for any)."""
    text = "Meclis.\n\nİYİ Parti Milletvekili Selin Akgün, \"Bu koridorun güvenliğini kim sağlayacak?\" diye sordu."
    assert _quotes(text) == [("Selin Akgün", "Bu koridorun güvenliğini kim sağlayacak?")]
    text = "Lojistik.\n\nEkonomist Burak Tezcan, \"Feribot kapasitesi artmazsa hedef kâğıt üzerinde kalır\" diye uyardı."
    assert _quotes(text) == [("Burak Tezcan", "Feribot kapasitesi artmazsa hedef kâğıt üzerinde kalır")]
    text = ("Basın.\n\nSoruyu Bakan Fidan yanıtladı. Fidan, \"Barış anlaşması bu yıl imzalanabilir\" diye yanıt verdi. "
            "Bir bakanlık yetkilisi ise \"Bu konuda şu an bir açıklama yapamayız\" diye cevap verdi.")
    assert _quotes(text) == [("Hakan Fidan", "Barış anlaşması bu yıl imzalanabilir")]  # an unnamed official: none
    text = "Basın.\n\nBayramov ise \"Azerbaycan bu konuda hiçbir taviz vermeyecek\" diye karşılık verdi."
    assert _quotes(text) == [(B, "Azerbaycan bu konuda hiçbir taviz vermeyecek")]


# quotes.py: Azerbaijani "deyə fikrini bildirib" and the formal perfect of Xalq qəzeti and Azertac (probes)

def test_azerbaijani_deye_fikrini_bildirib_is_the_subject_s():
    """Plant: `(?:fikrini\\s+)?` out of round 18's `deyə` line of `TR_VERBS` (no speaker)."""
    text = ("Şərh.\n\nPolitoloq Zaur Məmmədov “Xəzər regionu yeni enerji mərkəzinə çevrilir” deyə fikrini "
            "bildirib.")
    assert _quotes(text) == [("Zaur Məmmədov", "Xəzər regionu yeni enerji mərkəzinə çevrilir")]


def test_azerbaijani_deye_with_the_formal_perfect_verb():
    """Plant: `|mışdır|mişdir` out of `AZ_DEYE` (no speaker)."""
    text = ("Qəbul.\n\nPrezident İlham Əliyev Tacikistanın nümayəndə heyətini qəbul etmişdir.\n\n“Tacikistan ilə "
            "əməkdaşlığımız bütün sahələrdə genişlənir”, – deyə Prezident İlham Əliyev qeyd etmişdir.")
    assert _quotes(text) == [("Ilham Aliyev", "Tacikistan ilə əməkdaşlığımız bütün sahələrdə genişlənir")]


def test_azerbaijani_formal_perfect_ki_before_a_colon():
    """Plant: `or AZ_KI_PAST.search(sentence)` out of `_indirect_colon_subject` (no speaker)."""
    text = ("Qəbul.\n\nDövlətimizin başçısı vurğulamışdır ki, Azərbaycan öz öhdəliklərinə sadiqdir: “Biz bu "
            "layihələri vaxtında başa çatdıracağıq.”")
    assert _quotes(text) == [("Ilham Aliyev", "Biz bu layihələri vaxtında başa çatdıracağıq.")]
    text = ("Qəbul.\n\nBaş nazir Əli Əsədov qeyd etmişdir ki, ticarət “son iki ildə iki dəfədən çox "
            "artmışdır”.")
    assert _quotes(text) == [("Ali Asadov", "son iki ildə iki dəfədən çox artmışdır")]


# quotes.py: Azerbaijani "– deyə o …" after a paragraph naming one person (probes)

def test_deye_o_after_a_lead_naming_one_person_is_that_person():
    """Plant: the `|\\bdeyə\\s+o\\s` alternative out of `_AZ_TITLE_ANAPHOR` (no speaker: no one had spoken yet)."""
    text = ("Müsahibə.\n\nPolitoloq Samir Hüseynli regiondakı vəziyyəti təhlil edib.\n\n“Qazaxıstan Orta Dəhlizə "
            "daha çox yük yönəltməyə hazırdır”, - deyə o vurğulayıb.")
    assert _quotes(text) == [("Samir Hüseynli", "Qazaxıstan Orta Dəhlizə daha çox yük yönəltməyə hazırdır")]


def test_deye_o_after_a_lead_naming_no_one_is_the_last_speaker():
    """The near form: a lead naming no one leaves "o" to the one who spoke last. Plant: `_az_lead_sentence`'s last line
    as `resolver.last_speaker = _clause_subject(body, resolver)` (the lead's nobody became the last speaker)."""
    text = ("Görüş.\n\nCeyhun Bayramov bildirib: “Qazaxıstanla əlaqələr inkişaf edir.”\n\nİxrac ötən il 20 faiz artıb."
            "\n\n“Gələn il birgə layihələrin sayı iki dəfə artacaq”, - deyə o vurğulayıb.")
    assert _quotes(text) == [(B, "Qazaxıstanla əlaqələr inkişaf edir."),
                             (B, "Gələn il birgə layihələrin sayı iki dəfə artacaq")]


# people.py: a region named right after a name, with no comma, is no part of it (probes)

def test_a_region_after_an_azerbaijani_name_is_no_part_of_it():
    """Plant: `_without_region` out of `people._unlisted_names` (the speaker 'Tural Abbaslı Cənubi Qafqaz'; and no
    speaker for the second, the run read as a body's by "Mərkəzi")."""
    text = ("Forum.\n\nPolitoloq Tural Abbaslı Cənubi Qafqaz regionunda nəqliyyat layihələrini şərh edib: “Zəngəzur "
            "dəhlizi bütün regionun ticarətini dəyişəcək.”")
    assert _quotes(text) == [("Tural Abbaslı", "Zəngəzur dəhlizi bütün regionun ticarətini dəyişəcək.")]
    text = ("Forum.\n\nİqtisadçı Leyla Qasımova Mərkəzi Asiya bazarlarını təhlil edib: “Özbəkistan bazarı ən sürətlə "
            "böyüyən bazardır.”")
    assert _quotes(text) == [("Leyla Qasımova", "Özbəkistan bazarı ən sürətlə böyüyən bazardır.")]


def test_a_region_word_as_a_given_name_stays_in_the_name():
    """Plant: `range(2, len(words))` as `range(1, len(words))` in `people._without_region` (the second given name Hazar
    cut the name to 'Ayşe': no speaker)."""
    text = "Forum.\n\nEkonomist Ayşe Hazar Tekin, \"Hazar geçişli hatlar navlunu yarıya indirecek\" dedi."
    assert _quotes(text) == [("Ayşe Hazar Tekin", "Hazar geçişli hatlar navlunu yarıya indirecek")]
    text = "Forum.\n\nEkonomist Hazar Tekin, \"Orta Koridor navlunu yarıya indirecek\" dedi."
    assert _quotes(text) == [("Hazar Tekin", "Orta Koridor navlunu yarıya indirecek")]


def test_a_centre_s_name_is_no_region():
    """Plant: the condition on the next word out of `people._without_region` ("Mərkəzi" alone cut the centre's name,
    and 'Strateji Araşdırmalar' became the speaker)."""
    text = ("Hesabat.\n\n“Orta Dəhliz üzrə yükdaşımalar bu il rekord həddə çatacaq”, – deyə Strateji Araşdırmalar "
            "Mərkəzi bildirib.")
    assert _quotes(text) == []


# quotes.py: Turkish "şu ifadeleri kullandı:" before a colon (probes)

def test_turkish_su_ifadeleri_kullandi_before_a_colon_is_the_subject_s():
    """Plant: round 20's `(?:ifadeleri|ifadeyi|sözleri|cümleleri)\\s+kullandı|mesajı\\s+verdi` out of `TR_COLON_VERB_MORE`
    (no speaker)."""
    text = ("Zirve.\n\nDışişleri Bakanı Hakan Fidan, konuşmasında şu ifadeleri kullandı: \"Hazar'ın iki yakası artık "
            "tek bir ekonomik alan.\"")
    assert _quotes(text) == [(F, "Hazar'ın iki yakası artık tek bir ekonomik alan.")]
    text = "Zirve.\n\nFidan, Erdoğan'ın sözlerini kullandı: \"Hazar'ın iki yakası artık tek bir ekonomik alan.\""
    assert _quotes(text) == []  # someone else's words before the colon: no one's, as round 16b has it

