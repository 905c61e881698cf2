"""Forty-second round, English and Azerbaijani quotes (docs/extraction.md: quotes.py, people.py, name_forms.py): the
forms behind the dev/715, 721, 724, 727 and 730 misses and the failures the probes found, told in short invented
sentences. Each test was seen failing once on a planted bug (then reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 9, 16)


def test_azerbaijani_q_of_a_holders_given_name_is_the_tables_k():
    # plant: the (q -> k, kh -> h) variants dropped from name_forms._TRANSLITERATION_VARIANTS
    # plant: the spelled_alike test of the initial dropped from people.initials_fit ("Q." is then not Kokhir's)
    text = ("Tacikistanın Baş naziri Qohir Rasulzoda Bakıya gəlib.\n\n“Tacikistan Azərbaycanı Avropaya çıxış üçün "
            "etibarlı körpü hesab edir. Bakı limanı bizim üçün reallıqdır”, – deyə Q.Rasulzoda bildirib.")
    assert [s for s, _ in proposed.quotes(text, DAY)] == ["Kokhir Rasulzoda"]
    # another given name before the surname is someone else, kept as written
    other = ("Tacikistanın Baş naziri Qahir Rasulov Bakıya gəlib. “Tacikistan Azərbaycanı Avropaya çıxış üçün etibarlı "
             "körpü hesab edir”, – deyə Q.Rasulov bildirib.")
    assert [s for s, _ in proposed.quotes(other, DAY)] == ["Qahir Rasulov"]


def test_bash_nazir_before_anyone_spoke_is_the_one_premier_named():
    # plant: "or low in _AZ_PREMIER_ANAPHORS" dropped from the prime-minister branch of people.Resolver._resolve
    text = ("Tacikistanın Baş naziri Qohir Rasulzoda Bakıya gəlib. Görüşdə enerji müzakirə olunub. Baş nazir iki ölkə "
            "arasında əlaqələrin \"sürətlə və davamlı inkişaf etdiyini\" vurğulayıb.")
    assert proposed.quotes(text, DAY) == [("Kokhir Rasulzoda", "sürətlə və davamlı inkişaf etdiyini")]
    # two premiers named: "Baş nazir" is neither's
    two = ("Tacikistanın Baş naziri Qohir Rasulzoda və Qazaxıstanın Baş naziri Olcas Bektenov Bakıya gəlib. Görüşdə "
           "enerji müzakirə olunub. Baş nazir iki ölkə arasında əlaqələrin \"sürətlə və davamlı inkişaf etdiyini\" "
           "vurğulayıb.")
    assert proposed.quotes(two, DAY) == []


def test_deye_o_after_a_colon_lead_is_the_leads_subject():
    # plant: ":" dropped from quotes._AZ_PAST_END (back to "\.$")
    text = ("Türküstan vilayətinin akimi Nurbol Abılqasımov bildirib: “Bizim unumuz Xatlonda daha çox görünməlidir.”"
            "\n\nİxracatçılar Assosiasiyasının sədri Leyla Məmmədova forumda "
            "şirkətlərin planlarından danışıb: “Şirkətlərimiz Türküstanda anbar açmağa hazırdır, bunun üçün torpaq "
            "artıq ayrılıb”, – deyə o qeyd edib.")
    assert [s for s, _ in proposed.quotes(text, DAY)] == ["Nurbol Abılqasımov", "Leyla Məmmədova"]
    # a lead naming no one gives "o" to nobody
    nobody = ("Görüşdə Nurbol Abılqasımov da çıxış edib.\n\nForumda şirkətlərin planlarından danışılıb: “Şirkətlərimiz "
              "Türküstanda anbar açmağa hazırdır, bunun üçün torpaq artıq ayrılıb”, – deyə o qeyd edib.")
    assert proposed.quotes(nobody, DAY) == []


def test_dash_line_with_a_regions_chair_title_and_a_tajik_genitive_surname():
    # plant: "|(?<=zoda)nın$" dropped from name_forms._AZ_GENITIVE_SURNAME
    text = ("Soğd vilayətinin sədri Rajabboy Axmadzodanın rəhbərlik etdiyi nümayəndə heyəti Bakıya gəlib.\n\n"
            "Görüşdə çıxış edən R.Axmadzoda iki region arasındakı əlaqələrin dostluğa söykəndiyini vurğulayıb.\n\n"
            "– Bizim vilayət ticarətin yeni mərkəzinə çevrilməlidir. Biz bunu layihələrlə sübut edəcəyik, – deyə Soğd "
            "vilayətinin sədri bildirib.")
    assert [s for s, _ in proposed.quotes(text, DAY)] == ["Rajabboy Axmadzoda"]


def test_dash_line_with_a_regions_chair_title_reads_the_lead_paragraph():
    # plant: the place-and-genitive alternative dropped from quotes._AZ_DASH_TITLE
    text = ("Soğd vilayətinin sədri Rajabboy Axmadzodanın rəhbərlik etdiyi nümayəndə heyəti Bakıya gəlib.\n\n"
            "Görüşdə çıxış edən R.Axmadzoda əlaqələrin inkişafını vurğulayıb.\n\n"
            "– Bizim vilayət ticarətin yeni mərkəzinə çevrilməlidir. Biz bunu layihələrlə sübut edəcəyik, – deyə Soğd "
            "vilayətinin sədri bildirib.")
    assert [s for s, _ in proposed.quotes(text, DAY)] == ["Rajabboy Axmadzoda"]
    # with no lead naming anyone the title is no one's
    nobody = ("Görüş keçirilib.\n\n– Bizim vilayət ticarətin yeni mərkəzinə çevrilməlidir. Biz bunu layihələrlə sübut "
              "edəcəyik, – deyə Soğd vilayətinin sədri bildirib.")
    assert proposed.quotes(nobody, DAY) == []


def test_outlet_web_name_in_the_title_after_said():
    # plant: the _EN_WEB_NAME_DOT alternative dropped from quotes.AFTER_VERB_SPEAKER's speaker
    text = ("\"Uzbekistan is still a small partner for Azerbaijan, but trade grows every year,\" said Report.az "
            "columnist Elnur Hasanov, adding that more was coming.")
    assert [s for s, _ in proposed.quotes(text, DAY)] == ["Elnur Hasanov"]
    # the outlet itself "said" is no one
    outlet = ("\"Uzbekistan is still a small partner for Azerbaijan, but trade grows every year,\" said Kun.uz in an "
              "editorial.")
    assert proposed.quotes(outlet, DAY) == []


def test_said_he_had_done_a_deed_to_someone_then_his_purpose_in_quotes():
    # plant: the _en_own_deed_pronoun branch dropped from quotes._subject_partial
    text = ("Kazakh Energy Minister Almasbek Sadyrov met President Shavkat Mirziyoyev in Tashkent.\n\nSadyrov said he "
            "had invited Mirziyoyev to Astana for the energy week in May, \"so that the pipeline talks do not stall\".")
    assert proposed.quotes(text, DAY) == [("Almasbek Sadyrov", "so that the pipeline talks do not stall")]
    # "she" after a man's name is someone else's deed; a relative clause may be the other's words
    she = ("Deputy Mayor Farid Guliyev met Mayor Ayse Demir in Izmir.\n\nGuliyev said she had promised Demir a new "
           "ferry line by 2027, \"because the two ports need each other\".")
    assert proposed.quotes(she, DAY) == []
    who = ("Deputy Mayor Farid Guliyev met Mayor Ayse Demir in Izmir.\n\nGuliyev said he had asked Demir, who called "
           "the plan \"a gift for both cities\", to visit.")
    assert proposed.quotes(who, DAY) == []


def test_long_when_clause_opening_names_who_he_is():
    # plant: the clause of quotes._EN_SUBORDINATE_OPENING back to {3,120}
    text = ("When Turkish Trade Minister Ömer Bolat flew into Bishkek on January 28 to co-chair the Turkish-Kyrgyz "
            "intergovernmental commission, he came with a familiar message. The two countries, he told the session, "
            "should \"stop counting memoranda and start counting containers\" – a line that drew polite applause.")
    assert proposed.quotes(text, DAY) == [("Ömer Bolat", "stop counting memoranda and start counting containers")]
