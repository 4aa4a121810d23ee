"""What the importer hands back: problems and lenient readings, the parsed file, the plan, the outcome.

Plain data classes with their messages in Bahasa Indonesia (`text()`, `report()`, `summary()`,
`message()`): the CLI prints them, the Kelola Data page shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analytics.importer.fields import IDENTITY, Field, identity_key
from analytics.text import fmt_number, t


class ImportFileError(Exception):
    """The file itself cannot be used (unreadable, not a spreadsheet, empty, too big): exit 2."""


class UndoError(Exception):
    """An import cannot be undone; the message says why and what to do."""


# how each planned change is named in previews, reports and the history
ACTION_TEXT = {
    "insert": "import.action.insert",
    "update": "import.action.update",
    "same": "import.action.same",
    "delete": "import.action.delete",
}


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
                    "tindakan": t(ACTION_TEXT[r.action]),
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
