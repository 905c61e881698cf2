import pytest

from dashboard.data import countries


@pytest.mark.parametrize("raw, code", [
    ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Turkiye", "TUR"), ("TÜRKİYE", "TUR"),
    ("Kazakh", "KAZ"), ("Astana", "KAZ"), ("Nur-Sultan", "KAZ"),
    ("N. Cyprus", "CYN"), ("TRNC", "CYN"), ("Northern Cyprus", "CYN"),
    ("Kyrgyz Republic", "KGZ"), ("Azərbaycan", "AZE"),
    ("OTS member states (AZ, KZ, KG, UZ)", "GRP_OTS"), ("Turkic states (TR, KZ, KG, UZ, TM)", "GRP_TURKIC"),
    ("SPECA countries", "GRP_SPECA"), ("OTS Secretariat", "GRP_OTS"),
])
def test_raw_names_and_aliases_resolve_to_one_code(raw, code):
    assert countries.resolve(raw) == code


def test_unknown_name_is_an_error_that_says_where_to_add_it():
    with pytest.raises(countries.UnknownCountry, match="countries.csv"):
        countries.resolve("Atlantis")


def test_the_nine_tie_states_have_their_ots_status():
    status = {c.iso3: c.ots_status for c in countries.tie_states()}
    assert status == {"AZE": "member", "TUR": "member", "KAZ": "member", "UZB": "member", "KGZ": "member",
                      "TKM": "observer", "HUN": "observer", "CYN": "observer", "TJK": "partner"}


def test_every_tie_state_has_a_capital_with_coordinates_in_the_region():
    for country in countries.tie_states():
        assert country.capital
        assert 30 < country.lat < 56 and 15 < country.lon < 80, country.iso3


def test_tie_states_have_distinct_colours():
    colours = [c.colour for c in countries.tie_states()]
    assert len(set(colours)) == len(colours)


def test_names_exist_in_azerbaijani_russian_and_turkish():
    kaz = countries.get("KAZ")
    assert (kaz.name_az, kaz.name_ru, kaz.name_tr) == ("Qazaxıstan", "Казахстан", "Kazakistan")


def test_unknown_code_is_displayed_as_is_rather_than_raising():
    assert countries.short_name("XYZ") == "XYZ"
