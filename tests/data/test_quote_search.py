"""Quote search: folding, matching, highlight offsets, relevance, facets, pages, who-about-whom, URL values, ids."""
import shutil

import pandas as pd
import pytest

from dashboard.data import quote_search as qs
from dashboard.ui import format as fmt
from dashboard.data.build import build_tables, quote_id
from dashboard.data.paths import RAW_DIR
from dashboard.data.text import fold


def _quote(text, *, speaker="Ilham Aliyev", role="President", speaker_iso3="AZE", date="2023-04-10",
           precision="day", topics=("politics",), mentioned=("AZE",), language="en", url="https://example.org/q"):
    return {"quote_id": quote_id(date, speaker, text), "date": pd.Timestamp(date), "date_label": date,
            "date_precision": precision, "year": pd.Timestamp(date).year, "speaker": speaker, "speaker_role": role,
            "speaker_iso3": speaker_iso3, "text": text, "language": language, "topics": tuple(topics),
            "mentioned_iso3": tuple(mentioned), "source_id": "s-" + text[:6], "source_url": url,
            "publisher": "Example", "publisher_type": "news", "published": "", "source_kind": "media", "line": 2}


def _frame(*rows):
    return pd.DataFrame(list(rows))


QUOTES = _frame(
    _quote("We are allies, we are brothers, we are friends", date="2023-04-10", mentioned=("AZE", "KAZ")),
    _quote("Türkiye and Azerbaijan are one nation, two states", speaker="Recep Tayyip Erdoğan",
           speaker_iso3="TUR", date="2021-06-15", mentioned=("TUR", "AZE"), topics=("politics", "security")),
    _quote("Turkey is our closest ally", date="2012-05-01", precision="month", mentioned=("AZE", "TUR")),
    _quote("Azərbaycan ilə qardaşlıq əlaqələrimiz güclüdür", speaker="Ünal Üstel", role="Prime Minister (TRNC)",
           speaker_iso3="CYN", date="2024-01-20", language="az", mentioned=("CYN", "AZE")),
    _quote("Сотрудничество с Турцией и Венгрией крепнет", speaker="Sadyr Japarov", speaker_iso3="KGZ",
           date="2022-10-01", language="ru", mentioned=("KGZ", "TUR", "HUN"), topics=("trade",)),
    _quote("A brotherly partnership in energy and trade", speaker="Péter Szijjártó",
           role="Minister of Foreign Affairs and Trade", speaker_iso3="HUN", date="2020-03-03",
           mentioned=("HUN", "AZE"), topics=("energy", "trade")),
    _quote("Our other partners matter too", speaker="Kassym-Jomart Tokayev", speaker_iso3="KAZ", date="2019-01-01",
           precision="year", mentioned=("KAZ",), topics=("culture",)),
)


def found(query, quotes=QUOTES, **filters):
    return list(qs.search(quotes, qs.QuoteFilters(q=query, **filters)).rows["text"])


# ---------------------------------------------------------------- folding

@pytest.mark.parametrize("spelling", ["Türkiye", "Turkiye", "TÜRKİYE", "türkıye"])
def test_every_spelling_of_turkiye_folds_to_the_same_word(spelling):
    assert fold(spelling) == "turkiye"


def test_azerbaijani_russian_and_hungarian_letters_fold_to_their_plain_forms():
    assert fold("Azərbaycan") == fold("AZƏRBAYCAN") == "azerbaycan"
    assert fold("Ёлка") == fold("елка")
    assert fold("Szijjártó Péter, Magyarország") == "szijjarto peter, magyarorszag"
    assert fold("Üstel ŐRSÉG") == "ustel orseg"


def test_folding_with_offsets_gives_the_same_words_as_fold_for_every_real_quote():
    quotes = build_tables().quotes
    for text in quotes["text"]:
        folded, origin = qs.fold_with_offsets(text)
        assert " ".join(folded.split()) == fold(text)
        assert len(origin) == len(folded) and all(0 <= i < len(text) for i in origin)


# ---------------------------------------------------------------- matching

