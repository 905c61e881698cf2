"""Eighty-eighth round, t2 (docs/extraction.md: figures.py, trade figures and targets): an interview's short answer
of a period and the amount with "we are at" and its growth alone after it ("in the first nine months we are at $N,
up almost 7 percent") goes on with the trade just told; an English goal whose subject names the two's presidents as
its setters ("The goal our presidents set is $N") is that trade's target however far after the figure, the host's
questions between; an Azerbaijani or Turkish order in the jussive ("… dollara çatdırsınlar", let them bring it to) is
a target and no trade figure of the year told before; and a deadline joined to a target with no pronoun ("…, with a
deadline of 2030") is its year. Each test was seen failing once on a planted bug (then reverted); the plant is named
in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")
AZ_KG = proposed.pair("Azerbaijan", "Kyrgyzstan")

_INTERVIEW = ("A conversation with Kazakhstan's envoy in Ankara\n\n"
              "**Host:** How is trade between Kazakhstan and Türkiye doing?\n\n"
              "**Ambassador Nurlanov:** Last year our trade came to $5.1 billion. This year it is better: in the first "
              "nine months we are at $4.2 billion, up nearly 9 percent.\n\n"
              "**Host:** What do you sell?\n\n"
              "**Ambassador Nurlanov:** Grain and metals. Our farmers like this market.\n\n"
              "**Host:** The leaders speak of a bigger number. Is it realistic?\n\n"
              "**Ambassador Nurlanov:** It is. The goal our presidents set is $8 billion, and we will get there.")


# plant: the round 88 English growth tail taken out of _ELLIPTIC_AFTER (", up … percent" closing the sentence)
def test_we_are_at_with_its_growth_after_goes_on_with_the_trade():
    assert (KZ_TR, "2026-9M", "turnover", 4200.0, "exact", "9") in proposed.trade(_INTERVIEW, DAY)
    # the near form: the growth followed by a further clause is no short answer of a period and an amount
    text = _INTERVIEW.replace("up nearly 9 percent.", "up nearly 9 percent, while our exports to Europe fell.")
    assert not any(figure[1] == "2026-9M" for figure in proposed.trade(text, DAY))


# plant: _goal_set_by_our_leaders returns False at once when "цел" is not in the sentence (the rule before round 88)
def test_the_goal_our_presidents_set_is_the_trades_target():
    assert proposed.targets(_INTERVIEW, DAY) == [(KZ_TR, 8000.0, "")]
    # the near forms: one side's own goal ("our ministry"), or the amount not right after the verb
    assert proposed.targets(_INTERVIEW.replace("our presidents set", "our ministry set"), DAY) == []
    assert proposed.targets(_INTERVIEW.replace("our presidents set is $8 billion",
                                               "our presidents set is ambitious, some say $8 billion"), DAY) == []


_AZ = ("Azərbaycan və Qırğızıstan prezidentləri görüşüb\n\n"
       "Rəsmi məlumata görə, 2025-ci ildə Azərbaycan ilə Qırğızıstan arasında ticarət dövriyyəsi 61,2 milyon dollar "
       "təşkil edib.\n\n"
       "Prezident deyib: “Bu, başlanğıcdır. Biz nazirlərə tapşırıq vermişik ki, yaxın illərdə ticarət dövriyyəsini "
       "300 milyon dollara çatdırsınlar.”")


# plant: the round 88 jussive endings taken out of _TARGET_AFTER
def test_a_jussive_order_to_bring_trade_to_an_amount_is_a_target_not_a_figure():
    assert proposed.targets(_AZ, DAY) == [(AZ_KG, 300.0, "")]
    assert proposed.trade_values(_AZ, DAY) == {(AZ_KG, "2025", "turnover", 61.2)}


# plant: the round 88 "with a deadline of" alternative taken out of _DEADLINE_ANY
def test_a_deadline_joined_to_the_target_is_its_year():
    text = ("Kazakhstan and Türkiye meet\n\n"
            "Trade between Kazakhstan and Türkiye reached $5.6 billion last year.\n\n"
            "The two leaders set a target of $9 billion, with a deadline of 2030.")
    assert [target[2] for target in proposed.targets(text, DAY)] == ["2030"]
    # the near form: a deadline of something else in another clause is no year of the target
    text = text.replace(", with a deadline of 2030", "; the customs deal has a deadline of 2030")
    assert [target[2] for target in proposed.targets(text, DAY)] == [""]
