"""Entry point of Dasbor Inovasi Daerah: page config, navigation and the shared sidebar filters.

A small router (`streamlit run dashboard.py`): every page is a plain script in pages/, declared
here with its URL path. The shared filters are drawn here, before the page runs, so they survive
page switches and stay in the URL (see ui/filters.py).

A database file that cannot be used (missing and not buildable, damaged, unreadable) is reported
here, for every page, in one Indonesian message (`ui.data.database_problem`) instead of
Streamlit's English error page; a file that turns out damaged only while a page reads it is caught
around the page as well.
"""

from __future__ import annotations

import streamlit as st

from analytics.text import t
from ui import auth as ui_auth
from ui import components, data, filters

st.set_page_config(page_title=t("app.title"), page_icon="📊", layout="wide", initial_sidebar_state="auto")

PRESENTER = "presentasi"  # slides for a projector: no sidebar, no banner (ui/presenter.py)

# One list, so another page (e.g. Kelola Data) is added with a one-line edit.
PAGES = [
    st.Page("pages/ringkasan.py", title=t("nav.ringkasan"), icon=":material/dashboard:", url_path="ringkasan", default=True),
    st.Page("pages/partisipasi_opd.py", title=t("nav.partisipasi_opd"), icon=":material/groups:", url_path="partisipasi-opd"),
    st.Page("pages/jenis_inovasi.py", title=t("nav.jenis_inovasi"), icon=":material/category:", url_path="jenis-inovasi"),
    st.Page("pages/progres_skor.py", title=t("nav.progres_skor"), icon=":material/trending_up:", url_path="progres-skor"),
    st.Page("pages/data_inovasi.py", title=t("nav.data_inovasi"), icon=":material/table_view:", url_path="data-inovasi"),
    st.Page("pages/presentasi.py", title=t("nav.presentasi"), icon=":material/slideshow:", url_path=PRESENTER),
]  # fmt: skip

# Kelola Data (import, history, undo) is listed only for a signed-in editor. For anyone else it is
# a hidden page whose script shows only "for editors, sign in" (pages/kelola_data.py stops there)
# instead of Streamlit's English "Page not found" dialog; a bookmarked link works after sign-in.
KELOLA_DATA = st.Page(
    "pages/kelola_data.py", title=t("nav.kelola_data"), icon=":material/upload_file:", url_path="kelola-data",
    visibility="visible" if ui_auth.current_editor() else "hidden",
)  # fmt: skip
page = st.navigation([*PAGES, KELOLA_DATA])
components.page_style()

with st.sidebar:
    st.markdown(f"**{t('app.title')}**")

try:
    summary = data.info()
    filters.sidebar_filters()
except data.DATABASE_ERRORS as exc:
    data.database_problem(exc)
    st.stop()
ui_auth.sidebar_sign_in()

if summary["sample_rows"] and page.url_path != PRESENTER:  # each slide carries its own mark
    st.info(t("sample.notice"), icon=":material/science:")

try:
    page.run()
except data.DATABASE_ERRORS as exc:
    data.database_problem(exc)
