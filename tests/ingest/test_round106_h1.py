"""Hundred-and-sixth round, h1 (docs/extraction.md: quotes.py, figures.py): a Russian quote in one pair of marks broken
by its attribution with a gerund's clause after the speaker, «…, — заявил X, открывая заседание. — …», is two quotes of
X (quotes._ru_interrupted, the clause cut by quotes._ru_dash_tail as a dash line's); "Хоким Бухарской области X
отметил, что …: «…»", a region head's title, his region and his surname alone after the text named him in full, is his
(quotes._RU_TITLED_SUBJECT, read by quotes._ru_titled_subject in quotes._subject_colon). A Russian target noun in the
instrumental before a future or present copula, "Промежуточным ориентиром станет отметка в 7 млрд долларов к 2027
году", with "по словам X" as an aside after it, is a target (figures._TARGET_NOUN_LOCAL in figures._is_target); a
target sentence two after a target, a remark on it between naming no other state, is that pair's (figures.find_figures'
figures._target_after_remark branch, now after a target as after a trade figure); and a target opening a new
paragraph after a region's figure closed the one before, naming the trade afresh, is the two states'
(figures.find_figures' branch of a region's figure before, figures._paragraph_since).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)

FORUM = ("Казахстан и Турция обсудили инвестиции в Анкаре\n\n"
         "АНКАРА. В Анкаре прошёл казахстанско-турецкий бизнес-форум. Казахстанскую делегацию возглавил министр "
         "торговли Серик Жумангарин, турецкую — министр торговли Турции Омер Болат.\n\n")
RIBBON = ("«Мы открываем в Анкаре торговый дом казахстанских производителей, — сказал Жумангарин, перерезая "
          "ленточку. — Уже в этом году здесь будут представлены сорок компаний».\n\n")
HOUSE = "Мы открываем в Анкаре торговый дом казахстанских производителей"
FORTY = "Уже в этом году здесь будут представлены сорок компаний"


# plant: the gerund cut taken out of _ru_interrupted (spk = m["spk"] only)
def test_interrupted_quote_with_a_gerund_clause_after_the_speaker():
    assert proposed.quotes(FORUM + RIBBON, DAY) == [("Serik Zhumangarin", HOUSE), ("Serik Zhumangarin", FORTY)]
    # the near form: an apposition after the comma, no gerund, is the speaker's own phrase and stays read
    assert proposed.quotes(FORUM + RIBBON.replace("Жумангарин, перерезая ленточку",
                                                  "глава делегации, министр торговли Турции Омер Болат"), DAY) == [
        ("Omer Bolat", HOUSE), ("Omer Bolat", FORTY)]


BORDER = ("Узбекистан и Таджикистан открыли новый пункт пропуска\n\n"
          "Вице-премьер Узбекистана Жамшид Ходжаев посетил Худжанд. В делегацию вошли руководители таможенного "
          "комитета, а также хоким Самаркандской области Эркин Турсунов.\n\n")
HOKIM = ("Хоким Самаркандской области Турсунов сказал, что новый пункт пропуска нужен прежде всего жителям "
         "приграничных районов: «Теперь дорога до рынка займёт у наших дехкан не день, а час».\n\n")
ROAD = ("Erkin Tursunov", "Теперь дорога до рынка займёт у наших дехкан не день, а час")


# plant: the region-and-surname alternative of _RU_TITLED_SUBJECT made to match nothing ((?!) before it)
def test_region_head_by_title_region_and_surname_before_a_colon():
    assert proposed.quotes(BORDER + HOKIM, DAY) == [ROAD]
    # the near form: a clause naming another whose words he passes on is no plain object, the words not his
    passed_on = HOKIM.replace("сказал, что", "передал слова Жамшида Ходжаева о том, что")
    assert ROAD not in proposed.quotes(BORDER + passed_on, DAY)


TRADE = ("Казахстан и Турция обсудили инвестиции в Анкаре\n\n"
         "По итогам 2025 года товарооборот между Казахстаном и Турцией составил 4,2 млрд долларов. ")
STAGE = "Промежуточным ориентиром станет отметка в 7 млрд долларов к 2027 году.\n\n"
STAGE_TARGET = (proposed.pair("Kazakhstan", "Türkiye"), 7000.0, "2027")


# plant: the copula slot of _TARGET_NOUN_LOCAL made to match nothing ("(?!)" at its start)
def test_interim_milestone_told_with_a_copula():
    assert proposed.targets(TRADE + STAGE, DAY) == [STAGE_TARGET]
    # the near form: a result told with the same copula is no goal
    assert proposed.targets(TRADE + STAGE.replace("ориентиром", "итогом"), DAY) == []


ASIDE = "Промежуточным ориентиром, по словам министра, станут 7 млрд долларов к 2027 году.\n\n"


# plant: "по словам" taken out of _TARGET_NOUN_LOCAL's aside
def test_interim_milestone_with_whose_words_between():
    assert proposed.targets(TRADE + ASIDE, DAY) == [STAGE_TARGET]
    # the near form: another aside there is not read past
    assert proposed.targets(TRADE + ASIDE.replace("по словам министра", "несмотря на кризис"), DAY) == []


GOAL = ("Казахстан и Турция обсудили инвестиции в Анкаре\n\n"
        "«Президенты поставили задачу довести товарооборот до 10 млрд долларов. Это непростая задача, но мы её "
        "решим», — сказал министр. Промежуточным ориентиром станет отметка в 7 млрд долларов к 2027 году.\n\n")
GOAL_TARGET = (proposed.pair("Kazakhstan", "Türkiye"), 10000.0, "")


# plant: the find_figures branch put back to a trade figure only (found[-1].kind == "trade")
def test_stage_of_a_goal_after_a_remark_on_it():
    assert proposed.targets(GOAL, DAY) == [GOAL_TARGET, STAGE_TARGET]
    # the near form: a remark naming another state between leaves the stage unread
    assert proposed.targets(GOAL.replace("Это непростая задача, но мы её решим", "С Китаем мы торгуем больше"),
                            DAY) == [GOAL_TARGET]


BRIDGE = ("Узбекистан и Таджикистан договорились о новом мосте\n\n"
          "По итогам 2025 года товарооборот Узбекистана и Таджикистана составил 620 млн долларов. "
          "Товарооборот Сурхандарьинской области с Хатлонской областью превысил 90 млн долларов.\n\n")
SIDES = "Стороны подтвердили цель довести товарооборот до 2 млрд долларов к 2030 году.\n\n"


# plant: the _paragraph_since condition made False in find_figures' region branch
def test_target_in_a_new_paragraph_after_a_regions_figure():
    assert proposed.targets(BRIDGE + SIDES, DAY) == [(proposed.pair("Uzbekistan", "Tajikistan"), 2000.0, "2030")]
    # the near forms: in the region's paragraph, or taking its figure up as "его", it is the region's goal
    assert proposed.targets(BRIDGE.replace(".\n\n", ". ") + SIDES, DAY) == []
    assert proposed.targets(BRIDGE + SIDES.replace("товарооборот до 2 млрд", "его до 200 млн"), DAY) == []
