"""Round 19 rules for Azerbaijani and Turkish quotes and their speakers (business people, members of parliament and
activists, patronymic names, a title before a surname, "O" after a sentence naming one person), found in the dev
misses and by probing with invented passages in the styles of APA, Report.az, Yeni Müsavat, Turan, Evrensel, Cumhuriyet
and Dünya (short invented sentences, not the gold articles' text). Each test names the plant it was seen failing on."""
from __future__ import annotations

from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 4)


def _quotes(text: str) -> list[tuple[str, str]]:
    return proposed.quotes(text, DAY)


# people.py: an Azerbaijani "Prezident" before a surname is a title

def test_prezident_before_a_surname_is_the_holder_not_an_unlisted_name():
    """Plant: "prezident" out of round 19's `_TITLE_WORDS` block (the speaker 'Prezident Mirziyoyev')."""
    text = ("Səfər.\n\nNazir Daşkənddə Özbəkistan Prezidenti Şavkat Mirziyoyev tərəfindən qəbul olunub.\n\n"
            "Prezident Mirziyoyev Azərbaycanla əlaqələrin strateji xarakter daşıdığını vurğulayıb: «Biz ticarət "
            "dövriyyəsini iki dəfə artırmağa hazırıq».")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "Biz ticarət dövriyyəsini iki dəfə artırmağa hazırıq")]


# people.py: Turkish titles of members of parliament and boards before a name of two or three words

def test_a_turkish_member_of_parliament_named_with_three_words_is_the_surname_s_speaker():
    """Plant: "Milletvekili" out of `_LOCAL_TITLES` (no speaker)."""
    text = ("Meclis.\n\nİYİ Parti Milletvekili Zeynep Gül Aksoy da konuyu soru önergesiyle gündeme taşıdı. Aksoy, "
            "\"Bu anlaşmanın maliyetini yine dar gelirli yurttaş ödeyecek\" dedi.")
    assert _quotes(text) == [("Zeynep Gül Aksoy", "Bu anlaşmanın maliyetini yine dar gelirli yurttaş ödeyecek")]


def test_a_board_member_named_with_a_title_is_the_surname_s_speaker():
    """Plant: "Üyesi" out of `_LOCAL_TITLES` (no speaker)."""
    text = ("Forum.\n\nDEİK Yönetim Kurulu Üyesi Kemal Sarıoğlu foruma katıldı. Sarıoğlu, \"Orta Asya pazarında "
            "lojistik maliyetleri hâlâ çok yüksek\" diye konuştu.")
    assert _quotes(text) == [("Kemal Sarıoğlu", "Orta Asya pazarında lojistik maliyetleri hâlâ çok yüksek")]


# quotes.py: Azerbaijani "O" right after a sentence naming one person

def test_o_after_a_sentence_naming_one_person_is_that_person_not_the_last_speaker():
    """Plant: the `_az_pronoun_lead` call out of `find_quotes` (the speaker Mikayıl Cabbarov, who spoke last)."""
    text = ("Park.\n\nMikayıl Cabbarov isə bildirib ki, park inkişaf edir. “Türkiyə ilə birgə layihələr yeni iş "
            "yerləri yaradıb”, – deyə nazir qeyd edib.\n\nZavodda “Xəzər Plast” MMC-nin direktoru Orxan Səfərli də "
            "qonaqları qarşılayıb. O, Report-a bildirib ki, şirkət ixracı artırmağı planlaşdırır: “Biz məhsulun "
            "yarısını Avropaya göndəririk.”")
    assert _quotes(text) == [("Mikayıl Cabbarov", "Türkiyə ilə birgə layihələr yeni iş yerləri yaradıb"),
                             ("Orxan Səfərli", "Biz məhsulun yarısını Avropaya göndəririk.")]


