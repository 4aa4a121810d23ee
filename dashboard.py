"""Entry point of Dasbor Inovasi Daerah: page config, navigation and the shared sidebar filters.

A small router: every page is a plain script in pages/, declared here with its URL path. Run it
with `make run`, or `python -m ui.server run dashboard.py [streamlit options]`: plain `streamlit
run dashboard.py` works too, but then the first visitor after a start who opens a deep link
(`/progres-skor?tahun=2021`) gets Streamlit's English "Page not found" dialog (ui/server.py says
why). The shared filters are drawn here, before the page runs, so they survive
page switches and stay in the URL (see ui/filters.py).

Addresses are followed where they can be and told where they cannot (ui/links.py): `/ringkasan`
opens Ringkasan (which lives at `/`), an unknown page name opens Ringkasan with an Indonesian
notice instead of Streamlit's English "Page not found" dialog, and a filter value in a link that is
not understood is said at the top of the page. Streamlit's own controls are shown in Bahasa
Indonesia (ui/chrome.py).

A database file that cannot be used (missing and not buildable, damaged, unreadable) is reported
here, for every page, in one Indonesian message (`ui.data.database_problem`) instead of
Streamlit's English error page; a file that turns out damaged only while a page reads it is caught
around the page as well.
"""

from __future__ import annotations

import streamlit as st

from analytics.text import t
from ui import auth as ui_auth
from ui import chrome, components, data, filters, links

st.set_page_config(page_title=t("app.title"), page_icon="📊", layout="wide", initial_sidebar_state="auto")

PRESENTER = "presentasi"  # slides for a projector: no sidebar, no banner (ui/presenter.py)

# Ringkasan is served at "/" (url_path ""), so "/ringkasan" is free for the alias that leads there.
RINGKASAN = st.Page("pages/ringkasan.py", title=t("nav.ringkasan"), icon=":material/dashboard:", url_path="", default=True)  # fmt: skip
# One list, so another page (e.g. Kelola Data) is added with a one-line edit.
PAGES = [
    RINGKASAN,
    st.Page("pages/partisipasi_opd.py", title=t("nav.partisipasi_opd"), icon=":material/groups:", url_path="partisipasi-opd"),
    st.Page("pages/jenis_inovasi.py", title=t("nav.jenis_inovasi"), icon=":material/category:", url_path="jenis-inovasi"),
    st.Page("pages/progres_skor.py", title=t("nav.progres_skor"), icon=":material/trending_up:", url_path="progres-skor"),
    st.Page("pages/peringkat.py", title=t("nav.peringkat"), icon=":material/leaderboard:", url_path="peringkat"),
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
# an address that names no page gets a hidden page that leads on, so Streamlit never answers
# with its English "Page not found" dialog
aliases = links.address_pages([*PAGES, KELOLA_DATA], RINGKASAN)
page = st.navigation([*PAGES, KELOLA_DATA, *links.hidden_pages(aliases)])
links.follow(page, aliases)
chrome.install()
components.page_style()
notice = links.notice_slot()

with st.sidebar:
    st.markdown(f"**{t('app.title')}**")

try:
    summary = data.info()
    link_fixes = filters.check_link()
    if link_fixes is not None:  # e.g. opd=dinkes: the same view under the address the filters write
        links.redirect(page, link_fixes)
    shown = filters.sidebar_filters()
except data.DATABASE_ERRORS as exc:
    data.database_problem(exc)
    st.stop()
ui_auth.sidebar_sign_in()

if summary["sample_rows"] and page.url_path != PRESENTER:  # each slide carries its own mark
    st.info(t("sample.notice"), icon=":material/science:")

try:
    links.run_then_show(page.run, notice, view=(page.url_path, shown))
except data.DATABASE_ERRORS as exc:
    data.database_problem(exc)
