"""Turkic Ties: entrypoint. Page config, the global filters, navigation over the page registry."""
import streamlit as st

from dashboard.ui import cache, components, narrow_screen, state
from dashboard.views import PAGES

# ?embed=true (Streamlit's own iframe mode) gets a clean view: no navigation, filters tucked away.
embedded = bool(st.context.is_embedded)
st.set_page_config(page_title="Turkic Ties", page_icon="assets/icon.png", layout="wide",
                   initial_sidebar_state="collapsed" if embedded else "auto",
                   menu_items={"About": "Turkic Ties: how Azerbaijan and the Turkic states are tied — sourced."})
narrow_screen.apply()

tables = cache.tables()
pages = [st.Page(spec.render, title=spec.title, icon=spec.icon, default=spec.default,
                 **({} if spec.default else {"url_path": spec.url_path})) for spec in PAGES]
page = st.navigation(pages, position="hidden" if embedded else "top")
with st.sidebar:
    st.logo("assets/icon.png", size="large")
    st.markdown("### Turkic Ties")
    st.caption("Who visited whom, what was signed, how trade moved and what leaders said — every figure sourced.")
state.global_filters(cache.year_range())
# Both slots sit above the page but are filled after it ran: the share link then includes the
# parameters the page writes (q, quote...), and the notices include the page's own junk.
share_slot = st.container(horizontal=True, horizontal_alignment="right")
notice_slot = st.container()
page.run()
components.share_view(share_slot)
state.show_notices(notice_slot)
components.footer(tables)