def test_o_after_a_sentence_naming_one_person_in_another_case_is_not_that_person():
    """Plant: `nominative=True` as `nominative=False` in `_az_pronoun_lead` (the speaker 'Orxan Səfərovu')."""
    text = ("Park.\n\nMikayıl Cabbarov isə bildirib ki, park inkişaf edir. “Türkiyə ilə birgə layihələr yeni iş "
            "yerləri yaradıb”, – deyə nazir qeyd edib.\n\nPark rəhbərliyi zavodun direktoru Orxan Səfərovu təbrik edib. "
            "O, Report-a bildirib ki, park ixracı artırmağı planlaşdırır: “Biz məhsulun yarısını Avropaya "
            "göndəririk.”")
    assert [speaker for speaker, _ in _quotes(text)][1:] in ([], ["Mikayıl Cabbarov"])


# quotes.py: a patronymic written apart is part of the name

def test_a_kyrgyz_patronymic_stays_in_the_speaker_s_name():
    """Plant: `return found` first in `_turkic_patronymic_names` (the speaker 'Adilbek Kasımalı')."""
    text = ("Bişkek.\n\nQonağı Jogorku Keneşin sədrinin müavini Adilbek Kasımalı uulu qarşılayıb.\n\nAdilbek Kasımalı "
            "uulu isə Azərbaycanın təcrübəsinin Qırğızıstan üçün \"çox faydalı və örnək bir yol\" olduğunu deyib.")
    assert _quotes(text) == [("Adilbek Kasımalı uulu", "çox faydalı və örnək bir yol")]


# people.py: occupations of business people, activists and journalists before a name (probes)

def test_an_azerbaijani_occupation_capitalised_at_the_start_is_no_part_of_the_name():
    """Plant: "sahibkar" and "jurnalist" out of round 19's second `_TITLE_WORDS` set (the speakers 'Sahibkar Elvin
    Qasımov', 'Jurnalist Nigar Rzayeva')."""
    text = ("Bazar.\n\nSahibkar Elvin Qasımov APA-ya açıqlamasında bildirib ki, ixrac artır.\n\n“Qazaxıstan bazarı "
            "bizim üçün perspektivlidir, amma logistika bahadır”, – deyə Qasımov vurğulayıb.")
    assert _quotes(text) == [("Elvin Qasımov", "Qazaxıstan bazarı bizim üçün perspektivlidir, amma logistika bahadır")]
    text = "Şərh.\n\nJurnalist Nigar Rzayeva yazıb: “Bu saziş yalnız bir qrup məmurun maraqlarına xidmət edir.”"
    assert _quotes(text) == [("Nigar Rzayeva", "Bu saziş yalnız bir qrup məmurun maraqlarına xidmət edir.")]


def test_a_turkish_business_person_named_with_a_lower_case_occupation_is_the_surname_s_speaker():
    """Plant: "İş insanı" out of round 19's `_AZ_TITLES` (no speaker)."""
    text = ("Fuar.\n\nİş insanı Levent Oral, Taşkent'teki fuarda gazetecilere konuştu. Oral, \"Özbek pazarında "
            "rekabet her yıl daha da sertleşiyor\" dedi.")
    assert _quotes(text) == [("Levent Oral", "Özbek pazarında rekabet her yıl daha da sertleşiyor")]


def test_a_turkish_company_s_ceo_is_the_name_after_the_title():
    """Plant: "CEO'su" out of `_LOCAL_TITLES` (no speaker for the surname alone)."""
    text = "Yatırım.\n\nOral Lojistik'in CEO'su Deniz Akın, \"Bakü'deki depomuz yıl sonunda hizmete girecek\" dedi."
    assert _quotes(text) == [("Deniz Akın", "Bakü'deki depomuz yıl sonunda hizmete girecek")]
    text = ("Yatırım.\n\nOral Lojistik'in CEO'su Deniz Akın dün Bakü'de yeni depoyu açtı. Akın, \"Bakü'deki depomuz "
            "Orta Asya'ya açılan kapımız olacak\" dedi.")
    assert _quotes(text) == [("Deniz Akın", "Bakü'deki depomuz Orta Asya'ya açılan kapımız olacak")]


