"""Sixteenth round, second pass, trade figures and targets (docs/extraction.md: money.py, figures.py): forms found by
invented probes in the styles of agencies, business papers and statistics releases in English, Russian, Azerbaijani
and Turkish. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 18)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def test_thousands_in_russian_azerbaijani_and_turkish():
    # plants: `тыс|тысяч\w*|min|bin` dropped from money._UNIT; the "millions and thousands" pattern dropped
    text = "Товарооборот между Кыргызстаном и Азербайджаном в 2024 году составил 8 563,4 тыс. долларов США."
    assert _trade(text) == [(_pair("Kyrgyzstan", "Azerbaijan"), "2024", "turnover", 8.563, "exact", "")]
    text = "2024-cü ildə Azərbaycan ilə Tacikistan arasında ticarət dövriyyəsi 912,5 min dollar təşkil edib."
    assert _trade(text) == [(_pair("Azerbaijan", "Tajikistan"), "2024", "turnover", 0.912, "exact", "")]
    text = "KKTC'nin Türkiye'ye ihracatı 2024 yılında 95 milyon 300 bin dolar olarak gerçekleşti."
    assert _trade(text) == [(_pair("Northern Cyprus", "Türkiye"), "2024", "export", 95.3, "exact", "")]


def test_a_range_of_amounts_is_no_figure():
    # plant: the `_in_a_range` filter dropped from money.amounts_in ("$1.1" alone was a figure of $0.0 million)
    assert _trade("Trade between Turkey and Turkmenistan is estimated at $1.1–1.2 billion in 2024.") == []
    assert _trade("Товарооборот Туркменистана и Турции в 2024 году оценивается в 1,5–1,7 млрд долларов.") == []
    # a dash after a period or before a rate is no range
    text = "Trade between Turkey and Turkmenistan in January–September 2025 – $1.5 billion – 20% more than a year ago."
    assert _trade(text) == [(_pair("Türkiye", "Turkmenistan"), "2025-9M", "turnover", 1500.0, "exact", "20")]


def test_a_share_is_no_growth():
    # plants: `of|` dropped from money._SHARE_AFTER; `'?[ıiuü]\b` dropped from it
    text = "Türkiye accounted for 13% of Azerbaijan's foreign trade in 2024, or $7.4 billion."
    assert _trade(text) == [(_pair("Azerbaijan", "Türkiye"), "2024", "turnover", 7400.0, "exact", "")]
    text = "Türkiye, 2024'te yüzde 13'ü ile Azerbaycan'ın dış ticaretinde ikinci sırada: ticaret hacmi 7,4 milyar dolar."
    assert [r[5] for r in _trade(text)] == [""]
    # a rise after the share is still the figure's growth
    text = "Türkiye's share was 13% in 2024, when its trade with Azerbaijan grew 6% to $7.4 billion."
    assert [r[5] for r in _trade(text)] == ["6"]


def test_non_oil_trade_in_russian_azerbaijani_and_turkish():
    # plant: `|\bqeyri-neft\w*` dropped from figures._NON_OIL
    for text in ("Azərbaycanın Türkiyəyə qeyri-neft ixracı 2024-cü ildə 512 milyon dollar təşkil edib.",
                 "Ненефтяной экспорт Азербайджана в Турцию в 2024 году составил 512 млн долларов.",
                 "Azerbaycan'ın Türkiye'ye petrol dışı ihracatı 2024'te 512 milyon dolar oldu."):
        assert [(r["flow"], r["scope"]) for r in proposed.records("trade", text, DAY)] == [("export", "non-oil")]
    text = "Azərbaycanın Türkiyəyə ixracı 2024-cü ildə 512 milyon dollar təşkil edib."
    assert [r["scope"] for r in proposed.records("trade", text, DAY)] == ["all goods"]
