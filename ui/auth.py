"""Editor sign-in for the dashboard: a "Masuk editor" form in the sidebar, kept in session state.

Viewers need no account. An editor signs in with the name and password added by
`python -m analytics editor add NAME`. analytics.auth checks the Argon2id hash and slows down
repeated wrong passwords per name and client address, per address, and for the whole server; the
address is `st.context.ip_address` (None on localhost). The signed-in name lives only in this
browser session's state: a reload or a new tab starts signed out, and an editor removed from the
editors file loses access on the next rerun. dashboard.py adds the Kelola Data page to the
navigation only for a signed-in editor, and the page itself calls `require_editor()` as well.
"""

from __future__ import annotations

import streamlit as st

from analytics import auth
from analytics.text import t

SESSION_KEY = "editor_user"


def current_editor() -> str | None:
    """The signed-in editor of this session, or None."""
    user = st.session_state.get(SESSION_KEY)
    if user and not auth.is_editor(user):
        st.session_state.pop(SESSION_KEY, None)
        return None
    return user


def require_editor() -> str:
    """The signed-in editor; anyone else sees a short notice and nothing of the page."""
    user = current_editor()
    if not user:
        st.warning(t("page.kelola.editors_only"), icon=":material/lock:")
        st.stop()
    return user


def _client_address() -> str | None:
    """The browser's IP address as the server sees it (behind a reverse proxy on the same machine,
    the address the proxy passes in X-Forwarded-For); None when unknown."""
    return getattr(st.context, "ip_address", None)


def _sign_in(name: str, password: str) -> None:
    outcome = auth.sign_in(name, password, address=_client_address())
    if outcome.ok:
        st.session_state[SESSION_KEY] = outcome.user
        st.session_state.pop("editor_sign_in_error", None)
    else:
        st.session_state["editor_sign_in_error"] = outcome.message


def _sign_out() -> None:
    st.session_state.pop(SESSION_KEY, None)


def sidebar_sign_in() -> str | None:
    """Draw the sign-in form (or the signed-in state) in the sidebar; return the editor."""
    user = current_editor()
    with st.sidebar:
        if user:
            st.caption(t("auth.signed_in_as", name=user))
            st.button(t("auth.sign_out"), key="editor_sign_out", on_click=_sign_out, icon=":material/logout:")
            return user
        error = st.session_state.get("editor_sign_in_error")
        with st.expander(t("auth.sign_in_title"), icon=":material/lock:", expanded=bool(error)):
            if not auth.has_editors():
                st.caption(t("auth.no_editors"))
                return None
            with st.form("editor_sign_in", clear_on_submit=True, border=False):
                name = st.text_input(t("auth.name"), key="editor_name", autocomplete="username")
                password = st.text_input(
                    t("auth.password"),
                    type="password",
                    key="editor_password",
                    autocomplete="current-password",
                )
                submitted = st.form_submit_button(t("auth.sign_in"), type="primary")
            if submitted:
                _sign_in(name, password)
                if st.session_state.get(SESSION_KEY):
                    st.rerun()  # the navigation now includes the editor's page
                error = st.session_state.get("editor_sign_in_error")
            if error:
                st.error(error)
    return None
