"""Seventy-fifth round, manat75 (docs/extraction.md: money.py, figures.py, visits.py): the forms behind the dev/1190
misses (Report.az, Azerbaijani), told in short invented sentences. A figure in manat with its dollar conversion in
brackets: the words of comparing stand on the manat amount, "… manatdan (… dollar) çox" (more than) or before it;
the flow after the bracket, "… manatı (… dollar) … ixracının payına düşür"; the target's verb after the bracket,
"… manata (… dollar) çatdırmağı". "Həmin dövrdə" (in that period) opening a sentence right after a look back to last
year is last year's. One document signed with no count at the forum told with "isə", after the visit's counted
documents: one more. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 24)
AZ_HU = proposed.pair("Azerbaijan", "Hungary")
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")


# plant: money._qualifier_of_converted dropped from amounts_in
def test_a_comparing_word_on_the_manat_amount_is_the_dollar_conversion_s():
    text = ("Ötən il Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi 510 milyon manatdan (300 milyon dollar) "
            "çox olub.")
    assert proposed.trade(text, DAY) == [(AZ_HU, "2025", "turnover", 300.0, "over", "")]
    other = ("Ötən il Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 170 milyon manata (100 milyon dollar) "
             "yaxın olub.")
    assert proposed.trade(other, DAY) == [(AZ_KZ, "2025", "turnover", 100.0, "approaching", "")]
    # a bracket with no word stays exact
    plain = "Ötən il Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi 510 milyon manat (300 milyon dollar) olub."
    assert proposed.trade(plain, DAY) == [(AZ_HU, "2025", "turnover", 300.0, "exact", "")]


# plant: the "\)?" dropped from figures._SHARE_FLOW_AFTER
def test_a_share_of_the_turnover_told_past_the_conversion_bracket():
    text = ("2026-cı ilin yanvar-iyun aylarında Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi 340 milyon "
            "manat (200 milyon dollar) təşkil edib. Dövriyyənin 255 milyon manatı (150 milyon dollar) Azərbaycanın "
            "Macarıstana ixracının payına düşür.")
    assert proposed.trade_values(text, DAY) == {(AZ_HU, "2026-H1", "turnover", 200.0),
                                                (AZ_HU, "2026-H1", "export", 150.0)}
    other = ("2026-cı ilin yanvar-iyun aylarında Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi 340 milyon "
             "manat (200 milyon dollar) təşkil edib. Dövriyyənin 85 milyon manatı (50 milyon dollar) idxalın payına "
             "düşüb.")
    assert proposed.trade_values(other, DAY) == {(AZ_KZ, "2026-H1", "turnover", 200.0),
                                                 (AZ_KZ, "2026-H1", "import", 50.0)}


# plant: the conversion branch (money.home_amount_of_conversion) dropped from figures._is_target_after
def test_a_target_verb_told_past_the_conversion_bracket():
    text = ("Azərbaycan ilə Macarıstan ticarət dövriyyəsini 2030-cu ilədək 1,7 milyard manata (1 milyard dollar) "
            "çatdırmağı qarşıya məqsəd qoyublar.")
    assert proposed.targets(text, DAY) == [(AZ_HU, 1000.0, "2030")]
    other = ("Azərbaycan və Qazaxıstan ticarət dövriyyəsini 2028-ci ilədək 680 milyon manatadək (400 milyon dollar) "
             "artırmaq niyyətindədir.")
    assert proposed.targets(other, DAY) == [(AZ_KZ, 400.0, "2028")]


# plant: figures._period_of_figure_before returning None
def test_that_period_opening_a_sentence_after_a_look_back_is_the_look_back_s():
    text = ("2026-cı ilin yanvar-iyun aylarında Azərbaycan ilə Macarıstan arasında ticarət dövriyyəsi 150 milyon "
            "dollar təşkil edib. Ötən il isə iki ölkə arasında ticarət dövriyyəsi 260 milyon dollar olub. Həmin dövrdə "
            "Azərbaycanın Macarıstana ixracı 40 milyon dollara çatıb.")
    assert proposed.trade_values(text, DAY) == {(AZ_HU, "2026-H1", "turnover", 150.0),
                                                (AZ_HU, "2025", "turnover", 260.0),
                                                (AZ_HU, "2025", "export", 40.0)}
    other = ("In January-June 2026, trade between Azerbaijan and Kazakhstan came to $150 million. Last year trade "
             "between the two countries reached $260 million. In that period Azerbaijan's exports to Kazakhstan "
             "were $40 million.")
    assert proposed.trade_values(other, DAY) == {(AZ_KZ, "2026-H1", "turnover", 150.0),
                                                 (AZ_KZ, "2025", "turnover", 260.0),
                                                 (AZ_KZ, "2025", "export", 40.0)}


# plant: the visits._ta_forum_as_for_one_bare branch dropped from _add_details
def test_one_bare_document_signed_at_the_forum_after_the_count():
    text = ("Azərbaycanın iqtisadiyyat naziri Elvin Məmmədov sentyabrın 22-də Budapeştə işgüzar səfərə gəlib. Səfər "
            "çərçivəsində iki sənəd imzalanıb. Biznes forumunda isə iki şirkət arasında tikinti sahəsində əməkdaşlığa "
            "dair saziş imzalanıb.")
    assert proposed.documents(text, DAY) == ["3"]
    other = ("Azərbaycanın iqtisadiyyat naziri Elvin Məmmədov sentyabrın 22-də Budapeştə işgüzar səfərə gəlib. Səfər "
             "çərçivəsində üç memorandum imzalanıb. Forumda isə bir bankla logistika şirkəti arasında anlaşma "
             "memorandumu imzalanıb.")
    assert proposed.documents(other, DAY) == ["4"]
