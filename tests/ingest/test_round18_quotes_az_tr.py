"""Round 18 rules for Azerbaijani and Turkish quotes and their speakers (short invented sentences, not the gold
articles' text). Each test names the plant it was seen failing on."""
from __future__ import annotations

from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)


def _quotes(text: str) -> list[tuple[str, str]]:
    return proposed.quotes(text, DAY)


# people.py: Turkish "Devlet Başkanı" is the head of state's office, and "Devlet" before it no given name

def test_a_turkish_devlet_baskani_with_a_surname_spelt_otherwise_is_the_office_holder():
    """Plant: the `OTHER_OFFICE_WORDS["devlet başkan"]` line out (the speaker "Devlet Berdimuhammedov")."""
    text = ("Zirve sona erdi.\n\nTürkmenistan Devlet Başkanı Berdimuhammedov ise \"Doğal gaz ihracatında yeni "
            "güzergahlara açığız\" dedi.")
    assert _quotes(text) == [("Serdar Berdimuhamedow", "Doğal gaz ihracatında yeni güzergahlara açığız")]


def test_capitalised_words_before_a_turkish_title_are_no_given_name():
    """Plant: the `_turkic_after_local_title` call out of `_run_candidates` (the speaker "Yönetim Kurulu Sarıgül")."""
    text = ("Forum sona erdi.\n\nYönetim Kurulu Başkanı Sarıgül, \"Türk müteahhitleri bölgede yeni projeler üstlenecek\" "
            "dedi.")
    assert _quotes(text) == []


def test_a_place_after_an_azerbaijani_office_word_is_not_the_office_s_country():
    """Plant: `scope = phrase` always in `Resolver._resolve` (the speaker Kassym-Jomart Tokayev, the head of state of
    the capital he went to)."""
    text = ("Prezident İlham Əliyev qonağı qəbul edib. Dövlət başçısı ötən ay Astanaya etdiyi səfəri xatırladaraq "
            "bildirib ki, həmin səfər \"iki ölkə arasında yeni mərhələnin başlanğıcı olub\".")
    assert _quotes(text) == [("Ilham Aliyev", "iki ölkə arasında yeni mərhələnin başlanğıcı olub")]


def test_a_country_before_an_azerbaijani_office_word_still_names_its_holder():
    """Plant: `return phrase[end:]` in `_turkic_office_scope`, the words after the office word (no country, no
    speaker)."""
    text = ("Görüş başa çatıb.\n\n\"Biz nəqliyyat sahəsində əməkdaşlığı genişləndirməyə hazırıq\", - deyə Qazaxıstan "
            "Prezidenti bildirib.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Biz nəqliyyat sahəsində əməkdaşlığı genişləndirməyə hazırıq")]


# quotes.py: Turkish verbs after the quote in the pluperfect

def test_a_turkish_pluperfect_verb_after_the_quote_gives_the_subject():
    """Plant: the round 18 `TR_VERBS +=` line out (no speaker)."""
    text = ("Ticaret arttı.\n\nCumhurbaşkanı Erdoğan da geçen hafta Tokayev ile yaptığı görüşmede \"Kazakistan ile "
            "işbirliğimizi her alanda derinleştireceğiz\" demişti.")
    assert _quotes(text) == [("Recep Tayyip Erdoğan", "Kazakistan ile işbirliğimizi her alanda derinleştireceğiz")]


# quotes.py: an Azerbaijani statement split by its attribution between dashes

def test_an_azerbaijani_quote_resumed_after_a_dash_attribution_is_the_same_speaker_s():
    """Plant: `(?:[.;]|$)` back at the end of AZ_AFTER (neither part had a speaker; the second part is then the
    same speaker's by the `next-sentence` rule)."""
    text = ("İqtisadçı Samir Quliyev ticarətə toxunub.\n\n«İxracın artımı təsadüfi deyil», – S.Quliyev bildirib, – "
            "«Yeni logistika mərkəzləri yükləri sürətləndirir».")
    assert _quotes(text) == [("Samir Quliyev", "İxracın artımı təsadüfi deyil"),
                             ("Samir Quliyev", "Yeni logistika mərkəzləri yükləri sürətləndirir")]


