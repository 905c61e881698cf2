"""Round 17 visit rules (dev/186–197 and probes of invented passages). Each test was seen failing once on the plant
its docstring names."""
from datetime import date

from dashboard.ingest.sentences import sentences
from tests.ingest import proposed

DAY = date(2026, 3, 12)  # a Thursday


def test_turkish_arabic_ordinal_ends_no_sentence():
    """Plant: sentences._ORDINAL left out of _END (the visitor cut off from "Taşkent'e geldi" at "4.")."""
    text = "Tarım Bakanı Kemal Yurt, Türk-Özbek İş Forumu'nun 4. Dönem Toplantısı için dün Taşkent'e geldi."
    assert proposed.visits(text, DAY) == [("Kemal Yurt", "Uzbekistan", "2026-03-11", "Tashkent", "other")]
    # a day of the month in English still ends its sentence
    english = "He arrived on June 9. He met the president."
    assert len(sentences(english)) == 2


def test_title_and_name_closing_the_first_clause_is_the_local_visitor():
    """Plant: _local_visitors without the _first_clause attempt (no visitor: the capitalised runs after the comma
    name an event)."""
    text = "Enerji Bakanı Kemal Yurt, Türkiye-Kazakistan Enerji Forumu'na katılmak üzere dün Kazakistan'ın başkenti Astana'ya gitti."
    assert proposed.visits(text, DAY) == [("Kemal Yurt", "Kazakhstan", "2026-03-11", "Astana", "other")]
    titled_after = "Enerji Bakanı Kemal Yurt, KEK Eş Başkanı sıfatıyla dün Bakü'ye geldi."
    assert proposed.visits(titled_after, DAY) == [("Kemal Yurt", "Azerbaijan", "2026-03-11", "Baku", "other")]


def test_a_noun_in_a_turkish_case_is_no_visitors_name():
    """Plant: _titled_newcomer without the _TA_CASE_SUFFIX check ("Komisyon Toplantısı'na" proposed as the visitor)."""
    text = "Ticaret Bakanı Kemal Yurt Karma Ekonomik Komisyon Toplantısı'na katılmak üzere dün Taşkent'e geldi."
    assert all("'" not in visitor for visitor, *_ in proposed.visits(text, DAY))


def test_who_spoke_during_a_visit_made_it():
    """Plant: _said_during_visit returning None at once (no visit: the "began" cue takes the whole clause, the
    unlisted minister then of Azerbaijan, the host)."""
    text = "Turkish energy minister Kemal Yurt said during a two-day working visit to Baku that began on Tuesday."
    assert proposed.visits(text, DAY) == [("Kemal Yurt", "Azerbaijan", "2026-03-10", "Baku", "working")]
    told = "Turkish trade minister Kemal Yurt told reporters on Monday during an official visit to Astana that trade grew."
    assert proposed.visits(told, DAY) == [("Kemal Yurt", "Kazakhstan", "2026-03-09", "Astana", "official")]
    # a visit to come is still none
    future = "Turkish trade minister Kemal Yurt said on Monday during a meeting that he will visit Astana in April."
    assert proposed.visits(future, DAY) == []


def test_surname_alone_before_an_english_visit_word():
    """Plant: the _surname_told_before call for English visit sentences left out (no visit)."""
    text = "Trade Minister Kemal Yurt spoke to investors. Yurt arrived in Astana on Monday evening."
    assert proposed.visits(text, DAY) == [("Kemal Yurt", "Kazakhstan", "2026-03-09", "Astana", "other")]
    # a surname first named without a title is no one's visit
    farmer = "Sultan Yurt, a farmer, said prices rose. Yurt arrived in Astana on Monday evening."
    assert proposed.visits(farmer, DAY) == []


def test_documents_a_visit_produced():
    """Plant: the "produced|yielded|resulted in|concluded" alternative left out of _DOCUMENTS (documents '')."""
    text = ("Kazakh President Kassym-Jomart Tokayev arrived in Budapest on Tuesday. "
            "The visit produced eleven intergovernmental agreements.")
    assert proposed.documents(text, DAY) == ["11"]
    yielded = "Kazakh President Kassym-Jomart Tokayev arrived in Budapest on Tuesday. The talks yielded 7 agreements."
    assert proposed.documents(yielded, DAY) == ["7"]


def test_azerbaijani_count_then_dash_list_then_signed():
    """Plant: the dash-list alternative left out of _LOCAL_DOCUMENTS (documents '')."""
    text = ("Türkiyə Milli Məclisinin sədri Numan Kurtulmuş martın 10-da Bakıya rəsmi səfərə gəlib. Səfər çərçivəsində "
            "üç sənəd – enerji sahəsində memorandum, gömrük protokolu və təhsil sazişi imzalanıb.")
    assert proposed.documents(text, DAY) == ["3"]
    turkish = ("Ticaret Bakanı Kemal Yurt dün Bakü'ye geldi. Ziyarette iki belge: ticaret protokolü ve yatırım "
               "anlaşması imzalandı.")
    assert proposed.documents(turkish, DAY) == ["2"]


