"""A page that fails, for tests/e2e/test_words_and_sizes.py: Streamlit's own message for an
unexpected error must reach the viewer in Bahasa Indonesia (ui/chrome.py), never in English.
Started from the project folder (`python -m ui.server run`), so `ui` imports as in the dashboard."""

from __future__ import annotations

import streamlit as st

from ui import chrome

chrome.install()
st.write("halaman uji")
raise RuntimeError("kesalahan uji")
