"""Round 68 (tacik68): a foreign ambassador's interview in Turkish (dev/1101, a Tajik ambassador's dash-led answers)
calls his own head of state "Sayın Cumhurbaşkanımız Emomali Rahmon" (our President), and later quotes him with a bare
"Cumhurbaşkanımız … şöyle demişti: "…"": the words are the head the article named "ours", not Türkiye's president
(people.Resolver._note_our_head_named; a Turkish article naming no one so keeps Türkiye's head). And an answer running
over two dash lines after one question, the second holding a quote ('— Sayın Erdoğan'ın … söylediği bir söz var: "…"
Biz de …'), is the interviewee's answer whole too (quotes._first_dash_answer_of_turn). And a Russian report
(dev/1103) writing a leader's honorific titles after the verb ("– заявил … Лидер нации, Президент Республики X Y Z.")
gives the quote to the last title and name (quotes._ru_appositive_titled_name)."""
from __future__ import annotations

from datetime import date

from tests.ingest.proposed import quotes

DAY = date(2025, 9, 1)  # (every head of state named below in office that day)

KYRGYZ_INTERVIEW = """Kırgızistan'ın Ankara Büyükelçisi Kubanıçbek Ömüraliyev, iki ülke arasındaki ilişkileri anlattı.

Ticaret hangi düzeyde?

— Sayın Cumhurbaşkanımız Sadır Caparov ile Sayın Recep Tayyip Erdoğan arasındaki dostluk her kapıyı açıyor.

Yeni hedefler var mı?

— Var. Cumhurbaşkanımız geçen hafta bir toplantıda şöyle demişti: "Türk yatırımcılara kapımız her zaman açıktır." Biz de
bu yolda çalışıyoruz.
"""

UZBEK_INTERVIEW = """Özbekistan'ın Ankara Büyükelçisi Alişer Ağzamhocayev sorularımızı yanıtladı.

Reformlar nasıl gidiyor?

— Cumhurbaşkanımız Şevket Mirziyoyev göreve geldiğinden beri ekonomi açıldı ve yatırımcı sayısı arttı.

Türkiye ile ilişkiler?

— Çok iyi. Cumhurbaşkanımız geçen yıl Semerkant'ta şöyle demişti: "Türkiye bizim için stratejik bir ortaktır." Bu söz
hâlâ geçerli.
"""

def _speaker_of(text: str, words: str) -> set[str]:
    return {speaker for speaker, quote in quotes(text, DAY) if quote.startswith(words)}


# plant: drop the "if low in _OUR_HEAD_OF_STATE and self.our_head_named" return in Resolver._resolve (both go to
# Türkiye's president)
def test_our_president_named_in_an_ambassadors_answer_is_his_own_head():
    assert _speaker_of(KYRGYZ_INTERVIEW, "Türk yatırımcılara kapımız") == {"Sadyr Japarov"}
    assert _speaker_of(UZBEK_INTERVIEW, "Türkiye bizim için stratejik") == {"Shavkat Mirziyoyev"}


TURKISH_MINISTER_INTERVIEW = """Ticaret Bakanı Ömer Bolat, Bişkek dönüşü sorularımızı yanıtladı.

Bişkek'te kimlerle görüştünüz?

— Kırgızistan Cumhurbaşkanı Sadır Caparov bizi kabul etti, ortak yatırım fonunu konuştuk.

Hedef ne?

— Cumhurbaşkanımız geçen ay şöyle demişti: "Orta Asya ile ticaretimizi iki katına çıkaracağız." Bunun için çalışıyoruz.
"""


# plant: make _note_our_head_named remember every head of state named (the `if "ımız" in run` gate in
# note_names_in and the `if before_name in _OUR_HEAD_OF_STATE` check dropped): the Kyrgyz president named plainly
# takes a Turkish minister's "Cumhurbaşkanımız"
# plant: drop only the `if before_name in _OUR_HEAD_OF_STATE` check (the gate kept): "Dostlarımızdan" before the
# title passes the gate, so the second case fails
def test_a_foreign_head_named_plainly_is_not_our_president():
    assert _speaker_of(TURKISH_MINISTER_INTERVIEW, "Orta Asya ile") == {"Recep Tayyip Erdoğan"}
    friends = TURKISH_MINISTER_INTERVIEW.replace("— Kırgızistan Cumhurbaşkanı",
                                                 "— Dostlarımızdan Kırgızistan Cumhurbaşkanı")
    assert _speaker_of(friends, "Orta Asya ile") == {"Recep Tayyip Erdoğan"}


TWO_DASH_LINES_TR = """Kazakistan'ın Ankara Büyükelçisi Yerkebulan Sapiyev sorularımızı yanıtladı.

Yatırımlar ne durumda?

— Türk şirketleri ülkemizde üç yüzden fazla proje yürütüyor ve sayıları her yıl artıyor.

— Geçen yıl bir Türk iş insanı bana şöyle demişti: "Kazakistan bizim ikinci evimiz oldu." Bu sözü hiç unutmuyorum.

Lojistikte yenilik var mı?

— Hazar üzerinden yeni bir feribot hattı açıldı.
"""

TWO_DASH_LINES_RU = """Посол Узбекистана в Баку Бахром Ашрафханов ответил на вопросы нашего издания.

Как растет торговля?

— За год товарооборот вырос почти на треть, и это только начало.

— Один предприниматель сказал мне на форуме: «Ташкент стал для нас вторым домом». Мы слышим это все чаще.

Что дальше?

— Новые совместные предприятия в Навои.
"""


# plant: _first_dash_answer_of_turn returns `index` unchanged (the second dash line, after an answer, not a question,
# is no answer: its quote is read alone and the line around it lost)
def test_a_second_dash_line_holding_a_quote_is_the_same_answer():
    said = quotes(TWO_DASH_LINES_TR, DAY)
    answer = [quote for _, quote in said if quote.startswith("Geçen yıl bir Türk iş insanı")]
    assert answer and answer[0].endswith("Bu sözü hiç unutmuyorum.")
    said = quotes(TWO_DASH_LINES_RU, DAY)
    answer = [quote for _, quote in said if quote.startswith("Один предприниматель")]
    assert answer and answer[0].endswith("Мы слышим это все чаще.")


# Round 68 (tacik68, dev/1103): a leader's honorific titles after the verb, separated by a dash or commas, before
# the last title and the name: the last title with the name is the speaker
RU_HONORIFIC_DASH = ("«Наши народы веками жили рядом. Теперь пришло время строить общие предприятия», – сказал в "
                     "своем выступлении Основатель мира и национального единства – Лидер нации, Президент Республики "
                     "Таджикистан Эмомали Рахмон.")
RU_HONORIFIC_COMMAS = ("«Мы откроем новые рейсы уже весной и удвоим поставки хлопка», – подчеркнул на брифинге Лидер "
                       "нации, Президент Республики Таджикистан Эмомали Рахмон.")


# plant: _ru_appositive_titled_name returns None (the phrase before the first comma names no one: no quote)
def test_honorific_titles_before_the_last_title_and_name_give_the_holder():
    assert _speaker_of(RU_HONORIFIC_DASH, "Наши народы") == {"Emomali Rahmon"}
    assert _speaker_of(RU_HONORIFIC_COMMAS, "Мы откроем") == {"Emomali Rahmon"}
