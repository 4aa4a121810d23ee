"""Header detection and validation: rows of cells in, clean records and every problem out.

`parse()` finds the header row (it need not be the first: a title row above it is common), matches
headers case- and space-insensitively (also by an indicator's Indonesian name), cleans every text
cell it reads (`analytics.sanitize.clean_text`), reads every cell (`cells`, `opd`, `hasil`) and
collects EVERY problem in one pass, by spreadsheet row, column and reason in Bahasa Indonesia.
Blank rows are ignored. Nothing is written.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from analytics.importer.cells import (
    LENIENT_KINDS,
    BadValue,
    as_text,
    is_blank,
    read_bool,
    read_choice,
    read_date,
    read_level,
    read_rank,
    read_score,
    read_year,
    reading_of_bool,
    reading_of_choice,
    reading_of_date,
    reading_of_score,
    show,
)
from analytics.importer.fields import IDENTITY_COLUMN, KINDS, Field, fields_for, identity_key
from analytics.importer.hasil import check_result_row, read_region, reading_of_region
from analytics.importer.opd import OpdIndex
from analytics.importer.read import HEADER_SCAN_ROWS, Sheet, read_sheets, sha256
from analytics.importer.results import ImportFileError, Parsed, Problem, Reading, Record
from analytics.importer.vocabulary import collapse, norm_key
from analytics.sanitize import clean_text
from analytics.text import fmt_date, fmt_number, t

MAX_PROBLEMS_STORED = 5_000  # every problem is counted; this many are kept with their details


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


# a second row for the same identity, by template kind
DUPLICATE_TEXT = {"inovasi": "import.row.duplicate_inovasi", "hasil": "import.row.duplicate_hasil"}


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
            label = f"{column_letter(col)} ({as_text(clean_cell(cell))})"
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
            cells = {
                name: (clean_cell(row[col]) if col < len(row) else None) for name, col in columns.items()
            }
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
                self.problem(record.row, column, t(DUPLICATE_TEXT[self.kind], other=other))
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
            text = collapse(text)
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
            return reading_of_region(raw, value)
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
        else:
            ok = check_result_row(
                record, shown, unreadable, lambda column, message: self.problem(record.row, column, message)
            )
        return ok


def clean_cell(value: Any) -> Any:
    """A text cell in its one clean form (analytics.sanitize.clean_text); other cells as they are."""
    return clean_text(value) if value.__class__ is str else value
