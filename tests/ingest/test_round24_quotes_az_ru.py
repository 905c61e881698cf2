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


# --- probes (Azerbaijani) ------------------------------------------------------------------------------------------

def test_a_bare_prezident_before_anyone_spoke_is_the_head_of_state_opening_the_sentence_before():
    """'X Y mərasimdə çıxış edib. "…", - deyə Prezident vurğulayıb.' (nobody has spoken yet): the head of state the
    sentence before opens with."""
    # plant: the `_AZ_HEAD_AFTER` block dropped from `find_quotes` (no quote)
    said = "Biz bu yolu qardaş xalqlarla birlikdə keçəcəyik"
    assert _quotes(f'Şavkat Mirziyoyev mərasimdə çıxış edib. "{said}", - deyə Prezident vurğulayıb.') \
        == [("Shavkat Mirziyoyev", said)]


def test_a_bare_prezident_in_a_dash_line_under_the_head_of_states_paragraph():
    """'Prezident X Y qonaqları salamlayıb.' then '– …, – deyə Prezident vurğulayıb.': the head of state named."""
    # plant: the `_AZ_HEAD_AFTER` branch dropped from `_dash_anaphor_subject` (no quote)
    said = "Türk dövlətlərinin birliyi bu gün hər zamankından vacibdir"
    assert _quotes(f"Prezident Sadır Japarov qonaqları salamlayıb.\n\n– {said}, – deyə Prezident vurğulayıb.") \
        == [("Sadyr Japarov", said)]


def test_a_bare_prezident_after_a_prime_ministers_sentence_is_nobody():
    """'Baş nazir X Y çıxış edib. "…", - deyə Prezident vurğulayıb.': a prime minister is no one "Prezident" means."""
    # plant: `person.role == officeholders.HEAD_OF_STATE` dropped from `_az_head_lead` (speaker "Ali Asadov")
    assert _quotes('Baş nazir Əli Əsədov mərasimdə çıxış edib. "Biz bu yolu qardaş xalqlarla birlikdə keçəcəyik", '
                   '- deyə Prezident vurğulayıb.') == []


def test_a_bare_ambassador_after_a_quote_is_the_ambassador_named_before():
    """'X-in Y-dakı səfiri Z W qəbul təşkil edib. "…" deyə səfir vurğulayıb.': Z W."""
    # plant: "səfir" dropped from people._TURKIC_BARE_OCCUPATIONS (no quote)
    said = "Xalqlarımızı ortaq tarix və mədəniyyət birləşdirir"
    assert _quotes(f'Qazaxıstanın Azərbaycandakı səfiri Nurlan Səbitov qəbul təşkil edib. "{said}" deyə səfir '
                   "vurğulayıb.") == [("Nurlan Səbitov", said)]


def test_a_bare_ambassador_after_a_minister_spoke_is_nobody():
    """'"…", - deyə səfir vurğulayıb' when the last speaker is a minister the table knows: not he."""
    # plant: "səfir" moved from people._TURKIC_BARE_OCCUPATIONS to people.PRONOUNS (speaker "Jeyhun Bayramov", the
    # last speaker)
    first = "Xəzər dənizi bizi ayırmır, əksinə birləşdirir"
    got = _quotes(f'Xarici işlər naziri Ceyhun Bayramov çıxış edib. "{first}", - deyə Bayramov bildirib.\n\n'
                  '"Xalqlarımızı ortaq tarix və mədəniyyət birləşdirir", - deyə səfir vurğulayıb.')
    assert got == [("Jeyhun Bayramov", first)]


def test_expressed_confidence_that_is_reported_speech():
    """'X əminliyini ifadə edib ki, "…"' (expressed his confidence that): the subject's partial quote."""
    # plant: `|ifadə edib` dropped from `AZ_KI` (no quote)
    said = "iki ölkə arasında dövriyyə tezliklə ikiqat artacaq"
    assert _quotes(f'Baş nazir Əli Əsədov əminliyini ifadə edib ki, "{said}".') == [("Ali Asadov", said)]


def test_a_ministry_expressing_hope_is_nobodys_quote():
    """'Nazirlik ümidini ifadə edib ki, "…"': a body, no one."""
    # plant: `_az_ki_subject(…)` in `_az_attribution` falling back to `resolver.resolve("o")` (speaker "Ali Asadov",
    # the last speaker)
    first = "Ticarət dövriyyəsi bu il mütləq artacaq"
    got = _quotes(f'Baş nazir Əli Əsədov çıxış edib. "{first}", - deyə Əsədov bildirib.\n\n'
                  'Nazirlik ümidini ifadə edib ki, "iki ölkə arasında dövriyyə tezliklə ikiqat artacaq".')
    assert got == [("Ali Asadov", first)]


