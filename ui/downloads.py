"""Download buttons for the handouts: "Unduh ringkasan (PDF)" and "Unduh data (Excel)".

Both files are made only when a button is clicked: `st.download_button` gets a callable as `data`
(Streamlit runs it on its own thread when the user clicks), so a rerun of the page only draws the
buttons and stays fast; the PDF, whose chart images take a few seconds, is never made for nothing.
`on_click="ignore"` keeps the click from rerunning the page.

The callable runs outside the script thread, so it opens its own read-only connection to the
database file of this run (DuckDB connections are not shared across threads) and uses no
Streamlit commands. Files are cached per (database file version, year, filters, day): a presenter
who clicks twice, or a second participant, gets the same file at once.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib

import streamlit as st

from analytics import db, export, lembar, report, snapshot
from analytics.text import t
from ui import data
from ui.filters import Filters

PDF_MIME = "application/pdf"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _opd(f: Filters) -> str | None:
    return f.scope.opd_code


@functools.lru_cache(maxsize=8)
def _pdf(signature: tuple[str, int, int], year: int, opd, jenis, tahapan, day: dt.date) -> bytes:
    with db.connection(signature[0]) as con:
        return report.briefing_pdf(con, year, opd=opd, jenis=jenis, tahapan=tahapan, made_on=day)


@functools.lru_cache(maxsize=16)
def _xlsx(signature: tuple[str, int, int], year: int, opd, jenis, tahapan, search, day: dt.date) -> bytes:
    with db.connection(signature[0]) as con:
        return export.workbook_xlsx(
            con, year, opd=opd, jenis=jenis, tahapan=tahapan, search=search, made_on=day
        )


SEARCH_IN_NAME = 40  # characters of the search kept in a file name


def _file_name(kind: str, f: Filters, suffix: str, search: str | None = None) -> str:
    """The download's name from what it holds: "data-inovasi-pati-2025-dinkes-cari-posyandu.xlsx".
    Every part is slugged (ASCII letters, digits and "-"), so a search or a code can never make an
    unsafe or clashing name; a search with no such character is named by a short digest of it."""
    parts = [kind, str(f.year)]
    parts += [lembar.slug(p) for p in (f.opd_id, f.opd_kind, f.jenis, f.tahapan) if p]
    if search:
        words = lembar.slug(search)[:SEARCH_IN_NAME].strip("-")
        parts += ["cari", words or hashlib.sha256(search.encode("utf-8")).hexdigest()[:8]]
    return "-".join(parts) + suffix


def pdf_button(f: Filters, *, key: str = "unduh_pdf") -> None:
    """The PDF handout of the current filters, made when clicked."""
    if f.year is None:
        return
    args = (data.ensure_database(), f.year, _opd(f), f.jenis, f.tahapan, dt.date.today())
    st.download_button(
        t("handout.ui.pdf"),
        data=lambda: _pdf(*args),
        file_name=_file_name("ringkasan-inovasi-pati", f, ".pdf"),
        mime=PDF_MIME,
        key=key,
        help=t("handout.ui.pdf_help"),
        icon=":material/picture_as_pdf:",
        on_click="ignore",
    )


def excel_button(f: Filters, *, search: str | None = None, key: str = "unduh_xlsx") -> None:
    """The Excel workbook of the current filters (and Data Inovasi's search, already trimmed),
    made when clicked."""
    if f.year is None:
        return
    args = (data.ensure_database(), f.year, _opd(f), f.jenis, f.tahapan, search, dt.date.today())
    st.download_button(
        t("handout.ui.xlsx"),
        data=lambda: _xlsx(*args),
        file_name=_file_name("data-inovasi-pati", f, ".xlsx", search=search),
        mime=XLSX_MIME,
        key=key,
        help=t("handout.ui.xlsx_help"),
        icon=":material/table_view:",
        on_click="ignore",
    )


@functools.lru_cache(maxsize=8)
def _snapshot(signature: tuple[str, int, int], year: int, opd, jenis, tahapan, day: dt.date) -> bytes:
    with db.connection(signature[0]) as con:
        return snapshot.snapshot_html(con, year, opd=opd, jenis=jenis, tahapan=tahapan, made_on=day)


def snapshot_button(f: Filters, *, key: str = "unduh_html") -> None:
    """The offline snapshot (one HTML file that opens without a network) of the current filters."""
    if f.year is None:
        return
    args = (data.ensure_database(), f.year, _opd(f), f.jenis, f.tahapan, dt.date.today())
    st.download_button(
        t("handout.ui.html"),
        data=lambda: _snapshot(*args),
        file_name=_file_name("ringkasan-luring-pati", f, ".html"),
        mime="text/html",
        key=key,
        help=t("handout.ui.html_help"),
        icon=":material/offline_pin:",
        on_click="ignore",
    )


@functools.lru_cache(maxsize=16)
def _sheet(signature: tuple[str, int, int], year: int, opd_id: str, day: dt.date) -> bytes:
    with db.connection(signature[0]) as con:
        return lembar.lembar_pdf(con, year, opd_id, made_on=day)


def sheet_button(year: int, opd_id: str, short_name: str, *, key: str = "unduh_lembar") -> None:
    """The follow-up sheet ("lembar tindak lanjut") of one OPD and year, made when clicked."""
    args = (data.ensure_database(), int(year), opd_id, dt.date.today())
    st.download_button(
        t("handout.ui.sheet"),
        data=lambda: _sheet(*args),
        file_name=f"lembar-tindak-lanjut-{year}-{lembar.slug(short_name)}.pdf",
        mime=PDF_MIME,
        key=key,
        help=t("handout.ui.sheet_help"),
        icon=":material/assignment:",
        on_click="ignore",
    )


def buttons(
    f: Filters, *, pdf: bool = True, excel: bool = True, html: bool = True, key: str = "unduh"
) -> None:
    """The download buttons side by side."""
    with st.container(horizontal=True, gap="small"):
        if pdf:
            pdf_button(f, key=f"{key}_pdf")
        if excel:
            excel_button(f, key=f"{key}_xlsx")
        if html:
            snapshot_button(f, key=f"{key}_html")
