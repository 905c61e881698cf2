"""Twenty-first round, trade figures and targets (docs/extraction.md: money.py, figures.py, when.py): the forms behind
the twentieth held-out set's trade and target misses (dev/234–245), told in short invented sentences, and forms found
by invented probes in the styles of customs releases, agencies, papers and ministers' speeches in English, Russian,
Azerbaijani and Turkish. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 8, 14)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_fuel_imports_are_one_goods_trade():
    # plant: "akaryakıt|yakıt|yanacaq|fuel|" dropped from figures._SECTOR_FLOW
    text = "KKTC'nin Türkiye'den akaryakıt ithalatı geçen yıl 45 milyon doları aştı."
    assert _trade(text) == []
    text = "Azərbaycanın Özbəkistandan yanacaq idxalı 2025-ci ildə 12 milyon dollar olub."
    assert _trade(text) == []
    text = "Fuel imports from Kazakhstan to Kyrgyzstan reached $95 million in 2025."
    assert _trade(text) == []
    # the flow without the good is the pair's
    text = "KKTC'nin Türkiye'den ithalatı geçen yıl 45 milyon doları aştı."
    assert _trade(text) == [(_pair("Northern Cyprus", "Türkiye"), "2025", "import", 45.0, "over", "")]


def test_farm_goods_trade_is_one_sectors_trade():
    # plant: the farm-goods alternative dropped from figures._SECTOR_FLOW
    text = ("Azərbaycan ilə Qazaxıstan arasında kənd təsərrüfatı məhsullarının qarşılıqlı ticarəti 2025-ci ildə 55 "
            "milyon dolları ötüb.")
    assert _trade(text) == []
    text = "Türkiye ile Kazakistan arasındaki tarım ürünleri ticareti 2025 yılında 310 milyon doları aştı."
    assert _trade(text) == []
    text = "Agricultural trade between Uzbekistan and Kyrgyzstan reached $210 million in 2025."
    assert _trade(text) == []
    # mutual trade with no good is the pair's
    text = "Azərbaycan ilə Qazaxıstan arasında qarşılıqlı ticarət 2025-ci ildə 55 milyon dolları ötüb."
    assert _trade(text) == [(_pair("Azerbaijan", "Kazakhstan"), "2025", "turnover", 55.0, "over", "")]


def test_a_perfect_tense_rise_to_an_amount_is_a_result():
    # plant: "grown" dropped from figures._PAST_CUE
    text = "The minister said Uzbekistan's trade with Türkiye had grown 9 percent in 2025 to $3.4 billion."
    assert _trade(text) == [(_pair("Uzbekistan", "Türkiye"), "2025", "turnover", 3400.0, "exact", "9")]
    assert _targets(text) == []
    # with an intent before it, it stays a target
    text = "The minister said Uzbekistan's trade with Türkiye should be grown to $5 billion by 2030."
    assert _targets(text) == [(_pair("Uzbekistan", "Türkiye"), 5000.0, "2030")]


def test_a_wish_in_reported_speech_to_see_it_reach_an_amount_is_a_target():
    # plant: "wanted" dropped from figures._WANT_TO_SEE
    text = ("The envoy said Kyrgyzstan's trade with Hungary had grown to $120 million in 2025 and that Bishkek wanted "
            "to see it reach $300 million by 2029.")
    assert _targets(text) == [(_pair("Kyrgyzstan", "Hungary"), 300.0, "2029")]
    assert _trade(text) == [(_pair("Kyrgyzstan", "Hungary"), "2025", "turnover", 120.0, "exact", "")]
    # seeing it is no wish
    text = ("The envoy said Kyrgyzstan's trade with Hungary had grown to $120 million in 2025 and that he saw it reach "
            "$300 million.")
    assert _targets(text) == []
