"""Seventy-fourth round, misc74 (docs/extraction.md: quotes.py, when.py): the forms behind the dev/1171, 1176 and 1178
misses, told in short invented sentences. A news flash's verbless label sentence before a Russian quote, after a
sentence of running text or the flash's time stamp, with where or to whom it was said between the name and the colon:
"… . Эмомали Рахмон: «…»", "13:05 Жапаров — журналистам после переговоров: «…»" (1171); a Turkish demonym and a
deputy minister's lower-case title after "diyen", the one the text titled so in full before: '"…," diyen Türkmen bakan
yardımcısı, "…" ifadesini kullandı' (1176); and quarters told with no year in one running sentence after the months
to date, "I rübdə 118,4 milyon dollar, II rübdə …" (1178). Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 21)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")


# plant: the _ru_label_sentence branch dropped from quotes._attribute
def test_a_flash_label_sentence_after_running_text():
    text = ("Хроника визита\n\n"
            "Лента новостей, 17 сентября. Следим за визитом в режиме реального времени.\n\n"
            "10:15 Делегации обменялись подарками в зале приёмов. Эмомали Рахмон: «Наши народы связывает общая "
            "история, и мы будем беречь её вместе».\n\n"
            "10:40 Лидеры прошлись по набережной.\n\n"
            "11:05 Обед в честь гостей.")
    assert proposed.quotes(text, DAY) == [
        ("Emomali Rahmon", "Наши народы связывает общая история, и мы будем беречь её вместе")]
    other = ("Хроника дня\n\n"
             "Переговоры продолжились в узком составе. Садыр Жапаров: «Мы откроем новый рынок на границе уже "
             "весной».")
    assert proposed.quotes(other, DAY) == [("Sadyr Japarov", "Мы откроем новый рынок на границе уже весной")]


# plant: _RU_LABEL_OCCASION's alternatives emptied (so "— журналистам …", "на полях …" stay in the label)
def test_a_flash_label_with_where_or_to_whom_it_was_said():
    text = ("Хроника визита\n\n"
            "Лента новостей, 17 сентября. Президент Кыргызстана Садыр Жапаров встретил гостя.\n\n"
            "12:05 Делегации сели за стол переговоров.\n\n"
            "12:40 Жапаров — журналистам после встречи: «Мы договорились удвоить торговлю за пять лет».\n\n"
            "13:10 Подписание документов.")
    assert ("Sadyr Japarov", "Мы договорились удвоить торговлю за пять лет") in proposed.quotes(text, DAY)
    other = ("Хроника визита\n\n"
             "Делегации обсудили транзит.\n\n"
             "Президент Таджикистана Эмомали Рахмон на полях саммита: «Вода должна объединять наши страны, а не "
             "разделять их».")
    assert proposed.quotes(other, DAY) == [
        ("Emomali Rahmon", "Вода должна объединять наши страны, а не разделять их")]


# plant: "(?:\s+yardımcısı)?" dropped from quotes._TR_DEMONYM_ROLE
def test_a_demonym_deputy_minister_after_diyen():
    text = ("Heyet adaya geldi\n\n"
            "Türkmenistan Tekstil Sanayi Bakan Yardımcısı Merdan Atayev dün adaya geldi.\n\n"
            '"Pamuğumuz dünyanın her yerine gidiyor," diyen Türkmen bakan yardımcısı, "şimdi sıra '
            'Akdeniz\'deki pazarlara geldi" ifadesini kullandı.')
    assert proposed.quotes(text, DAY) == [("Merdan Atayev", "Pamuğumuz dünyanın her yerine gidiyor"),
                                          ("Merdan Atayev", "şimdi sıra Akdeniz'deki pazarlara geldi")]
    other = ("Heyet Ankara'da\n\n"
             "Özbekistan Yatırım Bakan Yardımcısı Laziz Kudratov bakanlıkta görüşmeler yaptı.\n\n"
             '"Yatırımcılarımızın sayısı her yıl artıyor," diyen Özbek bakan yardımcısı, "yeni fabrikalar da '
             'gelecek" dedi.')
    assert proposed.quotes(other, DAY) == [("Laziz Kudratov", "Yatırımcılarımızın sayısı her yıl artıyor"),
                                           ("Laziz Kudratov", "yeni fabrikalar da gelecek")]


# plant: the _QUARTER_ALONE branch dropped from when.period_in
def test_quarters_listed_with_no_year_after_the_months_to_date():
    text = ("Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi bu ilin ilk doqquz ayında 300,5 milyon dollar "
            "təşkil edib. Rüblər üzrə dövriyyə I rübdə 90,1 milyon dollar, II rübdə 100,2 milyon dollar, III rübdə "
            "isə 110,2 milyon dollar olub.")
    assert proposed.trade_values(text, DAY) == {
        (AZ_KZ, "2026-9M", "turnover", 300.5), (AZ_KZ, "2026-Q1", "turnover", 90.1),
        (AZ_KZ, "2026-Q2", "turnover", 100.2), (AZ_KZ, "2026-Q3", "turnover", 110.2)}
    other = ("Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi bu ilin ilk altı ayında 200 milyon dollar "
             "olub. Birinci rübdə dövriyyə 80 milyon dollar, ikinci rübdə isə 120 milyon dollar təşkil edib.")
    assert proposed.trade_values(other, DAY) == {
        (AZ_KZ, "2026-H1", "turnover", 200.0), (AZ_KZ, "2026-Q1", "turnover", 80.0),
        (AZ_KZ, "2026-Q2", "turnover", 120.0)}
