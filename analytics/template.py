"""Excel templates for importing data: innovations (per OPD, per year) and official index results.

`write_template()` builds an .xlsx with xlsxwriter:
- a data sheet ("Inovasi" or "Hasil") with one header row in the exact column names the importer
  expects, dropdowns (data validation) for the coded columns, and a note on each header cell;
- a "Petunjuk" sheet that explains every column, whether it is required and the values allowed;
- a hidden "Daftar" sheet with the OPD names the OPD dropdown offers (a list that long cannot be
  written inline in a validation rule, which Excel limits to 255 characters).

The OPD and indicator lists come from the database, so a template always matches what the
importer of that database accepts; the coded values, the yes/no words, the evidence levels and
the years come from `analytics.vocabulary`, as the importer's do.
"""

from __future__ import annotations

import errno
import io
import os
from pathlib import Path
from typing import Any

import duckdb
import xlsxwriter

from analytics import importer, vocabulary
from analytics.db import query
from analytics.files import write_atomically
from analytics.text import t

TEMPLATE_ROWS = 2000  # rows that get dropdowns; more rows can be typed, they are just not checked
DATA_SHEET = {"inovasi": "Inovasi", "hasil": "Hasil"}
GUIDE_SHEET = "Petunjuk"
LIST_SHEET = "Daftar"


def default_name(kind: str) -> str:
    return f"templat_{'inovasi' if kind == 'inovasi' else 'hasil_indeks'}.xlsx"


def template_bytes(con: duckdb.DuckDBPyConnection, kind: str = "inovasi") -> bytes:
    """The template as bytes (for a download button)."""
    buffer = io.BytesIO()
    write_template(buffer, con, kind)
    return buffer.getvalue()


def write_template(
    out: str | os.PathLike[str] | io.BytesIO, con: duckdb.DuckDBPyConnection, kind: str = "inovasi"
) -> None:
    """Write the template of `kind` ('inovasi' or 'hasil') to a path or a buffer."""
    if kind not in importer.KINDS:
        raise ValueError(kind)
    fields = importer.fields_for(kind, con)
    target: Any = str(out) if isinstance(out, str | os.PathLike) else out
    book = xlsxwriter.Workbook(target, {"in_memory": True})
    try:
        fmt = _formats(book)
        data = book.add_worksheet(DATA_SHEET[kind])
        guide = book.add_worksheet(GUIDE_SHEET)
        lists = book.add_worksheet(LIST_SHEET)
        opd_range = _write_lists(lists, con) if kind == "inovasi" else None
        lists.hide()
        mandatory = _mandatory_indicators(con) if kind == "inovasi" else set()
        _write_data_sheet(data, fields, fmt, opd_range, mandatory)
        _write_guide(guide, kind, fields, fmt, mandatory)
        data.activate()
    finally:
        book.close()


def _formats(book: xlsxwriter.Workbook) -> dict[str, Any]:
    return {
        "header": book.add_format(
            {"bold": True, "bg_color": "#DCE6F1", "border": 1, "text_wrap": True, "valign": "top"}
        ),
        "required": book.add_format(
            {"bold": True, "bg_color": "#F8CBAD", "border": 1, "text_wrap": True, "valign": "top"}
        ),
        "title": book.add_format({"bold": True, "font_size": 14}),
        "bold": book.add_format({"bold": True}),
        "wrap": book.add_format({"text_wrap": True, "valign": "top"}),
        "date": book.add_format({"num_format": "dd/mm/yyyy"}),
        "text": book.add_format({"num_format": "@"}),
    }


def _write_lists(sheet: Any, con: duckdb.DuckDBPyConnection) -> str:
    opd = query(con, "import_opd_list")
    sheet.write(0, 0, "opd")
    for row, name in enumerate(opd["name"], start=1):
        sheet.write_string(row, 0, name)
    return f"={LIST_SHEET}!$A$2:$A${len(opd) + 1}"


def _mandatory_indicators(con: duckdb.DuckDBPyConnection) -> set[str]:
    frame = query(con, "import_sid_indicators")
    return {code for code, mandatory in zip(frame["code"], frame["mandatory"], strict=True) if mandatory}


# the title and the notes of the instructions sheet, by template kind
SHEET_TEXT = {
    "inovasi": ("import.template.title_inovasi", "import.template.notes_inovasi"),
    "hasil": ("import.template.title_hasil", "import.template.notes_hasil"),
}


# the note on the instructions sheet of each template column (the evidence level columns share one)
FIELD_NOTE = {
    "tahun": "import.col.tahun",
    "nama_inovasi": "import.col.nama_inovasi",
    "opd": "import.col.opd",
    "unit": "import.col.unit",
    "jenis": "import.col.jenis",
    "bentuk": "import.col.bentuk",
    "tahapan": "import.col.tahapan",
    "inisiator": "import.col.inisiator",
    "urusan": "import.col.urusan",
    "tanggal_uji_coba": "import.col.tanggal_uji_coba",
    "tanggal_penerapan": "import.col.tanggal_penerapan",
    "deskripsi": "import.col.deskripsi",
    "perubahan": "import.col.perubahan",
    "dampak_terukur": "import.col.dampak_terukur",
    "metode_baru": "import.col.metode_baru",
    "kolaborasi": "import.col.kolaborasi",
    "daerah": "import.col.daerah",
    "provinsi": "import.col.provinsi",
    "jenis_daerah": "import.col.jenis_daerah",
    "skor": "import.col.skor",
    "predikat": "import.col.predikat",
    "peringkat": "import.col.peringkat",
    "lingkup_peringkat": "import.col.lingkup_peringkat",
    "sumber": "import.col.sumber",
}


