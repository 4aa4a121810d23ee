"""Import real data from Excel and CSV files: read, normalise, validate, upsert, history, undo.

Each reporting round Bappeda collects innovation lists from the OPD in spreadsheets typed by
hand. This module takes such a file in without a programmer:

1. `read_sheets()` checks the file before parsing (size <= 20 MB, magic bytes, <= 200.000 rows;
   for xlsx/ods the zip container and the cell extent, so a "zip bomb" is refused before it takes
   the memory: `analytics.workbook_check`) and reads every sheet (xlsx/xls/ods through calamine,
   CSV with encoding and delimiter detection) into plain rows of cell values.
2. `parse()` finds the header row (it need not be the first: a title row above it is common),
   matches headers case- and space-insensitively (also by an indicator's Indonesian name),
   cleans every text cell it reads (`analytics.sanitize.clean_text`: NFKC, no bidi controls,
   zero-width or control characters, so invisible differences never make another innovation),
   normalises every value (common spellings, OPD aliases, Indonesian dates, numbers typed as text)
   and collects EVERY problem in one pass, by spreadsheet row, column and reason in Bahasa
   Indonesia. Blank rows are ignored.
3. `plan()` compares the clean rows with what is stored: (tahun, OPD, nama_inovasi) identifies an
   innovation, (daerah, tahun) an official result. Rows are new, changed (with the fields that
   changed) or the same; importing the same file twice changes nothing.
4. `apply()` writes the plan in ONE transaction on a copy of the database that replaces it only
   when complete (`analytics.db.write_transaction`), and records the import (`import_batch`) and
   the full before/after state of every touched row (`import_change`). Any validation problem
   means nothing is written at all.
5. `undo()` restores exactly the previous state of the rows an import touched, and refuses (with
   the reason) when a later import has changed one of those rows since.

Sample rows (is_sample) of a year stay when real rows of that year are imported, because removing
data is never a side effect here; `replace_sample=True` (CLI --replace-sample, a checkbox on the
page) removes the sample innovations of the file's years in the same transaction, recorded and
undoable like every other change. A stored sample row that the file names (same year, OPD and
name) becomes a real row: the file says it is real.

Plain Python + SQL; the dashboard page and the CLI are thin layers over these functions.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import getpass
import hashlib
import io
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import python_calamine
from rapidfuzz import fuzz, process

from analytics import ranking, regions, workbook_check
from analytics.db import SQL_DIR, DatabaseError, bind, os_reason, query, sql_text, write_transaction
from analytics.sanitize import clean_text
from analytics.text import MONTHS, fmt_date, fmt_number, fmt_score, label, t

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
HEADER_SCAN_ROWS = 30
MAX_PROBLEMS_STORED = 5_000  # every problem is counted; this many are kept with their details
SUPPORTED_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt", ".tsv")
KINDS = ("inovasi", "hasil")

# Python's csv module refuses fields over 131.072 characters with an English error; a file is at
# most MAX_BYTES, so no field can be longer than that. Long text is then refused where it is read,
# with its row and column (import.value.too_long). Process-wide, and it only ever raises the limit.
csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial day 0 of the 1900 date system (Lotus leap-year bug)


class ImportFileError(Exception):
    """The file itself cannot be used (unreadable, not a spreadsheet, empty, too big): exit 2."""


class UndoError(Exception):
    """An import cannot be undone; the message says why and what to do."""


# ----------------------------------------------------------------------------- vocabulary


def norm_key(value: Any) -> str:
    """Matching form of a header or a value: lower case, any run of non-letters/digits is one space."""
    return re.sub(r"[^0-9a-z]+", " ", clean_text(str(value)).lower()).strip()


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# Accepted spellings (in norm_key form) of each stored code. The display labels of text.LABELS
# normalise to entries here too.
CHOICES: dict[str, dict[str, str]] = {
    "jenis": {
        "digital": "digital",
        "daring": "digital",
        "online": "digital",
        "inovasi digital": "digital",
        "non digital": "non-digital",
        "nondigital": "non-digital",
        "non digitial": "non-digital",
        "luring": "non-digital",
        "offline": "non-digital",
        "inovasi non digital": "non-digital",
    },
    "bentuk": {
        "tata kelola pemerintahan daerah": "tata kelola pemerintahan daerah",
        "tata kelola pemerintahan": "tata kelola pemerintahan daerah",
        "tata kelola pemda": "tata kelola pemerintahan daerah",
        "tata kelola": "tata kelola pemerintahan daerah",
        "inovasi tata kelola pemerintahan daerah": "tata kelola pemerintahan daerah",
        "pelayanan publik": "pelayanan publik",
        "layanan publik": "pelayanan publik",
        "pelayanan": "pelayanan publik",
        "inovasi pelayanan publik": "pelayanan publik",
        "inovasi daerah lainnya": "inovasi daerah lainnya",
        "inovasi daerah lainnya sesuai urusan": "inovasi daerah lainnya",
        "inovasi daerah lainnya sesuai urusan pemerintahan": "inovasi daerah lainnya",
        "inovasi daerah lainnya sesuai dengan urusan pemerintahan yang menjadi kewenangan daerah": (
            "inovasi daerah lainnya"
        ),
        "inovasi lainnya": "inovasi daerah lainnya",
        "lainnya": "inovasi daerah lainnya",
    },
    "tahapan": {
        "inisiatif": "inisiatif",
        "inisiasi": "inisiatif",
        "uji coba": "uji coba",
        "ujicoba": "uji coba",
        "penerapan": "penerapan",
        "diterapkan": "penerapan",
        "implementasi": "penerapan",
    },
    "inisiator": {
        "kepala daerah": "kepala daerah",
        "kdh": "kepala daerah",
        "bupati": "kepala daerah",
        "wakil bupati": "kepala daerah",
        "anggota dprd": "anggota dprd",
        "dprd": "anggota dprd",
        "opd": "opd",
        "perangkat daerah": "opd",
        "opd perangkat daerah": "opd",
        "asn": "asn",
        "pns": "asn",
        "aparatur sipil negara": "asn",
        "masyarakat": "masyarakat",
        "warga": "masyarakat",
    },
    "jenis_daerah": {
        "kabupaten": "kabupaten",
        "kab": "kabupaten",
        "kota": "kota",
        "provinsi": "provinsi",
        "prov": "provinsi",
    },
    "predikat": {
        "sangat inovatif": "Sangat Inovatif",
        "inovatif": "Inovatif",
        "kurang inovatif": "Kurang Inovatif",
        "tidak dapat dinilai": "Tidak Dapat Dinilai",
        "disclaimer": "Disclaimer",
        "terinovatif": "Terinovatif",
    },
}
# The values shown in messages, templates and dropdowns (stored codes, in the template's words).
ALLOWED: dict[str, tuple[str, ...]] = {
    "jenis": ("digital", "non-digital"),
    "bentuk": ("tata kelola pemerintahan daerah", "pelayanan publik", "inovasi daerah lainnya"),
    "tahapan": ("inisiatif", "uji coba", "penerapan"),
    "inisiator": ("kepala daerah", "anggota dprd", "opd", "asn", "masyarakat"),
    "jenis_daerah": ("kabupaten", "kota", "provinsi"),
    "predikat": (
        "Sangat Inovatif",
        "Inovatif",
        "Kurang Inovatif",
        "Tidak Dapat Dinilai",
        "Disclaimer",
        "Terinovatif",
    ),
}
YES = {"ya", "y", "iya", "yes", "true", "benar", "1", "ada", "v", "x", "\u2713"}
NO = {"tidak", "tdk", "t", "n", "no", "false", "salah", "0", "tidak ada", "-", ""}

MONTH_NUMBERS: dict[str, int] = {}
for _i, _name in enumerate(MONTHS, start=1):
    MONTH_NUMBERS[_name.lower()] = _i
    MONTH_NUMBERS[_name.lower()[:3]] = _i
MONTH_NUMBERS.update(
    {
        "agt": 8, "ags": 8, "agu": 8, "sept": 9, "nop": 11, "des": 12,
        # English month names appear in files exported from English-language Excel
        "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
        "august": 8, "october": 10, "december": 12, "feb": 2, "mar": 3, "aug": 8, "oct": 10, "dec": 12,
    }
)  # fmt: skip


# ----------------------------------------------------------------------------- field specs


@dataclass(frozen=True)
class Field:
    """One column of an import template: its header, how values are read, where they are stored."""

    name: str  # header in the template (and the matching key in norm_key form, with '_')
    kind: str  # reader: year, text, name, opd, choice, date, bool, level, score, rank, region
    column: str  # stored column (or the indicator code for 'level')
    required: bool = False  # the column must exist and every row must fill it
    aliases: tuple[str, ...] = ()  # other accepted headers
    choice: str | None = None  # key of CHOICES for kind 'choice'
    description: str = ""  # shown on the Petunjuk sheet (key of the text catalogue)


def _innovation_fields(indicators: Sequence[tuple[str, str]]) -> tuple[Field, ...]:
    base = (
        Field("tahun", "year", "year", True, ("tahun penilaian", "tahun inovasi")),
        Field("nama_inovasi", "name", "name", True, ("nama inovasi daerah", "judul inovasi", "inovasi")),
        Field("opd", "opd", "opd_id", True, ("perangkat daerah", "nama opd", "opd pengampu", "satuan kerja")),
        Field("unit", "text", "unit", False, ("unit pelaksana", "unit kerja")),
        Field("jenis", "choice", "jenis", True, ("jenis inovasi",), choice="jenis"),
        Field("bentuk", "choice", "bentuk", True, ("bentuk inovasi",), choice="bentuk"),
        Field("tahapan", "choice", "tahapan", True, ("tahapan inovasi",), choice="tahapan"),
        Field("inisiator", "choice", "inisiator", True, ("inisiator inovasi",), choice="inisiator"),
        Field("urusan", "urusan", "urusan", True, ("urusan pemerintahan", "urusan inovasi")),
        Field("tanggal_uji_coba", "date", "trial_date", False, ("tgl uji coba", "waktu uji coba")),
        Field("tanggal_penerapan", "date", "launch_date", False, ("tgl penerapan", "waktu penerapan")),
        Field("deskripsi", "text", "description", False, ("keterangan", "uraian")),
        Field("perubahan", "bool", "has_change", False, ("ada perubahan",)),
        Field("dampak_terukur", "bool", "has_measured_impact", False, ("dampak",)),
        Field("metode_baru", "bool", "has_new_method", False, ("metode",)),
        Field("kolaborasi", "bool", "has_collaboration", False, ()),
    )
    levels = tuple(Field(code, "level", code, False, (name,)) for code, name in indicators)
    return base + levels


RESULT_FIELDS: tuple[Field, ...] = (
    Field("daerah", "region", "region", True, ("region", "nama daerah", "pemda", "pemerintah daerah")),
    Field("provinsi", "text", "province", True, ("province",)),
    Field("jenis_daerah", "choice", "kind", False, ("kind", "jenis pemda"), choice="jenis_daerah"),
    Field("tahun", "year", "year", True, ("year", "tahun penilaian")),
    Field("skor", "score", "score", True, ("score", "nilai", "indeks", "skor iid", "nilai indeks")),
    Field("predikat", "choice", "predicate", False, ("predicate",), choice="predikat"),
    Field("peringkat", "rank", "rank", False, ("rank", "ranking")),
    Field("lingkup_peringkat", "text", "rank_scope", False, ("rank scope", "lingkup")),
    Field("sumber", "text", "source", True, ("source", "sumber data", "referensi")),
)

INNOVATION_COLUMNS = (
    "innovation_id", "year", "opd_id", "name", "unit", "jenis", "bentuk", "tahapan", "inisiator",
    "urusan", "trial_date", "launch_date", "description", "has_change", "has_measured_impact",
    "has_new_method", "has_collaboration", "is_sample", "load_id",
)  # fmt: skip
RESULT_COLUMNS = (
    "region", "province", "kind", "year", "score", "predicate", "rank", "rank_scope", "source", "load_id",
)  # fmt: skip
TARGET_TABLE = {"inovasi": "innovation", "hasil": "index_result"}
# The columns that identify a row (Record.key): an innovation, an official result.
IDENTITY = {"inovasi": ("tahun", "opd", "nama_inovasi"), "hasil": ("daerah", "tahun")}
# The column a duplicate row is reported on: the one a person changes to tell two rows apart.
IDENTITY_COLUMN = {"inovasi": "nama_inovasi", "hasil": "daerah"}


# ----------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Problem:
    """One problem in the file: spreadsheet row (1-based, as Excel shows it), column and reason."""

    row: int | None
    column: str | None  # e.g. "D (opd)"
    message: str

    def text(self) -> str:
        if self.row is None and self.column is None:
            return self.message
        if self.row is None:
            return t("import.problem.column", column=self.column, message=self.message)
        row = fmt_number(self.row)
        if self.column is None:
            return t("import.problem.row", row=row, message=self.message)
        return t("import.problem.cell", row=row, column=self.column, message=self.message)


@dataclass(frozen=True)
class Reading:
    """A cell read leniently ("online" as digital, "13/12/2022" as a date, an OPD alias).

    The preview shows each one as `raw → read_as`, so the editor sees the interpretation and can
    correct the file when it is wrong. A cell written exactly as stored (or as the template
    offers it: "digital", "ya", "2022-12-13", a date cell, the OPD's own name) is not one.
    """

    row: int
    column: str  # as shown, e.g. "E (jenis)"
    field: str  # template column name, e.g. "jenis"
    raw: str  # the cell as the user sees it (`show`)
    read_as: str  # the value it was taken as, in display form

    def short(self) -> str:
        """For a preview column beside the row: 'jenis: online → Digital'."""
        return t("import.reading.short", field=self.field, raw=self.raw, read_as=self.read_as)

    def text(self) -> str:
        """For the report: 'Baris 4, kolom E (jenis): online → Digital'."""
        message = t("import.reading.value", raw=self.raw, read_as=self.read_as)
        return t("import.problem.cell", row=fmt_number(self.row), column=self.column, message=message)


@dataclass
class Record:
    """One clean data row: its spreadsheet row and its stored values (only the file's columns)."""

    row: int
    values: dict[str, Any]
    evidence: dict[str, int] = field(default_factory=dict)  # indicator code -> level (innovations)
    readings: list[Reading] = field(default_factory=list)  # cells read leniently

    def key(self, kind: str) -> tuple[Any, ...]:
        key = identity_key(kind, self.values)
        if key is None:
            raise KeyError(IDENTITY[kind])
        return key


def identity_key(kind: str, values: dict[str, Any]) -> tuple[Any, ...] | None:
    """The identity of a row from its stored values; None when a value of it could not be read."""
    if kind == "inovasi":
        if not {"year", "opd_id", "name"} <= values.keys():
            return None
        return (values["year"], values["opd_id"], name_key(values["name"]))
    if not {"region", "year"} <= values.keys():
        return None
    return (name_key(values["region"]), values["year"])


@dataclass
class Parsed:
    """What `parse()` read from one file: clean records and every problem."""

    kind: str
    file_name: str
    sha256: str
    size: int
    sheet: str | None
    header_row: int | None
    columns: dict[str, str]  # field name -> column as shown ("D (opd)")
    records: list[Record]
    problems: list[Problem]
    problem_count: int
    ignored_columns: list[str]
    blank_rows: int
    fields: tuple[Field, ...]

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    @property
    def present(self) -> set[str]:
        """Stored columns (and indicator codes) that the file has a column for."""
        return {f.column for f in self.fields if f.name in self.columns}

    def years(self) -> list[int]:
        return sorted({r.values["year"] for r in self.records if "year" in r.values})

    @property
    def readings(self) -> list[Reading]:
        """Every cell of the valid rows that was read leniently, in file order."""
        return [reading for record in self.records for reading in record.readings]

    def report(self, limit: int | None = 200) -> str:
        """The validation report in Bahasa Indonesia (what the CLI prints, the page shows).

        With problems: every problem. Without: every lenient reading, so the interpretation is
        seen before anything is saved.
        """
        lines = [self.summary()]
        items: list[Problem] | list[Reading] = self.problems if not self.ok else self.readings
        total = self.problem_count if not self.ok else len(items)
        shown = items if limit is None else items[:limit]
        lines.extend(f"  {item.text()}" for item in shown)
        hidden = total - len(shown)
        if hidden > 0:
            key = "import.report.more" if not self.ok else "import.report.more_readings"
            lines.append("  " + t(key, n=fmt_number(hidden)))
        if self.ignored_columns:
            lines.append(t("import.report.ignored", columns=", ".join(self.ignored_columns)))
        return "\n".join(lines)

    def summary(self) -> str:
        where = t("import.report.where", sheet=self.sheet) if self.sheet else ""
        header = t("import.report.header_row", row=fmt_number(self.header_row)) if self.header_row else ""
        head = t("import.report.file", file=self.file_name, where=where, header=header)
        rows = t("import.report.rows", n=fmt_number(len(self.records) + self._rows_with_problems_only()))
        if not self.ok:
            return f"{head}\n{rows} {t('import.report.invalid', n=fmt_number(self.problem_count))}"
        readings = len(self.readings)
        lenient = " " + t("import.report.readings", n=fmt_number(readings)) if readings else ""
        return f"{head}\n{rows} {t('import.report.valid')}{lenient}"

    def _rows_with_problems_only(self) -> int:
        good = {r.row for r in self.records}
        return len({p.row for p in self.problems if p.row is not None and p.row not in good})


@dataclass
class RowPlan:
    record: Record | None
    key: tuple[Any, ...]
    label: str  # readable identity for messages and history
    action: str  # insert | update | delete | same
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    changed: list[str]


@dataclass
class Plan:
    """What importing a parsed file would change, row by row."""

    kind: str
    rows: list[RowPlan]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def added(self) -> int:
        return self.count("insert")

    @property
    def updated(self) -> int:
        return self.count("update")

    @property
    def unchanged(self) -> int:
        return self.count("same")

    @property
    def removed(self) -> int:
        return self.count("delete")

    @property
    def has_changes(self) -> bool:
        return any(r.action != "same" for r in self.rows)

    @property
    def readings(self) -> list[Reading]:
        """The cells read leniently, of every file row in the plan."""
        return [reading for r in self.rows if r.record for reading in r.record.readings]

    def summary(self) -> str:
        return t(
            "import.plan.summary",
            added=fmt_number(self.added),
            updated=fmt_number(self.updated),
            unchanged=fmt_number(self.unchanged),
            removed=fmt_number(self.removed),
        )

    def frame(self) -> pd.DataFrame:
        """One row per file row (and per sample row to remove): what will happen to it, and how
        its leniently read cells were taken ('jenis: online → Digital')."""
        out = []
        for r in self.rows:
            readings = r.record.readings if r.record else []
            out.append(
                {
                    "baris": r.record.row if r.record else None,
                    "data": r.label,
                    "tindakan": t(f"import.action.{r.action}"),
                    "perubahan": ", ".join(r.changed),
                    "penafsiran": "; ".join(reading.short() for reading in readings),
                }
            )
        frame = pd.DataFrame(out, columns=["baris", "data", "tindakan", "perubahan", "penafsiran"])
        # a sample row to remove has no file row: a missing number, not NaN in a float column
        frame["baris"] = frame["baris"].astype("Int64")
        return frame


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None  # None when nothing changed (nothing was written)
    kind: str
    file_name: str
    added: int
    updated: int
    unchanged: int
    removed: int

    def message(self) -> str:
        if self.batch_id is None:
            return t("import.done.nothing", file=self.file_name, unchanged=fmt_number(self.unchanged))
        return t(
            "import.done",
            batch=self.batch_id,
            file=self.file_name,
            added=fmt_number(self.added),
            updated=fmt_number(self.updated),
            unchanged=fmt_number(self.unchanged),
            removed=fmt_number(self.removed),
        )


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    restored: int

    def message(self) -> str:
        return t("import.undo.done", batch=self.batch_id, n=fmt_number(self.restored))


# ----------------------------------------------------------------------------- reading files


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
    return fmt_number(size / 1024 / 1024, 1)


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


# ----------------------------------------------------------------------------- cell readers


class BadValue(ValueError):
    """A cell that cannot be read; the message (Bahasa Indonesia) says why."""


def is_blank(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() == ""


def show(value: Any) -> str:
    """A cell value as the user sees it in the spreadsheet, for messages and the preview.

    Never a Python repr: a logical cell is BENAR/SALAH (as Indonesian Excel shows it), a decimal
    has a comma, a date cell is written the Indonesian way.
    """
    if isinstance(value, bool):
        return t("import.cell.true") if value else t("import.cell.false")
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        day = fmt_date(value)
        return f"{day} {value:%H.%M}" if value.time() != dt.time() else day
    if isinstance(value, dt.date):
        return fmt_date(value)
    text = str(value).strip()
    return text if len(text) <= 60 else text[:57] + "..."


def as_text(value: Any) -> str:
    """A cell read into a text column (stored): dates in ISO form, logical cells as BENAR/SALAH."""
    if isinstance(value, bool | float):
        return show(value)
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def as_int(value: Any) -> int:
    """A whole number, also when typed as text ('2', '2.0', '2,0')."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise BadValue(t("import.value.not_whole", value=show(value)))
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+", text):
        return int(text)
    if re.fullmatch(r"[+-]?\d+[.,]0+", text):
        return int(re.split(r"[.,]", text)[0])
    raise BadValue(t("import.value.not_whole", value=show(value)))


def read_year(value: Any) -> int:
    try:
        year = as_int(value)
    except BadValue:
        raise BadValue(t("import.value.not_year", value=show(value))) from None
    last = dt.date.today().year + 1
    if not 2010 <= year <= last:
        raise BadValue(t("import.value.year_range", value=show(value), last=last))
    return year


def read_level(value: Any) -> int:
    if is_blank(value):
        return 0
    try:
        level = as_int(value)
    except BadValue:
        raise BadValue(t("import.value.not_level", value=show(value))) from None
    if not 0 <= level <= 3:
        raise BadValue(t("import.value.not_level", value=show(value)))
    return level


def read_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False
    raise BadValue(t("import.value.not_bool", value=show(value)))


def read_choice(value: Any, choice: str) -> str:
    key = norm_key(value)
    options = CHOICES[choice]
    if key in options:
        return options[key]
    compact = key.replace(" ", "")
    for option, code in options.items():
        if option.replace(" ", "") == compact:
            return code
    raise BadValue(t("import.value.not_choice", value=show(value), allowed="; ".join(ALLOWED[choice])))


def read_date(value: Any) -> dt.date:
    """ISO, dd/mm/yyyy (also - and .), Excel date cells and serial numbers, '13 Desember 2022'."""
    if isinstance(value, dt.datetime):
        result = value.date()
    elif isinstance(value, dt.date):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not (isinstance(value, int) or float(value).is_integer()) or not 1 <= value <= 2958465:
            raise BadValue(t("import.value.not_date", value=show(value)))
        result = EXCEL_EPOCH + dt.timedelta(days=int(value))
    else:
        result = _parse_date_text(str(value).strip())
    last = dt.date.today().year + 5
    if not 1980 <= result.year <= last:
        raise BadValue(t("import.value.date_range", value=show(value), last=last))
    return result


def _parse_date_text(text: str) -> dt.date:
    bad = BadValue(t("import.value.not_date", value=show(text)))
    iso = re.fullmatch(
        r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?", text
    )
    dmy = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    words = re.fullmatch(r"(\d{1,2})[\s\-/.]+([A-Za-z]+)\.?[\s\-/.,]+(\d{4})", text)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dmy:
            return dt.date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
        if words:
            month = MONTH_NUMBERS.get(words[2].lower())
            if month is None:
                raise bad
            return dt.date(int(words[3]), month, int(words[1]))
        if re.fullmatch(r"\d{5}(?:\.0+)?", text):  # an Excel serial that became text in a CSV
            return read_date(float(text))
    except ValueError:
        raise bad from None
    raise bad


def read_score(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise BadValue(t("import.value.not_score", value=show(value)))
    text = repr(value) if isinstance(value, float) else str(value).strip().replace(",", ".")
    try:
        score = Decimal(text)
    except InvalidOperation:
        raise BadValue(t("import.value.not_score", value=show(value))) from None
    if not score.is_finite() or not 0 <= score <= 100:
        raise BadValue(t("import.value.not_score", value=show(value)))
    rounded = score.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if rounded != score:
        raise BadValue(t("import.value.score_decimals", value=show(value)))
    return rounded


def read_rank(value: Any) -> int:
    try:
        rank = as_int(value)
    except BadValue:
        raise BadValue(t("import.value.not_rank", value=show(value))) from None
    if rank < 1:
        raise BadValue(t("import.value.not_rank", value=show(value)))
    return rank


REGION_PREFIX = {"kabupaten": "Kabupaten", "kab": "Kabupaten", "kota": "Kota", "kot": "Kota",
                 "provinsi": "Provinsi", "prov": "Provinsi"}  # fmt: skip


def read_region(value: Any) -> str:
    """A region name with its prefix written out: 'Kab. Pati' -> 'Kabupaten Pati'."""
    text = _collapse(as_text(value))
    match = re.fullmatch(r"(?i)(kabupaten|kab|kota|kot|provinsi|prov)\.?\s+(.+)", text)
    if match:
        text = f"{REGION_PREFIX[match[1].lower()]} {match[2]}"
    return text


# ----------------------------------------------------------------------------- lenient readings
# What a cell was taken as, when that was an interpretation rather than the stored value or the
# template's own spelling (see Reading); None otherwise.


# The kinds of field whose cells can be read leniently (the others are read as written).
LENIENT_KINDS = frozenset({"choice", "bool", "date", "score", "region", "opd"})


def reading_of_choice(raw: Any, code: str) -> str | None:
    return _reading_of_choice(str(raw), code)


@functools.lru_cache(maxsize=4096)  # a column repeats a few spellings thousands of times
def _reading_of_choice(raw: str, code: str) -> str | None:
    written = norm_key(raw).replace(" ", "")
    if written in (norm_key(code).replace(" ", ""), norm_key(label(code)).replace(" ", "")):
        return None
    return label(code)


def reading_of_bool(raw: Any, value: bool) -> str | None:
    if isinstance(raw, bool) or str(raw).strip().lower() in ("ya", "tidak"):
        return None
    return t("import.cell.yes") if value else t("import.cell.no")


def reading_of_date(raw: Any, value: dt.date) -> str | None:
    if isinstance(raw, dt.datetime) and raw.time() == dt.time():
        return None
    if isinstance(raw, dt.date) and not isinstance(raw, dt.datetime):
        return None
    if isinstance(raw, str) and raw.strip().casefold() in (value.isoformat(), fmt_date(value).casefold()):
        return None
    return fmt_date(value)  # 13/12/2022 (day first), 13 Des 2022, an Excel serial number, a time


def reading_of_score(raw: Any, value: Decimal) -> str | None:
    # a score cell is a number; typed as text, "58.11" could be read either way in Indonesia
    return fmt_score(value) if isinstance(raw, str) and "." in raw else None


def name_key(name: str) -> str:
    """Identity form of a name: case, spacing and invisible characters do not make another innovation.

    Cleaned here too (not only at import), so a name stored before imports were cleaned still
    matches its clean spelling.
    """
    return _collapse(clean_text(str(name))).casefold()


# ----------------------------------------------------------------------------- OPD lookup


@dataclass
class OpdIndex:
    """Every way an OPD is named (id, name, short name, aliases, earlier names, kecamatan)."""

    keys: dict[str, str]  # norm_key -> opd_id (ambiguous keys removed)
    names: dict[str, str]  # opd_id -> display name
    years: dict[str, tuple[int | None, int | None]]  # opd_id -> (exists_from, exists_until)
    choices: dict[str, str]  # spelling -> opd_id, for suggestions
    # norm_key -> (opd_id, valid_from, valid_until) of the OPD's own names (not aliases)
    own: dict[str, list[tuple[str, int | None, int | None]]] = field(default_factory=dict)
    _own_seen: dict[tuple[str, str, int | None], bool] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> OpdIndex:
        keys: dict[str, str] = {}
        ambiguous: set[str] = set()
        choices: dict[str, str] = {}
        own: dict[str, list[tuple[str, int | None, int | None]]] = {}
        for rec in _records(con, "import_opd_names"):
            opd_id, key = rec["opd_id"], norm_key(rec["spelling"])
            if not key:
                continue
            if keys.get(key, opd_id) != opd_id:
                ambiguous.add(key)
            keys[key] = opd_id
            choices[rec["spelling"]] = opd_id
            if rec["own"]:
                own.setdefault(key, []).append((opd_id, rec["valid_from"], rec["valid_until"]))
        for key in ambiguous:
            keys.pop(key, None)
        info = query(con, "import_opd_list")
        names = {r.opd_id: f"{r.name} ({r.short_name})" for r in info.itertuples()}
        years = {
            r.opd_id: (None if pd.isna(r.exists_from) else int(r.exists_from),
                       None if pd.isna(r.exists_until) else int(r.exists_until))
            for r in info.itertuples()
        }  # fmt: skip
        return cls(keys, names, years, choices, own)

    def resolve(self, value: Any) -> str:
        key = norm_key(value)
        if key in self.keys:
            return self.keys[key]
        raise BadValue(self._unknown(as_text(value)))

    def is_own_name(self, value: Any, opd_id: str, year: int | None) -> bool:
        """Whether `value` is the OPD's id, name or short name (of that year), not an alias."""
        key = (str(value), opd_id, year)
        if key not in self._own_seen:  # a column repeats a few spellings thousands of times
            self._own_seen[key] = self._is_own_name(value, opd_id, year)
        return self._own_seen[key]

    def _is_own_name(self, value: Any, opd_id: str, year: int | None) -> bool:
        for own_id, start, end in self.own.get(norm_key(value), []):
            if own_id == opd_id and (
                year is None or ((start is None or year >= start) and (end is None or year <= end))
            ):
                return True
        return False

    def _unknown(self, text: str) -> str:
        found = process.extract(text, list(self.choices), scorer=fuzz.WRatio, processor=norm_key, limit=10)
        seen: list[str] = []
        for spelling, score, _ in found:
            opd_id = self.choices[spelling]
            if score >= 60 and opd_id not in seen:
                seen.append(opd_id)
        if seen:
            hint = "; ".join(self.names[o] for o in seen[:3])
            return t("import.value.unknown_opd_hint", value=show(text), hint=hint)
        return t("import.value.unknown_opd", value=show(text))

    def exists_in(self, opd_id: str, year: int) -> bool:
        start, end = self.years.get(opd_id, (None, None))
        return (start is None or year >= start) and (end is None or year <= end)


# ----------------------------------------------------------------------------- parsing


def fields_for(kind: str, con: duckdb.DuckDBPyConnection) -> tuple[Field, ...]:
    if kind == "inovasi":
        frame = query(con, "import_sid_indicators")
        return _innovation_fields(list(zip(frame["code"], frame["name"], strict=True)))
    if kind == "hasil":
        return RESULT_FIELDS
    raise ValueError(kind)


def _header_lookup(fields: Iterable[Field]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for f in fields:
        for spelling in (f.name, *f.aliases):
            lookup.setdefault(norm_key(spelling), f.name)
            lookup.setdefault(norm_key(spelling).replace(" ", ""), f.name)
    return lookup


def _header_field(cell: Any, lookup: dict[str, str]) -> str | None:
    if is_blank(cell):
        return None
    key = norm_key(cell)
    return lookup.get(key) or lookup.get(key.replace(" ", ""))


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


@dataclass
class _HeaderMatch:
    sheet: Sheet
    row_index: int
    kind: str
    fields: tuple[Field, ...]
    mapping: dict[int, str]  # column index -> field name
    required_found: int
    matched: int


def _find_header(sheets: list[Sheet], kinds: dict[str, tuple[Field, ...]]) -> _HeaderMatch | None:
    """The first sheet (in order) with a header row; within it the row that matches best."""
    best_overall: _HeaderMatch | None = None
    for sheet in sheets:
        if sheet.name and norm_key(sheet.name) in ("petunjuk", "daftar", "daftar pilihan"):
            continue
        best: _HeaderMatch | None = None
        for index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
            for kind, fields in kinds.items():
                lookup = _header_lookup(fields)
                mapping = {}
                for col, cell in enumerate(row):
                    name = _header_field(cell, lookup)
                    if name is not None:
                        mapping[col] = name
                distinct = set(mapping.values())
                required = sum(1 for f in fields if f.required and f.name in distinct)
                candidate = _HeaderMatch(sheet, index, kind, fields, mapping, required, len(distinct))
                if required >= 2 and (
                    best is None or (required, len(distinct)) > (best.required_found, best.matched)
                ):
                    best = candidate
        if best is not None:
            return best
        best_overall = best_overall or best
    return best_overall


def parse(
    data: bytes,
    file_name: str,
    con: duckdb.DuckDBPyConnection,
    *,
    kind: str | None = None,
) -> Parsed:
    """Read and validate a file completely; nothing is written. `kind` None = detect from headers.

    Raises ImportFileError when the file itself cannot be used; every problem with its content is
    returned in `Parsed.problems` (an empty list means it can be imported).
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(kind)
    name = clean_text(Path(file_name).name)
    sheets = read_sheets(data, name)
    kinds = {k: fields_for(k, con) for k in ((kind,) if kind else KINDS)}
    match = _find_header(sheets, kinds)
    digest = sha256(data)
    if match is None:
        chosen = kind or "inovasi"
        required = ", ".join(f.name for f in kinds.get(chosen, fields_for(chosen, con)) if f.required)
        problem = Problem(None, None, t("import.header.not_found", rows=HEADER_SCAN_ROWS, columns=required))
        return Parsed(chosen, name, digest, len(data), None, None, {}, [], [problem], 1, [], 0,
                      kinds.get(chosen, ()))  # fmt: skip
    return _Validator(match, name, digest, len(data), con).run()


class _Validator:
    """Reads the rows under a header row into records, collecting every problem."""

    def __init__(
        self, match: _HeaderMatch, name: str, digest: str, size: int, con: duckdb.DuckDBPyConnection
    ):
        self.match = match
        self.name = name
        self.digest = digest
        self.size = size
        self.kind = match.kind
        self.fields = {f.name: f for f in match.fields}
        self.opd = OpdIndex.load(con) if self.kind == "inovasi" else None
        self.problems: list[Problem] = []
        self.problem_count = 0

    def problem(self, row: int | None, column: str | None, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS_STORED:
            self.problems.append(Problem(row, column, message))

    def run(self) -> Parsed:
        match = self.match
        header = match.sheet.rows[match.row_index]
        header_row = match.row_index + 1
        columns: dict[str, int] = {}
        shown: dict[str, str] = {}
        ignored: list[str] = []
        for col, cell in enumerate(header):
            if is_blank(cell):
                continue
            label = f"{column_letter(col)} ({as_text(_clean(cell))})"
            name = match.mapping.get(col)
            if name is None:
                ignored.append(label)
            elif name in columns:
                self.problem(header_row, label, t("import.header.duplicate", field=name, other=shown[name]))
            else:
                columns[name] = col
                shown[name] = label
        for f in match.fields:
            if f.required and f.name not in columns:
                self.problem(None, f.name, t("import.header.missing", row=fmt_number(header_row)))

        records: list[Record] = []
        blank = 0
        first_seen: dict[tuple[Any, ...], int] = {}
        for index in range(match.row_index + 1, len(match.sheet.rows)):
            row = match.sheet.rows[index]
            cells = {name: (_clean(row[col]) if col < len(row) else None) for name, col in columns.items()}
            if all(is_blank(v) for v in cells.values()):
                blank += 1
                continue
            record, ok = self.read_row(index + 1, cells, shown)
            # the identity is compared whenever its cells could be read, also in a row with other
            # problems: fixing those must not reveal a duplicate only on the next try
            key = identity_key(self.kind, record.values)
            if key is not None and key in first_seen:
                other = fmt_number(first_seen[key])
                column = shown.get(IDENTITY_COLUMN[self.kind])
                self.problem(record.row, column, t(f"import.row.duplicate_{self.kind}", other=other))
                ok = False
            elif key is not None:
                first_seen[key] = record.row
            if ok:
                records.append(record)
        if not records and self.problem_count == 0:
            raise ImportFileError(t("import.file.no_rows", file=self.name, row=fmt_number(header_row)))
        return Parsed(
            kind=self.kind,
            file_name=self.name,
            sha256=self.digest,
            size=self.size,
            sheet=match.sheet.name,
            header_row=header_row,
            columns=shown,
            records=records,
            problems=self.problems,
            problem_count=self.problem_count,
            ignored_columns=ignored,
            blank_rows=blank,
            fields=match.fields,
        )

    def read_row(self, row: int, cells: dict[str, Any], shown: dict[str, str]) -> tuple[Record, bool]:
        """Every cell of one row, then the rules across its columns: (the values read, no problem).

        A cell that cannot be read is reported and left out of the values; the rules across
        columns still run on the cells that could be read (a rule whose input is missing is
        skipped), so one pass reports every problem of the row.
        """
        values: dict[str, Any] = {}
        evidence: dict[str, int] = {}
        typed: dict[str, Any] = {}  # field name -> a non-blank cell that may have been read leniently
        unreadable: set[str] = set()
        for name, raw in cells.items():
            f = self.fields[name]
            if is_blank(raw):
                if f.required:
                    self.problem(row, shown[name], t("import.value.required"))
                    unreadable.add(name)
                    continue
                value: Any = self.blank_value(f)
            else:
                try:
                    value = self.read(f, raw)
                except BadValue as exc:
                    self.problem(row, shown[name], str(exc))
                    unreadable.add(name)
                    continue
                if f.kind in LENIENT_KINDS:
                    typed[name] = raw
            if f.kind == "level":
                evidence[f.column] = value
            else:
                values[f.column] = value
        record = Record(row, values, evidence)
        rules_ok = self.check_row(record, shown, unreadable)
        if unreadable or not rules_ok:
            return record, False
        for name, raw in typed.items():
            f = self.fields[name]
            read_as = self.lenient(f, raw, values.get(f.column), values.get("year"))
            if read_as is not None:
                record.readings.append(Reading(row, shown[name], name, show(raw), read_as))
        return record, True

    @staticmethod
    def blank_value(f: Field) -> Any:
        if f.kind == "bool":
            return False
        if f.kind == "level":
            return 0
        return None

    def read(self, f: Field, raw: Any) -> Any:
        if f.kind == "year":
            return read_year(raw)
        if f.kind == "choice":
            return read_choice(raw, f.choice or f.name)
        if f.kind == "date":
            return read_date(raw)
        if f.kind == "bool":
            return read_bool(raw)
        if f.kind == "level":
            return read_level(raw)
        if f.kind == "score":
            return read_score(raw)
        if f.kind == "rank":
            return read_rank(raw)
        if f.kind == "region":
            return read_region(raw)
        if f.kind == "opd":
            assert self.opd is not None
            return self.opd.resolve(raw)
        text = as_text(raw)
        if f.kind in ("name", "urusan"):
            text = _collapse(text)
            if len(text) > 300:
                raise BadValue(t("import.value.too_long", n=300))
            # urusan is grouped on the dashboard: one spelling per affair (lower case, as stored)
            return text.lower() if f.kind == "urusan" else text
        if len(text) > 5000:
            raise BadValue(t("import.value.too_long", n=fmt_number(5000)))
        return text

    def lenient(self, f: Field, raw: Any, value: Any, year: int | None) -> str | None:
        """What a cell was taken as, when that is an interpretation (see `Reading`); else None."""
        if f.kind == "choice":
            return reading_of_choice(raw, value)
        if f.kind == "bool":
            return reading_of_bool(raw, value)
        if f.kind == "date":
            return reading_of_date(raw, value)
        if f.kind == "score":
            return reading_of_score(raw, value)
        if f.kind == "region":
            return value if value != _collapse(as_text(raw)) else None
        if f.kind == "opd":
            assert self.opd is not None
            return None if self.opd.is_own_name(raw, value, year) else self.opd.names[value]
        return None

    def check_row(self, record: Record, shown: dict[str, str], unreadable: set[str]) -> bool:
        """Rules across columns of one row, on the cells that could be read."""
        v = record.values
        ok = True
        if self.kind == "inovasi":
            assert self.opd is not None
            if "opd_id" in v and "year" in v and not self.opd.exists_in(v["opd_id"], v["year"]):
                start, end = self.opd.years[v["opd_id"]]
                self.problem(
                    record.row,
                    shown.get("opd"),
                    t("import.row.opd_not_in_year", opd=self.opd.names[v["opd_id"]], year=v["year"],
                      start=start or "…", end=end or "…"),
                )  # fmt: skip
                ok = False
            trial, launch = v.get("trial_date"), v.get("launch_date")
            if trial and launch and trial > launch:
                self.problem(
                    record.row,
                    shown.get("tanggal_uji_coba"),
                    t("import.row.trial_after_launch", trial=fmt_date(trial), launch=fmt_date(launch)),
                )
                ok = False
        elif "region" in v and not {"provinsi", "jenis_daerah"} & unreadable:
            ok = self.check_region(record, shown)
        return ok

    def check_region(self, record: Record, shown: dict[str, str]) -> bool:
        """An official result's region: the one entry of the reference list its name means
        (analytics.regions), stored as the list writes it; a published predicate that is not the
        band of its score is flagged in the report (a Reading), not refused."""
        v = record.values
        found = regions.reference().match(v["region"], province=v.get("province"), kind=v.get("kind"))
        if found.region is None:
            self.problem(record.row, shown.get(found.column, shown.get("daerah")), found.message or "")
            return False
        if v.get("province") and v["province"] != found.region.province:
            record.readings.append(
                Reading(record.row, shown["provinsi"], "provinsi", v["province"], found.region.province)
            )
        v.update(region=found.region.name, province=found.region.province, kind=found.region.kind)
        flag = (
            "score" in v
            and "year" in v
            and ranking.predicate_disagreement(float(v["score"]), v.get("predicate"), v["year"])
        )
        if flag:
            record.readings.append(Reading(record.row, shown["predikat"], "predikat", v["predicate"], flag))
        return True


def _clean(value: Any) -> Any:
    """A text cell in its one clean form (analytics.sanitize.clean_text); other cells as they are."""
    return clean_text(value) if value.__class__ is str else value


# ----------------------------------------------------------------------------- stored state


def _canonical(value: Any) -> Any:
    """JSON-able, comparable form of a stored value."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if hasattr(value, "item"):  # numpy scalars
        return _canonical(value.item())
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return value


def _records(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of a named query as dicts of plain Python values (dates, Decimal, None; not pandas)."""
    sql = sql_text(name)
    result = con.execute(sql, bind(sql, params) or None)
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]


def _load_innovations(con: duckdb.DuckDBPyConnection, years: Sequence[int]) -> dict[tuple[Any, ...], dict]:
    """Stored innovations of the given years with their evidence, by identity key."""
    levels: dict[int, dict[str, int]] = {}
    for rec in _records(con, "import_innovation_evidence_state", years=list(years)):
        levels.setdefault(rec["innovation_id"], {})[rec["indicator_code"]] = rec["level"]
    out: dict[tuple[Any, ...], dict] = {}
    for rec in _records(con, "import_innovation_state", years=list(years)):
        state = {c: _canonical(rec[c]) for c in INNOVATION_COLUMNS}
        state["evidence"] = dict(sorted(levels.get(state["innovation_id"], {}).items()))
        out[(state["year"], state["opd_id"], name_key(state["name"]))] = state
    return out


def _load_results(con: duckdb.DuckDBPyConnection, years: Sequence[int]) -> dict[tuple[Any, ...], dict]:
    out: dict[tuple[Any, ...], dict] = {}
    for rec in _records(con, "import_result_state", years=list(years)):
        state = {c: _canonical(rec[c]) for c in RESULT_COLUMNS}
        out[(name_key(state["region"]), state["year"])] = state
    return out


def _innovation_label(state: dict, short_names: dict[str, str]) -> str:
    """Readable identity shown in previews and kept in the history: '2024 | Dinkes | Berdenting'."""
    return f"{state['year']} | {short_names.get(state['opd_id'], state['opd_id'])} | {state['name']}"


def _short_names(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return {r["opd_id"]: r["short_name"] for r in _records(con, "import_opd_list")}


def _result_label(state: dict) -> str:
    return f"{state['region']} | {state['year']}"


# ----------------------------------------------------------------------------- planning


def plan(con: duckdb.DuckDBPyConnection, parsed: Parsed, *, replace_sample: bool = False) -> Plan:
    """What importing `parsed` would change in the database behind `con` (read-only is enough)."""
    if not parsed.ok:
        raise ValueError("a file with problems cannot be planned")
    years = parsed.years()
    if parsed.kind == "inovasi":
        return _plan_innovations(con, parsed, years, replace_sample)
    return _plan_results(con, parsed, years)


def _plan_innovations(
    con: duckdb.DuckDBPyConnection, parsed: Parsed, years: list[int], replace_sample: bool
) -> Plan:
    stored = _load_innovations(con, years)
    short = _short_names(con)
    rows: list[RowPlan] = []
    if replace_sample:
        # a sample row the file names is updated (it becomes real, keeps its id); the others go
        in_file = {record.key("inovasi") for record in parsed.records}
        for key, state in stored.items():
            if state["is_sample"] and key not in in_file:
                rows.append(RowPlan(None, key, _innovation_label(state, short), "delete", state, None, []))
    for record in parsed.records:
        key = record.key("inovasi")
        before = stored.get(key)
        after = _innovation_after(record, before, parsed.present)
        if before is None:
            rows.append(RowPlan(record, key, _innovation_label(after, short), "insert", None, after, []))
            continue
        changed = _diff(before, after)
        action = "update" if changed else "same"
        rows.append(RowPlan(record, key, _innovation_label(after, short), action, before, after, changed))
    return Plan("inovasi", rows)


def _innovation_after(record: Record, before: dict | None, present: set[str]) -> dict:
    """The stored state after the import: the file's columns over the stored row (or defaults)."""
    if before is None:
        state: dict[str, Any] = {
            "innovation_id": None, "unit": None, "trial_date": None, "launch_date": None,
            "description": None, "has_change": False, "has_measured_impact": False,
            "has_new_method": False, "has_collaboration": False, "evidence": {},
        }  # fmt: skip
    else:
        state = {**before, "evidence": dict(before["evidence"])}
    for column, value in record.values.items():
        state[column] = _canonical(value)
    evidence = dict(state["evidence"])
    for code, level in record.evidence.items():
        if code in present:
            if level > 0:
                evidence[code] = level
            else:
                evidence.pop(code, None)
    state["evidence"] = dict(sorted(evidence.items()))
    state["is_sample"] = False
    state["load_id"] = before["load_id"] if before else None
    return state


def _diff(before: dict, after: dict) -> list[str]:
    changed = []
    for column in INNOVATION_COLUMNS if "innovation_id" in before else RESULT_COLUMNS:
        if column in ("load_id", "innovation_id"):
            continue
        if before.get(column) != after.get(column):
            changed.append(FIELD_LABEL.get(column, column))
    if "evidence" in before:
        b, a = before["evidence"], after["evidence"]
        changed.extend(code for code in sorted(set(b) | set(a)) if b.get(code, 0) != a.get(code, 0))
    return changed


# stored column -> the template column a user knows it by
FIELD_LABEL = {
    "year": "tahun", "opd_id": "opd", "name": "nama_inovasi", "trial_date": "tanggal_uji_coba",
    "launch_date": "tanggal_penerapan", "description": "deskripsi", "has_change": "perubahan",
    "has_measured_impact": "dampak_terukur", "has_new_method": "metode_baru",
    "has_collaboration": "kolaborasi", "is_sample": "status data contoh", "region": "daerah",
    "province": "provinsi", "kind": "jenis_daerah", "score": "skor", "predicate": "predikat",
    "rank": "peringkat", "rank_scope": "lingkup_peringkat", "source": "sumber",
}  # fmt: skip


def _plan_results(con: duckdb.DuckDBPyConnection, parsed: Parsed, years: list[int]) -> Plan:
    stored = _load_results(con, years)
    rows: list[RowPlan] = []
    for record in parsed.records:
        key = record.key("hasil")
        before = stored.get(key)
        base = dict(before) if before else {"predicate": None, "rank": None, "rank_scope": None}
        after = {**base}
        for column, value in record.values.items():
            after[column] = _canonical(value)
        after["load_id"] = before["load_id"] if before else None
        if before is None:
            rows.append(RowPlan(record, key, _result_label(after), "insert", None, after, []))
            continue
        changed = _diff(before, after)
        rows.append(
            RowPlan(
                record, key, _result_label(after), "update" if changed else "same", before, after, changed
            )
        )
    return Plan("hasil", rows)


# ----------------------------------------------------------------------------- writing


def ensure_import_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the import history tables in a database built before they existed.

    The definitions are read from schema.sql, the one documented description of the tables.
    """
    existing = {
        r[0]
        for r in con.execute(
            "select table_name from duckdb_tables() where database_name = current_database()"
        ).fetchall()
    }
    schema = (SQL_DIR / "schema.sql").read_text(encoding="utf-8")
    for match in re.finditer(r"^create table (import_\w+) \(.*?^\);", schema, re.S | re.M):
        if match[1] not in existing:
            con.execute(match[0]).fetchall()


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return t("import.user_unknown")


class _NothingToDo(Exception):
    pass


def apply(
    path: str | Path | None,
    parsed: Parsed,
    *,
    user: str | None = None,
    replace_sample: bool = False,
    _fail_after_write: bool = False,
) -> ImportResult:
    """Write a validated file into the database, all or nothing, and record it.

    The plan is made again inside the write transaction (another import may have run since the
    preview). When nothing would change, nothing is written and `batch_id` is None.
    `_fail_after_write` exists for tests: it fails after every row is written, before the commit.
    """
    if not parsed.ok:
        raise ValueError("a file with problems is never written")
    who = user or _user()
    counts: dict[str, int] = {}
    try:
        with write_transaction(path) as con:
            ensure_import_tables(con)
            the_plan = plan(con, parsed, replace_sample=replace_sample)
            counts = {
                "added": the_plan.added,
                "updated": the_plan.updated,
                "unchanged": the_plan.unchanged,
                "removed": the_plan.removed,
            }
            if not the_plan.has_changes:
                raise _NothingToDo
            batch_id = _write(con, parsed, the_plan, who, replace_sample)
            if _fail_after_write:
                raise DatabaseError("kegagalan uji setelah penulisan")
    except _NothingToDo:
        return ImportResult(None, parsed.kind, parsed.file_name, **counts)
    except duckdb.Error as exc:
        raise _write_failed(exc) from exc
    return ImportResult(batch_id, parsed.kind, parsed.file_name, **counts)


def _write_failed(exc: duckdb.Error) -> DatabaseError:
    """A failed write in Bahasa Indonesia: DuckDB's own (English) text is not shown; the command
    line's detail names the kind of error, for whoever looks into it."""
    text = str(exc).lower()
    if "no space left" in text or "disk is full" in text:
        reason = t("import.write_failed.disk_full")
    elif isinstance(exc, duckdb.OutOfMemoryException) or "out of memory" in text:
        reason = t("import.write_failed.memory")
    else:
        reason = t("import.write_failed.other")
    message = t("import.write_failed", reason=reason)
    return DatabaseError(message, f"{message} (DuckDB: {type(exc).__name__})")


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    return con.execute(sql, params or []).fetchall()[0][0]


def _record_load(con: duckdb.DuckDBPyConnection, kind: str, table: str, source: str, digest: str | None,
                 rows: int, who: str, now: dt.datetime, note: str) -> int:  # fmt: skip
    load_id = _scalar(con, "select nextval('data_load_seq')")
    con.execute(
        "insert into data_load values (?, ?, ?, ?, ?, ?, false, ?, ?, ?)",
        [load_id, kind, table, source, digest, rows, now, who, note],
    ).fetchall()
    return load_id


def _write(
    con: duckdb.DuckDBPyConnection, parsed: Parsed, the_plan: Plan, who: str, replace_sample: bool
) -> int:
    now = dt.datetime.now().replace(microsecond=0)
    table = TARGET_TABLE[parsed.kind]
    changed_rows = [r for r in the_plan.rows if r.action != "same"]
    load_id = _record_load(
        con, "import", table, parsed.file_name, parsed.sha256, len(changed_rows), who, now, the_plan.summary()
    )
    if parsed.kind == "hasil" and any(
        ranking.is_sample_source(r.values.get("source")) for r in parsed.records
    ):
        # a generated table (analytics.sample_results): what is drawn from it says "data contoh"
        con.execute("update data_load set is_sample = true where load_id = ?", [load_id]).fetchall()
    batch_id = _scalar(con, "select coalesce(max(batch_id), 0) + 1 from import_batch")
    if parsed.kind == "inovasi":
        next_id = _scalar(
            con,
            "select greatest((select coalesce(max(innovation_id), 0) from innovation),"
            " (select coalesce(max(row_id), 0) from import_change)) + 1",
        )
        for r in changed_rows:
            if r.after is not None:
                r.after["load_id"] = load_id
                if r.after["innovation_id"] is None:
                    r.after["innovation_id"] = next_id
                    next_id += 1
    else:
        for r in changed_rows:
            if r.after is not None:
                r.after["load_id"] = load_id
    _replace_rows(
        con,
        parsed.kind,
        [r.before for r in changed_rows if r.before],
        [r.after for r in changed_rows if r.after],
    )
    history = pd.DataFrame(
        {
            "batch_id": batch_id,
            "seq": range(1, len(changed_rows) + 1),
            "target_table": table,
            "row_key": [r.label for r in changed_rows],
            "row_id": pd.array(
                [(r.after or r.before or {}).get("innovation_id") for r in changed_rows], dtype="Int64"
            ),
            "action": [r.action for r in changed_rows],
            "changed_fields": [r.changed for r in changed_rows],
            "before_json": [_json(r.before) for r in changed_rows],
            "after_json": [_json(r.after) for r in changed_rows],
        }
    )
    _insert_frame(con, "import_change", history)
    con.execute(
        "insert into import_batch values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null)",
        [
            batch_id, load_id, parsed.kind, table, parsed.file_name, parsed.sha256,
            len(parsed.records), the_plan.added, the_plan.updated, the_plan.unchanged,
            the_plan.removed, replace_sample, who, now,
        ],
    ).fetchall()  # fmt: skip
    return batch_id


def _json(state: dict | None) -> str | None:
    return None if state is None else json.dumps(state, ensure_ascii=False, sort_keys=True)


def _insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    name = f"incoming_{table}"
    con.register(name, frame)
    try:
        cols = ", ".join(frame.columns)
        con.execute(f"insert into {table} ({cols}) select {cols} from {name}").fetchall()
    finally:
        con.unregister(name)


def _replace_rows(con: duckdb.DuckDBPyConnection, kind: str, remove: list[dict], add: list[dict]) -> None:
    """Remove the `remove` states and insert the `add` states (one table, in this transaction)."""
    if kind == "inovasi":
        ids = [s["innovation_id"] for s in remove]
        if ids:
            con.execute(
                "delete from innovation_evidence where innovation_id in (select unnest(?))", [ids]
            ).fetchall()
            con.execute("delete from innovation where innovation_id in (select unnest(?))", [ids]).fetchall()
        if add:
            frame = pd.DataFrame(
                [{c: s[c] for c in INNOVATION_COLUMNS} for s in add], columns=list(INNOVATION_COLUMNS)
            )
            for column in ("trial_date", "launch_date"):
                frame[column] = pd.to_datetime(frame[column]).dt.date
            _insert_frame(
                con,
                "innovation",
                frame.astype({"innovation_id": "int64", "year": "int64", "load_id": "int64"}),
            )
            evidence = [
                (s["innovation_id"], code, level)
                for s in add
                for code, level in s["evidence"].items()
                if level > 0
            ]
            _insert_frame(
                con,
                "innovation_evidence",
                pd.DataFrame(evidence, columns=["innovation_id", "indicator_code", "level"]),
            )
        return
    for s in remove:
        con.execute(
            "delete from index_result where region = ? and year = ?", [s["region"], s["year"]]
        ).fetchall()
    if add:
        frame = pd.DataFrame([{c: s[c] for c in RESULT_COLUMNS} for s in add], columns=list(RESULT_COLUMNS))
        frame["score"] = frame["score"].map(Decimal)
        frame["rank"] = pd.array(frame["rank"], dtype="Int64")
        _insert_frame(con, "index_result", frame)


# ----------------------------------------------------------------------------- history and undo


def history(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every import, newest first (empty when the database has never had one)."""
    if not _has_history(con):
        return pd.DataFrame(
            columns=["batch_id", "kind", "file_name", "sha256", "rows_in_file", "rows_added", "rows_updated",
                     "rows_unchanged", "rows_removed", "replace_sample", "imported_by", "imported_at",
                     "undone_at", "undone_by"]
        )  # fmt: skip
    return query(con, "import_batch_history")


def changes(con: duckdb.DuckDBPyConnection, batch_id: int) -> pd.DataFrame:
    """The rows one import added, changed or removed."""
    if not _has_history(con):
        return pd.DataFrame(columns=["seq", "row_key", "action", "changed_fields"])
    return query(con, "import_batch_changes", batch_id=batch_id)


def _has_history(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(
        con.execute(
            "select count(*) from duckdb_tables() where database_name = current_database()"
            " and table_name = 'import_batch'"
        ).fetchall()[0][0]
    )


def undo(path: str | Path | None, batch_id: int, *, user: str | None = None) -> UndoResult:
    """Restore exactly the state before import `batch_id` of every row it touched.

    Refuses when the import does not exist or was undone already, or when a row it touched has
    been changed since (by a later import): undo that one first.
    """
    who = user or _user()
    try:
        with write_transaction(path) as con:
            if not _has_history(con):
                raise UndoError(t("import.undo.unknown", batch=batch_id))
            batch = con.execute(
                "select kind, target_table, file_name, undone_at from import_batch where batch_id = ?",
                [batch_id],
            ).fetchall()
            if not batch:
                raise UndoError(t("import.undo.unknown", batch=batch_id))
            kind, table, file_name, undone_at = batch[0]
            if undone_at is not None:
                raise UndoError(t("import.undo.already", batch=batch_id, when=_fmt_datetime(undone_at)))
            rows = con.execute(
                "select row_key, action, before_json, after_json from import_change where batch_id = ? order by seq",
                [batch_id],
            ).fetchall()
            befores = [json.loads(b) if b else None for _, _, b, _ in rows]
            afters = [json.loads(a) if a else None for _, _, _, a in rows]
            _check_undo(con, kind, batch_id, rows, befores, afters)
            _replace_rows(con, kind, [a for a in afters if a], [b for b in befores if b])
            now = dt.datetime.now().replace(microsecond=0)
            load_id = _record_load(
                con,
                "undo",
                table,
                file_name,
                None,
                len(rows),
                who,
                now,
                t("import.undo.note", batch=batch_id),
            )
            con.execute(
                "update import_batch set undone_at = ?, undone_by = ?, undo_load_id = ? where batch_id = ?",
                [now, who, load_id, batch_id],
            ).fetchall()
    except duckdb.Error as exc:
        raise _write_failed(exc) from exc
    return UndoResult(batch_id, len(rows))


def _check_undo(
    con: duckdb.DuckDBPyConnection, kind: str, batch_id: int, rows: list, befores: list, afters: list
) -> None:
    """Every touched row must still be exactly as the import left it."""
    states = [s for s in befores + afters if s]
    years = sorted({s["year"] for s in states})
    if kind == "inovasi":
        stored = _load_innovations(con, years)
        by_id = {s["innovation_id"]: s for s in stored.values()}

        def key_of(s: dict) -> tuple[Any, ...]:
            return (s["year"], s["opd_id"], name_key(s["name"]))
    else:
        stored = _load_results(con, years)
        by_id = {}

        def key_of(s: dict) -> tuple[Any, ...]:
            return (name_key(s["region"]), s["year"])

    conflicts: list[str] = []
    for (row_label, _action, _b, _a), before, after in zip(rows, befores, afters, strict=True):
        if after is not None:
            current = stored.get(key_of(after))
            if current != after:
                conflicts.append(row_label)
        else:
            assert before is not None
            if key_of(before) in stored or (kind == "inovasi" and before["innovation_id"] in by_id):
                conflicts.append(row_label)
    if conflicts:
        later = con.execute(
            "select batch_id from import_batch where batch_id > ? and undone_at is null order by batch_id",
            [batch_id],
        ).fetchall()
        hint = t("import.undo.later", batches=", ".join(f"#{b[0]}" for b in later)) if later else ""
        more = f" (+{fmt_number(len(conflicts) - 5)})" if len(conflicts) > 5 else ""
        shown = "; ".join(conflicts[:5]) + more
        raise UndoError(
            t("import.undo.conflict", batch=batch_id, n=fmt_number(len(conflicts)), rows=shown, hint=hint)
        )


def _fmt_datetime(value: dt.datetime) -> str:
    return f"{fmt_date(value)} {value:%H.%M}"


# ----------------------------------------------------------------------------- one-call helpers


def validate_file(path: str | Path, con: duckdb.DuckDBPyConnection, *, kind: str | None = None) -> Parsed:
    """Read and validate a file on disk (see `parse`)."""
    p = Path(path)
    return parse(read_file(p), p.name, con, kind=kind)
