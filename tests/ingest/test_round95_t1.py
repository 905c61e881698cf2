"""Ninety-fifth round, t1 (docs/extraction.md: money.py, figures.py, document.py): trade figures and targets.
A dollar amount in brackets after an amount told with another currency's code, in trillions too ("exceeded KZT 2.4
trillion (USD 4.7 billion)"), takes the qualifier told on that amount (money._HOME_AMOUNT_BEFORE_BRACKET, _OTHER_CODE).
Turkish "exceeded" after an amount whose currency is written as a proper noun, its case ending after an apostrophe
("350 milyon ABD Doları'nı aştı"), is over (money._QUALIFIER_AFTER). An amount whose own last clause names an
investment, the trade named only in an earlier clause of the amount before, is no trade figure ('… ticaret hedefimize
ulaşmakta kararlıyız," dediği, Azerbaycan'ın Türkiye'deki yatırımlarının 20 milyar doları aştığını',
figures._investment_clause). A reader's question in a written Q&A, its paragraph opened by "<asker> asks:", tells no
figure (figures._in_a_readers_question, _ASKS_LABEL). A review headlined "Итоги недели" whose stories open their
paragraphs with an emoji mark ("✅ 19 октября …") has each story an item of its own, "the two countries" of one being
its own two (document._REVIEW_HEADLINE, _EMOJI_ITEM, _review_subheadings; figures._digest_item_pair). "The two
countries" under a subheading of a few words naming one state ("Qazaxıstanın nəqliyyat naziri ilə görüş") are that
state and the home (figures._label_pair, _reception_section_pair: _section_heading with SECTION_HEADING_WORDS).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)
KZ_KG = proposed.pair("Kazakhstan", "Kyrgyzstan")
KG_TR = proposed.pair("Kyrgyzstan", "Türkiye")
KG_UZ = proposed.pair("Kyrgyzstan", "Uzbekistan")
AZ_KG = proposed.pair("Azerbaijan", "Kyrgyzstan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")

TENGE = ("Prime Minister of Kazakhstan meets Kyrgyz Deputy Prime Minister\n\n"
         "Astana, 10 June – The Prime Minister of the Republic of Kazakhstan received the Deputy Prime Minister of the "
         "Kyrgyz Republic.\n\n")


# plant: the code branch of _HOME_AMOUNT_BEFORE_BRACKET back to "(?:EUR|HUF)" (KZT no home amount, the figure exact)
def test_a_dollar_conversion_after_another_currency_s_code_takes_its_qualifier():
    text = TENGE + "Following the results of 2025, mutual trade exceeded KZT 1.6 trillion (USD 3.1 billion)."
    assert proposed.trade(text, DAY) == [(KZ_KG, "2025", "turnover", 3100.0, "over", "")]
    # the near form: told with no approximate word, the conversion is exact
    exact = TENGE + "Following the results of 2025, mutual trade amounted to KZT 1.6 trillion (USD 3.1 billion)."
    assert proposed.trade(exact, DAY) == [(KZ_KG, "2025", "turnover", 3100.0, "exact", "")]


RELEASE = ("T.C. Bişkek Büyükelçiliği Basın Bülteni\n\n"
           "Büyükelçi, Türkiye ile Kırgızistan arasındaki ikili ticaret hacminin ")


# plant: the apostrophe and case ending taken out of _QUALIFIER_AFTER (the amount read exact)
def test_exceeded_after_a_currency_written_with_an_apostrophe_is_over():
    text = RELEASE + "2026 yılının ilk çeyreğinde 420 milyon ABD Doları'nı aştığını hatırlatmıştır."
    assert proposed.trade(text, DAY) == [(KG_TR, "2026-Q1", "turnover", 420.0, "over", "")]
    # the near form: reached ("Doları'na ulaştığını") is exact
    reached = RELEASE + "2026 yılının ilk çeyreğinde 420 milyon ABD Doları'na ulaştığını hatırlatmıştır."
    assert proposed.trade(reached, DAY) == [(KG_TR, "2026-Q1", "turnover", 420.0, "exact", "")]


RECEPTION = ("Cumhurbaşkanı Erdoğan, Kazakistan Dışişleri Bakanını kabul etti\n\n"
             "Cumhurbaşkanı Erdoğan, Ankara'ya gelen Kazakistan Dışişleri Bakanını kabul etti. ")


# plant: _investment_clause's last-clause test returning False (the investment read as the five months' figure)
def test_an_investment_in_the_amount_s_own_last_clause_is_no_trade_figure():
    text = RECEPTION + ("Görüşmede iki ülke arasındaki ticaret hacminin yılın ilk beş ayında 2,1 milyar dolara "
                        "ulaştığı ele alındı. "
                        'Erdoğan\'ın görüşmede, "Kazakistan ile 10 milyar dolarlık ticaret hedefimize ulaşmakta '
                        'kararlıyız," dediği, Kazakistan\'ın Türkiye\'deki yatırımlarının 5 milyar doları aştığını '
                        'hatırlattığı belirtildi.')
    assert proposed.trade_values(text, DAY) == {(KZ_TR, "2026-5M", "turnover", 2100.0)}
    assert proposed.targets(text, DAY) == [(KZ_TR, 10000.0, "")]
    # the near form: an investment named in an earlier clause, the amount's own clause naming trade, is a trade figure
    trade = RECEPTION + ('Erdoğan\'ın görüşmede, "Kazakistan\'ın yatırımları artıyor" dediği, iki ülke arasındaki '
                         'ticaret hacminin geçen yıl 5 milyar doları aştığını hatırlattığı belirtildi.')
    assert proposed.trade_values(trade, DAY) == {(KZ_TR, "2025", "turnover", 5000.0)}


AMA = ("Ask Me Anything: the trade minister answers readers\n\n"
       "ASTANA – Kazakhstan's trade minister answered readers' questions on Kyrgyzstan on Tuesday.\n\n")


# plant: _in_a_readers_question returning False (the asker's figure read as a fact)
def test_a_figure_in_a_reader_s_question_is_no_figure():
    text = AMA + ("@nurlan_b asks: A blogger wrote that trade with Kyrgyzstan passed $900 million last year. "
                  "Is that so?\n\n"
                  "Minister: Trade between Kazakhstan and Kyrgyzstan reached $812 million last year.")
    # the near form: the answer's paragraph right after it, labelled with no "asks:", is read
    assert proposed.trade_values(text, DAY) == {(KZ_KG, "2025", "turnover", 812.0)}


def _review(headline: str) -> str:
    return (headline + "\n\n"
            "Уважаемые подписчики! Кратко о главных событиях недели в МИД Узбекистана.\n\n"
            "✅ 1 июня заместитель министра иностранных дел провёл в Бишкеке консультации с заместителем министра "
            "иностранных дел Кыргызской Республики. Стороны обсудили транзит через узбекско-кыргызскую границу. "
            "Отмечено, что товарооборот двух стран за четыре месяца текущего "
            "года превысил 600 млн долларов.\n\n"
            "✅ 3 июня Министр иностранных дел Узбекистана находился с рабочим визитом в Душанбе, где провёл "
            "переговоры с Министром иностранных дел Таджикистана.\n\n"
            "✅ 5 июня в МИД состоялся брифинг для представителей СМИ.")


# plant: _EMOJI_ITEM matching nothing (no items: "the two countries" read as the headline's two states)
def test_the_two_countries_of_a_week_s_review_story_opened_by_an_emoji_mark_are_its_own():
    text = _review("🗓 Итоги недели: визит министра иностранных дел Узбекистана в Таджикистан")
    assert proposed.trade_values(text, DAY) == {(KG_UZ, "2026-4M", "turnover", 600.0)}
    # the near form: a headline naming no review, its marked paragraphs no stories of their own
    plain = _review("Неделя МИД: визит министра иностранных дел Узбекистана в Таджикистан")
    assert (KG_UZ, "2026-4M", "turnover", 600.0) not in proposed.trade_values(plain, DAY)


def _receptions(heading: str) -> str:
    return ("Prezident İlham Əliyev Türkiyə və Qırğızıstan nazirlərini qəbul edib\n\n"
            "Bakı, 10 iyun, AZƏRTAC\n\n"
            "Azərbaycan Respublikasının Prezidenti İlham Əliyev iyunun 10-da Türkiyə Respublikasının ticarət nazirini "
            "və Qırğızıstanın xarici işlər nazirini ayrı-ayrılıqda qəbul edib.\n\n"
            "Türkiyənin ticarət naziri ilə görüş\n\n"
            "Türkiyə naziri Prezident Rəcəb Tayyib Ərdoğanın salamlarını dövlətimizin başçısına çatdırıb.\n\n"
            f"{heading}\n\n"
            "Prezident İlham Əliyev qonaqla görüşdə nəqliyyat əlaqələrindən danışıb. Prezident qeyd edib ki, ötən il "
            "iki ölkə arasında ticarət dövriyyəsi 150 milyon dollara yaxın olub.")


# plant: the _reception_section_pair call (its SECTION_HEADING_WORDS look) taken out of _label_pair (the figure given to
# Kyrgyzstan and Türkiye, the two guests, not the host and the subheading's guest)
def test_the_two_countries_under_a_meeting_s_subheading_naming_one_state_are_it_and_the_home():
    text = _receptions("Qırğızıstanın xarici işlər naziri ilə görüş")
    assert proposed.trade_values(text, DAY) == {(AZ_KG, "2025", "turnover", 150.0)}
    # the near form: a subheading naming no state gives the figure no pair of its own
    unnamed = _receptions("Xarici işlər naziri ilə görüş")
    assert (AZ_KG, "2025", "turnover", 150.0) not in proposed.trade_values(unnamed, DAY)
