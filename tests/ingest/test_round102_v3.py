"""Hundred-and-second round, v3 (docs/extraction.md: when.py, figures.py, quotes.py, visits.py): a bulletin's "also
revised August's figure: trade with X in that month is now put at …" is that month's figure (when._MONTH_OBJECT, the
month's possessive figure before the colon, in when.period_in); a Russian target "промежуточную цель — 2 млрд долларов в
2028 году" has its year (figures._BY_YEAR's "в … году", a year before the report's when it was set: figures._set_when);
a Turkish "…, 2024'te bu rakamın 1,8 milyar dolar olduğunu" is 2024's figure (figures._THIS_FIGURE_YEAR_LOCAL's year
first, in figures._baseline_period). A Russian «short lead», — считает она. — «…» gives the rest the lead's speaker
(quotes._ru_short_lead_speaker, RU_INTERRUPTION the gap), and a Turkish presenter's question ("Sunucu X'in "…?"
sorusunu") is no quote (quotes._HOST_NAMED in quotes._drop_host_questions). "Вице-министр … Данияр Сеитов, прибывший …
в Ташкент" is a visit, his given name no state's (visits._office_before_name in visits._visitor_of_another_state); a
Turkish tour "…, salı günü Bişkek'te … görüşmüş, perşembe günü ise Semerkant'ta … toplantısına katılmıştı" is two
visits, each of its own clause's type (visits._LOCAL_LEG, visits._local_leg_start, visits._listed_legs), and a later
"Bişkek'teki görüşmede … imzalandığını" signing the Bishkek leg's (visits._visit_of_the_city_named in
visits._visit_signed_of).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY_EN = date(2026, 11, 27)
BULLETIN = ("Kazakhstan's trade with Kyrgyzstan rises in ten months\n\n"
            "ASTANA – Kazakhstan's trade with Kyrgyzstan reached $1.6 billion in January–October 2026, the statistics "
            "bureau said on Thursday.\n\n")
REVISED = ("The bureau also revised August's figure: trade with Kyrgyzstan in that month is now put at $171.2 million, "
           "against a preliminary $158.0 million.\n\n")
KAZ_KGZ = proposed.pair("Kazakhstan", "Kyrgyzstan")


# plant: the "['’]s\s+(?:figures?|numbers?|data|total)" possessive taken out of _MONTH_OBJECT
def test_a_month_s_revised_figure_told_for_that_month():
    assert (KAZ_KGZ, "2026-08", "turnover", 171.2) in proposed.trade_values(BULLETIN + REVISED, DAY_EN)
    # the near form: a figure of no month named before the colon stays the bulletin's ten months
    assert (KAZ_KGZ, "2026-10M", "turnover", 171.2) in proposed.trade_values(
        BULLETIN + REVISED.replace("August's figure", "its earlier figure"), DAY_EN)


DAY_RU = date(2026, 10, 14)
RU_LEAD = ("Казахстан и Кыргызстан: прогноз торговли\n\n"
           "Аналитики банка опубликовали прогноз взаимной торговли Казахстана и Кыргызстана.\n\n")
GOALS = ("Правительства ставят задачу довести товарооборот до 3 млрд долларов к 2030 году, а министерство экономики "
         "ставит промежуточную цель — 2 млрд долларов в 2028 году.\n\n")


# plant: "вВ" taken out of _BY_YEAR's "[кКвВ]"
def test_a_russian_target_in_a_year():
    assert (KAZ_KGZ, 2000.0, "2028") in proposed.targets(RU_LEAD + GOALS, DAY_RU)
    # the near form: "в" a year before the report's tells when the target was set, no deadline
    assert (KAZ_KGZ, 2000.0, "") in proposed.targets(RU_LEAD + GOALS.replace("в 2028 году", "в 2025 году"), DAY_RU)


ANALYST = ("«Мы ожидаем, что рост сохранится на уровне восьми процентов в год», — говорит старший аналитик банка "
           "Динара Сапарова.\n\n")
RISK = ("«Главный риск — кадры», — считает она. — «Если заводы не найдут инженеров, новые мощности будут простаивать "
        "годами».\n\n")
IDLE = ("Dinara Saparova", "Если заводы не найдут инженеров, новые мощности будут простаивать годами")


# plant: the _ru_short_lead_speaker call taken out of find_quotes
def test_the_rest_after_a_short_lead_and_its_attribution():
    assert proposed.quotes(RU_LEAD + ANALYST + RISK, DAY_RU)[1:] == [IDLE]
    # the near form: a gap naming no speaker ("гласит заголовок") gives the rest no one
    assert IDLE not in proposed.quotes(RU_LEAD + ANALYST + RISK.replace("считает она", "гласит заголовок доклада"),
                                       DAY_RU)


DAY_TR = date(2026, 11, 16)
TR_LEAD = ("Bakan Bolat: Orta Koridor büyüyor\n\n"
           "ANKARA (AA) - Ticaret Bakanı Ömer Bolat, dün akşam bir televizyon kanalında canlı yayınlanan programda "
           "gazeteci Selin Aktaş'ın sorularını yanıtladı.\n\n")
ASKED = ("Sunucu Aktaş'ın \"Türk devletleri ortak bir gümrük alanı kurabilir mi?\" sorusunu yanıtlayan Bolat, ortak "
         "bildirinin somut adımlar içerdiğini söyledi.\n\n")


# plant: "[Ss]unucu(?:su)?" taken out of _HOST_NAMED
def test_a_turkish_presenter_s_question_is_no_quote():
    assert proposed.quotes(TR_LEAD + ASKED, DAY_TR) == []
    # the near form: the presenter's words that ask nothing stay a quote
    assert proposed.quotes(TR_LEAD + ASKED.replace("kurabilir mi?\" sorusunu", "kurabilir.\" sözlerini"), DAY_TR) == [
        ("Sunucu Aktaş", "Türk devletleri ortak bir gümrük alanı kurabilir.")]


TRADE = ("Kırgızistan ile ticaret hacminin geçen yıl yaklaşık 2,1 milyar dolara ulaştığını, 2024'te bu rakamın 1,8 "
         "milyar dolar olduğunu hatırlatan Bakan, yeni hedefi açıkladı.\n\n")
TUR_KGZ = proposed.pair("Türkiye", "Kyrgyzstan")


# plant: the `first` alternative (the year before "bu rakam") of _THIS_FIGURE_YEAR_LOCAL made to match nothing
def test_the_year_then_this_figure():
    assert (TUR_KGZ, "2024", "turnover", 1800.0) in proposed.trade_values(TR_LEAD + TRADE, DAY_TR)
    # the near form: "this figure" with no year of its own is no earlier year's figure
    assert proposed.trade_values(TR_LEAD + TRADE.replace("2024'te bu rakamın", "bu rakamın"), DAY_TR) == {
        (TUR_KGZ, "2025", "turnover", 2100.0)}


SEITOV = ("Вице-министр экономики Данияр Сеитов, прибывший 7 октября в Бишкек на заседание рабочей группы, назвал "
          "прогноз банка «осторожным».\n\n")


# plant: _office_before_name's given-name branch taken out (the title read up to the surname, as before)
def test_a_given_name_that_begins_as_a_state_s():
    assert proposed.visits(RU_LEAD + SEITOV, DAY_RU) == [("Daniyar Seitov", "Kyrgyzstan", "2026-10-07", "Bishkek",
                                                          "other")]
    # the near form: a title naming a state outside the ties is no visit of theirs
    assert proposed.visits(RU_LEAD + SEITOV.replace("экономики Данияр Сеитов", "экономики Дании Андерс Йенсен"),
                           DAY_RU) == []


TOUR = ("Geçen hafta Orta Asya'da temaslarda bulunan Azerbaycan Dışişleri Bakanı Ceyhun Bayramov, salı günü Bişkek'te "
        "Kırgızistan Dışişleri Bakanı Jeenbek Kulubayev ile görüşmüş, perşembe günü ise Semerkant'ta Türk Devletleri "
        "Teşkilatı Dışişleri Bakanları Konseyi toplantısına katılmıştı.\n\n")
BISHKEK = ("Jeyhun Bayramov", "Kyrgyzstan", "2026-11-10", "Bishkek", "other")
SAMARKAND = ("Jeyhun Bayramov", "Uzbekistan", "2026-11-12", "Samarkand", "summit")


# plant: the _listed_legs(..., local=True) call taken out of find_visits
def test_a_further_leg_after_ise():
    assert proposed.visits(TR_LEAD + TOUR, DAY_TR) == [BISHKEK, SAMARKAND]
    # the near form: a clause with no day of its own tells no leg
    assert proposed.visits(TR_LEAD + TOUR.replace("perşembe günü ise", "ardından ise"), DAY_TR) == [
        BISHKEK[:4] + ("summit",)]


# plant: visit_type read from the whole sentence again (_type_of(sentence, …), not sentence[:leg_at])
def test_the_first_leg_of_its_own_clause_s_type():
    assert proposed.visits(TR_LEAD + TOUR, DAY_TR)[0] == BISHKEK
    # the near form: a summit the first clause itself names types the first leg
    assert proposed.visits(TR_LEAD + TOUR.replace("Kırgızistan Dışişleri Bakanı Jeenbek Kulubayev ile görüşmüş",
                                                  "Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi "
                                                  "toplantısına katılmış"), DAY_TR)[0] == BISHKEK[:4] + ("summit",)


SIGNED = "Bayramov, Bişkek'teki görüşmede iki bakanlık arasında bir istişare planının imzalandığını belirtti.\n\n"


# plant: the _visit_of_the_city_named call taken out of _visit_signed_of
def test_a_signing_in_the_city_of_the_first_leg():
    assert proposed.documents(TR_LEAD + TOUR + SIGNED, DAY_TR) == ["1", "0"]
    # the near form: a signing naming no city of the legs is the last leg's
    assert proposed.documents(TR_LEAD + TOUR + SIGNED.replace("Bişkek'teki görüşmede", "görüşmelerde"),
                              DAY_TR) == ["0", "1"]
