"""Seventy-second round, tvb72 (docs/extraction.md: figures.py, visits.py): the forms behind the dev/1156 misses (a TV
transcript, each turn opened by its timecode and a capitals label), told in short invented sentences. An answer
looking back to the trade figure with "it" after a remark and the host's question, its period a span "From January
to April" (figures._figure_back_after_question, _FIGURE_BACK); and the guest's own trip told in the first person
inside his timecoded, labelled turn ("[00:02:35] NAME SURNAME: … I was in Baku …"), with one document he says was
signed by the active verb ("We signed a plan of …"). Each test was seen failing once on a planted bug (then
reverted); the plant is named in its comment."""
from datetime import date

from tests.ingest import proposed

DAY = date(2026, 6, 9)
KZ_UZ = proposed.pair("Kazakhstan", "Uzbekistan")
KZ_TR = proposed.pair("Kazakhstan", "Türkiye")


def _transcript(*turns: str) -> str:
    return "\n\n".join(f"[00:{i // 60:02d}:{i % 60:02d}] {turn}" for i, turn in enumerate(turns, 10))


# plant: the _figure_back_after_question branch removed from figures.find_figures
def test_a_figure_back_after_a_remark_and_the_host_s_question():
    text = _transcript("HOST: Where is trade between Kazakhstan and Uzbekistan today?",
                       "BOLAT ORAZOV: Last year our trade turnover was about 4.1 billion US dollars. That is a record.",
                       "HOST: And this year?",
                       "BOLAT ORAZOV: In the first quarter it was 1.2 billion dollars. Good, but not enough.")
    assert (KZ_UZ, "2026-Q1", "turnover", 1200.0) in proposed.trade_values(text, DAY)
    other = _transcript("HOST: How much do Kazakhstan and Türkiye trade?",
                        "ASEL NURLANOVA: In 2025 trade turnover reached 6.3 billion dollars. We are pleased.",
                        "HOST: And in recent months?",
                        "ASEL NURLANOVA: For January to May it stood at 2.9 billion dollars.")
    assert (KZ_TR, "2026-5M", "turnover", 2900.0) in proposed.trade_values(other, DAY)


# plant: the "from … to …" alternative dropped from figures._FIGURE_BACK
def test_a_figure_back_opening_on_a_span_from_one_month_to_another():
    text = _transcript("HOST: Where is trade between Kazakhstan and Uzbekistan today?",
                       "BOLAT ORAZOV: Last year our trade turnover was about 4.1 billion US dollars. That is a record.",
                       "HOST: And this year?",
                       "BOLAT ORAZOV: From January to April it was 1.5 billion dollars, plus 7 percent.")
    assert (KZ_UZ, "2026-4M", "turnover", 1500.0) in proposed.trade_values(text, DAY)
    other = ("Trade between Kazakhstan and Türkiye reached $6.3 billion in 2025. From January through March it stood "
             "at $1.6 billion.")
    assert (KZ_TR, "2026-Q1", "turnover", 1600.0) in proposed.trade_values(other, DAY)


# plant: the timecode no longer stripped from the paragraph in visits._interview_answer_trip
def test_a_first_person_trip_in_a_timecoded_labelled_turn():
    text = ("Kazakh TV. Guest: Deputy Foreign Minister of Kazakhstan Bolat Orazov.\n\n"
            + _transcript("HOST: What has happened since?",
                          "BOLAT ORAZOV: A lot. I was in Tashkent myself on the 12th of May, for consultations with "
                          "my colleagues."))
    assert proposed.visits(text, DAY) == [("Bolat Orazov", "Uzbekistan", "2026-05-12", "Tashkent", "other")]
    other = ("Kazakh TV. Guest: Deputy Foreign Minister of Kazakhstan Bolat Orazov.\n\n"
             + _transcript("HOST: Have you been to Türkiye this year?",
                           "BOLAT ORAZOV: Yes, I visited Ankara on 3 April for political consultations."))
    assert proposed.visits(other, DAY) == [("Bolat Orazov", "Türkiye", "2026-04-03", "Ankara", "other")]


# plant: _we_signed_one dropped from visits._one_document_told
def test_one_document_told_signed_by_the_active_verb_after_the_trip():
    text = ("Kazakh TV. Guest: Deputy Foreign Minister of Kazakhstan Bolat Orazov.\n\n"
            + _transcript("HOST: What has happened since?",
                          "BOLAT ORAZOV: I was in Tashkent on the 12th of May for consultations. We signed a plan "
                          "of consultations for the next two years."))
    assert proposed.documents(text, DAY) == ["1"]
    other = ("Kazakh TV. Guest: Deputy Foreign Minister of Kazakhstan Bolat Orazov.\n\n"
             + _transcript("HOST: What has happened since?",
                           "BOLAT ORAZOV: I visited Ankara on 3 April. There we have signed a memorandum on "
                           "consular matters."))
    assert proposed.documents(other, DAY) == ["1"]