def test_a_pluperfect_verb_after_the_quote_is_the_subjects():
    """'X Y ötən il Şuşada "…" demişdi.' (had said): the sentence's one person."""
    # plant: the `(?:de|bildir|…)(?:mişdi|mışdı)r?` alternative dropped from `AZ_VERB_FINAL` (no quote)
    said = "Türk dünyasının birliyi bizim ən böyük sərvətimizdir"
    assert _quotes(f'Qeyd edək ki, Prezident Kasım-Jomart Tokayev ötən il Türküstanda "{said}" demişdi.') \
        == [("Kassym-Jomart Tokayev", said)]


def test_a_pluperfect_verb_after_a_quote_with_two_people_named_is_nobodys():
    """'X Y ötən il Z W ilə görüşdə "…" demişdi.' names two people in the nominative: whose words is unclear."""
    # plant: `_az_verb_final` falling back to resolving the whole sentence when `_one_named` finds no one person
    # (speaker "Kassym-Jomart Tokayev")
    assert _quotes('Ötən il Prezident Kasım-Jomart Tokayev və Prezident Sadır Japarov görüşdə "Türk dünyasının birliyi '
                   'bizim ən böyük sərvətimizdir" demişdi.') == []


# --- probes (Russian) ----------------------------------------------------------------------------------------------

def test_objected_is_a_speech_verb():
    """'«…», — возразил X.' (objected) under a paragraph naming X: X."""
    # plant: `|возразила|возразил` dropped from `RU_VERBS` (no quote)
    said = "Рост обеспечен разовыми контрактами, а не системой"
    assert _ru_quotes(f"Экономист Арсен Жолдасов не согласен с правительством.\n\n«{said}», — возразил Жолдасов.") \
        == [("Arsen Zholdasov", said)]


def test_a_bodys_short_name_in_marks_inside_a_title_before_the_name():
    """'Председатель правления АО «Темир» X Y прибыл …' then '«…», — подчеркнул Y.': the title's body in marks does
    not hide X Y from the later surname."""
    # plant: the `|«[^«».,;:]{1,30}»` alternative dropped from people._RU_TITLED's `of` (no quote)
    said = "Мы увеличим число контейнерных поездов вдвое"
    assert _ru_quotes(f"Председатель правления АО «Темир» Ерлан Садыков прибыл в Баку.\n\n«{said}», — подчеркнул "
                      "Садыков.") == [("Yerlan Sadykov", said)]


def test_the_title_before_a_short_term_is_read_again_with_the_name_after_it():
    """The same form: find_quotes reads the running text around «Темир» in two slices; the title is read again."""
    # plant: the `_NAME_AFTER_TERM` re-read dropped from `find_quotes` (no quote)
    said = "Мы увеличим число контейнерных поездов вдвое"
    assert _ru_quotes(f"Директор ТОО «Каспий Карго» Айдар Нуров прибыл в Баку.\n\n«{said}», — сказал Нуров.") \
        == [("Aydar Nurov", said)]


def test_a_deputy_minister_is_no_country_minister():
    """'Заместитель министра торговли Казахстана X Y …' then '«…», — сказал казахстанский министр.': a deputy is no
    minister, so nobody."""
    # plant: people._ru_minister_role returning "Minister" for any title holding "министр" (speaker "Aydar Nurlanov")
    assert _ru_quotes("Заместитель министра торговли Казахстана Айдар Нурланов провел переговоры.\n\n«Мы откроем новый "
                      "торговый дом в Баку», — сказал казахстанский министр.") == []


def test_about_this_with_a_bodys_name_in_marks_in_the_speakers_title():
    """'«…».' then 'Об этом заявил председатель правления АО «Темир» X Y.': X Y."""
    # plant: the `|«[^«».;!?]{1,30}»` alternative dropped from `RU_ABOUT_THIS`'s `rest` (no quote)
    said = "Мы рассчитываем завершить строительство к 2028 году"
    assert _ru_quotes(f"«{said}».\n\nОб этом заявил председатель правления АО «Темир» Ерлан Садыков.") \
        == [("Yerlan Sadykov", said)]


def test_he_before_a_colon_under_a_title_a_state_and_a_full_name():
    """'Президент Узбекистана X Y выступил …' then 'Он также подчеркнул: «…»' (nobody spoke before): X Y."""
    # plant: the `_RU_TITLE_COUNTRY.sub` line dropped from `_ru_one_named` (no quote)
    said = "Нам нужно убрать все барьеры на границе"
    assert _ru_quotes(f"Президент Узбекистана Шавкат Мирзиёев выступил на форуме.\n\nОн также подчеркнул: «{said}».") \
        == [("Shavkat Mirziyoyev", said)]


