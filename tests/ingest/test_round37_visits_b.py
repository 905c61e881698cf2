"""Thirty-seventh round, visits B (Russian, Azerbaijani and Turkish; docs/extraction.md: visits.py, places.py,
sentences.py): the forms behind the dev/539, 549, 567 and 569 misses, and those the probes found, told in short
invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 16)  # a Saturday


def test_a_bracketed_aside_inside_a_russian_title_keeps_the_title_before_the_name():
    # plant: _without_bracket_asides(...) dropped from the title of visits._titled_newcomer
    text = ("Председатель Жогорку Кенеша (однопалатного парламента) Кыргызской Республики Нурлан Абдыкадыров прибыл "
            "12 мая в Ашхабад с официальным визитом.")
    assert proposed.visits(text, DAY) == [("Nurlan Abdykadyrov", "Turkmenistan", "2026-05-12", "Ashgabat", "official")]
    # a bracket with no office word before the name gives no title: no newcomer is read from it
    untitled = "Известный бизнесмен (меценат) из Бишкека Нурлан Абдыкадыров прибыл 12 мая в Ашхабад на выставку."
    assert proposed.visits(untitled, DAY) == []


def test_regional_centres_of_tajikistan_and_hungary_are_visit_cities():
    # plant: "TJK" and "HUN" dropped from places.CITIES
    ru = "Министр экономики Казахстана Серик Жумангарин 12 мая прибыл в Худжанд, где принял участие в бизнес-форуме."
    assert proposed.visits(ru, DAY) == [("Serik Zhumangarin", "Tajikistan", "2026-05-12", "Khujand", "other")]
    tr = "Ticaret Bakanı Ömer Bolat, iş forumu için dün Szeged'e geldi."
    assert proposed.visits(tr, DAY) == [("Ömer Bolat", "Hungary", "2026-05-15", "Szeged", "other")]
    # the city named as a home town, with no arrival, is no visit
    home = "Худжанд является вторым по величине городом Таджикистана, сообщил Серик Жумангарин 12 мая."
    assert proposed.visits(home, DAY) == []


def test_a_numbered_turkish_fair_does_not_end_the_sentence_at_its_ordinal():
    # plant: "|Fuar" dropped from sentences._ORDINAL_NOUNS
    text = ("Özbekistan Yatırım Bakanı Laziz Kudratov, bu yıl katıldığı 32. Bursa Tekstil Makineleri Fuarı için cuma "
            "günü Bursa'ya geldi.")
    assert proposed.visits(text, DAY) == [("Laziz Kudratov", "Türkiye", "2026-05-15", "Bursa", "other")]
    # a list's number still ends a sentence before a capitalised word that is no fair
    listed = "Bakan iki konuya değindi: 1. Ticaret hacmi arttı. 2. Yeni anlaşmalar imzalandı."
    assert proposed.visits(listed, DAY) == []


def test_a_lead_visit_without_a_day_takes_the_day_its_visitor_took_part_in_an_event():
    # plant: the "or _lead_guest_attended(...)" line dropped from the lead-guest hook of visits.find_visits
    text = ("Tarım Bakanı Hüseyin Aksoy, iş insanlarından oluşan heyetle birlikte Kazakistan'ın başkenti Astana'ya "
            "gitti.\n\nBakan Aksoy, perşembe günü Astana'da düzenlenen Türkiye-Kazakistan Tarım Forumu'na katıldı.")
    assert proposed.visits(text, DAY) == [("Hüseyin Aksoy", "Kazakhstan", "2026-05-14", "Astana", "other")]
    # someone else took part: the lead's visit gets no day from it
    other = ("Tarım Bakanı Hüseyin Aksoy, iş insanlarından oluşan heyetle birlikte Kazakistan'ın başkenti Astana'ya "
             "gitti.\n\nKazak Bakan Yerbol Nurlanov, perşembe günü Astana'da düzenlenen Tarım Forumu'na katıldı.")
    assert [v[0] for v in proposed.visits(other, DAY)] != ["Hüseyin Aksoy"]


def test_the_visitor_of_an_event_named_for_two_states_is_of_the_one_that_is_not_the_host():
    # plant: _guest_of_the_event_pair(...) replaced by `visitor` in visits._lead_guest_attended
    text = ("Ekonomi Bakanı Hasan Tahsin, beraberindeki heyetle Azerbaycan'ın başkenti Bakü'ye gitti.\n\n"
            "Bakan Tahsin, dün Bakü'de düzenlenen KKTC-Azerbaycan İş Forumu'na katıldı.")
    got = proposed.records("visits", text, DAY)
    assert [(r["visitor_name"], r["visitor_country"], r["start_date"]) for r in got] == \
        [("Hasan Tahsin", "Northern Cyprus", "2026-05-15")]


def test_a_russian_lead_visit_without_a_day_takes_the_day_its_visitor_took_part_in_an_event():
    # plant: romanize(clause) replaced by `clause` in visits._lead_guest_attended (the Cyrillic surname not matched)
    text = ("Министр сельского хозяйства Кыргызстана Бакыт Торобаев прибыл в Ашхабад.\n\n"
            "Торобаев в четверг принял участие в агропромышленной выставке в Ашхабаде.")
    assert proposed.visits(text, DAY) == [("Bakyt Torobayev", "Turkmenistan", "2026-05-14", "Ashgabat", "other")]
    # an event in another state's capital is not the lead's visit
    elsewhere = ("Министр сельского хозяйства Кыргызстана Бакыт Торобаев прибыл в Ашхабад.\n\n"
                 "Торобаев в четверг принял участие в агропромышленной выставке в Ташкенте.")
    assert ("Bakyt Torobayev", "Turkmenistan", "2026-05-14", "Ashgabat", "other") not in proposed.visits(elsewhere, DAY)
