"""Quotes (/quotes): find what leaders said, by whom, about whom — each quote with its source and its own link."""
from __future__ import annotations

import streamlit as st

from dashboard.data import countries
from dashboard.data import quote_search as qs
from dashboard.ui import format as fmt
from dashboard.ui import cache, components, quote_cards, quote_charts, state

# Session keys of the page's widgets, by URL parameter (README, "Pages and the URL contract"); `quote` is the pinned permalink.
WIDGETS = {"q": "quotes_q", "speaker": "quotes_speaker", "topic": "quotes_topic",
           "speaker_country": "quotes_speaker_country", "mentions": "quotes_mentions"}
PIN, PAGE, SORT, TAB = "quotes_pin", "quotes_page_no", "quotes_sort", "quotes_tab"
SEEDED, SIGNATURE, SORT_AUTO, CHART_GEN = "_quotes_seeded", "_quotes_sig", "_quotes_sort_auto", "_quotes_chart_gen"
TABS = ("Quotes", "Who speaks about whom")
SORT_LABELS = {"relevance": "Best match", "newest": "Newest first", "oldest": "Oldest first"}


def _seed_from_url(quotes) -> None:
    """On the session's first visit, the link's values become the widgets' (junk dropped with a notice)."""
    if st.session_state.get(SEEDED):
        return
    st.session_state[SEEDED] = True
    values, notices = qs.read_url({k: st.query_params.get_all(k) for k in qs.URL_KEYS if k in st.query_params}, quotes)
    for key, value in values.items():
        st.session_state[PIN if key == "quote" else WIDGETS[key]] = value
    for notice in notices:
        state.add_notice(notice)


def _current(filters: state.Filters) -> qs.QuoteFilters:
    get = st.session_state.get
    return qs.QuoteFilters(q=get(WIDGETS["q"]) or "", speakers=tuple(get(WIDGETS["speaker"]) or ()),
                           topics=tuple(get(WIDGETS["topic"]) or ()),
                           speaker_countries=tuple(get(WIDGETS["speaker_country"]) or ()),
                           mentions=tuple(get(WIDGETS["mentions"]) or ()), countries=filters.countries,
                           years=filters.years)


def _clear_all() -> None:
    for key in (*WIDGETS.values(), PIN):
        st.session_state[key] = "" if key == WIDGETS["q"] else None if key == PIN else []


def _on_pair_click(chart_key: str) -> None:
    points = st.session_state[chart_key]["selection"]["points"]
    if points and points[0].get("customdata"):
        speaker, mentioned = points[0]["customdata"][:2]
        st.session_state[WIDGETS["speaker_country"]], st.session_state[WIDGETS["mentions"]] = [speaker], [mentioned]
        st.session_state[TAB] = TABS[0]
    st.session_state[CHART_GEN] = st.session_state.get(CHART_GEN, 0) + 1  # a fresh chart, nothing selected


def _counted(facet: str, counts: dict[str, dict[str, int]], name=str):
    """An option's label with how many quotes it would give under the other filters."""
    return lambda value: f"{name(value)} · {counts[facet].get(value, 0)}"


def _facets(quotes, result: qs.SearchResult) -> None:
    counts, options = result.facet_counts, cache.built(("quote-facets",), lambda: qs.facet_options(quotes))
    left, middle, right = st.columns(3)
    left.multiselect("Speaker", options["speakers"], key=WIDGETS["speaker"], format_func=_counted("speakers", counts),
                     placeholder="Anyone", persist_state="session", help="Shared in the link as ?speaker=…")
    middle.multiselect("Speaker's country", options["speaker_countries"], key=WIDGETS["speaker_country"],
                       format_func=_counted("speaker_countries", counts, countries.short_name),
                       placeholder="Any country", persist_state="session")
    right.multiselect("Mentions", options["mentions"], key=WIDGETS["mentions"], placeholder="Any country",
                      format_func=_counted("mentions", counts, countries.short_name), persist_state="session",
                      help="Quotes that name this country (the sidebar's countries also match the speaker's own).")
    st.pills("Topic", options["topics"], selection_mode="multi", key=WIDGETS["topic"],
             format_func=_counted("topics", counts), persist_state="session")


def _write_url(pinned) -> None:
    """The URL always says what the page shows, so the view can be shared by its link."""
    get = st.session_state.get
    state.write_url("q", [get(WIDGETS["q"]).strip()] if (get(WIDGETS["q"]) or "").strip() else [])
    for url_key in ("speaker", "topic", "speaker_country", "mentions"):
        state.write_url(url_key, list(get(WIDGETS[url_key]) or []))
    state.write_url("quote", [pinned["quote_id"]] if pinned is not None else [])


def _page_parts(result: qs.SearchResult, page: int, base: str) -> dict:
    rows, page, pages = qs.paginate(result.rows, page)
    return {"page": page, "pages": pages, "shown": len(rows),
            "cards": [quote_cards.card_parts(row, terms=result.terms, base=base) for row in rows.to_dict("records")],
            "sources": components.source_line(rows, label="Sources of the quotes on this page"),
            "download": qs.for_download(result.rows, base)}


