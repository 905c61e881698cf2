"""Seventy-eighth round, ru78 (docs/extraction.md: name_forms.py, quotes.py, figures.py): the forms behind the dev/1219
and dev/1227 misses (a Russian report of a minister's talks in Ankara, a Tajik-Uzbek prime ministers' meeting), told in
short invented sentences. A Tajik surname in -зода, which Russian never declines, after a title in the genitive ("По
словам министра … Таджикистана X Yзода"), and a given name its -зода surname is built on, kept as written ("Шавки
Шавкизода", no "Шавка"); "По его словам, «…»" opening a paragraph after one that names its one person by a surname
alone inside a sentence, the article having named him in full before (quotes._ru_one_surname_alone); one good's figure
told as "рост поставок <good>: взаимная торговля составила …" (the genitive plural "поставок") or "торговля ею" (in it,
the good named before), and as "только <good> в X поставлено на …" (figures._ru_only_good_delivered). Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 23)
WORDS = "даст стране электроэнергию на многие годы вперед"


def _according_to(name: str) -> str:
    return (f"Душанбе, 22 октября. По словам министра энергетики Таджикистана {name}, новая станция «{WORDS}».")


# plant: name_forms._each_word without its _RU_UNDECLINED_SURNAME check
def test_a_tajik_surname_in_zoda_is_never_declined():
    assert proposed.quotes(_according_to("Рустама Давлатзода"), DAY) == [("Rustam Davlatzoda", WORDS)]
    # the given name before it is still read back from the genitive
    assert proposed.quotes(_according_to("Малики Давлатзода"), DAY) == [("Malika Davlatzoda", WORDS)]


# plant: name_forms._each_word without its own_given check (the given name read back as any other)
def test_a_given_name_its_zoda_surname_is_built_on_keeps_its_form():
    assert proposed.quotes(_according_to("Шавки Шавкизода"), DAY) == [("Shavki Shavkizoda", WORDS)]
    # a genitive that is not the surname's stem is read back: "Бахрома Бахромзода" is Bakhrom
    assert proposed.quotes(_according_to("Бахрома Бахромзода"), DAY) == [("Bakhrom Bakhromzoda", WORDS)]


HIS = "Кыргызстан для Узбекистана — это надежный сосед и важный партнер в аграрном секторе"
LEAD = "Министр сельского хозяйства Узбекистана Азиз Каримов прибыл в Бишкек с рабочим визитом.\n\n"


# plant: the _ru_one_surname_alone call dropped from quotes._ru_pronoun_antecedent
def test_his_words_after_a_paragraph_naming_him_by_his_surname_alone():
    middle = ("Стороны обсудили поставки удобрений. Урожай в этом году хороший, и на новые сорта хлопка Каримов "
              "возлагает большие надежды.\n\n")
    text = LEAD + middle + f"По его словам, «{HIS}»."
    assert proposed.quotes(text, DAY) == [("Aziz Karimov", HIS)]
    said = LEAD + middle + f"«{HIS}», — сказал он."
    assert proposed.quotes(said, DAY) == [("Aziz Karimov", HIS)]
    # a second surname, of someone not named before, or his surname in the instrumental (an object): whose words is
    # unclear
    two = LEAD + middle.replace("Каримов возлагает", "Каримов и Асанов возлагают") + f"По его словам, «{HIS}»."
    assert proposed.quotes(two, DAY) == []
    oblique = LEAD + middle.replace("и на новые сорта хлопка Каримов возлагает большие надежды",
                                    "и переговоры с Каримовым прошли успешно") + f"По его словам, «{HIS}»."
    assert proposed.quotes(oblique, DAY) == []


TJK_UZB = proposed.pair("Tajikistan", "Uzbekistan")
TOTAL = ("Товарооборот Таджикистана и Узбекистана за девять месяцев 2026 года составил 745,8 млн долларов. ")
KEPT = {(TJK_UZB, "2026-9M", "turnover", 745.8)}


# plant: figures._SECTOR_FLOW's flow nouns without "поставок"
def test_a_good_s_deliveries_in_the_genitive_plural():
    text = TOTAL + "Отдельно стороны отметили рост поставок фруктов: взаимная торговля составила 118 млн долларов."
    assert proposed.trade_values(text, DAY) == KEPT
    # deliveries of no good named: the trade after the colon is the pair's
    plain = TOTAL + "Отдельно стороны отметили рост поставок: взаимная торговля составила 118 млн долларов."
    assert proposed.trade_values(plain, DAY) == KEPT | {(TJK_UZB, "2026-9M", "turnover", 118.0)}


# plant: figures._SECTOR_FLOW without its "торговл… ею|ими" branch
def test_trade_in_it_is_the_good_s():
    text = TOTAL + ("Стороны отметили растущий спрос на узбекскую пряжу. Взаимная торговля ею составила "
                    "118 млн долларов.")
    assert proposed.trade_values(text, DAY) == KEPT
    plural = TOTAL + "Стороны отметили спрос на фрукты и овощи. Торговля ими составила 118 млн долларов."
    assert proposed.trade_values(plural, DAY) == KEPT
    # trade with no pronoun after it is the pair's
    plain = TOTAL + "Стороны отметили растущий спрос на узбекскую пряжу. Взаимная торговля составила 118 млн долларов."
    assert proposed.trade_values(plain, DAY) == KEPT | {(TJK_UZB, "2026-9M", "turnover", 118.0)}


KAZ_UZB = proposed.pair("Kazakhstan", "Uzbekistan")
FIGURES = ("Товарооборот Узбекистана и Казахстана в январе–сентябре 2026 года составил 812,3 млн долларов. Экспорт "
           "узбекских товаров в Казахстан за девять месяцев составил 61,8 млн долларов.\n\n")
BOTH = {(KAZ_UZB, "2026-9M", "turnover", 812.3), (KAZ_UZB, "2026-9M", "export", 61.8)}


# plant: the _ru_only_good_delivered call dropped from figures._good_opens_flow
def test_only_a_good_delivered_is_that_good_s():
    text = FIGURES + ("Главные статьи экспорта — шерсть и сухофрукты: только сухофруктов в Казахстан поставлено на "
                      "24,6 млн долларов.")
    assert proposed.trade_values(text, DAY) == BOTH
    alone = FIGURES + ("Основу узбекского экспорта составляют шерсть и сухофрукты; лишь шерсти экспортировано в "
                       "Казахстан на 24,6 млн долларов.")
    assert proposed.trade_values(alone, DAY) == BOTH
    # goods as a whole, or "only" before a time, tell no good's part
    goods = FIGURES + ("Главные статьи экспорта — шерсть и сухофрукты: только узбекских товаров в Казахстан поставлено "
                       "на 24,6 млн долларов.")
    assert proposed.trade_values(goods, DAY) == BOTH | {(KAZ_UZB, "2026-9M", "export", 24.6)}
    month = FIGURES + ("Главные статьи экспорта — шерсть и сухофрукты: только в сентябре в Казахстан поставлено "
                       "товаров на 24,6 млн долларов.")
    assert proposed.trade_values(month, DAY) == BOTH | {(KAZ_UZB, "2026-09", "export", 24.6)}
