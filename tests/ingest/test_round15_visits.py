"""Round 15 visit rules, on short invented sentences. Each test was seen failing once on the plant its docstring names."""
from datetime import date

from tests.ingest import proposed


def test_the_first_to_pay_a_visit_names_the_visitor():
    """Plant: the (f) group of _VISITOR_CUES not read as the visitor's phrase."""
    text = ("Recep Tayyip Erdogan became the first Turkish president to make a state visit to Turkmenistan, "
            "arriving in Ashgabat on Monday.")
    assert proposed.visits(text, date(2025, 5, 14)) == [
        ("Recep Tayyip Erdoğan", "Turkmenistan", "2025-05-12", "Ashgabat", "state")]


def test_the_first_to_visit_of_a_future_trip_is_no_visit_without_a_day():
    """Precision: the cue names a visitor but no day is told, so nothing is proposed."""
    text = "Ilham Aliyev was the first Azerbaijani leader to visit Bishkek after independence."
    assert proposed.visits(text, date(2025, 5, 14)) == []


def test_russian_total_of_documents():
    """Plant: _RU_TOTAL_DOCUMENTS not searched (the singular rule counts one document)."""
    text = ("Министр иностранных дел Азербайджана Джейхун Байрамов во вторник прибыл в Ташкент с рабочим визитом. "
            "Министры подписали меморандум о сотрудничестве и программу консультаций — всего три документа.")
    assert proposed.documents(text, date(2025, 3, 12)) == ["3"]


def test_visit_to_where_the_visitor_came_from_takes_that_clauses_day():
    """Plant: _came_from_days returning [] (the day of arrival elsewhere, Friday, is taken)."""
    text = ("Mirziyoyev arrived in Seoul on Friday from Baku, where he had held talks on Wednesday with "
            "Azerbaijani President Ilham Aliyev.")
    assert proposed.visits(text, date(2025, 12, 20)) == [
        ("Shavkat Mirziyoyev", "Azerbaijan", "2025-12-17", "Baku", "other")]


def test_destination_of_the_ties_keeps_the_arrival_day():
    """Precision: when the place gone to is one of the ties, the day of the clause of where he came from is not the
    visit's (the arrival's day stays)."""
    text = ("Mirziyoyev arrived in Baku on Friday from Brussels, where he had held talks on Wednesday.")
    assert proposed.visits(text, date(2025, 12, 20)) == [
        ("Shavkat Mirziyoyev", "Azerbaijan", "2025-12-19", "Baku", "other")]


def test_azerbaijani_spelling_of_a_holder_visiting():
    """Plant: the alias "Ceenbek Kulubayev" left out of officeholders.csv (the visitor is kept as written)."""
    text = "Qırğızıstanın xarici işlər naziri Ceenbek Kulubayev mayın 20-də rəsmi səfərlə Bakıya gəlib."
    assert proposed.visits(text, date(2024, 5, 21)) == [
        ("Jeenbek Kulubaev", "Azerbaijan", "2024-05-20", "Baku", "official")]


def test_visit_naming_no_place_is_where_the_report_was_filed():
    """Plant: the dateline's place not taken for a visit sentence that names none (no visit proposed)."""
    text = ("Kazakistan Cumhurbaşkanı Tokayev Bakü'de\n\nTokayev, Aliyev ile görüştü. Taraflar işbirliğini ele aldı.\n\n"
            "HABER / Bakü | 12.03.2025 - 10:15\n\n"
            "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev, dün başlayan resmi ziyaret kapsamında törenle karşılandı.")
    assert proposed.visits(text, date(2025, 3, 12)) == [
        ("Kassym-Jomart Tokayev", "Azerbaijan", "2025-03-11", "Baku", "official")]


def test_time_stamp_line_four_sentences_down_still_dates_and_places():
    """Plant: STAMP_SENTENCES = 3 (the stamp line after a two-sentence subheading is not read: no visit)."""
    text = ("Özbekistan Cumhurbaşkanı Ankara'da\n\nMirziyoyev, Erdoğan ile görüştü. Taraflar 10 anlaşma imzaladı.\n\n"
            "GAZETE / Ankara | 05.11.2026 - 11:48\n\n"
            "Özbekistan Cumhurbaşkanı Şevket Mirziyoyev, dün başlayan devlet ziyareti kapsamında karşılandı.")
    assert proposed.visits(text, date(2026, 11, 5)) == [
        ("Shavkat Mirziyoyev", "Türkiye", "2026-11-04", "Ankara", "state")]


def test_visitor_of_the_dateline_state_gives_no_visit():
    """Precision: a visit sentence naming no place, its visitor of the state the report was filed from: none."""
    text = ("Erdoğan Ankara'da\n\nErdoğan konuştu. Taraflar görüştü.\n\nGAZETE / Ankara | 05.11.2026 - 11:48\n\n"
            "Cumhurbaşkanı Recep Tayyip Erdoğan, dün başlayan resmi ziyaret kapsamında konuştu.")
    assert proposed.visits(text, date(2026, 11, 5)) == []


def test_local_delegation_arrival_is_its_titled_head_named_before():
    """Plant: _local_delegation_head not asked (no visitor: no visit)."""
    text = ("Daşkənddə hökumətlərarası komissiyanın iclası keçirilib. İclasda Qazaxıstanın Baş nazirinin müavini "
            "Serik Jumanqarin iştirak edib. Qeyd edək ki, qazax nümayəndə heyəti dünən Daşkəndə gəlib.")
    assert proposed.visits(text, date(2025, 3, 6)) == [
        ("Serik Jumanqarin", "Uzbekistan", "2025-03-05", "Tashkent", "other")]


def test_russian_delegation_by_adjective():
    """Plant: the Russian adjective stems not read in _delegation_country (no visit)."""
    text = ("В Бишкеке прошло заседание комиссии, в котором участвовал вице-премьер Азербайджана Шахин Мустафаев. "
            "Азербайджанская делегация прибыла в Бишкек во вторник.")
    assert proposed.visits(text, date(2025, 3, 6)) == [
        ("Shakhin Mustafayev", "Kyrgyzstan", "2025-03-04", "Bishkek", "other")]


def test_local_delegation_of_no_named_person_gives_no_visit():
    """Precision: a delegation whose country's people the article never named proposes nothing."""
    text = "Türkmən nümayəndə heyəti dünən Bakıya gəlib. İqtisadçı Rauf Qarayev bunu müsbət qiymətləndirib."
    assert proposed.visits(text, date(2025, 3, 6)) == []
