"""The app shell: every page of the URL contract loads cleanly and the navigation lists them all."""
import pytest

from tests.e2e.helpers import current_path, goto, main_text, nav_labels

PAGES = {"/": "Ties map", "/trade": "Trade", "/world": "Trade with the world", "/visits": "Visits", "/quotes": "Quotes",
         "/data": "Data & sources"}


def assert_loaded_cleanly(page, path):
    exceptions = page.locator("[data-testid=stException]")
    assert exceptions.count() == 0, f"{path} shows an exception:\n{exceptions.first.inner_text()}"
    assert "Page not found" not in page.locator("body").inner_text(), f"{path} says 'Page not found'"
    assert current_path(page) == path, f"{path} ended up at {page.url}"


@pytest.mark.parametrize("path", list(PAGES))
def test_each_page_loads_without_error_and_the_navigation_lists_all_pages(page, path):
    goto(page, path)
    assert_loaded_cleanly(page, path)
    assert main_text(page).strip(), f"{path} has an empty main area"
    links = nav_labels(page)  # a link's text may start with its icon's name
    missing = [label for label in PAGES.values() if not any(label in link for link in links)]
    assert not missing, f"{path}: the navigation lacks {missing}; it shows {links}"


def test_the_main_page_loads_cleanly_at_phone_width(phone_page):
    goto(phone_page, "/")
    assert_loaded_cleanly(phone_page, "/")
