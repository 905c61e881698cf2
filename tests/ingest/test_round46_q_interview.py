"""Forty-sixth round, part q-interview (docs/extraction.md: quotes.py, figures.py, ingest/__init__.py): an interview
whose questions and answers are both plain paragraphs (dev/821, the KATİAD interview), the pair of the two countries
it is about when an answer lists other states, and its elliptic Turkish figure with the growth told after a semicolon;
told in short invented sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named
in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 3, 10)
TR_KZ = proposed.pair("Türkiye", "Kazakhstan")
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")

TR_INTERVIEW = ("Ekonomist Demir: hedef zor ama mümkün\n\n"
                "Ekonomist Murat Demir ile Türkiye ile Özbekistan arasındaki ticareti konuştuk.\n\n"
                "Sizce 5 milyar dolar hedefi gerçekçi mi?\n\n"
                "Gerçekçi, ama lojistik sorunları çözülmeden zor görünüyor.\n\n"
                "Rakamlara bakalım. En büyük engel ne?\n\n"
                "En büyük engel gümrüklerdeki uzun bekleme süreleri.\n\n"
                "Bunu aşmak için dijital gümrük sistemine geçiş şart.\n")


def test_plain_paragraph_interview_answers_are_the_interviewees_quotes():
    # plant: `plain = None` in place of the _plain_interview call in quotes.find_quotes
    assert proposed.quotes(TR_INTERVIEW, DAY) == [
        ("Murat Demir", "Gerçekçi, ama lojistik sorunları çözülmeden zor görünüyor."),
        ("Murat Demir", "En büyük engel gümrüklerdeki uzun bekleme süreleri."),
        ("Murat Demir", "Bunu aşmak için dijital gümrük sistemine geçiş şart.")]


def test_plain_interview_questions_are_no_quotes():
    # plant: `if payload not in plain.questions and …` made `if True and …` in quotes.find_quotes
    assert not any(quote.endswith("?") for _, quote in proposed.quotes(TR_INTERVIEW, DAY))


def test_plain_interview_in_english_after_answered_our_questions():
    # plant: the "answered … questions" alternative dropped from quotes._INTERVIEW_CUE
    text = ("Envoy says trade will double\n\n"
            "Kazakhstan's ambassador to Azerbaijan, Serik Zhumabayev, answered our questions on trade and transit.\n\n"
            "How do you see trade between the two countries this year?\n\n"
            "Trade keeps growing and our companies are finding new niches every month.\n\n"
            "What about the Middle Corridor?\n\n"
            "The corridor is the backbone of our cooperation, and the ferries are the weak link.\n")
    assert proposed.quotes(text, DAY) == [
        ("Serik Zhumabayev", "Trade keeps growing and our companies are finding new niches every month."),
        ("Serik Zhumabayev", "The corridor is the backbone of our cooperation, and the ferries are the weak link.")]


def test_plain_interview_in_russian_and_an_answer_holding_quote_marks():
    # plant: the `and not (plain and …)` condition dropped from the quoted_paragraphs filter in quotes.find_quotes
    text = ("Посол о торговле\n\n"
            "Посол Казахстана в Азербайджане Серик Жумабаев дал интервью нашему изданию.\n\n"
            "Как вы оцениваете торговлю в этом году?\n\n"
            "Торговля растет. Как говорят наши партнеры, «дорога строится вместе», и мы с этим согласны.\n\n"
            "А что со Средним коридором?\n\n"
            "Коридор остается основой нашего сотрудничества, слабое звено паромы.\n")
    assert proposed.quotes(text, DAY) == [
        ("Serik Zhumabayev", "Торговля растет. Как говорят наши партнеры, «дорога строится вместе», и мы с этим "
                             "согласны."),
        ("Serik Zhumabayev", "Коридор остается основой нашего сотрудничества, слабое звено паромы.")]


def test_plain_interview_in_azerbaijani_after_answered_the_sites_questions():
    # plant: the "suallar… cavablandır…" alternative dropped from quotes._INTERVIEW_CUE
    text = ("Səfir: ticarət artacaq\n\n"
            "Qazaxıstanın Azərbaycandakı səfiri Serik Jumabayev saytımızın suallarını cavablandırıb.\n\n"
            "Bu il ticarəti necə qiymətləndirirsiniz?\n\n"
            "Ticarət artır, şirkətlərimiz hər ay yeni imkanlar tapırlar.\n\n"
            "Orta Dəhliz barədə nə deyə bilərsiniz?\n\n"
            "Dəhliz əməkdaşlığımızın əsasıdır, bərələr isə zəif həlqədir.\n")
    assert proposed.quotes(text, DAY) == [
        ("Serik Jumabayev", "Ticarət artır, şirkətlərimiz hər ay yeni imkanlar tapırlar."),
        ("Serik Jumabayev", "Dəhliz əməkdaşlığımızın əsasıdır, bərələr isə zəif həlqədir.")]


def test_plain_questions_without_a_lead_saying_interview_give_no_quotes():
    # plant: the `if not _INTERVIEW_CUE.search(lead): return None` check dropped from quotes._plain_interview
    text = ("Trade rises\n\n"
            "Trade between Kazakhstan and Uzbekistan rose 10 percent, the statistics office told Aigerim Sadykova.\n\n"
            "Why does it matter to you?\n\n"
            "Cheaper goods reach the markets of both countries every week now.\n\n"
            "What comes next for your business?\n\n"
            "Analysts expect growth to slow in the second half of the year.\n")
    assert proposed.quotes(text, DAY) == []


def test_plain_questions_that_ask_no_one_give_no_quotes():
    # plant: the `or not any(_ASKS_YOU.search(…))` condition dropped from quotes._plain_interview
    text = ("Interview season\n\n"
            "The banker Aigerim Sadykova gave an interview to a local channel last week.\n\n"
            "What comes next?\n\n"
            "Analysts expect growth to slow in the second half of the year.\n\n"
            "Why now?\n\n"
            "The budget season opens in April and the ministries are busy.\n")
    assert proposed.quotes(text, DAY) == []


def test_a_feature_quoting_after_its_question_is_no_plain_interview():
    # plant: the check of an answer opening with a quote mark dropped from quotes._plain_interview
    text = ("A banker's view\n\n"
            "In an interview, Aigerim Sadykova, head of a Bishkek bank, spoke about payments.\n\n"
            "What worries you most?\n\n"
            "\"Correspondent accounts and the queues at the border,\" she replied. \"A licence can block a "
            "truck for a month.\"\n\n"
            "And your plans?\n\n"
            "\"We will open two branches in Osh next spring,\" she said.\n")
    quotes = [quote for _, quote in proposed.quotes(text, DAY)]
    assert not any(quote.startswith('"') or "she replied" in quote for quote in quotes)


def test_an_answer_naming_the_interviewee_makes_the_article_a_report():
    # plant: the `if any(surname.search(bodies[k]) …)` check dropped from quotes._plain_interview
    text = ("Banker on payments\n\n"
            "In an interview, Aigerim Sadykova, head of a Bishkek bank, discussed payments.\n\n"
            "What is your biggest problem?\n\n"
            "Sadykova pointed to correspondent accounts as the main obstacle this year.\n\n"
            "And your plans?\n\n"
            "The bank will open two branches in Osh, according to its annual report.\n")
    assert proposed.quotes(text, DAY) == []


def test_the_interviewee_is_whom_the_headline_names_not_the_interviewer():
    # plant: `return named[-1]` as the first line of quotes._plain_interviewee's loop's body
    text = ("Mehmet Kaya: Özbekistan pazarı büyüyor\n\n"
            "Ticaret Bakan Yardımcısı Mehmet Kaya ile Taşkent'te muhabirimiz Ali Veli konuştu.\n\n"
            "Özbekistan pazarını nasıl değerlendiriyorsunuz?\n\n"
            "Pazar her yıl büyüyor ve firmalarımız bunu görüyor.\n\n"
            "Hedefiniz ne?\n\n"
            "Hedefimiz iki yıl içinde ticareti ikiye katlamak.\n")
    assert proposed.quotes(text, DAY) == [
        ("Mehmet Kaya", "Pazar her yıl büyüyor ve firmalarımız bunu görüyor."),
        ("Mehmet Kaya", "Hedefimiz iki yıl içinde ticareti ikiye katlamak.")]


def test_a_list_of_three_states_after_the_lead_names_none_of_the_two_countries():
    # plant: ingest._listed_states returning set()
    text = ("Türk şirketleri Kazakistan'da\n\n"
            "Kazakistan'daki Türk iş insanları derneği toplandı.\n\n"
            "Ürünlerimiz Rusya'ya, Özbekistan'a, Kırgızistan'a ihraç ediliyor, ama en önemli pazar Türkiye.\n\n"
            "Geçen yıl iki ülke arasındaki ticaret hacmi 6,3 milyar dolar oldu.\n")
    assert proposed.trade(text, DAY) == [(TR_KZ, "2025", "turnover", 6300.0, "exact", "")]
    english = ("Kazakh firms abroad\n\n"
               "Kazakh business people met in Almaty.\n\n"
               "Their goods go to Russia, Uzbekistan and Kyrgyzstan, but the market that grows is Türkiye.\n\n"
               "Last year trade between the two countries was $6.3 billion.\n")
    assert proposed.trade_values(english, DAY) == {(TR_KZ, "2025", "turnover", 6300.0)}


def test_a_list_of_states_in_the_lead_still_names_the_two_countries():
    # plant: ingest._lead_end returning 0
    text = ("Three states meet\n\n"
            "Kazakhstan, Uzbekistan and Kyrgyzstan met in Tashkent.\n\n"
            "Trade between the two countries reached $4 billion last year. Azerbaijan sent an observer.\n")
    assert proposed.trade_values(text, DAY) == {(KZ_UZ, "2025", "turnover", 4000.0)}


def test_a_turkish_elliptic_figure_with_its_growth_after_a_semicolon():
    # plant: "göre" and "kiyasla" dropped from figures._GROWTH_TAIL_WORDS
    text = ("Türkiye ile Kazakistan ticareti\n\n"
            "Geçen yıl iki ülke arasındaki ticaret hacmi 6,3 milyar dolar oldu. Bu yılın ilk yarısında ise 3 milyar "
            "112 milyon dolara ulaştık; geçen yılın aynı dönemine göre yüzde 5,2'lik bir artış var.\n")
    assert proposed.trade(text, DAY) == [(TR_KZ, "2025", "turnover", 6300.0, "exact", ""),
                                         (TR_KZ, "2026-H1", "turnover", 3112.0, "exact", "5.2")]


def test_a_turkish_elliptic_figure_falling_to_its_amount():
    # plant: the "geriledi|düştü|yükseldi" alternative dropped from figures._ELLIPTIC_AFTER
    text = ("Türkiye ile Kazakistan ticareti\n\n"
            "Geçen yıl iki ülke arasındaki ticaret hacmi 6,3 milyar dolar oldu. Bu yılın ilk çeyreğinde ise 1,4 "
            "milyar dolara geriledi.\n")
    assert proposed.trade_values(text, DAY) == {(TR_KZ, "2025", "turnover", 6300.0),
                                                (TR_KZ, "2026-Q1", "turnover", 1400.0)}


def test_the_writers_note_closing_a_plain_interview_is_no_answer():
    # plant: `notes.add(paras[k])` made `pass` in quotes._plain_interview
    text = ("Envoy says trade will double\n\n"
            "Kazakhstan's ambassador to Azerbaijan, Serik Zhumabayev, answered our questions on trade.\n\n"
            "How do you see trade between the two countries this year?\n\n"
            "Trade keeps growing and our companies are finding new niches every month.\n\n"
            "What about the ferries?\n\n"
            "The ferries are the weak link of the corridor, and we are buying two more.\n\n"
            "The interview has been edited for length and clarity.\n")
    assert proposed.quotes(text, DAY) == [
        ("Serik Zhumabayev", "Trade keeps growing and our companies are finding new niches every month."),
        ("Serik Zhumabayev", "The ferries are the weak link of the corridor, and we are buying two more.")]
