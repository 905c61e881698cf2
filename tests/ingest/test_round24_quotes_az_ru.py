"""Azerbaijani and Russian quote forms of round 24 (dev/262, 267, 268, 273, 279 and probes in the styles of Azerbaijani
and Russian-language outlets), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
LEAD = "Xəbər\n\nBakı, 19 noyabr.\n\n"
RU_LEAD = "Новости\n\nАстана, 19 ноября.\n\n"


def _quotes(text, day=DAY):
    return proposed.quotes(LEAD + text, day)


def _ru_quotes(text, day=DAY):
    return proposed.quotes(RU_LEAD + text, day)


# --- Azerbaijani -------------------------------------------------------------------------------------------------

def test_a_nominalised_report_makes_its_titled_subject_the_president_of_a_later_quote():
    """'Türkmənistan Prezidenti … ticarətin … keçdiyini qeyd edib.' then '"…", - deyə Prezident bildirib': the bare
    "Prezident" is the one whose words the sentence before reported, not the president who spoke before him."""
    # plant: the `"ə" in body and "b." in body` branch dropped from `_reported_speech` (speaker "Shavkat Mirziyoyev")
    first = "Regionda yeni nəqliyyat dəhlizləri mütləq açılmalıdır"
    said = "Qarşıdakı illərdə bu rəqəmi ikiqat artırmaq tamamilə mümkündür"
    got = _quotes(f"Özbəkistan Prezidenti Şavkat Mirziyoyev forumda çıxış edib. \"{first}\", - deyə Mirziyoyev "
                  "vurğulayıb.\n\nTürkmənistan Prezidenti Serdar Berdiməhəmmədov iki ölkə arasında ticarətin 300 milyon "
                  f"dolları keçdiyini qeyd edib.\n\n\"{said}\", - deyə Prezident bildirib.")
    assert got == [("Shavkat Mirziyoyev", first), ("Serdar Berdimuhamedow", said)]


def test_a_nominalised_report_of_a_body_leaves_the_president_who_spoke():
    """'Statistika Komitəsi ticarətin … keçdiyini bildirib.' names no person: the bare "Prezident" after it is still
    the president who spoke last."""
    # plant: the `_az_nominative_opening` check dropped from `_az_nominalised_report` (speaker "Serdar
    # Berdimuhamedow": the genitive "Türkmənistan Prezidentinin" in the committee's sentence read as its subject)
    first = "Regionda yeni nəqliyyat dəhlizləri mütləq açılmalıdır"
    said = "Qarşıdakı illərdə bu rəqəmi ikiqat artırmaq tamamilə mümkündür"
    got = _quotes(f"Özbəkistan Prezidenti Şavkat Mirziyoyev forumda çıxış edib. \"{first}\", - deyə Mirziyoyev "
                  "vurğulayıb.\n\nStatistika Komitəsi Türkmənistan Prezidentinin səfərindən sonra ticarətin 300 milyon "
                  f"dolları keçdiyini bildirib.\n\n\"{said}\", - deyə Prezident bildirib.")
    assert got == [("Shavkat Mirziyoyev", first), ("Shavkat Mirziyoyev", said)]


def test_an_azerbaijani_pluperfect_naming_is_the_subjects_partial_quote():
    """'X isə ötən səfərində Bakını “…” adlandırmışdı' (had called): the earlier words are the subject's, as with
    "adlandırıb"."""
    # plant: the `adlandırmışdır?|…mişdir?` alternatives dropped from `AZ_NAMING_AFTER` (no quote)
    said = "Avrasiyanın ən mühüm logistika qovşağı"
    got = _quotes("Tərəflər nəqliyyat sahəsində əməkdaşlığı müzakirə ediblər. Qazaxıstanın Baş naziri Olcas Bektenov "
                  f"isə ötən səfərində Bakını “{said}” adlandırmışdı.")
    assert got == [("Olzhas Bektenov", said)]


def test_a_formal_perfect_assessment_is_the_subjects_too():
    """'… “…” kimi dəyərləndirmişdir' (the formal perfect of Xalq qəzeti): the subject's words."""
    # plant: the `(?:dəyərləndir|…)mişdir?` alternative dropped from `AZ_NAMING_AFTER` (no quote)
    said = "iki xalqın dostluğunun yeni mərhələsi"
    got = _quotes(f"Özbəkistan Prezidenti Şavkat Mirziyoyev sazişi “{said}” kimi dəyərləndirmişdir.")
    assert got == [("Shavkat Mirziyoyev", said)]


def test_a_report_that_had_named_a_city_so_is_no_ones_quote():
    """'Hesabat Bakını “…” adlandırmışdı': a report names no speaker, the pluperfect makes none."""
    # plant: `AZ_NAMING_AFTER` matched and `_clause_subject` swapped for `resolver.resolve("o")` (the last speaker,
    # Olzhas Bektenov, given the report's words)
    first = "Ticarət dövriyyəsi bu il mütləq artacaq"
    got = _quotes(f"Qazaxıstanın Baş naziri Olcas Bektenov çıxış edib. \"{first}\", - deyə Bektenov bildirib.\n\n"
                  "Ötən ilin hesabatı isə Bakını “Avrasiyanın ən mühüm logistika qovşağı” adlandırmışdı.")
    assert got == [("Olzhas Bektenov", first)]


# --- Russian ------------------------------------------------------------------------------------------------------

