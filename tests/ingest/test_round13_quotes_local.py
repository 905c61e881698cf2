"""Quote forms of the twelfth held-out set's Azerbaijani and Turkish articles (dev/142, 148, 149) and of probes of
Russian, Azerbaijani and Turkish attribution, each as a small text in words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke (or that nobody is
given the quote when the words could be someone else's).

Each test was seen failing on a planted bug (planted, run, failed, reverted); the plant is named in the
test's docstring.
"""
from datetime import date

from dashboard.ingest.people import Resolver
from tests.ingest import proposed

DAY = date(2025, 6, 12)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


# people.py: a deputy's, an aide's or an institution's title names no holder of the office

def test_turkish_vice_president_is_not_the_president():
    """Plant: other_office without the `_NOT_THE_OFFICE` test (the office word found inside the deputy's title)."""
    text = ("Bakü'de iki ülke arasında yeni anlaşmalar imzalandı.\n\n"
            'Türkiye Cumhurbaşkanı Yardımcısı Cevdet Yılmaz, "Ortak projelerimizi her alanda hızla büyüteceğiz" dedi.')
    assert _quotes(text) == [("Cevdet Yılmaz", "Ortak projelerimizi her alanda hızla büyüteceğiz")]


def test_azerbaijani_deputy_and_aide_titles_name_no_office_holder():
    """Plant: `_NOT_THE_OFFICE` without "müavin|köməkçi" (the deputy prime minister read as the prime minister)."""
    resolver = Resolver(DAY)
    assert resolver.resolve("Azərbaycan Baş nazirinin müavini Samir Şərifov", speaking=False).name == "Samir Şərifov"
    assert resolver.resolve("Azərbaycan Prezidentinin köməkçisi Hikmət Hacıyev", speaking=False).name \
        == "Hikmət Hacıyev"
    assert resolver.resolve("Azərbaycan Prezidenti", speaking=False).name == "Ilham Aliyev"  # the office itself


# quotes.py: a bare title opening the quote's sentence is who the sentence before is about

def test_azerbaijani_bare_vice_president_takes_the_subject_of_the_sentence_before():
    """Plant: `_round13_local` without the `_bare_title_lead` call."""
    text = ("Prezident İlham Əliyev qonağı qəbul edib. «Münasibətlərimiz çox yüksək səviyyədədir», - deyə Prezident "
            "vurğulayıb.\n\n"
            "Cevdet Yılmaz isə iki ölkə arasında ticarətin artdığını qeyd edib. Vitse-prezident Türkiyə "
            'şirkətlərinin "Qarabağın bərpasında daha fəal iştirak edəcəklərini" bildirib.')
    assert _quotes(text)[-1] == ("Cevdet Yılmaz", "Qarabağın bərpasında daha fəal iştirak edəcəklərini")


def test_azerbaijani_bare_president_before_a_colon_is_the_head_of_state_of_the_sentence_before():
    """Plant: `_bare_title_lead` reading the whole sentence before, not the part before its quote marks
    (`opening` = `lead`: the quoted name of the panel hides the subject)."""
    text = ("Azərbaycan Prezidenti İlham Əliyev Türkiyəyə səfərə gəlib.\n\n"
            'Daha sonra dövlətimizin başçısı "Orta Dəhliz Gələcəyin Yolu" adlı paneldə çıxış edib. '
            'Prezident deyib: "Bizim birliyimiz bütün bölgədə sülhün təminatıdır."')
    assert _quotes(text) == [("Ilham Aliyev", "Bizim birliyimiz bütün bölgədə sülhün təminatıdır.")]


def test_bare_title_that_does_not_fit_the_person_before_gives_nobody():
    """Plant: `_bare_title_lead` without the title-fit test (`president != (person.role == HEAD_OF_STATE)`)."""
    text = ("Prezident İlham Əliyev qonağı qəbul edib.\n\n"
            "Görüşdə ikitərəfli əlaqələr müzakirə olunub. Prezident İlham Əliyev qonağa təşəkkür edib. "
            'Nazir Türkiyə şirkətlərinin "Qarabağın bərpasında daha fəal iştirak edəcəklərini" bildirib.')
    assert _quotes(text) == []


