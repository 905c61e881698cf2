"""Eighty-second round, s3 (docs/extraction.md: visits.py): a Turkish readout that recalls another's visit made, the
host its subject and the visitor in the genitive with the visit's own day inside the participle's clause ("Erdoğan,
X'in 12 Mayıs'ta İstanbul'a gerçekleştirdiği resmi ziyareti hatırlatarak, …"): the visitor's visit on that day, not
the host's nor none (the recalling's day rule keeps "Erdoğan dün Bakü ziyaretini hatırlattı" dayless); a reminder
closing an Azerbaijani report ("Xatırladaq ki, … nazir … mayın 11-də rəsmi səfərlə ölkəmizə gəlib"), however far
below the reception's sentence, dates the visit's start as a photo caption's arrival does, its "our country" the host;
an English arrival told before the visit's sentence with the visitor's bare title as subject ("The head of the
Cabinet arrived in Astana yesterday evening."), the lead naming him alone, starts the visit that day. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed


# plant: visits._tr_owner_of_the_visit_made returns [] (the host, named first, taken for the visitor)
def test_a_turkish_host_recalls_another_s_visit_made_on_its_day():
    text = ("Cumhurbaşkanı Erdoğan, Kazakistan Cumhurbaşkanı Tokayev ile telefonda görüştü.\n\n"
            "Cumhurbaşkanı Erdoğan, Sayın Tokayev'in 12 Mayıs'ta İstanbul'a gerçekleştirdiği resmi ziyareti "
            "memnuniyetle hatırlatarak, imzalanan beş anlaşmanın hayata geçirilmesi gerektiğini belirtti.")
    day = date(2026, 10, 2)
    assert proposed.visits(text, day) == [("Kassym-Jomart Tokayev", "Türkiye", "2026-05-12", "Istanbul", "official")]
    assert proposed.documents(text, day) == ["5"]


# plant: visits._tr_day_of_the_visit_made returns False (the day taken for the recalling's)
def test_the_day_inside_the_visit_made_s_clause_is_the_visit_s():
    text = ("Cumhurbaşkanı Erdoğan, Sayın Tokayev'in 12 Mayıs'ta Ankara'ya gerçekleştirdiği çalışma ziyaretini "
            "hatırlattı.")
    day = date(2026, 10, 2)
    assert proposed.visits(text, day) == [("Kassym-Jomart Tokayev", "Türkiye", "2026-05-12", "Ankara", "working")]
    # the near form: the day is the recalling's, the visit word owned by no clause of its own
    assert proposed.visits("Cumhurbaşkanı Erdoğan dün Bakü ziyaretini hatırlattı.", day) == []


AZ_RECEPTION = ("Prezident İlham Əliyev Özbəkistanın xarici işlər nazirini qəbul edib\n\n"
                "Bakı, 12 may, AZƏRTAC\n\n"
                "Mayın 12-də Azərbaycan Respublikasının Prezidenti İlham Əliyev Özbəkistan Respublikasının xarici "
                "işlər naziri Baxtiyor Saidovu qəbul edib.\n\n"
                "Görüşdə iki ölkə arasında münasibətlərin uğurla inkişaf etdiyi vurğulanıb.\n\n"
                "Görüşdə nəqliyyat və enerji sahələrində əməkdaşlıq müzakirə olunub.\n\n"
                "Tərəflər humanitar sahədə əlaqələrin genişləndirilməsinin vacibliyini qeyd ediblər.\n\n"
                "Görüşdə regional təhlükəsizlik məsələləri də müzakirə olunub.\n\n")


# plant: the reminder branch of visits._arrival_told_in_a_caption removed (only captions read)
def test_a_closing_reminder_dates_the_visit_s_start():
    text = AZ_RECEPTION + ("Xatırladaq ki, Özbəkistanın xarici işlər naziri mayın 11-də rəsmi səfərlə ölkəmizə "
                           "gəlib.")
    assert [v[2] for v in proposed.visits(text, date(2026, 5, 12))] == ["2026-05-11"]


# plant: visits._our_country_is returns False (the host, told as "our country", not seen)
def test_a_reminder_s_our_country_is_the_host():
    text = AZ_RECEPTION + "Xatırladaq ki, nazir mayın 11-də rəsmi səfərlə ölkəmizə gəlib."
    assert [v[2] for v in proposed.visits(text, date(2026, 5, 12))] == ["2026-05-11"]
    # the near form: the reminder tells the arrival of another (a deputy named), not the visitor's: his start stays
    other = AZ_RECEPTION + ("Xatırladaq ki, Özbəkistanın xarici işlər nazirinin müavini Furqat Sidiqov mayın 11-də "
                            "ölkəmizə gəlib.")
    assert [v[2] for v in proposed.visits(other, date(2026, 5, 12)) if v[0] == "Bakhtiyor Saidov"] == ["2026-05-12"]


EN_LEAD = ("Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev is on a working visit to Kazakhstan. "
           "The press service of the Cabinet reported.\n\n")
EN_RECEIVED = ("\n\nPhoto: press service of the Cabinet\n\n"
               "Today Adylbek Kasymaliev was received by Kassym-Jomart Tokayev.")


# plant: visits._visitors_title_arrived returns False (only an arrival naming the visitor read before his visit)
def test_the_visitor_s_bare_title_arriving_the_day_before():
    text = EN_LEAD + "The head of the Cabinet arrived in Astana yesterday evening." + EN_RECEIVED
    assert [v[2] for v in proposed.visits(text, date(2026, 3, 4))] == ["2026-03-03"]
    # the near form: the lead names another too, so the title may be his
    two = EN_LEAD.replace("The press service", "Kazakh Prime Minister Olzhas Bektenov met him. The press service")
    text = two + "The head of the Cabinet arrived in Astana yesterday evening." + EN_RECEIVED
    assert [v[2] for v in proposed.visits(text, date(2026, 3, 4))] == ["2026-03-04"]
