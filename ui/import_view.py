"""The sections of the Kelola Data page: upload → validation report → preview → confirm, and history → undo.

All the work is done by analytics.importer (read, validate, plan, write, undo) and
analytics.template; this module only draws widgets and keeps the validated file in session state,
so that clicking around does not re-read a large file. Every read goes through the one door,
`ui.data` (a cursor on its cached connection to the current file version: `_reading()`), and
every write through
`importer.apply` / `importer.undo`, i.e. one transaction on a copy of the database that replaces it
only when complete; the read-only connections of the other pages reconnect on their next rerun
because the file's signature changed.

The importer's messages are plain text that names the file, its sheets, columns and values; they
are shown through `safe.md`, so a file name or cell is never read as Markdown.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import duckdb
import pandas as pd
import streamlit as st

from analytics import db, importer, template
from analytics.importer.fields import KIND_TEXT
from analytics.importer.results import ACTION_TEXT
from analytics.safe import md
from analytics.text import MISSING, fmt_date, fmt_datetime, fmt_number, t
from ui import data

UPLOAD_TYPES = [suffix.lstrip(".") for suffix in importer.SUPPORTED_SUFFIXES]  # the file dialog's filter
UPLOAD_MB = importer.MAX_BYTES // (1024 * 1024)
PREVIEW_ROWS = 500
STATE = "kelola_state"


@dataclass
class Checked:
    """A validated upload (kept in session state under its sha256, kind and database version)."""

    key: tuple[Any, ...]
    parsed: importer.Parsed | None
    file_error: str | None


def _database() -> tuple[str, int, int]:
    return data.ensure_database()


@contextmanager
def _reading() -> Iterator[duckdb.DuckDBPyConnection]:
    """A cursor on the page's one cached read-only connection (`ui.data`), closed after use.

    A cursor, not the connection: the importer runs its queries on what it is given, and the
    cached connection is shared by every session's thread.
    """
    cur = db.cursor(data.connection())
    try:
        yield cur
    finally:
        cur.close()


@st.cache_data(max_entries=4, show_spinner=False)
def _template(signature: tuple[str, int, int], kind: str) -> bytes:  # signature: the cache key
    with _reading() as con:
        return template.template_bytes(con, kind)


def _state() -> dict[str, Any]:
    return st.session_state.setdefault(STATE, {"upload_round": 0, "message": None})


def flash() -> None:
    """The outcome of the last save or undo (shown once, after the rerun that follows it)."""
    message = _state().pop("message", None)
    if message:
        st.success(md(message[1]), icon=":material/task_alt:")


def kind_choice() -> str:
    labels = {"inovasi": t("page.kelola.kind_inovasi"), "hasil": t("page.kelola.kind_hasil")}
    return st.radio(
        t("page.kelola.kind"),
        list(labels),
        format_func=labels.__getitem__,
        horizontal=True,
        key="kelola_kind",
        help=t("page.kelola.kind_help"),
    )


def template_download(kind: str) -> None:
    signature = _database()
    st.download_button(
        t("page.kelola.template_download", kind=t(KIND_TEXT[kind]).lower()),
        data=_template(signature, kind),
        file_name=template.default_name(kind),
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        key=f"kelola_template_{kind}",
        on_click="ignore",
    )


def _check(raw: bytes, name: str, kind: str, signature: tuple[str, int, int]) -> Checked:
    key = (importer.sha256(raw), name, kind, signature)
    cached = _state().get("checked")
    if cached is not None and cached.key == key:
        return cached
    try:
        with _reading() as con:
            parsed = importer.parse(raw, name, con, kind=kind)
        checked = Checked(key, parsed, None)
    except importer.ImportFileError as exc:
        checked = Checked(key, None, str(exc))
    _state()["checked"] = checked
    return checked


def upload_section(editor: str) -> None:
    """Upload, the validation report, the preview of what changes, and the confirm button."""
    state = _state()
    kind = kind_choice()
    template_download(kind)
    upload = st.file_uploader(
        t("page.kelola.upload"),
        type=UPLOAD_TYPES,
        key=f"kelola_upload_{state['upload_round']}",
        help=t("page.kelola.upload_help", mb=UPLOAD_MB, rows=fmt_number(importer.MAX_ROWS)),
        max_upload_size=UPLOAD_MB,
    )
    # Streamlit's own line under the box ("20MB per file • XLSX, …") is English and hidden
    # (ui/chrome.py); the same facts, from the importer, in Bahasa Indonesia
    types = ", ".join(suffix.upper() for suffix in UPLOAD_TYPES)
    st.caption(t("page.kelola.upload_instructions", types=types, mb=UPLOAD_MB))
    if upload is None:
        st.caption(t("page.kelola.upload_hint"))
        return
    signature = _database()
    with st.spinner(t("page.kelola.checking")):
        checked = _check(upload.getvalue(), upload.name, kind, signature)
    if checked.file_error:
        st.error(md(checked.file_error), icon=":material/error:")
        return
    parsed = checked.parsed
    assert parsed is not None
    if not parsed.ok:
        _problems(parsed)
        return
    _preview_and_confirm(parsed, editor, signature)


def _problems(parsed: importer.Parsed) -> None:
    st.error(md(parsed.summary()), icon=":material/error:")
    frame = pd.DataFrame(
        [{"Baris": p.row, "Kolom": p.column or "", "Masalah": p.message} for p in parsed.problems]
    )
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={"Baris": st.column_config.NumberColumn(format="%d", width="small")},
        placeholder=MISSING,  # a missing column has no row; not Streamlit's "None"
        key="kelola_problems",
    )
    _report_download(parsed, "page.kelola.report_download", "laporan", "kelola_report")
    _ignored(parsed)


def _report_download(parsed: importer.Parsed, label_key: str, prefix: str, key: str) -> None:
    """The whole validation report as a text file (every problem, or every lenient reading)."""
    st.download_button(
        t(label_key),
        data=parsed.report(limit=None).encode("utf-8"),
        file_name=f"{prefix}_{parsed.file_name}.txt",
        mime="text/plain",
        icon=":material/download:",
        on_click="ignore",
        key=key,
    )


def _ignored(parsed: importer.Parsed) -> None:
    if parsed.ignored_columns:
        st.caption(t("import.report.ignored", columns=", ".join(md(c) for c in parsed.ignored_columns)))


def _sample_rows_in(parsed: importer.Parsed) -> int:
    if parsed.kind != "inovasi":
        return 0
    with _reading() as con:
        frame = db.query(con, "import_sample_count", years=parsed.years())
    return int(frame["n"].iloc[0])


def _plan(parsed: importer.Parsed, signature: tuple[str, int, int], replace_sample: bool) -> importer.Plan:
    """The plan for this file against this database version (kept: a large file takes seconds)."""
    key = (parsed.sha256, parsed.kind, signature, replace_sample)
    cached = _state().get("plan")
    if cached is not None and cached[0] == key:
        return cached[1]
    with _reading() as con:
        the_plan = importer.plan(con, parsed, replace_sample=replace_sample)
    _state()["plan"] = (key, the_plan)
    return the_plan


def _preview_and_confirm(parsed: importer.Parsed, editor: str, signature: tuple[str, int, int]) -> None:
    st.success(md(parsed.summary()), icon=":material/check_circle:")
    _ignored(parsed)
    replace_sample = False
    n_sample = _sample_rows_in(parsed)
    if n_sample:
        years = ", ".join(str(y) for y in parsed.years())
        replace_sample = st.checkbox(
            t("page.kelola.replace_sample", n=fmt_number(n_sample), years=years),
            key="kelola_replace_sample",
            help=t("page.kelola.replace_sample_help"),
        )
    the_plan = _plan(parsed, signature, replace_sample)
    cols = st.columns(4)
    cols[0].metric(t("import.action.insert").capitalize(), fmt_number(the_plan.added))
    cols[1].metric(t("import.action.update").capitalize(), fmt_number(the_plan.updated))
    cols[2].metric(t("import.action.same").capitalize(), fmt_number(the_plan.unchanged))
    cols[3].metric(t("page.kelola.removed").capitalize(), fmt_number(the_plan.removed))
    _preview(the_plan)
    if parsed.readings:  # the table shows the first rows; the report lists every reading
        _report_download(parsed, "page.kelola.readings_download", "penafsiran", "kelola_readings_report")
    if not the_plan.has_changes:
        st.info(t("page.kelola.nothing_to_do"), icon=":material/info:")
        return
    if st.button(t("page.kelola.confirm"), type="primary", icon=":material/save:", key="kelola_confirm"):
        try:
            with st.spinner(t("page.kelola.saving")):
                result = importer.apply(signature[0], parsed, user=editor, replace_sample=replace_sample)
        except db.DatabaseError as exc:
            st.error(md(exc), icon=":material/error:")
            return
        state = _state()
        state["message"] = ("ok", result.message())
        state["upload_round"] += 1  # a fresh uploader: the saved file is not offered again
        state.pop("checked", None)
        state.pop("plan", None)
        st.rerun()


def _preview(the_plan: importer.Plan) -> None:
    """The rows that change, and every row with a cell read leniently ('online → Digital'): the
    editor sees how the file was understood before saving, and can correct the file."""
    frame = the_plan.frame()
    interpreted = frame["penafsiran"] != ""
    shown = frame[(frame["tindakan"] != t("import.action.same")) | interpreted]
    if shown.empty:
        return
    if interpreted.any():
        st.caption(t("page.kelola.preview_caption_readings", n=fmt_number(min(len(shown), PREVIEW_ROWS))))
    else:
        shown = shown.drop(columns="penafsiran")
        st.caption(t("page.kelola.preview_caption", n=fmt_number(min(len(shown), PREVIEW_ROWS))))
    st.dataframe(
        shown.head(PREVIEW_ROWS).rename(columns=str.capitalize),
        hide_index=True,
        width="stretch",
        placeholder=MISSING,  # a sample row to remove has no file row; not Streamlit's "None"
        key="kelola_preview",
    )


def _status(row: Any) -> str:
    if pd.notna(row.undone_at):
        return t("page.kelola.status_undone", by=row.undone_by, when=fmt_date(row.undone_at))
    return t("page.kelola.status_active")


def history_section(editor: str) -> None:
    """Every import (newest first), the rows one import touched, and its undo."""
    signature = _database()
    with _reading() as con:
        history = importer.history(con)
    if history.empty:
        st.caption(t("page.kelola.history_empty"))
        return
    table = pd.DataFrame(
        {
            "No.": history["batch_id"],
            t("page.kelola.col_when"): [fmt_datetime(w) for w in history["imported_at"]],
            t("page.kelola.col_file"): history["file_name"],
            t("page.kelola.col_kind"): [t(KIND_TEXT[k]) for k in history["kind"]],
            t("page.kelola.col_by"): history["imported_by"],
            t("import.action.insert"): history["rows_added"],
            t("import.action.update"): history["rows_updated"],
            t("page.kelola.removed"): history["rows_removed"],
            t("page.kelola.col_status"): [_status(r) for r in history.itertuples()],
            "SHA-256": history["sha256"].str[:12],
        }
    )
    st.dataframe(table, hide_index=True, width="stretch", placeholder=MISSING, key="kelola_history")
    ids = list(history["batch_id"])
    labels = {
        int(r.batch_id): f"#{r.batch_id} — {r.file_name} ({fmt_date(r.imported_at)}, {r.imported_by})"
        for r in history.itertuples()
    }
    chosen = st.selectbox(
        t("page.kelola.choose_batch"), ids, format_func=lambda b: labels[int(b)], key="kelola_batch"
    )
    if chosen is None:
        return
    chosen = int(chosen)
    with _reading() as con:
        changes = importer.changes(con, chosen)
    shown = pd.DataFrame(
        {
            t("page.kelola.col_row"): changes["row_key"],
            t("page.kelola.col_action"): [t(ACTION_TEXT[a]) for a in changes["action"]],
            t("page.kelola.col_fields"): [", ".join(f) for f in changes["changed_fields"]],
        }
    )
    st.dataframe(shown, hide_index=True, width="stretch", placeholder=MISSING, key="kelola_changes")
    row = history[history["batch_id"] == chosen].iloc[0]
    if pd.notna(row["undone_at"]):
        st.caption(t("page.kelola.already_undone"))
        return
    sure = st.checkbox(
        t("page.kelola.undo_confirm", batch=chosen, n=fmt_number(len(changes))), key="kelola_undo_sure"
    )
    if st.button(
        t("page.kelola.undo", batch=chosen), disabled=not sure, icon=":material/undo:", key="kelola_undo"
    ):
        try:
            result = importer.undo(signature[0], chosen, user=editor)
        except (importer.UndoError, db.DatabaseError) as exc:
            st.error(md(exc), icon=":material/error:")
            return
        _state()["message"] = ("ok", result.message())
        st.session_state.pop("kelola_undo_sure", None)
        st.rerun()
