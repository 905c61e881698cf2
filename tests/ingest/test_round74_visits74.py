"""Seventy-fourth round, visits74 (docs/extraction.md: visits.py, figures.py, quotes.py): the forms behind the dev/1173,
1174 and 1175 misses, told in short invented sentences. Documents said signed with no number, then listed after a
colon, numbered in turn ("İmzalanan sənədlər bunlardır: 1. …; 2. …; 3. …", 1173); a target's deadline told as
Azerbaijani "2030-cu ilədək" after "hədəfinə" (1173); a closing block of links under a heading with no colon
("Related coverage", then other reports' headlines, 1174); a Russian quote attributed to "глава делегации" (the
delegation's head named after "во главе с" in the instrumental) and a delegation told after its verb with an adjective
before the noun ("прибыла деловая делегация … во главе с министром …", 1175). Each test was seen failing once on a
planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 11)
AZ_KZ = proposed.pair("Azerbaijan", "Kazakhstan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")


# plant: visits._documents_listed_by_number returning at once
def test_documents_listed_by_number_after_a_colon():
    text = ("İyunun 11-də Qazaxıstan Prezidenti Qasım-Jomart Tokayev rəsmi səfərlə Azərbaycana gəlib. Sonra "
            "sənədlərin imzalanması mərasimi keçirilib. İmzalanan sənədlər bunlardır:\n\n1. Nəqliyyat sahəsində "
            "əməkdaşlıq haqqında Saziş; 2. Turizm üzrə Anlaşma Memorandumu; 3. Mədəniyyət sahəsində əməkdaşlıq "
            "Proqramı.\n\nSonra prezidentlər mətbuata bəyanatlarla çıxış ediblər.")
    assert proposed.documents(text, DAY) == ["3"]
    lines = ("İyunun 11-də Qazaxıstan Prezidenti Qasım-Jomart Tokayev rəsmi səfərlə Azərbaycana gəlib. Danışıqlardan "
             "sonra sənədlər imzalanıb. Onların siyahısı belədir:\n1. Gömrük işi üzrə Protokol;\n2. Səhiyyə üzrə "
             "Saziş;\n3. Gənclər siyasəti üzrə Memorandum;\n4. Rəqəmsal inkişaf üzrə Yol xəritəsi.\n\nSəfər sabah "
             "başa çatacaq.")
    assert proposed.documents(lines, DAY) == ["4"]


# plant: "dək" dropped from the gate before figures._UNTIL_AFTER in figures._target_year
def test_a_deadline_told_as_iledek_after_the_target_noun():
    text = ("Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi ötən il 480 milyon dollar olub. “Qarşımıza "
            "qoyduğumuz 1 milyard dollar hədəfinə 2030-cu ilədək çatmalıyıq,” – deyə nazir bildirib.")
    assert proposed.targets(text, DAY) == [(AZ_KZ, 1000.0, "2030")]
    other = ("Azərbaycan ilə Qazaxıstan arasında ticarət dövriyyəsi ötən il 480 milyon dollar olub. Tərəflər "
             "2 milyard dollarlıq ticarət hədəfinə 2029-cu ilədək nail olmağı planlaşdırırlar.")
    assert proposed.targets(other, DAY) == [(AZ_KZ, 2000.0, "2029")]


# plant: figures.links_block_start returning len(text) always
def test_a_closing_block_of_links_gives_no_figures():
    text = ("Trade between Kazakhstan and Türkiye rose 12% to $7.1 billion last year, officials said.\n\n"
            "Related coverage\n\nAzerbaijan's exports to Kazakhstan jump 40% to $300 million in 2025\n\n"
            "Uzbekistan and Hungary eye $1 billion in trade")
    assert proposed.trade_values(text, DAY) == {(KZ_TR, "2025", "turnover", 7100.0)}
    other = ("Trade between Kazakhstan and Türkiye rose 12% to $7.1 billion last year, officials said.\n\n"
             "Read more:\n\nTurkey's imports from Azerbaijan fall to $1.2 billion in 2025\n\n"
             "Kazakh minister visits Baku")
    assert proposed.trade_values(other, DAY) == {(KZ_TR, "2025", "turnover", 7100.0)}


# plant: the call of quotes._guest_named_before for _RU_DELEGATION_HEAD_WORDS in quotes._ru_dash_after dropped
def test_a_russian_quote_of_the_delegations_head():
    text = ("В понедельник в Астану прибыла делегация Венгрии во главе с министром иностранных дел Петером "
            "Сийярто. «Мы готовы удвоить товарооборот с Казахстаном», — подчеркнул глава делегации.")
    assert ("Péter Szijjártó", "Мы готовы удвоить товарооборот с Казахстаном") in proposed.quotes(text, DAY)
    other = ("Делегация Азербайджана во главе с вице-премьером Шахином Мустафаевым провела переговоры в Ташкенте. "
             "«Логистика — наш общий приоритет», — сказал руководитель делегации.")
    assert ("Shakhin Mustafayev", "Логистика — наш общий приоритет") in proposed.quotes(other, DAY)


# plant: the adjectives before "делегаци" dropped from visits._RU_DELEGATION_AFTER_VERB
def test_a_russian_delegation_after_its_verb_with_an_adjective():
    text = ("Во вторник в Алматы прибыла деловая делегация Азербайджана во главе с министром экономики Микаилом "
            "Джаббаровым. Стороны обсудили торговлю.")
    assert [v[:4] for v in proposed.visits(text, date(2026, 10, 21))] == [
        ("Mikail Dzhabbarov", "Kazakhstan", "2026-10-20", "Almaty")]
    other = ("В среду в Ташкент прилетела официальная правительственная делегация Венгрии во главе с министром "
             "иностранных дел Петером Сийярто. Стороны обсудили торговлю.")
    assert [v[:4] for v in proposed.visits(other, date(2026, 10, 22))] == [
        ("Péter Szijjártó", "Uzbekistan", "2026-10-21", "Tashkent")]