# quotes.py: a subheading in capitals names the speaker of the body quote it sums up

_SUBHEADING = ("Nazirlər görüşüb\n\nAzərbaycanın xarici işlər naziri Ceyhun Bayramov qazaxıstanlı həmkarı Murat Nurtleu "
               "ilə görüşüb.\n\nMurat Nurtleu bildirib: \"Xəzər marşrutu hər iki ölkə üçün strateji əhəmiyyət daşıyır\".\n\n"
               "Həmçinin oxuyun: Ceyhun Bayramov özbək həmkarı ilə danışıb\n\n"
               "C.BAYRAMOV: \"LİMANLARIMIZ QAZAXISTAN YÜKLƏRİ ÜÇÜN AÇIQDIR\"\n\n"
               "Nazir həmçinin vurğulayıb ki, \"limanlarımız Qazaxıstan yükləri üçün həmişə açıqdır\".")
_NURTLEU = ("Murat Nurtleu", "Xəzər marşrutu hər iki ölkə üçün strateji əhəmiyyət daşıyır")


def test_a_capitals_subheading_names_the_speaker_of_the_body_quote_it_sums_up():
    """Plant: the `_turkic_subheading_speakers` call out of `_headline_speakers` (the body quote had no speaker)."""
    assert _quotes(_SUBHEADING) == [_NURTLEU, ("Jeyhun Bayramov", "limanlarımız Qazaxıstan yükləri üçün həmişə açıqdır")]


def test_a_capitals_subheading_names_no_speaker_of_a_quote_with_other_words():
    """Plant: `shared >= 3 and 3 * shared >= 2 * len(head_words)` -> `shared >= 1` (the other quote given to him)."""
    text = _SUBHEADING.replace("limanlarımız Qazaxıstan yükləri üçün həmişə açıqdır",
                               "yeni marşrutlar Qazaxıstan üçün də sərfəli olacaq")
    # round 36: the subheading, its words not repeated, is now Bayramov's own quote (the convention: a subheading
    # quote counts unless the body quotes the same words again); the body's other words stay nobody's
    assert _quotes(text) == [_NURTLEU, ("Jeyhun Bayramov", "LİMANLARIMIZ QAZAXISTAN YÜKLƏRİ ÜÇÜN AÇIQDIR")]


# probes: Azerbaijani "deyə" and the verb after the quote, with no speaker between them

def test_an_azerbaijani_deye_verb_with_no_speaker_between_gives_the_sentence_subject():
    """Plant: the `TR_VERBS += rf"|deyə (?:{AZ_VERBS})"` line out (no speaker)."""
    text = ("Görüş keçirilib.\n\nXarici işlər naziri Ceyhun Bayramov mətbuat konfransında \"Özbəkistanla münasibətlər "
            "strateji xarakter daşıyır\" deyə qeyd edib.")
    assert _quotes(text) == [("Jeyhun Bayramov", "Özbəkistanla münasibətlər strateji xarakter daşıyır")]


# probes: "Ekspertin sözlərinə görə, “…”" after running text naming the expert

def test_the_bare_title_of_sozlerine_gore_means_the_person_of_the_sentence_before():
    """Plants: the `_az_according_title_lead` call out of `_attribute`; `phrase.lower()` back in `Resolver._resolve`
    ("İqtisadçı" lowered with a combining dot, no title): no speaker either time."""
    text = ("Bazar dəyişir.\n\nİqtisadçı Vüsal Kərimov vəziyyəti şərh edib.\n\nİqtisadçının sözlərinə görə, \"tranzit "
            "yükləri növbəti il iki dəfə artacaq\".")
    assert _quotes(text) == [("Vüsal Kərimov", "tranzit yükləri növbəti il iki dəfə artacaq")]


# probes: a country declined as where he went, before the office word, is not the office's

