"""Reading a file to import into plain rows of cell values, with every check made before parsing.

`read_file()` reads a file from disk with its size checked first; `read_sheets()` checks the bytes
(size, magic bytes, for xlsx/ods the zip container and cell extent through
`analytics.workbook_check`, so a "zip bomb" is refused before it takes the memory; the number of
rows) and reads every visible sheet through calamine, or a CSV with encoding and delimiter
detection.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import python_calamine

from analytics import workbook_check
from analytics.db import os_reason
from analytics.importer.results import ImportFileError
from analytics.text import fmt_megabytes, fmt_number, t

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
HEADER_SCAN_ROWS = 30
SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")

# Python's csv module refuses fields over 131.072 characters with an English error; a file is at
# most MAX_BYTES, so no field can be longer than that. Long text is then refused where it is read,
# with its row and column (import.value.too_long). Process-wide, and it only ever raises the limit.
csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Sheet:
    name: str | None  # None for CSV
    rows: list[list[Any]]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_file(path: str | Path) -> bytes:
    """The bytes of a file to import, with the size checked before reading it."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise ImportFileError(t("import.file.not_a_file", file=p))
        if size > MAX_BYTES:
            raise ImportFileError(t("import.file.too_big", file=p.name, mb=_mb(size)))
        return p.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(t("import.file.missing", file=p)) from None
    except PermissionError as exc:
        raise ImportFileError(t("import.file.unreadable", file=p, reason=os_reason(exc))) from None
    except IsADirectoryError:
        raise ImportFileError(t("import.file.not_a_file", file=p)) from None
    except OSError as exc:
        raise ImportFileError(t("import.file.unreadable", file=p, reason=os_reason(exc))) from None


def _mb(size: int) -> str:
    return fmt_megabytes(size)


def read_sheets(data: bytes, file_name: str) -> list[Sheet]:
    """Every sheet of a spreadsheet (or the one table of a CSV) as rows of raw cell values.

    Checks come before parsing: size, then the magic bytes (a zip for xlsx/ods, an OLE container
    for xls, text without NUL bytes for CSV), for a zip its directory, parts and cell extent, then
    the number of rows.
    """
    name = Path(file_name).name
    suffix = Path(file_name).suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        raise ImportFileError(t("import.file.unsupported", file=name, suffixes=", ".join(SUPPORTED_SUFFIXES)))
    if len(data) == 0:
        raise ImportFileError(t("import.file.empty", file=name))
    if len(data) > MAX_BYTES:
        raise ImportFileError(t("import.file.too_big", file=name, mb=_mb(len(data))))
    if data.startswith(ZIP_MAGIC):
        try:
            workbook_check.check_workbook(data, name, max_rows=MAX_ROWS, header_rows=HEADER_SCAN_ROWS)
        except workbook_check.WorkbookRefused as exc:
            raise ImportFileError(str(exc)) from None
    if data.startswith((ZIP_MAGIC, OLE_MAGIC)):
        return _read_workbook(data, name)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise ImportFileError(t("import.file.not_spreadsheet", file=name))
    return [Sheet(None, _read_csv(data, name))]


def _read_workbook(data: bytes, name: str) -> list[Sheet]:
    # calamine directly (the engine pandas.read_excel(engine="calamine") uses): it gives each
    # sheet's visibility and size before the cells are converted, and typed cells (dates, numbers)
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as exc:  # calamine raises its own error types, and ValueError on bad zips
        if data.startswith(OLE_MAGIC):
            raise ImportFileError(t("import.file.protected_or_bad", file=name)) from None
        raise ImportFileError(t("import.file.not_spreadsheet", file=name)) from exc
    sheets: list[Sheet] = []
    for meta in book.sheets_metadata:
        if meta.visible != python_calamine.SheetVisibleEnum.Visible:
            continue  # the template keeps its dropdown lists on a hidden sheet
        if meta.typ != python_calamine.SheetTypeEnum.WorkSheet:
            continue
        try:
            sheet = book.get_sheet_by_name(meta.name)
            height = sheet.end[0] + 1 if sheet.end else 0
            if height > MAX_ROWS + HEADER_SCAN_ROWS:
                raise ImportFileError(t("import.file.too_many_rows", file=name, max=fmt_number(MAX_ROWS)))
            rows = sheet.to_python(skip_empty_area=False) if height else []
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(t("import.file.sheet_unreadable", file=name, sheet=meta.name)) from exc
        sheets.append(Sheet(meta.name, rows))
    if not sheets:
        raise ImportFileError(t("import.file.empty", file=name))
    return sheets


def _decode(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")  # Excel's "Unicode text" export
        except UnicodeDecodeError:
            raise ImportFileError(t("import.file.not_spreadsheet", file=name)) from None
    if b"\x00" in data[:65536]:
        raise ImportFileError(t("import.file.not_spreadsheet", file=name))
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # never fails; a wrong character is better than no import


def _read_csv(data: bytes, name: str) -> list[list[Any]]:
    # Python's csv module rather than pandas.read_csv: a title row above the header has fewer
    # fields than the header, which pandas rejects; csv.reader keeps ragged rows as they are.
    text = _decode(data, name)
    if not re.sub(r"[\s,;|\"']+", "", text):  # only blanks and separators: nothing to read
        raise ImportFileError(t("import.file.empty", file=name))
    if text.count("\n") > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ImportFileError(t("import.file.too_many_rows", file=name, max=fmt_number(MAX_ROWS)))
    delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error:  # its messages are English; where it stopped is what a user can act on
        raise ImportFileError(t("import.file.bad_csv", file=name, row=reader.line_num)) from None
    if len(rows) > MAX_ROWS + HEADER_SCAN_ROWS:
        raise ImportFileError(t("import.file.too_many_rows", file=name, max=fmt_number(MAX_ROWS)))
    if not any(any(c.strip() for c in row) for row in rows):
        raise ImportFileError(t("import.file.empty", file=name))
    return rows


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most, most consistent fields."""
    sample = text[:65536].splitlines()[: HEADER_SCAN_ROWS + 20]
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t", "|"):
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=delimiter) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not counts:
            continue
        widest = max(counts)
        score = (sum(1 for c in counts if c == widest and c > 1), widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best
