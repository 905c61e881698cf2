"""Eighty-third round, h4 (docs/extraction.md: people.py, quotes.py, figures.py): three forms of a state agency's
release on a summit, told in short invented sentences. The president called "the head of" his state by its name
("…, the head of Kazakhstan noted: “…”", people._en_head_of_country: the head of state on the day; not "the head of
Kazakhstan's delegation"); a partial quote in a clause after "after which" whose subject takes a participle's aside
between commas ("…, after which President X, speaking to …, stressed that “…”", quotes._EN_WHICH_CAPITAL_SUBJECT);
and a trade figure in a relative clause with a past verb of its own after a cue noun ("noted the growth of bilateral
trade, which amounted to about $X in January–May", figures._WHICH_AMOUNTED_TO): a result, no target. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 12)
HEAD = ("Kazakhstan and Azerbaijan hold talks in Astana\n\n"
        "President of Azerbaijan Ilham Aliyev arrived in Astana on an official visit.\n\n")
QUOTE = "Azerbaijan is one of our closest partners in the region, and we will open new routes together."


# plant: _en_head_of_country taken out of the resolver's "head of" chain in people.py
def test_the_head_of_a_state_by_its_name_is_its_president():
    text = HEAD + "Speaking to journalists, the head of Kazakhstan noted: “" + QUOTE + "”\n"
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", QUOTE)]
    # the near form: the head of a state's delegation is no head of state
    delegation = HEAD + "Speaking to journalists, the head of Kazakhstan's delegation noted: “" + QUOTE + "”\n"
    assert ("Kassym-Jomart Tokayev", QUOTE) not in proposed.quotes(delegation, DAY)


PARTIAL = "Kazakh builders will stay in Azerbaijan for many years"


# plant: the participle's aside taken out of quotes._EN_WHICH_CAPITAL_SUBJECT's lookahead
def test_an_after_which_subject_with_an_aside_speaks_the_partial_quote():
    text = (HEAD + "The presidents opened a new school, after which President Aliyev, speaking to the builders, "
            "stressed that “" + PARTIAL + "”.\n")
    assert proposed.quotes(text, DAY) == [("Ilham Aliyev", PARTIAL)]
    # the near form: the quote is a third party's words inside the clause, not the subject's
    other = (HEAD + "The presidents opened a new school, after which President Aliyev, speaking to the builders, "
             "praised the company, which analysts called “" + PARTIAL + "”.\n")
    assert ("Ilham Aliyev", PARTIAL) not in proposed.quotes(other, DAY)


# plant: _is_target's early return on _WHICH_AMOUNTED_TO removed in figures.py
def test_a_figure_in_a_past_relative_clause_after_growth_is_trade_not_a_target():
    text = (HEAD + "The sides noted the growth of bilateral trade, which amounted to about 450 million US dollars "
            "in January–May 2026, and agreed to bring it to 1 billion US dollars by 2030.\n")
    pair = proposed.pair("Kazakhstan", "Azerbaijan")
    assert (pair, "2026-5M", "turnover", 450.0) in proposed.trade_values(text, DAY)
    assert proposed.targets(text, DAY) == [(pair, 1000.0, "2030")]
    # the near form: a clause that tells the amount still to come keeps its cue's target
    ahead = (HEAD + "The sides agreed to increase bilateral trade, which is expected to grow to 600 million US dollars "
             "in 2027.\n")
    assert (pair, 600.0, "2027") in proposed.targets(ahead, DAY)
