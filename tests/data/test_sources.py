import pytest

from dashboard.data.sources import is_http_url, kind_from_stated_by, language_of, publisher_of, source_id


@pytest.mark.parametrize("stated_by, kind", [
    ("State Customs Committee of Azerbaijan (via Trend)", "official_statistics"),
    ("Kazakhstan Bureau of National Statistics", "official_statistics"),
    ("Turkish Statistical Institute (TÜİK)", "official_statistics"),
    ("Turkish Ministry of Trade", "official_statistics"),
    ("Turkish official data (Turkish-language overview page, source not named)", "official_statistics"),
    ("President Ilham Aliyev", "official_statement"),
    ("Akorda (Kazakh presidency) press service", "official_statement"),
    ("Turkish Customs and Trade Minister Bülent Tüfenkci", "official_statement"),
    ("Hungarian Ministry of Economic Development (Minister Márton Nagy meeting in Baku)", "official_statement"),
    ("not attributed (Azernews)", "media"),
    ("not attributed (Turan; figures match the State Customs Committee format used for Jan-Jul 2024)", "media"),
    ("blogger Alisher Taksanov (trade statistics, source not named)", "media"),
    ("Uzbek media (via Trend)", "media"),
])
def test_source_kind_follows_the_documented_rule(stated_by, kind):
    assert kind_from_stated_by(stated_by) == kind


def test_publisher_is_found_by_ever_shorter_domain_suffix():
    assert publisher_of("https://en.president.az/articles/10056").type == "official"
    assert publisher_of("https://today.az./news/business/157127.html").name == "Today.az"
    assert publisher_of("https://armeniandiaspora.com/forum/2006/x").type == "forum"
    assert publisher_of("https://menafn.com/1107144989/x").type == "repost"


def test_unknown_domain_is_shown_as_the_domain():
    assert publisher_of("https://www.example.org/a").name == "example.org"


def test_language_marker_in_host_or_path_beats_the_publishers_default():
    assert language_of("https://ru.trend.az/business/1.html") == "ru"
    assert language_of("https://report.az/ru/biznes/x") == "ru"
    assert language_of("https://en.trend.az/business/1.html") == "en"


@pytest.mark.parametrize("url, ok", [
    ("https://president.az/en/articles/view/59360", True), ("http://www.today.az/x", True),
    ("javascript:alert(1)", False), ("data:text/html,<script>", False), ("ftp://x.org/a", False),
    ("//evil.org/a", False), ("https://", False), ("https://a.org/with space", False), ("", False),
])
def test_only_absolute_http_links_are_links(url, ok):
    assert is_http_url(url) is ok


def test_source_id_is_stable_and_falls_back_to_publisher_date_title():
    assert source_id("https://a.org/x") == source_id(" https://a.org/x ")
    assert source_id("", "Azernews", "2023-04-11", "t") != source_id("", "Azernews", "2023-04-12", "t")
