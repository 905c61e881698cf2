"""Ninety-fifth round, v1 (docs/extraction.md: visits.py, sentences.py, places.py, money.py): an embassy's release
titling its minister "Sn. Prof. Dr." keeps the title and the name in one sentence (sentences._NOT_AFTER), so its
"… tarihlerinde Kırgız Cumhuriyeti'ne resmi bir ziyaret gerçekleştirmiştir" is the minister's visit. A wire's "a
Kazakh delegation that arrived in the Kyrgyz capital on Tuesday" is the visit of the one a later aside says "who led
the delegation" (visits._WHO_LED_THE_DELEGATION, in visits._delegation_head_named_next), and "It was one of two
documents signed, alongside a memorandum" counts two, not three (visits._ONE_OF_THE_COUNT). A written Ask Me
Anything's answer under the office alone ("Minister: … On 9 April I was in Konya …") is the trip of the one minister
the lead names (visits._labelled_answer, visits._answer_label_person). A ministry's Telegram digest's "✅ 19 октября
первый заместитель министра иностранных дел X Y провёл в Бишкеке политические консультации с заместителем министра
иностранных дел Кыргызской Республики" is the visit of the official of the ministry the digest names with its state
(visits._LOCAL_MET, visits._ru_ministry_official_met, visits._ru_state_of_the_ministry); its "подписаны: ✅ …; ✅ …"
counts the items listed (visits._RU_DOCUMENTS_SAID); "в Пенджикенте" is Panjakent (places.CITIES). "birkaç yüz milyon
dolar" (a few hundred million dollars) is no amount (money._COUNT_BEFORE).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_TR = date(2026, 5, 16)
RELEASE = ("T.C. Enerji Bakanı Sn. Prof. Dr. Kemal Aydın'ın Özbekistan'a Resmi Ziyareti Hk.\n\n"
           "T.C. Taşkent Büyükelçiliği – Basın Bülteni – 15.05.2026\n\n")


# plant: "Sn" and "Prof" taken out of sentences._NOT_AFTER
def test_a_minister_titled_sn_prof_dr_keeps_his_visit_sentence_whole():
    text = RELEASE + ("T.C. Enerji Bakanı Sn. Prof. Dr. Kemal Aydın, 12-13 Mayıs 2026 tarihlerinde Özbekistan "
                      "Cumhuriyeti'ne resmi bir ziyaret gerçekleştirmiştir. Sn. Bakan, 12 Mayıs'ta Taşkent'te Özbek "
                      "mevkidaşı ile görüşmüştür.")
    assert proposed.visits(text, DAY_TR) == [("Kemal Aydın", "Uzbekistan", "2026-05-12", "Tashkent", "official")]
    # the near form: the host's minister so titled, receiving at home, makes no visit
    home = RELEASE + ("Özbekistan Enerji Bakanı Sn. Prof. Dr. Jurabek Mirzamahmudov, 12 Mayıs 2026 tarihinde "
                      "Taşkent'te Büyükelçi Sn. Ahmet Yılmaz'ı kabul etmiştir.")
    assert proposed.visits(home, DAY_TR) == []


DAY_WIRE = date(2026, 5, 14)
WIRE = ("Uzbekistan, Kazakhstan agree on new power line\n\n"
        "TASHKENT, May 14 (Reuters) - Uzbekistan and Kazakhstan agreed on Thursday to build a new power line, "
        "officials said.\n\n"
        "A memorandum on the line was signed in Tashkent at the end of two days of talks by a Kazakh delegation that "
        "arrived in the Uzbek capital on Tuesday to discuss energy and water.\n\n")
LED = ("\"We need this line before the winter,\" said Kazakhstan's Deputy Energy Minister, Nurlan Sadykov, who led "
       "the delegation.")


# plant: _WHO_LED_THE_DELEGATION matching nothing
def test_the_delegation_s_head_is_the_one_a_later_aside_says_led_it():
    assert proposed.visits(WIRE + LED, DAY_WIRE) == [
        ("Nurlan Sadykov", "Uzbekistan", "2026-05-12", "Tashkent", "other")]
    # the near form: an aside that he welcomed the delegation names no head of it
    welcomed = WIRE + LED.replace("who led", "who welcomed")
    assert proposed.visits(welcomed, DAY_WIRE) == []


# plant: the _ONE_OF_THE_COUNT branch taken out of _one_more_named_after_count
def test_one_of_two_documents_alongside_a_memorandum_counts_two():
    text = WIRE + "It was one of two documents signed, alongside a protocol on water releases. " + LED
    assert proposed.documents(text, DAY_WIRE) == ["2"]
    # the near form: two documents signed alongside a third named are three (round 72's reading stays)
    more = WIRE + "Two documents were signed, alongside a protocol on water releases. " + LED
    assert proposed.documents(more, DAY_WIRE) == ["3"]


DAY_AMA = date(2026, 6, 20)
AMA = ("Ask Me Anything: Energy Minister Jurabek Mirzamahmudov answers readers' questions on Azerbaijan\n\n"
       "TASHKENT – Uzbekistan's Minister of Energy Jurabek Mirzamahmudov took part in a live Ask Me Anything session "
       "with readers on Thursday evening. Below is an edited selection of the questions and answers.\n\n"
       "@farid_b asks: You went to Azerbaijan in the spring. What came of it?\n\n")
ANSWER = "Minister: A lot, I think. On 12 March I was in Baku with a delegation of 20 Uzbek companies."


# plant: the role-label branch taken out of _labelled_answer
def test_an_answer_under_minister_is_the_trip_of_the_minister_the_lead_names():
    text = AMA + ANSWER + " Three agreements were signed there, on solar parks and grids."
    assert proposed.visits(text, DAY_AMA) == [
        ("Jurabek Mirzamahmudov", "Azerbaijan", "2026-03-12", "Baku", "other")]
    assert proposed.documents(text, DAY_AMA) == ["3"]
    # the near form: a lead that titles no one minister leaves the label no one's
    untitled = AMA.replace("Energy Minister Jurabek", "Energy expert Jurabek") \
        .replace("Minister of Energy", "energy adviser")
    assert proposed.visits(untitled + ANSWER, DAY_AMA) == []


DAY_RU = date(2026, 5, 16)
DIGEST = ("🗓 Итоги недели: МИД Казахстана (11–16 мая)\n\n"
          "Предлагаем обзор основных мероприятий Министерства иностранных дел Республики Казахстан за прошедшую "
          "неделю.\n\n")
CONSULTED = ("✅ 12 мая заместитель министра иностранных дел Нурлан Садыков провёл в Ташкенте политические "
             "консультации с заместителем министра иностранных дел Республики Узбекистан.")


# plant: _ru_ministry_official_met returning None
def test_a_digest_s_official_holding_consultations_abroad_is_of_the_digest_s_ministry():
    assert proposed.visits(DIGEST + CONSULTED, DAY_RU) == [
        ("Nurlan Sadykov", "Uzbekistan", "2026-05-12", "Tashkent", "other")]
    # the near forms: consultations with no office of the host state, or no ministry named with its state
    japan = CONSULTED.replace("заместителем министра иностранных дел Республики Узбекистан", "послом Японии")
    assert proposed.visits(DIGEST + japan, DAY_RU) == []
    stateless = DIGEST.replace("Министерства иностранных дел Республики Казахстан", "министерства")
    assert proposed.visits(stateless + CONSULTED, DAY_RU) == []


# plant: _LOCAL_MET's "пров[её]л" back to "провел"
def test_talks_held_written_with_yo_are_talks():
    text = DIGEST + ("✅ 12 мая министр энергетики Казахстана Нурлан Садыков провёл в Ташкенте переговоры с министром "
                     "энергетики Узбекистана Журабеком Мирзамахмудовым.")
    assert proposed.visits(text, DAY_RU) == [("Nurlan Sadykov", "Uzbekistan", "2026-05-12", "Tashkent", "other")]
    # the near form: talks held by phone are no visit
    phone = text.replace("провёл в Ташкенте переговоры", "провёл телефонные переговоры")
    assert proposed.visits(phone, DAY_RU) == []


WORKING = ("✅ 13 мая Министр иностранных дел Республики Казахстан Ермек Кошербаев находился с рабочим визитом в "
           "Самарканде (Республика Узбекистан), где провёл переговоры с Министром иностранных дел Республики "
           "Узбекистан Бахтиёром Саидовым.\n\n")


# plant: the "подписаны:" alternative taken out of _RU_DOCUMENTS_SAID
def test_documents_signed_and_listed_after_a_bare_colon_are_counted_by_their_items():
    text = DIGEST + WORKING + ("По итогам переговоров подписаны:\n✅ Соглашение о сотрудничестве в сфере туризма;\n"
                               "✅ Меморандум о взаимопонимании между министерствами;\n"
                               "✅ Протокол о работе совместной группы.")
    assert proposed.documents(text, DAY_RU) == ["3"]
    # the near form: a list of what was discussed counts no documents
    discussed = DIGEST + WORKING + "По итогам переговоров обсуждены:\n✅ торговля и транзит;\n✅ водные ресурсы."
    assert proposed.documents(discussed, DAY_RU) == ["0"]


# plant: Panjakent taken out of places (its entry in CITIES["TJK"] and its spellings in CITY_SPELLINGS)
def test_panjakent_is_a_city_of_the_visit():
    text = DIGEST + WORKING.replace("Самарканде (Республика Узбекистан)", "Пенджикенте (Республика Таджикистан)") \
        .replace("Республики Узбекистан Бахтиёром Саидовым", "Республики Таджикистан Сироджиддином Мухриддином")
    assert [v[1:4] for v in proposed.visits(text, DAY_RU)] == [("Tajikistan", "2026-05-13", "Panjakent")]
    # the near form: the town named in a quote leaves the visit in the capital it was told in
    quoted = DIGEST + ("✅ 13 мая Министр иностранных дел Республики Казахстан Ермек Кошербаев находился с рабочим "
                       "визитом в Душанбе. «Пенджикент и Туркестан — города одной истории», — отметил он.")
    assert [v[3] for v in proposed.visits(quoted, DAY_RU)] == ["Dushanbe"]


DAY_ANALYSIS = date(2026, 11, 20)
ANALYSIS = ("Kazakistan ile ticaret: rakamlar ne söylüyor?\n\n"
            "TÜİK verilerine göre Türkiye ile Kazakistan arasındaki ticaret hacmi ocak-ekim döneminde ")


# plant: _COUNT_BEFORE asked of "a billion, Russian" alone again in money.amounts_in
def test_a_few_hundred_million_dollars_is_no_amount():
    text = ANALYSIS + ("4 milyar dolara ulaştı. \"Petrol fiyatı düştüğünde iki ülkenin ticaret hacmi de birkaç yüz "
                       "milyon dolar eriyor,\" diyor ekonomist Ali Kaya.")
    assert [figure[3] for figure in proposed.trade(text, DAY_ANALYSIS)] == [4000.0]
    # the near form: hundreds in words with a count are the amount
    counted = ANALYSIS + "dört yüz milyon dolara ulaştı."
    assert [figure[3] for figure in proposed.trade(counted, DAY_ANALYSIS)] == [400.0]
