"""Azerbaijani quote forms of round 29 (dev/364, 388), each as a small text in words of its own. Each test was seen
failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment."""
from datetime import date

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
