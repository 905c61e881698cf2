"""Quote cards: the words (matches marked), who said them, when, about whom, where printed, and a link.

Everything in a quote comes from a third party, so every piece goes through `escape_markdown`, links
through `md_link` (http/https only); the only markup is what this module wraps around escaped text.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from dashboard.data import countries
from dashboard.data import quote_search as qs
from dashboard.ui import format as fmt
from dashboard.ui.safe import escape_markdown, md_link, safe_href

# Markup wrapped around an already escaped match: bold (kept by screen readers and in print) on a tint.
MARK = ":orange-background[**{}**]"
PAGE_PATH = "/quotes"


def highlighted(text: object, spans: Sequence[tuple[int, int]]) -> str:
    """Markdown of `text` with the matched pieces marked; each piece is escaped before any markup is added."""
    return "".join(MARK.format(escape_markdown(piece)) if hit else escape_markdown(piece)
                   for piece, hit in qs.segments(str(text), spans))


def link_base(context_url: str | None) -> str:
    """Where permalinks point: this page's absolute address when the browser told us, else a relative path."""
    if context_url and context_url.startswith(("http://", "https://")):
        base = context_url.split("?")[0].split("#")[0].rstrip("/")
        return base if base.endswith(PAGE_PATH) else base + PAGE_PATH
    return PAGE_PATH


def speaker_line(row: pd.Series | dict, terms: Sequence[qs.Term] = ()) -> str:
    """**Speaker**, role · country — with search matches marked in the name and the role."""
    name = highlighted(row["speaker"], qs.match_spans(row["speaker"], terms))
    role = highlighted(row["speaker_role"], qs.match_spans(row["speaker_role"], terms)) if row["speaker_role"] else ""
    country = escape_markdown(countries.short_name(row["speaker_iso3"]))
    return f"**{name}**" + (f", {role}" if role else "") + f" · {country}"


def meta_line(row: pd.Series | dict) -> str:
    """Date, language when not English, topics and countries mentioned, as one caption line."""
    parts = [escape_markdown(fmt.date(row["date"], row["date_precision"]) or row["date_label"] or "undated")]
    if row["language"] != "en":
        parts.append(f"in {escape_markdown(qs.language_name(row['language']))}, as printed")
    topics = " ".join(f":gray-badge[{escape_markdown(t)}]" for t in row["topics"])
    if topics:
        parts.append(topics)
    mentioned = [countries.short_name(c) for c in row["mentioned_iso3"]]
    if mentioned:
        parts.append("mentions " + escape_markdown(", ".join(mentioned)))
    return " · ".join(parts)


def source_line(row: pd.Series | dict) -> str:
    """Publisher linked to the page (http/https only), whether it is an official site, and when published."""
    url = row["source_url"] or ""
    parts = [f"Source: {md_link(row['publisher'], url)}"]
    if row.get("publisher_type") == "official":
        parts.append("official site")
    elif row.get("publisher_type") in ("repost", "forum"):
        parts.append(f"{escape_markdown(row['publisher_type'])} of the original report")
    if row.get("published"):
        parts.append(f"published {escape_markdown(fmt.published(row['published']))}")
    if safe_href(url) is None:
        parts.append("link withheld: not a web address" if url else "no link recorded")
    return " · ".join(parts)


def card_parts(row: pd.Series | dict, *, terms: Sequence[qs.Term] = (), base: str = PAGE_PATH) -> dict:
    """A card's finished words (pages keep them with their other parts: cache.built)."""
    return {"quote_id": row["quote_id"], "permalink": qs.permalink(base, row["quote_id"]),
            "text": "“" + highlighted(row["text"], qs.match_spans(row["text"], terms)) + "”",
            "speaker": speaker_line(row, terms), "meta": meta_line(row), "source": source_line(row)}


def quote_card(row: pd.Series | dict | None = None, *, terms: Sequence[qs.Term] = (), base: str = PAGE_PATH,
               key_prefix: str = "card", on_close: Callable[[], None] | None = None, parts: dict | None = None) -> None:
    """One quote as a bordered card, with a control that shows its permalink ready to copy. Give the quote's
    `row`, or the `parts` that `card_parts` made of it.

    `on_close` makes it the pinned card a permalink opened, with a button that closes it."""
    card = parts if parts is not None else card_parts(row, terms=terms, base=base)
    quote_id = card["quote_id"]
    with st.container(border=True, key=f"{key_prefix}-{quote_id}"):
        if on_close is not None:
            with st.container(horizontal=True, vertical_alignment="center"):
                st.markdown(":material/push_pin: **The quote this link opens**", width="stretch")
                st.button("Close", icon=":material/close:", key=f"{key_prefix}-close", on_click=on_close,
                          type="tertiary", help="Show only the list of quotes")
        st.markdown(card["text"])
        st.markdown(card["speaker"])
        st.caption(card["meta"])
        with st.container(horizontal=True, vertical_alignment="center", gap="small"):
            st.caption(card["source"], width="stretch")
            with st.popover("Link", icon=":material/link:", key=f"{key_prefix}-link-{quote_id}",
                            help="The permalink of this quote, to copy and share"):
                st.caption("This link opens the Quotes page on this quote. Copy it with the button at the right of the box.")
                st.code(card["permalink"], language=None, wrap_lines=True)


def pager(page: int, pages: int, shown: int, total: int, *, key: str, on_page: Callable[[int], None]) -> None:
    """Previous / "Page 2 of 20 · quotes 21–40 of 398" / Next, centred; wraps on a phone."""
    first = (page - 1) * qs.PER_PAGE + 1
    with st.container(horizontal=True, horizontal_alignment="center", vertical_alignment="center"):
        st.button("Previous", icon=":material/chevron_left:", disabled=page == 1, key=f"{key}_prev",
                  on_click=on_page, args=(page - 1,))
        st.markdown(f"Page **{page} of {pages}** · quotes {first}–{first + shown - 1} of {total}", width="content")
        st.button("Next", icon=":material/chevron_right:", icon_position="right", disabled=page == pages,
                  key=f"{key}_next", on_click=on_page, args=(page + 1,))
