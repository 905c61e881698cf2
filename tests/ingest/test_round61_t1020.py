"""Sixty-first round, t1020 (trade; docs/extraction.md: when.py, figures.py): the form behind the dev/1020 miss, told
in short invented sentences: the level "this figure" is compared with, of "the same period" of a year named by its
number with the genitive on the number (Turkish "2025'in aynı döneminde kaydedilen …", "2024'ün aynı dönemindeki …"),
read as that trade's figure of the report's months in that year; and the Azerbaijani counterpart whose rate is an
"artım"/"azalma" after "… həcmlə müqayisədə". Each test was seen failing once on a planted bug (then reverted); the
plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 14)
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
TR_KG = proposed.pair("Türkiye", "Kyrgyzstan")
TR_TM = proposed.pair("Türkiye", "Turkmenistan")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")


def test_the_level_of_the_same_period_of_a_numbered_year_in_the_genitive():
    # plant: the "['’]n?[iuü]n" genitive alternative dropped from when._SAME_PERIOD_OF_YEAR
    text = ("Ocak-haziran döneminde Türkiye ile Kazakistan arasındaki ticaret hacmi 2 milyar 370 milyon dolar oldu. "
            "Bu rakam, 2025'in aynı döneminde kaydedilen 2 milyar 110 milyon dolarlık hacme kıyasla yüzde 12,3'lük "
            "bir artışa karşılık geliyor.")
    assert proposed.trade(text, DAY) == [(TR_KZ, "2026-H1", "turnover", 2370.0, "exact", "12.3"),
                                         (TR_KZ, "2025-H1", "turnover", 2110.0, "exact", "")]
    # a flow's level "dönemindeki", a year whose genitive is "'ün"
    flow = ("2025 yılının ocak-ağustos döneminde Türkiye'nin Kırgızistan'a ihracatı 820 milyon dolar oldu. Bu rakam, "
            "2024'ün aynı dönemindeki 760 milyon dolarlık seviyeye kıyasla yüzde 7,9'luk bir artışı gösteriyor.")
    assert proposed.trade(flow, DAY) == [(TR_KG, "2025-8M", "export", 820.0, "exact", "7.9"),
                                         (TR_KG, "2024-8M", "export", 760.0, "exact", "")]
    # a sentence of its own opening with it, and a year "'nın" after an apostrophe of its own
    plain = ("Ocak-mart döneminde Türkiye ile Türkmenistan arasındaki ticaret hacmi 520 milyon dolar oldu. "
             "2026’nın aynı döneminde ise ticaret hacmi 480 milyon dolardı.")
    assert proposed.trade(plain, date(2027, 4, 20)) == [(TR_TM, "2027-Q1", "turnover", 520.0, "exact", ""),
                                                        (TR_TM, "2026-Q1", "turnover", 480.0, "exact", "")]
    # the year's own span in the genitive stays that span ("2025'in ilk yarısında"), not the report's months
    half = ("Ocak-eylül döneminde Türkiye ile Kazakistan arasındaki ticaret hacmi 3 milyar 184 milyon dolar oldu. "
            "2025'in ilk yarısında hacim 1 milyar 900 milyon dolardı.")
    assert (TR_KZ, "2025-H1", "turnover", 1900.0, "exact", "") in proposed.trade(half, DAY)
    # the same period as a growth's baseline gives no figure of its own
    growth = ("Ocak-eylül döneminde Türkiye ile Kazakistan arasındaki ticaret hacmi 2025'in aynı dönemine göre yüzde "
              "12,6 artarak 3 milyar 184 milyon dolar oldu.")
    assert proposed.trade(growth, DAY) == [(TR_KZ, "2026-9M", "turnover", 3184.0, "exact", "12.6")]


def test_an_azerbaijani_rate_of_increase_or_fall_after_the_level_compared_with():
    # plant: "artım"/"azalma" dropped from figures._RATE_COMPARED (and its words)
    text = ("Yanvar-sentyabr aylarında Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 412 milyon dollar olub. "
            "Bu rəqəm 2025-ci ilin eyni dövründəki 350 milyon dollarlıq həcmlə müqayisədə 17,7 faiz artım deməkdir.")
    assert proposed.trade(text, DAY) == [(AZ_KZ, "2026-9M", "turnover", 412.0, "exact", "17.7"),
                                         (AZ_KZ, "2025-9M", "turnover", 350.0, "exact", "")]
    fall = ("Yanvar-iyun aylarında Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 214 milyon dollar olub. Bu, "
            "2025-ci ilin eyni dövründəki 240 milyon dollarlıq həcmlə müqayisədə 10,8 faiz azalma deməkdir.")
    assert proposed.trade(fall, DAY) == [(AZ_KZ, "2026-H1", "turnover", 214.0, "exact", "-10.8"),
                                         (AZ_KZ, "2025-H1", "turnover", 240.0, "exact", "")]
    # the level's ablative with "çoxdur" is read as before
    more = text.replace("həcmlə müqayisədə 17,7 faiz artım deməkdir", "səviyyədən 17,7 faiz çoxdur")
    assert proposed.trade(more, DAY) == [(AZ_KZ, "2026-9M", "turnover", 412.0, "exact", "17.7"),
                                         (AZ_KZ, "2025-9M", "turnover", 350.0, "exact", "")]