def test_a_place_in_the_dative_before_an_office_word_is_not_the_office_s_country():
    """Plant: `if not _turkic_oblique_place(word)` out of `_turkic_office_scope` (the speaker Kassym-Jomart Tokayev)."""
    text = ("Görüş keçirilib.\n\nQazaxıstana səfər edən Prezident \"İki ölkə arasında əməkdaşlıq yeni mərhələyə qədəm "
            "qoyur\" deyə vurğulayıb.")
    assert _quotes(text) == []


# probes: "in X's view/words/statement" in Azerbaijani and Turkish

def test_an_azerbaijani_fikrince_gives_the_person_named_before():
    """Plant: `fikrincə\\b|` out of AZ_ACCORDING (no speaker)."""
    text = ("Bazar dəyişir.\n\nEkspert Nicat Həsənli vəziyyəti şərh edib.\n\nEkspertin fikrincə, \"Xəzər üzərindən "
            "daşımalar gələn il iki dəfə artacaq\".")
    assert _quotes(text) == [("Nicat Həsənli", "Xəzər üzərindən daşımalar gələn il iki dəfə artacaq")]


def test_a_turkish_aciklamasina_gore_gives_the_person_whose_statement_it_is():
    """Plant: the `_tr_words_according` call out of `_attribute` (no speaker)."""
    text = ("Toplantı yapıldı.\n\nEnerji Bakanı Alparslan Bayraktar'ın açıklamasına göre, \"Hazar geçişli boru hattı "
            "için teknik çalışmalar sürüyor\".")
    assert _quotes(text) == [("Alparslan Bayraktar", "Hazar geçişli boru hattı için teknik çalışmalar sürüyor")]


def test_a_body_s_statement_in_azerbaijani_or_turkish_names_no_speaker():
    """Plants: the apostrophe optional in TR_WORDS_ACCORDING (`['’]?`) together with `or Person(m["spk"], …)` for the
    `named_in_full` fallback of `_tr_words_according` (the speaker "Bakanlığ"); `or Person(m["spk"], …)` after the
    resolve of `_az_according` (the speaker "Nazirliy")."""
    text = ("Toplantı yapıldı.\n\nBakanlığın açıklamasına göre, \"yeni gümrük kuralları marttan itibaren "
            "uygulanacak\".\n\nNazirliyin açıqlamasına görə, \"yeni gömrük qaydaları martdan tətbiq olunacaq\".")
    assert _quotes(text) == []


# probes: Azerbaijani "O, həmçinin vurğulayıb ki, “…”"

def test_an_azerbaijani_pronoun_with_adverbs_before_ki_is_the_last_speaker():
    """Plant: `return _clause_subject(clause, resolver)` only in `_az_ki_subject` (no speaker for the second quote)."""
    text = ("Görüş keçirilib.\n\nCeyhun Bayramov bildirib: \"Əməkdaşlıq uğurla inkişaf edir\".\n\nO, həmçinin "
            "vurğulayıb ki, \"iki ölkə arasında vizasız rejim turizmi artırıb\".")
    assert _quotes(text) == [("Jeyhun Bayramov", "Əməkdaşlıq uğurla inkişaf edir"),
                             ("Jeyhun Bayramov", "iki ölkə arasında vizasız rejim turizmi artırıb")]


# probes: Turkish verb-final sentences that name more than the speaker

def test_turkish_derken_gives_each_quote_its_own_clause_s_subject():
    """Plants: `|derken|deyərkən` out of TR_VERBS (the first quote had no speaker); the "derken" branch out of
    `_tr_verb_final_subject` (the second quote given to Bolat, the sentence's first name)."""
    text = ("Forum sona erdi.\n\nTicaret Bakanı Ömer Bolat, \"Gümrük süreleri mutlaka kısaltılmalı\" derken, Azerbaycan "
            "Ekonomi Bakanı Mikayil Cabbarov da \"Enerji dışı ürünlerin payı artmalı\" dedi.")
    assert _quotes(text) == [("Ömer Bolat", "Gümrük süreleri mutlaka kısaltılmalı"),
                             ("Mikayil Cabbarov", "Enerji dışı ürünlerin payı artmalı")]


