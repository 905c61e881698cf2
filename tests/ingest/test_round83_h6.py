"""Eighty-third round, h6 (docs/extraction.md: figures.py, visits.py, quotes.py): a trade fair's deals and a Russian
visit told over paragraphs, in short invented sentences. An amount told as one that will pass into trade later ("Bu
150 milyon doların tamamı ticarete yansıyacak") is no trade figure (figures._INTO_TRADE_LATER); a number before a money
word ("150 milyon dolarlık anlaşma imzalandı") counts no documents, nor is such a mass of deals one document
(visits._NO_AMOUNT_WORD, the look-behind of visits._TA_ONE_DOCUMENT); a Russian paragraph opening on a state's
adjective and a title ("Узбекский министр назвал …") is the one "— …, — сказал он" means
(quotes._RU_DEMONYM_TITLE_OPENING). Each test was seen failing once on a planted bug (then reverted); the plant is
named in its comment."""
from datetime import date

from tests.ingest import proposed

TR_DAY = date(2026, 10, 9)
RU_DAY = date(2026, 10, 20)

TR_FIGURE = ("Türkiye'nin Kırgızistan'a ihracatı bu yılın ocak-ağustos döneminde 250 milyon dolara yaklaştı.\n\n")


# plant: figures._INTO_TRADE_LATER never matching
def test_an_amount_that_will_pass_into_trade_is_no_figure():
    text = TR_FIGURE + 'Bakan, "Bu 90 milyon doların tamamı önümüzdeki yıl ticarete yansıyacak" dedi.'
    assert proposed.trade_values(text, TR_DAY) == {
        (proposed.pair("Türkiye", "Kyrgyzstan"), "2026-8M", "export", 250.0)}
    # the near form: an amount told as trade that grew stays a figure
    grew = TR_FIGURE + "İki ülke arasındaki ticaret hacmi geçen yıl 900 milyon dolara yükseldi."
    assert (proposed.pair("Türkiye", "Kyrgyzstan"), "2025", "turnover", 900.0) in proposed.trade_values(grew, TR_DAY)


TR_VISIT = ("Fuarın açılışı için salı günü Bişkek'e gelen Ticaret Bakan Yardımcısı Ahmet Kaya, Kırgız mevkidaşıyla "
            "görüştü.\n\n")


# plant: visits._NO_AMOUNT_WORD as r"" (no look-ahead)
def test_deals_told_by_their_worth_count_no_documents():
    text = TR_VISIT + "Fuar boyunca firmalar arasında toplam 75 milyon dolarlık anlaşma imzalandı."
    assert proposed.documents(text, TR_DAY) == [""]
    # the near form: a count of deals is a count
    counted = TR_VISIT + "Fuar boyunca firmalar arasında 12 ticari anlaşma imzalandı."
    assert proposed.documents(counted, TR_DAY) == ["12"]


# plant: the three look-behinds dropped from visits._TA_ONE_DOCUMENT
def test_a_mass_of_deals_by_worth_is_not_one_document():
    text = TR_VISIT + "Fuar boyunca firmalar arasında 75 milyon dolarlık anlaşma imzalandı."
    assert proposed.documents(text, TR_DAY) == [""]
    # the near form: one protocol signed is one
    one = TR_VISIT + "Fuar boyunca iki bakanlık arasında işbirliği protokolü imzalandı."
    assert proposed.documents(one, TR_DAY) == ["1"]


RU_LEAD = ("Министр торговли Узбекистана Лазиз Кудратов прибыл в Астану. Он провел переговоры с министром торговли "
           "Казахстана Арманом Шаккалиевым.\n\n")
RU_LINE = "\n\n— Мы договорились ускорить оформление грузов на границе, — сказал он журналистам."


# plant: quotes._RU_DEMONYM_TITLE_OPENING never matching
def test_he_after_a_paragraph_opening_on_a_state_s_title_is_its_holder():
    text = RU_LEAD + "Узбекский министр назвал встречу полезной. По его словам, речь шла о пошлинах." + RU_LINE
    assert proposed.quotes(text, RU_DAY) == [
        ("Laziz Kudratov", "Мы договорились ускорить оформление грузов на границе")]
    kazakh = RU_LEAD + "Казахстанский министр назвал встречу полезной." + RU_LINE
    assert [speaker for speaker, _ in proposed.quotes(kazakh, RU_DAY)] == ["Arman Shakkaliyev"]
    # the near form: a title of a state no one named gives "он" no one
    other = RU_LEAD + "Туркменский министр назвал встречу полезной." + RU_LINE
    assert proposed.quotes(other, RU_DAY) == []
