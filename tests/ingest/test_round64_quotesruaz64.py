"""Sixty-fourth round, quotesruaz64 (docs/extraction.md: quotes.py, people.py): the forms behind the dev/1054, 1056
and 1060 quote misses, told in short invented sentences. A Russian live blog whose entries open with a bare time stamp
("13:30 X назвал … «…»", a dash line after the entry's first sentence: "11:15 Саммит открыл …. — …, — сказал X.",
1054); the Azerbaijani present "xəbərdarlıq edir" (warns) after a quote, and an analyst or expert titled in the
possessive after his body ("… Mərkəzinin analitiki X Y", "… İnstitutunun eksperti X Y", 1056); and Russian "the
Uzbek minister" in the genitive ("По словам узбекского министра, …"), after another state's official spoke (1060).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 5, 14)


# plant: the `bare` alternative dropped from quotes._LIVE_STAMP (so _live_entry_paragraphs never starts an entry after
# its stamp)
def test_a_live_blogs_bare_stamp_opens_no_sentence():
    text = ("Саммит ОТГ в Туркестане: онлайн\n\nСегодня в Туркестане проходит саммит.\n\n16:05 Президент Ильхам "
            "Алиев назвал Туркестан «духовной столицей всего тюркского мира сегодня».\n\n15:40 Лидеры "
            "сфотографировались.\n\n15:00 Лидеры прибыли в Туркестан.")
    assert proposed.quotes(text, DAY) == [("Ilham Aliyev", "духовной столицей всего тюркского мира сегодня")]
    other = ("Визит в Баку: как это было\n\nВремя бакинское.\n\n19:10 Делегации вылетели домой.\n\n18:30 Реджеп Тайип "
             "Эрдоган охарактеризовал переговоры как «самые продуктивные за последние десять лет».\n\n17:55 Началась "
             "пресс-конференция.")
    assert proposed.quotes(other, DAY) == [("Recep Tayyip Erdoğan", "самые продуктивные за последние десять лет")]


# plant: the _LIVE_DASH_LINE loop dropped from quotes._live_entry_paragraphs (the dash line stays inside the entry)
def test_a_live_entrys_dash_line_after_its_first_sentence():
    text = ("Саммит ОТГ в Туркестане: онлайн\n\nСегодня в Туркестане проходит саммит.\n\n16:05 Лидеры "
            "сфотографировались.\n\n15:40 Заседание открыл президент Казахстана. — Мы рады видеть наших братьев на "
            "древней земле Туркестана, — сказал Касым-Жомарт Токаев.\n\n15:00 Лидеры прибыли в Туркестан.")
    assert proposed.quotes(text, DAY) == [("Kassym-Jomart Tokayev",
                                           "Мы рады видеть наших братьев на древней земле Туркестана")]
    other = ("Визит в Баку: как это было\n\nВремя бакинское.\n\n19:10 Делегации вылетели домой.\n\n18:30 Переговоры "
             "завершились.\n\n17:55 Началась пресс-конференция. — Наши страны выходят на новый уровень "
             "сотрудничества, — заявил Ильхам Алиев.")
    assert proposed.quotes(other, DAY) == [("Ilham Aliyev", "Наши страны выходят на новый уровень сотрудничества")]


# plant: "xəbərdarlıq\s+edir" dropped from quotes._AZ_PRESENT_SPEECH_VERBS
def test_azerbaijani_warns_in_the_present_after_a_quote():
    text = ("Xəzər limanları yüklənir\n\nİqtisadçı Rauf Məmmədli isə əsas problemi limanlarda görür.\n\n“Yeni bərələr "
            "alınmasa, yüklər Xəzərin o tayında günlərlə gözləyəcək”, – Məmmədli xəbərdarlıq edir.")
    assert proposed.quotes(text, DAY) == [("Rauf Məmmədli",
                                           "Yeni bərələr alınmasa, yüklər Xəzərin o tayında günlərlə gözləyəcək")]
    titled = ("Tranzit artır\n\nİqtisadçı Elvin Qasımov limanların imkanlarını təhlil edib. “Gəmi parkı yenilənməsə, "
              "tranzit artımı gələn il dayanacaq”, – deyə ekspert xəbərdarlıq edir.")
    assert proposed.quotes(titled, DAY) == [("Elvin Qasımov", "Gəmi parkı yenilənməsə, tranzit artımı gələn il "
                                                              "dayanacaq")]


# plant: "analitiki", "eksperti" dropped from people.AZ_POSSESSIVE_TITLES
def test_an_analyst_titled_in_the_possessive_after_his_body():
    text = ("Orta Dəhliz\n\nBakıdakı İqtisadi Tədqiqatlar Mərkəzinin analitiki Nigar Səlimova da oxşar fikir bildirib. "
            "Onun sözlərinə görə, dəhliz artıq “regionun ən etibarlı ticarət marşrutuna” çevrilib. “Bizim üçün əsas "
            "məsələ tarif siyasətidir, yüklər isə gələcək”, – Səlimova deyir.")
    assert proposed.quotes(text, DAY) == [
        ("Nigar Səlimova", "regionun ən etibarlı ticarət marşrutuna"),
        ("Nigar Səlimova", "Bizim üçün əsas məsələ tarif siyasətidir, yüklər isə gələcək")]
    expert = ("Orta Dəhliz\n\nDaşkənddəki Strateji Araşdırmalar İnstitutunun eksperti Bobur Rəhimov da fikrini "
              "bildirib. Onun sözlərinə görə, Bakı limanı “Orta Asiya yükləri üçün əsas qapıya” çevrilir.")
    assert proposed.quotes(expert, DAY) == [("Bobur Rəhimov", "Orta Asiya yükləri üçün əsas qapıya")]


_COMMISSION = ("В Бишкеке прошло заседание комиссии\n\nДелегацию возглавил министр экономики и коммерции Данияр "
               "Амангельдиев. С туркменской стороны заседание провёл вице-премьер Туркменистана Ходжамырат "
               "Гелдимырадов.\n\n«Мы откроем новый торговый дом в Бишкеке до конца года», — сказал вице-премьер "
               "Туркменистана Ходжамырат Гелдимырадов.\n\n")
_TURKMEN = ("Khodzhamyrat Geldimyradov", "Мы откроем новый торговый дом в Бишкеке до конца года")


# plant: "ого" dropped from people._RU_BARE_MINISTER's adjective endings
def test_the_uzbek_minister_in_the_genitive():
    text = _COMMISSION + ("По словам кыргызского министра, Кыргызстан рассчитывает, что «торговля через границу станет "
                          "быстрее уже весной».")
    assert proposed.quotes(text, DAY) == [_TURKMEN, ("Daniyar Amangeldiyev",
                                                     "торговля через границу станет быстрее уже весной")]
    opinion = _COMMISSION + ("По мнению кыргызского министра, стороны должны «вдвое сократить время оформления грузов "
                             "на границе».")
    assert proposed.quotes(opinion, DAY) == [_TURKMEN, ("Daniyar Amangeldiyev",
                                                        "вдвое сократить время оформления грузов на границе")]


# plant: people.Resolver._named_minister's fallback back to `if last is None and …` (the one minister titled with no
# state only before anyone spoke)
def test_the_ministers_state_named_after_another_states_official_spoke():
    text = _COMMISSION + "«Мы готовы снять оставшиеся барьеры на границе уже этим летом», — сказал кыргызский министр."
    assert proposed.quotes(text, DAY) == [_TURKMEN, ("Daniyar Amangeldiyev",
                                                     "Мы готовы снять оставшиеся барьеры на границе уже этим летом")]