def _field_note(f: importer.Field, mandatory: set[str]) -> str:
    if f.kind == "level":
        key = "import.col.level_mandatory" if f.column in mandatory else "import.col.level"
        return t(key, name=f.aliases[0])
    return t(FIELD_NOTE[f.name])


def _allowed_text(f: importer.Field) -> str:
    if f.kind == "choice":
        return "; ".join(vocabulary.ALLOWED[f.choice or f.name])
    levels = [str(level) for level in vocabulary.evidence_levels()]
    return {
        "bool": t("import.allowed.bool", yes=vocabulary.YES, no=vocabulary.NO),
        "level": t("import.allowed.level", levels=", ".join(levels[:-1]), last=levels[-1], blank=levels[0]),
        "date": t("import.allowed.date"),
        "year": t("import.allowed.year"),
        "opd": t("import.allowed.opd"),
        "score": t("import.allowed.score"),
        "rank": t("import.allowed.rank"),
    }.get(f.kind, t("import.allowed.text"))


def _write_data_sheet(
    sheet: Any,
    fields: tuple[importer.Field, ...],
    fmt: dict[str, Any],
    opd_range: str | None,
    mandatory: set[str],
) -> None:
    last = TEMPLATE_ROWS
    for col, f in enumerate(fields):
        sheet.write_string(0, col, f.name, fmt["required"] if f.required else fmt["header"])
        sheet.write_comment(0, col, _field_note(f, mandatory), {"x_scale": 2, "y_scale": 1.5})
        width = {"name": 34, "text": 24, "urusan": 22, "opd": 34, "choice": 22, "date": 14, "region": 26}
        sheet.set_column(col, col, width.get(f.kind, max(10, len(f.name) + 2)))
        rule: dict[str, Any] | None = None
        if f.kind == "choice":
            rule = {"validate": "list", "source": list(vocabulary.ALLOWED[f.choice or f.name])}
        elif f.kind == "opd" and opd_range:
            rule = {"validate": "list", "source": opd_range}
        elif f.kind == "bool":
            rule = {"validate": "list", "source": [vocabulary.YES, vocabulary.NO]}
        elif f.kind == "level":
            rule = {"validate": "list", "source": [str(level) for level in vocabulary.evidence_levels()]}
        elif f.kind == "year":
            rule = {
                "validate": "integer",
                "criteria": "between",
                "minimum": vocabulary.FIRST_YEAR,
                "maximum": vocabulary.last_entry_year(),
            }
        elif f.kind == "score":
            rule = {"validate": "decimal", "criteria": "between", "minimum": 0, "maximum": 100}
        elif f.kind == "rank":
            rule = {"validate": "integer", "criteria": ">=", "value": 1}
        if f.kind == "date":
            sheet.set_column(col, col, 14, fmt["date"])
        if rule is not None:
            rule.update(
                {
                    "error_title": t("import.template.error_title"),
                    "error_message": t("import.template.error_message", allowed=_allowed_text(f))[:255],
                    "input_title": f.name[:32],
                    "input_message": _allowed_text(f)[:255],
                }
            )
            sheet.data_validation(1, col, last, col, rule)
    sheet.freeze_panes(1, 3 if len(fields) > 3 else 0)
    sheet.set_row(0, 30)
    sheet.autofilter(0, 0, 0, len(fields) - 1)


def _write_guide(
    sheet: Any, kind: str, fields: tuple[importer.Field, ...], fmt: dict[str, Any], mandatory: set[str]
) -> None:
    sheet.set_column(0, 0, 26)
    sheet.set_column(1, 1, 10)
    sheet.set_column(2, 2, 70)
    sheet.set_column(3, 3, 50)
    title, notes = SHEET_TEXT[kind]
    sheet.write(0, 0, t(title), fmt["title"])
    row = 2
    for line in t(notes).split("\n"):
        sheet.write(row, 0, line)
        row += 1
    row += 1
    for col, head in enumerate(
        (t("import.template.col_column"), t("import.template.col_required"),
         t("import.template.col_content"), t("import.template.col_values"))
    ):  # fmt: skip
        sheet.write(row, col, head, fmt["header"])
    for f in fields:
        row += 1
        sheet.write_string(row, 0, f.name, fmt["bold"])
        sheet.write_string(row, 1, t("import.template.yes") if f.required else "", fmt["wrap"])
        sheet.write_string(row, 2, _field_note(f, mandatory), fmt["wrap"])
        accepted = _allowed_text(f)
        if f.kind == "choice":
            accepted = t("import.template.choice_values", values=accepted)
        sheet.write_string(row, 3, accepted, fmt["wrap"])


def write_template_file(
    path: str | os.PathLike[str], con: duckdb.DuckDBPyConnection, kind: str = "inovasi"
) -> Path:
    """Write a template to `path` (the folder must exist); the written path is returned.

    The workbook is made in memory, written beside the target and moved into place, so a failure
    (no permission, a folder of that name, a full disk) raises OSError and never leaves half a file.
    """
    target = Path(path)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    return write_atomically(target, template_bytes(con, kind))
