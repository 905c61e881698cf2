"""Provenance: who published each row's source, what kind of source it is, and a stable id.

Source kinds (docs/architecture.md), derived by one documented rule per table:
- trade and targets, from `stated_by` (who gave the figure):
  1. `media` when nobody official is named: "not attributed", a blogger, "media", an economist,
     a business body or exporters' association;
  2. otherwise `official_statistics` when the figure is a statistics or customs office's, or a
     ministry's or government's trade data (a ministry with a named minister is a statement);
  3. otherwise `official_statement`: a president, minister, ambassador, MP, press service, ...
- visits and quotes, from the publisher: `official_statement` when the page is an official site
  (president.az, akorda.kz, a foreign ministry, ...), otherwise `media`.
"""
from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .paths import REFERENCE_DIR
from .text import fold

PUBLISHERS_CSV = REFERENCE_DIR / "publishers.csv"
SOURCE_KINDS = ("official_statistics", "official_statement", "media")
KIND_LABELS = {
    "official_statistics": "Official statistics",
    "official_statement": "Official statement",
    "media": "Media",
}
KIND_RANK = {kind: rank for rank, kind in enumerate(SOURCE_KINDS)}

_MEDIA_MARKERS = ("not attributed", "blogger", " media", "media (", "article data", "economist",
                  "business body", "exporters", "source not named)")
_STATISTICS_MARKERS = ("customs committee", "customs service", "statistic", "tuik", "turkstat", "ksh",
                       "bureau of national", "trade data", "official data", "government data")
# A ministry's figures are its trade data, unless a minister is named saying them.
_MINISTRY_DATA_MARKERS = ("ministry of trade", "ministry of economic development")


def is_http_url(url: str) -> bool:
    """True only for absolute http(s) links with a host: the only links the app ever renders."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname) and " " not in url.strip()


def kind_from_stated_by(stated_by: str) -> str:
    """The source kind of a figure from who stated it (rule at the top of this module)."""
    text = " " + fold(stated_by)
    # "Turkish official data (... source not named)" is still official data: statistics wins there.
    if any(marker in text for marker in _MEDIA_MARKERS) and "official data" not in text:
        return "media"
    if any(marker in text for marker in _STATISTICS_MARKERS):
        return "official_statistics"
    if any(marker in text for marker in _MINISTRY_DATA_MARKERS) and "minister " not in text:
        return "official_statistics"
    return "official_statement"


@dataclass(frozen=True)
class Publisher:
    name: str
    type: str  # official / news / repost / forum
    language: str


@lru_cache(maxsize=1)
def _publishers() -> dict[str, Publisher]:
    with PUBLISHERS_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["domain"]: Publisher(row["publisher"], row["publisher_type"], row["language"])
                for row in csv.DictReader(handle)}


_NOTE = re.compile(r"\s*\([^()]*\)")


@lru_cache(maxsize=1)
def publisher_names() -> frozenset[str]:
    """The publishers' names as running text writes them, folded, without their notes ("Magyar Nemzet (mno.hu)" ->
    "magyar nemzet"): a name a quote is attributed to that is one of these is an outlet's, no person's
    (dashboard.ingest.people)."""
    return frozenset(fold(_NOTE.sub("", publisher.name)) for publisher in _publishers().values())


def host_of(url: str) -> str:
    host = (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def publisher_of(url: str) -> Publisher:
    """Publisher of a URL by its domain, trying ever shorter suffixes (en.president.az -> president.az)."""
    host = host_of(url)
    labels = host.split(".")
    for start in range(len(labels) - 1):
        found = _publishers().get(".".join(labels[start:]))
        if found:
            return found
    return Publisher(host or "unknown publisher", "news", "en")


_LANGUAGE_HINTS = re.compile(r"(?:^|[./])(ru|az|tr|en|hu|kk|uz|de)(?:[./]|$)")


def language_of(url: str) -> str:
    """The page language: a language marker in the host or path (ru.trend.az, /ru/) beats the publisher's."""
    parts = urlsplit(url.strip())
    host = host_of(url)
    first = host.split(".")[0]
    if first in {"ru", "az", "tr", "en", "de"}:
        return first
    path_hint = _LANGUAGE_HINTS.search(parts.path.split("/", 2)[1] if parts.path.count("/") >= 1 else "")
    if path_hint and path_hint.group(1) != "en":
        return path_hint.group(1)
    return publisher_of(url).language


def source_id(url: str, publisher: str = "", published: str = "", title: str = "") -> str:
    """Stable id of a source: the URL when there is one, else publisher + date + title."""
    key = url.strip() or f"{publisher.strip()}|{published.strip()}|{title.strip()}"
    return "s-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]
