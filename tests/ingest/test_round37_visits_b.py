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