def test_hyphenated_vice_president_is_no_president_word_for_the_last_speaker():
    """Plant: `_clause_subject` splitting words at hyphens again (`_WORD_RUN` for `_WORD_RUN_HYPHEN`)."""
    text = ("«Münasibətlərimiz çox yüksək səviyyədədir», - deyə Prezident İlham Əliyev vurğulayıb.\n\n"
            "Görüşdə iqtisadi məsələlər də müzakirə olunub.\n\n"
            'Vitse-prezident isə bildirib: "Türkiyə şirkətləri Qarabağın bərpasında daha fəal iştirak edəcək."')
    assert [speaker for speaker, _ in _quotes(text)] == ["Ilham Aliyev"]


# quotes.py: a "read also" line with a headline "Name: “…”"

def test_azerbaijani_read_also_line_quotes_the_named_minister():
    """Plant: `_round13_local` without the `_read_also` call."""
    text = ("Bakıda Azərbaycan-Qazaxıstan biznes forumu keçirilib.\n\n"
            'Oxu: Ceyhun Bayramov: "Qazaxıstanla əlaqələrimiz strateji xarakter daşıyır"\n\n'
            "Forumda 200-dən çox şirkət iştirak edib.")
    assert _quotes(text) == [("Jeyhun Bayramov", "Qazaxıstanla əlaqələrimiz strateji xarakter daşıyır")]


def test_russian_read_also_line_and_a_label_naming_nobody():
    """Plant: `_READ_ALSO` without "читайте также"; the second line (a body's name, no person) must give nothing
    (plant: `_read_also` without the `_titled_or_known` test)."""
    text = ("В Астане прошли переговоры.\n\n"
            "Читайте также: Токаев: «Каспий должен стать морем дружбы и торговли»\n\n"
            "Oxu: Zəngəzur Dəhlizi: «Yük dövriyyəsi bu il iki dəfə artacaq»")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Каспий должен стать морем дружбы и торговли")]


# quotes.py: Turkish "X, … Y ile Z'in … değindi:" (the others named in another case)

def test_turkish_comma_subject_speaks_when_the_others_are_oblique():
    """Plant: `_tr_comma_subject` taking every other name for a nominative (`oblique` always False)."""
    text = ("Ticaret Bakanı Ömer Bolat, dün Bakü'ye geldi.\n\n"
            "Bolat, Cumhurbaşkanı Recep Tayyip Erdoğan ile Azerbaycan Cumhurbaşkanı İlham Aliyev'in koyduğu hedefe "
            'de değindi: "Bu hedefe 2030 yılından önce mutlaka ulaşacağız."')
    assert _quotes(text) == [("Ömer Bolat", "Bu hedefe 2030 yılından önce mutlaka ulaşacağız.")]


def test_turkish_comma_subject_recalling_someone_elses_words_gives_nobody():
    """Plant: `_tr_comma_subject` without the `_TR_WORDS_OF` test."""
    text = ("Ticaret Bakanı Ömer Bolat, dün Bakü'ye geldi.\n\n"
            "Bolat, Cumhurbaşkanı Erdoğan'ın geçen yıl Şuşa'da söylediği sözleri hatırlattı: "
            '"Azerbaycan ile Türkiye bir millet iki devlettir ve öyle kalacak."')
    assert _quotes(text) == []


def test_turkish_comma_subject_with_a_second_nominative_gives_nobody():
    """Plant: `_tr_comma_subject` returning the subject without reading the other names (its loop dropped)."""
    text = ("Ticaret Bakanı Ömer Bolat, dün Bakü'ye geldi.\n\n"
            "Bolat, Ekonomi Bakanı Mikayil Cabbarov ve Kazakistan Ticaret Bakanı Arman Şakkaliyev yatırımlara değindi: "
            '"Yatırımlarımızı önümüzdeki yıl iki katına çıkaracağız."')
    assert _quotes(text) == []