def test_turkiye_and_turkiye_with_dots_find_the_same_quotes_including_old_turkey_spellings():
    plain, dotted, upper = found("Turkiye"), found("Türkiye"), found("TÜRKİYE")
    assert plain == dotted == upper
    assert "Turkey is our closest ally" in plain
    assert "Türkiye and Azerbaijan are one nation, two states" in plain


def test_a_country_name_also_finds_the_russian_name_in_any_case_ending():
    assert "Сотрудничество с Турцией и Венгрией крепнет" in found("Türkiye")
    assert "Сотрудничество с Турцией и Венгрией крепнет" in found("Hungary")


def test_azerbaycan_without_the_schwa_finds_the_azerbaijani_spelling():
    assert "Azərbaycan ilə qardaşlıq əlaqələrimiz güclüdür" in found("azerbaycan")
    assert found("azerbaycan") == found("Azərbaycan")


def test_a_word_start_finds_longer_words_but_not_words_that_merely_contain_it():
    assert "A brotherly partnership in energy and trade" in found("brother")
    assert "We are allies, we are brothers, we are friends" in found("brother")
    assert found("other") == ["Our other partners matter too"]  # not "brothers", "brotherly"


def test_every_word_of_a_search_must_match_and_a_quoted_phrase_must_match_in_order():
    assert found("brothers friends") == ["We are allies, we are brothers, we are friends"]
    assert found("brothers energy") == []
    assert found('"we are brothers"') == ["We are allies, we are brothers, we are friends"]
    assert found('"brothers are we"') == []


def test_the_search_matches_the_speaker_and_the_role_as_well_as_the_words():
    assert found("tokayev") == ["Our other partners matter too"]
    assert found("erdogan") == ["Türkiye and Azerbaijan are one nation, two states"]
    assert found("TRNC") == ["Azərbaycan ilə qardaşlıq əlaqələrimiz güclüdür"]


def test_markup_in_a_search_is_read_as_its_words_only():
    typed = _quote("<script>alert(1)</script> is what the attacker typed", date="2024-02-02")
    same_words = _quote("The script was read, then the alert came", date="2024-03-03")  # not in that order
    quotes = _frame(*QUOTES.to_dict("records"), typed, same_words)
    assert found("<script>alert(1)</script>", quotes) == [typed["text"]]
    assert sorted(found("script", quotes)) == sorted([same_words["text"], typed["text"]])
    assert found("<img src=x onerror=alert(1)>", quotes) == []  # neither stripped to nothing nor run


def test_a_search_longer_than_the_limit_is_cut_not_refused():
    terms = qs.parse_query("brothers " + "x" * 1000)
    assert [t.words for t in terms] == [("brothers",), ("x" * (qs.MAX_QUERY_LENGTH - len("brothers ")),)]


# ---------------------------------------------------------------- highlight offsets

def test_highlights_are_offsets_into_the_original_text_even_when_folding_changes_its_length():
    text = "Die Straße nach TÜRKİYE und Türkiye’nin dostları"
    spans = qs.match_spans(text, qs.parse_query("turkiye"))
    assert [text[a:b] for a, b in spans] == ["TÜRKİYE", "Türkiye"]  # the suffix after the apostrophe is its own word
    assert [text[a:b] for a, b in qs.match_spans(text, qs.parse_query("strasse"))] == ["Straße"]


def test_a_prefix_match_marks_the_whole_word_and_touching_matches_merge():
    text = "A brotherly partnership"
    assert [text[a:b] for a, b in qs.match_spans(text, qs.parse_query("brother partner"))] == ["brotherly", "partnership"]
    assert qs.match_spans("brothers", qs.parse_query("bro brothers")) == [(0, 8)]


def test_a_decomposed_accent_stays_inside_its_highlighted_letter():
    text = "Tu\u0308rkiye today"  # "Türkiye" typed as u + combining diaeresis
    assert [text[a:b] for a, b in qs.match_spans(text, qs.parse_query("türkiye"))] == ["Tu\u0308rkiye"]


def test_segments_cut_the_text_into_marked_and_plain_pieces_that_join_back_to_it():
    text = "we are brothers, we are friends"
    pieces = qs.segments(text, qs.match_spans(text, qs.parse_query("brothers friends")))
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, hit in pieces if hit] == ["brothers", "friends"]


# ---------------------------------------------------------------- relevance and order

