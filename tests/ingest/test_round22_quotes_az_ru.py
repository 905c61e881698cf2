"""Azerbaijani and Russian quote forms of round 22 (dev/250, dev/256 and probes in the styles of Azertac, APA, Report,
Oxu.az, Unikal, Kazinform, Tengrinews, 24.kg, Sputnik and Interfax), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)
L, R = "\u201c", "\u201d"


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


COMMISSION = ("Komissiya\n\nİclasa Azərbaycanın rəqəmsal inkişaf naziri Rəşad Nəbiyev və Türkiyənin ticarət naziri Ömər "
              "Bolat həmsədrlik ediblər.\n\nÖmər Bolat isə öz növbəsində limanların rolundan danışıb.\n\n")


def test_a_dash_line_said_by_a_countrys_minister_without_deye_is_that_countrys_minister():
    """'– …, – Türkiyə naziri vurğulayıb.' (no "deyə", the country's name before the title) at a commission of two
    ministers: the Turkish one, not the one who spoke last; '– Azərbaycan naziri bildirib' is the other."""
    # plant: `|(?P<spk5>…)` dropped from `_DASH_ATTRIBUTION` (the line falls to the last speaker)
    said = "Bizim ölkə üçün Xəzər limanları strateji əhəmiyyət daşıyır"
    line = "– " + said + ", – Türkiyə naziri vurğulayıb.\n"
    assert _quotes(COMMISSION + line) == [("Ömər Bolat", said)]
    assert _quotes(COMMISSION + line.replace("Türkiyə naziri vurğulayıb", "Azərbaycan naziri bildirib")) == [
        ("Rəşad Nəbiyev", said)]
    # a named speaker after the dash, no "deyə" either
    assert _quotes(COMMISSION + line.replace("Türkiyə naziri vurğulayıb", "Rəşad Nəbiyev qeyd edib")) == [
        ("Rəşad Nəbiyev", said)]


def test_his_words_after_a_running_sentence_are_its_subjects_and_after_a_quote_the_speakers():
    """'Nazir X Y isə … qeyd edib. Onun sözlərinə görə, … «…» hazırdır.': X Y's partial quote; after a quote's
    attribution in the paragraph ('“…”, - deyə … bildirib. Onun sözlərinə görə, …') that speaker's; after a sentence
    about no one, nobody's."""
    # plant: `_clause_subject(lead, …)` replaced by `None` in `_az_his_words_owner`
    running = ("Səfər\n\nEnerji naziri Pərviz Şahbazov isə jurnalistlərə açıqlamasında kabelin vacibliyini qeyd edib. "
               "Onun sözlərinə görə, şirkət layihəni «gələn ilin sonunadək başa çatdırmağa» hazırdır.")
    assert _quotes(running) == [("Pərviz Şahbazov", "gələn ilin sonunadək başa çatdırmağa")]
    # plant: `_QUOTE_MARK.search(lead)` dropped from `_az_his_words_owner` (the attribution read as running text)
    after_quote = ("Səfər\n\nİqtisadçı Vüqar Bayramov Report-a danışıb.\n\n" + L + "Ticarət ildən-ilə artır və artacaq"
                   + R + ", - deyə ekspert bildirib. Onun sözlərinə görə, tərəflər «yeni logistika mərkəzi açmağa» "
                   "hazırlaşır.")
    assert _quotes(after_quote) == [("Vüqar Bayramov", "Ticarət ildən-ilə artır və artacaq"),
                                    ("Vüqar Bayramov", "yeni logistika mərkəzi açmağa")]
    nobody = ("Səfər\n\nİclasda bir neçə sənəd imzalanıb. Onun sözlərinə görə, şirkət layihəni «gələn ilin sonunadək "
              "başa çatdırmağa» hazırdır.")
    assert _quotes(nobody) == []


def test_a_partial_quote_naming_a_principle_or_after_a_sentence_about_a_document_is_no_quote():
    """'Onun sözlərinə görə, “…” prinsipi …' names a concept, no one's words; after a sentence whose person is not its
    opening subject (a capitalised agreement's name further in), "o" is no one the rules can name."""
    # plant: the `_named_concept` check dropped from `find_quotes` (one home for the concept nouns, after merging
    # round 22's Azerbaijani and Turkish rules)
    lead = "Forum\n\nNazir Samir Vəliyev isə çıxışında ticarətin artımını vurğulayıb. Onun sözlərinə görə, "
    assert _quotes(lead + L + "bir xalq, iki ölkə, bir gələcək" + R + " prinsipi iqtisadiyyatda da özünü göstərir.") == []
    assert _quotes(lead + L + "bir xalq, iki ölkə, bir gələcək" + R + " ifadəsi ilə razıyıq.") == [
        ("Samir Vəliyev", "bir xalq, iki ölkə, bir gələcək")]
    # plant: `_opens_with(…)` check dropped from `_az_his_words_owner`
    doc = ("Forum\n\nTərəflər isə imzalanmış Azad Ticarət Sazişinin genişləndirilməsinin vacibliyini vurğulayıb. Onun "
           "sözlərinə görə, bu addım «ticarəti iki dəfə artırmağa imkan verəcək».")
    assert _quotes(doc) == []


def test_a_deputy_prime_minister_by_title_after_deye_is_the_one_named_with_that_title():
    """'“…”, - deyə Baş nazirin müavini qeyd edib.' (a deputy's title, no name, "deyə" before a two-word verb): the one
    the article named with that title, also after an aside ("Baş nazirin müavini, komissiyanın həmsədri X Y"); with
    two so named, no one."""
    # plant: `AZ_DEYE_VERB` dropped from the `pattern in (AZ_AFTER, AZ_DEYE_VERB)` test in `_attribute`
    # plant: `" müavini"` dropped from `_AZ_HEAD_TITLE_ENDS`
    # plant: the aside `(?:,\s+[a-zəıöüşçğ]…)?` dropped from `_AZ_NAME_AFTER_TITLE`
    said = "Bizim limanlar arasında yeni bərə xətti açılacaq"
    quote = L + said + R + ", - deyə Baş nazirin müavini qeyd edib.\n"
    lead = ("İclas\n\nİclasa Azərbaycan tərəfdən Baş nazirin müavini, komissiyanın həmsədri Samir Şərifov həmsədrlik "
            "edib.\n\nTərəflər nəqliyyatı müzakirə ediblər.\n\n")
    assert _quotes(lead + quote) == [("Samir Şərifov", said)]
    two = lead.replace("həmsədrlik edib", "və Baş nazirin müavini Əli Əhmədov həmsədrlik ediblər")
    assert _quotes(two + quote) == []


def test_a_subheading_by_a_bare_title_is_the_one_the_paragraph_below_introduces_with_it():
    """'Ekspert: «…»' (a subheading, the body not repeating its words) over "İqtisadçı ekspert X Y … bildirib ki, …":
    X Y's; over a paragraph about a body, or one naming a person without the title, no one's."""
    # plant: `return found` as the first line of `_az_subheading_title_below`
    # plant: `if title in first.lower()` replaced by `if True` in `_titled_opening_person`
    head = "Bazar\n\nTicarət artıb.\n\nEkspert: «Bazar böyükdür, amma yollar hələ çox bahadır»\n\n"
    said = "Bazar böyükdür, amma yollar hələ çox bahadır"
    below = "İqtisadçı ekspert Natiq Cəfərli APA-ya açıqlamasında bildirib ki, daşımalar ucuzlaşmalıdır.\n"
    assert _quotes(head + below) == [("Natiq Cəfərli", said)]
    assert _quotes(head + "Dövlət Statistika Komitəsi bildirib ki, daşımalar ucuzlaşmalıdır.\n") == []
    assert _quotes(head + "Nazir Samir Vəliyev bildirib ki, daşımalar ucuzlaşmalıdır.\n") == []


def test_a_dash_line_said_by_a_minister_named_by_a_lower_case_demonym_is_that_countrys_minister():
    """'– …, – türk nazir bildirib.' (a demonym in lower case, no "deyə"): the Turkish minister of the two."""
    # plant: `|[a-zəıöüşçğ]+\s+naziri?` dropped from `_DASH_ATTRIBUTION`'s spk5
    said = "Bizim ölkə üçün Xəzər limanları strateji əhəmiyyət daşıyır"
    assert _quotes(COMMISSION + "Rəşad Nəbiyev də çıxış edib.\n\n– " + said + ", – türk nazir bildirib.\n") == [
        ("Ömər Bolat", said)]


RU_TALKS = ("Переговоры\n\nМинистр энергетики Узбекистана Тимур Алимов и министр промышленности Кыргызстана Бекжан "
            "Осмонов провели встречу в Ташкенте.\n\n")


def test_a_russian_dash_line_said_by_a_countrys_minister_is_the_minister_named_of_that_country():
    """'— …, — отметил узбекский министр.' after "Министр энергетики Узбекистана X Y и министр … Кыргызстана Z W":
    the Uzbek one (neither in the table); "кыргызский министр" the other; a prime minister's title gives no minister."""
    # plant: `_ru_minister_role(m[0])` replaced by `""` in `_ru_titled_people`
    said = "Мы договорились о новых поставках электроэнергии"
    line = "— " + said + ", — отметил узбекский министр.\n"
    assert _quotes(RU_TALKS + line) == [("Timur Alimov", said)]
    assert _quotes(RU_TALKS + line.replace("узбекский", "кыргызский")) == [("Bekzhan Osmonov", said)]
    # plant: `low.startswith("министр")` replaced by `"министр" in low` in `_ru_minister_role`
    premier = RU_TALKS.replace("Министр энергетики Узбекистана", "Премьер-министр Узбекистана")
    assert _quotes(premier + line) == []


def test_a_dash_line_said_by_a_bare_title_without_deye_is_the_lead_paragraphs_subject_and_not_part_of_the_words():
    """'– …, – ekspert deyib.' (no "deyə") under "İqtisadçı X Y APA-ya danışıb.": X Y's words, the attribution not
    glued to them; under a paragraph naming no one, nobody's."""
    # plant: `|ekspert|iqtisadçı|analitik|politoloq|nazir` dropped from `_DASH_ATTRIBUTION`'s spk5 (words + attribution)
    # plant: `(?:deyə\s+)?` in `_AZ_DASH_TITLE` made `deyə\s+` again (the lead paragraph not read: nobody)
    said = "Ticarət dövriyyəsi hələ imkanlardan xeyli aşağıdır"
    line = "– " + said + ", – ekspert deyib.\n"
    assert _quotes("Bazar\n\nİqtisadçı Vüqar Bayramov APA-ya danışıb.\n\n" + line) == [("Vüqar Bayramov", said)]
    assert _quotes("Bazar\n\nForumda 200 iş adamı iştirak edib.\n\n" + line) == []