def test_an_outlet_before_its_noun_in_a_case_is_no_part_of_the_name():
    """Plant: `_turkic_outlet_noun` returning False (the speakers 'Samir Əhmədli Turan', 'Canan Kurt Evrensel')."""
    text = ("Seçki.\n\nHüquq müdafiəçisi Samir Əhmədli Turan agentliyinə açıqlamasında vəziyyəti tənqid edib: "
            "“Ölkədə müstəqil media demək olar ki, qalmayıb.”")
    assert _quotes(text) == [("Samir Əhmədli", "Ölkədə müstəqil media demək olar ki, qalmayıb.")]
    text = ("Grev.\n\nSendikacı Canan Kurt Evrensel gazetesine konuştu: \"Enerji zamlarının faturasını yine "
            "işçiler ödüyor.\"")
    assert _quotes(text) == [("Canan Kurt", "Enerji zamlarının faturasını yine işçiler ödüyor.")]


# people.py: a formal name with the father's name, and bare occupations (probes)

def test_a_formal_name_with_the_father_s_name_is_one_person_not_the_surname_s_holder():
    """Plant: the `_TURKIC_FORMAL_PATRONYMIC` line out of `Resolver._resolve` (the speaker Novruz Mammadov, a former
    prime minister of that surname)."""
    text = ("Məhkəmə.\n\nJurnalist Vaqif Əli oğlu Məmmədov məhkəmədə çıxış edib: “Mən heç bir cinayət törətməmişəm, "
            "məni işimə görə həbs ediblər.”")
    assert _quotes(text) == [("Vaqif Əli oğlu Məmmədov", "Mən heç bir cinayət törətməmişəm, məni işimə görə həbs "
                                                        "ediblər.")]


def test_a_bare_occupation_after_a_quote_is_the_person_the_lead_names():
    """Plant: `return None` first in `people._turkic_occupation_anaphor` (no speaker for either)."""
    text = ("Zavod.\n\nZavodun baş direktoru Tural Hüseynli Trend-ə açıqlama verib.\n\n“Gələn il ixracı iki dəfə "
            "artıracağıq, bazarlar artıq hazırdır”, – deyə direktor bildirib.")
    assert _quotes(text) == [("Tural Hüseynli", "Gələn il ixracı iki dəfə artıracağıq, bazarlar artıq hazırdır")]
    text = ("Parlament.\n\nMillət vəkili Razi Nurullayev layihəni tənqid edib. Deputatın sözlərinə görə, layihə "
            "tələsik hazırlanıb: “Biz bu sənədi ikinci oxunuşda dəstəkləməyəcəyik.”")
    assert _quotes(text) == [("Razi Nurullayev", "Biz bu sənədi ikinci oxunuşda dəstəkləməyəcəyik.")]


def test_a_bare_occupation_never_means_a_holder_or_a_minister_who_spoke_last():
    """Plants: `or officeholders.by_name(last.name)` out of `people._turkic_occupation_anaphor` (the speaker Gurbanguly
    Berdimuhamedow, the table's chairman of the Halk Maslahaty); `_MINISTER_ROLE_WORD.search(last.role) or` out of it
    (the speaker Ömer Bolat)."""
    quote = "\n\n“Gələn il ixracı iki dəfə artıracağıq, bazarlar artıq hazırdır”, – deyə direktor bildirib."
    text = "Forum.\n\nPrezident İlham Əliyev bildirib: “Biz Orta Dəhlizi bütün tərəfdaşlar üçün açıq saxlayırıq.”"
    assert _quotes(text + quote) == [("Ilham Aliyev", "Biz Orta Dəhlizi bütün tərəfdaşlar üçün açıq saxlayırıq.")]
    text = ("Forum.\n\nXalq Məsləhətinin sədri Qurbanqulu Berdiməhəmmədov bildirib: “Biz Orta Dəhlizi bütün "
            "tərəfdaşlar üçün açıq saxlayırıq.”")
    assert _quotes(text + quote) == [("Gurbanguly Berdimuhamedow", "Biz Orta Dəhlizi bütün tərəfdaşlar üçün açıq "
                                                                   "saxlayırıq.")]
    text = ("Forum.\n\nTürkiyənin ticarət naziri Ömer Bolat Bakıda səfərdədir. “Ticarət dövriyyəsi 15 milyard dollara "
            "çatmalıdır”, – deyə Bolat bildirib.")
    assert _quotes(text + quote) == [("Ömer Bolat", "Ticarət dövriyyəsi 15 milyard dollara çatmalıdır")]


