"""Forty-fourth round, Russian and Azerbaijani quotes (docs/extraction.md: quotes.py): the forms behind the dev/754,
760, 765, 778 and 783 misses, told in short invented sentences. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 1)


def test_azerbaijani_title_chain_before_the_name_after_deye():
    # plant: _az_name_after_title_chain returning None
    dash = ("– Ticarət dövriyyəsi ilin sonunadək daha da artacaq, – deyə Agentliyin Xarici Ticarət şöbəsinin "
            "müdiri Rauf Əliyev bildirib.")
    assert proposed.quotes(dash, DAY) == [("Rauf Əliyev", "Ticarət dövriyyəsi ilin sonunadək daha da artacaq")]
    marks = ("“Yükdaşımaların həcmi bu il iki dəfə artıb”, – deyə Limanın Yük Terminalı idarəsinin direktoru Anar "
             "Rzayev vurğulayıb.")
    assert proposed.quotes(marks, DAY) == [("Anar Rzayev", "Yükdaşımaların həcmi bu il iki dəfə artıb")]
    # a plain capitalised title before the name stays read as before
    plain = "“Yükdaşımaların həcmi bu il iki dəfə artıb”, – deyə nazir Anar Rzayev vurğulayıb."
    assert proposed.quotes(plain, DAY) == [("Anar Rzayev", "Yükdaşımaların həcmi bu il iki dəfə artıb")]


def test_azerbaijani_short_title_is_the_one_titled_in_full_before():
    # plant: _az_short_title_named_before returning None
    text = ("Görüşdə Qəbələ Rayon İcra Hakimiyyətinin başçısı Sabir Əliyev çıxış edib. “Qəbələ ilə Səmərqənd "
            "arasında dostluq əlaqələri çox qədimdir”, – deyə icra başçısı vurğulayıb.")
    assert proposed.quotes(text, DAY) == [("Sabir Əliyev",
                                           "Qəbələ ilə Səmərqənd arasında dostluq əlaqələri çox qədimdir")]
    # two so titled before: no one
    two = ("Qonaqları Şəki Şəhər İcra Hakimiyyətinin başçısı Elnur Həsənli və Oğuz Rayon İcra Hakimiyyətinin "
           "başçısı Sahib Quliyev qarşılayıb.\n\n“İki bölgə arasında ticarət əlaqələrini genişləndirmək "
           "istəyirik”, – deyə icra başçısı qeyd edib.")
    assert proposed.quotes(two, DAY) == []


def test_russian_present_went_on_splits_the_quote_for_its_speaker():
    # plant: "продолжает" dropped from RU_VERBS
    text = ("Экономист Азамат Сейткали считает, что рост продолжится. «Спрос на зерно стабилен, – продолжает "
            "Сейткали. – Вопрос только в логистике и цене доставки»")
    assert proposed.quotes(text, DAY) == [("Azamat Seytkali", "Спрос на зерно стабилен"),
                                          ("Azamat Seytkali", "Вопрос только в логистике и цене доставки")]


def test_russian_manner_adverb_before_the_verb_and_pronoun():
    # plant: the manner adverb "(?:[а-яё]{3,}о\s+)?" dropped from AFTER_VERB_PRONOUN_RU
    text = "Эксперт Дина Омарова уверена в росте торговли. «Через пять лет оборот удвоится», – спокойно говорит она."
    assert proposed.quotes(text, DAY) == [("Dina Omarova", "Через пять лет оборот удвоится")]


def test_russian_minister_title_with_a_list_of_portfolios():
    # plant: the _RU_TITLE_LIST_REST branch removed from _attribute
    text = ("«Мы подписали девять соглашений на сумму 300 млн долларов», — сказал министр экономики, торговли и "
            "промышленности Кыргызстана Данияр Амангельдиев.")
    assert proposed.quotes(text, DAY) == [("Daniyar Amangeldiyev",
                                           "Мы подписали девять соглашений на сумму 300 млн долларов")]
    # a bare title then a gerund's clause names no one in the clause
    gerund = ("Спикер парламента Нурлан Оразов прибыл в Бишкек.\n\n«Граница больше не разделяет, а соединяет "
              "наши народы», — сказал спикер, выступая позднее в Жогорку Кенеше.")
    assert ("Zhogorku Keneshe", "Граница больше не разделяет, а соединяет наши народы") \
        not in proposed.quotes(gerund, DAY)
