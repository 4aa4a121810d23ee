"""Kelola Data (editors only): import real data from Excel or CSV, see the history, undo an import.

dashboard.py lists this page only for a signed-in editor; the page checks again, so a viewer who
reaches it some other way sees a notice and nothing else.
"""

from __future__ import annotations

import streamlit as st

from analytics.safe import md
from analytics.text import t
from ui import auth as ui_auth
from ui import components, import_view

editor = ui_auth.require_editor()

components.page_header(t("page.kelola.title"), t("page.kelola.caption", name=md(editor)))
import_view.flash()
# keyed, so the chosen tab stays open after a save or an undo reruns the page
upload_tab, history_tab = st.tabs(
    [t("page.kelola.tab_import"), t("page.kelola.tab_history")], key="kelola_tab", on_change="rerun"
)
with upload_tab:
    import_view.upload_section(editor)
with history_tab:
    import_view.history_section(editor)
