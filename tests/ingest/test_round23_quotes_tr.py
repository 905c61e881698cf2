"""Turkish quote forms of round 23 (dev/263 and probes in the styles of Anadolu, Gazete Duvar and Hürriyet), each as a
small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that no one did). Each test was
seen failing on a planted bug (planted, run, failed, reverted); the plant is named in a comment.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 11)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# quotes.py: '"…" diyen <demonym> <office word>, …'

def test_a_participle_quote_of_a_demonym_and_an_office_word_is_that_office_holders():
    """'"…" diyen Kazak lider, …' (who said …, the Kazakh leader): the head of state the demonym and office name; a
    demonym the rules know no country of names nobody."""
    # plant: `{_TR_DEMONYM_ROLE}|` dropped from TR_SAYING's speaker group (the first two quotes lost)
    said = "Hazar üzerinden yeni bir demiryolu hattı kurmaya kararlıyız"
    text = ("Astana'da görüşme.\n\nİki ülke heyetleri dün bir araya geldi. \"" + said + "\" diyen Kazak lider, "
            "ayrıntı vermedi.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", said)]
    said = "Tarım ürünlerinde gümrük vergilerini kaldırmaya hazırız"
    text = ("Taşkent'te temas.\n\nGörüşme iki saat sürdü. \"" + said + "\" diyen Özbek Cumhurbaşkanı, sözlerini "
            "tamamladı.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", said)]
    # precision: a demonym of no known state names no speaker
    text = ("Zirve.\n\nToplantı uzun sürdü. \"Enerji hatları bölgemizin geleceğini belirleyecek\" diyen Avrupalı "
            "lider, salonu erken terk etti.")
    assert [speaker for speaker, _ in _quotes(text)] in ([], [""], [None])


# quotes.py: a partial quote in a nominalised clause after 'X ile görüşen Y, …'

def test_a_partial_quote_after_a_participle_clause_is_the_subjects_not_the_partners():
    """'Kazakistan Cumhurbaşkanı Tokayev ile görüşen Fidan, ilişkilerin "…" olduğunu söyledi': the person after the
    participle and its comma speaks; the one met ("X ile") is an object of the participle's clause."""
    # plant: the round-23 `_tr_verb_final_subject` branch before the NOMINALISED_END path dropped (Tokayev came out)
    said = "yeni bir döneme girdiğini"
    text = ("Astana.\n\nKazakistan Cumhurbaşkanı Kasım Cömert Tokayev ile görüşen Hakan Fidan, iki ülke arasındaki "
            "ilişkilerin \"" + said + "\" söyledi.")
    assert _quotes(text) == [("Hakan Fidan", said)]
    # precision: with no participle clause the first name of the sentence still speaks
    text = ("Astana.\n\nHakan Fidan, iki ülke arasındaki ilişkilerin \"" + said + "\" söyledi.")
    assert _quotes(text) == [("Hakan Fidan", said)]
