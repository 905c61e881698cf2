"""Ninety-first round, q2 (docs/extraction.md: quotes.py, a colon lead's quotes): a speech's highlights set as
bullets, each a sentence in quote marks with no attribution of its own, under a lead naming whose remarks they are
("İşte Cumhurbaşkanı X'ın açıklamalarından satır başları:", "X'ın konuşmasından öne çıkanlar:", "Highlights of X's
remarks:", "Основные тезисы выступления X:", "X-ın çıxışından əsas məqamlar:"): every bullet of four words or more,
up to the run's end, is that person's quote. A bullet of fewer words gives nothing, and so do bullets under a lead
that names no one ("Toplantıdan satır başları:"). Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 24)

TR_BULLETS = ('\n\n• "Bugün Semerkant\'ta dostlarımızla yeni bir dönemi başlatıyoruz."\n\n'
              '• "Dostluğumuz kalıcıdır."\n\n'
              '• "Ortak yatırım fonumuz gelecek yıl faaliyete geçecek."\n\n'
              "Görüşmenin ardından heyetler akşam yemeğinde bir araya geldi.")


# plant: the walk back over the bullets before taken out of _highlights_bullet_speaker (only the first bullet read)
def test_turkish_bullets_under_a_highlights_lead_are_the_named_speaker_s():
    text = ("Erdoğan Semerkant'ta\n\nCumhurbaşkanı Recep Tayyip Erdoğan, Semerkant'ta Şevket Mirziyoyev ile "
            "görüştü. İşte Cumhurbaşkanı Erdoğan'ın açıklamalarından satır başları:" + TR_BULLETS)
    assert proposed.quotes(text, DAY) == [
        ("Recep Tayyip Erdoğan", "Bugün Semerkant'ta dostlarımızla yeni bir dönemi başlatıyoruz."),
        ("Recep Tayyip Erdoğan", "Ortak yatırım fonumuz gelecek yıl faaliyete geçecek.")]


# plant: any word taken as the highlights noun after the remarks ("satır başları", "öne çıkanlar") in _HIGHLIGHTS_LEAD
def test_bullets_under_a_lead_naming_no_one_are_no_one_s():
    text = ("Erdoğan Semerkant'ta\n\nCumhurbaşkanı Recep Tayyip Erdoğan, Semerkant'ta Şevket Mirziyoyev ile "
            "görüştü. Toplantıdan satır başları:" + TR_BULLETS)
    assert proposed.quotes(text, DAY) == []
    text = ("Erdoğan Semerkant'ta\n\nCumhurbaşkanı Recep Tayyip Erdoğan, Semerkant'ta Şevket Mirziyoyev ile "
            "görüştü. Erdoğan'ın açıklamalarından önce:" + TR_BULLETS)
    assert proposed.quotes(text, DAY) == []


# plant: the English alternative ("highlights of X's remarks") taken out of _HIGHLIGHTS_LEAD
def test_english_highlights_of_remarks():
    text = ("Tokayev in Tashkent\n\nKazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev "
            "in Tashkent.\n\nHighlights of Tokayev's remarks:\n\n"
            '• "Our two nations share a border, a history and a common future."\n\n'
            '• "We will double our trade within five years."\n')
    assert proposed.quotes(text, DAY) == [
        ("Kassym-Jomart Tokayev", "Our two nations share a border, a history and a common future."),
        ("Kassym-Jomart Tokayev", "We will double our trade within five years.")]


# plant: ru_genitive_phrase left out (the genitive "Касым-Жомарта Токаева" read as an unlisted name)
def test_russian_theses_and_azerbaijani_main_points():
    ru = ("Токаев в Ташкенте\n\nПрезидент Казахстана Касым-Жомарт Токаев провёл переговоры с президентом "
          "Узбекистана Шавкатом Мирзиёевым.\n\nОсновные тезисы выступления Касым-Жомарта Токаева:\n\n"
          "• «Наши народы связывает общая история и общее будущее.»\n")
    assert proposed.quotes(ru, DAY) == [
        ("Kassym-Jomart Tokayev", "Наши народы связывает общая история и общее будущее.")]
    az = ("Əliyev Daşkənddə\n\nPrezident İlham Əliyev Daşkənddə Şavkat Mirziyoyev ilə görüşüb.\n\n"
          "Prezident İlham Əliyevin çıxışından əsas məqamlar:\n\n"
          '• "Xalqlarımızı ortaq tarix və ortaq gələcək birləşdirir."\n')
    assert proposed.quotes(az, DAY) == [("Ilham Aliyev", "Xalqlarımızı ortaq tarix və ortaq gələcək birləşdirir.")]


# plant: the highlights rule asked first in _attribute, its `after` test out (the bullet's own attribution overridden)
def test_a_bullet_with_its_own_attribution_keeps_it():
    text = ("Erdoğan Semerkant'ta\n\nCumhurbaşkanı Recep Tayyip Erdoğan, Semerkant'ta Şevket Mirziyoyev ile "
            "görüştü. İşte Cumhurbaşkanı Erdoğan'ın açıklamalarından satır başları:\n\n"
            '• "Bugün Semerkant\'ta dostlarımızla yeni bir dönemi başlatıyoruz."\n\n'
            '• "Özbekistan, Türkiye ile ortaklığını güçlendirecek," dedi Mirziyoyev.\n')
    assert proposed.quotes(text, DAY) == [
        ("Recep Tayyip Erdoğan", "Bugün Semerkant'ta dostlarımızla yeni bir dönemi başlatıyoruz."),
        ("Shavkat Mirziyoyev", "Özbekistan, Türkiye ile ortaklığını güçlendirecek")]
