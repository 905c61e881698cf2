"""Quotes in Azerbaijani, round 33 (dev/454, 460, 466, 472), each as a small text in words of its own.
Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)


def _quotes(text, day=DAY):
    return proposed.quotes("Xəbər\n\n" + text, day)


# quotes.py: _az_title_before_more_words, _AZ_TITLE_OUTLET_TAIL (a bare title, then the outlet it spoke to in a case,
# then the verb)

def test_a_bare_title_before_an_outlet_in_a_case_is_the_lead_person():
    """'"…", – deyə ekspert Report-a bildirib.' after a sentence about an economist: the title alone speaks, the outlet
    with its hyphenated case ending ("Report-a", "APA-ya", "Oxu.az-a") names no one. With no lead naming anyone, none."""
    # plant: _AZ_TITLE_OUTLET_TAIL's "-(?:y?[aəeı]|n[aə])" made "-(?:x)" (the quotes were lost)
    lead = "İqtisadçı Tural Həsənli isə hesab edir ki, planlar gerçəkdir. "
    said = "Bu il ixracın yarısı kənd təsərrüfatı məhsullarının payına düşəcək"
    assert _quotes(lead + "\"" + said + "\", – deyə ekspert Report-a bildirib.") == [("Tural Həsənli", said)]
    assert _quotes(lead + "«" + said + "», – deyə iqtisadçı APA-ya bildirib.") == [("Tural Həsənli", said)]
    assert _quotes(lead + "\"" + said + "\", – ekspert Oxu.az-a açıqlamasında deyib.") == [("Tural Həsənli", said)]
    assert _quotes("\"" + said + "\", – deyə ekspert Report-a bildirib.") == []


# quotes.py: _az_compound_genitive_title (the body's short genitive before a head's title after a quote)

def test_a_head_title_with_the_short_genitive_is_the_head_the_lead_named():
    """'– deyə Ali Məclisin Sədri qeyd edib' after a lead naming "… Ali Məclisinin Sədri X Y": one title in its short
    and compound genitive; a head of another body ("Şəhər Şurasının Sədri") is not that person."""
    # plant: _az_compound_genitive_title returned None (the quote was lost)
    lead = ("Bu gün Şəki Rayon Ağsaqqallar Şurasının Sədri Elnur Qasımlı qonaqları qəbul edib.\n\n"
            "Nazir Kamil Rzayev çıxış edib.\n\n")
    said = "Bizim rayon turizm üçün hər il daha cəlbedici olur"
    assert _quotes(lead + "“" + said + "”, – deyə Ağsaqqallar Şurasın Sədri qeyd edib.")[-1] == ("Elnur Qasımlı", said)
    assert _quotes(lead + "“" + said + "”, – deyə Gənclər Şurasın Sədri qeyd edib.") == []


# quotes.py: _az_genitive_speaker_names (a speaker read from a genitive the article also writes bare)

def test_a_speaker_named_in_the_genitive_is_the_bare_name_the_article_writes():
    """'… naziri Orhan Yıldızın başçılıq etdiyi nümayəndə heyəti' then '… Orhan Yıldız isə …' and a titled quote: the
    speaker is "Orhan Yıldız"; without the bare form in the text the name is left as read."""
    # plant: _az_genitive_speaker_names' loop body replaced by "continue" (the speaker kept "Yıldızın")
    said = "Yeni gömrük xətti yükdaşımanı iki dəfə sürətləndirəcək"
    text = ("Türkiyənin nəqliyyat naziri Orhan Yıldızın başçılıq etdiyi nümayəndə heyəti Gəncəyə gəlib.\n\n"
            "Orhan Yıldız isə layihələrdən danışıb.\n\n"
            "Türk nazir limanda aparılan işlərdən də danışıb: “" + said + "”.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Orhan Yıldız"]
    assert [speaker for speaker, _ in _quotes(text.replace("Orhan Yıldız isə", "Qonaq isə"))] != ["Orhan Yıldız"]


# quotes.py: _az_government_head_as_premier (the head of a government) and people.py: Resolver.resolve's premier read as
# the cabinet's chairman where the table has no prime minister (ru_office_holder)

def test_the_head_of_a_government_is_its_premier_or_cabinet_chairman():
    """'– deyə Qırğızıstan hökumətinin başçısı bildirib': Kyrgyzstan's Chairman of the Cabinet of Ministers on the day;
    "Qazaxıstan hökumət başçısı" Kazakhstan's Prime Minister; a member of a government ("hökumətinin üzvü") is no one."""
    # plant: _AZ_GOVERNMENT_HEAD's "(?:inin)?" dropped (the first quote was lost)
    said = "Bizim ölkələr arasında əlaqələr hər il daha da güclənir"
    assert _quotes("\"" + said + "\", - deyə Qırğızıstan hökumətinin başçısı bildirib.") == [
        ("Adylbek Kasymaliyev", said)]
    assert _quotes("\"" + said + "\", - deyə Qazaxıstan hökumət başçısı bildirib.") == [("Olzhas Bektenov", said)]
    assert _quotes("\"" + said + "\", - deyə Qırğızıstan hökumətinin üzvü bildirib.") == []


