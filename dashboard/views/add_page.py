"""Add an article (/add): paste or upload a news article -> proposed records -> review -> save.

The only place that joins extraction (dashboard.ingest), review and storage (dashboard.store), and
only for a signed-in editor (dashboard/ui/editor.py); visitors see no edit control.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import streamlit as st

from dashboard.data.build import ID_COLUMNS
from dashboard.data.vocabulary import LANGUAGES
from dashboard.data.sources import is_http_url
from dashboard.ui import cache, editor
from dashboard.ui.safe import escape_markdown
from dashboard.ui.store_access import user_store, where

if TYPE_CHECKING:
    from dashboard.ingest import Article

# Extraction (dashboard.ingest, with its compiled patterns) and review are imported when an editor uses
# them, not when the app starts: every cold start paid for them (docs/benchmarks.md).

STATE = "add_article"
MAX_REVIEWED = 100  # one card each: more is a page dump, not an article, and would bury the save button


def _form() -> None:
    from dashboard.ingest import Article, ArticleError, article_text, propose
    from dashboard.ui import review

    with st.form("article"):
        pasted = st.text_area("Article text", height=220, placeholder="Paste the article's text here…")
        upload = st.file_uploader("…or upload it as a .txt or .html file", type=["txt", "html", "htm"])
        left, middle, right = st.columns([3, 2, 2])
        url = left.text_input("Article address (http/https)")
        outlet = middle.text_input("Outlet", placeholder="e.g. Azernews")
        # no default: "on Monday", "last year" are resolved against it, so a forgotten date would be wrong silently
        published = right.date_input("Published on", value=None, max_value=date.today(), format="YYYY-MM-DD")
        language = st.selectbox("Language", LANGUAGES, index=0)
        if not st.form_submit_button("Propose records", type="primary"):
            return
    if published is None:
        st.error("Give the date the article was published: its dates (“on Monday”, “last year”) are read from it.")
        return
    if url and not is_http_url(url):
        st.error("The article address must start with http:// or https://, or be left empty.")
        return
    if not url and not outlet.strip():
        st.error("Give the article's address, or at least its outlet, so every saved row names its source.")
        return
    try:
        text = article_text(upload.getvalue(), upload.name) if upload else article_text(pasted)
    except ArticleError as exc:
        st.error(f"Cannot read this article: {exc}.")
        return
    article = Article(text, published, url.strip(), outlet.strip(), language)
    generation = st.session_state.get(STATE, {}).get("generation", 0) + 1
    st.session_state[STATE] = {"article": article, "proposals": review.ordered(propose(article)),
                               "generation": generation}


def _save(name: str, accepted: list[tuple[int, dict[str, str]]], proposals, article: Article) -> None:
    # Imported on a save, not with the page: SQLAlchemy and pandera cost every cold start (docs/benchmarks.md).
    from dashboard.store import StoreError
    from dashboard.store.keys import problems_of
    from dashboard.ui import review

    by_table: dict[str, list[dict[str, str]]] = {}
    problems = []
    for index, record in accepted:
        table = proposals[index].table
        found = problems_of(table, [record], review.label(proposals, index))
        problems += [f"{p.file}: {p.field}: {p.message}" + (f" (got {p.value!r})" if p.value else "") for p in found]
        by_table.setdefault(table, []).append(record)
    if problems:
        st.error("Nothing was saved. Fix these fields first:\n\n" + "\n".join(f"- {escape_markdown(p)}" for p in problems))
        return
    data = cache.tables()
    known = {table: set(data.table(table)[ID_COLUMNS[table]]) for table in by_table}
    try:
        result = user_store(for_writing=True).save(by_table, name, article.url, known_keys=known)
    except StoreError as exc:
        st.error(f"Nothing was saved: {exc}")
        return
    cache.refresh()
    st.session_state[STATE]["generation"] += 1  # fresh, unticked cards: a second click saves nothing twice
    st.session_state[STATE]["saved"] = (result.count, [f"{t}: already in {w}" for t, _, w in result.duplicates])


def render() -> None:
    st.title("Add an article")
    st.caption("Paste a news article: the quotes, visits, trade figures and targets it contains are proposed "
               "for you to check. Accepted rows are validated like the curated files and saved to "
               f"{where()}; every page shows them at once, with the article as their source.")
    name = editor.editor()
    if name is None:
        return
    from dashboard.ui import review

    _form()
    current = st.session_state.get(STATE)
    if not current:
        return
    article, proposals, generation = current["article"], current["proposals"], current["generation"]
    if "saved" in current:
        count, skipped = current.pop("saved")
        st.success(f"Saved {count} row(s). They now appear on the Quotes, Visits, Trade and Data & sources pages.",
                   icon=":material/check_circle:")
        if skipped:
            st.info("Not saved again (already there):\n\n" + "\n".join(f"- {escape_markdown(s)}" for s in skipped))
    st.header("Proposals", divider="gray")
    if not proposals:
        st.info("No quotes, visits, trade figures or targets were found in this article.")
        return
    if len(proposals) > MAX_REVIEWED:
        st.warning(f"{len(proposals)} proposals: only the first {MAX_REVIEWED} are shown for review. "
                   "Split the text into its articles to review the rest.")
        proposals = proposals[:MAX_REVIEWED]
    st.caption(f"{len(proposals)} proposal(s). Tick the ones to keep, open a card to correct a field, "
               "then save. Unticked proposals are not saved.")
    review.highlighted_text(article.text, proposals)
    accepted = review.proposal_cards(proposals, generation)
    if st.button(f"Save {len(accepted)} accepted row(s)", type="primary", disabled=not accepted):
        _save(name, accepted, proposals, article)
        st.rerun()
