"""Ninety-fourth round, v1 (docs/extraction.md: visits.py): an interview's answer telling the interviewee's own trip
in the first person takes the type its own clause says ("— 3 марта я прилетел в Ташкент с официальным визитом, …":
official), not a type another clause of the sentence tells of someone else's visit (visits._own_trip_clause_type).
A panel report's bare "The minister recalled his trip to <city> on <day>" is the trip of the one person the text
titled minister after his name ("Panelists: X Y, Minister of Energy of …", visits._NAME_COMMA_TITLE), and the count
the next sentence says was "signed there" is that recalled trip's (visits._COUNT_SIGNED_THERE).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 20)
INTERVIEW = ("Парвиз Ахмедов: «Дороги должны работать на торговлю»\n\n"
             "Министр энергетики Таджикистана Парвиз Ахмедов в интервью рассказал о переговорах в Ташкенте.\n\n"
             "**— Парвиз Рахимович, весной вы провели переговоры в Ташкенте. Каковы итоги?**\n\n")


# plant: _own_trip_clause_type returning "other"
def test_a_first_person_trip_s_own_clause_types_it():
    text = INTERVIEW + ("— 3 марта я прилетел в Ташкент с официальным визитом, и в тот же день мы обсудили "
                        "поставки электроэнергии. Подписали три документа.")
    assert proposed.visits(text, DAY) == [("Parviz Akhmedov", "Uzbekistan", "2026-03-03", "Tashkent", "official")]
    # the near form: the type told in another clause, of someone else's visit, is not his trip's
    other = INTERVIEW + ("— 3 марта я прилетел в Ташкент, где годом раньше с официальным визитом был наш президент, "
                         "и мы обсудили поставки электроэнергии.")
    assert [v[4] for v in proposed.visits(other, DAY)] == ["other"]


DAY_PANEL = date(2026, 11, 12)
PANEL = ("Event report: the Caspian energy bridge\n\n"
         "On 10 November 2026, a think tank in Baku hosted a panel on energy links between Azerbaijan and "
         "Kazakhstan.\n\n"
         "Panelists: Rauf Aliyev, Minister of Energy of the Republic of Azerbaijan; Dana Omarova, Research Fellow, "
         "an Almaty institute.\n\n"
         "Minister Aliyev opened with the numbers. Power exchanges grew fast this year, he said.\n\n")


# plant: the name_comma_bare_title branch taken out of _recalled_own_trip (the bare "The minister" named by no one)
def test_the_bare_minister_recalling_his_trip_is_the_one_titled_minister_after_his_name():
    text = PANEL + ("The minister recalled his trip to Aktau on 14 October, where he opened a new substation.\n\n"
                    "Dana Omarova spoke about prices.")
    assert proposed.visits(text, DAY_PANEL) == [("Rauf Aliyev", "Kazakhstan", "2026-10-14", "Aktau", "other")]
    # the near form: no one titled minister by name before, so the bare title names no visitor
    untitled = PANEL.replace("Minister of Energy", "Adviser on Energy") \
        .replace("Minister Aliyev", "Aliyev")
    assert proposed.visits(untitled.replace("Panelists", "Speakers") + (
        "The minister recalled his trip to Aktau on 14 October, where he opened a new substation."), DAY_PANEL) == []


# plant: _COUNT_SIGNED_THERE matching nothing
def test_the_count_signed_there_after_a_recalled_trip_is_that_trip_s():
    text = PANEL + ("The minister recalled his trip to Aktau on 14 October, where he opened a new substation. "
                    "Four documents were signed there, among them a grid agreement.")
    assert proposed.documents(text, DAY_PANEL) == ["4"]
    # the near form: a count signed elsewhere ("in Baku", no "there") is not the recalled trip's
    elsewhere = PANEL + ("The minister recalled his trip to Aktau on 14 October, where he opened a new substation. "
                         "Four documents were signed in Baku last year.")
    assert "4" not in proposed.documents(elsewhere, DAY_PANEL)