def test_he_before_a_colon_under_two_titled_people_is_nobody():
    """'Президент Узбекистана X Y принял Посла Турции Z W.' then 'Он подчеркнул: «…»': either could be "он"."""
    # plant: `_ru_one_named` returning the first person named when it names several (speaker "Shavkat Mirziyoyev")
    assert _ru_quotes("Президент Узбекистана Шавкат Мирзиёев встретился с Президентом Турции Реджепом Тайипом "
                      "Эрдоганом.\n\nОн подчеркнул: «Нам нужно убрать все барьеры на границе».") == []


def test_in_her_view_before_anyone_spoke_is_the_one_the_paragraph_named():
    """'Экономист X Y смотрит на цифры спокойно. По ее мнению, … «…».' (nobody spoke before): X Y."""
    # plant: the `_ru_pronoun_antecedent` call dropped from `_ru_according` (no quote)
    said = "заметный прирост экспорта металлов"
    assert _ru_quotes(f"Экономист Жанар Кенжебаева смотрит на цифры спокойно. По ее мнению, новый завод может дать "
                      f"«{said}».") == [("Zhanar Kenzhebayeva", said)]


def test_in_his_view_before_anyone_spoke_with_two_named_is_nobody():
    """'X Y встретился с Z W. По его мнению, … «…».': either could be "он"."""
    # plant: `_ru_one_named` returning the first person named when it names several (speaker "Yerlan Sadykov")
    assert _ru_quotes("Экономист Ерлан Садыков спорил с аналитиком Айдаром Нуровым. По его мнению, новый завод может "
                      "дать «заметный прирост экспорта металлов».") == []


def test_about_this_names_the_head_after_a_bodys_genitive():
    """'"…".' then 'Bu barədə Azərbaycan Xəzər Dəniz Gəmiçiliyinin sədri X Y bildirib.': X Y, not the body in the
    genitive."""
    # plant: the `_AZ_OBLIQUE_TITLE` condition dropped from `_one_named` (no quote: "Xəzər Dəniz Gəmiçiliyinin" read as
    # a second person)
    said = "Yeni bərələr həftədə üç dəfə Türkmənbaşıya işləyəcək"
    assert _quotes(f'"{said}".\n\nBu barədə Azərbaycan Xəzər Dəniz Gəmiçiliyinin sədri Rövşən Rüstəmov bildirib.') \
        == [("Rövşən Rüstəmov", said)]


def test_about_this_with_the_genitive_owner_alone_is_nobody():
    """'Bu barədə Ələt Azad İqtisadi Zonasının rəhbəri bildirib.' names the head by title only, no person: nobody."""
    # plant: the `_AZ_OBLIQUE_TITLE` condition dropped from `_one_named` (speaker "Ələt Azad İqtisadi")
    assert _quotes('"Yeni bərələr həftədə üç dəfə Türkmənbaşıya işləyəcək".\n\nBu barədə Ələt Azad İqtisadi Zonasının '
                   'rəhbəri bildirib.') == []


def test_a_bare_political_scientist_after_a_quote_is_the_one_named_before():
    """'Politoloq X Y APA-ya açıqlama verib.' then '"…", - deyə politoloq bildirib.': X Y."""
    # plant: "politoloq" dropped from people._TURKIC_BARE_OCCUPATIONS (no quote)
    said = "Türk dövlətləri artıq vahid iqtisadi məkana çevrilir"
    assert _quotes(f'Politoloq Tofiq Abbasov APA-ya açıqlama verib.\n\n"{said}", - deyə politoloq bildirib.') \
        == [("Tofiq Abbasov", said)]


def test_a_bare_political_scientist_after_the_president_spoke_is_nobody():
    """'"…", - deyə politoloq bildirib' when the last speaker is the president: not he."""
    # plant: "politoloq" added to people.PRONOUNS instead of _TURKIC_BARE_OCCUPATIONS (speaker "Ilham Aliyev")
    first = "Biz bu yolu qardaş xalqlarla birlikdə keçəcəyik"
    got = _quotes(f'Prezident İlham Əliyev çıxış edib. "{first}", - deyə Əliyev bildirib.\n\n'
                  '"Türk dövlətləri artıq vahid iqtisadi məkana çevrilir", - deyə politoloq bildirib.')
    assert got == [("Ilham Aliyev", first)]


def test_a_dash_after_the_attributions_full_stop_reopens_the_voice_in_azerbaijani():
    """'"…", - deyə nazir X Y bildirib. - "…".': the stop ends the attribution, the dash takes the same voice up."""
    # plant: `[.!?]?` dropped from `_DASH_GAP` (the second quote unattributed)
    first = "Limanın yük dövriyyəsi bu il xeyli artıb"
    second = "Gələn il isə yeni terminal istifadəyə veriləcək"
    assert _quotes(f'"{first}", - deyə nazir Vüsal Əliyev bildirib. - "{second}".') \
        == [("Vüsal Əliyev", first), ("Vüsal Əliyev", second)]


