"""Eighty-fourth round, w1 (docs/extraction.md: quotes.py): two Turkish forms of a second quote in a sentence that
already holds one. The expression used or repeated, with words of place or frequency before the verb ('"…" diyen X,
"…" ifadesini konuşmasında birkaç kez yineledi', "ifadesini panelde de kullandı", quotes.TR_EXPRESSION_REPEATED in
TR_VERBS): the subject's own words, as '"…" ifadesini kullandı' reads; a capitalised name between (another who used
it) or another verb (criticised) gives none. And a partial quote read up to a gerund of saying, then a comma and the
next reported clause with its own partial quote before the finite verb ('X, ortamın "…" olduğunu belirterek, iki
ülkenin "…" kararlılığında olduğunu söyledi', quotes._tr_said_gerund_before in round 41's continuation): the gerund
shares the finite verb's subject, so both are X's. Each test was seen failing once on a planted bug (then reverted);
the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 10)
HEAD = "Ticaret Bakanı Ömer Bolat, Taşkent'te düzenlenen iş forumunda konuştu.\n\n"
FIRST = "Özbekistan ile ticaretimizi iki yıl içinde ikiye katlayacağız. Yatırımcılarımız buraya güveniyor"
SECOND = "Sınırlar artık engel değil"


# plant: TR_EXPRESSION_REPEATED left out of TR_VERBS
def test_the_expression_repeated_after_a_participle_s_quote_is_the_speaker_s():
    text = HEAD + f'"{FIRST}" diyen Bolat, "{SECOND}" ifadesini konuşmasında birkaç kez yineledi.\n\n'
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", FIRST), ("Ömer Bolat", SECOND)]
    # the same with no quote before it, the sentence's subject the speaker
    alone = HEAD + f'Bolat, "{SECOND}" ifadesini panelde de kullandı.\n\n'
    assert proposed.quotes(alone, DAY) == [("Ömer Bolat", SECOND)]


# plant: in quotes.TR_EXPRESSION_REPEATED, the words between as `(?:\s+\S+){0,3}?` (any word, a name too)
def test_no_quote_when_another_used_the_expression_or_it_was_criticised():
    other = HEAD + f'Bolat, "{SECOND}" ifadesini ilk kez Erdoğan kullandı diye hatırlattı.\n\n'
    assert proposed.quotes(other, DAY) == []
    criticised = HEAD + f'Muhalefet, "{SECOND}" ifadesini sert bir dille eleştirdi.\n\n'
    assert proposed.quotes(criticised, DAY) == []


# plant: quotes._tr_said_gerund_before returns False always
def test_the_clause_after_a_gerund_of_saying_holds_the_same_speaker_s_partial_quote():
    text = (HEAD + 'Bolat, yatırım ortamının "her yıl biraz daha iyileşen bir tablo" olduğunu belirterek, iki ülkenin '
            '"ortak sanayi bölgelerini birlikte kurma" kararlılığında olduğunu söyledi.\n\n')
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", "her yıl biraz daha iyileşen bir tablo"),
                                          ("Ömer Bolat", "ortak sanayi bölgelerini birlikte kurma")]


# plant: quotes._tr_said_gerund_before returns True always (any verb-final quote before)
def test_no_second_quote_for_the_first_speaker_after_a_finite_verb_of_saying():
    # the near form: the first quote closed by the finite "dedi", the next clause another's ("konuk bakan ise"), so
    # its partial quote is not Bolat's (no rule names the guest here: it is given to no one)
    text = (HEAD + f'Bolat, "{FIRST}" dedi, konuk bakan ise iki ülkenin "ortak sanayi bölgelerini birlikte kurma" '
            'kararlılığında olduğunu söyledi.\n\n')
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", FIRST)]
