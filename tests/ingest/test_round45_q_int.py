"""Forty-fifth round, quotes of interviews and dash-led lines (docs/extraction.md: quotes.py): the forms behind the
dev/789, 799, 800 and 807 misses and the failures the probes found, told in short invented sentences. Each test was seen
failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 27)

PLAIN_QUESTIONS = """Посол Казахстана в Азербайджане Болат Иманбаев рассказал газете о торговле.

Болат Кенесович, каким был прошлый год?

– Товарооборот вырос на двенадцать процентов и достиг рекорда.

Что мешает росту?

– Делегацию на форум возглавил вице-министр Нурлан Асанов, подписано пять соглашений.

Какие планы на следующий год?

– Мы откроем торговый дом в Баку и проведём большой бизнес-форум."""


def test_plain_paragraph_questions_over_dash_answers_are_an_interview():
    # plant: quotes._plain_question returning False
    assert proposed.quotes(PLAIN_QUESTIONS, DAY) == [
        ("Bolat Imanbayev", "Товарооборот вырос на двенадцать процентов и достиг рекорда."),
        ("Bolat Imanbayev", "Делегацию на форум возглавил вице-министр Нурлан Асанов, подписано пять соглашений."),
        ("Bolat Imanbayev", "Мы откроем торговый дом в Баку и проведём большой бизнес-форум.")]
    # one question paragraph over a dash line is a report's: the line's own attribution speaks
    report = ("Министр экономики Казахстана Серик Жумангарин провёл совещание в Астане.\n\nПочему растут цены?\n\n"
              "– Потому что дорожает логистика, — сказал Жумангарин журналистам.\n\nСовещание продолжилось.")
    assert proposed.quotes(report, DAY) == [("Serik Zhumangarin", "Потому что дорожает логистика")]


def test_the_interviewee_after_a_capitalised_place_keeps_the_surname():
    # plant: quotes._interviewee reading _CYRILLIC_NAME (three words at most) instead of _CYRILLIC_RUN
    text = ("Генеральный консул Узбекистана в Республике Казахстан Шерзод Каримов ответил на вопросы издания.\n\n"
            "С чего начался год?\n\n– С хороших цифр: за январь экспорт вырос на девять процентов.\n\n"
            "А что с транзитом?\n\n– Очереди на границе сократились вдвое, это большой успех.")
    assert {speaker for speaker, _ in proposed.quotes(text, DAY)} == {"Sherzod Karimov"}


def test_a_plain_paragraph_running_an_answer_on_is_read_whole_with_its_quote():
    # plant: the round-45 _answer_goes_on branch dropped from quotes._answer_holding_quotes
    text = ("Торговый представитель Казахстана в Турции Ержан Сапаров ответил на вопросы газеты.\n\n"
            "Кто возглавил делегацию?\n\n– Делегацию возглавил вице-министр торговли Айжан Бижанова, она провела "
            "десять встреч.\n\nВице-министр тогда сказала, что «каждая встреча должна закончиться контрактом». Мы так "
            "и работаем.\n\nКакие итоги?\n\n– Подписано семь контрактов на сорок миллионов долларов.")
    found = proposed.quotes(text, DAY)
    assert ("Yerzhan Saparov", "Вице-министр тогда сказала, что «каждая встреча должна закончиться контрактом». Мы "
            "так и работаем.") in found
    assert ("Ayzhan Bizhanova", "каждая встреча должна закончиться контрактом") in found
    assert ("Yerzhan Saparov", "Подписано семь контрактов на сорок миллионов долларов.") in found


def test_a_dash_line_an_even_number_of_turns_after_a_question_is_the_interviewers():
    # plant: quotes._interviewers_turn returning None
    text = ("Посол Кыргызстана в Туркменистане Азамат Иманкулов ответил на вопросы издания.\n\n— Каким был год?\n\n"
            "— Хорошим, товарооборот вырос на семь процентов.\n\n— А экспорт при этом упал. Производители жалуются на "
            "пошлины.\n\n— Пошлины обсуждаются на межправкомиссии, решение будет к осени.")
    assert proposed.quotes(text, DAY) == [
        ("Azamat Imankulov", "Хорошим, товарооборот вырос на семь процентов."),
        ("Azamat Imankulov", "Пошлины обсуждаются на межправкомиссии, решение будет к осени.")]
    # an answer run on in a plain paragraph takes no turn
    run_on = ("Посол Азербайджана в Узбекистане Хикмет Гаджиев ответил на вопросы издания.\n\n— Каким был год?\n\n"
              "— Рекордным, товарооборот превысил миллиард долларов.\n\nЭто стало возможным благодаря новым маршрутам "
              "через Каспий.\n\n— А очереди на границе остаются. Перевозчики жалуются на задержки.\n\n— Очереди "
              "сокращаются, мы внедряем электронную запись на переходах.")
    assert [quote for _, quote in proposed.quotes(run_on, DAY)] == [
        "Рекордным, товарооборот превысил миллиард долларов.",
        "Это стало возможным благодаря новым маршрутам через Каспий.",
        "Очереди сокращаются, мы внедряем электронную запись на переходах."]


def test_dash_list_items_under_a_colon_lead_are_no_quotes():
    # plant: quotes._dash_list_item returning False
    text = ("Uzbekistan's trade with Turkic states grew in January–April, the statistics agency reported.\n\n"
            "\"Exports grew faster than imports this spring,\" said Dilnoza Karimova, head of the agency's trade "
            "department.\n\nTrade with the partner states in January–April (change on a year earlier):\n\n"
            "– Kazakhstan: $1.2 billion (+8.1%);\n\n– Türkiye: $890.4 million (+3.3%);\n\n"
            "– Azerbaijan: $120.5 million, an increase of 15.2%.")
    assert proposed.quotes(text, DAY) == [("Dilnoza Karimova", "Exports grew faster than imports this spring")]
    # a lead with a verb of saying keeps its lines, list-like or not
    added = text.replace("Trade with the partner states in January–April (change on a year earlier):", "She added:")
    assert ("Dilnoza Karimova", "Kazakhstan: $1.2 billion (+8.1%)") in proposed.quotes(added, DAY)
    # and a single dash line under a colon lead is its speaker's, whatever the lead's verb
    single = ("Экономист Данияр Ашимбаев прокомментировал итоги квартала.\n\n«Рост торговли с Узбекистаном устойчив», "
              "— сказал Ашимбаев.\n\nОн связал спад с Киргизией с логистикой:\n\n– Грузы идут через три страны, и это "
              "делает их дороже для покупателя.")
    assert ("Daniyar Ashimbayev", "Грузы идут через три страны, и это делает их дороже для покупателя.") \
        in proposed.quotes(single, DAY)


def test_a_colon_inside_a_run_on_answer_is_no_label():
    # plant: quotes._labelled_answer_goes_on refusing any paragraph with ":" in its first 40 characters
    text = ("Aliya Nurova, head of the Kazakh–Azerbaijani business council, spoke to Caspian Weekly in Baku.\n\n"
            "CW: How was the year?\n\nNurova: A record one. Trade passed one billion dollars for the first time.\n\n"
            "To be frank: some members say we could double it. That needs new ferries.\n\nCW: What comes next?\n\n"
            "Nurova: A joint commission in Astana this autumn, and more cargo through Aktau.")
    assert ("Aliya Nurova", "To be frank: some members say we could double it. That needs new ferries.") \
        in proposed.quotes(text, DAY)
    # a labelled line of another speaker after the answer is still no run-on
    other = text.replace("To be frank: some members", "Gulnara Sadykova: some members")
    assert not any(quote.startswith("Gulnara") for _, quote in proposed.quotes(other, DAY))


def test_the_outlet_after_an_appositions_comma_is_no_interviewee():
    # plant: the "," alternative dropped from quotes._INTERVIEWING_OUTLET
    text = ("Azerbaijan's trade envoy to Kazakhstan, Rauf Aliyev, spoke to Steppe Business about the corridor.\n\n"
            "How did the year go?\n\n– Trade grew by eleven percent and passed half a billion dollars.\n\n"
            "What holds it back?\n\n– The ferries across the Caspian, which still run too rarely.")
    assert {speaker for speaker, _ in proposed.quotes(text, DAY)} == {"Rauf Aliyev"}
