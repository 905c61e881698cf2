"""Seventieth round, joint70 (docs/extraction.md: visits.py, figures.py, quotes.py, places.py): the forms behind the
dev/1123 and dev/1131 misses, told in short invented sentences. Documents said signed with no number, then listed
after a colon one by one, parted by semicolons, "подписаны следующие документы: …; …; …" (1123); a further clause of
the same trade with its own period after the amount's rate and compared year, the amount told in "долларов США"
("…, увеличившись на … по сравнению с 2024 годом, а в январе–апреле 2026 года превысил …", 1123); a partial quote
attributed by "как <verb> X" set off by commas after a connective opening the sentence ("Вместе с тем, как подчеркнул
X, … «…»", 1131); and the Turkmen resort's spellings (Avaza, Аваза) given as its one name, Awaza, as the gold writes
it (1131, 757, 1073). Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 20)
KG_TM = proposed.pair("Kyrgyzstan", "Turkmenistan")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")


# plant: visits._documents_listed_after_a_colon returning None
def test_documents_listed_after_a_colon_are_counted():
    text = ("Президент Узбекистана Шавкат Мирзиёев 18 июня 2026 года прибыл с государственным визитом в Бишкек. "
            "По итогам переговоров подписаны следующие документы: Договор о союзнических отношениях; Соглашение о "
            "сотрудничестве в области водных ресурсов; Программа культурного обмена на 2026–2028 годы.")
    assert proposed.documents(text, DAY) == ["3"]
    other = ("Президент Казахстана Касым-Жомарт Токаев 19 июня 2026 года прибыл с официальным визитом в Ташкент. "
             "В ходе визита стороны подписали следующие соглашения: соглашение между правительствами о "
             "железнодорожном сообщении, торговле и транзите; меморандум о сотрудничестве в сфере цифровизации; "
             "соглашение о взаимной защите инвестиций; протокол о сотрудничестве таможенных служб.")
    assert proposed.documents(other, DAY) == ["4"]
    # a list parted by commas only is no count: a document's own name holds them
    commas = ("Президент Казахстана Касым-Жомарт Токаев 19 июня 2026 года прибыл с официальным визитом в Ташкент. "
              "В ходе визита стороны подписали следующие соглашения: соглашение о железнодорожном сообщении, "
              "торговле и транзите, меморандум о цифровизации.")
    assert proposed.documents(commas, DAY) != ["2"] and proposed.documents(commas, DAY) != ["3"]


# plant: figures._clause_opening counting AFTER_AMOUNT from the segment's start again (start = 0)
def test_a_further_clause_after_the_rate_and_compared_year_of_dollars_of_the_us():
    text = ("Взаимный товарооборот Кыргызстана и Туркменистана по итогам 2025 года составил 212,4 млн долларов США, "
            "увеличившись на 14,9 процента по сравнению с 2024 годом, а в январе–мае 2026 года превысил 96 млн "
            "долларов США.")
    assert proposed.trade_values(text, DAY) == {(KG_TM, "2025", "turnover", 212.4),
                                                (KG_TM, "2026-5M", "turnover", 96.0)}
    other = ("Товарооборот между Казахстаном и Узбекистаном в 2025 году достиг 4,1 млрд долларов США, сократившись на "
             "3,6 процента по сравнению с прошлым годом, а за январь–март 2026 года составил 1,02 млрд долларов США.")
    assert proposed.trade_values(other, DAY) == {(KZ_UZ, "2025", "turnover", 4100.0),
                                                 (KZ_UZ, "2026-Q1", "turnover", 1020.0)}


# plant: "(?:как\s+)?" dropped from quotes._RU_PARENTHETICAL_SAID
def test_as_said_after_a_connective_opening_the_sentence():
    head = "Президент Туркменистана Сердар Бердымухамедов 11 августа принял министра иностранных дел Венгрии. "
    text = head + ("Вместе с тем, как подчеркнул Президент Сердар Бердымухамедов, нынешний уровень связей позволяет "
                   "«существенно расширить номенклатуру товаров и открыть новые транспортные маршруты».")
    assert proposed.quotes(text, DAY) == [
        ("Serdar Berdimuhamedow", "существенно расширить номенклатуру товаров и открыть новые транспортные маршруты")]
    other = head + ("При этом, как отметил Бердымухамедов, туркменская сторона готова «вывести "
                    "сотрудничество в сфере энергетики на принципиально новый уровень».")
    assert proposed.quotes(other, DAY) == [
        ("Serdar Berdimuhamedow", "вывести сотрудничество в сфере энергетики на принципиально новый уровень")]


# plant: "Avaza" back in places.CITIES["TKM"] and "Аваза": "Avaza" in places.CITY_SPELLINGS
def test_the_resorts_spellings_give_its_one_name():
    text = ("11 августа Президент Туркменистана Сердар Бердымухамедов принял в Национальной туристической зоне "
            "«Аваза» Министра иностранных дел Венгрии Петера Сийярто, прибывшего в нашу страну с рабочим визитом.")
    assert [v[3] for v in proposed.visits(text, DAY)] == ["Awaza"]
    other = ("Kazakh Foreign Minister Murat Nurtleu arrived in Avaza on Tuesday for a working visit to "
             "Turkmenistan.")
    assert [v[3] for v in proposed.visits(other, DAY)] == ["Awaza"]
