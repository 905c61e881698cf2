"""Seventy-seventh round, xthread77 (docs/extraction.md: quotes.py, figures.py): the forms behind the dev/1210 misses,
told in short invented sentences. A thread of posts on X transcribed one a paragraph under each account's header,
'@handle (Name, title), 14 May: "…"': the words are the person the brackets name, a later post under the handle
alone ('@handle, 14 May, later: "…"') is the person that handle's first header named, and an account whose brackets
name a body ('@MinistryAccount (Ministry of …)') speaks for no one (1210); and a goal told as "Our next milestone:
$3 billion by 2030" inside such a post, a target (1210). Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 15)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
LEAD = "The foreign minister spent Friday in Shymkent. Below are the posts the officials wrote on X that day.\n\n"


# plant: the '@' branch dropped from quotes._attribute
def test_a_post_under_its_accounts_header_is_the_person_the_brackets_name():
    text = LEAD + ('@nurlan_ak (Nurlan Akhmetov, Minister of Trade of Kazakhstan), 9 May: "Good talks in Shymkent '
                   'with our Uzbek partners today. The new customs post will open before winter."')
    assert proposed.quotes(text, DAY) == [
        ("Nurlan Akhmetov", "Good talks in Shymkent with our Uzbek partners today. The new customs post will open "
                            "before winter.")]
    other = LEAD + ('@DinaraS_econ (Dinara Sultanova, economist, Almaty), 10 May: "The official numbers leave out '
                    'most of the shuttle trade across the border, perhaps a quarter of the total."')
    assert proposed.quotes(other, DAY) == [
        ("Dinara Sultanova", "The official numbers leave out most of the shuttle trade across the border, perhaps a "
                             "quarter of the total.")]


# plant: quotes._post_owner returning None when the titled label reads no one (its first part, a bare name, not read)
def test_a_header_naming_a_person_without_a_title():
    text = LEAD + ('@DinaraS (Dinara Sultanova), 10 May: "The official numbers leave out most of the shuttle trade '
                   'across the border, perhaps a quarter of the total."')
    assert [speaker for speaker, _ in proposed.quotes(text, DAY)] == ["Dinara Sultanova"]
    other = LEAD + ('@timur_b (Timur Bekov, Tashkent), 10 May: "Queues at the border post were shorter this morning '
                    'than at any time since the spring."')
    assert [speaker for speaker, _ in proposed.quotes(other, DAY)] == ["Timur Bekov"]


# plant: quotes._post_owner returning None for a handle alone (its first header not looked up)
def test_a_later_post_under_the_handle_alone_is_the_same_persons():
    text = LEAD + ('@nurlan_ak (Nurlan Akhmetov, Minister of Trade of Kazakhstan), 9 May: "Good talks in Shymkent '
                   'with our Uzbek partners today. The new customs post will open before winter."\n\n'
                   '@nurlan_ak, 9 May, in the evening: "Many thanks to our hosts for a warm evening. Flying home '
                   'to Astana tonight."')
    assert [speaker for speaker, _ in proposed.quotes(text, DAY)] == ["Nurlan Akhmetov", "Nurlan Akhmetov"]
    other = LEAD + ('@gulnora_t (Gulnora Tursunova, Deputy Minister of Transport of Uzbekistan): "The rail link '
                    'to the border will carry its first freight trains this autumn."\n\n'
                    '@gulnora_t, replying to a journalist: "Yes, the passenger service will follow within a year '
                    'of the freight."')
    assert [speaker for speaker, _ in proposed.quotes(other, DAY)] == ["Gulnora Tursunova", "Gulnora Tursunova"]


# plant: quotes._attribute's '@' branch falling through when the header names no person (`if posted and person is
# not None:`), so a person the header names after its brackets is made the post's speaker (its third case)
def test_a_ministrys_account_speaks_for_no_one():
    text = LEAD + ('@MFA_Kazakhstan (Ministry of Foreign Affairs of Kazakhstan), 9 May: "Minister Nurlan Akhmetov '
                   'is on a working visit to Uzbekistan, where the sides signed three documents."')
    assert proposed.quotes(text, DAY) == []
    other = LEAD + ('@TradeChamberKZ (Chamber of Commerce of Kazakhstan), 9 May: "Chairman Nurlan Akhmetov said '
                    'the business forum in Shymkent drew more than two hundred companies."')
    assert proposed.quotes(other, DAY) == []
    # a person named in the header after the account's own brackets is no owner of its post
    after_someone = LEAD + ('@MFA_Uzbekistan (Ministry of Foreign Affairs of Uzbekistan), 9 May, after Gulnora '
                            'Tursunova spoke: "The deputy minister set out the timetable for the new rail link to the '
                            'border."')
    assert proposed.quotes(after_someone, DAY) == []


# plant: "next\s+milestone" dropped from figures._TARGET_NOUN (and "next milestone" from _TARGET_NOUN_WORDS)
def test_the_next_milestone_is_a_target():
    text = ("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2025, up 12%. Our next milestone: "
            "$10 billion by 2030.")
    assert proposed.targets(text, DAY) == [(KZ_UZ, 10000.0, "2030")]
    assert proposed.trade_values(text, DAY) == {(KZ_UZ, "2025", "turnover", 4400.0)}
    other = ("Trade between Kazakhstan and Uzbekistan reached $4.4 billion in 2025. The next milestone for both "
             "governments is $7 billion.")
    assert proposed.targets(other, DAY) == [(KZ_UZ, 7000.0, "")]
    # a milestone passed is no target
    passed = "Trade between Kazakhstan and Uzbekistan passed the $4 billion milestone in 2025."
    assert proposed.targets(passed, DAY) == []