def test_a_name_match_outranks_a_mention_in_the_words_and_the_exact_phrase_ranks_first():
    quotes = _frame(_quote("I met Tokayev yesterday", date="2024-01-01"),
                    _quote("Trade is growing", speaker="Kassym-Jomart Tokayev", speaker_iso3="KAZ", date="2010-01-01"))
    assert found("tokayev", quotes)[0] == "Trade is growing"
    quotes = _frame(_quote("friends and allies, brothers", date="2024-01-01"),
                    _quote("we are brothers, friends", date="2010-01-01"))
    assert found("brothers friends", quotes)[0] == "we are brothers, friends"


def test_equally_relevant_quotes_come_newest_first_and_without_a_search_the_list_is_newest_first():
    assert found("brother") == ["We are allies, we are brothers, we are friends",  # 2023
                                "A brotherly partnership in energy and trade"]  # 2020
    dates = list(qs.search(QUOTES, qs.QuoteFilters()).rows["date"])
    assert dates == sorted(dates, reverse=True)
    oldest = list(qs.search(QUOTES, qs.QuoteFilters(), "oldest").rows["date"])
    assert oldest == sorted(oldest)


def test_relevance_order_is_only_used_while_searching():
    assert qs.effective_sort("relevance", "") == "newest"
    assert qs.effective_sort(None, "brothers") == "relevance"
    assert qs.effective_sort("oldest", "brothers") == "oldest"
    assert qs.effective_sort("garbage", "") == "newest"


# ---------------------------------------------------------------- facets

def test_each_facet_narrows_the_quotes():
    only = lambda **f: set(qs.search(QUOTES, qs.QuoteFilters(**f)).rows["speaker"])
    assert only(speakers=("Péter Szijjártó",)) == {"Péter Szijjártó"}
    assert only(topics=("energy",)) == {"Péter Szijjártó"}
    assert only(speaker_countries=("KGZ",)) == {"Sadyr Japarov"}
    assert only(mentions=("HUN",)) == {"Sadyr Japarov", "Péter Szijjártó"}
    assert only(years=(2021, 2022)) == {"Recep Tayyip Erdoğan", "Sadyr Japarov"}


def test_the_global_country_filter_matches_a_quote_whose_speaker_is_from_or_which_mentions_the_country():
    rows = qs.search(QUOTES, qs.QuoteFilters(countries=("HUN",))).rows
    assert set(rows["speaker"]) == {"Péter Szijjártó", "Sadyr Japarov"}  # from Hungary; mentions Hungary
    assert qs.search(QUOTES, qs.QuoteFilters(countries=("TJK",))).rows.empty


def test_facet_counts_leave_their_own_facet_out_but_apply_every_other_filter():
    result = qs.search(QUOTES, qs.QuoteFilters(topics=("trade",), speakers=("Sadyr Japarov",)))
    assert result.facet_counts["topics"] == {"trade": 1}  # Japarov's quotes, by topic
    assert result.facet_counts["speakers"] == {"Sadyr Japarov": 1, "Péter Szijjártó": 1}  # trade quotes, by speaker
    assert len(result.rows) == 1


def test_who_speaks_about_whom_counts_each_other_country_once_and_leaves_out_the_speakers_own():
    pairs = qs.who_about_whom(QUOTES)
    as_dict = {(s, m): n for s, m, n in pairs.itertuples(index=False)}
    assert as_dict[("AZE", "TUR")] == 1 and as_dict[("AZE", "KAZ")] == 1
    assert as_dict[("KGZ", "TUR")] == 1 and as_dict[("KGZ", "HUN")] == 1
    assert not any(s == m for s, m in as_dict)
    assert ("KAZ", "KAZ") not in as_dict


def test_the_pair_counts_ignore_the_country_facets_so_another_cell_can_be_chosen():
    result = qs.search(QUOTES, qs.QuoteFilters(speaker_countries=("KGZ",), mentions=("HUN",)))
    assert len(result.rows) == 1
    assert len(result.pair_base) == len(QUOTES)


