"""Thirty-first round, trade figures (docs/extraction.md: figures.py): the forms behind the dev trade misses, told in
short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 12)

_pair = proposed.pair


def _values(text, day=DAY):
    return proposed.trade_values(text, day)


_RELEASE_AZ = ("Türkiyə Statistika İnstitutu 2026-cı ilin yanvar-sentyabr aylarına dair xarici ticarət göstəricilərini "
               "açıqlayıb. Hesabat dövründə Türkiyədən Qırğızıstana 900 milyon dollarlıq məhsul ixrac olunub. ")


def test_the_same_period_after_a_growth_line_and_a_look_back_is_the_reports():
    # plant: the round-31 `carried = (k, carried[1])` dropped from the growth-next branch of figures.find_figures
    text = (_RELEASE_AZ + "Bu, ötən ilin eyni dövrü ilə müqayisədə 5,2 faiz çoxdur. 2025-ci ilin yanvar-sentyabr "
            "aylarında Türkiyənin Qırğızıstana ixracı 855 milyon dollar təşkil etmişdi. Eyni dövrdə Türkiyənin "
            "Qırğızıstandan idxalı isə 120 milyon dollar olub.")
    values = _values(text)
    assert (_pair("Türkiye", "Kyrgyzstan"), "2026-9M", "import", 120.0) in values
    assert (_pair("Türkiye", "Kyrgyzstan"), "2025-9M", "export", 855.0) in values
    assert (_pair("Türkiye", "Kyrgyzstan"), "2025-9M", "import", 120.0) not in values


def test_an_export_to_one_state_in_another_states_release_is_that_states():
    # plant: `and not _report_of_another_home(doc, s, found, home)` dropped from the language-home branch
    text = _RELEASE_AZ.replace("Qırğızıstana", "Azərbaycana") + "Qazaxıstana ixrac isə 2 milyard dollar olub."
    assert (_pair("Türkiye", "Kazakhstan"), "2026-9M", "export", 2000.0) in _values(text)
    # after a turnover of the outlet's own state the export is still that state's (the language's home)
    text = ("Dövlət Gömrük Komitəsinin məlumatına görə, yanvar-sentyabr aylarında Azərbaycanla Türkiyə arasında ticarət "
            "dövriyyəsi 5 milyard dollar olub. Qazaxıstana ixrac isə 300 milyon dollar olub.")
    assert (_pair("Azerbaijan", "Kazakhstan"), "2026-9M", "export", 300.0) in _values(text)


def test_a_ranked_partner_the_goods_were_sent_to_from_the_home():
    # plant: the round-31 `named - {home}` of figures._ranked_home made `named`
    text = (_RELEASE_AZ + "Türkiyənin ən böyük ixrac bazarı yenə də Qırğızıstan olaraq qalır. Siyahıda ikinci yerdə "
            "Özbəkistan gəlir: Türkiyədən bu ölkəyə 700 milyon dollardan çox məhsul göndərilib.")
    assert (_pair("Türkiye", "Uzbekistan"), "2026-9M", "export", 700.0) in _values(text)
    # a project the home runs in the partner is no trade
    text = (_RELEASE_AZ + "Siyahıda ikinci yerdə Özbəkistan gəlir: Türkiyə bu ölkədə 700 milyon dollarlıq layihə həyata "
            "keçirir.")
    assert not any(v[0] == _pair("Türkiye", "Uzbekistan") for v in _values(text))


def test_an_amount_when_it_stood_after_compared_to_a_year():
    # plant: the round-31 `compared\s+(?:with|to)` alternative dropped from figures._BASELINE_WHEN
    text = ("Trade between Kyrgyzstan and Azerbaijan amounted to some 41 million dollars last year, a rise of 12 percent "
            "compared to 2024, when it stood at 36.5 million dollars.")
    assert (_pair("Kyrgyzstan", "Azerbaijan"), "2024", "turnover", 36.5) in _values(text)
    # an amount of another thing after "when" is no figure of 2024
    text = ("Trade between Kyrgyzstan and Azerbaijan amounted to some 41 million dollars last year, a rise of 12 percent "
            "compared to 2024, when a new airline route was opened.")
    assert {v[3] for v in _values(text)} == {41.0}


def test_a_further_clause_after_the_amounts_period_and_rate():
    # plant: figures.AFTER_AMOUNT set back to 40
    text = ("Turnover between Türkiye and Turkmenistan reached $1.74 billion in the first ten months of 2026, up 4.1% "
            "year on year, while for the whole of 2025 it stood at about $2.2 billion.")
    values = _values(text)
    assert (_pair("Türkiye", "Turkmenistan"), "2025", "turnover", 2200.0) in values
    assert (_pair("Türkiye", "Turkmenistan"), "2026-10M", "turnover", 1740.0) in values


def test_the_n_month_figure_is_the_reports_months():
    # plant: the round-31 "the N-month figure" alternative dropped from when._COUNT_ALONE
    text = ("Turnover between Türkiye and Turkmenistan reached $1.74 billion in the first ten months of 2026, up 4.1% "
            "year on year, while for the whole of 2025 it stood at about $2.2 billion. Turkmen exports to Türkiye "
            "accounted for over $900 million of the ten-month figure.")
    values = _values(text)
    assert (_pair("Türkiye", "Turkmenistan"), "2026-10M", "export", 900.0) in values
    assert not any(v[1] == "2025" and v[2] == "export" for v in values)


def test_an_amount_worth_of_goods_told_with_several_words_is_one_goods():
    # plant: the round-31 "worth of" alternative dropped from figures._GOOD_AFTER
    text = ("Trade between Kazakhstan and Azerbaijan reached $480 million in January–June 2026. Kazakhstan exported "
            "about $75 million worth of rolled and coated steel to Azerbaijan over the same period.")
    assert 75.0 not in {v[3] for v in _values(text)}
    # goods in general are the pair's export
    text = ("Trade between Kazakhstan and Azerbaijan reached $480 million in January–June 2026. Kazakhstan exported "
            "about $275 million worth of goods to Azerbaijan over the same period.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2026-H1", "export", 275.0) in _values(text)


def test_an_estimate_in_the_future_tense_is_no_figure():
    # plant: `if _estimated_future(sentence, s.check, amount): continue` dropped from figures.find_figures
    lead = ("По данным статкомитета, в январе–сентябре 2026 года товарооборот Узбекистана и Кыргызстана составил 1,5 "
            "млрд долларов. ")
    text = lead + "По оценке экспертов, при нынешних темпах товарооборот по итогам года превысит 2 миллиарда долларов."
    assert {v[3] for v in _values(text)} == {1500.0}
    # the English form is kept out by an older rule too ("will exceed" read as intent; found by re-planting after
    # the merge): it guards the whole, the Russian sentence guards this plant
    text = ("Trade between Uzbekistan and Kyrgyzstan reached $1.5 billion in January–September 2026. At the current "
            "pace, trade will exceed $2 billion this year, the economist estimated.")
    assert {v[3] for v in _values(text)} == {1500.0}
    # the past tense is a result
    text = lead + "По итогам 2025 года товарооборот превысил 2 миллиарда долларов."
    assert (_pair("Uzbekistan", "Kyrgyzstan"), "2025", "turnover", 2000.0) in _values(text)


def test_a_states_shipments_to_another_are_its_exports():
    # plant: the round-31 "shipments(?=\s+to\b)" alternative dropped from figures._TRADE
    text = ("Trade between Uzbekistan and Turkmenistan reached $1.1 billion in 2025. Uzbekistan is the bigger exporter: "
            "its shipments to Turkmenistan came to about $720 million.")
    assert (_pair("Uzbekistan", "Turkmenistan"), "2025", "export", 720.0) in _values(text)
    # one good's shipments are no trade of the two
    text = ("Trade between Uzbekistan and Turkmenistan reached $1.1 billion in 2025. Uzbekistan's cotton shipments to "
            "Turkmenistan came to about $72 million.")
    assert 72.0 not in {v[3] for v in _values(text)}


def test_this_figure_the_year_before_in_turkish_and_azerbaijani():
    # plant: the round-31 "bu rakam … bir önceki yıl" alternative dropped from when._SAME_PERIOD_YEAR_BEFORE
    text = ("Bakan, Türkiye ile Özbekistan arasındaki ticaret hacminin 2025 yılında 3,6 milyar dolara ulaştığını, bu "
            "rakamın bir önceki yıl 3,1 milyar dolar olduğunu söyledi.")
    assert (_pair("Türkiye", "Uzbekistan"), "2024", "turnover", 3100.0) in _values(text)
    text = ("Nazir bildirib ki, 2025-ci ildə Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 640 milyon dollar olub, "
            "bu rəqəm bir il əvvəl 510 milyon dollar idi.")
    assert (_pair("Azerbaijan", "Kazakhstan"), "2024", "turnover", 510.0) in _values(text)


def test_the_exchange_as_the_subject_of_an_amount_is_the_trade():
    # plant: the round-31 "(?<=\bthe )exchange" alternative dropped from figures._TRADE
    text = ("Trade between Uzbekistan and Turkmenistan in January–June 2026 amounted to about $610 million. In the whole "
            "of 2025 the exchange had reached $1.18 billion.")
    assert (_pair("Uzbekistan", "Turkmenistan"), "2025", "turnover", 1180.0) in _values(text)
    # an exchange of something else is no trade
    text = ("Trade between Uzbekistan and Turkmenistan in January–June 2026 amounted to about $610 million. In 2025 the "
            "exchange of students between the two countries reached 1,200 people, worth $3 million in grants.")
    assert 3.0 not in {v[3] for v in _values(text)}
