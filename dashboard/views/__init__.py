"""One module per page, each with a `render()`; PAGES is the page registry (the URL contract: README, docs/architecture.md)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import add_page, data_page, quotes_page, ties_map, trade_page, visits_page, world_page


@dataclass(frozen=True)
class PageSpec:
    render: Callable[[], None]
    title: str
    url_path: str  # "" for the default page at /
    icon: str
    default: bool = False


PAGES: tuple[PageSpec, ...] = (
    PageSpec(ties_map.render, "Ties map", "", ":material/public:", default=True),
    PageSpec(trade_page.render, "Trade", "trade", ":material/monitoring:"),
    PageSpec(world_page.render, "Trade with the world", "world", ":material/language:"),
    PageSpec(visits_page.render, "Visits", "visits", ":material/flight_takeoff:"),
    PageSpec(quotes_page.render, "Quotes", "quotes", ":material/format_quote:"),
    PageSpec(data_page.render, "Data & sources", "data", ":material/table_view:"),
    PageSpec(add_page.render, "Add an article", "add", ":material/post_add:"),
)
