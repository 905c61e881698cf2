"""Round 73 (docs/extraction.md: places.py): Kuryk, Kazakhstan's Caspian ferry port for Alat on the Middle Corridor,
is a city of Kazakhstan in each language's spelling, so a transport official's trip there is a visit with its city
(dev/774: "… was in Kuryk last Friday to inspect the new ferry terminal" gave no visit). The test was seen failing once
on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 18)


# plant: "Kuryk" dropped from places.CITIES["KAZ"]
def test_a_trip_to_the_ferry_port_of_kuryk_is_a_visit_there():
    english = ("Elvin Gasimli, Azerbaijan's deputy minister of digital development and transport, was in Kuryk last "
               "Friday to inspect the new ferry terminal.")
    assert proposed.visits(english, DAY) == [("Elvin Gasimli", "Kazakhstan", "2025-11-14", "Kuryk", "other")]
    russian = "Заместитель министра транспорта Азербайджана Эльвин Гасымлы 14 ноября прибыл в Курык."
    assert proposed.visits(russian, DAY) == [("Elvin Gasymly", "Kazakhstan", "2025-11-14", "Kuryk", "other")]
    azerbaijani = "Azərbaycanın rəqəmsal inkişaf və nəqliyyat nazirinin müavini Elvin Qasımlı noyabrın 14-də Kurıka gəlib."
    assert proposed.visits(azerbaijani, DAY) == [("Elvin Qasımlı", "Kazakhstan", "2025-11-14", "Kuryk", "other")]
