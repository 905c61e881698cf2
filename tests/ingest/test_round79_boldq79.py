"""Seventy-ninth round, boldq79 (docs/extraction.md: quotes.py, figures.py): the forms behind the dev/1232 misses (a
Russian interview with a trade representative, its questions in bold opening with the interviewer's dash, "**— …?**",
its answers plain paragraphs with no dash). The dash inside or before the bold is the question's mark, like the bold:
each answer is one quote of the interviewee the lead names, in Russian, Turkish and English alike; a lead saying whom
the outlet's correspondent heard ("корреспонденту газеты рассказал посол …", "told our correspondent") tells an
interview; and a state that "поставил в" another "товаров на" an amount (supplied goods worth) gives that state's
exports, though not one good's ("цемента на …"). Told in short invented sentences. Each test was seen failing once on
a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 5)

RU = ("Посол Иванов: «Торговля растет»\n\n"
      "Ташкент, 5 мая — Газета. О перспективах сотрудничества корреспонденту газеты рассказал посол Казахстана в "
      "Узбекистане Ержан Иванов.\n\n"
      "**— Ержан Маратович, как вы оцениваете итоги года?**\n\n"
      "Итоги хорошие, торговля растет уже третий год подряд.\n\n"
      "**— Что мешает бизнесу?**\n\n"
      "Очереди на границе, но мы работаем над этим вместе с коллегами.\n")

TR = ("Büyükelçi Kaya: \"Ticaret büyüyor\"\n\n"
      "Türkiye'nin Taşkent Büyükelçisi Ahmet Kaya, gazetemize verdiği röportajda ilişkileri değerlendirdi.\n\n"
      "**– Sayın Büyükelçi, ticareti nasıl değerlendiriyorsunuz?**\n\n"
      "Rakamlar olumlu, ticaret her yıl biraz daha büyüyor.\n\n"
      "**– Türk iş insanlarına mesajınız nedir?**\n\n"
      "Tarım ve turizmde çok ciddi fırsatlar var, cesur olsunlar.\n")

EN = ("Envoy: the ferries are the weak link\n\n"
      "Kazakhstan's ambassador to Azerbaijan, Serik Zhumabayev, told our correspondent about trade and transit.\n\n"
      "– **Ambassador, how do you see the Middle Corridor today?**\n\n"
      "The corridor is the backbone of our cooperation, and the ferries are still the weak link.\n\n"
      "– **And what comes next?**\n\n"
      "New terminals on both shores of the Caspian will open before the end of the decade.\n")


# plant: quotes._unbolded keeping the dash that opens the bold question (inside the bold or before it)
def test_answers_under_bold_dash_questions_are_the_interviewees_quotes():
    assert proposed.quotes(RU, DAY) == [
        ("Yerzhan Ivanov", "Итоги хорошие, торговля растет уже третий год подряд."),
        ("Yerzhan Ivanov", "Очереди на границе, но мы работаем над этим вместе с коллегами.")]
    assert proposed.quotes(TR, DAY) == [
        ("Ahmet Kaya", "Rakamlar olumlu, ticaret her yıl biraz daha büyüyor."),
        ("Ahmet Kaya", "Tarım ve turizmde çok ciddi fırsatlar var, cesur olsunlar.")]
    assert [speaker for speaker, _ in proposed.quotes(EN, DAY)] == ["Serik Zhumabayev", "Serik Zhumabayev"]
    for text in (RU, TR, EN):  # the questions are no quotes
        assert not any("?" in quote or "**" in quote for _, quote in proposed.quotes(text, DAY))


# plant: the "корреспондент … рассказал" and "told … correspondent" alternatives dropped from quotes._INTERVIEW_CUE
def test_a_lead_telling_the_correspondent_heard_someone_tells_an_interview():
    assert len(proposed.quotes(RU, DAY)) == 2
    assert len(proposed.quotes(EN, DAY)) == 2
    # a lead that tells no interview and no talk to the outlet: the same paragraphs are running text, no quotes
    report = RU.replace("О перспективах сотрудничества корреспонденту газеты рассказал посол",
                        "На форуме в Ташкенте выступил посол")
    assert proposed.quotes(report, DAY) == []


KG_UZ = proposed.pair("Kyrgyzstan", "Uzbekistan")


# plant: _SUPPLIED_GOODS_TO_RU dropped from figures._FLOW (the figure then read as a turnover)
def test_a_state_that_supplied_goods_to_another_gives_its_exports():
    text = "За январь–апрель Кыргызстан поставил в Узбекистан товаров почти на 150 млн долларов."
    assert proposed.trade(text, DAY) == [(KG_UZ, "2026-4M", "export", 150.0, "approaching", "")]
    other = "За январь–апрель Кыргызстан поставил товаров в Узбекистан на сумму 150 млн долларов."
    assert proposed.trade_values(other, DAY) == {(KG_UZ, "2026-4M", "export", 150.0)}
    # one good supplied is no figure of the pair's trade
    assert proposed.trade("За январь–апрель Кыргызстан поставил в Узбекистан цемента на 15 млн долларов.", DAY) == []
