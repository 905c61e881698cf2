"""Full-sentence quotes in Russian, Azerbaijani and Turkish, round 30 (dev/393, 399, 401), each as a small text in words
of its own. Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 10)


def _quotes(text, day=DAY):
    return proposed.quotes("Визит\n\n" + text, day)


def _tr_quotes(text, day=DAY):
    return proposed.quotes("Haber\n\n" + text, day)


# people.py: ru_office_holder (Kyrgyzstan's premier is the Chairman of the Cabinet of Ministers)

def test_kyrgyz_premier_is_the_chairman_of_the_cabinet():
    """'«…», – сказал кыргызский премьер.' / 'премьер Кыргызстана': the table names no Prime Minister of Kyrgyzstan, its
    head of government is the cabinet's chairman; a Kazakh premier stays the Kazakh prime minister."""
    # plant: ru_office_holder without its fallback to _HEAD_OF_GOVERNMENT_ALSO (the quote was lost)
    said = "Мы готовы открыть рынок для ваших товаров уже в этом году"
    lead = "Стороны обсудили торговлю и транзит.\n\n"
    assert _quotes(lead + "«" + said + "», – сказал кыргызский премьер.") == [("Adylbek Kasymaliyev", said)]
    assert _quotes(lead + "«" + said + "», – отметил премьер Кыргызстана.") == [("Adylbek Kasymaliyev", said)]
    assert _quotes(lead + "«" + said + "», – сказал казахстанский премьер.") == [("Olzhas Bektenov", said)]


# quotes.py: _RU_REGION_NAME (a region in any case is no person) and _ru_partial_lead_antecedent

def test_a_region_in_the_accusative_is_no_second_person():
    """'Министр X Y … назвал Южный Кавказ важным рынком. «…», — сказал он.': "Южный Кавказ" is no person, so "он" is
    the minister, not the economist quoted before; a second real name in the sentence still leaves "он" unread."""
    # plant: "Кавказ" dropped from _RU_REGION_STEMS (the words went to the economist)
    said = "Наши компании должны работать там так же уверенно, как дома"
    lead = "«Цены на металл упали, отсюда и спад», — пояснил экономист Рамиз Гусейнов.\n\n"
    assert _quotes(lead + "Министр торговли Эльдар Ахмедов на форуме назвал Южный Кавказ важным рынком. «" + said
                   + "», — сказал он.")[-1] == ("Eldar Akhmedov", said)
    assert _quotes(lead + "Министр торговли Эльдар Ахмедов на форуме назвал Центральную Азию важным рынком. «" + said
                   + "», — сказал он.")[-1] == ("Eldar Akhmedov", said)


def test_he_or_the_minister_after_a_partial_quote_of_the_subject():
    """'Министр X Y, выступая …, назвал Азию «…». «…», — сказал тогда министр.': the lower-case quote in the opening
    sentence is the subject's own, so the bare title (or "он", with "тогда" between) is he, not the economist before;
    a capitalised full quote of another in between leaves the economist."""
    # plant: _ru_partial_lead_antecedent without the _RU_LOWER_QUOTED substitution (the quote was lost)
    said = "Мы строим не только склады, мы строим связи между людьми"
    lead = "«Спад объясняется ценами на нефть», — пояснил экономист Рамиз Гусейнов.\n\n"
    opening = ("Министр экономики Эльдар Ахмедов, выступая в мае на форуме, назвал Восточную Европу «важнейшим рынком "
               "для наших экспортеров». ")
    assert _quotes(lead + opening + "«" + said + "», — сказал тогда министр.")[-1] == ("Eldar Akhmedov", said)
    assert _quotes(lead + opening + "«" + said + "», — добавил затем он.")[-1] == ("Eldar Akhmedov", said)
    # plant: the ru fillers dropped from _FILLERS (no speaker read in "тогда министр")
    # the same when the words in marks are no quote of his (a motto, which no partial-quote rule reads as his words,
    # so only this rule makes him the one the bare title means); found by re-planting after round 30's merge, when
    # the partial-quote branch had covered the sentence above for this rule
    # plant: lead = before in _ru_partial_lead_antecedent (the "министр" quote was lost, "он" went to the economist)
    motto = "Министр экономики Эльдар Ахмедов в мае открыл форум под девизом «новые рынки для наших экспортеров». "
    assert _quotes(lead + motto + "«" + said + "», — сказал тогда министр.")[-1] == ("Eldar Akhmedov", said)
    assert _quotes(lead + motto + "«" + said + "», — добавил затем он.")[-1] == ("Eldar Akhmedov", said)


# people.py: _AZ_TITLES (a Turkish sector's possessive occupation before a name)

