"""Round 68 (turkpa68b): a live blog whose entries open with a day and a time on a line of their own ("14 aprel,
19:40", dev/1100, an Azerbaijani live report of a TÜRKPA session in Baku) is read as a live blog: a pronoun quote in
an entry is the entry's own subject's, not the person named last. And a bare capitalised title word after a
quote ('“…”, - deyə Toraqa bildirib', dev/1100) is the one person the text before titled so in the possessive before
his full name ("Jogorku Keneşinin Toraqası X Y")."""
from __future__ import annotations

from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2026, 4, 14)

LIVE_DAY_AND_TIME = """Leaders gather in Baku - LIVE

The summit opens today in Baku. We follow it live.

14 April, 09:10

Uzbek President Shavkat Mirziyoyev landed in Baku. Ilham Aliyev greeted him at the airport. "Our road runs through \
this city and we will build it together," he said.

14 April, 11:30

Kazakh President Kassym-Jomart Tokayev arrived later. He was met by Ilham Aliyev. "The Caspian joins our nations and \
our markets every single day," he told reporters.

14 April, 12:45

Ilham Aliyev opened the session. "Baku is proud to host our brothers again this year," he said.
"""

LIVE_DAY_AND_TIME_OTHER = """Turkic summit in Astana: live updates

Heads of state meet in Astana today. Follow our coverage.

3 May, 08.05

President Sadyr Japarov flew into Astana in the morning. Kassym-Jomart Tokayev welcomed him on the tarmac. "Water \
and energy are the questions our region must settle first," he said.

3 May, 10.20

Kassym-Jomart Tokayev opened the talks. "We are neighbours and partners in every sense," he said.

3 May, 12.40

Shavkat Mirziyoyev joined the leaders after noon. Tokayev showed him the new hall. "Trade between us should double \
within five short years," he told journalists.
"""


# plant: drop `{DAY_AND_TIME}$|` from quotes._LIVE_STAMP -> the first quote goes to Ilham Aliyev
def test_day_and_time_stamps_make_a_live_blog():
    assert ("Shavkat Mirziyoyev", "Our road runs through this city and we will build it together") \
        in quotes(LIVE_DAY_AND_TIME, DAY)


# plant: as above -> the quotes go to Kassym-Jomart Tokayev, named last
def test_day_and_time_stamps_with_a_dotted_time():
    found = quotes(LIVE_DAY_AND_TIME_OTHER, date(2026, 5, 3))
    assert ("Sadyr Japarov", "Water and energy are the questions our region must settle first") in found
    assert ("Shavkat Mirziyoyev", "Trade between us should double within five short years") in found


BARE_CAPITAL_TITLE = """Bişkekdə parlament heyəti qəbul edilib

Qırğızıstan Jogorku Keneşinin Toraqası Kanat Sabırbekov uulu dünən Milli Məclisin nümayəndə heyətini qəbul edib. \
Görüşdə gənclər siyasəti müzakirə olunub.

“Parlamentlərarası dostluq qrupları ildən-ilə daha fəal işləyir”, - deyə Toraqa bildirib.
"""

BARE_CAPITAL_TITLE_OTHER = """Ombudsmanlar Bakıda görüşüb

Qazaxıstanın Ombudsmanı Ayjan Serikbayeva Bakıda regional konfransda iştirak edib. Konfransda insan hüquqları \
sahəsində əməkdaşlıq müzakirə olunub.

“Bizim ofislərimiz arasında təcrübə mübadiləsi hər il genişlənir”, – deyə Ombudsman vurğulayıb.
"""


# plant: `person = None` for quotes._az_capital_title_named_before's call -> no quote is proposed
def test_bare_capital_title_after_deye_is_the_one_so_titled():
    assert quotes(BARE_CAPITAL_TITLE, date(2026, 4, 15)) == [
        ("Kanat Sabırbekov uulu", "Parlamentlərarası dostluq qrupları ildən-ilə daha fəal işləyir")]


# plant: as above -> no quote is proposed
def test_bare_capital_title_after_deye_another_title():
    assert quotes(BARE_CAPITAL_TITLE_OTHER, date(2026, 4, 15)) == [
        ("Ayjan Serikbayeva", "Bizim ofislərimiz arasında təcrübə mübadiləsi hər il genişlənir")]
