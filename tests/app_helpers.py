"""Helpers for AppTests: tabs that build only their open tab (Progres Skor's evidence gaps, by OPD
or by innovation) are opened before a test reads what is inside."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def open_tab(at: AppTest, key: str, label: str) -> AppTest:
    """Switch the keyed st.tabs `key` to the tab named `label` and rerun."""
    at.session_state[key] = label
    return at.run()