def test_delegation_headed_by_a_bare_title_arrived_earlier():
    """Plant: the "headed/led by the …" part left out of _DELEGATION_ARRIVED (the start stays on the reception's
    day, 11 March)."""
    received = ("On 11 March, Uzbek President Shavkat Mirziyoyev received Azerbaijani Economy Minister Mikayil Jabbarov, "
                "who is in Tashkent for a forum. ")
    for arrived in ("The Azerbaijani delegation headed by the Minister arrived in the Uzbek capital on 10 March.",
                    "The Azerbaijani delegation, led by the minister, arrived in the Uzbek capital on 10 March."):
        assert proposed.visits(received + arrived, DAY) == [
            ("Mikayil Jabbarov", "Uzbekistan", "2026-03-10", "Tashkent", "other")]


def test_dateline_with_the_outlet_in_brackets_is_not_the_visit_day():
    """Plant: the ordinary-case alternative left out of _INLINE_DATELINE (start 2026-03-12, the dateline's)."""
    text = ("Astana, 12 March (Reuters) — Trade deals were agreed, Turkish trade minister Kemal Yurt said during a "
            "working visit to Astana that began on Tuesday.")
    assert proposed.visits(text, DAY) == [("Kemal Yurt", "Kazakhstan", "2026-03-10", "Astana", "working")]


def test_state_owned_is_no_visit_type():
    """Plant: the (?!-) left out of _TYPE (type 'state')."""
    text = "Turkish President Recep Tayyip Erdoğan arrived in Astana on Tuesday and toured a state-owned plant."
    assert [v[4] for v in proposed.visits(text, DAY)] == ["other"]


def test_turkish_and_azerbaijani_goal_in_the_dative_before_the_verb():
    """Plant: _local_destination returning None (Ankara, where the forum before was, taken as the host)."""
    tr = "Enerji Bakanı Kemal Yurt, Ankara'da düzenlenen Türk Yatırım Forumu'nun ardından dün Bakü'ye geldi."
    assert proposed.visits(tr, DAY) == [("Kemal Yurt", "Azerbaijan", "2026-03-11", "Baku", "other")]
    az = "Energetika naziri Kamal Yurd Ankarada keçirilən forumdan sonra dünən Daşkəndə gəlib."
    assert proposed.visits(az, DAY) == [("Kamal Yurd", "Uzbekistan", "2026-03-11", "Tashkent", "other")]


def test_speaking_during_a_visit_as_an_aside():
    """Plant: the "speaking/talking during" alternative left out of _ON_A_VISIT (no visit)."""
    text = "Turkish Energy Minister Kemal Yurt, speaking during a visit to Baku on Tuesday, said gas flows would rise."
    assert proposed.visits(text, DAY) == [("Kemal Yurt", "Azerbaijan", "2026-03-10", "Baku", "other")]


def test_visits_told_as_many_are_none_of_the_day():
    """Plant: the _VISITED_OFTEN check left out (Aliyev's visit to Astana dated Tuesday proposed)."""
    text = "Azerbaijani President Ilham Aliyev told Kazakh media on Tuesday that he had visited Astana many times."
    assert proposed.visits(text, DAY) == []
    often = "Kazakh President Kassym-Jomart Tokayev, who has repeatedly visited Baku, said on Tuesday that ties grew."
    assert proposed.visits(often, DAY) == []


ARRIVED = "Kazakh President Kassym-Jomart Tokayev arrived in Budapest on Tuesday. "


def test_documents_inked():
    """Plant: "inked" left out of the _DOCUMENTS verbs (documents '')."""
    assert proposed.documents(ARRIVED + "The two sides inked 10 agreements.", DAY) == ["10"]
    assert proposed.documents(ARRIVED + "Ten agreements were inked during the visit.", DAY) == ["10"]


def test_signing_of_a_package_of_documents():
    """Plant: the package/total words left out after "signing of" in _DOCUMENTS (documents '')."""
    text = ARRIVED + "The visit ended with the signing of a package of nine documents."
    assert proposed.documents(text, DAY) == ["9"]


def test_russian_count_then_dash_list_then_signed():
    """Plant: the Russian dash-list alternative left out of _LOCAL_DOCUMENTS (documents '')."""
    text = ("Президент Казахстана Касым-Жомарт Токаев во вторник прибыл в Будапешт. Два документа – меморандум по "
            "энергетике и протокол по таможне – были подписаны.")
    assert proposed.documents(text, DAY) == ["2"]


def test_a_stay_is_in_the_capital_in_the_locative():
    """Plant: _LOCAL_STAYING left out of _local_destination (Ankara, where he went back to, taken as the host)."""
    tr = "Ticaret Bakanı Kemal Yurt, Ankara'ya dönmeden önce dün Astana'da temaslarda bulundu."
    assert proposed.visits(tr, DAY) == [("Kemal Yurt", "Kazakhstan", "2026-03-11", "Astana", "other")]
    az = "İqtisadiyyat naziri Kamal Yurd Ankaraya qayıtmazdan əvvəl dünən Astanada olub."
    assert proposed.visits(az, DAY) == [("Kamal Yurd", "Kazakhstan", "2026-03-11", "Astana", "other")]


def test_documents_of_another_time_are_none_of_the_visit():
    """Plant: _another_time returning False (7 and 12 documents given to Tokayev's visit)."""
    # round 71 (docs0): docs/annotating.md's convention
    assert proposed.documents(ARRIVED + "Hungary and China concluded 7 agreements last year.", DAY) == ["0"]
    # round 71 (docs0): docs/annotating.md's convention
    assert proposed.documents(ARRIVED + "In 2019 the two countries signed 12 agreements.", DAY) == ["0"]
    assert proposed.documents(ARRIVED + "On Wednesday the two countries signed 12 agreements.", DAY) == ["12"]
