"""Who may write: an editor signed in through the identity provider (st.login, when `[auth]` is in
secrets; the e-mail must be listed under `[editors] emails`), else through the editor password
(`editor_password_hash` in secrets, checked in constant time). With neither, the app is read-only.
`editor()` returns the editor's name for the `added_by` column, or None (and says why on the page)."""
from __future__ import annotations

import streamlit as st

from dashboard.store.passwords import check_password

SESSION_KEY = "editor_name"


def _secret(name: str, default=None):
    try:
        return st.secrets.get(name, default)
    except FileNotFoundError:  # no secrets file at all
        return default


def mode() -> str:
    """'login' (identity provider), 'password', or 'read-only'."""
    if _secret("auth"):
        return "login"
    if _secret("editor_password_hash"):
        return "password"
    return "read-only"


def editor() -> str | None:
    current = mode()
    if current == "login":
        return _by_login()
    if current == "password":
        return _by_password()
    st.info("This deployment is **read-only**: no editor sign-in is configured. The README says how to set "
            "an editor password or an identity provider in the app's secrets.", icon=":material/lock:")
    return None


def _by_login() -> str | None:
    if not st.user.get("is_logged_in"):  # absent (not False) where no identity is known
        st.info("Adding articles is for editors. Sign in to continue.", icon=":material/lock:")
        st.button("Sign in", on_click=st.login, icon=":material/login:")
        return None
    email = str(st.user.get("email") or "")
    allowed = {e.strip().lower() for e in (_secret("editors", {}) or {}).get("emails", [])}
    if email.lower() not in allowed:
        st.warning("You are signed in, but your account is not on the editors' list, so this page is read-only.",
                   icon=":material/lock:")
        st.button("Sign out", on_click=st.logout)
        return None
    st.caption(f"Signed in as an editor ({email}).")
    st.button("Sign out", on_click=st.logout)
    return email


def _by_password() -> str | None:
    name = st.session_state.get(SESSION_KEY)
    if name:
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.caption(f"Signed in as editor “{name}”. Rows you save are recorded under this name.")
        if right.button("Sign out", key="editor-sign-out"):
            del st.session_state[SESSION_KEY]
            st.rerun()
        return name
    st.info("Adding articles is for editors. Sign in with the editor password to continue.", icon=":material/lock:")
    with st.form("editor-sign-in"):
        typed_name = st.text_input("Your name (recorded with what you save)", max_chars=80)
        password = st.text_input("Editor password", type="password")
        if st.form_submit_button("Sign in"):
            if not typed_name.strip():
                st.error("Give your name: it is recorded with every row you save.")
            elif check_password(password, str(_secret("editor_password_hash"))):
                st.session_state[SESSION_KEY] = typed_name.strip()
                st.rerun()
            else:
                st.error("Wrong password.")
    return None
