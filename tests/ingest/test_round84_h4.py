"""Eighty-fourth round, h4 (docs/extraction.md: people.py, visits.py, quotes.py): three forms of a Turkish wire's
report of a forum panel, told in short invented sentences. A panelist named first, his title after the name between
commas or in brackets ("X Y, Kazakistan Ticaret Bakanı, …", "X Y (Özbekistan Enerji Bakanı) …",
people._TR_NAME_TITLE_AFTER): a later lone surname is he; a guest in the city for the event ("Foruma katılmak üzere
Bakü'de bulunan Y, …", visits._TR_IN_CITY_FOR_EVENT): a visit on the report's day, no type; and a head of state's
earlier words recalled by a panelist ('Y, Tokayev'in … söylediği "…" sözünü hatırlattı', quotes._TR_SAID_WORDS_OWNER):
the words are the head of state's, an event named at length between. Each test was seen failing once on a planted
bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
HEAD = ("Bakü'de Hazar Lojistik Forumu düzenlendi\n\n"
        "Bakü'de bugün düzenlenen Hazar Lojistik Forumu'nda ulaştırma bakanları bir araya geldi.\n\n")
QUOTE = "Limanlarımızın kapasitesini gelecek yıl iki katına çıkaracağız"


# plant: _tr_names_titled_after's call taken out of Resolver.note_names_in in people.py
def test_a_name_titled_after_it_is_the_later_lone_surname():
    # (a participle of taking part before the name: no other rule remembers it, _TR_SCENE_PARTICIPLE_END)
    commas = (HEAD + "Panele video bağlantısıyla katılan Nurlan Sadıkov, Kazakistan Ulaştırma Bakanı, limanları "
              "anlattı. "
              "Sadıkov, \"" + QUOTE + "\" dedi.\n")
    assert proposed.quotes(commas, DAY) == [("Nurlan Sadıkov", QUOTE)]
    brackets = (HEAD + "Panele video bağlantısıyla katılan Nurlan Sadıkov (Kazakistan Ulaştırma, Lojistik ve Gümrük "
                "Bakanı) limanları anlattı. "
                "Sadıkov, \"" + QUOTE + "\" dedi.\n")
    assert proposed.quotes(brackets, DAY) == [("Nurlan Sadıkov", QUOTE)]
    # the near form: a list of titled names, the title's own name after it, is no apposition of the name before
    listed = (HEAD + "Forumda Orta Asya, Kazakistan Ulaştırma Bakanı Nurlan Sadıkov ile görüştü.\n")
    assert not any(name.startswith("Orta") for name, _ in proposed.quotes(listed + "Orta, \"" + QUOTE + "\" dedi.\n",
                                                                           DAY))


# plant: _came_participle's "bulunan" end taken out in visits.py
def test_a_guest_in_the_city_for_the_forum_visits_on_the_report_day():
    text = (HEAD + "Nurlan Sadıkov (Kazakistan Ulaştırma Bakanı) limanları anlattı. Foruma katılmak üzere Bakü'de "
            "bulunan Sadıkov, \"" + QUOTE + "\" diye konuştu.\n")
    assert ("Nurlan Sadıkov", "Azerbaijan", "2026-05-20", "Baku", "other") in proposed.visits(text, DAY)
    # the near form: people living in the city, no purpose told, are no visit
    living = (HEAD + "Nurlan Sadıkov (Kazakistan Ulaştırma Bakanı) limanları anlattı. Bakü'de bulunan Sadıkov, "
              "\"" + QUOTE + "\" diye konuştu.\n")
    assert not any(v[0] == "Nurlan Sadıkov" for v in proposed.visits(living, DAY))


RECALLED = "Hazar Denizi Türk dünyasının köprüsüdür"


# plant: _TR_SAID_WORDS_OWNER's words between back to five in quotes.py
def test_a_head_of_states_words_recalled_by_a_panelist_are_his():
    text = (HEAD + "Nurlan Sadıkov, Kazakistan Ulaştırma Bakanı, Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev'in "
            "geçen yılki Türk Devletleri Teşkilatı zirvesinde söylediği \"" + RECALLED + "\" sözünü hatırlattı.\n")
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", RECALLED)]
    # the near form: the panelist's own words after the head of state's name are his, not the head of state's
    own = (HEAD + "Nurlan Sadıkov, Kazakistan Ulaştırma Bakanı, Tokayev'in ziyaretinden sonra \"" + RECALLED
           + "\" dedi.\n")
    assert ("Kassym-Jomart Tokayev", RECALLED) not in proposed.quotes(own, DAY)
