"""Fiftieth round, trade gaps (docs/extraction.md: figures.py): forms the first wave's probes found misread, told in
short invented sentences — a later paragraph under a state's subheading naming another partner by a description, a
state in the case that makes it the flow's partner (Azerbaijani dative with no apostrophe, Turkish ablative before an
import), a bare place owning the exporters, a goal noun ("Amacımız", "Məqsədimiz") with the verbal noun of reaching or
a level ("seviyesine") before the verb of bringing as a target, and a bare year as the subject of an answer's opening
sentence giving the next figure its period; and two older dev misses: a foreign ministry telling who spoke is no total
word (dev/867) and a state's "satışları" after another's dative are its exports, the state an export is sent from in
the ablative its exporter (dev/863). dev/885 (the first paragraph under the heading, "с северным соседом", is the
heading's state) and dev/840 ("Meeting exporters in February") stay as they were. Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


def _flows(text: str) -> list[tuple]:
    return [(r["reporter_country"], r["partner_country"], r["flow"], float(r["value_usd_million"]))
            for r in proposed.records("trade", text, DAY)]


def test_a_later_paragraph_naming_a_neighbour_is_not_the_headings_partner():
    # plant: the _described_under_heading check dropped from figures.find_figures
    text = ("Azerbaijan's foreign trade in January–September 2026 reached $40 billion, with Italy and China the "
            "largest partners.\n\nKazakhstan\n\nTurnover reached $3.1 billion, up 10%.\n\nTrade with the Caspian "
            "neighbour reached $1.2 billion.\n")
    assert proposed.trade_values(text, DAY) == {(AZ_KZ, "2026-9M", "turnover", 3100.0)}
    ru = ("Внешнеторговый оборот Азербайджана за январь–сентябрь 2026 года составил 40 млрд долларов.\n\nТурция\n\n"
          "Товарооборот составил 5 млрд долларов.\n\nТоварооборот с северным соседом составил 1,2 млрд долларов.\n")
    assert (AZ_TR, "2026-9M", "turnover", 1200.0) not in proposed.trade_values(ru, DAY)
    # a later paragraph with no description stays the heading's partner's
    plain = text.replace("Trade with the Caspian neighbour reached", "Imports amounted to")
    assert (AZ_KZ, "2026-9M", "import", 1200.0) in proposed.trade_values(plain, DAY)


def test_the_first_paragraph_under_the_heading_may_name_its_state_by_a_description():
    # plant: _described_under_heading not asking whether the line before the paragraph is the heading
    text = ("Внешнеторговый оборот Узбекистана за январь–сентябрь 2026 года составил 50 млрд долларов.\n\nКазахстан\n\n"
            "Товарооборот с северным соседом составил 2,5 млрд долларов.\n")
    assert proposed.trade_values(text, DAY) == {(proposed.pair("Uzbekistan", "Kazakhstan"), "2026-9M", "turnover",
                                                 2500.0)}


def test_a_state_in_the_partners_case_before_the_flow_is_its_partner():
    # plant: figures._pair_by_case returning None
    assert _flows("Macarıstana Azərbaycanın ixracı 2025-ci ildə 12 milyon dollar olub.") == [
        ("Azerbaijan", "Hungary", "export", 12.0)]
    assert _flows("Qazaxıstan və Azərbaycan arasında ticarət dövriyyəsi 2025-ci ildə 600 milyon dollar olub. "
                  "Qazaxıstana ixrac 150 milyon dollar olub.")[1] == ("Azerbaijan", "Kazakhstan", "export", 150.0)
    assert _flows("Macaristan ile Türkiye arasındaki ticaret hacmi 2025 yılında 4 milyar dolar oldu. Macaristan'dan "
                  "ithalat 1,5 milyar dolar oldu.")[1] == ("Türkiye", "Hungary", "import", 1500.0)
    assert _flows("Kazakistan'dan yapılan ithalat 2025 yılında Türkiye için 2 milyar dolar oldu.") == [
        ("Türkiye", "Kazakhstan", "import", 2000.0)]
    # the state the flow comes from in the ablative stays the exporter; a bare name is no dative
    assert _flows("2025-ci ildə Azərbaycandan Qazaxıstana ixrac 150 milyon dollar olub.") == [
        ("Azerbaijan", "Kazakhstan", "export", 150.0)]
    assert _flows("Türkiyə və Azərbaycan arasında ticarət dövriyyəsi 2025-ci ildə 7 milyard dollar olub. Türkiyə "
                  "ixracı 4 milyard dollar olub.")[1] == ("Türkiye", "Azerbaijan", "export", 4000.0)


def test_a_bare_place_owning_the_exporters_gives_no_pair_figure():
    # plant: the bare "X exporters" alternative dropped from figures._PLACE_EXPORTERS
    text = ("Trade between Türkiye and Uzbekistan reached $3.4 billion in 2025. Mersin exporters sold goods worth $90 "
            "million to Uzbekistan in 2025.")
    assert proposed.trade_values(text, DAY) == {(TR_UZ, "2025", "turnover", 3400.0)}
    # a state's exporters stay the pair's
    state = text.replace("Mersin exporters", "Turkish exporters")
    assert (TR_UZ, "2025", "export", 90.0) in proposed.trade_values(state, DAY)


def test_a_goal_noun_then_reaching_in_the_dative_is_a_target():
    # plant: the _goal_then_reaching call dropped from figures._is_target_after
    lead = "Türkiye ile Kazakistan arasındaki ticaret hacmi 2025 yılında 6 milyar dolar oldu. "
    tr_kz = proposed.pair("Türkiye", "Kazakhstan")
    text = lead + "Amacımız, ticaret hacminin 10 milyar dolara ulaşması."
    assert proposed.targets(text, DAY) == [(tr_kz, 10000.0, "")]
    assert proposed.trade_values(text, DAY) == {(tr_kz, "2025", "turnover", 6000.0)}
    az = ("Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 2025-ci ildə 600 milyon dollar olub. Məqsədimiz ticarət "
          "dövriyyəsinin 1 milyard dollara çatmasıdır.")
    assert proposed.targets(az, DAY) == [(AZ_KZ, 1000.0, "")]
    # the verbal noun with no goal noun is a result
    result = ("Türkiye ile Kazakistan arasındaki ticaret hacminin 2025 yılında 10 milyar dolara ulaşması memnuniyet "
              "verici.")
    assert proposed.targets(result, DAY) == []


def test_a_level_before_the_verb_of_bringing_is_a_target():
    # plant: the "seviyesine" alternative dropped from figures._TARGET_AFTER
    lead = "Türkiye ile Kazakistan arasındaki ticaret hacmi 2025 yılında 6 milyar dolar oldu. "
    tr_kz = proposed.pair("Türkiye", "Kazakhstan")
    text = lead + "Amacımız, karşılıklı ticaret hacmini 10 milyar dolar seviyesine taşımak."
    assert proposed.targets(text, DAY) == [(tr_kz, 10000.0, "")]
    # a level reached is a result
    reached = "Türkiye ile Kazakistan arasındaki ticaret hacmi 2025 yılında 6 milyar dolar seviyesine çıktı."
    assert proposed.targets(reached, DAY) == []


def test_a_bare_year_opening_an_answer_gives_the_next_figure_its_period():
    # plant: the _YEAR_SUBJECT check dropped from figures._period_opening_before
    lead = "Türkiye's ambassador to Uzbekistan spoke to us.\n\n"
    answer = ("Q: How is trade with Uzbekistan developing?\nA: 2025 was a record year for us. Our bilateral trade "
              "reached $3.4 billion, which is 12 percent more than a year before.")
    assert proposed.trade_values(lead + answer, DAY) == {(TR_UZ, "2025", "turnover", 3400.0)}
    tr = ("S: Özbekistan ile ticaret nasıl?\nC: 2025 bizim için rekor bir yıldı. İkili ticaretimiz 3,4 milyar dolara "
          "ulaştı.")
    assert proposed.trade_values(lead + tr, DAY) == {(TR_UZ, "2025", "turnover", 3400.0)}
    # the figure's own period stands; a year to come gives none
    own = answer.replace("$3.4 billion,", "$3.4 billion in January–September 2026,")
    assert proposed.trade_values(lead + own, DAY) == {(TR_UZ, "2026-9M", "turnover", 3400.0)}
    later = answer.replace("2025 was", "2030 will be")
    assert proposed.trade_values(lead + later, DAY) == set()


def test_a_foreign_ministry_telling_who_spoke_is_no_total_word():
    # plant: the (?!еполитич) lookahead dropped from figures._GROUP_OR_TOTAL
    kz_az = proposed.pair("Kazakhstan", "Azerbaijan")
    text = ("Товарооборот между Казахстаном и Азербайджаном в 2025 году составил 600 млн долларов.\n\n— Мы намерены "
            "довести товарооборот до 1 млрд долларов к 2028 году, — сказал глава казахстанского внешнеполитического "
            "ведомства.\n")
    assert proposed.targets(text, DAY) == [(kz_az, 1000.0, "2028")]
    # a state's foreign trade stays its total, no figure of the pair
    total = ("Товарооборот между Казахстаном и Азербайджаном в 2025 году составил 600 млн долларов, а внешнеторговый "
             "оборот Казахстана — 140 млрд долларов.")
    assert proposed.trade_values(total, DAY) == {(kz_az, "2025", "turnover", 600.0)}


def test_a_states_sales_to_another_in_the_dative_are_its_exports():
    # plant: the _SALES_TO_DATIVE alternative dropped from figures._TRADE
    text = ("Türkiye'nin Macaristan'a ihracatı 2025'te 2 milyar dolara ulaştı. Macaristan'ın Türkiye'ye satışları ise "
            "900 milyon dolarda kaldı.")
    assert _flows(text) == [("Türkiye", "Hungary", "export", 2000.0), ("Hungary", "Türkiye", "export", 900.0)]
    # a company's sales to a state are no pair's exports
    firm = ("Türkiye ile Kazakistan arasındaki ticaret hacmi 2025 yılında 6 milyar dolar oldu. Şirketin Türkiye'ye "
            "satışları 40 milyon dolar oldu.")
    assert _flows(firm) == [("Türkiye", "Kazakhstan", "turnover", 6000.0)]


def test_the_state_an_export_is_sent_from_in_the_ablative_is_its_exporter():
    # plant: figures._sender_by_case returning False
    text = ("Kazakistan'ın Türkiye'ye ihracatı 2025 yılında 4 milyar dolar oldu. Aralık ayında Türkiye'den 200 milyon "
            "dolarlık ihracat yapıldı.")
    assert _flows(text) == [("Kazakhstan", "Türkiye", "export", 4000.0), ("Türkiye", "Kazakhstan", "export", 200.0)]
    # the other state's own export goes on as it was
    same = text.replace("Türkiye'den 200", "Kazakistan'dan 200")
    assert _flows(same)[1] == ("Kazakhstan", "Türkiye", "export", 200.0)