def test_commented_with_its_object_before_the_titled_speaker():
    """'«…», – прокомментировал данные министр … X Y' (commented on the figures): X Y."""
    # plant: `прокомментировала|прокомментировал` dropped from `RU_VERBS` (no quote)
    said = "Рост экспорта зерна связан с новым паромом через Каспий"
    got = _ru_quotes(f"«{said}», – прокомментировал итоги министр сельского хозяйства Айдарбек Сапаров.")
    assert got == [("Aydarbek Saparov", said)]


def test_commented_by_a_ministers_press_service_is_no_persons_quote():
    """'«…», – прокомментировали в пресс-службе министра X Y' (plural: his press service commented): nobody, not the
    minister named in the genitive."""
    # plant: the plural "прокомментировали" added to `RU_VERBS` (speaker "Aydarbeka Saparova")
    assert _ru_quotes("«Рост экспорта зерна связан с новым паромом через Каспий», – прокомментировали в пресс-службе "
                      "министра сельского хозяйства Айдарбека Сапарова.") == []


def test_a_partial_quote_after_in_his_view_with_a_named_project_in_marks():
    """'По его мнению, центр «Хоргос» может дать «…»': the project's name in marks is no one's words; the partial
    quote is the last speaker's."""
    # plant: `_without_quoted_names` dropped from `_ru_according` (no speaker: the marks held another's words)
    first = "Рост цен на металлы объясняет большую часть прироста"
    said = "первый результат уже весной"
    got = _ru_quotes(f"Экономист Дамир Касенов оценивает итоги спокойно. «{first}», — отметил он. По его мнению, "
                     f"логистический центр «Хоргос» на границе может дать «{said}».")
    assert got == [("Damir Kasenov", first), ("Damir Kasenov", said)]


def test_in_his_view_with_another_person_named_after_the_project_is_nobodys():
    """'По его мнению, центр «Хоргос» и министр X Y обещают «…»': the clause names another person; whose words the
    partial quote are is unclear, so nobody's."""
    # plant: the `_plain_object(…)` condition dropped from `_ru_according` (speaker "Damir Kasenov")
    first = "Рост цен на металлы объясняет большую часть прироста"
    got = _ru_quotes(f"Экономист Дамир Касенов оценивает итоги спокойно. «{first}», — отметил он. По его мнению, "
                     "логистический центр «Хоргос» и министр транспорта Нурлан Сауранбаев обещают «первый результат "
                     "уже весной».")
    assert got == [("Damir Kasenov", first)]


def test_a_country_adjective_and_a_bare_minister_open_the_sentence():
    """'Казахстанский министр назвал переговоры «…»' (capitalised at the sentence's start): the Kazakh minister named
    before."""
    # plant: the `_ru_demonym_title_subject` call dropped from `_subject_partial` (no quote)
    said = "важным шагом для всего Каспийского региона"
    got = _ru_quotes("Министр энергетики Казахстана Ерлан Акенженов провел переговоры в Баку.\n\n"
                     f"Казахстанский министр назвал переговоры «{said}».")
    assert got == [("Yerlan Akenzhenov", said)]


def test_a_capitalised_country_minister_before_a_colon():
    """'Узбекский министр подчеркнул: «…»' (the adjective capitalised as the sentence opens with it): the Uzbek minister
    named before, as "узбекский министр" is."""
    # plant: `.lower()` dropped from `_ru_minister_country` (no quote)
    said = "Мы готовы удвоить поставки текстиля уже в следующем году"
    got = _ru_quotes("Министр инвестиций Узбекистана Лазиз Кудратов провел переговоры в Баку.\n\n"
                     f"Узбекский министр подчеркнул: «{said}».")
    assert got == [("Laziz Kudratov", said)]


def test_a_country_minister_with_none_of_that_country_named_is_nobody():
    """'Турецкий министр назвал … «…»' when the article named only a Kazakh minister, who spoke last: no one."""
    # plant: `person.iso3 == codes[0] and` dropped from people.Resolver._named_minister, which the new subject reads
    # (speaker "Yerlan Akenzhenov" for the Turkish minister)
    first = "Мы откроем новый паром через Каспий уже весной"
    got = _ru_quotes("Министр энергетики Казахстана Ерлан Акенженов провел переговоры в Баку.\n\n"
                     f"«{first}», – сказал Акенженов.\n\n"
                     "Турецкий министр назвал переговоры «важным шагом для всего Каспийского региона».")
    assert got == [("Yerlan Akenzhenov", first)]


def test_a_dash_reopens_the_same_voice_after_the_attribution():
    """'«…», – сказал эксперт агентству. – «…»': the second part is the same speaker's."""
    # plant: the `_DASH_GAP` block dropped from `find_quotes` (the second quote unattributed)
    first = "Часть роста объясняется ценами, а не объемами"
    second = "Но в целом картина остается вполне позитивной"
    got = _ru_quotes(f"Аналитик Бекзат Нурланов считает, что рост замедлится.\n\n«{first}», – сказал эксперт агентству. "
                     f"– «{second}».")
    assert got == [("Bekzat Nurlanov", first), ("Bekzat Nurlanov", second)]


def test_a_dash_reopened_quote_with_its_own_attribution_is_that_speakers():
    """'«…», – сказал X. – «…», – добавил министр Y.': the second quote's own attribution wins."""
    # plant: `speaker is None and` and `not _attribution_follows(…)` dropped from the `_DASH_GAP` block (speaker
    # "Bekzat Nurlanov")
    first = "Часть роста объясняется ценами, а не объемами"
    second = "Но в целом картина остается вполне позитивной"
    got = _ru_quotes(f"«{first}», – сказал аналитик Бекзат Нурланов. – «{second}», – добавил экономист Арсен Жолдасов.")
    assert got == [("Bekzat Nurlanov", first), ("Arsen Zholdasov", second)]
