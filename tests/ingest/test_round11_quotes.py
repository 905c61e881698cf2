"""Quote forms of the round 11 misses (dev/105, 106, 110, 111, 115, 116, 122), each as a small text in
words of its own.

One behaviour per test: what a journalist writes, and who the rules must say spoke. Each test was seen
failing on a planted bug (planted, run, failed, reverted); the plant is named in the test's docstring.
"""
from datetime import date

from tests.ingest import proposed

DAY = date(2025, 3, 4)


def _quotes(text, day=DAY):
    return proposed.quotes(text, day)


def test_a_month_opening_the_sentence_is_no_speaker():
    """Plant: the round 11 month names left out of people's `_BODY_WORDS` ("In March" was the speaker)."""
    text = ("Rail freight\n\n"
            "Uzbek President Shavkat Mirziyoyev has backed the railway for years. "
            "In March he told a cabinet session that \"the line must open before the harvest, not after it\".")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "the line must open before the harvest, not after it")]


def test_a_time_phrase_before_a_pronoun_leaves_the_pronoun_to_speak():
    """Plant: `_without_leading_time` returning its phrase unchanged (the unlisted "Last" was the speaker)."""
    text = ("Rail freight\n\n"
            "Kazakh President Kassym-Jomart Tokayev met the investors. "
            "Last week he said that the port \"will double its capacity within three years\".")
    assert _quotes(text) == [("Kassym-Jomart Tokayev", "will double its capacity within three years")]


def test_a_name_with_a_capitalised_possessive_title_said_after_the_quote():
    """Plant: `AFTER_NAME_POSSESSIVE_TITLE` wanting the possessive in lower case, as `_ASIDE` does (the
    quote went to no one)."""
    text = ("Ports\n\n"
            "\"Our ferries now sail every day, and the queues at the terminal are gone,\" Nurlan Abenov, "
            "Kazakhstan's deputy minister of industry, said on Tuesday.")
    assert _quotes(text) == [("Nurlan Abenov",
                              "Our ferries now sail every day, and the queues at the terminal are gone")]


def test_the_trnc_president_is_the_head_of_state_of_northern_cyprus():
    """Plant: `SAFE_ABBREVIATIONS` emptied in places.py (the "TRNC President" resolved to nobody)."""
    text = ("Visit to Baku\n\n"
            "\"Our people will never forget the support of our brothers in Azerbaijan and Türkiye,\" "
            "the TRNC President said.")
    assert _quotes(text, date(2024, 5, 6)) == [
        ("Ersin Tatar", "Our people will never forget the support of our brothers in Azerbaijan and Türkiye")]


def test_russian_head_of_state_words_mean_the_head_of_state_received_by_after_a_minister():
    """Plant: "глава государства" left out of the round 11 `_HEAD_WORDS` (the minister who spoke last got
    the quote)."""
    text = ("Визит в Ташкент\n\n"
            "«Мы откроем новый торговый дом уже в этом году», — заявил министр экономики Азербайджана "
            "Микаил Джаббаров.\n\n"
            "Затем министра принял президент Узбекистана Шавкат Мирзиёев. По сообщению пресс-службы, "
            "глава государства назвал Азербайджан «верным другом и стратегическим союзником».")
    assert _quotes(text)[-1] == ("Shavkat Mirziyoyev", "верным другом и стратегическим союзником")


def test_russian_head_of_state_reported_with_chto_before_a_partial_quote():
    """Plant: `_RU_HEAD_SUBJECT` wanting a capital "Г" only (the lower-case title after the comma was
    no subject: no speaker)."""
    text = ("Визит в Ашхабад\n\n"
            "Гостя принял президент Туркменистана Сердар Бердымухамедов. Как отметили в пресс-службе, "
            "глава государства подчеркнул, что сотрудничество «опирается на дружбу и доверие наших народов».")
    assert _quotes(text) == [("Serdar Berdimuhamedow", "опирается на дружбу и доверие наших народов")]


def test_azerbaijani_our_head_of_state_is_azerbaijans_president_after_an_economist():
    """Plant: `_OUR_HEAD_OF_STATE` emptied (the economist who spoke last got the president's words)."""
    text = ("İxracat artır\n\n"
            "İqtisadçı Rauf Həsənli bildirib: \"Artım qeyri-neft sektorunun payının genişlənməsi ilə bağlıdır\".\n\n"
            "Dövlətimizin başçısı ötən il demişdi: \"Biz ixracatı iki dəfə artırmalıyıq və buna nail olacağıq\".")
    assert _quotes(text)[-1] == ("Ilham Aliyev", "Biz ixracatı iki dəfə artırmalıyıq və buna nail olacağıq")


def test_azerbaijani_past_perfect_verb_before_a_colon():
    """Plant: `AZ_PLUPERFECT_COLON` reading only "-mişdi" (the back-vowel "açıqlamışdı" found no speaker)."""
    text = ("Ticarət\n\n"
            "İqtisadiyyat naziri Mikayıl Cabbarov bu barədə açıqlamışdı: \"Dövriyyə gələn il yeni rekord həddə çatacaq\".")
    assert _quotes(text) == [("Mikayıl Cabbarov", "Dövriyyə gələn il yeni rekord həddə çatacaq")]


def test_in_his_view_opens_a_partial_quote_of_the_one_named_before():
    """Plant: the round 11 `_IN_WORDS_OPENING` left as "words" only (no speaker)."""
    text = ("Trade goal\n\n"
            "The economist Daniyar Seitkali was less sure. In his view, the target is "
            "\"a wish rather than a plan for the coming years\".")
    assert _quotes(text) == [("Daniyar Seitkali", "a wish rather than a plan for the coming years")]


def test_proposed_that_reports_speech_before_a_partial_quote():
    """Plant: "proposed" left out of the round 11 `_THAT_VERBS` (no speaker)."""
    text = ("Summit\n\n"
            "Mirziyoyev proposed that the organization \"set up a common fund for young engineers\" before 2030.")
    assert _quotes(text) == [("Shavkat Mirziyoyev", "set up a common fund for young engineers")]
