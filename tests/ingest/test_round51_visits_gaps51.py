"""Fifty-first round, visits gaps (docs/extraction.md: visits.py, people.py, places.py): forms the first wave's probes
found wrong, no dev article's miss behind them, told in short invented sentences: one document told "held talks … and
signed a" in the visit's own sentence, a Russian count after "подписанием", a given name apart from a holder's before
his surname, a region around a capital, "this" typed visit in a sentence of its own, and deals in a sentence opening
on the forum's sidelines. Each test was seen failing once on a planted bug (then reverted); the plant is named in its
comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
VISIT = "Ilham Aliyev arrived in Astana on Tuesday for talks with Kassym-Jomart Tokayev and a business forum. "


def test_talks_and_one_document_signed_in_the_visits_own_sentence():
    # plant: the _TALKS_AND_SIGNED_ONE branch dropped from visits._add_details
    text = ("President Shavkat Mirziyoyev paid an official visit to Azerbaijan on Tuesday, where he held talks with "
            "Ilham Aliyev and signed a memorandum on energy.")
    assert proposed.documents(text, DAY) == ["1"]
    met = ("Kazakh Foreign Minister Murat Nurtleu arrived in Baku on Tuesday, met Jeyhun Bayramov and signed an "
           "agreement on visas.")
    assert proposed.documents(met, DAY) == ["1"]
    # talks with no signing leave the count untold
    plain = ("President Shavkat Mirziyoyev paid an official visit to Azerbaijan on Tuesday, where he held talks with "
             "Ilham Aliyev.")
    assert proposed.documents(plain, DAY) == ["0"]  # round 71 (docs0): none told signed is 0


def test_a_russian_count_in_the_genitive_after_podpisaniem():
    # plant: the (?<=подписанием\s) alternative dropped from visits._LOCAL_DOCUMENTS
    text = "Официальный визит Шавката Мирзиёева в Баку 17 ноября завершился подписанием трех соглашений."
    assert proposed.documents(text, DAY) == ["3"]
    five = ("Президент Узбекистана Шавкат Мирзиёев 17 ноября прибыл в Баку. Переговоры завершились подписанием пяти "
            "документов.")
    assert proposed.documents(five, DAY) == ["5"]
    # the genitive elsewhere still counts no documents ("в присутствии глав двух государств")
    states = ("Президент Узбекистана Шавкат Мирзиёев 17 ноября прибыл в Баку. В присутствии глав двух государств "
              "документы были подписаны.")
    assert proposed.documents(states, DAY) != ["2"]


def test_another_given_name_before_a_holders_surname_is_someone_else():
    # plant: people._given_name_apart returning False
    other = "Uzbek Foreign Minister Bahodir Saidov arrived in Baku on Tuesday for talks."
    assert proposed.visits(other, DAY) == [("Bahodir Saidov", "Azerbaijan", "2026-11-17", "Baku", "other")]
    quoted = other + ' "Our ties grow every single year," Saidov said.'
    assert proposed.quotes(quoted, DAY) == [("Bahodir Saidov", "Our ties grow every single year")]
    # the holder's own given name in another transliteration stays he
    for given in ("Bakhtiyor", "Baxtiyor", "Bahtiyor"):
        text = f"Uzbek Foreign Minister {given} Saidov arrived in Baku on Tuesday for talks."
        assert [v[0] for v in proposed.visits(text, DAY)] == ["Bakhtiyor Saidov"]
    russian = "Министр иностранных дел Узбекистана Бахтиёр Саидов во вторник прибыл в Баку."
    assert [v[0] for v in proposed.visits(russian, DAY)] == ["Bakhtiyor Saidov"]


def test_a_region_around_a_capital_is_no_city():
    # plant: the _REGION_AFTER_CAPITAL check dropped from places._found (capital left True)
    text = "Kazakh Prime Minister Olzhas Bektenov on Tuesday wrapped up a trip to neighbouring Tashkent region."
    assert proposed.visits(text, DAY) == [("Olzhas Bektenov", "Uzbekistan", "2026-11-17", "", "other")]
    turkish = "Kazakistan Başbakanı Olzhas Bektenov salı günü Özbekistan'ın Taşkent bölgesine geldi."
    assert [v[3] for v in proposed.visits(turkish, DAY)] == [""]
    # the capital itself stays the city
    city = "Kazakh Prime Minister Olzhas Bektenov arrived in Tashkent on Tuesday for talks."
    assert proposed.visits(city, DAY) == [("Olzhas Bektenov", "Uzbekistan", "2026-11-17", "Tashkent", "other")]


def test_this_typed_visit_in_a_sentence_of_its_own():
    # plant: the "^this … visit" alternatives dropped from visits._VISIT_IS_TYPED
    text = "Ilham Aliyev arrived in Astana on Tuesday. This working visit is short."
    assert [v[4] for v in proposed.visits(text, DAY)] == ["working"]
    russian = "Ильхам Алиев во вторник прибыл в Астану. Этот рабочий визит продлится два дня."
    assert [v[4] for v in proposed.visits(russian, DAY)] == ["working"]
    aside = "Ilham Aliyev arrived in Astana on Tuesday. This official visit, the first since 2019, will last two days."
    assert [v[4] for v in proposed.visits(aside, DAY)] == ["official"]
    # a typed word before another noun says no type
    format_ = "Ilham Aliyev arrived in Astana on Tuesday. This working visit format was agreed in 2019."
    assert [v[4] for v in proposed.visits(format_, DAY)] == ["other"]


def test_deals_in_a_sentence_opening_on_the_forum_add():
    # plant: visits._opens_on_the_forum returning False
    told = VISIT + "The leaders signed five agreements. "
    assert proposed.documents(told + "On the sidelines of the forum, companies signed four agreements.", DAY) == ["9"]
    margins = told + "On the margins of the business forum, Azerbaijani and Kazakh firms signed four contracts."
    assert proposed.documents(margins, DAY) == ["9"]
    russian = ("Президент Ильхам Алиев 17 ноября прибыл в Астану с официальным визитом. Лидеры подписали пять "
               "соглашений. На полях форума подписано четыре коммерческих соглашения.")
    assert proposed.documents(russian, DAY) == ["9"]
    turkish = ("Cumhurbaşkanı İlham Aliyev 17 Kasım'da resmi ziyaret için Astana'ya geldi. Liderler beş anlaşma "
               "imzaladı. Forum kapsamında dört ticari anlaşma imzalandı.")
    assert proposed.documents(turkish, DAY) == ["9"]
    # a smaller count with no sidelines opening stays a part of the told ("at the forum" may be where they were signed)
    part = told + "Later, four agreements were signed by ministries."
    assert proposed.documents(part, DAY) == ["5"]
    assert proposed.documents(told + "At the forum, firms signed four commercial agreements.", DAY) == ["5"]
    # as many as told may be the same deals told again: the count stays
    same = told + "On the sidelines of the forum, companies signed five agreements."
    assert proposed.documents(same, DAY) == ["5"]