def test_turkish_name_and_comma_is_the_subject_not_an_opening_phrase():
    """Plant: `_subject` without the `_name_opening` test (the SUBJECT rule reads "Bolat, " as an opening phrase
    and gives the quote to the person named after it)."""
    text = ("Ticaret Bakanı Ömer Bolat, dün Bakü'ye geldi.\n\n"
            "Bolat, Ekonomi Bakanı Mikayil Cabbarov ile görüşmesinde yatırımlara değindi: "
            '"Yatırımlarımızı önümüzdeki yıl iki katına çıkaracağız."')
    assert _quotes(text) == [("Ömer Bolat", "Yatırımlarımızı önümüzdeki yıl iki katına çıkaracağız.")]


# quotes.py: a quote another quote of the same speaker holds in full is one statement

def test_lead_quote_repeated_in_full_in_the_body_is_one_quote():
    """Plant: find_quotes returning without `_drop_repeats`."""
    text = ("Bolat Bakü'de\n\n"
            'Ticaret Bakanı Ömer Bolat, "Azerbaycan ile ticarette yeni bir döneme giriyoruz" dedi.\n\n'
            "Toplantıda konuşan Bolat, ilişkilerin güçlendiğini vurguladı. Bolat, \"Azerbaycan ile ticarette yeni "
            'bir döneme giriyoruz. Yerli paralarla ticareti artıracağız" ifadelerini kullandı.')
    assert _quotes(text) == [("Ömer Bolat", "Azerbaycan ile ticarette yeni bir döneme giriyoruz. Yerli paralarla "
                                            "ticareti artıracağız")]


def test_same_words_of_two_speakers_are_two_quotes():
    """Plant: `_drop_repeats` without the same-speaker test."""
    text = ("İki bakan Bakü'de görüştü\n\n"
            'Ticaret Bakanı Ömer Bolat, "Ticaret hacmimizi her yıl artıracağız" dedi.\n\n'
            'Ekonomi Bakanı Mikayil Cabbarov da, "Ticaret hacmimizi her yıl artıracağız ve yeni pazarlar açacağız" '
            "dedi.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Ömer Bolat", "Mikayil Cabbarov"]


# people.py: a capitalised title opening a sentence is no part of the name after it

def test_azerbaijani_vice_speaker_title_is_no_part_of_the_name():
    """Plant: the round-13 `_TITLE_WORDS` without "vitse-spiker"."""
    text = ("Bakıda parlament forumu keçirilib.\n\n"
            'Vitse-spiker Adil Əliyev bildirib: "Parlamentlərimiz arasında əməkdaşlıq hər il genişlənir."')
    assert _quotes(text) == [("Adil Əliyev", "Parlamentlərimiz arasında əməkdaşlıq hər il genişlənir.")]


# quotes.py: more Turkish verbs after the quote (verb-final)

def test_turkish_message_given_and_words_in_a_post():
    """Plant: the round-13 `TR_VERBS` line without "mesajını verdi" (and, second plant, without
    "(?:ifadelerine|ifadesine|sözlerine) yer verdi")."""
    text = ("Bakü'de zirve yapıldı.\n\n"
            'Aliyev, Erdoğan ile ortak basın toplantısında "Türkiye ile birliğimiz sarsılmazdır" mesajını verdi.\n\n'
            'Erdoğan, sosyal medya hesabından yaptığı paylaşımda "Kardeş Azerbaycan\'ın her zaman yanındayız" '
            "ifadelerine yer verdi.")
    assert [speaker for speaker, _ in _quotes(text)] == ["Ilham Aliyev", "Recep Tayyip Erdoğan"]


def test_turkish_emphasis_made_and_wrote():
    """Plant: the round-13 `TR_VERBS` line without "vurgusu(?:nu)? yaptı" (second plant: without "diye yazdı")."""
    text = ("Bakü'de zirve yapıldı.\n\n"
            'Erdoğan, "Azerbaycan ile ticaret hacmimizi 15 milyar dolara çıkaracağız" vurgusu yaptı.\n\n'
            'Kazakistan Cumhurbaşkanı Tokayev ise "Orta Koridor tüm bölgeye refah getirecek" diye yazdı.')
    assert [speaker for speaker, _ in _quotes(text)] == ["Recep Tayyip Erdoğan", "Kassym-Jomart Tokayev"]


