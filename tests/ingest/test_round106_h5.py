"""Hundred-and-sixth round, h5 (docs/extraction.md: people.py, visits.py, figures.py): a Russian title's body by the
Cabinet's short name in the genitive, "заместитель председателя Кабмина X Y", is no given name of X Y's
(people._RU_BODY_GENITIVES, which people._RU_NAMED_BEFORE_NAME reads before a name), and a visit sentence's titled name
after it, or after any such body word ("заместитель председателя Госкомстата X Y"), is two words
(visits._name_words by people.RU_BODY_GENITIVE), so "Напомним, Y 5 сентября побывал в Исфаре" is X Y's trip. "Он прибыл
в Баткен в понедельник" after "Таджикскую делегацию возглавил … X Y" is his visit to the city of another state the
arrival names, no capital (visits._ru_city_arrived_in in visits._ru_guest_dated_by_pronoun), which takes the
commission's signing. A further clause's amount after "only", "а в 2024 году – лишь 31 млн", is that year's figure
(figures._CLAUSE_VERB).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 18)
HEAD = ("Межправкомиссия собралась в приграничье\n\n"
        "В Оше в среду прошло заседание кыргызско-туркменской межправительственной комиссии.\n\n")
SAID = ("«Мы откроем новые пункты пропуска уже в следующем году», – заявил заместитель председателя Кабмина Алмаз "
        "Бекназаров.\n\n")
BORDER = ("Almaz Beknazarov", "Мы откроем новые пункты пропуска уже в следующем году")
CHAIRED = "С кыргызской стороны заседание провёл заместитель председателя Кабмина Алмаз Бекназаров.\n\n"
RECALLED = "Напомним, Бекназаров 5 сентября побывал в Мары, где осмотрел площадку нового рынка.\n\n"
MARY_VISIT = ("Almaz Beknazarov", "Turkmenistan", "2026-09-05", "Mary", "other")
TURKISH = ("Турецкую делегацию возглавил заместитель председателя Мехмет Али Йылдыз.\n\n"
           "Напомним, Йылдыз 5 сентября побывал в Бишкеке, где осмотрел площадку нового рынка.\n\n")


# plant: "Кабмина" taken out of people._RU_BODY_GENITIVES
def test_the_cabinet_s_short_name_before_a_name():
    assert proposed.quotes(HEAD + SAID, DAY) == [BORDER]
    assert proposed.visits(HEAD + CHAIRED + RECALLED, DAY) == [MARY_VISIT]
    # the near form: a given name after the title is no body's, and stays the name's first word
    assert proposed.visits(HEAD + TURKISH, DAY) == [
        ("Mekhmet Ali Yyldyz", "Kyrgyzstan", "2026-09-05", "Bishkek", "other")]


# plant: the RU_BODY_GENITIVE.fullmatch(first) clause taken out of visits._name_words
def test_a_body_s_genitive_before_a_visitor_s_name():
    assert proposed.visits(HEAD + CHAIRED.replace("Кабмина", "Госкомстата") + RECALLED, DAY) == [MARY_VISIT]
    # the near form: "Али" is no body word, so the three words stay the visitor's ("Ali Yyldyz" would be the rule too
    # wide)
    assert ("Ali Yyldyz", "Kyrgyzstan", "2026-09-05", "Bishkek", "other") not in proposed.visits(HEAD + TURKISH, DAY)


LED = "Туркменскую делегацию возглавил заместитель председателя Кабинета министров Туркменистана Довлет Ораздурдыев. "
ARRIVED = "Он прибыл в Ош в понедельник и провёл переговоры в мэрии.\n\n"
SIGNED = "По итогам заседания подписаны протокол комиссии и три соглашения.\n\n"
OSH_VISIT = ("Dovlet Orazdurdyyev", "Kyrgyzstan", "2026-11-16", "Osh", "other")


# plant: the "hosts or ({arrived_in[0]} …)" line taken out of visits._ru_guest_dated_by_pronoun
def test_he_arrived_in_a_city_of_another_state():
    assert proposed.visits(HEAD + LED + ARRIVED, DAY) == [OSH_VISIT]
    # the guest's visit takes the commission's signing; the trip recalled after it none
    assert proposed.visits(HEAD + LED + ARRIVED + CHAIRED + SIGNED + RECALLED, DAY) == [OSH_VISIT, MARY_VISIT]
    assert proposed.documents(HEAD + LED + ARRIVED + CHAIRED + SIGNED + RECALLED, DAY) == ["4", "0"]
    # the near forms: a city of his own state, or the one he came from, is no visit abroad
    assert proposed.visits(HEAD + LED + ARRIVED.replace("в Ош", "в Мары"), DAY) == []
    assert proposed.visits(HEAD + LED + ARRIVED.replace("в Ош", "из Оша"), DAY) == []


TRADE = ("Торговля Кыргызстана и Таджикистана растёт\n\n"
         "По итогам 2025 года товарооборот между Кыргызстаном и Таджикистаном составил около 58 млн долларов, а в 2024 "
         "году – лишь 31 млн.\n\n")
KGZ_TJK = proposed.pair("Kyrgyzstan", "Tajikistan")


# plant: the "(?:(?:лишь|только|всего|only)\s+)?" group taken out of figures._CLAUSE_VERB
def test_only_so_much_in_the_year_before():
    assert proposed.trade(TRADE, DAY) == [(KGZ_TJK, "2025", "turnover", 58.0, "about", ""),
                                          (KGZ_TJK, "2024", "turnover", 31.0, "exact", "")]
    # the near form: "only 31 million less" is a difference, no level of that year
    assert proposed.trade_values(TRADE.replace("лишь 31 млн", "лишь на 31 млн меньше"), DAY) == {
        (KGZ_TJK, "2025", "turnover", 58.0)}
