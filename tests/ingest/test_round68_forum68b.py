"""Sixty-eighth round, forum68b (docs/extraction.md: quotes.py, visits.py): the forms behind the dev/1107 misses, a
Russian report of a forum of two states' border regions, told in short invented sentences. A title in its short or
second form alone after the quote, read back to the one person the text titled so in full before: "— заявил
замминистра" after "заместитель министра … X Y", "— сказал глава правительства Каракалпакстана" after "Председатель
Совета Министров Республики Каракалпакстан X Y", "— подчеркнул хяким велаята" after "хяким … велаята X Y" (not the
last speaker); "и назвал" a noun with a phrase of where it is before a partial quote ("и назвал сотрудничество в
сфере водопользования «…»"); and the visit of a delegation's head dated by the guests' arrival told right after him
("Гости прибыли в Дашогуз накануне, 21 октября"). Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 6)


# plant: quotes._ru_deputy_minister_titled returning False
def test_a_deputy_minister_by_his_short_title_after_the_quote():
    text = ("Заголовок\n\nОб итогах полугодия рассказал заместитель министра торговли и внешнеэкономических "
            "связей Туркменистана Айдар Нурланов. Он сообщил, что объём торговли вырос.\n\n«Мы видим большой "
            "потенциал в поставках казахстанского зерна на новые рынки», — заявил замминистра.")
    assert proposed.quotes(text, DAY) == [
        ("Aydar Nurlanov", "Мы видим большой потенциал в поставках казахстанского зерна на новые рынки")]
    other = ("Заголовок\n\nО новых рынках рассказал заместитель министра торговли и внешнеэкономических "
             "связей Туркменистана Батыр Оразов.\n\n"
             "«Наши сети готовы к росту перетоков электроэнергии между странами», — отметил заместитель министра.")
    assert proposed.quotes(other, DAY) == [
        ("Batyr Orazov", "Наши сети готовы к росту перетоков электроэнергии между странами")]


# plant: quotes._ru_government_head_titled returning False
def test_a_government_head_by_his_second_title_after_another_speaker():
    text = ("Заголовок\n\nДелегацию встретил хяким Лебапского велаята Нурмурат Аннаев. «Мы рады гостям из "
            "соседней республики и готовы к работе», — сказал Нурмурат Аннаев.\n\nС ответным словом выступил "
            "Председатель Совета Министров Республики Каракалпакстан Азат Бекмуратов.\n\n— Наши народы веками жили "
            "бок о бок. Мы откроем новые пункты пропуска на границе, — сказал глава правительства Каракалпакстана.")
    said = proposed.quotes(text, DAY)
    assert ("Azat Bekmuratov", "Наши народы веками жили бок о бок. Мы откроем новые пункты пропуска на границе") \
        in said
    assert all(speaker != "Nurmurat Annayev" or "пункты" not in words for speaker, words in said)
    other = ("Заголовок\n\nДелегацию встретил хяким Лебапского велаята Нурмурат Аннаев. «Мы рады гостям из "
             "соседней республики и готовы к работе», — сказал Нурмурат Аннаев.\n\nС ответным словом выступил "
             "Председатель Совета Министров Республики Каракалпакстан Азат Бекмуратов.\n\n«Мы откроем новые "
             "пункты пропуска на границе уже в этом году», — подчеркнул глава правительства Каракалпакстана.")
    assert ("Azat Bekmuratov", "Мы откроем новые пункты пропуска на границе уже в этом году") \
        in proposed.quotes(other, DAY)


# plant: the ru_region_head_said call after AFTER_VERB_SPEAKER_RU in quotes._attribute dropped
def test_a_region_head_by_his_title_and_bare_noun_after_the_quote():
    text = ("Заголовок\n\nОткрывая встречу, хяким Лебапского велаята Нурмурат Аннаев отметил, что связи давние.\n\n"
            "«Нас связывают общая река и общие традиции, а теперь и новые проекты», — подчеркнул хяким велаята.")
    assert proposed.quotes(text, DAY) == [
        ("Nurmurat Annayev", "Нас связывают общая река и общие традиции, а теперь и новые проекты")]
    other = ("Заголовок\n\nГостей принял аким Туркестанской области Дархан Сатыбалды, который рассказал о планах.\n\n"
             "«Мы построим у границы торговый центр и оптовый рынок», — сказал аким области.")
    assert proposed.quotes(other, DAY) == [
        ("Darkhan Satybaldy", "Мы построим у границы торговый центр и оптовый рынок")]


# plant: the noun-with-a-place-phrase alternative dropped from quotes._RU_AND_SAID
def test_and_called_a_noun_with_a_phrase_of_where_it_is():
    lead = ("Заголовок\n\nНа форуме выступил Азат Бекмуратов. «Мы готовы открыть на границе совместную торговую "
            "зону», — сказал Азат Бекмуратов.\n\n")
    text = lead + ("Он также предложил встречаться ежегодно и назвал сотрудничество в сфере водопользования "
                   "«делом выживания для всех наших сёл».")
    assert ("Azat Bekmuratov", "делом выживания для всех наших сёл") in proposed.quotes(text, DAY)
    other = lead + ("Затем он поблагодарил хозяев и назвал торговлю между странами «главным мотором нашей давней "
                    "дружбы».")
    assert ("Azat Bekmuratov", "главным мотором нашей давней дружбы") in proposed.quotes(other, DAY)


# plant: visits._ru_guests_arrived_after returning None
def test_a_delegation_heads_visit_dated_by_the_guests_arrival_after_him():
    text = ("Заголовок\n\n5 мая в Ташкенте состоялся форум межрегионального сотрудничества. В его работе приняли "
            "участие представители деловых кругов.\n\nКазахстанскую делегацию возглавил аким Туркестанской области "
            "Дархан Сатыбалды. Гости прибыли в Ташкент накануне, 4 мая, поездом.")
    assert proposed.visits(text, DAY) == [("Darkhan Satybaldy", "Uzbekistan", "2026-05-04", "Tashkent", "other")]
    other = ("Заголовок\n\n5 мая в Самарканде прошла встреча глав приграничных регионов. На ней обсудили торговлю."
             "\n\nТаджикскую делегацию возглавил председатель Согдийской области Раджабой Ахмадзода. Делегация "
             "прибыла в Самарканд 4 мая.")
    assert proposed.visits(other, DAY) == [("Radzhaboy Akhmadzoda", "Uzbekistan", "2026-05-04", "Samarkand", "other")]
