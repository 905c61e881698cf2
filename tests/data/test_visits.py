"""The Visits page's data: documents as reported (and disputed), summits as one meeting, partners, counts."""
import pandas as pd

from dashboard.data import visits
from dashboard.ui import format as fmt
from dashboard.ui import visit_charts
from dashboard.data.build import build_tables
from tests.builders import raw_rows, write_raw


def visit_rows(tmp_path, *rows):
    """Build the real visits table from raw rows written by the one fixture builder."""
    return build_tables(write_raw(tmp_path / "raw", visits=raw_rows("visits", rows, end_date=""))).visits


SHUSHA_SUMMIT = [  # three rows of one summit: the host's own row carries the declaration
    dict(start_date="2024-07-06", visitor_name="Ilham Aliyev", visitor_country="Azerbaijan", host_country="Azerbaijan",
         city="Shusha", visit_type="summit", documents_signed="1", summary="Informal OTS summit; Garabagh Declaration"),
    dict(start_date="2024-07-06", visitor_name="Kassym-Jomart Tokayev", visitor_country="Kazakhstan",
         host_country="Azerbaijan", city="Shusha", visit_type="summit", documents_signed="",
         summary="Attended the informal OTS summit"),
    dict(start_date="2024-07-05", visitor_name="Cevdet Yılmaz", visitor_role="Vice President", visitor_country="Türkiye",
         host_country="Azerbaijan", city="Shusha", visit_type="summit", documents_signed="1",
         summary="Represented Türkiye at the summit"),
]


def test_a_summary_with_another_outlets_count_shows_both_counts_as_disputed():
    report = visits.documents_report(20, "Aliyev said more than 20 documents were signed (Kazinform reported 10)")
    report["documents_label"] = fmt.documents_label({**report, "documents_signed": 20})
    assert report["documents_disputed"] is True
    assert report["documents_label"] == "more than 20; also reported: 10 (Kazinform)"
    assert (report["documents_low"], report["documents_high"]) == (10, 20)


def test_a_count_announced_before_the_visit_is_labelled_as_such_and_not_disputed():
    report = visits.documents_report(7, "seven interstate documents planned for signing (per pre-visit programme)")
    report["documents_label"] = fmt.documents_label({**report, "documents_signed": 7})
    assert report["documents_label"] == "7 (announced before the visit)"
    assert report["documents_disputed"] is False


def test_a_summary_repeating_the_rows_own_count_is_not_a_disagreement():
    report = visits.documents_report(14, "State visit; 14 cooperation documents signed")
    report["documents_label"] = fmt.documents_label({**report, "documents_signed": 14})
    assert (report["documents_label"], report["documents_disputed"]) == ("14", False)


def test_a_visit_without_a_count_says_not_given():
    report = visits.documents_report(pd.NA, "over 20 documents had been signed during mutual visits")
    report["documents_label"] = fmt.documents_label({**report, "documents_signed": pd.NA})
    assert report["documents_label"] == "not given"
    assert report["documents_disputed"] is False


def test_rows_of_one_summit_are_one_meeting_whose_documents_count_once(tmp_path):
    frame = visit_rows(tmp_path, *SHUSHA_SUMMIT, dict(documents_signed="15", start_date="2025-10-21", visit_type="state"))
    meetings = visits.events(frame)
    assert len(meetings) == 2
    summit = meetings[meetings["is_summit"]].iloc[0]
    assert summit["attendees"] == ("AZE", "KAZ", "TUR")
    assert visits.documents_total(frame)["total"] == 1 + 15


def test_under_a_country_filter_a_summit_still_counts_the_documents_on_its_hosts_row(tmp_path):
    frame = visit_rows(tmp_path, *SHUSHA_SUMMIT)
    kazakhstan_only = frame[frame["visitor_iso3"] == "KAZ"]
    assert visits.documents_total(kazakhstan_only)["total"] == 0
    assert visits.documents_total(kazakhstan_only, context=frame)["total"] == 1


def test_each_row_names_the_partner_of_azerbaijan_and_the_direction(tmp_path):
    frame = visit_rows(tmp_path, *SHUSHA_SUMMIT, dict(start_date="2025-10-21", visit_type="state"))
    rows = visits.timeline_rows(frame).set_index("visitor")
    assert rows.loc["Kassym-Jomart Tokayev", ["partner_iso3", "direction"]].tolist() == ["KAZ", "to_focus"]
    assert rows.loc["Ilham Aliyev"].set_index("visit_type").loc["state", "direction"] == "from_focus"
    hosted = rows.loc["Ilham Aliyev"].set_index("visit_type").loc["summit"]
    assert (hosted["direction"], bool(hosted["is_visit"])) == ("hosted", False)


def test_visits_per_year_count_trips_by_partner_but_not_the_summit_azerbaijan_hosted(tmp_path):
    frame = visit_rows(tmp_path, *SHUSHA_SUMMIT, dict(start_date="2023-04-10"), dict(start_date="2023-11-24",
                       visitor_name="Kassym-Jomart Tokayev", visitor_country="Kazakhstan", host_country="Azerbaijan"))
    counts = visits.per_year_by_partner(visits.timeline_rows(frame))
    assert counts[["year", "partner_iso3", "visits"]].values.tolist() == [
        [2023, "KAZ", 2], [2024, "KAZ", 1], [2024, "TUR", 1]]
    assert visit_charts.per_year_takeaway(counts) == "Busiest years: 2023 and 2024, 2 visits each"
    assert visit_charts.per_year_takeaway(counts[counts["year"] == 2023]) == "Busiest year: 2023, 2 visits"


def test_the_timeline_title_counts_visits_and_summits_and_names_the_most_frequent_partner(tmp_path):
    frame = visit_rows(tmp_path, *SHUSHA_SUMMIT, dict(start_date="2023-04-10"), dict(start_date="2022-10-13"))
    assert visit_charts.timeline_takeaway(visits.timeline_rows(frame)) == "2 visits and 1 summit, 2022–2024; most often with Kazakhstan (3)"


def test_a_single_summit_title_does_not_mention_zero_visits(tmp_path):
    frame = visit_rows(tmp_path, SHUSHA_SUMMIT[1])
    assert visit_charts.timeline_takeaway(visits.timeline_rows(frame)) == "1 summit in 2024"


def test_disputed_documents_lists_only_rows_whose_sources_differ(tmp_path):
    frame = visit_rows(tmp_path,
                       dict(documents_signed="20", summary="More than 20 documents were signed (Kazinform reported 10)"),
                       dict(start_date="2023-04-05", documents_signed="14", summary="14 cooperation documents signed"))
    disputed = visits.disputed_documents(visits.timeline_rows(frame))
    assert [fmt.documents_label(r) for r in disputed.to_dict("records")] == ["more than 20; also reported: 10 (Kazinform)"]