def _list(result: qs.SearchResult, search_key: tuple, base: str) -> None:
    if result.rows.empty:
        st.session_state[PAGE] = 1
        components.empty_state("quotes", fmt.why_no_quote(result))
        st.button("Clear the search and the page's filters", on_click=_clear_all, icon=":material/filter_alt_off:")
        return
    wanted = st.session_state.get(PAGE, 1)
    parts = cache.built((*search_key, "page", wanted, base), lambda: _page_parts(result, wanted, base))
    page, pages, shown = parts["page"], parts["pages"], parts["shown"]
    st.session_state[PAGE] = page
    for card in parts["cards"]:
        quote_cards.quote_card(parts=card, key_prefix="list")
    if pages > 1:
        quote_cards.pager(page, pages, shown, len(result.rows), key="quotes",
                          on_page=lambda n: st.session_state.update({PAGE: n}))
    components.download_csv(parts["download"], file_name="turkic-ties-quotes.csv", key="dl-quotes",
                            label=f"Download all {len(result.rows)} matching quotes, every page (CSV)" if pages > 1
                            else f"Download {'this quote' if shown == 1 else f'these {shown} quotes'} (CSV)")
    components.source_note(parts["sources"])


def _pairs_parts(result: qs.SearchResult, current: qs.QuoteFilters) -> dict | None:
    pairs = qs.who_about_whom(result.pair_base)
    if pairs.empty:
        return None
    counted = result.pair_base[result.pair_base["mentioned_iso3"].map(len) > 0]
    return {"figure": quote_charts.who_about_whom_figure(pairs, selected_speakers=current.speaker_countries,
                                                         selected_mentions=current.mentions),
            "sources": components.source_line(counted, label="Source"),
            "download": quote_charts.pairs_for_download(pairs)}


def _who_about_whom(result: qs.SearchResult, current: qs.QuoteFilters, search_key: tuple) -> None:
    parts = cache.built((*search_key, "who about whom"), lambda: _pairs_parts(result, current))
    if parts is None:
        components.empty_state("quotes that mention another country", "Clear the search or widen the filters.")
        return
    chart_key = f"quotes_pairs_{st.session_state.get(CHART_GEN, 0)}"
    components.plotly_chart(parts["figure"], key=chart_key, on_select=lambda: _on_pair_click(chart_key),
                            selection_mode="points")
    st.caption("Click a bubble to read those quotes. Counts follow the search, speaker, topic and sidebar filters; "
               "a quote counts once for every country it names besides the speaker's own.")
    components.source_note(parts["sources"])
    components.download_csv(parts["download"], file_name="turkic-ties-who-about-whom.csv",
                            key="dl-pairs", label=f"Download these {len(parts['download'])} counts (CSV)")


def render() -> None:
    quotes = cache.tables().quotes
    _seed_from_url(quotes)
    current = _current(state.current_filters())
    sorts = [s for s in qs.SORTS if s != "relevance" or current.q.strip()]
    if st.session_state.get(SORT_AUTO, True) or st.session_state.get(SORT) not in sorts:
        st.session_state[SORT] = qs.effective_sort(None, current.q)
    search_key = ("quotes", repr(current), st.session_state[SORT])  # QuoteFilters: tuples and strings only
    result = cache.built(search_key, lambda: qs.search(quotes, current, st.session_state[SORT]))
    if st.session_state.get(SIGNATURE) != (current, st.session_state[SORT]):
        st.session_state[SIGNATURE], st.session_state[PAGE] = (current, st.session_state[SORT]), 1
    pinned = qs.find_quote(quotes, st.session_state.get(PIN) or "")
    base = quote_cards.link_base(st.context.url)

    st.title("Quotes")
    st.caption("What leaders and officials said about each other — searchable, each quote with its source and its own link.")
    if pinned is not None:  # a permalink opens the page on its quote, above everything else
        quote_cards.quote_card(pinned, terms=result.terms, base=base, key_prefix="pin",
                               on_close=lambda: st.session_state.update({PIN: None}))
    st.text_input("Search the quotes", key=WIDGETS["q"], max_chars=qs.MAX_QUERY_LENGTH, icon=":material/search:",
                  placeholder="Words, a speaker or a role: brothers, Tokayev, ambassador, “Middle Corridor”",
                  persist_state="session", help="Any case or accents: Turkiye finds Türkiye. "
                  "Country names find every spelling. Put a phrase in quotes. Shared in the link as ?q=…")
    _facets(quotes, result)
    describe = ", ".join(countries.short_name(c) for c in current.countries) or "all countries"
    with st.container(horizontal=True, vertical_alignment="center"):
        st.markdown(f"**{len(result.rows)} of {result.total} quotes** · {describe}, "
                    f"{fmt.years(current.years)}", width="stretch")
        st.selectbox("Order", sorts, key=SORT, format_func=lambda s: f"Order: {SORT_LABELS[s]}", width=210,
                     label_visibility="collapsed", on_change=lambda: st.session_state.update({SORT_AUTO: False}))
    quotes_tab, pairs_tab = st.tabs(TABS, key=TAB, on_change="rerun")
    with quotes_tab:
        if quotes_tab.open:
            _list(result, search_key, base)
    with pairs_tab:
        if pairs_tab.open:
            _who_about_whom(result, current, search_key)
    _write_url(pinned)
