"""Ninety-ninth round, q3 (docs/extraction.md: figures.py, money.py, quotes.py, visits.py): a past verb of amounting
that is no cue of its own, right before "to", tells a result in the main clause too ("There is room to expand: trade
between … came to $3.2 billion in the first quarter" is no target of "expand … to": figures._WHICH_AMOUNTED_TO, read by
figures._is_target). A credit of any kind after an amount is lent, no trade ("The $40 million export credit framework
the bank signed …": figures._LENT_AFTER). Russian "меньше" before an amount is "under" as "менее" is
(money.QUALIFIERS), "не меньше" at least (money._DENIED), and a further clause "…, тогда как в 2019 году был меньше
300 млн." is that year's figure of the same trade (figures._CLAUSE_VERB's "был" and "меньше"). "X put trade at … and
admitted it was “…”" is X's partial quote (quotes._AND_SAID_MORE). A description put before "she" ("An engineer by
training, she …") tells more of the one spoken of, no unnamed person (quotes._DESCRIBES_THE_PRONOUN in
quotes._indefinite_subject). An envoy's full rank, "Чрезвычайный и Полномочный Посол …", after a gerund's clause, opens
the subject of a partial quote (quotes._RU_ENVOY_RANK in quotes._RU_TITLED_SUBJECT and quotes._RU_GERUND_OPENING). A
dayless arrival with the visitor after its verb ("… из Астаны прилетел вице-министр … X Y."), then "В Баку он прибыл
накануне, в четверг, …", is his visit to the place the second sentence names (visits._RU_ARRIVED_WORDS,
visits._RU_PRONOUN_ARRIVED's `place`, the hosts of visits._ru_guest_dated_by_pronoun), on the weekday set off by commas
on both sides (visits._date_in_apposition); a signing told to come by the infinitive put first, "Подписать соглашение …
стороны рассчитывают в ноябре", or by "рассчитывают подписать", is none of the visit's (visits._RU_SIGNING_TO_COME).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_EN = date(2026, 6, 10)
ROOM = ("Kazakh premier in Ankara for talks\n\n"
        "Kazakh Prime Minister Olzhas Bektenov held talks in Ankara on Tuesday. There is room to expand: trade between "
        "Kazakhstan and Türkiye came to $3.2 billion in the first quarter of this year, customs data show.\n\n")
KAZ_TUR = proposed.pair("Kazakhstan", "Türkiye")


# plant: the main clause's "\b(?:amounted|came)" alternative of _WHICH_AMOUNTED_TO made to match nothing ("(?!)")
def test_came_to_after_a_cue_is_a_result_no_target():
    assert proposed.targets(ROOM, DAY_EN) == []
    assert proposed.trade_values(ROOM, DAY_EN) == {(KAZ_TUR, "2026-Q1", "turnover", 3200.0)}
    # the near form: the cue's own "to" after a verb of intent is still a target
    assert proposed.targets(ROOM.replace("came to", "should grow to"), DAY_EN) == [(KAZ_TUR, 3200.0, "")]


CREDIT = ("Hungarian Eximbank opens a line for Kazakh buyers\n\n"
          "Trade between Hungary and Kazakhstan reached $210 million last year. The $40 million export credit "
          "framework the bank signed with Kazakhstan's finance ministry on Monday follows the one it signed last "
          "year.\n\n")
HUN_KAZ = proposed.pair("Hungary", "Kazakhstan")


# plant: _LENT_AFTER's "credits?" back to round 19's "credit\s+lines?"
def test_an_export_credit_is_no_export():
    assert proposed.trade_values(CREDIT, DAY_EN) == {(HUN_KAZ, "2025", "turnover", 210.0)}
    # the near form: the same amount told as exports is an export figure
    exports = CREDIT.replace("The $40 million export credit framework the bank signed",
                             "Hungary's exports to Kazakhstan were $40 million, and the framework the bank signed")
    assert (HUN_KAZ, "2025", "export", 40.0) in proposed.trade_values(exports, DAY_EN)


DAY_RU = date(2026, 9, 12)
LESS = ("Торговля Казахстана и Азербайджана растёт\n\n"
        "Товарооборот между Казахстаном и Азербайджаном по итогам 2025 года превысил 600 млн долларов, тогда как в "
        "2019 году был меньше 300 млн.\n\n")
KAZ_AZE = proposed.pair("Kazakhstan", "Azerbaijan")


# plant: "был[аио]?" taken out of _CLAUSE_VERB; and, seen failing too, its "меньше", and ("меньше", "under") taken out
# of money.QUALIFIERS
def test_a_further_clause_was_less_than_in_its_year():
    assert (KAZ_AZE, "2019", "turnover", 300.0, "under", "") in proposed.trade(LESS, DAY_RU)
    # the near form: "не меньше" tells no bound from above
    assert all(figure[4] != "under" for figure in proposed.trade(LESS.replace("был меньше", "был не меньше"), DAY_RU))


AT_LEAST = ("Торговля Казахстана и Азербайджана растёт\n\n"
            "В 2025 году товарооборот между Казахстаном и Азербайджаном составил не меньше 600 млн долларов.\n\n")


# plant: _DENIED's "мен(?:ее|ьше)" back to "менее"
def test_no_less_than_is_at_least():
    assert proposed.trade(AT_LEAST, DAY_RU) == [(KAZ_AZE, "2025", "turnover", 600.0, "at least", "")]
    # the near form: "меньше" alone is a bound from above
    assert proposed.trade(AT_LEAST.replace("не меньше", "меньше"), DAY_RU)[0][4] == "under"


DAY_Q = date(2026, 10, 7)
ADMITTED = ("Who travels with the minister\n\n"
            "At a briefing in Baku in March, Mikayil Jabbarov put Azerbaijani-Kazakh trade at $520 million for 2025 "
            "and admitted it was \"a number that still trails our friendship\".\n\n")


# plant: "admitted|conceded|acknowledged" taken out of _AND_SAID_MORE
def test_and_admitted_it_was_after_a_first_verb():
    assert proposed.quotes(ADMITTED, DAY_Q) == [("Mikayil Jabbarov", "a number that still trails our friendship")]
    # the near form: a verb of no saying after "and" gives the words to no one
    assert proposed.quotes(ADMITTED.replace("admitted", "showed"), DAY_Q) == []


PROFILE = ("Who travels with the president\n\n"
           "Professor Dilnoza Karimova, Rector of the Tashkent Institute of Irrigation\n\n"
           "Karimova signed the universities' memorandum on Tuesday. Some 90 Kazakh students already study in "
           "Tashkent. An engineer by training, she first came to Kazakhstan in 2015 for a survey of the Aral basin. "
           "\"Water knows no borders, and neither should our engineers,\" she said.\n\n")
WATER = "Water knows no borders, and neither should our engineers"


# plant: the _DESCRIBES_THE_PRONOUN branch taken out of _indefinite_subject
def test_a_description_before_she_is_no_new_person():
    assert proposed.quotes(PROFILE, DAY_Q) == [("Dilnoza Karimova", WATER)]
    # the near form: an unnamed engineer as the subject is whom "she" means, no one named
    other = PROFILE.replace("An engineer by training, she first came", "An engineer of the basin authority first came")
    assert proposed.quotes(other, DAY_Q) == []


ENVOY = ("В Баку отметили День Конституции Казахстана\n\n"
         "Открывая приём, Чрезвычайный и Полномочный Посол Казахстана в Азербайджане Ерлан Сатпаев напомнил, что "
         "за тридцать лет две страны прошли путь «от первых договоров до союзнических отношений».\n\n")
PATH = "от первых договоров до союзнических отношений"


# plant: _RU_ENVOY_RANK made to match nothing ("(?!)") in _RU_TITLED_SUBJECT; and, seen failing too, in
# _RU_GERUND_OPENING's lookahead
def test_an_envoy_s_full_rank_after_a_gerund_s_clause_opens_the_subject():
    assert proposed.quotes(ENVOY, DAY_RU) == [("Yerlan Satpayev", PATH)]
    # the near form: the words in the reported clause named as another's are not the envoy's
    named = ENVOY.replace("две страны прошли путь", "министр Алибек Нуртаев назвал этот путь")
    assert proposed.quotes(named, DAY_RU) == []


ARRIVAL = ("В Баку открылась выставка казахстанских товаров\n\n"
           "В пятницу в Баку открылась выставка казахстанских товаров. Специально на открытие из Астаны прилетел "
           "вице-министр торговли и интеграции Казахстана Арман Жумабаев. В Баку он прибыл накануне, в четверг, и в "
           "тот же день провёл переговоры в Министерстве экономики Азербайджана.\n\n")
ZHUMABAYEV = [("Arman Zhumabayev", "Azerbaijan", "2026-09-10", "Baku", "other")]


# plant: _RU_ARRIVED_WORDS back to ("визит",); and, seen failing too, the hosts of the pronoun's sentence taken out of
# _ru_guest_dated_by_pronoun, and `arrived["place"]` taken out of find_visits' gate
def test_a_dayless_arrival_then_he_arrived_there_on_a_day():
    assert proposed.visits(ARRIVAL, DAY_RU) == ZHUMABAYEV
    # the near form: arriving in his own state's capital is no visit
    assert proposed.visits(ARRIVAL.replace("В Баку он прибыл", "В Астану он прибыл"), DAY_RU) == []


# plant: _date_in_apposition's weekday closed by a comma taken out (its calendar date alone)
def test_the_eve_then_a_weekday_set_off_by_commas_is_that_weekday():
    assert proposed.visits(ARRIVAL, DAY_RU)[0][2] == "2026-09-10"
    # the near form: a weekday starting a clause of its own leaves "накануне" the day before the report
    clause = ARRIVAL.replace("в четверг, и в тот же день провёл", "в четверг провёл")
    assert proposed.visits(clause, DAY_RU)[0][2] == "2026-09-11"


# plant: the "^подписать …" alternative of _RU_SIGNING_TO_COME made to match nothing ("(?!)"); and, seen failing too
# (the second form), "рассчитыва\w*" taken out of the verbs before "подпис"
def test_a_signing_counted_on_for_later_is_none_of_the_visit_s():
    later = ARRIVAL + "Подписать соглашение о торговом доме стороны рассчитывают в ноябре.\n\n"
    assert proposed.documents(later, DAY_RU) == ["0"]
    counted_on = ARRIVAL + "Стороны рассчитывают подписать соглашение о торговом доме в ноябре.\n\n"
    assert proposed.documents(counted_on, DAY_RU) == ["0"]
    # the near form: the infinitive put first of a signing done ("смогли", managed to) is a signing, no count told
    done = ARRIVAL + "Подписать соглашение о торговом доме стороны смогли уже в четверг.\n\n"
    assert proposed.documents(done, DAY_RU) == [""]
