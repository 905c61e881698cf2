"""The URL contract (docs/architecture.md, "URL contract"; README "Pages and the URL contract"): global filters read from, validated against and written to the URL.

Widgets are not bound with `bind="query-params"` because a bound multiselect writes its formatted
label ("Kazakhstan") into the URL, and the contract is ISO-3 codes (`?country=KAZ`). So the URL is
read once per session, junk is dropped with a notice, and the URL is rewritten from the widgets on
every run (which also carries the filters across page switches).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import streamlit as st

from dashboard.data import countries
from dashboard.ui.safe import escape_markdown

COUNTRY_KEY = "country"
YEARS_KEY = "years"
FOCUS_KEY = "focus"  # the country whose ties and trade are seen (map and Trade page), ?focus=KAZ
_FOCUS_SEEDED = "_focus_seeded"
_NOTICES = "_url_notices"
_SEEDED = "_url_seeded"
_CURRENT = "_filters"
MAX_PARAM_VALUES = 50  # more repeated values than this is not a link anyone made by hand
MAX_VALUE_LENGTH = 200
# The Ties map's `?measure=`: the words the README documents (and a person types), each to the
# measure it shows, plus the older names earlier links carry (`turnover`, `meetings`).
MEASURE_URL = {"turnover": "trade", "meetings": "visits", "documents": "documents"}
MEASURE_ALIASES = {"turnover": "turnover", "meetings": "meetings"}


@dataclass(frozen=True)
class Filters:
    """The global filters: no countries selected means all countries."""
    countries: tuple[str, ...]
    years: tuple[int, int]
    year_bounds: tuple[int, int]

    @property
    def all_years(self) -> bool:
        return self.years == self.year_bounds


def _shown(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "…"


def parse_countries(values: Sequence[str], valid: Sequence[str]) -> tuple[list[str], list[str]]:
    """URL tokens -> (known codes in order, without repeats; the rejected tokens)."""
    kept, rejected = [], []
    for value in list(values)[:MAX_PARAM_VALUES]:
        code = value.strip().upper()
        if code in valid and len(value) <= MAX_VALUE_LENGTH:
            if code not in kept:
                kept.append(code)
        else:
            rejected.append(value)
    rejected.extend(list(values)[MAX_PARAM_VALUES:])
    return kept, rejected


def parse_measure(value: str) -> str | None:
    """The measure a `?measure=` value names (`trade`, `visits`, `documents`, or an old alias), else None."""
    token = value.strip().lower()
    by_url = {url: measure for measure, url in MEASURE_URL.items()}
    return by_url.get(token) or MEASURE_ALIASES.get(token)


def parse_years(values: Sequence[str], bounds: tuple[int, int]) -> tuple[tuple[int, int] | None, str | None]:
    """`?years=2018&years=2024` -> (2018, 2024) clipped to the data; else (None, why it was ignored)."""
    if not values:
        return None, None
    if len(values) != 2:
        return None, "years needs two values, a first and a last year (?years=2018&years=2024)"
    try:
        lo, hi = sorted(int(v.strip()) for v in values)
    except ValueError:
        return None, f"years must be whole years, not {', '.join(_shown(v) for v in values)!s}"
    if hi < bounds[0] or lo > bounds[1]:
        return None, f"the data covers {bounds[0]}–{bounds[1]}; {lo}–{hi} is outside it"
    return (max(lo, bounds[0]), min(hi, bounds[1])), None


def seed_once(key: str, parse, notices: list[str]) -> None:
    """Put a URL value into session state on the session's first run only (later runs own the state)."""
    value, notice = parse(st.query_params.get_all(key))
    if value is not None:
        st.session_state[key] = value
    if notice:
        notices.append(notice)


def global_filters(year_bounds: tuple[int, int]) -> Filters:
    """Draw the global filter widgets (sidebar), seeded from the URL, and keep the URL in step."""
    valid = countries.tie_codes()
    if not st.session_state.get(_SEEDED):
        notices: list[str] = []

        def parse_country(values):
            kept, rejected = parse_countries(values, valid)
            why = (f"ignored unknown country code(s) {', '.join(_shown(r) for r in rejected[:5])}"
                   + (f" and {len(rejected) - 5} more" if len(rejected) > 5 else "")
                   + f"; use ISO-3 codes: {', '.join(valid)}") if rejected else None
            return (kept if values else None), why

        seed_once(COUNTRY_KEY, parse_country, notices)
        seed_once(YEARS_KEY, lambda values: parse_years(values, year_bounds), notices)
        st.session_state[_NOTICES] = notices
        st.session_state[_SEEDED] = True
    st.session_state.setdefault(YEARS_KEY, year_bounds)
    years = st.session_state[YEARS_KEY]
    if not (year_bounds[0] <= years[0] <= years[1] <= year_bounds[1]):  # data changed under a session
        st.session_state[YEARS_KEY] = year_bounds

    with st.sidebar:
        st.multiselect("Countries", options=list(valid), format_func=countries.short_name, key=COUNTRY_KEY,
                       placeholder="All countries",
                       help="Show only rows about these countries. Shared in the link as ?country=KAZ.")
        st.slider("Years", min_value=year_bounds[0], max_value=year_bounds[1], key=YEARS_KEY,
                  help="Shared in the link as ?years=2018&years=2024.")
    filters = Filters(tuple(st.session_state[COUNTRY_KEY]), tuple(st.session_state[YEARS_KEY]), year_bounds)
    st.session_state[_CURRENT] = filters
    write_url(COUNTRY_KEY, list(filters.countries))
    write_url(YEARS_KEY, [str(y) for y in filters.years] if not filters.all_years else [])
    return filters


