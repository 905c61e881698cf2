"""Forty-fourth round, trade-az (Azerbaijani statistics and customs releases; docs/extraction.md: money.py, places.py,
figures.py, when.py, document.py): the forms behind the dev/760, 766 and 772 misses (and 755's "our trade" in an
interview), told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from dashboard.ingest import figures, money, when
from dashboard.ingest.document import Document
from tests.ingest import proposed

DAY = date(2026, 11, 20)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
AZ_KG = proposed.pair("Azerbaijan", "Kyrgyzstan")
AZ_TR = proposed.pair("Azerbaijan", "Türkiye")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
AZ_HU = proposed.pair("Azerbaijan", "Hungary")
AZ_CY = proposed.pair("Azerbaijan", "Northern Cyprus")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")


def test_billions_millions_and_thousands_are_one_amount():
    # plant: the thousands group dropped from money's "Azerbaijani compound" pattern (its old form)
    assert [a.usd_m for a in money.amounts_in("2 milyard 15 milyon 300 min ABŞ dolları")] == [2015.3]
    assert [a.usd_m for a in money.amounts_in("4 milyar 100 milyon 250 bin dolar")] == [4100.25]
    text = ("2025-ci ildə Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 1 milyard 5 milyon 20 min dollar "
            "təşkil edib.")
    assert proposed.trade_values(text, DAY) == {(AZ_KZ, "2025", "turnover", 1005.02)}
    # two parts stay as they were read
    assert [a.usd_m for a in money.amounts_in("5 milyard 57 milyon dollar")] == [5057.0]
    assert [a.usd_m for a in money.amounts_in("95 milyon 300 bin dolar")] == [95.3]


def test_kyrgyz_republic_by_its_adjective_names_kyrgyzstan():
    # plant: the _LOCAL_REPUBLICS loop dropped from places._index
    text = "2025-ci ildə Azərbaycanla Qırğız Respublikası arasında ticarət dövriyyəsi 48 milyon 120 min dollar olub."
    assert proposed.trade_values(text, DAY) == {(AZ_KG, "2025", "turnover", 48.12)}
    export = "2025-ci ildə Azərbaycanın Qırğız Respublikasına ixracı 30 milyon dollar olub."
    assert proposed.trade_values(export, DAY) == {(AZ_KG, "2025", "export", 30.0)}


def test_a_states_full_name_before_ile_is_no_unknown_partner():
    # plant: figures._state_by_republic returning False
    text = "2025-ci ildə Şimali Kipr Türk Respublikası ilə ticarət dövriyyəsi 11,4 milyon dollar təşkil edib."
    assert proposed.trade_values(text, DAY) == {(AZ_CY, "2025", "turnover", 11.4)}
    # a republic of no state of the ties is still another partner's figure
    other = "2025-ci ildə Çexiya Respublikası ilə ticarət dövriyyəsi 90 milyon dollar olub."
    assert proposed.trade_values(other, DAY) == set()


def test_a_lead_naming_a_partner_with_whom_gives_no_home():
    # plant: the _after_with guard dropped from figures._lead_home
    lead = ("Yanvar-iyun aylarında türk dövlətləri ilə xarici ticarət: Qazaxıstanla dövriyyə 20 faiz artıb\n\n"
            "Yanvar-iyun aylarında Azərbaycanın xarici ticarət dövriyyəsi 24 milyard dollar olub.")
    assert figures.release_home(Document(lead)) == "AZE"
    text = ("Yanvar-iyun aylarında türk dövlətləri ilə xarici ticarət: Qazaxıstanla dövriyyə 20 faiz artıb\n\n"
            "Yanvar-iyun aylarında Azərbaycanın xarici ticarət dövriyyəsi 24 milyard dollar olub. Qazaxıstanla ticarət "
            "dövriyyəsi 300 milyon dollar olub. Türkiyə ilə ticarət dövriyyəsi 3 milyard 100 milyon dollar olub.")
    assert proposed.trade_values(text, DAY) == {(AZ_KZ, "2026-H1", "turnover", 300.0),
                                                (AZ_TR, "2026-H1", "turnover", 3100.0)}
    # a lead telling one state's own trade with the group makes it the home
    owner = ("Yanvar-iyun aylarında Qazaxıstanın türk dövlətləri ilə xarici ticarəti artıb\n\n"
             "Türkiyə ilə ticarət dövriyyəsi 1 milyard 100 milyon dollar olub. Özbəkistanla dövriyyə 2 milyard dollar "
             "təşkil edib.")
    assert figures.release_home(Document(owner)) == "KAZ"
    assert proposed.trade_values(owner, DAY) == {(TR_KZ, "2026-H1", "turnover", 1100.0),
                                                 (proposed.pair("Kazakhstan", "Uzbekistan"), "2026-H1", "turnover",
                                                  2000.0)}


def test_a_part_of_the_turnover_is_the_flow_making_it_up():
    # plant: figures._part_of_turnover_flow returning None
    base = "2025-ci ildə Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 500 milyon dollar olub. "
    exported = base + "Dövriyyənin 320 milyon dollarını Azərbaycandan Qazaxıstana ixrac edilən məhsullar təşkil edib."
    assert proposed.trade_values(exported, DAY) == {(AZ_KZ, "2025", "turnover", 500.0),
                                                    (AZ_KZ, "2025", "export", 320.0)}
    imported = base + "Ticarət dövriyyəsinin 180 milyon dollarını idxal təşkil edib."
    assert (AZ_KZ, "2025", "import", 180.0) in proposed.trade_values(imported, DAY)
    # a share in percent is no figure
    share = base + "Dövriyyənin 60 faizi Azərbaycanın ixracıdır."
    assert proposed.trade_values(share, DAY) == {(AZ_KZ, "2025", "turnover", 500.0)}


def test_foreign_trade_with_a_partner_named_before_is_no_total():
    # plant: figures._partner_right_before returning False
    text = ("2025-ci ildə Azərbaycanla Türkiyə arasında ticarət dövriyyəsi 7 milyard dollar olub. 2025-ci ildə "
            "Özbəkistanla xarici ticarət dövriyyəsi 12 faiz artaraq 260 milyon dollar, Qazaxıstanla isə 500 milyon "
            "dollar təşkil edib.")
    assert proposed.trade_values(text, DAY) == {(AZ_TR, "2025", "turnover", 7000.0),
                                                (AZ_UZ, "2025", "turnover", 260.0),
                                                (AZ_KZ, "2025", "turnover", 500.0)}
    alone = "2025-ci ildə Macarıstanla xarici ticarət dövriyyəsi 200 milyon dollar olub."
    assert proposed.trade_values(alone, DAY) == {(AZ_HU, "2025", "turnover", 200.0)}
    # a state's own foreign trade stays its total
    total = ("2025-ci ildə Azərbaycanın xarici ticarət dövriyyəsi 48 milyard dollar, Qazaxıstanla ticarət isə 500 "
             "milyon dollar olub.")
    assert proposed.trade_values(total, DAY) == {(AZ_KZ, "2025", "turnover", 500.0)}


def test_a_period_a_growth_is_relative_to_is_no_figures_period():
    # plant: the "nisbətən" alternative dropped from when._COMPARED_WITH
    text = ("2026-cı ilin yanvar-avqust aylarında Azərbaycanın xarici ticarəti artıb. Hesabat dövründə Azərbaycandan "
            "Qazaxıstana 90 milyon dollarlıq məhsul ixrac olunub ki, bu da 2025-ci ilin yanvar-avqust aylarına "
            "nisbətən 8 faiz artım deməkdir.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2026-8M", "export", 90.0, "exact", "8")]
    # a period told as the figure's own stays
    own = "2025-ci ilin yanvar-may aylarında Qazaxıstana ixrac 12 milyon dollar olub."
    assert when.period_in(own, DAY)[0] == "2025-5M"


def test_the_year_inside_a_compared_period_is_no_period_either():
    # plant: when.period_in dropping only the candidates that end right before "ilə müqayisədə" (the old filter)
    assert when.period_in("Bu, 2025-ci ilin yanvar-may ayları ilə müqayisədə 12,4 faiz çoxdur.", DAY) is None
    assert when.period_in("Bu, 2025-ci ilin yanvar-may aylarına nisbətən 12,4 faiz çoxdur.", DAY) is None


def test_a_flow_word_opening_with_a_capital_dotted_i_names_trade():
    # plant: document.Document.holding searching str.lower() of the article ("İ" an i and a combining dot)
    assert Document("Bu gün. İdxal artıb.").holding(("idxal",)) == [False, True]
    text = ("2025-ci ildə Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 500 milyon dollar olub. Qazaxıstandan "
            "isə 176 milyon dollarlıq məhsul idxal edilib. İdxalın həcmi bir il əvvəlki göstəricini 20,5 faiz "
            "üstələyib.")
    assert (AZ_KZ, "2025", "import", 176.0, "exact", "20.5") in proposed.trade(text, DAY)
    turkish = ("2025 yılında Türkiye ile Kazakistan arasındaki ticaret hacmi 5 milyar dolar oldu. İhracat 3 milyar "
               "dolar olarak gerçekleşti.")
    assert (TR_KZ, "2025", "export", 3000.0) in proposed.trade_values(turkish, DAY)


def test_our_trade_in_an_interview_is_the_articles_pairs():
    # plant: figures._LANGUAGE_SHARED_WITH made empty
    text = ("KKTC'nin Bakü Temsilcisi Ayla Demirkan, Azerbaycan ile ilişkileri değerlendirdi.\n\nGazete: Rakamlar "
            "nasıl?\n\nDemirkan: 2025 yılında Azerbaycan ile ticaret hacmimiz 21,5 milyon dolar oldu.")
    assert proposed.trade_values(text, DAY) == {(AZ_CY, "2025", "turnover", 21.5)}
    # the language's own state when the article's other state writes another language
    turkish = ("Ticaret Bakanı Ahmet Korkmaz, Özbekistan'ı ziyaret etti.\n\nKorkmaz: 2025 yılında Özbekistan ile "
               "ticaret hacmimiz 3 milyar dolar oldu.")
    assert proposed.trade_values(turkish, DAY) == {(TR_UZ, "2025", "turnover", 3000.0)}
