"""Import real data from Excel and CSV files: read, normalise, validate, upsert, history, undo.

Each reporting round Bappeda collects innovation lists from the OPD in spreadsheets typed by
hand. This package takes such a file in without a programmer, one module a step:

1. `read`: `read_sheets()` checks the file before parsing (size <= 20 MB, magic bytes, <= 200.000
   rows; for xlsx/ods the zip container and the cell extent, so a "zip bomb" is refused before it
   takes the memory) and reads every sheet into plain rows of cell values.
2. `validate`: `parse()` finds the header row, matches the headers (`fields`), reads every cell
   (`cells`; OPD names through `opd`, region names of official results through `hasil`; accepted
   spellings in `vocabulary`) and collects EVERY problem in one pass, by spreadsheet row, column
   and reason in Bahasa Indonesia (`results`).
3. `plan`: `plan()` compares the clean rows with what is stored (`state`): rows are new, changed
   (with the fields that changed) or the same; importing the same file twice changes nothing.
4. `store`: `apply()` writes the plan in ONE transaction on a copy of the database that replaces it
   only when complete (`analytics.db.write_transaction`), and records the import and the full
   before/after state of every touched row. Any validation problem means nothing is written.
5. `history`: `history()`, `changes()`, and `undo()`, which restores exactly the previous state of
   the rows an import touched and refuses (with the reason) when a later import has changed one.

Sample rows (is_sample) of a year stay when real rows of that year are imported, because removing
data is never a side effect here; `replace_sample=True` (CLI --replace-sample, a checkbox on the
page) removes the sample innovations of the file's years in the same transaction, recorded and
undoable like every other change. A stored sample row that the file names (same year, OPD and
name) becomes a real row: the file says it is real.

Plain Python + SQL; the dashboard page and the CLI are thin layers over the names exported here.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from analytics.importer.cells import (
    EXCEL_EPOCH,
    LENIENT_KINDS,
    BadValue,
    as_int,
    as_text,
    is_blank,
    read_bool,
    read_choice,
    read_date,
    read_level,
    read_rank,
    read_score,
    read_year,
    show,
)
from analytics.importer.fields import (
    FIELD_LABEL,
    IDENTITY,
    IDENTITY_COLUMN,
    INNOVATION_COLUMNS,
    KINDS,
    RESULT_COLUMNS,
    RESULT_FIELDS,
    TARGET_TABLE,
    Field,
    fields_for,
    identity_key,
    name_key,
)
from analytics.importer.hasil import read_region
from analytics.importer.history import changes, history, undo
from analytics.importer.opd import OpdIndex
from analytics.importer.plan import plan
from analytics.importer.read import (
    HEADER_SCAN_ROWS,
    MAX_BYTES,
    MAX_ROWS,
    SUPPORTED_SUFFIXES,
    Sheet,
    read_file,
    read_sheets,
    sha256,
)
from analytics.importer.results import (
    ImportFileError,
    ImportResult,
    Parsed,
    Plan,
    Problem,
    Reading,
    Record,
    RowPlan,
    UndoError,
    UndoResult,
)
from analytics.importer.store import apply, ensure_import_tables
from analytics.importer.validate import MAX_PROBLEMS_STORED, column_letter, parse
from analytics.importer.vocabulary import ALLOWED, CHOICES, MONTH_NUMBERS, NO, YES, norm_key

__all__ = [
    "ALLOWED",
    "CHOICES",
    "EXCEL_EPOCH",
    "FIELD_LABEL",
    "HEADER_SCAN_ROWS",
    "IDENTITY",
    "IDENTITY_COLUMN",
    "INNOVATION_COLUMNS",
    "KINDS",
    "LENIENT_KINDS",
    "MAX_BYTES",
    "MAX_PROBLEMS_STORED",
    "MAX_ROWS",
    "MONTH_NUMBERS",
    "NO",
    "RESULT_COLUMNS",
    "RESULT_FIELDS",
    "SUPPORTED_SUFFIXES",
    "TARGET_TABLE",
    "YES",
    "BadValue",
    "Field",
    "ImportFileError",
    "ImportResult",
    "OpdIndex",
    "Parsed",
    "Plan",
    "Problem",
    "Reading",
    "Record",
    "RowPlan",
    "Sheet",
    "UndoError",
    "UndoResult",
    "apply",
    "as_int",
    "as_text",
    "changes",
    "column_letter",
    "ensure_import_tables",
    "fields_for",
    "history",
    "identity_key",
    "is_blank",
    "name_key",
    "norm_key",
    "parse",
    "plan",
    "read_bool",
    "read_choice",
    "read_date",
    "read_file",
    "read_level",
    "read_rank",
    "read_region",
    "read_score",
    "read_sheets",
    "read_year",
    "sha256",
    "show",
    "undo",
    "validate_file",
]


def validate_file(path: str | Path, con: duckdb.DuckDBPyConnection, *, kind: str | None = None) -> Parsed:
    """Read and validate a file on disk (see `parse`)."""
    p = Path(path)
    return parse(read_file(p), p.name, con, kind=kind)