def test_the_name_after_a_turkish_participle_clause_is_the_subject():
    """Plant: `return None` for the participle form in `_tr_verb_final_subject` (the speaker Recep Tayyip Erdoğan, whom
    the participle's clause names)."""
    text = ("Zirve yapıldı.\n\nBeştepe'de Erdoğan ile görüşen Özbekistan Cumhurbaşkanı, \"Türkiye bizim için kardeş bir "
            "ülkedir\" dedi.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "Türkiye bizim için kardeş bir ülkedir")]


def test_an_unknown_name_after_a_turkish_participle_clause_names_no_one():
    """Plant: `return None` instead of False when the name is no one known (the speaker Kassym-Jomart Tokayev, the
    participle's object)."""
    text = ("Zirve yapıldı.\n\nKazakistan Cumhurbaşkanı Tokayev'i ziyaret eden Demir, \"Ticaret hacmimizi iki katına "
            "çıkaracağız\" dedi.")
    assert _quotes(text) == []


def test_an_azerbaijani_fikrini_seslendirib_after_the_quote_gives_the_subject():
    """Plant: `|fikrini (?:səsləndirib|bildirib|bölüşüb)` out of TR_VERBS (no speaker)."""
    text = ("Görüş keçirilib.\n\nXarici işlər naziri Ceyhun Bayramov \"Xəzər regionunda sülh və sabitlik hamının "
            "marağındadır\" fikrini səsləndirib.")
    assert _quotes(text) == [("Jeyhun Bayramov", "Xəzər regionunda sülh və sabitlik hamının marağındadır")]


# probes: more Turkish statements "made" after the quote, and words that "took their place" in someone's message

def test_turkish_vurgusunda_bulundu_and_cagrisi_yapti_give_the_subject():
    """Plant: the second round-18 `TR_VERBS +=` of statements made out (no speaker for either)."""
    text = ("Forum yapıldı.\n\nCumhurbaşkanı Erdoğan, \"Türk dünyası bu yüzyılın yükselen gücü olacak\" vurgusunda "
            "bulundu.\n\nTicaret Bakanı Ömer Bolat, \"Türk iş insanları Orta Asya'ya daha fazla yatırım yapmalı\" "
            "çağrısı yaptı.")
    assert _quotes(text) == [("Recep Tayyip Erdoğan", "Türk dünyası bu yüzyılın yükselen gücü olacak"),
                             ("Ömer Bolat", "Türk iş insanları Orta Asya'ya daha fazla yatırım yapmalı")]


def test_words_that_took_their_place_in_one_person_s_message_are_his():
    """Plant: the `TURKIC_WORDS_IN` call out of `_attribute` (no speaker)."""
    text = ("Zirve yapıldı.\n\nCumhurbaşkanı Erdoğan'ın mesajında \"Türk dünyasının birliği her zamankinden daha "
            "önemli\" ifadeleri yer aldı.")
    assert _quotes(text) == [("Recep Tayyip Erdoğan", "Türk dünyasının birliği her zamankinden daha önemli")]


def test_words_in_a_joint_statement_are_no_one_s():
    """Plant: `if len(named) == 1` -> `if named` in `_turkic_words_in_subject` (the speaker Kassym-Jomart Tokayev)."""
    text = ("Zirve yapıldı.\n\nErdoğan ile Tokayev'in ortak açıklamasında \"İki ülke ilişkileri stratejik ortaklık "
            "düzeyindedir\" ifadeleri yer aldı.")
    assert _quotes(text) == []


def test_the_name_after_a_turkish_participle_clause_is_the_subject_with_words_before_the_quote():
    """Plant: `,\\s*$` back at the end of _TR_PARTICIPLE_SUBJECT (the speaker Ilham Aliyev, whom the participle's
    clause names)."""
    text = ("Zirve yapıldı.\n\nBakü'de Aliyev ile görüşen Kazakistan Cumhurbaşkanı, ortak basın toplantısında \"Türkiye "
            "bizim için kardeş bir ülkedir\" dedi.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Türkiye bizim için kardeş bir ülkedir")]
