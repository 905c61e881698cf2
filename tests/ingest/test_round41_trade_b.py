"""Forty-first round, trade B (trade figures and targets; docs/extraction.md: figures.py, money.py): the forms behind the
dev/377, 661, 662, 664, 674, 675, 681, 692 and 709 misses and the failures the probes found, told in short invented
sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
AZ_KG = proposed.pair("Azerbaijan", "Kyrgyzstan")
HU_KZ = proposed.pair("Hungary", "Kazakhstan")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
HU_UZ = proposed.pair("Hungary", "Uzbekistan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
TR_UZ = proposed.pair("Türkiye", "Uzbekistan")


def test_first_amount_flow_is_not_read_in_the_next_amounts_clause():
    # plant: figures._next_clause_of_its_own returning len(sentence) always
    text = ("Trade between Hungary and Uzbekistan reached $410 million in 2025. In the first half of 2026 it came to "
            "nearly $240 million, and Hungarian exports to Uzbekistan, mostly medicines, accounted for about $150 "
            "million of that.")
    assert proposed.trade_values(text, DAY) == {(HU_UZ, "2025", "turnover", 410.0),
                                                (HU_UZ, "2026-H1", "turnover", 240.0),
                                                (HU_UZ, "2026-H1", "export", 150.0)}
    # a flow told in the first amount's own clause is still its flow
    own = ("In the first half of 2026 Hungarian exports to Uzbekistan came to $150 million, and imports from "
           "Uzbekistan to $90 million.")
    assert (HU_UZ, "2026-H1", "export", 150.0) in proposed.trade_values(own, DAY)


def test_a_goods_figure_in_a_clause_after_a_colon():
    # plant: figures._after_colon returning 0 always
    text = ("Trade between Azerbaijan and Kazakhstan reached $412 million in January–October 2026. Wheat makes up a "
            "third of Azerbaijani imports from Kazakhstan: grain purchases reached $130 million in the ten months.")
    assert proposed.trade_values(text, DAY) == {(AZ_KZ, "2026-10M", "turnover", 412.0)}
    # near miss: a flow of the two after a colon is their figure
    flow = ("Trade between Azerbaijan and Kazakhstan reached $412 million in January–October 2026. The breakdown is "
            "clear: Azerbaijani imports from Kazakhstan reached $300 million.")
    assert (AZ_KZ, "2026-10M", "import", 300.0) in proposed.trade_values(flow, DAY)


def test_a_trade_word_in_an_aside_on_the_good():
    # plant: figures._in_aside_on_the_good returning False always
    text = ("Trade between Hungary and Uzbekistan rose to $410 million in 2025. Hungarian medicines, which lead "
            "Uzbek imports from Hungary, accounted for about $120 million of that.")
    assert proposed.trade_values(text, DAY) == {(HU_UZ, "2025", "turnover", 410.0)}
    # near miss: an aside on a flow (no good) leaves the flow's figure
    flow = ("Trade between Hungary and Uzbekistan rose to $410 million in 2025. Hungarian exports, which grew by a "
            "third, accounted for about $260 million of that.")
    assert (HU_UZ, "2025", "export", 260.0) in proposed.trade_values(flow, DAY)


def test_fruit_and_vegetable_exports_are_one_goods():
    # plant: the "meyvə(?:-tərəvəz)?|tərəvəz|meyve(?:-sebze)?|sebze" alternative dropped from figures._SECTOR_FLOW
    text = ("2026-cı ilin yanvar-sentyabr aylarında Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 480 milyon "
            "dollar təşkil edib. Həmin dövrdə təkcə meyvə-tərəvəz ixracı 45 milyon dollara çatıb.")
    assert proposed.trade_values(text, DAY) == {(AZ_KZ, "2026-9M", "turnover", 480.0)}
    # near miss: the country's own exports stay a figure
    own = ("2026-cı ilin yanvar-sentyabr aylarında Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 480 milyon "
           "dollar təşkil edib. Azərbaycanın Qazaxıstana ixracı 9 ayda 150 milyon dollara çatıb.")
    assert (AZ_KZ, "2026-9M", "export", 150.0) in proposed.trade_values(own, DAY)


def test_the_same_trade_of_two_other_states_in_a_further_clause():
    # plant: figures._two_others_of_the_same_trade returning None always
    text = ("Trade between Türkiye and Kazakhstan exceeded $7 billion last year, while between Kyrgyzstan and "
            "Azerbaijan it fell short of $100 million.")
    assert proposed.trade(text, DAY) == [(KZ_TR, "2025", "turnover", 7000.0, "over", ""),
                                         (AZ_KG, "2025", "turnover", 100.0, "under", "")]
    ru = ("Товарооборот Турции с Казахстаном в прошлом году превысил $7 млрд, а у Киргизии с Азербайджаном за тот же "
          "год он не дотянул и до $100 млн.")
    assert (AZ_KG, "2025", "turnover", 100.0) in proposed.trade_values(ru, DAY)
    # near miss: two other states' deal is no trade figure
    deal = ("Trade between Türkiye and Kazakhstan exceeded $7 billion last year, while Kyrgyzstan and Azerbaijan "
            "signed deals worth $100 million.")
    assert proposed.trade_values(deal, DAY) == {(KZ_TR, "2025", "turnover", 7000.0)}


def test_two_partners_after_with_are_no_pair_of_their_own():
    # plant: the _PARTNER_WITH_BEFORE check of figures._two_others_of_the_same_trade dropped (always the two)
    text = ("Türkiye's trade with Kazakhstan exceeded $7 billion last year, while its trade with Kyrgyzstan and "
            "Azerbaijan came to about $1 billion each.")
    assert (AZ_KG, "2025", "turnover", 1000.0) not in proposed.trade_values(text, DAY)


def test_a_figure_of_the_trade_a_target_just_named():
    # plant: the new "found[-1].kind == 'target' and k - 1 == named" branch (_FIGURE_BACK, _figure_back_of_named) of
    # figures.find_figures made False (the _told_in branch after it, made False, leaves this test passing)
    text = ("Аким напомнил, что президенты поставили задачу довести товарооборот между Казахстаном и Турцией до 10 "
            "миллиардов долларов. По данным статистики, в январе–июне 2026 года он составил 2,1 млрд долларов, "
            "увеличившись на 4,2%.")
    assert proposed.trade(text, DAY) == [(KZ_TR, "2026-H1", "turnover", 2100.0, "exact", "4.2")]
    assert proposed.targets(text, DAY) == [(KZ_TR, 10000.0, "")]


def test_a_further_clause_with_its_period_between_its_rate_and_to():
    # plant: "if m['period']:" in figures._rate_to_further made "if False:"
    text = ("Trade between Türkiye and Uzbekistan reached about $3.6 billion last year, official data show, and grew by "
            "roughly 8 percent in the first half of 2026 to $1.9 billion. Turkish exports to Uzbekistan accounted for "
            "over $1.2 billion of that.")
    assert proposed.trade(text, DAY) == [(TR_UZ, "2025", "turnover", 3600.0, "about", ""),
                                         (TR_UZ, "2026-H1", "turnover", 1900.0, "exact", "8"),
                                         (TR_UZ, "2026-H1", "export", 1200.0, "over", "")]


def test_to_reach_the_amount_mark_is_a_target():
    # plant: "the" dropped from figures._REACH_LAST
    text = ("Trade between Hungary and Uzbekistan reached $410 million in 2025. The two governments want to reach the "
            "$1 billion mark in trade by 2030.")
    assert proposed.targets(text, DAY) == [(HU_UZ, 1000.0, "2030")]
    # near miss: a result reaching the mark is a figure, no target
    result = "Trade between Hungary and Uzbekistan rose by 12 percent to reach the $410 million mark in 2025."
    assert proposed.targets(result, DAY) == []


def test_our_task_after_a_remark_on_the_figure():
    # plant: "task" dropped from figures._TARGET_NOUN_WORDS
    text = ('Trade between Azerbaijan and Kazakhstan amounted to $612 million in 2025. "These figures are good, but '
            'not enough," Jeyhun Bayramov said. "Our task is to reach the one billion dollar mark set by our '
            'Presidents."')
    assert proposed.targets(text, DAY) == [(AZ_KZ, 1000.0, "")]
    # near miss: a task with no amount
    none = ('Trade between Azerbaijan and Kazakhstan amounted to $612 million in 2025. "These figures are good," '
            'Jeyhun Bayramov said. "Our task is to keep the growth going."')
    assert proposed.targets(none, DAY) == []


def test_hundreds_of_millions_in_words():
    # plant: money._HUNDREDS["one"] set to 10
    text = ("Trade between Azerbaijan and Kyrgyzstan reached $38.6 million in 2025. The presidents have set the goal "
            "of bringing trade to one hundred million dollars.")
    assert proposed.targets(text, DAY) == [(AZ_KG, 100.0, "")]
    # near miss: hundreds of millions of another unit are no amount
    tonnes = ("Trade between Azerbaijan and Kyrgyzstan reached $38.6 million in 2025. The presidents want to bring "
              "freight to one hundred million tonnes.")
    assert proposed.targets(tonnes, DAY) == []


def test_a_targets_amount_opening_a_quote():
    # plant: the _OPENING_QUOTES strip in figures._is_target dropped
    text = ('Trade between Azerbaijan and Kyrgyzstan reached $38.6 million in 2025. He recalled the words of the Kyrgyz '
            'president: the trade goal was "two hundred million dollars, and not in twenty years."')
    assert proposed.targets(text, DAY) == [(AZ_KG, 200.0, "")]


def test_the_subject_of_a_sentence_naming_one_state_gives_the_home():
    # plant: figures._subject_home returning None always
    text = ("Türk Devletleri Teşkilatı toplantısı bugün Taşkent'te yapıldı. Toplantıya Azerbaycan ve Özbekistan "
            "bakanları katıldı. Uraloğlu, Özbekistan ile ticaret hacminde 5 milyar dolar hedefine vurgu yaptı.")
    assert proposed.targets(text, DAY) == [(TR_UZ, 5000.0, "")]


def test_an_instruction_after_a_remark_naming_a_state_of_the_pair():
    # plant: figures._remark_names_no_other returning "not named" (no state of the pair allowed)
    # plant: "after_remark or" dropped from the pair of the figure just reported in figures.find_figures
    text = ('Kazakhstan and Türkiye held a business forum in Astana on Monday. In January–June 2026, trade between '
            'Kazakhstan and Uzbekistan rose to $2.2 billion, the minister said. "Tashkent is our closest partner," he '
            'said. "The presidents have given us a clear instruction: $10 billion by 2030."')
    assert proposed.targets(text, DAY) == [(KZ_UZ, 10000.0, "2030")]
    # near miss: a remark naming another state leaves the instruction unread as this pair's
    other = text.replace("Tashkent", "Baku")
    assert (KZ_UZ, 10000.0, "2030") not in proposed.targets(other, DAY)


def test_a_figure_with_no_state_right_after_a_target_is_of_its_trade():
    # plant: figures._told_in returning False always
    text = ('Kazakhstan and Türkiye held a business forum in Astana on Monday. In January–June 2026, trade between '
            'Kazakhstan and Uzbekistan rose to $2.2 billion, the minister said. "Tashkent is our closest partner," he '
            'said. "The presidents have given us a clear instruction: $10 billion by 2030." Is that realistic, given '
            'that turnover was around $4.4 billion last year?')
    assert (KZ_UZ, "2025", "turnover", 4400.0) in proposed.trade_values(text, DAY)


def test_a_wish_to_see_it_at_an_amount_right_after_a_figure():
    # plant: the "see it at" alternative dropped from figures._REFERS_BACK
    text = ('"Hungary is a practical partner," he said, noting that trade between Kazakhstan and Hungary had passed '
            '$400 million in 2025. "We would like to see it at one billion."')
    assert proposed.targets(text, DAY) == [(HU_KZ, 1000.0, "")]
    # near miss: seeing it as something is no target
    other = ('"Hungary is a practical partner," he said, noting that trade between Kazakhstan and Hungary had passed '
             '$400 million in 2025. "We see it as one billion reasons to work."')
    assert proposed.targets(other, DAY) == []