def test_a_sector_industrialist_is_remembered_for_a_later_surname():
    """'Tekstil sanayicisi X Y da … anlattı.' then '"…" diyen Y, …': the surname is the industrialist named before; an
    untitled name ("X Y yatırım ortamını anlattı") is not remembered so."""
    # plant: "sanayicisi" dropped from _AZ_TITLES (the quote was lost)
    said = "Üç yıl önce geldiğimizde her şey çok zordu ama bugün işler yolunda"
    assert _tr_quotes("Gıda sanayicisi Kemal Arslan da yatırım ortamını anlattı.\n\n\"" + said
                      + "\" diyen Arslan, yeni bir anlaşma imzaladıklarını söyledi.") == [("Kemal Arslan", said)]
    assert _tr_quotes("Pamuk tüccarı Kemal Arslan da yatırım ortamını anlattı.\n\n\"" + said
                      + "\" diyen Arslan, yeni bir anlaşma imzaladıklarını söyledi.") == [("Kemal Arslan", said)]


# quotes.py: _turkic_participle_opening (a participle clause before the subject's name)

def test_the_name_after_an_opening_participle_is_the_subject():
    """'Tədbirdə çıxış edən X Y … Prezident İlham Əliyev … rəhbərliyi ilə … qeyd edib.' then '"…", - deyə nazir
    bildirib.': the one who spoke is the subject, not the president named inside; a body's capitalised name after the
    participle ("… edən Dövlət Gömrük Komitəsinin …") is no name."""
    # plant: _turkic_participle_opening returning None (the words went to Ilham Aliyev)
    said = "Əməkdaşlığımız çox yüksək səviyyədədir və bu, ticarətdə də öz əksini tapmalıdır"
    lead = ("Tədbirdə çıxış edən Vüqar Rəsulov Azərbaycan ilə Qazaxıstan arasında münasibətlərin Prezident İlham Əliyevin "
            "rəhbərliyi ilə yüksək səviyyəyə çatdığını xatırladıb.\n\n")
    assert proposed.quotes("Xəbər\n\n" + lead + "“" + said + "”, - deyə nazir bildirib.", DAY) \
        == [("Vüqar Rəsulov", said)]
    # plant: _turkic_participle_opening without its check of the word after the name (the speaker was "Dış Ekonomik")
    tr_said = "Bir tır buraya ortalama on günde ulaşıyor, bu süreyi kısaltmalıyız"
    # plant: "Prezident" dropped from _TURKIC_PRESIDENT_WORDS (the words went to Ilham Aliyev)
    lead2 = ("Tədbirdə iştirak edən Vüqar Rəsulov Prezident İlham Əliyev və Prezident Sadır Caparovun rəhbərliyi ilə "
             "əlaqələrin genişləndiyini vurğulayıb.\n\n")
    assert proposed.quotes("Xəbər\n\n" + lead2 + "“" + said + "”, - deyə nazir bildirib.", DAY) \
        == [("Vüqar Rəsulov", said)]
    assert _tr_quotes("Foruma katılan Dış Ekonomik İlişkiler Kurulu Başkanı Selim Doğan ise en büyük sorunun lojistik "
                      "olduğunu belirterek, \"" + tr_said + "\" dedi.") == [("Selim Doğan", tr_said)]


# quotes.py: _letter_says ("Məktubda deyilir: «…»", "В письме говорится: «…»", "Mesajda şu ifadelere yer verildi:")

def test_the_words_of_a_letter_are_its_senders():
    """'X … təbrik məktubu göndərib. Məktubda deyilir: «…»': the letter's sender, not the addressee named after him; a
    statement of a body ("Nazirlik bəyanat yayıb. Bəyanatda deyilir:") names no speaker, nor a sentence naming no
    letter before "В письме говорится"."""
    # plant: the Azerbaijani alternative dropped from _LETTER_SAYS (the quote was lost)
    said = "Ötən illərdə xalqlarımızın dostluğu möhkəm tərəfdaşlığa çevrilib"
    assert proposed.quotes("Xəbər\n\nPrezident İlham Əliyev bayram münasibətilə Qazaxıstan Prezidenti Kasım-Jomart "
                           "Tokayevə təbrik məktubu göndərib. Məktubda deyilir: «" + said + "».", DAY) \
        == [("Ilham Aliyev", said)]
    assert proposed.quotes("Xəbər\n\nNazirlik bəyanat yayıb. Bəyanatda deyilir: «" + said + "».", DAY) == []
    ru_said = "За тридцать лет наши народы стали еще ближе друг к другу"
    assert _quotes("Президент Садыр Жапаров направил поздравительное послание Шавкату Мирзиёеву. В послании "
                   "говорится: «" + ru_said + "».") == [("Sadyr Japarov", ru_said)]
    # plant: the aside "(?:,?\s*(?:также|в\s+частности),?\s+)?" back to "(?:(?:также|в\s+частности)\s+)?" (lost)
    assert _quotes("Президент Садыр Жапаров направил телеграмму Шавкату Мирзиёеву. В телеграмме, в частности, "
                   "говорится: «" + ru_said + "».") == [("Sadyr Japarov", ru_said)]
    # plant: _LETTER_WORDS check dropped from _letter_says (the quote went to Sadyr Japarov)
    assert ("Sadyr Japarov", ru_said) not in _quotes("Президент Садыр Жапаров провел переговоры с Шавкатом Мирзиёевым. "
                                                     "В письме говорится: «" + ru_said + "».")


# people.py: _az_head_of_delegation_name and Resolver._deputy_premier_anaphor (dev/382)

