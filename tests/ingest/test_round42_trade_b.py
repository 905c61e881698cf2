"""Forty-second round, trade B (trade and target misses of visits, analyses and interviews; docs/extraction.md:
figures.py, when.py): the forms behind the dev/714, 716, 724, 727, 729, 730, 732, 733, 735 and 737 misses, told in
short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 4, 8)
AZ_TJ = proposed.pair("Azerbaijan", "Tajikistan")
AZ_TM = proposed.pair("Azerbaijan", "Turkmenistan")
HU_KZ = proposed.pair("Hungary", "Kazakhstan")
HU_UZ = proposed.pair("Hungary", "Uzbekistan")
KG_TR = proposed.pair("Kyrgyzstan", "Türkiye")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
TM_TR = proposed.pair("Turkmenistan", "Türkiye")


def test_exports_of_cloth_or_energy_are_one_goods_trade():
    # plant: "yarn|fabrics?|textiles|garments|clothing|energy" dropped from figures._GOODS_EN (and the "|" before)
    text = ("Trade between Hungary and Uzbekistan reached $500 million in 2025. Uzbek exports of yarn and fabrics to "
            "Hungary were worth around $140 million last year.")
    assert proposed.trade_values(text, DAY) == {(HU_UZ, "2025", "turnover", 500.0)}
    energy = ("Trade between Hungary and Kazakhstan reached $500 million in 2025. Exports of Kazakh energy resources "
              "to Hungary accounted for about $120 million of last year's figure.")
    assert proposed.trade_values(energy, DAY) == {(HU_KZ, "2025", "turnover", 500.0)}
    # the state's own exports to the partner stay a figure
    total = ("Trade between Hungary and Uzbekistan reached $500 million in 2025. Uzbek exports to Hungary were worth "
             "around $140 million last year.")
    assert (HU_UZ, "2025", "export", 140.0) in proposed.trade_values(total, DAY)


def test_russian_trade_in_textiles_and_clothing_is_one_sectors():
    # plant: "текстилем|(?:готовой\s+)?одеждой|" dropped from figures._GOODS_RU_INSTRUMENTAL
    text = ("Товарооборот между Казахстаном и Турцией в 2025 году составил 6,4 млрд долларов. Торговля текстилем и "
            "готовой одеждой в прошлом году составила около 700 млн долларов.")
    assert proposed.trade_values(text, DAY) == {(KZ_TR, "2025", "turnover", 6400.0)}


def test_january_and_february_are_the_two_months_to_date():
    # plant: figures' when._first_two_months returns False
    text = "In January and February of this year trade between Hungary and Kazakhstan came close to $60 million."
    assert proposed.trade_values(text, DAY) == {(HU_KZ, "2026-2M", "turnover", 60.0)}
    # two months that are no span from January are no two-month period
    other = "In January and March of this year trade between Hungary and Kazakhstan came close to $60 million."
    assert (HU_KZ, "2026-2M", "turnover", 60.0) not in proposed.trade_values(other, DAY)


def test_the_figure_for_a_year_with_its_source_after_a_figure_and_its_target():
    # plant: the "(?<=figure )for YYYY, according to …," part dropped from figures._FIGURE_BACK
    text = ("He said trade between Azerbaijan and Turkmenistan had reached $512 million in 2025, and that the two "
            "governments had agreed to bring it to $1 billion by 2028. The figure for 2024, according to the customs "
            "committee, was $432 million.")
    assert proposed.trade_values(text, DAY) == {(AZ_TM, "2025", "turnover", 512.0),
                                                (AZ_TM, "2024", "turnover", 432.0)}
    assert proposed.targets(text, DAY) == [(AZ_TM, 1000.0, "2028")]
    # "the figure for" something else is no trade figure
    other = ("Trade between Hungary and Kazakhstan reached $300 million in 2025. The figure for investment, according "
             "to the bureau, was $250 million.")
    assert proposed.trade_values(other, DAY) == {(HU_KZ, "2025", "turnover", 300.0)}


def test_rate_on_the_amount_recorded_a_year_earlier_is_the_baseline():
    # plant: the "(?:%|percent|per\s+cent)\s+(?:on|over)(?=\s+the\s)" alternative dropped from figures._BASELINE_BEFORE
    text = ("Trade between Hungary and Kazakhstan reached $400 million in 2025, down 3% on the $412 million recorded a "
            "year earlier.")
    assert proposed.trade(text, DAY) == [(HU_KZ, "2025", "turnover", 400.0, "exact", "-3"),
                                         (HU_KZ, "2024", "turnover", 412.0, "exact", "")]
    # "on the year" names no amount: one figure
    year = "Trade between Hungary and Kazakhstan reached $400 million in 2025, up 9% on the year."
    assert proposed.trade_values(year, DAY) == {(HU_KZ, "2025", "turnover", 400.0)}


def test_a_demonyms_shipments_to_a_partner_are_its_exports():
    # plant: _DEMONYM_SALES back to "sales" alone
    text = ("Trade between Kyrgyzstan and Türkiye reached $1.18 billion in 2024. Kyrgyz shipments to Türkiye were "
            "worth roughly $165 million.")
    assert (KG_TR, "2024", "export", 165.0) in proposed.trade_values(text, DAY)
    # one good's shipments are no figure of the pair
    gas = ("Trade between Hungary and Uzbekistan reached $500 million in 2025. Uzbek gas shipments to Hungary came to "
           "about $120 million.")
    assert proposed.trade_values(gas, DAY) == {(HU_UZ, "2025", "turnover", 500.0)}


def test_russian_than_a_year_earlier_when_it_was():
    # plant: the _BASELINE_WHEN_RU alternative dropped from figures._baseline_period
    text = ("В 2025 году товарооборот между Казахстаном и Венгрией составил 300 млн долларов, что на 10% больше, чем "
            "годом ранее, когда он равнялся 272,7 млн долларов.")
    assert proposed.trade(text, DAY) == [(HU_KZ, "2025", "turnover", 300.0, "exact", "10"),
                                         (HU_KZ, "2024", "turnover", 272.7, "exact", "")]
    named = ("В 2025 году товарооборот между Казахстаном и Венгрией составил 300 млн долларов, что на 10% больше, чем "
             "в 2023 году, когда он составлял около 250 млн долларов.")
    assert (HU_KZ, "2023", "turnover", 250.0) in proposed.trade_values(named, DAY)


def test_russian_could_reach_with_a_year_between_is_no_target_nor_figure():
    # plant: figures._RU_YEAR_BEFORE_VERB = "" (no year between)
    text = ("Стороны подтвердили намерение довести товарооборот между Туркменистаном и Турцией до 5 млрд долларов. "
            "Министр уверен, что товарооборот может уже в 2026 году выйти на 3 млрд долларов.")
    assert proposed.targets(text, DAY) == [(TM_TR, 5000.0, "")]
    assert proposed.trade(text, DAY) == []


def test_no_state_named_right_after_a_regions_figure():
    # plant: the "k - 1 == not_pair_at" continue dropped from figures.find_figures
    text = ("Trade between the Turkestan region of Kazakhstan and Uzbekistan reached $1.5 billion in 2024. The sides "
            "aim to bring it to $2 billion by 2027.")
    assert proposed.targets(text, DAY) == []
    # the two states named again: their own target
    named = ("Trade between the Turkestan region of Kazakhstan and Uzbekistan reached $1.5 billion in 2024. The "
             "presidents of Kazakhstan and Uzbekistan aim to bring trade to $10 billion by 2030.")
    assert proposed.targets(named, DAY) == [(KZ_UZ, 10000.0, "2030")]


def test_the_figure_in_that_period_last_year():
    # plant: the "(?:dövrdə|dönemde)" alternative dropped from figures._FIGURE_BACK
    text = ("Bu ilin yanvar-avqust aylarında Azərbaycan ilə Tacikistan arasında ticarət dövriyyəsi 39,2 milyon dollara "
            "çatıb. Ötən il həmin dövrdə göstərici 30,8 milyon dollar idi.")
    assert proposed.trade_values(text, DAY) == {(AZ_TJ, "2026-8M", "turnover", 39.2),
                                                (AZ_TJ, "2025-8M", "turnover", 30.8)}
    turkish = ("Bu yılın ocak-haziran döneminde Türkiye ile Kazakistan arasındaki ticaret hacmi 3,1 milyar dolara "
               "ulaştı. Geçen yıl aynı dönemde rakam 2,8 milyar dolardı.")
    assert (KZ_TR, "2025-H1", "turnover", 2800.0) in proposed.trade_values(turkish, DAY)


def test_last_year_in_that_period_is_the_period_a_year_before():
    # plant: "dövrdə", "dönemde" dropped from when._YEAR_BEFORE_WORDS
    text = ("Bu ilin yanvar-avqust aylarında Azərbaycan ilə Tacikistan arasında ticarət dövriyyəsi 39,2 milyon dollara "
            "çatıb. Ötən il həmin dövrdə göstərici 30,8 milyon dollar idi.")
    assert (AZ_TJ, "2025-8M", "turnover", 30.8) in proposed.trade_values(text, DAY)


def test_an_amount_sizing_a_goal_a_word_later_is_no_trade_figure():
    # plant: figures._size_of_a_goal returns False
    text = ("Türkiye ile Kazakistan arasındaki ticaret hacmi 2025'te 4,2 milyar dolar oldu. Astana, petrol dışı "
            "ticarette de 2 milyar dolarlık ayrı bir hedef konuşuyor.")
    assert proposed.trade_values(text, DAY) == {(KZ_TR, "2025", "turnover", 4200.0)}
    # the goal noun right after the amount is still a target
    target = ("Türkiye ile Kazakistan arasındaki ticaret hacmi 2025'te 4,2 milyar dolar oldu; 10 milyar dolarlık "
              "hedef ise uzak.")
    assert proposed.targets(target, DAY) == [(KZ_TR, 10000.0, "")]
