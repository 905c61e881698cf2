"""Fourteenth round, trade figures and targets (docs/extraction.md: figures.py, money.py, when.py).
Each rule was written for a miss of dev/150–161 or a probe of this round and is tested here with other wordings
than the article's.

Each test was seen failing once on a planted bug (then reverted); the plant is named in the test's comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 18)

_pair = proposed.pair


def _trade(text, day=DAY):
    return proposed.trade(text, day)


def test_a_lead_with_a_period_and_no_amount_gives_the_period_after_it():
    # plant: the `elif not targets_only and named == k and (own := …)` branch of find_figures removed
    az = ("İlin yanvar-sentyabr aylarında Azərbaycanın Mərkəzi Asiya ölkələri ilə ticarəti artıb.\n\n"
          "Qazaxıstanla ticarət dövriyyəsi 410 milyon dollar olub.")
    assert _trade(az) == [(_pair("Azerbaijan", "Kazakhstan"), "2025-9M", "turnover", 410.0, "exact", "")]
    en = ("In January-September, Azerbaijan's trade with the Turkic states grew markedly.\n\n"
          "Trade between Azerbaijan and Uzbekistan was $320 million.")
    assert _trade(en) == [(_pair("Azerbaijan", "Uzbekistan"), "2025-9M", "turnover", 320.0, "exact", "")]


def test_a_lead_of_other_states_gives_no_period():
    # plant: `and (lead_states := doc.codes(s)) and _TIES.issuperset(lead_states)` dropped from find_figures
    text = "In 2024, Russia's trade with China grew strongly.\n\nTrade between Azerbaijan and Uzbekistan was $300 million."
    assert _trade(text) == []


def test_the_reporting_period_is_the_period_told_before():
    # plant: the "reporting period" alternatives dropped from when._SAME_PERIOD
    # a year in the sentence (the growth's baseline) or sentences between keep the period before from being carried
    az = ("Yanvar-sentyabr aylarında Azərbaycanın xarici ticarəti artıb.\n\n"
          "Hesabat dövründə Azərbaycanla Türkiyə arasında ticarət dövriyyəsi 5 milyard 10 milyon dollar təşkil edib "
          "ki, bu da 2024-cü ilin eyni dövrü ilə müqayisədə 9 faiz çoxdur.")
    assert _trade(az) == [(_pair("Azerbaijan", "Türkiye"), "2025-9M", "turnover", 5010.0, "exact", "9")]
    ru = ("В январе-сентябре товарооборот Казахстана со странами Центральной Азии заметно вырос. "
          "Об этом сообщает Бюро национальной статистики. Данные опубликованы в понедельник.\n\n"
          "За отчетный период товарооборот Казахстана и Азербайджана составил 410 млн долларов.")
    assert _trade(ru) == [(_pair("Kazakhstan", "Azerbaijan"), "2025-9M", "turnover", 410.0, "exact", "")]
    tr = ("Ocak-eylül döneminde Türkiye'nin dış ticareti arttı. Veriler TÜİK tarafından açıklandı. "
          "Rakamlar pazartesi günü yayımlandı.\n\n"
          "Söz konusu dönemde Türkiye ile Kazakistan arasındaki ticaret hacmi 4,1 milyar dolar oldu.")
    assert _trade(tr) == [(_pair("Türkiye", "Kazakhstan"), "2025-9M", "turnover", 4100.0, "exact", "")]


def test_approached_before_an_amount_is_approaching():
    # plant: ("approached", "approaching") and ("neared", "approaching") dropped from money.QUALIFIERS
    text = "Trade between Kazakhstan and Azerbaijan approached $600 million last year, officials said."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 600.0, "approaching", "")]
    text = "Last year trade between Kazakhstan and Azerbaijan neared $600 million."
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 600.0, "approaching", "")]


def test_a_figure_told_again_takes_the_growth_of_the_later_telling():
    # plant: the `elif seen[key].growth_pct is None` branch of figures._told_again removed
    text = ("Talks in Astana\n\n"
            '"Trade between Azerbaijan and Kazakhstan approached $600 million last year," Tokayev said.\n\n'
            "Customs data show trade turnover between Azerbaijan and Kazakhstan reached almost $600 million in 2024, "
            "up 12 percent from the year before.")
    assert _trade(text, date(2025, 3, 1)) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 600.0,
                                               "approaching", "12")]


def _targets(text, day=DAY):
    return proposed.targets(text, day)


def test_a_goal_with_a_partner_between_the_noun_and_is():
    # plant: the optional "(?:with|for|in) …" part dropped from figures._TARGET_NOUN
    text = ('"Our goal with our Kazakh friends is $2bn of trade by 2030," the Uzbek president said in Tashkent, '
            "where the two leaders signed a deal with Kazakhstan.")
    got = _targets(text)
    assert got == [(_pair("Uzbekistan", "Kazakhstan"), 2000.0, "2030")]
    assert _trade(text) == []
    text = "The target for trade between Uzbekistan and Azerbaijan is $1 billion, officials said."
    assert _targets(text) == [(_pair("Uzbekistan", "Azerbaijan"), 1000.0, "")]


def test_should_climb_to_is_a_target_and_climbed_to_a_result():
    # plant: "climb(?:s|ed)?|rise|rose" dropped from figures._TARGET_CUE
    text = "Tokayev said trade between Kazakhstan and Azerbaijan should climb to $1 billion."
    assert _targets(text) == [(_pair("Kazakhstan", "Azerbaijan"), 1000.0, "")]
    text = "Trade between Kazakhstan and Azerbaijan must rise to $1 billion by 2027, Tokayev said."
    assert _targets(text) == [(_pair("Kazakhstan", "Azerbaijan"), 1000.0, "2027")]
    text = "Trade between Kazakhstan and Azerbaijan climbed 20 percent to $600 million last year."
    assert _targets(text) == []
    assert _trade(text) == [(_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 600.0, "exact", "20")]


def test_trade_owned_by_a_state_the_places_do_not_know_is_left_out():
    # plant: the (?P<owner>…) alternative dropped from figures._WITH_PARTNER
    text = ("Aliyev arrived in Tashkent for talks with Mirziyoyev on Tuesday.\n\n"
            "India's own trade with Uzbekistan was around $760 million in 2023.")
    assert _trade(text) == []
    text = ("Aliyev arrived in Tashkent for talks with Mirziyoyev on Tuesday.\n\n"
            "Pakistan's exports to Uzbekistan reached $300 million last year.")
    assert _trade(text) == []
    # a state of the ties owning the trade still gives its figure
    text = ("Aliyev arrived in Tashkent for talks with Mirziyoyev on Tuesday.\n\n"
            "Azerbaijan's trade with Uzbekistan was around $760 million in 2024.")
    assert _trade(text) == [(_pair("Azerbaijan", "Uzbekistan"), "2024", "turnover", 760.0, "about", "")]


def test_russian_it_of_the_trade_just_told():
    # plant: the Russian "он/она/оно" alternative dropped from figures._FIGURE_BACK
    text = ("В 2024 году товарооборот Казахстана и Азербайджана составил 600 млн долларов. "
            "За январь–март текущего года он достиг 150,2 млн долларов.")
    assert _trade(text, date(2025, 5, 1)) == [
        (_pair("Kazakhstan", "Azerbaijan"), "2024", "turnover", 600.0, "exact", ""),
        (_pair("Kazakhstan", "Azerbaijan"), "2025-Q1", "turnover", 150.2, "exact", "")]
    text = ("Экспорт Казахстана в Азербайджан в 2024 году составил 400 млн долларов. "
            "В первом квартале 2025 года он уже превысил 120 млн долларов.")
    assert (_pair("Kazakhstan", "Azerbaijan"), "2025-Q1", "export", 120.0, "over", "") in _trade(text, date(2025, 5, 1))


def test_by_year_after_a_longer_trade_phrase():
    # plant: the 80-character "by/until" window dropped from figures._target_year
    text = "The two presidents set a target of $5 billion in trade between Turkey and Kazakhstan by 2030."
    assert _targets(text) == [(_pair("Türkiye", "Kazakhstan"), 5000.0, "2030")]
    # a farther "in <year>" may be when the target was set: no year
    text = "They agreed on a target of $5 billion in trade between Turkey and Kazakhstan first set in 2019."
    assert _targets(text) == [(_pair("Türkiye", "Kazakhstan"), 5000.0, "")]