def test_a_kyrgyz_premier_in_azerbaijani_is_the_cabinet_chairman():
    """'– deyə Qırğızıstan Baş naziri bildirib': the table names Kyrgyzstan's head of government "Chairman of the Cabinet
    of Ministers", which an Azerbaijani "Baş nazir" means."""
    # plant: Resolver.resolve's round 33 line back to officeholders.holder alone (the quote was lost)
    said = "Bizim ölkələr arasında əlaqələr hər il daha da güclənir"
    assert _quotes("\"" + said + "\", - deyə Qırğızıstan Baş naziri bildirib.") == [("Adylbek Kasymaliyev", said)]


# quotes.py: _az_title_before_more_words, _AZ_TITLE_BEFORE_OCCASION (where or to whom between a bare title and the
# verb)

def test_a_bare_title_before_an_occasion_is_the_lead_person():
    """'– deyə nazir görüşdə bildirib' / 'nazir jurnalistlərə' / 'nazir səfərin yekununda': the minister the lead
    names; "nazir müavini" (a deputy) is not he."""
    # plant: _AZ_TITLE_BEFORE_OCCASION's case endings made "(?:x)" (the quotes were lost)
    lead = "Nazir Kamran Əliyev Gəncədə fermerlərlə görüşüb.\n\n"
    said = "Bu il kənd təsərrüfatı üçün çox uğurlu il olacaq"
    for occasion in ("görüşdə", "jurnalistlərə", "səfərin yekununda"):
        assert _quotes(lead + "\"" + said + "\", - deyə nazir " + occasion + " bildirib.") == [("Kamran Əliyev", said)]
    assert _quotes(lead + "\"" + said + "\", - deyə nazir müavini bildirib.") == []


def test_a_bare_title_before_a_time_postposition_is_the_lead_person():
    """'– deyə nazir səfər zamanı jurnalistlərə bildirib': "səfər zamanı" (during the visit) says when, not who."""
    # plant: "zamanı|vaxtı|ərzində" made "(?!)" in _AZ_TITLE_BEFORE_OCCASION (the quote was lost)
    lead = "Nazir Kamran Əliyev Gəncədə fermerlərlə görüşüb.\n\n"
    said = "Bu il kənd təsərrüfatı üçün çox uğurlu il olacaq"
    assert _quotes(lead + "\"" + said + "\", - deyə nazir səfər zamanı jurnalistlərə bildirib.") == [
        ("Kamran Əliyev", said)]
    assert _quotes(lead + "\"" + said + "\", - deyə nazir səfər Rəhimov zamanı bildirib.") == []


# people.py: _AZ_BODY_NAME_WITH_AND (a body's name joined by "və" holds no person's name)

def test_the_words_of_a_body_name_with_and_are_no_person():
    """'… Agentliyi və Sənaye Kredit və Ticarət Fondunun rəhbərləri də olub.' before '– deyə nazir bildirib': "Sənaye
    Kredit" is part of a fund's name, no person the title could mean (the quote is then left without a speaker)."""
    # plant: the round 33 " və " line dropped from people._unlisted_names (the speaker was "Sənaye Kredit")
    text = ("Nazir Kamran Əliyev Gəncədə fermerlərlə görüşüb.\n\nNümayəndə heyətinin tərkibində Aqrar Xidmətlər "
            "Agentliyi və Sənaye Kredit və Ticarət Fondunun rəhbərləri də olub.\n\n\"Bu il kənd təsərrüfatı üçün çox "
            "uğurlu il olacaq\", - deyə nazir bildirib.")
    assert "Sənaye Kredit" not in [speaker for speaker, _ in _quotes(text)]


# people.py: _TURKIC_BARE_OCCUPATIONS and quotes.py: _AZ_TITLE_ANAPHOR grown ("diplomat")

def test_a_bare_diplomat_is_the_ambassador_the_lead_names():
    """'– deyə diplomat bildirib' under "… səfiri X Y APA-ya müsahibə verib": the ambassador; after the president spoke,
    "diplomat" names no one (an office holder is no occupation's anaphor)."""
    # plant: "diplomat" dropped from _TURKIC_BARE_OCCUPATIONS (the quote was lost)
    said = "Qazaxıstan ilə Azərbaycan arasında nəqliyyat əlaqələri sürətlə inkişaf edir"
    lead = "Qazaxıstanın Azərbaycandakı səfiri Bolat İmanbayev APA-ya müsahibə verib.\n\n"
    assert _quotes(lead + "“" + said + "”, – deyə diplomat bildirib.") == [("Bolat İmanbayev", said)]
    assert _quotes("Prezident İlham Əliyev çıxış edib.\n\n“" + said + "”, – deyə diplomat bildirib.") == []
