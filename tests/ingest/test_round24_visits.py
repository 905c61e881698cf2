"""Twenty-fourth round, visits (docs/extraction.md: visits.py): the forms behind the dev/243–281 visit misses and the
probes of parliamentary delegations, commissions and summits, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 10)  # a Thursday


def test_the_two_parties_signing_one_document_is_one():
    # plant: the _parties_signed_one branch dropped from visits._add_details
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Tuesday for talks. "
            "The two ministers signed a memorandum on consular cooperation.")
    assert proposed.documents(text, DAY) == ["1"]
    # plant: the "(?!an?\s)" guard dropped from the "15 signed documents" alternative of visits._DOCUMENTS ("two" read
    # as a count of two)
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Tuesday for talks. "
            "The two signed a memorandum on consular cooperation.")
    assert proposed.documents(text, DAY) == ["1"]
    # more listed after it: not one; signed in another year: none of this visit's
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Tuesday for talks. "
            "The two ministers signed a memorandum on consular cooperation and three agreements on transit.")
    assert proposed.documents(text, DAY) == [""]
    text = ("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Tuesday for talks. "
            "In 2019 the two sides signed a memorandum on consular cooperation.")
    assert proposed.documents(text, DAY) == [""]


def test_a_delegation_led_by_its_head_since_a_day():
    # plant: the _delegation_led_by call dropped from visits.find_visits (no visitor); and, alone, "since" dropped from
    # when.WEEKDAY (no day, no visit)
    text = ("A delegation of the Kazakh Senate led by Senator Aigul Nurlanova has been in Uzbekistan since Monday, on the "
            "first visit of its kind to Tashkent.")
    assert proposed.visits(text, DAY) == [("Aigul Nurlanova", "Uzbekistan", "2026-09-07", "Tashkent", "other")]
    text = "A delegation of the Kazakh Senate led by Senator Aigul Nurlanova arrived in Bishkek on Monday."
    assert proposed.visits(text, DAY) == [("Aigul Nurlanova", "Kyrgyzstan", "2026-09-07", "Bishkek", "other")]
    # a delegation of the host's own people is no visit
    text = "A delegation of Kyrgyz businessmen led by Almaz Toktogulov has been in Bishkek since Monday on a visit."
    assert proposed.visits(text, DAY) == []


def test_the_resort_town_is_the_city_named_before():
    # plant: the _town_told_before call dropped from visits.find_visits (no place, no visit)
    text = ("BURABAY — Kazakhstan and Uzbekistan signed five documents on Wednesday at their commission. The Uzbek "
            "delegation was led by Transport Minister Ilkhom Makhkamov, who arrived in the resort town on Tuesday evening.")
    assert proposed.visits(text, DAY) == [("Ilkhom Makhkamov", "Kazakhstan", "2026-09-08", "Burabay", "other")]
    # plant: the _dateline_city check dropped from visits._names_place_of (the five documents not counted)
    assert proposed.documents(text, DAY) == ["5"]
    # the town is the visitor's own: no visit
    text = ("AVAZA — The commission met on Wednesday. Deputy Prime Minister Rashid Meredov, who arrived in the resort "
            "town on Tuesday evening, opened it.")
    assert proposed.visits(text, DAY) == []


def test_a_surname_after_an_arrival_aside_is_the_one_named_with_a_title():
    # plant: visits._surname_told_before back to reading only the first full naming (the standfirst's, untitled): the
    # visit starts on the day of the talks
    text = ("Parliaments in focus\n\nNurlanbek Shakiev met President Mirziyoyev during a visit to Tashkent\n\n"
            "Kyrgyz Jogorku Kenesh Speaker Nurlanbek Shakiev held talks with President Shavkat Mirziyoyev in Tashkent on "
            "Wednesday. Shakiev, who arrived in the Uzbek capital on Tuesday, visited a textile plant.")
    assert proposed.visits(text, DAY) == [("Nurlanbek Shakiev", "Uzbekistan", "2026-09-08", "Tashkent", "other")]
    # plant: the "(?=(?:had\s+)?arrived\s)" alternative dropped from visits._SURNAME_ASIDE (same)


def test_a_long_title_before_a_name_at_talks():
    # plant: the _titled_newcomer fallback dropped from visits._meeting_party (the title's run cuts the name: no visitor)
    text = ("Kyrgyz Jogorku Kenesh Deputy Speaker Dastan Bekeshev held talks with Azerbaijani Speaker Sahiba Gafarova "
            "in Baku on Tuesday, during a visit.")
    assert proposed.visits(text, DAY) == [("Dastan Bekeshev", "Azerbaijan", "2026-09-08", "Baku", "other")]


def test_co_chairs_told_side_by_side():
    # plant: the _sides_co_chair_visit call dropped from visits.find_visits
    text = ("Türkmənistan və Özbəkistan arasında komissiyanın iclası sentyabrın 8-də Aşqabadda keçirilib. İclasa "
            "Türkmənistan tərəfdən Baş nazirin müavini Rəşid Meredov, Özbəkistan tərəfdən isə investisiya naziri Laziz "
            "Kudratov həmsədrlik edib.")
    assert proposed.visits(text, DAY) == [("Laziz Kudratov", "Turkmenistan", "2026-09-08", "Ashgabat", "other")]
    text = ("Türkiye ile Kazakistan arasındaki KEK toplantısı 8 Eylül'de Astana'da yapıldı. Toplantıya Türkiye tarafından "
            "Ticaret Bakanı Ömer Bolat, Kazakistan tarafından ise Başbakan Yardımcısı Serik Jumangarin eş başkanlık etti.")
    assert proposed.visits(text, DAY) == [("Ömer Bolat", "Kazakhstan", "2026-09-08", "Astana", "other")]
    # plant: the _REMOTE/_LOCAL_NOT_VISIT check dropped from visits._sides_co_chair_visit: held by video, no visit
    text = ("Türkiye ile Kazakistan arasındaki KEK toplantısı 8 Eylül'de Astana'dan video konferans yoluyla yapıldı. Toplantıya "
            "Türkiye tarafından Ticaret Bakanı Ömer Bolat, Kazakistan tarafından ise Başbakan Yardımcısı Serik Jumangarin "
            "eş başkanlık etti.")
    assert proposed.visits(text, DAY) == []


def test_reaching_a_place_named_after_its_apostrophe_is_coming_there():
    # plant: the "ulaşan" alternative dropped from visits._LOCAL_VISIT
    text = "Dün akşam Astana'ya ulaşan Enerji Bakanı Alparslan Bayraktar, bugün Kazak mevkidaşıyla görüştü."
    assert proposed.visits(text, DAY) == [("Alparslan Bayraktar", "Kazakhstan", "2026-09-09", "Astana", "other")]
    # a sum reached is no place
    text = "İki ülke arasındaki ticaret geçen yıl 3 milyar dolara ulaşan bir hacme çıktı, Bakan Bayraktar dün konuştu."
    assert proposed.visits(text, DAY) == []
