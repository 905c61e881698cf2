"""Hundred-and-seventh round, h1 (docs/extraction.md: figures.py, visits.py): a Russian "…, тогда как годом ранее он
равнялся …" opening at a comma past the amount's own rate or the dollars' "США" ("… млн долларов США, увеличившись на
31,4%, тогда как годом ранее …") is the figure of the year before (figures._baseline_period, the clause found by
figures._clause_opening); "стороны скрепили подписями пять соглашений" is a count signed (visits._LOCAL_DOCUMENTS), and
the documents a signing names before ", кроме того," count besides it ("подписали протокол, кроме того, стороны скрепили
подписями пять соглашений": six, visits._ru_named_before_besides_that); a visitor told in full in the nominative, whom
the article named before after a genitive title ("заместителя премьер-министра Азербайджана Самира Велиева"), is read
back from the genitive there (visits._ru_full_name_told_before, through visits._titled_newcomer's as_written); "X
returned last week from Istanbul, where he led … on 12 November" is his trip there on that day
(visits._RETURNED_FROM in visits._VISIT, visits._VISITOR_CUES and visits._days).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 20)

TRADE = ("Торговля Казахстана и Узбекистана\n\n"
         "По данным ведомства, в 2025 году товарооборот между Казахстаном и Узбекистаном составил 4,1 млрд долларов "
         "США, увеличившись на 12,5%, тогда как годом ранее он равнялся 3,64 млрд долларов.")
KAZ_UZB = proposed.pair("Kazakhstan", "Uzbekistan")


# plant: the round-107 `back is None and … _clause_opening(segment)` retry taken out of figures._baseline_period
def test_a_year_earlier_after_the_amount_s_own_rate():
    assert proposed.trade(TRADE, DAY) == [(KAZ_UZB, "2025", "turnover", 4100.0, "exact", "12.5"),
                                          (KAZ_UZB, "2024", "turnover", 3640.0, "exact", "")]
    # the near form: "годом ранее" as the rate's own comparison, the clause after it another amount's, is no figure
    # of the year before
    near = TRADE.replace("увеличившись на 12,5%, тогда как годом ранее он равнялся",
                         "увеличившись на 12,5% по сравнению с годом ранее, а инвестиции достигли")
    assert proposed.trade(near, DAY) == [(KAZ_UZB, "2025", "turnover", 4100.0, "exact", "12.5")]


SIGNED = ("Комиссия Казахстан – Кыргызстан в Бишкеке\n\n"
          "Министр торговли Казахстана Арман Жумабеков 16 июня прибыл в Бишкек с рабочим визитом. "
          "По итогам заседания министры подписали протокол, кроме того, стороны скрепили подписями четыре соглашения "
          "– о транзите, о таможне, о ветеринарии и о туризме.")


# plant: the round-107 `elif … _ru_named_before_besides_that` branch taken out of visits._add_details
def test_a_protocol_signed_besides_a_count_sealed_with_signatures():
    assert proposed.visits(SIGNED, DAY) == [("Arman Zhumabekov", "Kyrgyzstan", "2026-06-16", "Bishkek", "working")]
    assert proposed.documents(SIGNED, DAY) == ["5"]
    # the near form: a protocol only discussed before "кроме того" is none signed: the count alone
    assert proposed.documents(SIGNED.replace("министры подписали протокол", "министры обсудили протокол"), DAY) == ["4"]


# plant: `|скрепил[аио]?\s+подписями` taken out of visits._LOCAL_DOCUMENTS' verbs
def test_agreements_sealed_with_signatures_are_counted():
    assert proposed.documents(SIGNED.replace("министры подписали протокол, кроме того, ", ""), DAY) == ["4"]
    # the near form: agreements the sides only discussed are none signed (the protocol alone)
    assert proposed.documents(SIGNED.replace("скрепили подписями", "обсудили"), DAY) == ["1"]


RECALLED = ("Казахстан и Азербайджан обсудили транзит\n\n"
            "Заседание прошло 12 июня в Баку под председательством Жумабекова и заместителя министра экономики "
            "Азербайджана Тимура Гасанова. Стороны обсудили транзит.\n\n"
            "Напомним, 16 апреля Тимур Гасанов находился с рабочим визитом в Астане, где провел переговоры с "
            "премьер-министром Казахстана Олжасом Бектеновым.")


# plant: `as_written=name != written` made `as_written=False` in visits._ru_full_name_told_before
def test_a_recalled_visitor_first_named_after_a_genitive_title():
    assert proposed.visits(RECALLED, DAY) == [("Timur Gasanov", "Kazakhstan", "2026-04-16", "Astana", "working")]
    # the near form: a woman named in the nominative after a genitive (her press secretary's title "of the deputy
    # minister"), and so in the visit, stays as written
    near = RECALLED.replace("под председательством Жумабекова и заместителя министра экономики Азербайджана "
                            "Тимура Гасанова", ". Выступила пресс-секретарь заместителя министра экономики "
                            "Азербайджана Айнура Гасанова")
    near = near.replace("Тимур Гасанов находился", "Айнура Гасанова находилась")
    assert proposed.visits(near, DAY) == [("Aynura Gasanova", "Kazakhstan", "2026-04-16", "Astana", "working")]


RETURNED = ("Kazakh minister back from Baku\n\n"
            "Kazakhstan's Minister of Trade Arman Shakkaliyev returned last week from Baku, where he led a delegation "
            "to the Caspian–Central Asian Trade Forum on 9 June. Four agreements were signed during the trip.")


# plant: `r"|" + _RETURNED_FROM +` taken out of visits._VISIT (so too, each alone: the `returned(?=…)` cue taken
# out of visits._VISITOR_CUES, and the `not ("returned " …)` test taken out of visits._days)
def test_returned_from_a_place_where_he_led_a_delegation():
    assert proposed.visits(RETURNED, DAY) == [("Arman Shakkaliyev", "Azerbaijan", "2026-06-09", "Baku", "other")]
    assert proposed.documents(RETURNED, DAY) == ["4"]
    # the near forms: a return told with no "where" (its day the trip's last), and a coming home from the place, are
    # no visit read
    assert proposed.visits(RETURNED.replace("returned last week from Baku, where he led a delegation to the "
                                            "Caspian–Central Asian Trade Forum on 9 June",
                                            "returned from Baku on 9 June"), DAY) == []
    assert proposed.visits(RETURNED.replace("returned last week from", "returned to Astana last week from"), DAY) == []
