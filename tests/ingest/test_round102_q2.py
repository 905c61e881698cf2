"""Hundred-and-second round, q2 (docs/extraction.md: people.py, quotes.py, visits.py): an Azerbaijani body's president
or leader, its noun in the possessive genitive ("Azərbaycan Voleybol Federasiyasının prezidenti X Y", "Qazaxıstan
komandasının lideri X Y"), is no head of state (people._NOT_THE_OFFICE, read by people.other_office); "Nazir həmin gün
səhər Bakıya gəlib" is dated by the day the sentence before it in its paragraph told
(visits._day_of_that_same_day_before); a bare title's arrival names its host up to its verb, a state in a clause after
it opened by "və" being no host (visits._states_of_the_arrival, in visits._ta_title_told_before); a Russian "По его
словам, …" sentence between two quotes keeps the first one's voice for the second (quotes._ru_own_words_sentence_out,
in quotes._attribution_ended); a group's arrival "вместе с министром … X Y" is his visit
(visits._ru_arrived_together_with); the Turkish "Kırgız yetkili" is the last speaker of that state or of none told, as
"the Kyrgyz official" is (people._EN_STATES_OFFICIAL, people.Resolver._official_of_state); "Qonaq … “…” adlandırıb"
after a delegation told by its state ("Qazaxıstan nümayəndə heyəti … gəlib") is the one named in full after a title
naming that state or its capital (quotes._az_one_of_the_delegation_s_state, in quotes._guest_named_before); a Turkish
"Heyet, dün … X ile bir araya geldi" is the visit of the head told heading the delegation, not of the one it met
(visits._bare_delegation_subject_head).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_AZ = date(2026, 9, 20)
TOURNAMENT = "Bakıda voleybol turniri başa çatıb\n\nBakı, 20 sentyabr, Report.az\n\n"
FEDERATION = ("Azərbaycan Voleybol Federasiyasının prezidenti Rauf Həsənli yarışın təşkilini yüksək qiymətləndirib: "
              "\"Bu turnir gənc oyunçular üçün böyük sınaq oldu və biz onu hər il keçirəcəyik.\"\n\n")
TEST = "Bu turnir gənc oyunçular üçün böyük sınaq oldu və biz onu hər il keçirəcəyik."
CAPTAIN = ("Qazaxıstan komandasının lideri Aliya Serikova isə turnirin \"gənc oyunçular üçün böyük sınaq olduğunu\" "
           "deyib.\n\n")


# plant: the "|\w+(?<!respublika)s[ıiuü]n[ıiuü]n\s+(?:prezident|lider)\w*" alternative taken out of _NOT_THE_OFFICE
def test_a_federation_s_president_and_a_team_s_leader_are_no_heads_of_state():
    assert proposed.quotes(TOURNAMENT + FEDERATION, DAY_AZ) == [("Rauf Həsənli", TEST)]
    assert proposed.quotes(TOURNAMENT + CAPTAIN, DAY_AZ) == [
        ("Aliya Serikova", "gənc oyunçular üçün böyük sınaq olduğunu")]
    # the near form: the state's own president, "Respublikasının Prezidenti", is still the head of state
    assert proposed.quotes(TOURNAMENT + FEDERATION.replace(
        "Azərbaycan Voleybol Federasiyasının prezidenti Rauf Həsənli",
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev"), DAY_AZ) == [("Ilham Aliyev", TEST)]


SAME_DAY = ("Yarışın açılışı sentyabrın 17-də Bakı İdman Sarayında olub. Açılışda Qazaxıstanın idman naziri Yerlan "
            "Qojabekov iştirak edib. Nazir həmin gün səhər Bakıya gəlib.\n\n")
QOJABEKOV = ("Yerlan Qojabekov", "Azerbaijan", "2026-09-17", "Baku", "other")


# plant: the _day_of_that_same_day_before call taken out of find_visits' dayless local sentence's chain
def test_the_minister_arrived_that_same_day():
    assert proposed.visits(TOURNAMENT + SAME_DAY, DAY_AZ) == [QOJABEKOV]
    # the near form: "the next day" is not the day the sentence before told
    assert proposed.visits(TOURNAMENT + SAME_DAY.replace("həmin gün", "ertəsi gün"), DAY_AZ) == []


AND_WATCHED = ("Açılışda Qazaxıstanın idman naziri Yerlan Qojabekov iştirak edib. Nazir sentyabrın 17-də Bakıya "
               "gəlib və Qazaxıstan komandasının oyunlarını izləyib.\n\n")


# plant: _ta_title_told_before's hosts read as set(doc.codes(doc.sentences[k])) again, not _states_of_the_arrival
def test_his_own_state_named_in_the_clause_after_his_arrival():
    assert proposed.visits(TOURNAMENT + AND_WATCHED, DAY_AZ) == [QOJABEKOV]
    # the near form: a minister of the state whose capital he arrived in is at home, no visitor
    assert proposed.visits(TOURNAMENT + AND_WATCHED.replace("Qazaxıstanın idman naziri", "Azərbaycanın idman naziri"),
                           DAY_AZ) == []


DAY_RU = date(2026, 10, 8)
FILM_WEEK = ("Неделя узбекского кино открылась в Бишкеке\n\nБИШКЕК. КАБАР — В столице Кыргызстана во вторник открылась "
             "неделя узбекского кино.\n\n")
OPENING = ("«Кино — это общий язык наших народов», — сказал министр культуры Узбекистана Азиз Рахимов, выступая на "
           "открытии. По его словам, такой недели в Бишкеке не было почти семь лет. «Мы привезли в Бишкек двенадцать "
           "фильмов и лучших наших режиссёров».\n\n")
BROUGHT = ("Aziz Rakhimov", "Мы привезли в Бишкек двенадцать фильмов и лучших наших режиссёров")


# plant: the _ru_own_words_sentence_out call taken out of _attribution_ended
def test_his_words_told_without_marks_between_his_two_quotes():
    assert proposed.quotes(FILM_WEEK + OPENING, DAY_RU) == [
        ("Aziz Rakhimov", "Кино — это общий язык наших народов"), BROUGHT]
    # the near form: the critics' view between the quotes is no words of his
    assert BROUGHT not in proposed.quotes(FILM_WEEK + OPENING.replace("По его словам", "По мнению критиков"), DAY_RU)


TOGETHER = ("Узбекские кинематографисты приехали в Бишкек\n\nБИШКЕК. КАБАР — Делегация узбекских кинематографистов "
            "прибыла в Бишкек в понедельник вместе с министром культуры Узбекистана Азизом Рахимовым и покажет "
            "двенадцать фильмов.\n\n")


# plant: the _ru_arrived_together_with call taken out of find_visits
def test_a_delegation_arrived_together_with_its_minister():
    assert proposed.visits(TOGETHER, DAY_RU) == [("Aziz Rakhimov", "Kyrgyzstan", "2026-10-05", "Bishkek", "other")]
    # the near form: one named before the verb arrived, the minister only with him (the rule reads a group's arrival)
    assert proposed.visits(TOGETHER.replace("Делегация узбекских кинематографистов", "Режиссёр Алишер Каримов"),
                           DAY_RU) == []


DAY_TR = date(2026, 6, 12)
CUSTOMS = ("Türk ve Kırgız gümrük idareleri işbirliği protokolü imzaladı\n\nANKARA (AA) - Ticaret Bakanlığı ile "
           "Kırgızistan Gümrük Servisi arasında işbirliği protokolü imzalandı.\n\n")
OFFICIAL = ("Kırgızistan Gümrük Servisi Başkanı Almaz Beyşenov, \"Türkiye'nin elektronik gümrük sistemi bizim için "
            "örnek niteliğinde,\" dedi.\n\nKırgız yetkili, \"Sınır kapılarındaki bekleme sürelerini yarıya indirmek "
            "istiyoruz,\" ifadesini kullandı.\n\n")
WAITING = ("Almaz Beyşenov", "Sınır kapılarındaki bekleme sürelerini yarıya indirmek istiyoruz")


# plant: the _LOCAL_DEMONYMS lines taken out of Resolver._official_of_state
def test_the_kyrgyz_official_in_turkish():
    assert WAITING in proposed.quotes(CUSTOMS + OFFICIAL, DAY_TR)
    # the near form: "the Kyrgyz officials" are no one person
    assert WAITING not in proposed.quotes(CUSTOMS + OFFICIAL.replace("Kırgız yetkili", "Kırgız yetkililer"), DAY_TR)


HEADED = ("Kırgızistan Gümrük Servisi Başkanı Almaz Beyşenov başkanlığındaki heyet, salı günü Ankara'ya geldi. Heyet, "
          "dün idarenin Ankara'daki genel merkezinde Kurum Başkanı Prof. Dr. Ahmet Yıldız ile bir araya geldi. "
          "Görüşmenin ardından üç belge imzalandı.\n\n")
BEYSENOV = ("Almaz Beyşenov", "Türkiye", "2026-06-09", "Ankara", "other")


# plant: the _bare_delegation_subject_head call taken out of find_visits
def test_the_delegation_met_its_host():
    assert proposed.visits(CUSTOMS + HEADED, DAY_TR) == [BEYSENOV]
    assert proposed.documents(CUSTOMS + HEADED, DAY_TR) == ["3"]
    # the near form: no one told heading the delegation, its bare noun names no head of it
    assert proposed.visits(CUSTOMS + HEADED.replace("Almaz Beyşenov başkanlığındaki heyet,", "Almaz Beyşenov,"),
                           DAY_TR) != [BEYSENOV]


DAY_GUEST = date(2026, 10, 5)
AIRPORT = ("Astana Hava Limanının rəhbəri Bakıda\n\nBakı Hava Limanı ilə Astana Hava Limanı arasında əməkdaşlığa dair "
           "memorandum imzalanıb.\n\nSənəd oktyabrın 3-də Bakı Hava Limanının direktoru Emin Qasımov və Astana Hava "
           "Limanının rəisi Nurlan Seyitov tərəfindən imzalanıb.\n\nQazaxıstan nümayəndə heyəti oktyabrın 2-də Bakıya "
           "gəlib.\n\n\"Biz Bakıdan çox şey öyrənməyə gəlmişik. Sizin təcrübəniz bizim üçün çox dəyərlidir\", – deyə "
           "N.Seyitov bildirib.\n\nQonaq Bakı hava limanını \"Xəzər regionunun ən müasir hava qapılarından biri\" "
           "adlandırıb.\n\n")
GATE = ("Nurlan Seyitov", "Xəzər regionunun ən müasir hava qapılarından biri")


# plant: the "nümayəndə heyəti" fallback (_az_one_of_the_delegation_s_state) taken out of _guest_named_before
def test_the_guest_of_a_delegation_told_by_its_state():
    assert GATE in proposed.quotes(AIRPORT, DAY_GUEST)
    # the near form: a delegation of a state no one was titled of names no guest
    assert GATE not in proposed.quotes(AIRPORT.replace("Qazaxıstan nümayəndə heyəti", "Özbəkistan nümayəndə heyəti"),
                                       DAY_GUEST)
