"""Sixty-fifth round, visits65a (docs/extraction.md: visits.py): the forms behind the dev/1071 and 1073 misses, told in
short invented sentences. Heads of government gathered on a state's coast, the day after the coast, or in a city, a
summit as leaders gathering so is (1073); at such a summit, a leader the office holders table does not know, named
with his state's adjective and a leading office ("Turkish Vice President X Y"), and a state told represented by one
("Northern Cyprus was represented by Prime Minister X Y"), each a guest of that state (1073); a visit told as one
of several, none dated ("во время одного из визитов в Баку"), which is no visit of the day a later "сегодня" names
(1071); and a Russian stay told with the place right before the verb ("12 мая в Баку находился министр … X"), a
visit (1071). Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 11, 14)


# plant: "heads of government" dropped from visits._GATHERED_ON_A_COAST's leaders
def test_heads_of_government_gathered_on_a_states_coast():
    text = ("AWAZA, Turkmenistan — Heads of government of the Turkic states gathered on Turkmenistan's Caspian coast "
            "on Thursday for their annual council. The meeting brought together Azerbaijani Prime Minister Ali Asadov "
            "and Uzbek Prime Minister Abdulla Aripov.")
    assert sorted(proposed.visits(text, DAY)) == [
        ("Abdulla Aripov", "Turkmenistan", "2025-11-13", "Awaza", "summit"),
        ("Ali Asadov", "Turkmenistan", "2025-11-13", "Awaza", "summit")]
    other = ("AKTAU, Kazakhstan — The heads of government of five states convened on Kazakhstan's Caspian shore "
             "on Wednesday. Among the guests were Azerbaijani Prime Minister Ali Asadov and Uzbek Prime Minister "
             "Abdulla Aripov.")
    assert sorted(proposed.visits(other, DAY)) == [
        ("Abdulla Aripov", "Kazakhstan", "2025-11-12", "Aktau", "summit"),
        ("Ali Asadov", "Kazakhstan", "2025-11-12", "Aktau", "summit")]


# plant: "heads of government" dropped from visits._GATHERING's first branch (leaders gathered in a place)
def test_heads_of_government_gathered_in_a_city():
    text = ("Heads of government of the Turkic states gathered in Astana on Thursday. The meeting brought together "
            "Azerbaijani Prime Minister Ali Asadov and Uzbek Prime Minister Abdulla Aripov.")
    assert sorted(proposed.visits(text, DAY)) == [
        ("Abdulla Aripov", "Kazakhstan", "2025-11-13", "Astana", "summit"),
        ("Ali Asadov", "Kazakhstan", "2025-11-13", "Astana", "summit")]
    other = ("The heads of government of the OTS convened at Cholpon-Ata on Wednesday, and Azerbaijani Prime Minister "
             "Ali Asadov took part.")
    assert proposed.visits(other, DAY) == [("Ali Asadov", "Kyrgyzstan", "2025-11-12", "Cholpon-Ata", "summit")]


# plant: the _state_titled_leading_newcomers call dropped from visits._attendees
def test_a_leader_the_table_does_not_know_titled_with_his_states_adjective():
    text = ("AWAZA, Turkmenistan — Heads of government of the Turkic states gathered on Turkmenistan's Caspian coast "
            "on Thursday. The meeting brought together Azerbaijani Prime Minister Ali Asadov and Turkish Vice "
            "President Kerem Aydınoğlu.")
    assert sorted(proposed.visits(text, DAY)) == [
        ("Ali Asadov", "Turkmenistan", "2025-11-13", "Awaza", "summit"),
        ("Kerem Aydınoğlu", "Turkmenistan", "2025-11-13", "Awaza", "summit")]
    other = ("AWAZA, Turkmenistan — Heads of government of the Turkic states gathered on Turkmenistan's Caspian coast "
             "on Thursday. Also attending were Kyrgyz Prime Minister Talant Sydykbekov and Uzbek Prime Minister "
             "Abdulla Aripov.")
    assert sorted(proposed.visits(other, DAY)) == [
        ("Abdulla Aripov", "Turkmenistan", "2025-11-13", "Awaza", "summit"),
        ("Talant Sydykbekov", "Turkmenistan", "2025-11-13", "Awaza", "summit")]


# a minister so named may be in a leader's suite: not read as a guest of his own
# plant: "trade minister" added to visits._LEADING_OFFICES
def test_a_minister_the_table_does_not_know_is_no_summit_guest():
    text = ("AWAZA, Turkmenistan — Heads of government of the Turkic states gathered on Turkmenistan's Caspian coast "
            "on Thursday. The meeting brought together Azerbaijani Prime Minister Ali Asadov and Turkish Trade "
            "Minister Kerem Aydınoğlu.")
    assert proposed.visits(text, DAY) == [("Ali Asadov", "Turkmenistan", "2025-11-13", "Awaza", "summit")]


# plant: the _STATE_REPRESENTED_OR_SENT_ITS reading dropped from visits._attendees
def test_a_state_represented_at_a_summit_by_one_the_table_does_not_know():
    text = ("AWAZA, Turkmenistan — Heads of government of the Turkic states gathered on Turkmenistan's Caspian coast "
            "on Thursday. Northern Cyprus was represented by Prime Minister Ahmet Kocaoğlu, while Uzbekistan sent "
            "Prime Minister Abdulla Aripov.")
    assert sorted(proposed.visits(text, DAY)) == [
        ("Abdulla Aripov", "Turkmenistan", "2025-11-13", "Awaza", "summit"),
        ("Ahmet Kocaoğlu", "Turkmenistan", "2025-11-13", "Awaza", "summit")]
    assert [r["visitor_country"] for r in proposed.records("visits", text, DAY)
            if r["visitor_name"] == "Ahmet Kocaoğlu"] == ["Northern Cyprus"]
    other = ("AWAZA, Turkmenistan — Heads of government of the Turkic states gathered on Turkmenistan's Caspian coast "
             "on Thursday. Azerbaijani Prime Minister Ali Asadov took part, and Hungary was represented by Deputy "
             "Prime Minister Gábor Kertész.")
    assert sorted(proposed.visits(other, DAY)) == [
        ("Ali Asadov", "Turkmenistan", "2025-11-13", "Awaza", "summit"),
        ("Gábor Kertész", "Turkmenistan", "2025-11-13", "Awaza", "summit")]


# plant: the _ONE_OF_SEVERAL_VISITS check dropped from find_visits
def test_one_of_several_visits_is_no_visit_of_the_day():
    text = ("Президент Шавкат Мирзиёев во время одного из своих визитов в Баку назвал Азербайджан братом, и сегодня "
            "эти слова подтверждаются делами.")
    assert proposed.visits(text, DAY) == []
    other = ("During one of his visits to Baku, President Shavkat Mirziyoyev called Azerbaijan a brother, and today "
             "trade proves him right.")
    assert proposed.visits(other, DAY) == []


# plant: the "в <City> находился" alternative dropped from visits._LOCAL_VISIT
def test_a_russian_stay_told_with_the_place_before_the_verb():
    text = ("— Ключевую. 12 мая в Баку находился министр транспорта Узбекистана Ильхом Махкамов. В ходе визита "
            "подписаны три документа.")
    assert proposed.visits(text, DAY) == [("Ilkhom Makhkamov", "Azerbaijan", "2025-05-12", "Baku", "other")]
    assert proposed.documents(text, DAY) == ["3"]
    other = "Во вторник в Астане находился премьер-министр Азербайджана Али Асадов."
    assert proposed.visits(other, DAY) == [("Ali Asadov", "Kazakhstan", "2025-11-11", "Astana", "other")]
    cargo = "Груз находился в Баку десять дней."  # the place after the verb: no one's stay
    assert proposed.visits(cargo, DAY) == []
