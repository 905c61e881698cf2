"""The review step of /add: the article with each proposal highlighted, and one card per proposal
(accept, edit the fields, or leave it unticked to reject). Source text is escaped everywhere."""
from __future__ import annotations

import streamlit as st

from dashboard.ingest import Proposal
from dashboard.ingest.model import TABLE_ORDER
from dashboard.ingest.quotes import paragraphs
from dashboard.ui.safe import escape_markdown

LABELS = {"quotes": "Quote", "visits": "Visit", "trade": "Trade figure", "targets": "Target"}
LONG_FIELDS = {"quote", "summary", "note", "stated_by"}
HIDDEN_FIELDS = {"source_url", "source_published", "source_publisher", "source_title", "language"}


def ordered(proposals: list[Proposal]) -> list[Proposal]:
    return sorted(proposals, key=lambda p: (TABLE_ORDER.index(p.table), p.span[0]))


def label(proposals: list[Proposal], index: int) -> str:
    """'Quote 2': the kind and its number among proposals of that kind, as on the highlighted text."""
    p = proposals[index]
    return f"{LABELS[p.table]} {sum(1 for q in proposals[:index + 1] if q.table == p.table)}"


def highlighted_text(text: str, proposals: list[Proposal]) -> None:
    """The article, paragraph by paragraph, each proposal's words on a coloured background with its label."""
    marks = []
    for i, p in enumerate(proposals):
        if not any(s < p.span[1] and p.span[0] < e for s, e, _ in marks):
            marks.append((p.span[0], p.span[1], label(proposals, i)))
    marks.sort()
    blocks = []
    for a, b in paragraphs(text):
        out, cursor = [], a
        for s, e, name in marks:
            if e <= a or s >= b:
                continue
            s, e = max(s, a), min(e, b)
            out.append(escape_markdown(text[cursor:s]))
            out.append(f"**:blue-background[{escape_markdown(name)}]** :orange-background[{escape_markdown(text[s:e])}]")
            cursor = e
        out.append(escape_markdown(text[cursor:b]))
        blocks.append("".join(out))
    with st.container(height=420, border=True):
        st.markdown("\n\n".join(blocks))


def _summary(p: Proposal) -> str:
    r = p.record
    if p.table == "quotes":
        return f"{r['speaker']}: “{r['quote'][:90]}{'…' if len(r['quote']) > 90 else ''}”"
    if p.table == "visits":
        return f"{r['start_date']}: {r['summary']}"
    if p.table == "trade":
        return (f"{r['reporter_country']}–{r['partner_country']} {r['period']} {r['flow']}: "
                f"{r.get('value_qualifier', '')} {r['value_usd_million']} USD m".replace(" exact ", " "))
    return f"{r['country_a']}–{r['country_b']}: {r['target_value_usd_million']} USD m by {r['target_year'] or 'no year'}"


def proposal_cards(proposals: list[Proposal], generation: int) -> list[tuple[int, dict[str, str]]]:
    """One card per proposal; returns (index, edited record) of the accepted ones."""
    accepted = []
    for i, p in enumerate(proposals):
        with st.container(border=True):
            name = label(proposals, i)
            st.markdown(f"**{escape_markdown(name)}** · {escape_markdown(_summary(p))}")
            st.caption(f"Rule: {escape_markdown(p.rule)} · confidence {p.confidence:.2f} · "
                       f"characters {p.span[0]}–{p.span[1]}")
            take = st.checkbox(f"Accept {name}", key=f"accept-{generation}-{i}")
            record = dict(p.record)
            with st.expander(f"Edit {name}"):
                for column, value in p.record.items():
                    if column in HIDDEN_FIELDS:
                        continue
                    widget = st.text_area if column in LONG_FIELDS else st.text_input
                    record[column] = widget(column, value=value, key=f"field-{generation}-{i}-{column}")
            if take:
                accepted.append((i, record))
    return accepted
