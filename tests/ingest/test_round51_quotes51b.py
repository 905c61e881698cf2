"""Fifty-first round, quotes B (docs/extraction.md: quotes.py, people.py): the forms behind the dev/898, 899 and 905
misses, told in short invented sentences: a Turkish ministry release's formal past in -mıştır/-miştir ('"…" demiştir',
'"…" ifadesini kullanmıştır', '… "…" olduğunu söylemiştir') and its "Bakanımız" (our minister); an Azerbaijani or
Russian dash line whose speaker is an initial and a surname ('– …, – deyə Z.Fərəcov bildirib'); "Onun sözlərinə görə,
«…»" after a sentence opening with a short title; '«…», – deyə qonaq vurğulayıb' (the guest, the delegation's head);
and an analysis's Turkish "Ona göre … "…"" and '"…" olarak tanımlıyor'. Each test was seen failing once on a planted
bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 11)
TR_LEAD = ("Bakan Bolat'ın Bişkek ziyareti Hk.\n\nTicaret Bakanı Ömer Bolat, Kırgızistan Ekonomi Bakanı Daniyar "
           "Amangeldiyev ile Bişkek'te görüşmüştür.\n\n")
AZ_LEAD = ("Şəki ilə Türkistan arasında memorandum\n\nTürkistan vilayətinin akimi Darxan Satıbaldının rəhbərlik etdiyi "
           "nümayəndə heyəti Şəkiyə gəlib. Qonaqları Şəki Şəhər İcra Hakimiyyətinin başçısı Elxan Usubov "
           "qarşılayıb.\n\n")
TR_ANALYSIS = ("Analiz\n\nEkonomist Kerem Aydoğdu ve Doç. Dr. Nilay Bozkurt yeni hedefi değerlendirdi.\n\n")


def test_a_release_in_the_formal_past_after_a_whole_quote():
    # plant: the "|demiştir|diye …|… kullanmıştır" line dropped from quotes.TR_VERBS (and, seen failing apart, the
    # _TR_FORMAL_SAID alternative dropped from quotes.TR_COLON_VERB)
    said = TR_LEAD + 'Amangeldiyev, "Türk şirketlerini serbest bölgelerimize davet ediyoruz" demiştir.'
    assert proposed.quotes(said, DAY) == [("Daniyar Amangeldiyev",
                                           "Türk şirketlerini serbest bölgelerimize davet ediyoruz")]
    used = TR_LEAD + 'Bolat, "Ticaret hacmimizi iki katına çıkarmakta kararlıyız" ifadesini kullanmıştır.'
    assert proposed.quotes(used, DAY) == [("Ömer Bolat", "Ticaret hacmimizi iki katına çıkarmakta kararlıyız")]
    colon = TR_LEAD + 'Bolat, forumda şunları söylemiştir: "Kırgız pazarında yeni fırsatlar görüyoruz."'
    assert proposed.quotes(colon, DAY) == [("Ömer Bolat", "Kırgız pazarında yeni fırsatlar görüyoruz.")]
    # a document's title before "imzalanmıştır" is still nobody's words; the plain past is read as before
    signed = TR_LEAD + 'Görüşmede "Ortak Ekonomik Eylem Planı 2026-2028" başlıklı belge imzalanmıştır.'
    assert proposed.quotes(signed, DAY) == []
    plain = TR_LEAD + 'Bolat, "Ticaret hacmimizi iki katına çıkarmakta kararlıyız" dedi.'
    assert proposed.quotes(plain, DAY) == [("Ömer Bolat", "Ticaret hacmimizi iki katına çıkarmakta kararlıyız")]


def test_a_release_in_the_formal_past_after_a_partial_quote():
    # plant: the _TR_FORMAL_SAID alternative dropped from quotes.BARE_VERB_AFTER
    stressed = TR_LEAD + ('Amangeldiyev, iki ülke arasındaki ilişkilerin "hiç bu kadar yakın olmadığını" '
                          'vurgulamıştır.')
    assert proposed.quotes(stressed, DAY) == [("Daniyar Amangeldiyev", "hiç bu kadar yakın olmadığını")]
    clause = TR_LEAD + 'Bolat ise Kırgızistan\'ın "bölgede güvenilir bir ortak" olduğunu söylemiştir.'
    assert proposed.quotes(clause, DAY) == [("Ömer Bolat", "bölgede güvenilir bir ortak")]


def test_our_minister_in_a_ministrys_release_is_its_own_minister():
    # plant: the _OUR_MINISTER check dropped from people.Resolver._resolve
    text = (TR_LEAD + 'Amangeldiyev, "Türk şirketlerini serbest bölgelerimize davet ediyoruz" dedi.\n\n'
            'Bakanımız ise "Orta Koridor iki ülke için de hayati önemdedir" demiştir.\n\n'
            'Bakanımız forumda yaptığı konuşmada, "Kırgız pazarında yeni fırsatlar görüyoruz" demiştir.')
    assert proposed.quotes(text, DAY) == [
        ("Daniyar Amangeldiyev", "Türk şirketlerini serbest bölgelerimize davet ediyoruz"),
        ("Ömer Bolat", "Orta Koridor iki ülke için de hayati önemdedir"),
        ("Ömer Bolat", "Kırgız pazarında yeni fırsatlar görüyoruz")]
    # two Turkish ministers named: "Bakanımız" is neither
    two = ("Ziyaret\n\nTicaret Bakanı Ömer Bolat ve Dışişleri Bakanı Hakan Fidan Bişkek'te bulunmuştur.\n\n"
           'Bakanımız, "Orta Koridor iki ülke için de hayati önemdedir" demiştir.')
    assert proposed.quotes(two, DAY) == []


def test_a_dash_line_whose_speaker_is_an_initial_and_a_surname():
    # plant: the initial_named_in_full call for a dash line's attribution dropped from quotes._unmarked_paragraph
    az = AZ_LEAD + "– Şəki ilə Türkistan qədim İpək Yolunun iki mühüm şəhəridir, – deyə E.Usubov bildirib."
    assert proposed.quotes(az, DAY) == [("Elxan Usubov", "Şəki ilə Türkistan qədim İpək Yolunun iki mühüm şəhəridir")]
    ru = ("Встреча\n\nАким Туркестанской области Дархан Сатыбалды встретился с гостями.\n\n"
          "— Наши регионы связывает древний Шёлковый путь, — сказал Д. Сатыбалды.")
    assert proposed.quotes(ru, DAY) == [("Darkhan Satybaldy", "Наши регионы связывает древний Шёлковый путь")]
    # an initial that fits no one named in full is nobody's
    other = AZ_LEAD + "– Şəki ilə Türkistan qədim İpək Yolunun iki mühüm şəhəridir, – deyə R.Usubov bildirib."
    assert proposed.quotes(other, DAY) == []


def test_in_his_words_after_a_sentence_opening_with_a_short_title():
    # plant: quotes._az_his_words_short_title returning None
    text = (AZ_LEAD + "İcra başçısı şəhərin turizm potensialından danışıb. Onun sözlərinə görə, qonaqlar üçün «burada "
            "həm tarix, həm də müasir mehmanxanalar var».")
    assert proposed.quotes(text, DAY) == [("Elxan Usubov", "burada həm tarix, həm də müasir mehmanxanalar var")]
    # the rest naming someone else after "Onun sözlərinə görə" gives no speaker by this rule
    named = (AZ_LEAD + "İcra başçısı şəhərin turizm potensialından danışıb. Onun sözlərinə görə, Darxan Satıbaldı "
             "«burada həm tarix, həm də müasir mehmanxanalar var» deyə düşünür.")
    assert ("Elxan Usubov", "burada həm tarix, həm də müasir mehmanxanalar var") not in proposed.quotes(named, DAY)


def test_the_guest_is_the_head_of_the_delegation_named():
    # plant: the _guest_named_before(…, "az") call dropped from quotes._attribute
    text = (AZ_LEAD + "– Şəki ilə Türkistan qədim İpək Yolunun iki mühüm şəhəridir, – deyə E.Usubov bildirib.\n\n"
            "«Türkistan ilə Şəki arasında turist axını ildən-ilə artır», – deyə qonaq vurğulayıb.")
    assert proposed.quotes(text, DAY) == [
        ("Elxan Usubov", "Şəki ilə Türkistan qədim İpək Yolunun iki mühüm şəhəridir"),
        ("Darxan Satıbaldı", "Türkistan ilə Şəki arasında turist axını ildən-ilə artır")]
    # no delegation named: "qonaq" is no one
    alone = ("Görüş\n\nNazir Mikayıl Cabbarov Bakıda görüş keçirib.\n\n"
             "«Türkistan ilə Şəki arasında turist axını ildən-ilə artır», – deyə qonaq vurğulayıb.")
    assert proposed.quotes(alone, DAY) == []


def test_in_his_view_after_a_colon_is_the_one_person_the_clause_names():
    # plant: the ": Ona göre" branch dropped from quotes._tr_according
    colon = TR_ANALYSIS + 'Aydoğdu bu konuda temkinli: Ona göre hedef "ancak yeni yatırımlarla birlikte" gerçekçi.'
    assert proposed.quotes(colon, DAY) == [("Kerem Aydoğdu", "ancak yeni yatırımlarla birlikte")]
    # two people before the colon: no guess; "Ona göre" opening its sentence is read as before
    two = TR_ANALYSIS + 'Aydoğdu ile Bozkurt temkinli: Ona göre hedef "ancak yeni yatırımlarla birlikte" gerçekçi.'
    assert proposed.quotes(two, DAY) == []
    sentence = TR_ANALYSIS + 'Bozkurt daha iyimser. Ona göre ticaret "beş yıl içinde iki katına çıkabilir" görünüyor.'
    assert proposed.quotes(sentence, DAY) == [("Nilay Bozkurt", "beş yıl içinde iki katına çıkabilir")]


def test_described_as_in_an_analysiss_present_tense():
    # plant: the "olarak … tanımlıyor" alternative dropped from quotes.TR_CLAUSE_VERBS
    text = TR_ANALYSIS + ('Bozkurt, iki ülke ilişkilerini "kardeşlikten stratejik ortaklığa uzanan bir yol" olarak '
                          'tanımlıyor.')
    assert proposed.quotes(text, DAY) == [("Nilay Bozkurt", "kardeşlikten stratejik ortaklığa uzanan bir yol")]
    seen = TR_ANALYSIS + 'Aydoğdu, anlaşmaları "iki ülke için tarihi bir fırsat" olarak görüyor.'
    assert proposed.quotes(seen, DAY) == [("Kerem Aydoğdu", "iki ülke için tarihi bir fırsat")]
