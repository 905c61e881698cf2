"""Round 18b visit rules, from probes of invented passages in the four languages. Each test was seen failing once
on the plant its docstring names."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 12)  # a Thursday


def test_visitor_of_a_state_the_table_does_not_hold():
    """Plant: places.other_state_in returning False (Macron's visits proposed in all three languages); second plant:
    _name_at without its Cyrillic search (the Russian one proposed: "Emmanuel Makron" is not spelt so)."""
    assert proposed.visits("French President Emmanuel Macron arrived in Astana on Tuesday on an official visit.", DAY) == []
    assert proposed.visits("Президент Франции Эммануэль Макрон во вторник прибыл в Астану с официальным визитом.",
                           DAY) == []
    assert proposed.visits("Fransa Cumhurbaşkanı Emmanuel Macron dün Astana'ya resmi ziyarette bulundu.", DAY) == []
    # a title naming no state, or one of the ties, keeps the visit; Turkish "Mali" (financial) is no Mali
    speaker = "Speaker of the Milli Majlis Sahiba Gafarova arrived in Ankara on Monday on an official visit."
    assert proposed.visits(speaker, DAY) == [("Sahiba Gafarova", "Türkiye", "2026-03-09", "Ankara", "official")]
    deputy = "Вице-премьер Казахстана Серик Жумангарин прибыл в Баку в среду."
    assert proposed.visits(deputy, DAY) == [("Serik Zhumangarin", "Azerbaijan", "2026-03-11", "Baku", "other")]
