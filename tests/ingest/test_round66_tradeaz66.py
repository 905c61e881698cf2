"""Sixty-sixth round, tradeaz66 (docs/extraction.md: figures.py, __init__.py): the form behind the dev/1077 misses, told
in short invented articles. A headline names the one state that "stands out" in trade with a group ("Türk dövlətləri
ilə ticarətdə Özbəkistan … önə çıxıb", Turkish "… ticarette Özbekistan … öne çıktı"): that state is a partner, as a
direction of trade is, not the reporter of a release; the reporting state is the one the lead's dateline names, and each
sentence's one state (or flows "Azərbaycandan Qazaxıstana ixrac …, Qazaxıstandan idxal isə …", a target "between the
sides") is paired with it, not with the headline's partner (English "Kazakhstan stands out in …'s trade with …" too).
A state whose own trade with the group the headline tells stays the home. Each test was seen failing once on a planted
bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 22)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
AZ_UZ = proposed.pair("Azerbaijan", "Uzbekistan")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
UZ_KZ = proposed.pair("Uzbekistan", "Kazakhstan")

STANDS_OUT_AZ = ("Türk dövlətləri ilə ticarətdə Özbəkistan 2 dəfə artımla fərqlənib\n\n"
                 "Bakı, 21 oktyabr. Nazirlər Kabinetinin iclasında ilin doqquz ayının yekunları müzakirə olunub.\n\n"
                 "Yanvar-sentyabr aylarında Azərbaycandan Qazaxıstana ixrac 55,2 milyon dollar, Qazaxıstandan idxal "
                 "isə 140,8 milyon dollar olub. Özbəkistanla ticarət dövriyyəsi isə 2 dəfə artaraq 95,5 milyon dollara "
                 "çatıb. Tərəflər arasında ticarət dövriyyəsini 2030-cu ilədək 500 milyon dollara çatdırmaq hədəfi "
                 "qoyulub.")

STANDS_OUT_TR = ("Türk devletleriyle ticarette Özbekistan yüzde 50 artışla öne çıktı\n\n"
                 "Ankara, 3 Kasım. Ticaret Bakanlığı ocak-eylül dönemine ait dış ticaret verilerini açıkladı.\n\n"
                 "Ocak-eylül döneminde Türkiye'den Kazakistan'a ihracat 1,2 milyar dolar, Kazakistan'dan ithalat ise "
                 "900 milyon dolar oldu. Özbekistan ile ticaret hacmi yüzde 50 artarak 1,8 milyar dolara ulaştı. İki "
                 "ülke arasında ticaret hacminin 2030 yılına kadar 5 milyar dolara çıkarılması hedefleniyor.")


# plant: _home_after_headline_partner's branch dropped from __init__._release_or_first_two (so too, each apart:
# _stands_out_partner dropped from figures.headline_direction; dropped from figures._lead_home)
def test_a_headline_partner_that_stands_out_leaves_the_dateline_state_the_reporter():
    assert proposed.trade_values(STANDS_OUT_AZ, DAY) == {(AZ_KZ, "2026-9M", "export", 55.2),
                                                         (AZ_KZ, "2026-9M", "import", 140.8),
                                                         (AZ_UZ, "2026-9M", "turnover", 95.5)}
    assert proposed.targets(STANDS_OUT_AZ, DAY) == [(AZ_UZ, 500.0, "2030")]
    assert proposed.trade_values(STANDS_OUT_TR, DAY) == {(TR_KZ, "2026-9M", "export", 1200.0),
                                                         (TR_KZ, "2026-9M", "import", 900.0),
                                                         (TR_UZ, "2026-9M", "turnover", 1800.0)}
    assert proposed.targets(STANDS_OUT_TR, DAY) == [(TR_UZ, 5000.0, "2030")]
    english = ("Kazakhstan stands out in Azerbaijan's trade with Turkic states\n\n"
               "BAKU, Oct 21. Azerbaijan's trade with OTS member states grew in January-September.\n\n"
               "Trade with Kazakhstan reached $310 million in January-September, and trade with Uzbekistan $95 "
               "million.")
    assert proposed.trade_values(english, DAY) == {(AZ_KZ, "2026-9M", "turnover", 310.0),
                                                   (AZ_UZ, "2026-9M", "turnover", 95.0)}


# plant: figures._stands_out_partner returning True (any state of a headline a partner)
def test_a_headline_state_trading_with_the_group_stays_the_home():
    text = ("Kazakhstan's trade with Turkic states up 30%\n\n"
            "BAKU, Oct 21. Kazakhstan's trade with OTS member states grew by 30% in January-September, the agency "
            "said.\n\n"
            "Trade with Uzbekistan reached $3.1 billion in January-September.")
    assert proposed.trade_values(text, DAY) == {(UZ_KZ, "2026-9M", "turnover", 3100.0)}
    other = ("Trade of Kyrgyzstan with the Turkic world rose 12 percent\n\n"
             "ANKARA, Oct 21. Kyrgyzstan's foreign trade with OTS member states rose in January-September, the "
             "national statistics committee said.\n\n"
             "Trade with Türkiye came to $612 million in January-September.")
    assert proposed.trade_values(other, DAY) == {(proposed.pair("Kyrgyzstan", "Türkiye"), "2026-9M", "turnover",
                                                  612.0)}
