"""Eighty-fourth round, w2 (docs/extraction.md: money.py, places.py, quotes.py): known gaps, no dev article. A bare
amount taken back as a trade item needs its own clause to name trade or a partner ("Qırğızıstanda əhali 3,7 milyon,
Türkmənistanla ticarət dövriyyəsi isə 310 milyon ABŞ dolları olub": the population is no trade figure); a Russian list
of partners without a dash, "с Турцией составил 4,1 млрд, а с Казахстаном 431 млн долларов", gives each partner its
amount, the currency told once at the end; Turkish "Kıbrıs Türk" (the Turkish Cypriots: "Kıbrıs Türk Ticaret Odası",
"Kıbrıs Türk halkı") names Northern Cyprus, never Türkiye; an English partial quote in single marks after "described
… as" is read with the speaker's surname alone (the full name told earlier) and after "called <object>" with no "as".
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 5, 5)
AZ_LEAD = ("Bakı, 5 may. Azərbaycan Prezidenti İlham Əliyev Bişkekdə Qırğızıstan Prezidenti Sadır Japarov ilə "
           "görüşüb.\n\n")
RU_LEAD = "Баку, 5 мая. Президент Азербайджана Ильхам Алиев принял министра торговли Турции.\n\n"


# plant: money._in_a_trade_item_clause returns True
def test_a_population_before_a_trade_amount_is_no_trade_figure():
    text = AZ_LEAD + ("2024-cü ildə Qırğızıstanda əhali 3,7 milyon, Türkmənistanla ticarət dövriyyəsi isə 310 milyon "
                      "ABŞ dolları olub.")
    assert not any(figure[3] == 3.7 for figure in proposed.trade_values(text, DAY))
    # the near form that stays read: the bare amount's own clause names its flow
    items = RU_LEAD + ("В 2024 году на экспорт в Казахстан пришлось 287 млн, на импорт из Узбекистана – 124 млн "
                       "долларов.")
    assert 287.0 in {figure[3] for figure in proposed.trade_values(items, DAY)}


# plant: the "а с <name>" alternative of money._LIST_ITEM_GAP removed
def test_a_russian_whereas_item_without_a_dash_takes_the_currency_told_after_it():
    text = RU_LEAD + ("В 2024 году товарооборот Азербайджана с Турцией составил 4,1 млрд, а с Казахстаном 431 млн "
                      "долларов.")
    got = proposed.trade_values(text, DAY)
    assert (proposed.pair("Azerbaijan", "Türkiye"), "2024", "turnover", 4100.0) in got
    assert (proposed.pair("Azerbaijan", "Kazakhstan"), "2024", "turnover", 431.0) in got
    # the near form: a count with no partner before "а с …" is no item of the list
    near = RU_LEAD + "В 2024 году население Турции составило 85 млн, а с Казахстаном товарооборот 431 млн долларов."
    assert not any(figure[3] == 85.0 for figure in proposed.trade_values(near, DAY))


# plant: places._TURKISH_CYPRIOTS_LOCAL emptied
def test_kibris_turk_names_northern_cyprus_not_turkiye():
    text = ("Bakü, 5 Mayıs. Kıbrıs Türk Ticaret Odası Başkanı Turgay Deniz, Azerbaycan Ekonomi Bakanı Mikayıl Cabbarov "
            "ile Bakü'de görüştü.\n\nDeniz, iki ülke arasındaki ticaret hacminin 2024 yılında 50 milyon dolar olduğunu "
            "söyledi.")
    assert proposed.trade_values(text, DAY) == {(proposed.pair("Azerbaijan", "Northern Cyprus"), "2024", "turnover",
                                                 50.0)}
    # the near form: "Türk" alone names no state, Türkiye's or the Turkish Cypriots'
    near = text.replace("Kıbrıs Türk Ticaret Odası", "Türk-Azerbaycan İş Konseyi")
    assert not any("Northern Cyprus" in figure[0] for figure in proposed.trade_values(near, DAY))


EN_LEAD = ("ASTANA, May 5. President Kassym-Jomart Tokayev met Turkish Foreign Minister Hakan Fidan in Astana on "
           "Monday.\n\n\"We will open a new trade house in Astana this year,\" Fidan said.\n\n")


# plant: the speaker of quotes._EN_DESCRIBED_AS_SINGLE_MARKED back to two words or more ({1,2})
def test_described_as_after_a_surname_told_in_full_before():
    text = EN_LEAD + "The visit comes two months after Tokayev described Türkiye as 'one of our closest partners'."
    assert ("Kassym-Jomart Tokayev", "one of our closest partners") in proposed.quotes(text, DAY)


# plant: the "called"/"dubbed" alternative of quotes._EN_DESCRIBED_AS_SINGLE_MARKED removed
def test_called_an_object_and_single_marks_is_the_name_s_quote():
    text = EN_LEAD + "The visit comes two months after Tokayev called Türkiye 'one of our closest partners'."
    assert ("Kassym-Jomart Tokayev", "one of our closest partners") in proposed.quotes(text, DAY)
    # the near forms: "called for" names no object, and a city is no speaker
    for clause in ("Tokayev called for 'a new era of cooperation between our nations'.",
                   "Ankara called the move 'a dangerous step for the whole region'."):
        assert [q for q in proposed.quotes(EN_LEAD + clause, DAY) if "Fidan" not in q[0]] == []
