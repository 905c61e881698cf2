"""Forty-first round, Azerbaijani quotes and speakers (docs/extraction.md: quotes.py, people.py): the forms behind the
dev/646, 658, 670, 682, 694, 700 and 706 misses and the failures the probes found, told in short invented sentences.
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)


def test_dash_line_attribution_with_a_given_names_initial():
    # plant: the _INITIAL_DOT alternative dropped from the "deyə" (spk4) part of quotes._DASH_ATTRIBUTION
    text = ("Qazaxıstanın nəqliyyat naziri Nurlan Sauranbayev Bakıya gəlib.\n\n"
            "– Orta Dəhliz bizim üçün əsas marşrutdur, – deyə N.Sauranbayev vurğulayıb.")
    assert proposed.quotes(text, DAY) == [("Nurlan Sauranbayev", "Orta Dəhliz bizim üçün əsas marşrutdur")]


def test_bizim_before_an_outlets_hyphenated_case_is_the_outlets():
    # plant: "Bizim" dropped from people._OUTLET_CASE (back to "Yeni\s+" alone)
    text = ("İqtisadçı ekspert Natiq Cəfərli Bizim Yol-a açıqlamasında bildirib ki, ticarət artır.\n\n"
            "“Əsas problem logistikanın baha olmasıdır”, – ekspert deyib.")
    assert proposed.quotes(text, DAY) == [("Natiq Cəfərli", "Əsas problem logistikanın baha olmasıdır")]


def test_a_regions_name_after_a_name_before_its_noun_is_no_surname():
    # plant: people.without_region_name_after_name returning its text unchanged
    text = ("Sahibkar Elvin Qasımov Kəlbəcər rayonunun fermerləri ilə görüşüb və bildirib: "
            "“Biz ixracı iki dəfə artıracağıq”.")
    assert proposed.quotes(text, DAY) == [("Elvin Qasımov", "Biz ixracı iki dəfə artıracağıq")]
    # a surname before "vilayəti" (the accusative "the region") stays the name's
    surname = "Akim Serik Yusupov vilayəti gəzib və bildirib: “Biz yeni zavod tikəcəyik burada”."
    assert proposed.quotes(surname, DAY) == [("Serik Yusupov", "Biz yeni zavod tikəcəyik burada")]


def test_head_of_state_before_anyone_spoke_is_the_one_the_lead_opens_with():
    # plant: "dövlət\s+başçısı" dropped from quotes._AZ_HEAD_AFTER
    text = ("Özbəkistan Prezidenti Şavkat Mirziyoyev Bakıya dövlət səfərinə gəlib.\n\n"
            "Prezident İlham Əliyev səfərin əhəmiyyətini qeyd edib.\n\n"
            "“Özbəkistan bizim üçün qardaş ölkədir və strateji tərəfdaşdır”, – deyə dövlət başçısı vurğulayıb.")
    assert proposed.quotes(text, DAY) == [("Ilham Aliyev",
                                           "Özbəkistan bizim üçün qardaş ölkədir və strateji tərəfdaşdır")]


def test_head_of_state_named_after_a_participle_of_speaking():
    # plant: quotes._opens_with_after_speaking returning _opens_with alone
    text = ("Prezident İlham Əliyev Özbəkistan Prezidenti Şavkat Mirziyoyevi qarşılayıb.\n\n"
            "Mətbuata bəyanatla çıxış edən Şavkat Mirziyoyev səfərin əhəmiyyətini qeyd edib.\n\n"
            "“Azərbaycan bizim üçün qardaş ölkədir və strateji tərəfdaşdır”, – deyə dövlət başçısı vurğulayıb.")
    assert proposed.quotes(text, DAY) == [("Shavkat Mirziyoyev",
                                           "Azərbaycan bizim üçün qardaş ölkədir və strateji tərəfdaşdır")]


def test_a_places_title_saying_in_the_lead_is_its_subject_again():
    # plant: quotes._az_title_naming_nobody_else returning False
    text = ("Bakı şəhərinin başçısı Eldar Əzizov qonaqları qarşılayıb.\n\n"
            "Nurlan Kenzhebekov isə Bakının inkişafını yüksək qiymətləndirib. Şımkent akimi qeyd edib ki, əlaqələr "
            "potensiala uyğun deyil.\n\n“Şımkent şirkətləri Azərbaycan bazarına çıxmaq istəyir”, – o deyib.")
    assert proposed.quotes(text, DAY) == [("Nurlan Kenzhebekov",
                                           "Şımkent şirkətləri Azərbaycan bazarına çıxmaq istəyir")]


def test_a_view_stressed_after_a_partial_quote():
    # plant: "fikrini (?:vurğulayıb|qeyd edib)" dropped from quotes.TR_VERBS
    text = "İqtisadçı Natiq Cəfərli “ticarət dövriyyəsi hələ potensialdan aşağıdır” fikrini qeyd edib."
    assert proposed.quotes(text, DAY) == [("Natiq Cəfərli", "ticarət dövriyyəsi hələ potensialdan aşağıdır")]


def test_he_opening_a_sentence_that_ends_in_a_view_stressed():
    # plant: the AZ_PRONOUN_OPENS branch dropped from quotes._az_pronoun_subject
    text = ("Qazaxıstanın Türküstan vilayətinin akimi Dərxan Satıbaldı Şuşaya gəlib.\n\n"
            "“Şuşa və Türküstan türk dünyasının iki paytaxtıdır”, - akim qeyd edib.\n\n"
            "O, ticarətin “iki dəfə artması üçün yeni aviareyslər lazımdır” fikrini vurğulayıb.")
    assert ("Dərxan Satıbaldı", "iki dəfə artması üçün yeni aviareyslər lazımdır") in proposed.quotes(text, DAY)


def test_the_guest_also_thanking_in_a_partial_quote():
    # plant: the _AZ_GUEST_ALSO_OPENING branch dropped from quotes._az_pronoun_subject
    said = ("Qırğızıstanın iqtisadiyyat naziri Daniyar Amangeldiyev Bakıya gəlib.\n\n"
            "“Biz Azərbaycanla ticarəti artırmaq istəyirik”, - deyə Daniyar Amangeldiyev bildirib.\n\n")
    thanks = "Azərbaycan tərəfinə “göstərilən qonaqpərvərliyə və səmimi qəbula görə” təşəkkürünü bildirib."
    assert proposed.quotes(said + "Qonaq həmçinin " + thanks, DAY) == [
        ("Daniyar Amangeldiyev", "Biz Azərbaycanla ticarəti artırmaq istəyirik"),
        ("Daniyar Amangeldiyev", "göstərilən qonaqpərvərliyə və səmimi qəbula görə")]
    # "the guest, in turn" turns from the last speaker: no one's
    assert proposed.quotes(said + "Qonaq isə " + thanks, DAY) == [
        ("Daniyar Amangeldiyev", "Biz Azərbaycanla ticarəti artırmaq istəyirik")]
    # nor is the host who spoke last the guest
    host = said.replace("deyə Daniyar Amangeldiyev", "deyə Baş nazir Əli Əsədov")
    assert proposed.quotes(host + "Qonaq da " + thanks, DAY) == [
        ("Ali Asadov", "Biz Azərbaycanla ticarəti artırmaq istəyirik")]


def test_a_zones_or_parks_declined_name_is_no_speaker():
    # plant: "|zonası|parkı" dropped from people._DECLINED_BODY_NOUN
    # (no one the rules can name is no speaker, "Qonaq Sumqayıt Kimya Sənaye" least of all)
    park = "Qonaq Sumqayıt Kimya Sənaye Parkında olub və bildirib: “Biz burada üç yeni zavod tikəcəyik”."
    assert proposed.quotes(park, DAY) == []
    zone = ("Sahibkar Elvin Qasımov Ələt Azad İqtisadi Zonasında çıxış edərək bildirib: "
            "“Biz burada üç yeni zavod tikəcəyik”.")
    assert all("Ələt" not in speaker for speaker, _ in proposed.quotes(zone, DAY))


def test_a_subheadings_title_with_a_dotted_capital():
    # plant: ".translate(_FOLDED_I)" dropped from the title of quotes._az_subheading_title_below
    text = ("Ticarət artır\n\nBaşlıq mətni burada gəlir və heç kim danışmır.\n\n"
            "İqtisadçı: “Logistika hələ də əsas problemdir”\n\n"
            "Report-a danışan iqtisadçı Vüsal Qasımlı hesab edir ki, tranzit artır.\n\n"
            "“Biz bazarı yalnız tranzit yolu kimi görürük”, – iqtisadçı əlavə edib.")
    assert proposed.quotes(text, DAY) == [("Vüsal Qasımlı", "Logistika hələ də əsas problemdir"),
                                          ("Vüsal Qasımlı", "Biz bazarı yalnız tranzit yolu kimi görürük")]


def test_a_headlines_place_title_is_the_body_speaker_so_titled():
    # plant: quotes._headline_title_holder returning None
    body = ("\n\nQazaxıstanın Şımkent şəhərinin akimi Qabit Syzdykbekovun başçılıq etdiyi heyət Bakıya gəlib.\n\n"
            "“Biz Bakı ilə birbaşa aviareys açmaq istəyirik”, – deyə Qabit Syzdykbekov bildirib.")
    text = "Şımkent akimi Bakıda: “Şımkent və Bakı iki qardaş şəhərdir”" + body
    assert proposed.quotes(text, DAY) == [("Qabit Syzdykbekov", "Şımkent və Bakı iki qardaş şəhərdir"),
                                          ("Qabit Syzdykbekov", "Biz Bakı ilə birbaşa aviareys açmaq istəyirik")]
    # another place's akim in the headline is nobody the body names so
    other = "Almatı akimi Bakıda: “Almatı və Bakı iki qardaş şəhərdir”" + body
    assert proposed.quotes(other, DAY) == [("Qabit Syzdykbekov", "Biz Bakı ilə birbaşa aviareys açmaq istəyirik")]


def test_a_city_in_the_dative_after_a_name_is_no_surname():
    # plant: the places.is_city_word branch dropped from people._without_place_case
    text = "Sahibkar Elvin Qasımov Şuşaya gəlib və bildirib: “Biz burada üç yeni otel tikəcəyik”."
    assert proposed.quotes(text, DAY) == [("Elvin Qasımov", "Biz burada üç yeni otel tikəcəyik")]
