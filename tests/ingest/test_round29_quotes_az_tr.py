"""Azerbaijani and Turkish quote forms of round 29 (dev/364, 376, 388, 389), each as a small text in words of its own.
Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment."""
from datetime import date

from dashboard.ingest.people import _without_tr_title_owner
from tests.ingest import proposed

DAY = date(2026, 5, 12)


def _quotes(text, day=DAY):
    return proposed.quotes("Xəbər\n\n" + text, day)


# quotes.py: _AZ_WEB_OUTLET (an outlet's web name with its case inside the attribution after a quote)

def test_an_outlets_web_name_told_after_the_quote():
    """'“…”, – Rauf Məmmədli Oxu.az-a açıqlamasında deyib.' and '– deyə X Modern.az-a bildirib': the web name's dot
    ends no sentence; the speaker is the person, not the outlet."""
    # plant: {_AZ_WEB_OUTLET} dropped from AZ_AFTER (the quote was lost)
    said = "Limanlar arasında yük axınları artdıqca marşrutlar daha cəlbedici olur"
    assert _quotes("“" + said + "”, – Rauf Məmmədli Oxu.az-a açıqlamasında deyib.") == [("Rauf Məmmədli", said)]
    assert _quotes("“" + said + "”, – deyə Rauf Məmmədli Modern.az-a bildirib.") == [("Rauf Məmmədli", said)]
    assert _quotes("“" + said + "”, – Oxu.az-a deyib.") == []


# quotes.py: _last_term_of_paragraph, _terms_lowered (reported speech in a paragraph holding a company's name)

def test_reported_speech_with_a_company_name_then_o_deyib():
    """'“Qafqaz Meyvə” şirkətinin direktoru X Oxu.az-a bildirib ki, …' then '“…”, – o deyib.': "o" is X, neither the
    company (a term in quote marks) nor the minister quoted before."""
    # plant: _terms_lowered returned the body unchanged (the speaker was "Qafqaz Meyvə")
    # plant: the `_last_term_of_paragraph` branch dropped from find_quotes (the line went to the minister)
    said = "Problem qiymətdə deyil, logistikadadır və bu müddət qısalmalıdır"
    lead = "“Biz bu gün yeni bazar açırıq və çox şadıq”, – nazir Elnur Vəliyev deyib.\n\n"
    assert _quotes(lead + "Gəncədə meyvə ixracı ilə məşğul olan “Qafqaz Meyvə” şirkətinin direktoru Tamás Horváth "
                   "Oxu.az-a bildirib ki, bazarda maraq var.\n\n“" + said + "”, – o deyib.")[-1] \
        == ("Tamás Horváth", said)


# quotes.py: _AZ_BARE_TITLE_COLON, _az_opening_sentence_subject ("Nazir … bildirib: «…»" under a paragraph about him)

def test_a_bare_title_before_a_colon_is_the_one_the_paragraph_before_is_about():
    """'… energetika naziri X Y Aşqabada səfər edib. Səfər zamanı … imzalanıb.' then 'Nazir Aşqabadda jurnalistlərə
    bildirib: «…»': the minister is X Y, not the other minister quoted before; a paragraph before that opens with no
    one's visit leaves "Nazir" to the one who spoke last."""
    # plant: the `_az_bare_title_colon` call dropped from find_quotes (the quote went to the first minister)
    said = "Türkmən qazı üçün Bakı limanı Avropaya açılan qapıdır"
    lead = "Xarici işlər naziri Tural Məmmədov paylaşım edib: “Biz bu gün yeni mərhələyə qədəm qoyuruq”.\n\n"
    visit = ("Ötən həftə energetika naziri Rövşən Nağıyev Aşqabada işgüzar səfər edib. Səfər zamanı Qara Dəniz "
             "Limanı ilə bağlı 3 sənəd imzalanıb.\n\n")
    assert _quotes(lead + visit + "Nazir Aşqabadda jurnalistlərə bildirib: «" + said + "».")[-1] \
        == ("Rövşən Nağıyev", said)
    assert _quotes(lead + "Ötən həftə Aşqabadda 3 sənəd imzalanıb.\n\nNazir Aşqabadda jurnalistlərə bildirib: «"
                   + said + "».")[-1] == ("Tural Məmmədov", said)


# people.py: _TR_TITLE_OWNER (a firm's genitive with an apostrophe before the title is no part of the name)

def test_a_firms_genitive_before_the_title_is_no_name():
    """'Konya Tekstil'in genel müdürü X Y, … söyledi.' then 'Y, "…" dedi.': the surname is X Y's, the firm no person;
    a name alone after a person's genitive ("Bolat'ın danışmanı Aydın") is not cut."""
    # plant: the `_without_tr_title_owner` call dropped from Resolver.resolve (the quote was lost: "Konya Tekstil'in"
    # was taken for the name)
    said = "Hazar üzerinden taşımak süreyi kısaltıyor ama maliyeti artırıyor"
    assert _quotes("Konya Tekstil'in genel müdürü Murat Ekinci, bir tırın 14 günde ulaştığını söyledi.\n\nEkinci, \""
                   + said + "\" dedi.") == [("Murat Ekinci", said)]
    assert _without_tr_title_owner("Bolat'ın danışmanı Aydın") == "Bolat'ın danışmanı Aydın"


# quotes.py: TR_SAYING ('"…" olarak nitelendiren X, …')

def test_described_as_participle_before_the_subject():
    """'Kırgızistan'ı "…" olarak nitelendiren X Y, … vurguladı.': the partial quote is X Y's; a report so describing it
    ("… olarak nitelendiren rapor") gives no one."""
    # plant: the "olarak (nitelendiren|…)" branch dropped from TR_SAYING (the quote was lost)
    said = "bölgenin en hızlı büyüyen pazarlarından biri"
    assert _quotes("Kırgızistan'ı \"" + said + "\" olarak nitelendiren Murat Ekinci, firmaların kalıcı olmak "
                   "istediğini vurguladı.") == [("Murat Ekinci", said)]
    assert _quotes("Kırgızistan'ı \"" + said + "\" olarak nitelendiren rapor, yatırımın arttığını yazdı.") == []
