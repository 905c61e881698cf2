"""Forty-third round, Russian quotes (docs/extraction.md: quotes.py, people.py, name_forms.py): the forms behind the
dev/735, 741 and 747 quote misses and the failures the probes found, told in short invented sentences. Each test was
seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from dashboard.ingest.name_forms import ru_nominative_of_oblique
from dashboard.ingest.people import ru_titled_mentions
from tests.ingest import proposed

DAY = date(2026, 7, 15)


def test_time_adverb_between_subject_and_naming_verb():
    # plant: the Russian adverbs ("ещё" … "зимой") dropped from quotes._WHEN_ADVERB
    text = "Касым-Жомарт Токаев ещё весной назвал Азербайджан «стратегическим партнёром всего нашего региона»."
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev", "стратегическим партнёром всего нашего региона")]


def test_time_with_a_preposition_before_the_verb_is_no_verb():
    # plant: the _RU_VERB_SHAPED alternative dropped from SUBJECT's "в …" group (the verb read as "году")
    text = "Шавкат Мирзиёев в 2023 году назвал Туркменистан «надёжным соседом и важным партнёром»."
    assert proposed.quotes(text, DAY) == [("Shavkat Mirziyoyev", "надёжным соседом и важным партнёром")]
    where = "Садыр Жапаров в ходе визита в Баку отметил, что отношения «вышли на новый уровень»."
    assert proposed.quotes(where, DAY) == [("Sadyr Japarov", "вышли на новый уровень")]


def test_imperfective_naming_verb_before_a_partial_quote():
    # plant: "называл"/"называла" dropped from quotes._NAMING_VERBS
    text = "Ильхам Алиев не раз называл Узбекистан «братской страной и верным другом»."
    assert proposed.quotes(text, DAY) == [("Ilham Aliyev", "братской страной и верным другом")]
    # what he called a person another names is no word of his for sure
    other = "Ильхам Алиев не раз называл Шавката Мирзиёева «братом и верным другом нашей страны»."
    assert proposed.quotes(other, DAY) == []


def test_second_partial_quote_after_and_promised_that():
    # plant: "обещала|обещал" dropped from quotes.RU_VERBS
    text = ("Сердар Бердымухамедов называл Кыргызстан «давним и надёжным другом народа» и обещал, что Ашхабад "
            "«поможет с транзитом грузов».")
    assert proposed.quotes(text, DAY) == [("Serdar Berdimuhamedow", "давним и надёжным другом народа"),
                                          ("Serdar Berdimuhamedow", "поможет с транзитом грузов")]


def test_to_become_names_no_article():
    # plant: "стать[яюие]" written back as "стать" in quotes._RU_NAMED_THING_END
    text = "Садыр Жапаров напомнил, что регионы должны стать «главным двигателем приграничного сотрудничества»."
    assert proposed.quotes(text, DAY) == [("Sadyr Japarov", "главным двигателем приграничного сотрудничества")]
    # an article in marks is still a title, no one's words
    article = "Садыр Жапаров призвал участников прочитать статью «Каспий: новые возможности для транзита»."
    assert proposed.quotes(article, DAY) == []


def test_speaker_first_named_in_the_genitive_is_read_in_the_nominative():
    # plant: the ru_nominative_of_oblique call dropped from the unlisted-name branch of people.Resolver._resolve
    # (a title the titled-name rules do not know, so that only the read-back names her)
    text = ("По словам владелицы компании «Silk Way» Гульнары Асановой, спрос на фрукты растёт.\n\n"
            "– Мы подписали пять контрактов за одну неделю, – рассказала она.")
    assert proposed.quotes(text, DAY) == [("Gulnara Asanova", "Мы подписали пять контрактов за одну неделю")]


def test_oblique_surname_endings_read_back_only_when_certain():
    # plant: the given-name check dropped from name_forms.ru_nominative_of_oblique
    assert ru_nominative_of_oblique("Дилнозе Юсуповой") == "Дилноза Юсупова"
    assert ru_nominative_of_oblique("Рустамом Назаровым") == "Рустам Назаров"
    assert ru_nominative_of_oblique("Айгуль Сейтовой") == "Айгуль Сейтова"
    # a man's adjectival surname in the nominative, a woman's name in the accusative: no certain case, kept
    assert ru_nominative_of_oblique("Андрей Луговой") == "Андрей Луговой"
    assert ru_nominative_of_oblique("Анну Иванову") == "Анну Иванову"


def test_region_head_by_title_alone_is_the_one_so_titled():
    # plant: the _ru_region_head_named call dropped from quotes._subject_partial
    text = ("Делегация Хорезма во главе с хокимом Фаррухом Рахимовым прибыла в Дашогуз. Там хоким встретился с "
            "хякимом велаята Батыром Оразовым. Хяким Дашогузского велаята подчеркнул, что стороны должны стать "
            "«добрыми соседями на долгие века».")
    assert proposed.quotes(text, DAY) == [("Batyr Orazov", "добрыми соседями на долгие века")]
    # two governors so titled: no one
    two = ("Гостей принимали аким Атырауской области Серик Шапкенов и аким Мангистауской области Нурлан Ногаев. "
           "Аким области напомнил, что регион должен стать «главным портом на Каспии».")
    assert proposed.quotes(two, DAY) == []


def test_second_title_after_a_preposition_holds_the_name():
    # plant: people.ru_titled_matches yielding each _RU_TITLED match as found
    text = "В Дашогузе хоким встретился с хякимом велаята Батыром Оразовым."
    assert ru_titled_mentions(text) == [("хяким", " велаята", "Батыр Оразов")]
    # a title of a title with no preposition between is one title
    deputy = "Заместитель министра экономики Эрмек Касымов прибыл в Ашхабад."
    assert ru_titled_mentions(deputy) == [("заместитель", " министра экономики", "Эрмек Касымов")]


def test_portfolio_list_with_commas_titles_the_minister():
    # plant: the comma alternative dropped from the "of" group of people._RU_TITLED
    text = "Делегацию возглавил министр сельского, водного и лесного хозяйства Нурлан Абдыкеримов."
    assert ru_titled_mentions(text) == [("министр", " сельского, водного и лесного хозяйства", "Нурлан Абдыкеримов")]
    clause = "Делегацию возглавил министр, прибывший в город Нурлан Абдыкеримов."
    assert ru_titled_mentions(clause) == []


def test_head_of_a_states_ministry_is_the_minister_who_spoke():
    # plant: the round-43 fallback to the last speaker dropped from people.Resolver._named_minister
    # (a second minister named who never speaks, so that "the one minister named" cannot stand in for the last speaker)
    text = ("Делегацию возглавил министр инвестиций, промышленности и торговли Лазиз Кудратов. В её составе был и "
            "министр строительства Бахтиёр Рахимов.\n\n"
            "— Турция — наш ключевой партнёр в регионе, — сказал Кудратов.\n\n"
            "«Мы ждём турецких инвесторов в наших регионах», — подчеркнул глава узбекского министерства.")
    assert proposed.quotes(text, DAY) == [("Laziz Kudratov", "Турция — наш ключевой партнёр в регионе"),
                                          ("Laziz Kudratov", "Мы ждём турецких инвесторов в наших регионах")]
    # after an economist spoke, the ministry's head is no one
    economist = ("Экономист Азамат Келдибеков считает, что торговля вырастет.\n\n"
                 "«Рынок готов к новым поставкам уже в этом году», — сказал глава узбекского министерства.")
    assert proposed.quotes(economist, DAY) == []


def test_head_of_a_states_ministry_before_anyone_spoke():
    # plant: "министерств" dropped from the gate of people.Resolver._named_minister
    text = ("Делегацию возглавил министр инвестиций, промышленности и торговли Лазиз Кудратов.\n\n"
            "«Мы ждём турецких инвесторов в наших регионах», — подчеркнул глава узбекского министерства.")
    assert proposed.quotes(text, DAY) == [("Laziz Kudratov", "Мы ждём турецких инвесторов в наших регионах")]


def test_surname_acknowledging_after_its_full_name_in_the_same_paragraph():
    # plant: the early note_names_in dropped from find_quotes' plain-paragraph branch
    text = ("Садыр Жапаров называл Казахстан «надёжным партнёром и братской страной».\n\n"
            "Заместитель министра экономики Эрмек Касымов в мае побывал в Астане. Касымов признаёт, что до цели "
            "далеко.\n\n"
            "– Наши грузы идут через Казахстан, и это дорого, – пояснил замминистра.")
    assert proposed.quotes(text, DAY) == [("Sadyr Japarov", "надёжным партнёром и братской страной"),
                                          ("Ermek Kasymov", "Наши грузы идут через Казахстан, и это дорого")]


def test_acknowledges_reports_speech():
    # plant: "признаёт|признает" dropped from quotes.RU_VERBS
    text = ("Садыр Жапаров называл Казахстан «надёжным партнёром и братской страной».\n\n"
            "Заместитель министра экономики Эрмек Касымов побывал в Астане.\n\n"
            "Касымов признаёт, что до цели далеко.\n\n"
            "– Наши грузы идут через Казахстан, и это дорого, – пояснил замминистра.")
    assert proposed.quotes(text, DAY)[-1] == ("Ermek Kasymov", "Наши грузы идут через Казахстан, и это дорого")
    # "признаёт" the only verb of saying
    alone = ("Заместитель министра экономики Эрмек Касымов побывал в Астане.\n\n"
             "«До цели ещё далеко», — признаёт Касымов.")
    assert proposed.quotes(alone, DAY) == [("Ermek Kasymov", "До цели ещё далеко")]