def test_a_dash_after_a_sentence_of_running_text_is_no_reopening():
    """'"…", - deyə nazir X Y bildirib. Sonra Z W danışıb - "…".': words between the two quotes are running text of
    their own; the dash is no reopening of X Y's voice."""
    # plant: `_DASH_GAP` matched with `search` instead of `fullmatch` (speaker "Vüsal Əliyev" for the second quote)
    first = "Limanın yük dövriyyəsi bu il xeyli artıb"
    got = _quotes(f'"{first}", - deyə nazir Vüsal Əliyev bildirib. Sonra jurnalistlər sual verib - "Gələn il isə yeni '
                  'terminal istifadəyə veriləcəkmi".')
    assert got == [("Vüsal Əliyev", first)]


def test_a_russian_occupation_after_a_dash_opened_quote_is_the_one_named_before():
    """'«…», – сказал аналитик X Y.' then a paragraph '– «…», – добавил эксперт.': the dash before the quote is no lead
    of running text; the expert is X Y, named in the paragraph before."""
    # plant: `own_before.strip(" -–—")` back to `own_before.strip()` in `_ru_occupation_after` (the second quote
    # unattributed)
    first = "Спрос на казахстанское зерно остается стабильным"
    second = "Вопрос только в логистике через Каспий"
    assert _ru_quotes(f"«{first}», – сказал аналитик Ерболат Сейткали.\n\n– «{second}», – добавил эксперт.") \
        == [("Yerbolat Seytkali", first), ("Yerbolat Seytkali", second)]


def test_a_russian_surname_alone_is_the_one_named_in_full_untitled_before():
    """'На форуме X Y и Z W подписали соглашение.' then '«…», — сказал Y.': X Y (named in full, no title)."""
    # plant: the `_ru_surname_named_before` call dropped from `_attribute` (no quote)
    said = "Это важный шаг для всего Каспийского региона"
    assert _ru_quotes(f"На форуме в Актау Ерлан Садыков и Айдар Нуров подписали соглашение.\n\n«{said}», — сказал "
                      "Садыков.") == [("Yerlan Sadykov", said)]


def test_an_adjective_before_a_capitalised_word_is_no_given_name():
    """'Казахстанский Минфин опубликовал данные.' then '«…», — сообщил Минфин.': a ministry, no one named in full."""
    # plant: the `_RU_ADJECTIVE_END` filter dropped from `_ru_surname_named_before` (speaker "Kazakhstanskiy Minfin")
    assert _ru_quotes("Казахстанский Минфин опубликовал данные.\n\n«Дефицит бюджета сократится уже в следующем году», "
                      "— сообщил Минфин.") == []


def test_an_azerbaijani_dash_line_attributed_to_o_is_the_person_of_the_paragraph_before():
    """'Deputat X Y Qafqazinfo-ya danışıb.' then '– …, – o deyib.': X Y (nobody spoke before)."""
    # plant: the `_AZ_DASH_PRONOUN` branch dropped from `_dash_anaphor_subject` (no quote); and plant: `|o` dropped from
    # `_DASH_ATTRIBUTION` (the quote kept "o deyib." as its words)
    said = "Türk dövlətləri arasında vizasız rejim tezliklə reallaşacaq"
    assert _quotes(f"Deputat Razi Nurullayev Qafqazinfo-ya danışıb.\n\n– {said}, – o deyib.") \
        == [("Razi Nurullayev", said)]


def test_an_azerbaijani_dash_line_attributed_to_deye_o_with_a_two_word_verb():
    """'– …, – deyə o qeyd edib.' under 'Politoloq X Y APA-ya danışıb.': X Y."""
    # plant: `(?:deyə\s+)?` dropped from `_AZ_DASH_PRONOUN` (no quote)
    said = "Regionda yeni nəqliyyat dəhlizləri mütləq açılmalıdır"
    assert _quotes(f"Politoloq Zərdüşt Əlizadə APA-ya danışıb.\n\n– {said}, – deyə o qeyd edib.") \
        == [("Zərdüşt Əlizadə", said)]


def test_an_azerbaijani_dash_line_of_that_countrys_ambassador_is_no_pronoun():
    """'– …, – o ölkənin səfiri deyib.' ("o" is "that": that country's ambassador): not the deputy named before."""
    # plant: `_AZ_DASH_PRONOUN` reading any words after "o" (`o\s+.*`; speaker "Razi Nurullayev", the line's words
    # with "o ölkənin səfiri deyib." in them)
    assert _quotes("Deputat Razi Nurullayev Qafqazinfo-ya danışıb.\n\n– Türk dövlətləri arasında vizasız rejim tezliklə "
                   "reallaşacaq, – o ölkənin səfiri deyib.") == []
