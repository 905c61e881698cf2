"""Ninety-third round, q3 (docs/extraction.md: quotes.py, people.py): an Azerbaijani minister's state read before a
ministry of two lower-case names joined by "və" ("Qazaxıstan Respublikasının sənaye və ticarət naziri X Y", longer
than the clause read before: people._AZ_STATE_THEN_LOWER_MINISTRY), so a later "– deyə qazaxıstanlı nazir bildirib"
is his; the Russian relative clause "X Y, который отметил, что … «…»", the name before "который" the speaker of the
partial quote (quotes._ru_who_noted_that); the Turkish '… "…" göstergesi olarak yorumladı' (interpreted it as), read
as "olarak değerlendirdi" (quotes.TR_DESCRIBED_AS_AFTER); and a Turkish board's name ("… Kurulu (DTDK) … Başkanı X Y
de … savundu: "…"") no second person beside the subject (people._LOCAL_BODY_WORDS).
Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 10, 8)
AZ_LEAD = ("Bakı, 8 oktyabr, AZƏRTAC\n\nOktyabrın 8-də Azərbaycan Respublikasının kənd təsərrüfatı və ekologiya "
           "naziri Elçin Qasımlı Qazaxıstan Respublikasının sənaye və ticarət naziri Arman Serikovun başçılıq etdiyi "
           "nümayəndə heyəti ilə görüşüb.\n\nElçin Qasımlı əlaqələri vurğulayıb. “Qazaxıstan bizim yaxın "
           "tərəfdaşımızdır”, – deyə E.Qasımlı bildirib.\n\n")
AZ_HOST = ("Elçin Qasımlı", "Qazaxıstan bizim yaxın tərəfdaşımızdır")
AZ_WORDS = "Taxıl ixracı iki dəfə artıb. Hədəfimiz daha çoxdur"


# plant: the _AZ_STATE_THEN_LOWER_MINISTRY branch taken out of people._az_country_before_long_ministry
def test_the_demonym_minister_is_the_one_whose_state_opens_a_long_lower_case_ministry():
    text = AZ_LEAD + f"Arman Serikov isə limanlara yüksək qiymət verib. “{AZ_WORDS}”, – deyə qazaxıstanlı nazir " \
                     "bildirib."
    assert proposed.quotes(text, DAY) == [AZ_HOST, ("Arman Serikov", AZ_WORDS)]
    # the near form: a minister of a state the text named no minister of stays no one's
    other = text.replace("qazaxıstanlı nazir", "türkiyəli nazir")
    assert proposed.quotes(other, DAY) == [AZ_HOST]


RU = ("В среду в Ташкент прибыл министр энергетики Казахстана Арман Сериков. Его принял министр экономики Узбекистана "
      "Фарход Нуралиев, который отметил, что две страны связывают «узы давнего и надежного партнерства». Затем стороны "
      "подписали протокол.")


# plant: _ru_who_noted_that returning None
def test_the_name_before_kotoryi_otmetil_chto_is_the_speaker_of_the_partial_quote():
    assert proposed.quotes(RU, DAY) == [("Farkhod Nuraliyev", "узы давнего и надежного партнерства")]
    # the near form: the "что" clause names another, who called it so: no one's
    other = RU.replace("что две страны связывают «", "что Арман Сериков назвал две страны «")
    assert proposed.quotes(other, DAY) == []


TR_LEAD = ('Ekonomi Bakanı Ali Vural, verileri açıkladı. Vural, "Ticaretimizde yıllık eğilim açıkça yukarı yönlü" '
           'dedi.\n\n')
TR_FIRST = ("Ali Vural", "Ticaretimizde yıllık eğilim açıkça yukarı yönlü")
TR_PART = "sahada gerçek sonuçlar vermeye başladığının"


# plant: "yorumladı|" taken out of quotes.TR_DESCRIBED_AS_AFTER
def test_a_partial_quote_the_minister_interpreted_as_a_sign_is_his():
    text = TR_LEAD + f'Bakan, Kazakistan\'daki artışı ise yeni anlaşmanın "{TR_PART}" göstergesi olarak yorumladı.'
    assert proposed.quotes(text, DAY) == [TR_FIRST, ("Ali Vural", TR_PART)]
    # the near form: the passive "yorumlandı" (it was interpreted) names no one who said it
    passive = TR_LEAD + f'Kazakistan\'daki artış ise yeni anlaşmanın "{TR_PART}" göstergesi olarak yorumlandı.'
    assert proposed.quotes(passive, DAY) == [TR_FIRST]


TR_BOARD = "Dış Ticaret Danışma Kurulu (DTDK)"
TR_COLON = ('de artışın süreceğini savundu: "Kazakistan\'daki lojistik merkezlerinde Türk firmalarının yatırımları '
            'arttıkça ticaret de büyüyecek."')


# plant: "kurulu" taken out of people._LOCAL_BODY_WORDS
def test_a_board_named_before_the_council_head_is_no_second_person():
    text = f"Ekonomi Bakanı Ali Vural, verileri açıkladı.\n\n{TR_BOARD} Türkiye-Kazakistan İş Konseyi Başkanı Murat " \
           f"Demir {TR_COLON}"
    assert [speaker for speaker, _ in proposed.quotes(text, DAY)] == ["Murat Demir"]
    # the near form: the board alone before the colon is no person who spoke
    board = f"Ekonomi Bakanı Ali Vural, verileri açıkladı.\n\n{TR_BOARD} {TR_COLON.replace('de ', 'da ', 1)}"
    assert proposed.quotes(board, DAY) == []
