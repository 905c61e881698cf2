"""Round 71 (stamp): one form for an entry's stamp of a day and a clock time on a line or a sentence of its own
(when.DAY_AND_TIME), read by the quotes' live blog (quotes._LIVE_STAMP, round 68: "14 aprel, 19:40") and by a dated
chronicle's visits (visits._day_of_the_stamp_before, round 69: "Aprelin 21-i, saat 21:15."). The quotes now read
the stamps the chronicle's form reads and their narrower form did not: the month first ("Aprelin 14-ü", "April 14"),
"saat" or "at" before the time, "a.m.", a full stop after it. A pronoun quote in such an entry is the entry's own
subject's, not the person named last. Each test was seen failing once on a planted bug (then reverted); the plant
is named in its comment."""
from __future__ import annotations

from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2026, 4, 14)

LIVE_AZ = """Liderlər Bakıda toplaşır - CANLI

Sammit bu gün Bakıda açılır. Biz onu canlı izləyirik.

Aprelin 14-ü, saat 09:10

Özbəkistan Prezidenti Şavkat Mirziyoyev Bakıya gəlib. İlham Əliyev onu hava limanında qarşılayıb. "Bizim yolumuz \
bu şəhərdən keçir və onu birlikdə quracağıq", - deyə o bildirib.

Aprelin 14-ü, saat 11:30

Qazaxıstan Prezidenti Qasım-Jomart Tokayev daha sonra gəlib. Onu İlham Əliyev qarşılayıb. "Xəzər xalqlarımızı \
və bazarlarımızı hər gün birləşdirir", - deyə o bildirib.

Aprelin 14-ü, saat 12:45

İlham Əliyev sessiyanı açıb. "Bakı bu il qardaşlarımızı yenidən qəbul etməkdən qürur duyur", - deyə o bildirib.
"""

LIVE_EN = """Leaders gather in Baku - LIVE

The summit opens today in Baku. We follow it live.

April 14, 9:10 a.m.

Uzbek President Shavkat Mirziyoyev landed in Baku. Ilham Aliyev greeted him at the airport. "Our road runs through \
this city and we will build it together," he said.

April 14, at 11:30.

Kazakh President Kassym-Jomart Tokayev arrived later. He was met by Ilham Aliyev. "The Caspian joins our nations and \
our markets every single day," he told reporters.

April 14, at 12:45.

Ilham Aliyev opened the session. "Baku is proud to host our brothers again this year," he said.
"""


# plant: quotes._LIVE_STAMP with round 68's own form again, r"\d{1,2} [^\W\d]+, \d{1,2}[:.]\d{2}$", for
# {DAY_AND_TIME}$ -> the first quote goes to Ilham Aliyev, named last
def test_month_first_stamps_with_saat_make_a_live_blog():
    found = quotes(LIVE_AZ, DAY)
    assert ("Shavkat Mirziyoyev", "Bizim yolumuz bu şəhərdən keçir və onu birlikdə quracağıq") in found
    assert ("Kassym-Jomart Tokayev", "Xəzər xalqlarımızı və bazarlarımızı hər gün birləşdirir") in found


# plant: as above -> the first quote goes to Ilham Aliyev, named last
def test_month_first_stamps_with_at_and_am_make_a_live_blog():
    found = quotes(LIVE_EN, DAY)
    assert ("Shavkat Mirziyoyev", "Our road runs through this city and we will build it together") in found
    assert ("Kassym-Jomart Tokayev", "The Caspian joins our nations and our markets every single day") in found
