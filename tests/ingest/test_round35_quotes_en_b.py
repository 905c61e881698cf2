"""English quotes, round 35 part B: a government press service's short title of its head after a quote and a quote
going on after an attribution that names the counterpart met (dev/510, 516 and probes in the styles of government
releases, wires and broadcasters), each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 10)


def _quotes(text, day=DAY):
    return proposed.quotes("Report\n\n" + text, day)


# people.py: _EN_CABINET_HEAD_WORDS, _en_cabinet_head (Resolver._resolve)

def test_the_chairman_of_the_cabinet_after_a_quote_is_the_cabinet_head_named():
    """'“…,” the Chairman of the Cabinet said' in a cabinet's release: the cabinet's head the lead named, not the
    Prime Minister of the host state named beside him."""
    # plant: the `if low in _EN_CABINET_HEAD_WORDS:` lines dropped from Resolver._resolve (no quote)
    said = "We will open three new border crossings before the end of the year"
    text = ("Chairman of the Cabinet of Ministers Adylbek Kasymaliyev held talks with Prime Minister of Kazakhstan "
            "Olzhas Bektenov in Astana.\n\n"
            "The sides discussed transit and energy.\n\n"
            "“" + said + ",” the Chairman of the Cabinet said.")
    assert _quotes(text) == [("Adylbek Kasymaliyev", said)]


def test_the_head_of_the_cabinet_after_the_hosts_quote_is_still_the_cabinet_head():
    """The host prime minister spoke last: "the Head of the Cabinet" is still the cabinet's chairman (the cabinet
    words fit his office before any head of government's)."""
    # plant: fits = (_head_of_government_role,) always in _en_cabinet_head (the quote went to the host premier)
    host = "Our railways are ready to carry twice as much Kyrgyz cargo"
    guest = "We count on Kazakh partners for the new grain terminal in Talas"
    text = ("Chairman of the Cabinet of Ministers Adylbek Kasymaliyev held talks with Prime Minister of Kazakhstan "
            "Olzhas Bektenov in Astana.\n\n"
            "“" + host + ",” Olzhas Bektenov said.\n\n"
            "“" + guest + ",” the Head of the Cabinet noted.")
    assert _quotes(text) == [("Olzhas Bektenov", host), ("Adylbek Kasymaliyev", guest)]


def test_the_head_of_government_with_no_head_of_government_named_is_no_one():
    """'the head of government' when only a president and a minister were named: no speaker (no guess)."""
    # plant: `return Person(last.name, …)` without the fit check in _en_cabinet_head (the president got the quote)
    said = "The new bridge over the river will carry trucks from next spring"
    text = ("President Sadyr Japarov received Kazakh Foreign Minister Murat Nurtleu in Bishkek.\n\n"
            "“We value every step our neighbours take towards us,” Japarov said.\n\n"
            "“" + said + ",” the head of government said.")
    assert _quotes(text) == [("Sadyr Japarov", "We value every step our neighbours take towards us")]


# quotes.py: _PREPOSITION_NAME (_attribution_ended, `next-sentence`)

def test_a_quote_after_told_reporters_after_talks_with_his_counterpart_goes_on_in_that_voice():
    """'“…,” X told reporters after talks with his Uzbek counterpart Y Z. “…”': the counterpart met is no other
    speaker, the second quote is X's."""
    # plant: the `(?:(?:his|her|their)\s+ … counterpart|host|guest|colleague …)?` group dropped from _PREPOSITION_NAME
    # (the second quote was lost)
    first = "Azerbaijan sees Uzbekistan as a brother and a key partner"
    second = "We will open a joint trading house in Tashkent this summer."
    text = ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Tashkent on Tuesday.\n\n"
            "“" + first + ",” Bayramov told journalists after talks with his Uzbek counterpart Bakhtiyor Saidov. “"
            + second + "”")
    assert _quotes(text) == [("Jeyhun Bayramov", first), ("Jeyhun Bayramov", second)]


def test_a_counterpart_named_as_the_sentence_s_object_still_stops_the_voice():
    """'“…,” X said, and his counterpart Y Z agreed. “…”': the counterpart is a new voice (no preposition before him),
    so the second quote is not X's."""
    # plant: a `(?=his|her)` alternative to the preposition of _PREPOSITION_NAME (the second quote went to X)
    first = "Azerbaijan sees Uzbekistan as a brother and a key partner"
    second = "We will open a joint trading house in Baku this summer."
    text = ("Azerbaijani Foreign Minister Jeyhun Bayramov arrived in Tashkent on Tuesday.\n\n"
            "“" + first + ",” Bayramov said, and his counterpart Bakhtiyor Saidov agreed. “" + second + "”")
    assert ("Jeyhun Bayramov", second) not in _quotes(text)


def test_a_quote_after_said_after_meeting_his_host_goes_on_in_that_voice():
    """'“…,” X said after meeting his host, Foreign Minister Y Z. “…”': the host met (after a gerund) is no other
    speaker."""
    # plant: the `(?:(?:meeting|visiting|receiving|hosting|welcoming)\s+(?:with\s+)?)?` line dropped from
    # _PREPOSITION_NAME (the second quote was lost)
    first = "We have agreed on lower rail tariffs for Kazakh grain"
    second = "The new rates will apply from the first of May."
    text = ("Kazakh Foreign Minister Murat Nurtleu arrived in Baku on Monday.\n\n"
            "“" + first + ",” Nurtleu said after meeting his host, Foreign Minister Jeyhun Bayramov. “" + second + "”")
    assert _quotes(text) == [("Murat Nurtleu", first), ("Murat Nurtleu", second)]


# people.py: Resolver._resolve (ru_office_holder for an English office too)

def test_the_kyrgyz_premier_in_english_is_the_chairman_of_the_cabinet():
    """'“…,” the Kyrgyz premier said': Kyrgyzstan has no Prime Minister in the table, its head of government is the
    Chairman of the Cabinet of Ministers; the Uzbek premier named beside him stays the Uzbek one."""
    # plant: `officeholders.holder(codes[0], office, self.day) if english_office else` put back before
    # ru_office_holder in Resolver._resolve (no quote for the Kyrgyz premier)
    guest = "Our border is now a line of friendship and trade"
    host = "Uzbek trucks will cross it without queues from this summer"
    text = ("Chairman of the Cabinet of Ministers Adylbek Kasymaliyev met Uzbek Prime Minister Abdulla Aripov in "
            "Tashkent.\n\n"
            "“" + guest + ",” the Kyrgyz premier said.\n\n"
            "“" + host + ",” the Uzbek premier said.")
    assert _quotes(text) == [("Adylbek Kasymaliyev", guest), ("Abdulla Aripov", host)]