def test_a_deputy_prime_minister_who_headed_the_delegation():
    """'… naziri X Yin başçılıq etdiyi nümayəndə heyəti …' names X Y in the genitive; 'X.Y isə … deyib.' then '“…”, – deyə
    Qazaxıstan Baş nazirinin müavini bildirib.' is his; after an economist spoke last, the bare title is nobody's."""
    said = "Biz limanlardan sərhədə qədər bütün zənciri rəqəmsallaşdırmaq istəyirik"
    lead = ("Xəbər\n\nQazaxıstanın Baş nazirinin müavini – ticarət naziri Arman Şakkalievin başçılıq etdiyi nümayəndə heyəti "
            "dünən Bakıya gəlib.\n\n")
    # plant: _az_head_of_delegation_name returning None (the speaker was lost: "A.Şakkaliev" named no one)
    # plant: the "müavini" branch dropped from Resolver.resolve (the quote was lost)
    assert proposed.quotes(lead + "A.Şakkaliev isə çıxışında əlaqələrin genişləndiyini deyib.\n\n“" + said
                           + "”, – deyə Qazaxıstan Baş nazirinin müavini bildirib.", DAY) == [("Arman Şakkaliev", said)]
    # plant: the occupations check dropped from Resolver._deputy_premier_anaphor (the words went to the economist)
    assert ("Rauf Qarayev", said) not in proposed.quotes(
        lead + "İqtisadçı Rauf Qarayev isə çıxışında əlaqələrin genişləndiyini deyib.\n\n“" + said
        + "”, – deyə Qazaxıstan Baş nazirinin müavini bildirib.", DAY)


# people.py: _RU_NAMED_BEFORE_NAME ("из" and a place in the genitive before a name)

def test_where_a_speaker_is_from_is_no_part_of_his_name():
    """'— говорит фермер из Хорезма X Y.': the region is no part of his name; a name after "из" with no place before the
    given name reads as before."""
    # plant: "|из" dropped from _RU_NAMED_BEFORE_NAME (the speaker was "Khorezma Alisher Yusupov")
    said = "Раньше мы возили дыни только на север, теперь покупатели едут к нам сами"
    assert _quotes("«" + said + "», — говорит фермер из Ферганы Ойбек Каримов.") == [("Oybek Karimov", said)]
    assert _quotes("«" + said + "», — рассказал житель села Кок-Таш Ойбек Каримов.") == [("Oybek Karimov", said)]


# quotes.py: _RU_AFTER_VERB_BARE_SUBJECT "вице-премьер"; people.py: _RU_BARE_DEPUTY_PREMIER

def test_a_bare_deputy_prime_minister_after_his_named_sentence():
    """'Вице-премьер X Y провел переговоры. «…», — добавил вице-премьер.': the table lists no deputy prime minister, so
    the sentence before (naming one person with that title) tells who he is; a minister named there is not he."""
    # plant: "|вице-премьер" dropped from _RU_AFTER_VERB_BARE_SUBJECT (the quote was lost)
    # plant: _RU_BARE_DEPUTY_PREMIER's branch dropped from Resolver.resolve (the quote was lost)
    said = "Мы предлагаем создать совместный фонд для малого бизнеса"
    assert _quotes("Вице-премьер Таджикистана Фарход Шарипов провел переговоры в Астане. «" + said
                   + "», — добавил вице-премьер.") == [("Farkhod Sharipov", said)]
    # a deputy prime minister named after the verb is that one, not the sentence's subject
    assert _quotes("Вице-премьер Таджикистана Фарход Шарипов провел переговоры в Астане. «" + said
                   + "», — добавил вице-премьер Казахстана Серик Жумангарин.") == [("Serik Zhumangarin", said)]


# people.py: _TURKIC_PARTICIPLE_NAMED (an untitled name after "Toplantıya katılan" is remembered)

def test_a_name_after_a_participle_of_speaking_is_remembered():
    """'Toplantıya katılan X Y, … dile getirdi.' then 'Y, "…" dedi.': the surname is the one named after the participle;
    a name after another participle ("Bakü'de yaşayan X Y") is not remembered so."""
    # plant: _turkic_participle_named returning [] (the quote was lost)
    said = "Gümrüklerde bekleme süreleri hâlâ çok uzun ve maliyetli"
    assert _tr_quotes("Toplantıya katılan Selim Aydın, ihracatçıların sorunlarını dile getirdi.\n\nAydın, \"" + said
                      + "\" dedi.") == [("Selim Aydın", said)]
    assert _tr_quotes("Bakü'de yaşayan Selim Aydın, ihracatçıların sorunlarını dile getirdi.\n\nAydın, \"" + said
                      + "\" dedi.") != [("Selim Aydın", said)]
    # plant: the title-word check dropped from _turkic_participle_named (the speaker was "Bakan Bolat")
    bolat_said = "Geçen yıl ticaret hacmimiz rekor kırdı ve yükselmeye devam ediyor"
    assert ("Bakan Bolat", bolat_said) not in _tr_quotes("Forumda konuşan Bakan Bolat, iki ülke arasındaki ilişkilere "
                                                         "değindi.\n\nBolat, \"" + bolat_said + "\" dedi.")
