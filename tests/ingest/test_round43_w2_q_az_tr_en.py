"""Forty-third round, second wave, Azerbaijani, Turkish and English quotes (docs/extraction.md: quotes.py, people.py):
the gaps the first wave's probes left (dev/677, 718, 739, 742, 746 and 748 gave the forms; no dev miss of its own), told
in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in
its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 2)


def test_a_capitalised_bare_title_before_a_full_name_is_remembered_for_a_later_title_and_surname():
    # plant: the "Nazir"/"Səfir"/"Sədr" entries dropped from people._AZ_TITLES (the name then noted by no one)
    text = ("Səfir Tural Məmmədli Bişkekdə Qırğızıstanın nazirləri ilə görüşüb. Səfir Məmmədli ticarətin “yaxın "
            "illərdə iki dəfə artacağını” deyib.")
    assert proposed.quotes(text, DAY) == [("Tural Məmmədli", "yaxın illərdə iki dəfə artacağını")]
    # a bare title after a minister named so and a prime minister he met is the minister's, not the premier's
    bare = ("Nazir Rəşad Qasımov Daşkənddə Özbəkistanın Baş naziri Abdulla Aripov ilə görüşüb. Nazir isə görüşdə "
            "Qazaxıstan məhsullarının “Azərbaycan bazarına çıxışının genişlənəcəyini” deyib.")
    assert proposed.quotes(bare, DAY) == [("Rəşad Qasımov", "Azərbaycan bazarına çıxışının genişlənəcəyini")]


def test_a_surname_then_a_capitalised_word_is_the_person_named_in_full_before():
    # plant: people.Resolver._surname_before_other_word returning None
    text = ("Sədr Nurlan Bekov Bakıda deputatlarla görüşüb. Sədr Bekov Ələt limanının “qazax yükləri üçün yeni "
            "imkan olduğunu” deyib.")
    assert proposed.quotes(text, DAY) == [("Nurlan Bekov", "qazax yükləri üçün yeni imkan olduğunu")]
    # a Kyrgyz name's own last word ("uulu", son of) is no word after a surname: the name stays whole
    # (plant: the _PATRONYMIC_ENDS test dropped from people.Resolver._surname_before_other_word)
    kyrgyz = ("Kırgızistan Meclis Başkanı Almazbek Turgunbek Uulu, TBMM Başkanı Numan Kurtulmuş'un davetlisi olarak "
              "Ankara'ya geldi. Turgunbek Uulu, \"Kırgızistan'da bugün yüzlerce Türk şirketi faaliyet gösteriyor\" "
              "ifadesini kullandı.")
    assert [s for s, _ in proposed.quotes(kyrgyz, DAY)] == ["Almazbek Turgunbek Uulu"]


def test_a_bare_title_after_a_quote_is_the_one_person_titled_so_before():
    # plant: quotes._az_bare_title_named_before returning None
    text = ("Özbəkistanın Azərbaycandakı səfiri Dilşod Axmedov Report-a müsahibə verib. Tərəflər yeni layihələri "
            "müzakirə ediblər. “Daşkənd Bakı ilə birgə layihələrə tam hazırdır”, – deyə səfir qeyd edib.")
    assert proposed.quotes(text, DAY) == [("Dilşod Axmedov", "Daşkənd Bakı ilə birgə layihələrə tam hazırdır")]
    rector = ("Xəzər Universitetinin rektoru Kamran Sadıqlı Daşkənddə olub. Görüşdə memorandum imzalanıb. “Tələbə "
              "mübadiləsi gələn il xeyli genişlənəcək”, – deyə rektor bildirib.")
    assert proposed.quotes(rector, DAY) == [("Kamran Sadıqlı", "Tələbə mübadiləsi gələn il xeyli genişlənəcək")]
    # two so titled: no one
    two = ("Qazaxıstanın Azərbaycandakı səfiri Serik Jumanov və Özbəkistanın Azərbaycandakı səfiri Dilşod Axmedov "
           "tədbirdə iştirak ediblər. Tərəflər layihələri müzakirə ediblər. “Daşkənd Bakı ilə birgə layihələrə tam "
           "hazırdır”, – deyə səfir qeyd edib.")
    assert proposed.quotes(two, DAY) == []


def test_an_english_headline_title_is_the_body_name_titled_after_it():
    # plant: quotes._en_name_before_title returning None
    text = ("Kazakh envoy: \"Aktau port is ready for more cargo\"\n\nBaku — Serik Jumanov, Kazakhstan's envoy to "
            "Azerbaijan, spoke to Trend about trade.\n\nTrend: How is trade going?\n\nJumanov: Trade is growing, and "
            "the ports are busy.")
    assert ("Serik Jumanov", "Aktau port is ready for more cargo") in proposed.quotes(text, DAY)
    untold = ("Tajik diplomat: \"Dushanbe wants a direct flight to Baku\"\n\nBaku — Firuz Nazarzoda, a diplomat for "
              "twenty years, spoke to Report about ties.\n\nReport: How are ties?\n\nNazarzoda: They grow every year, "
              "and trade keeps pace.")
    assert ("Firuz Nazarzoda", "Dushanbe wants a direct flight to Baku") in proposed.quotes(untold, DAY)
    # another state's envoy is not the label's
    other = text.replace("Kazakhstan's envoy", "Uzbekistan's envoy")
    assert not any(q.startswith("Aktau port") and s for s, q in proposed.quotes(other, DAY))


def test_a_turkish_headline_title_is_the_body_speaker_so_titled():
    # plant: the Turkish titles dropped from quotes._EN_HEADLINE_TITLE
    text = ("Kırgız büyükelçi: \"Bişkek Ankara'da bir ticaret evi açacak\"\n\nAnkara — Kırgızistan'ın Ankara "
            "Büyükelçisi Talant Osmonov, AA'ya konuştu.\n\nAA: Neden ticaret evi?\n\nOsmonov: İhracatçılarımızın "
            "burada bir üsse ihtiyacı var.")
    assert ("Talant Osmonov", "Bişkek Ankara'da bir ticaret evi açacak") in proposed.quotes(text, DAY)
    appositive = text.replace("Kırgızistan'ın Ankara Büyükelçisi Talant Osmonov,",
                              "Talant Osmonov, Kırgızistan'ın Ankara Büyükelçisi,")
    assert ("Talant Osmonov", "Bişkek Ankara'da bir ticaret evi açacak") in proposed.quotes(appositive, DAY)
    # another state's ambassador is not the label's
    other = text.replace("Kırgız büyükelçi:", "Kazak büyükelçi:")
    assert not any(q.startswith("Bişkek Ankara") and s for s, q in proposed.quotes(other, DAY))


def test_a_table_holder_of_the_labels_state_needs_no_state_in_the_body():
    # plant: quotes._en_headline_title_holder reading the body's state near the title only (no _holder_state test)
    text = ("Azerbaijani minister: \"Baku will host the ministers in May\"\n\nAstana — Foreign Minister Jeyhun "
            "Bayramov answered questions from Kursiv.\n\nKursiv: What is new?\n\nBayramov: The meeting of the "
            "ministers, and a new rail deal.")
    assert ("Jeyhun Bayramov", "Baku will host the ministers in May") in proposed.quotes(text, DAY)
    # a holder of another state is not the label's
    other = text.replace("Azerbaijani minister:", "Kazakh minister:")
    assert not any(q.startswith("Baku will host") and s for s, q in proposed.quotes(other, DAY))