# quotes.py: "O" before a two-word outlet; '"…" diyen' before a company's long title

def test_o_before_an_outlet_of_two_words_is_the_lead_s_person():
    """Plant: `(?:[A-ZƏÜÖĞIİŞÇ][\\w.]*\\s+)?` out of `_AZ_PRONOUN_SUBJECT` (no quote)."""
    text = ("Aksiya.\n\nİctimai fəal Gülnarə Mehdiyeva aksiyada iştirak edib. O, Meydan TV-yə bildirib ki, tələblər "
            "sadədir: “Biz sadəcə ədalətli məhkəmə istəyirik.”")
    assert _quotes(text) == [("Gülnarə Mehdiyeva", "Biz sadəcə ədalətli məhkəmə istəyirik.")]


def test_diyen_before_a_company_s_board_title_and_a_three_word_name():
    """Plant: `{{0,7}}` back to `{{0,3}}` in `TR_SAYING` (no quote)."""
    text = ("Fuar.\n\n\"Kazakistan pazarı bizim için artık vazgeçilmez hale geldi\" diyen Aydın Holding Yönetim Kurulu "
            "Başkanı Ali Rıza Aydın, yatırımlarını artıracaklarını söyledi.")
    assert _quotes(text) == [("Ali Rıza Aydın", "Kazakistan pazarı bizim için artık vazgeçilmez hale geldi")]


def test_a_son_or_daughter_after_a_surname_is_no_patronymic():
    """Plant: the `_TURKIC_SURNAME_END` check out of `name_forms.with_turkic_patronymic` and the lookahead for "ilə"
    in `_TURKIC_PATRONYMIC_AFTER_NAME` (the speaker 'Elvin Qasımov oğlu')."""
    text = ("Bazar.\n\nSahibkar Elvin Qasımov oğlu ilə birlikdə sərgidə iştirak edib. O, APA-ya bildirib: “Qazaxıstan "
            "bazarı bizim üçün çox perspektivlidir.”")
    assert _quotes(text) == [("Elvin Qasımov", "Qazaxıstan bazarı bizim üçün çox perspektivlidir.")]


def test_a_bare_occupation_after_a_lead_naming_no_one_with_an_occupation_is_no_one():
    """Plant: `or not (last.role or last.name in occupations)` out of `people._turkic_occupation_anaphor` (the speaker
    'Milli Məclisdə', a place read as a name)."""
    text = ("Sessiya.\n\nMilli Məclisdə büdcə müzakirə olunub.\n\n“Bu büdcə sosial sahəyə kifayət qədər vəsait "
            "ayırmır”, – deyə deputat bildirib.")
    assert _quotes(text) == []


def test_a_turkish_verb_before_an_occupation_and_a_name():
    """Plant: the optional occupation group out of `TR_VERB_SPEAKER` (no quote)."""
    text = ("Fuar.\n\n\"Orta Asya'da her kapıyı çalıyoruz, ama lojistik hâlâ en büyük engel\" diye konuştu iş insanı "
            "Kerem Ulus.")
    assert _quotes(text) == [("Kerem Ulus", "Orta Asya'da her kapıyı çalıyoruz, ama lojistik hâlâ en büyük engel")]