# quotes.py: Russian "написал" after a quote; a bare "дипломат"

def test_russian_wrote_after_a_quote():
    """Plant: the round-13 `RU_VERBS` line without "написал"."""
    text = ("Алиев прибыл в Астану.\n\n"
            "«Казахстан и Азербайджан связывают братские отношения», — написал Ильхам Алиев в социальной сети.")
    assert _quotes(text) == [("Ilham Aliyev", "Казахстан и Азербайджан связывают братские отношения")]


def test_russian_bare_diplomat_after_a_quote_is_the_ambassador_named_before():
    """Plant: `RU_VERB_OCCUPATION` without "дипломат"."""
    text = ("Об этом журналистам сообщил посол Азербайджана в Казахстане Рашад Мамедов.\n\n"
            "«Наши страны выходят на новый уровень сотрудничества», — сказал дипломат.")
    assert _quotes(text) == [("Rashad Mamedov", "Наши страны выходят на новый уровень сотрудничества")]


# quotes.py: an Azerbaijani bare title with "ki" before the quote

def test_azerbaijani_bare_minister_with_ki_is_the_minister_of_the_paragraph_before():
    """Plant: `_bare_title_lead` without the `AZ_KI` alternative."""
    text = ("Xarici işlər naziri Ceyhun Bayramov Astanada olub.\n\n"
            'Nazir əlavə edib ki, "iki ölkə arasında nəqliyyat layihələri prioritetdir".')
    assert _quotes(text) == [("Jeyhun Bayramov", "iki ölkə arasında nəqliyyat layihələri prioritetdir")]


# quotes.py: the attribution as an "about this" sentence after the quote

def test_russian_about_this_sentence_after_the_quote():
    """Plant: `_round13_local` without the `_about_this` call."""
    text = ("В Астане прошли переговоры.\n\n"
            "«Мы договорились довести товарооборот до одного миллиарда долларов». Об этом заявил президент "
            "Казахстана Касым-Жомарт Токаев на встрече с журналистами.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Мы договорились довести товарооборот до одного миллиарда "
                                                       "долларов")]


def test_azerbaijani_about_this_sentence_names_two_people_gives_nobody():
    """The one person named gets the quote; plant: `_about_this` reading the Azerbaijani sentence with `_one_named`
    replaced by its first capitalised run (the second text then gives the quote to Bayramov)."""
    one = ("Bakıda biznes forumu keçirilib.\n\n"
           '"Qazaxıstanla ticarət dövriyyəsi bu il iki dəfə artacaq." Bu barədə Report-a açıqlamasında iqtisadçı '
           "ekspert Elnur Məmmədli deyib.")
    assert _quotes(one) == [("Elnur Məmmədli", "Qazaxıstanla ticarət dövriyyəsi bu il iki dəfə artacaq.")]
    two = ("Bakıda biznes forumu keçirilib.\n\n"
           '"Qazaxıstanla ticarət dövriyyəsi bu il iki dəfə artacaq." Bu barədə Ceyhun Bayramovla görüşdən sonra '
           "ekspert Elnur Məmmədli deyib.")
    assert _quotes(two) == []


# quotes.py: Russian "Он отметил: «…»" with nobody who spoke before

def test_russian_he_before_a_colon_is_the_one_person_of_the_paragraph_before():
    """Plant: `_ru_pronoun_colon` taking the lead from the text before the quote only (no paragraph before)."""
    text = ("В Баку прибыл премьер-министр Казахстана Олжас Бектенов.\n\n"
            "Он отметил: «Казахстан заинтересован в увеличении транзита через Баку».")
    assert _quotes(text) == [("Olzhas Bektenov", "Казахстан заинтересован в увеличении транзита через Баку")]


def test_russian_about_this_speaker_is_the_one_before_a_preposition():
    """Plant: `_about_this` reading the Russian sentence with `_ru_one_named` (full names only: the man after "с",
    in the instrumental, becomes the speaker, or nobody)."""
    text = ("В Астане прошли переговоры.\n\n"
            "«Мы готовы к новым совместным проектам». Об этом заявил Токаев после встречи с Ильхамом Алиевым.")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "Мы готовы к новым совместным проектам")]
