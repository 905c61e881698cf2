"""Sixtieth round, Azerbaijani and Russian quotes (docs/extraction.md: quotes.py): the forms behind the dev/1006, 1010
and 1011 misses, told in short invented sentences. An analysis piece tells its experts' words in the present ("… “…”
adlandırır", "Amma o, “…” … olduğunu vurğulayır"); a titled name opens a sentence before another titled name in the
genitive ("Nazir X Y Prezident Z W-in … səfəri …"), the first being its subject; a question set as a dash line may hold
dashes of its own ("Казахстан – Туркменистан – Иран?"); "он" after a gerund's clause ("Открывая брифинг, он назвал …")
means the one man the sentence before names, in any case. Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 11, 20)
EXPERT = ("Ekspert Elnur Məmmədli bazara baxır. \"Bazar hər il sürətlə böyüyür və yeni imkanlar açır\", – Məmmədli "
          "deyir.\n\n")


def test_an_expert_naming_a_target_in_the_present_is_quoted():
    # plant: "adlandırır|dəyərləndirir|qiymətləndirir" dropped from quotes.AZ_NAMING_AFTER
    text = EXPERT + "Məmmədli bu planı \"iddialı, amma mümkün olan\" adlandırır."
    assert ("Elnur Məmmədli", "iddialı, amma mümkün olan") in proposed.quotes(text, DAY)
    assessed = EXPERT + "Məmmədli layihəni \"regionun ən əsas marşrutu\" kimi qiymətləndirir."
    assert ("Elnur Məmmədli", "regionun ən əsas marşrutu") in proposed.quotes(assessed, DAY)
    # the past, as before
    past = EXPERT + "Məmmədli bu planı \"iddialı, amma mümkün olan\" adlandırıb."
    assert ("Elnur Məmmədli", "iddialı, amma mümkün olan") in proposed.quotes(past, DAY)


def test_but_he_in_a_clause_said_in_the_present_is_the_last_expert():
    # plant: "(?:Amma|Ancaq|Lakin|Bununla belə)\s+o|" dropped from quotes.AZ_PRONOUN_OPENS
    text = EXPERT + "Ancaq o, \"tarif siyasətinin tam dəyişməsinin\" vacib olduğunu hesab edir."
    assert proposed.quotes(text, DAY)[1:] == [("Elnur Məmmədli", "tarif siyasətinin tam dəyişməsinin")]
    # plant: "|{_AZ_PRESENT_SAID}" dropped from quotes.AZ_CLAUSE_AFTER
    said = EXPERT + "Məmmədli \"yeni bazarların tezliklə açılması üçün\" siyasi iradə olduğunu vurğulayır."
    assert proposed.quotes(said, DAY)[1:] == [("Elnur Məmmədli", "yeni bazarların tezliklə açılması üçün")]
    # the sentence's own name still comes before the pronoun's reading
    assert proposed.quotes(EXPERT, DAY) == [("Elnur Məmmədli", "Bazar hər il sürətlə böyüyür və yeni imkanlar açır")]


def test_a_titled_name_before_a_president_in_the_genitive_is_the_subject():
    # plant: "or _AZ_OPENING_NAME_BEFORE_GENITIVE.match(clause)" dropped from quotes._turkic_opening_subject
    text = ("Nazir Rəşad Nəbiyev Prezident Sadır Japarovun Bakıya səfəri zamanı imzalanan sazişləri xatırladıb.\n\n"
            "– Rəqəmsal əməkdaşlıq bizim əsas prioritetimizdir, – deyə nazir bildirib.")
    assert proposed.quotes(text, DAY) == [("Rəşad Nəbiyev", "Rəqəmsal əməkdaşlıq bizim əsas prioritetimizdir")]
    envoy = ("Səfir Lətif Qəndilov Prezident Qasım-Jomart Tokayevin Bakıya səfərinin nəticələrini diqqətə çatdırıb.\n\n"
             "– Bu səfər bizim üçün tarixi əhəmiyyət daşıyır, – deyə səfir bildirib.")
    assert proposed.quotes(envoy, DAY) == [("Lətif Qəndilov", "Bu səfər bizim üçün tarixi əhəmiyyət daşıyır")]
    # a body's name in the genitive after a specialist's name leaves him the subject
    body = ("Naxçıvan Muxtar Respublikası Nəqliyyat Xidmətinin mütəxəssisi Elvin Qurbanlı qeyd edib ki, yüklər artıb. "
            "“Sərhəddə gözləmə vaxtı azaldıqca daşıyıcılar bu yolu seçirlər”, – deyə o əlavə edib.")
    assert [speaker for speaker, _ in proposed.quotes(body, DAY)] == ["Elvin Qurbanlı"]


def test_a_question_line_holding_dashes_is_no_answer():
    # plant: "or not any(_DASH_ATTRIBUTION.fullmatch(…) …)" dropped from quotes._question_line (one part only again)
    text = ("Министры ответили на вопросы журналистов.\n\n– Какова цель?\n\nРашид Мередов: Мы хотим довести "
            "торговлю до двух миллиардов долларов к концу десятилетия.\n\n– А что с маршрутом Китай – Казахстан – "
            "Европа?\n\nЕрмек Кошербаев: Маршрут растёт быстро, объём грузов удвоился за год работы.")
    assert proposed.quotes(text, DAY) == [
        ("Rashid Meredov", "Мы хотим довести торговлю до двух миллиардов долларов к концу десятилетия."),
        ("Yermek Kosherbayev", "Маршрут растёт быстро, объём грузов удвоился за год работы.")]


def test_he_after_a_gerund_is_the_man_the_sentence_before_names_in_the_genitive():
    # plant: the _ru_thing_lead_one_man call dropped from quotes._ru_he_antecedent
    text = ("Министр Ермек Кошербаев и его коллега Рашид Мередов провели переговоры.\n\nВизит стал первой поездкой "
            "Кошербаева в Ашхабад после его назначения. Выступая на брифинге, он назвал отношения «по-настоящему "
            "братскими и стратегическими».")
    assert proposed.quotes(text, DAY) == [("Yermek Kosherbayev", "по-настоящему братскими и стратегическими")]
    # plant: "or _RU_GERUND_PRONOUN_OPENING.match(sentence)" dropped from quotes._ru_after_opening
    named = ("Министр Ермек Кошербаев прибыл в Баку. Открывая встречу, он назвал переговоры «очень полезными и "
             "открытыми для всех».")
    assert proposed.quotes(named, DAY) == [("Yermek Kosherbayev", "очень полезными и открытыми для всех")]
    # an adverb before the pronoun, as before
    adverb = "Министр Ермек Кошербаев прибыл в Баку. Затем он назвал переговоры «очень полезными и открытыми для всех»."
    assert proposed.quotes(adverb, DAY) == [("Yermek Kosherbayev", "очень полезными и открытыми для всех")]