def focus_selector(container=None) -> str:
    """The focus country (whose ties and trade a page shows, default Azerbaijan): seeded once per
    session from ?focus=, kept across pages, written back to the link when not the default."""
    valid = countries.tie_codes()
    if not st.session_state.get(_FOCUS_SEEDED):
        st.session_state[_FOCUS_SEEDED] = True
        wanted = st.query_params.get_all(FOCUS_KEY)
        if wanted:
            kept, rejected = parse_countries(wanted, valid)
            if kept:
                st.session_state[FOCUS_KEY] = kept[0]
            if rejected or len(kept) > 1:
                shown = ", ".join(_shown(v) for v in wanted[:3])
                add_notice(f"focus={shown}: focus takes one code of {', '.join(valid)}; showing "
                           f"{countries.short_name(st.session_state.get(FOCUS_KEY, countries.FOCUS_DEFAULT))}")
    st.session_state.setdefault(FOCUS_KEY, countries.FOCUS_DEFAULT)
    (container or st).selectbox(
        "Seen from", valid, format_func=countries.short_name, key=FOCUS_KEY, persist_state="session",
        help="The country whose ties and trade are shown: its own records first. Shared as ?focus=KAZ.")
    focus = st.session_state[FOCUS_KEY]
    write_url(FOCUS_KEY, [] if focus == countries.FOCUS_DEFAULT else [focus])
    return focus


def country_pills(label: str, param: str, key: str, options: list[str], why_not: str) -> str:
    """A page-level choice of one country among `options`, shared in the link as ?param=KAZ: seeded from
    the link once per session (junk told with `why_not`, e.g. "not a partner with trade figures here"),
    kept across page switches (Streamlit drops a widget's state while another page runs)."""
    seeded, last = f"_{key}_seeded", f"_{key}_last"
    if seeded not in st.session_state:
        st.session_state[seeded] = True
        wanted = [v.strip().upper() for v in st.query_params.get_all(param)]
        if wanted and wanted[0] in options:
            st.session_state[key] = wanted[0]
        elif wanted:
            add_notice(f"ignored {param} {wanted[0][:40]!s}: {why_not}")
    if st.session_state.get(key) not in options:
        previous = st.session_state.get(last)
        st.session_state[key] = previous if previous in options else options[0]
    st.pills(label, options, format_func=countries.short_name, key=key, required=True)
    st.session_state[last] = st.session_state[key]
    write_url(param, [st.session_state[key]])
    return st.session_state[key]


def current_filters() -> Filters:
    """The filters the entrypoint drew on this run (pages call this; they never read the URL)."""
    return st.session_state[_CURRENT]


def write_url(key: str, values: Sequence[str]) -> None:
    """Set a (repeated) URL parameter, or remove it when empty, only if it differs."""
    if list(st.query_params.get_all(key)) == list(values):
        return
    if values:
        st.query_params[key] = list(values)
    elif key in st.query_params:
        del st.query_params[key]


def add_notice(message: str) -> None:
    """A page-specific URL value was ignored: tell the user (shown with the global notices)."""
    st.session_state.setdefault(_NOTICES, [])
    if message not in st.session_state[_NOTICES]:
        st.session_state[_NOTICES].append(message)


def show_notices(slot) -> None:
    """Tell the user which parts of the link were ignored, until they dismiss it.

    Drawn into `slot`, a container placed above the page but filled after the page ran, so the
    page's own URL notices (q, quote, focus...) show on the same run.
    """
    notices = st.session_state.get(_NOTICES) or []
    if not notices:
        return
    with slot, st.container(border=True):
        st.warning("Some of this link was not understood and was ignored:\n\n"
                   + "\n".join(f"- {escape_markdown(n)}" for n in notices), icon="⚠️")
        if st.button("Dismiss", key="dismiss_url_notices"):
            st.session_state[_NOTICES] = []
            st.rerun()
