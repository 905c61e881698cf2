"""Ninety-fourth round, v2 (docs/extraction.md: visits.py): a Russian visit sentence whose subject is a bare title
of a state ("Казахстанский министр прибыл в … с рабочим визитом") means the one titled person of that state the
sentences before name (visits._ru_title_told_before). When that sentence names him after a title in the genitive
("по итогам переговоров министра энергетики РК Ерлана Касымбекова"), his name is read back from the genitive as the
title governs it (visits._ru_titled_named_in reads the sentence as written): "Yerlan Kasymbekov", no woman
"Yerlana Kasymbekova". A woman titled so keeps her name ("министра … Айгерим Нурпеисовой" is "Aygerim Nurpeisova";
"Министр … Айгерим Нурпеисова" in the nominative too).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 22)


def _lead(titled: str, came: str = "прибыл") -> str:
    return ("Министр в Ташкенте: стороны обсудили энергомост\n\n"
            "АСТАНА, 22 октября. Казахстан и Узбекистан договорились о поставках электроэнергии. Об этом стало "
            f"известно по итогам переговоров {titled} в Ташкенте.\n\n"
            f"Казахстанский министр {came} в узбекскую столицу в среду с рабочим визитом.\n")


# plant: _ru_titled_named_in calling _first_titled_newcomer without as_written=True (the genitive read as written)
def test_a_bare_title_s_visitor_named_before_after_a_genitive_title_is_read_in_the_nominative():
    assert proposed.visits(_lead("министра энергетики РК Ерлана Касымбекова"), DAY) == [
        ("Yerlan Kasymbekov", "Uzbekistan", "2026-10-21", "Tashkent", "working")]


# plant: _titled_newcomer's as_written branch reading the genitive back whatever the title's case (the
# _ru_genitive_title test dropped)
def test_a_woman_titled_before_keeps_her_name():
    # her genitive -овой reads back to her -ова, and her undeclined given name stays as written
    assert [v[0] for v in proposed.visits(_lead("министра энергетики РК Айгерим Нурпеисовой", "прибыла"), DAY)] \
        == ["Aygerim Nurpeisova"]
    # the near form: the title in the nominative, her name in it read as written (no man "Nurpeisov")
    nominative = ("Министр в Ташкенте: стороны обсудили энергомост\n\n"
                  "АСТАНА, 22 октября. Министр энергетики РК Айгерим Нурпеисова провела переговоры в Ташкенте.\n\n"
                  "Казахстанский министр прибыла в узбекскую столицу в среду с рабочим визитом.\n")
    assert [v[0] for v in proposed.visits(nominative, DAY)] == ["Aygerim Nurpeisova"]
