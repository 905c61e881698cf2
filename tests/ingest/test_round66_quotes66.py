"""Sixty-sixth round, quotes66 (docs/extraction.md: quotes.py, people.py): the forms behind the dev/1075, 1082 and 1084
quote misses, told in short invented sentences. Russian "Лидер нации" (the Leader of the Nation, the Tajik president's
title by law) opening the sentence of a partial quote after the Tajik president received a guest minister: the
president's words, not the guest's who spoke last (1075); an Azerbaijani ministry's name capitalised before its
lower-case title ("Xarici İşlər naziri X Y «…» deyib"), which is no second person beside the speaker (1082); and an
English headline label of a state's title in lower case before a full name ('Uzbek ambassador X Y: "…"') over an
interview whose body does not say the headline's words again (1084). Each test was seen failing once on a planted bug
(then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 7, 10)


# plant: the "[Лл]идер\s+нации" branch dropped from quotes._RU_HEAD_SUBJECT (so too: Resolver._nation_leader
# returning None)
def test_the_leader_of_the_nation_is_the_tajik_president_named_last():
    text = ("«Мы откроем новый грузовой терминал уже весной», — сказал Рашид Мередов. Вечером Рашида Мередова принял "
            "Президент Республики Таджикистан Эмомали Рахмон. Лидер нации передал привет Президенту Туркменистана и "
            "выразил надежду, что договорённости «станут основой долгосрочного партнёрства» двух стран.")
    assert ("Emomali Rahmon", "станут основой долгосрочного партнёрства") in proposed.quotes(text, DAY)
    other = ("«Транзит через наши порты вырастет вдвое», — заявил Рашид Мередов. Затем гостя принял Президент "
             "Таджикистана Эмомали Рахмон. Лидер нации подчеркнул, что Душанбе считает Ашхабад «надёжным и "
             "проверенным другом на долгие годы».")
    assert ("Emomali Rahmon", "надёжным и проверенным другом на долгие годы") in proposed.quotes(other, DAY)


# plant: "Лидер нации" left to SUBJECT in quotes._subject (the "Л" branch removed): "Лидер" is then an anaphor of the
# one named last (here the guest, read from his accusative)
def test_the_leader_of_the_nation_of_another_state_is_nobody_named():
    text = ("«Мы откроем новый грузовой терминал уже весной», — сказал Рашид Мередов. Вечером Рашида Мередова принял "
            "президент Узбекистана Шавкат Мирзиёев. Лидер нации передал привет Президенту Туркменистана и выразил "
            "надежду, что договорённости «станут основой долгосрочного партнёрства» двух стран.")
    assert [found for found in proposed.quotes(text, DAY) if found[1].startswith("станут")] == []
    other = ("«Транзит через наши порты вырастет вдвое», — заявил Рашид Мередов. Затем Рашида Мередова принял "
             "Президент Казахстана Касым-Жомарт Токаев. Лидер нации поблагодарил гостя и подчеркнул, что Астана "
             "считает Ашхабад «надёжным и проверенным другом на долгие годы».")
    assert [found for found in proposed.quotes(other, DAY) if found[1].startswith("надёжным")] == []


# plant: "işlər", "İşlər".lower() and "təsərrüfatı" dropped from people._LOCAL_BODY_WORDS
def test_a_capitalised_ministry_name_before_the_title_is_no_second_person():
    text = ("Türkmənistanın Xarici İşlər naziri Rəşid Meredov isə mətbuat konfransında «Xəzər üzərindən keçən yollar "
            "bizi bir-birimizə daha da yaxınlaşdırır» deyib.")
    assert proposed.quotes(text, DAY) == [
        ("Rashid Meredov", "Xəzər üzərindən keçən yollar bizi bir-birimizə daha da yaxınlaşdırır")]
    other = ("Özbəkistanın Kənd Təsərrüfatı naziri Aziz Voitov forumda «pambıq ixracı bu il yeni rekord vuracaq» "
             "bildirib.")
    assert proposed.quotes(other, DAY) == [("Aziz Voitov", "pambıq ixracı bu il yeni rekord vuracaq")]


# plant: the _EN_HEADLINE_TITLED_NAME branch of quotes._headline_label_person returning None
def test_a_headline_label_of_a_lower_case_title_and_a_full_name():
    text = ('Kazakh economist Aidar Nurlanov: "The Middle Corridor is our shortest road to Europe"\n\n'
            "Aidar Nurlanov has studied Caspian transport for twenty years. He spoke to us about ports, wagons "
            "and tariffs.\n\nQ: How busy is the port of Aktau?\n\nA: Busier than ever. Last year it handled more "
            "containers than in the three years before together, and the new berths will open next spring.")
    assert ("Aidar Nurlanov", "The Middle Corridor is our shortest road to Europe") in proposed.quotes(text, DAY)
    other = ("Turkish ambassador Selim Demirtaş: \"Ankara and Astana will write the next chapter together\"\n\n"
             "Selim Demirtaş arrived in Astana in 2023. Ahead of the business forum he answered our questions.\n\n"
             "Q: What is new this year?\n\nA: A great deal. Our companies opened four plants in the Almaty region "
             "and the flights between our capitals doubled.")
    assert ("Selim Demirtaş", "Ankara and Astana will write the next chapter together") in proposed.quotes(other, DAY)