def test_pages_hold_twenty_quotes_and_an_out_of_range_page_is_clamped():
    many = _frame(*[_quote(f"quote number {i}", date=f"2020-01-{1 + i % 28:02d}") for i in range(45)])
    rows, page, pages = qs.paginate(many, 3)
    assert (len(rows), page, pages) == (5, 3, 3)
    assert qs.paginate(many, 99)[1] == 3 and qs.paginate(many, -4)[1] == 1
    assert qs.paginate(many.iloc[0:0], 1)[1:] == (1, 1)


# ---------------------------------------------------------------- URL values

def test_url_values_are_matched_to_known_speakers_and_topics_and_junk_is_reported():
    values, notices = qs.read_url({"speaker": ["ilham aliyev", "Nobody Atall"], "topic": ["TRADE", "cooking"]}, QUOTES)
    assert values["speaker"] == ["Ilham Aliyev"] and values["topic"] == ["trade"]
    assert any("Nobody Atall" in n for n in notices) and any("cooking" in n for n in notices)


def test_an_unknown_or_second_quote_id_in_the_url_is_reported_and_a_known_one_is_kept():
    known = QUOTES["quote_id"].iloc[2]
    values, notices = qs.read_url({"quote": [known.upper(), "q-0"]}, QUOTES)
    assert values["quote"] == known and len(notices) == 1
    values, notices = qs.read_url({"quote": ["q-doesnotexist"]}, QUOTES)
    assert "quote" not in values and "q-doesnotexist" in notices[0]


def test_country_codes_in_the_url_are_checked_against_the_quotes():
    values, notices = qs.read_url({"speaker_country": ["kgz", "XXX"], "mentions": ["HUN"]}, QUOTES)
    assert values == {"speaker_country": ["KGZ"], "mentions": ["HUN"]}
    assert "XXX" in notices[0]


def test_a_huge_search_in_the_url_is_cut_with_a_notice():
    values, notices = qs.read_url({"q": ["brothers " * 100]}, QUOTES)
    assert len(values["q"]) <= qs.MAX_QUERY_LENGTH and notices


# ---------------------------------------------------------------- ids and display

def test_quote_ids_do_not_change_when_the_raw_rows_are_reordered(tmp_path):
    for name in ("trade", "visits", "targets", "quotes"):
        shutil.copy(RAW_DIR / f"{name}.csv", tmp_path / f"{name}.csv")
    lines = (tmp_path / "quotes.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / "quotes.csv").write_text(lines[0] + "".join(reversed(lines[1:])), encoding="utf-8")
    original = build_tables().quotes.set_index("quote_id")["text"]
    reordered = build_tables(tmp_path).quotes.set_index("quote_id")["text"]
    assert original.sort_index().equals(reordered.sort_index())


def test_a_quote_id_depends_only_on_its_date_speaker_and_words():
    assert quote_id("2023-04-10", "Ilham Aliyev", "We are brothers") == quote_id("2023-04-10", "ILHAM ALIYEV", "We are brothers")
    assert quote_id("2023-04-10", "Ilham Aliyev", "We are brothers") != quote_id("2023-04-11", "Ilham Aliyev", "We are brothers")


def test_the_download_has_one_row_per_quote_shown_with_its_permalink():
    rows = qs.search(QUOTES, qs.QuoteFilters(q="brother")).rows
    out = qs.for_download(rows, "http://host/quotes")
    assert len(out) == len(rows) == 2
    assert out["permalink"].iloc[0] == f"http://host/quotes?quote={rows['quote_id'].iloc[0]}"


def test_the_result_says_how_many_quotes_the_words_alone_would_find_so_an_empty_page_can_say_why():
    result = qs.search(QUOTES, qs.QuoteFilters(q="brothers", countries=("HUN",)))
    assert result.rows.empty and result.text_matches == 1
    assert qs.search(QUOTES, qs.QuoteFilters(q="zebra")).text_matches == 0


def test_an_empty_result_blames_the_words_or_the_filters_whichever_it_is():
    assert fmt.why_no_quote(qs.search(QUOTES, qs.QuoteFilters(q="zebra"))).startswith("No quote has these words")
    assert "alone find 1 quote" in fmt.why_no_quote(qs.search(QUOTES, qs.QuoteFilters(q="brothers", countries=("HUN",))))
    assert fmt.why_no_quote(qs.search(QUOTES, qs.QuoteFilters(countries=("TJK",)))).startswith("Remove a speaker")
