"""Hundred-and-fifth round, h1 (docs/extraction.md: people.py, quotes.py, visits.py): Russian reports of two ministers
under one plural title and of a forum two guests came to.

A plural title before two states and two names ("Министры энергетики Кыргызстана и Узбекистана X Y и Z W", dev/1559)
names each a minister of the state in his place (people.ru_plural_titled_ministers, read by people._ru_titled_people),
so that "«…», — подчеркнул узбекский министр, — «…»" is the second one's, both quotes (people.Resolver._named_minister;
the rest after the dash by the round 24 _DASH_GAP), and "Узбекский министр прибыл в Бишкек в среду" his visit
(visits._ru_titled_named_in, read by visits._ru_title_told_before). A quote split around its attribution with a
gerund's clause after the speaker ("«…», — сказал он, открывая пленарную сессию, — «и …»", dev/1554) is his in both
parts (quotes._DASH_GAP, which reads quotes._RU_GERUND_CLAUSE before the dash). A count of documents told signed at a
forum ("По итогам форума подписаны три документа"), in a paragraph after the arrivals of two guests in its city a day
or two apart, of no two states told, is each one's, not only the later one's (visits._forum_count_of_another_guest in
visits._none_signed_unless_told); told in the later arrival's own paragraph it is his alone (dev/1501).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 16)  # a Thursday
LEAD = ("Казахстан и Азербайджан построят солнечную станцию\n\n"
        "Министры энергетики Казахстана и Азербайджана Ерлан Сагатов и Эльнур Гасымов сегодня в Астане подписали "
        "соглашение о строительстве солнечной электростанции в Мангистауской области.\n\n")
NO_STATES = ("Министры энергетики Казахстана и Азербайджана", "Министры энергетики двух стран")
SAID = ("«Солнце и ветер у нас общие, а сети пока разные», — отметил азербайджанский министр, — «и это мы должны "
        "исправить вместе».\n\n")
SUN = "Солнце и ветер у нас общие, а сети пока разные"
TOGETHER = "и это мы должны исправить вместе"
ARRIVED = "Азербайджанский министр прибыл в Астану во вторник.\n\n"


# plant: the ru_plural_titled_ministers call taken out of people._ru_titled_people
def test_two_ministers_under_one_plural_title():
    assert proposed.quotes(LEAD + SAID, DAY) == [("Elnur Gasymov", SUN), ("Elnur Gasymov", TOGETHER)]
    # the first state's adjective means the first name
    assert proposed.quotes(LEAD + SAID.replace("азербайджанский", "казахстанский"), DAY) == [
        ("Yerlan Sagatov", SUN), ("Yerlan Sagatov", TOGETHER)]
    # the near form: a plural title naming no states pairs no one with a state
    assert proposed.quotes(LEAD.replace(*NO_STATES) + SAID, DAY) == []


# plant: the plural branch (ru_plural_titled_ministers) taken out of visits._ru_titled_named_in
def test_the_minister_of_one_state_of_the_two_arrived():
    assert proposed.visits(LEAD + ARRIVED, DAY) == [("Elnur Gasymov", "Kazakhstan", "2026-04-14", "Astana", "other")]
    # the near form: under a plural title naming no states the adjective's minister is no one told
    assert proposed.visits(LEAD.replace(*NO_STATES) + ARRIVED, DAY) == []


FORUM = ("В Туркменбаши обсудили грузы через Каспий\n\n"
         "В среду в Туркменбаши прошёл транспортный форум «Каспийский транзит», собравший около 200 участников.\n\n")
OPENED = ("Узбекскую делегацию возглавил заместитель министра транспорта Жасур Холиков, прилетевший в Туркменбаши во "
          "вторник. «Мы хотим, чтобы наши грузы шли через этот порт круглый год», — сказал он, открывая форум, — «и "
          "готовы вложиться в новые причалы».\n\n")
ALL_YEAR = ("Zhasur Kholikov", "Мы хотим, чтобы наши грузы шли через этот порт круглый год")
BERTHS = ("Zhasur Kholikov", "и готовы вложиться в новые причалы")
PORT = ("Директор Навоийского логистического центра Бахром Усманов приехал в Туркменбаши отдельно, ещё в понедельник, "
        "и провёл переговоры с руководством порта.\n\n")
SIGNED = "По итогам форума подписаны четыре документа, в том числе соглашение о тарифах на перевалку.\n\n"


# plant: the gerund clause taken out of quotes._DASH_GAP ("(?:{_RU_GERUND_CLAUSE}\s*)?" removed)
def test_said_he_opening_the_forum_then_the_rest():
    assert proposed.quotes(FORUM + OPENED, DAY) == [ALL_YEAR, BERTHS]
    # the near form: another speaker's own attribution after the clause is his, not the first speaker's rest
    assert BERTHS not in proposed.quotes(FORUM + OPENED.replace(
        "— «и готовы", "— а директор порта Бахром Усманов добавил: «мы готовы"), DAY)


# plant: the _forum_count_of_another_guest branch taken out of visits._none_signed_unless_told (and its near form
# failed with the _FORUM_WORDS check taken out of visits._forum_count_of_another_guest)
def test_the_forum_s_count_is_each_guest_s():
    assert proposed.visits(FORUM + OPENED + PORT + SIGNED, DAY) == [
        ("Zhasur Kholikov", "Turkmenistan", "2026-04-14", "Turkmenbashi", "other"),
        ("Bakhrom Usmanov", "Turkmenistan", "2026-04-13", "Turkmenbashi", "other")]
    assert proposed.documents(FORUM + OPENED + PORT + SIGNED, DAY) == ["4", "4"]
    # the near form: a signing told of no forum is the last guest's alone
    assert proposed.documents(FORUM + OPENED + PORT + SIGNED.replace("По итогам форума", "Вечером"), DAY) == ["0", "4"]


# plant: the paragraph condition of visits._forum_count_of_another_guest made "s.start >= max(visit.span[1],
# other.span[1])" (any sentence after both arrivals)
def test_the_forum_s_count_in_the_later_guest_s_own_paragraph():
    assert proposed.documents(FORUM + OPENED + PORT.replace("\n\n", " ") + SIGNED, DAY) == ["0", "4"]
    # the near form: told in a paragraph of its own it is both guests'
    assert proposed.documents(FORUM + OPENED + PORT + SIGNED, DAY) == ["4", "4"]


STATE_TOLD = ("заместитель министра транспорта Жасур Холиков",
              "заместитель министра транспорта Узбекистана Жасур Холиков")
OTHER_STATE = ("Директор Навоийского логистического центра Бахром Усманов",
               "Заместитель министра транспорта Азербайджана Рауф Гулиев")
SAME_STATE = ("Директор Навоийского логистического центра Бахром Усманов",
              "Заместитель министра транспорта Узбекистана Бахром Усманов")


# plant: the states condition ("len({other.visitor.iso3, visit.visitor.iso3} - {""}) > 1") taken out of
# visits._forum_count_of_another_guest
def test_guests_of_two_states_share_no_forum_count():
    assert proposed.documents(FORUM + OPENED.replace(*STATE_TOLD) + PORT.replace(*OTHER_STATE) + SIGNED, DAY) == [
        "0", "4"]
    # the near form: two guests of one state share it
    assert proposed.documents(FORUM + OPENED.replace(*STATE_TOLD) + PORT.replace(*SAME_STATE) + SIGNED, DAY) == [
        "4", "4"]
