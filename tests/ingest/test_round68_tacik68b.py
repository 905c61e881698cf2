"""Round 68 (tacik68b): an interview answer (dev/1101, a Tajik ambassador's dash-led answers in Turkish) quotes
someone else with the genitive before a participle of saying and "there is a saying": '— Sayın X'ın Duşanbe
ziyaretinde söylediği bir söz var, hep hatırlıyorum: "…"' (Azerbaijani 'X-in … dediyi bir söz var: “…”'): the words
in marks are X's, as 'X'ın … dediği gibi, "…"' is (quotes._TURKIC_IN_WORDS). Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from __future__ import annotations

from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2025, 9, 1)

TURKISH_INTERVIEW = """Kazakistan'ın Ankara Büyükelçisi Yerkebulan Sapiyev, Cumhurbaşkanı Recep Tayyip Erdoğan'ın
Astana ziyaretinin ardından sorularımızı yanıtladı.

İlişkileri nasıl değerlendiriyorsunuz?

— Sayın Erdoğan'ın Astana ziyaretinde söylediği bir söz var, hiç unutmuyorum: "Bozkırdan Anadolu'ya uzanan yol hâlâ
açıktır ve bizi birbirimize bağlamaya devam ediyor." Biz de bu yolda yürüyoruz.
"""

AZERBAIJANI_INTERVIEW = """Özbəkistanın Bakıdakı səfiri Bahrom Aşrafxanov Prezident İlham Əliyevin səfərindən sonra
suallarımızı cavablandırıb.

Əlaqələr necə inkişaf edir?

— Prezident İlham Əliyevin Daşkənd səfərində dediyi bir söz var: "Bizim xalqlarımızı ayıran heç nə yoxdur, birləşdirən
isə çoxdur və bu birlik gələcəyimizin təminatıdır." Biz də belə düşünürük.
"""


def _speaker_of(text: str, words: str) -> set[str]:
    return {speaker for speaker, quote in quotes(text, DAY) if quote.startswith(words)}


# plant: drop the "bir söz var" alternative from quotes._TURKIC_IN_WORDS (the quote is no one's)
def test_there_is_a_saying_of_x_gives_the_quote_to_x():
    assert _speaker_of(TURKISH_INTERVIEW, "Bozkırdan Anadolu'ya") == {"Recep Tayyip Erdoğan"}
    assert _speaker_of(AZERBAIJANI_INTERVIEW, "Bizim xalqlarımızı") == {"Ilham Aliyev"}


# plant: the place name before the locative noun dropped from _TURKIC_IN_WORDS ("Astana ziyaretinde" no longer read)
def test_a_place_named_before_the_locative_noun():
    plain = TURKISH_INTERVIEW.replace("Astana ziyaretinde", "ziyaretinde")
    assert _speaker_of(plain, "Bozkırdan Anadolu'ya") == {"Recep Tayyip Erdoğan"}
    assert _speaker_of(TURKISH_INTERVIEW, "Bozkırdan Anadolu'ya") == {"Recep Tayyip Erdoğan"}
