"""The import history, and undo: every import can be undone exactly, or refused with the reason.

`undo()` restores the state before an import of every row it touched, in ONE write transaction, and
refuses when a later import has changed one of those rows since (that one must be undone first).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from analytics.db import execute, query, record_load, write_transaction
from analytics.importer.fields import name_key
from analytics.importer.results import UndoError, UndoResult
from analytics.importer.state import load_innovations, load_results
from analytics.importer.store import current_user, replace_rows, write_failed
from analytics.text import fmt_datetime, fmt_number, t


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
    return any(name == "import_batch" for (name,) in execute(con, "existing_tables"))


def undo(path: str | Path | None, batch_id: int, *, user: str | None = None) -> UndoResult:
    """Restore exactly the state before import `batch_id` of every row it touched.

    Refuses when the import does not exist or was undone already, or when a row it touched has
    been changed since (by a later import): undo that one first.
    """
    who = user or current_user()
    try:
        with write_transaction(path) as con:
            if not _has_history(con):
                raise UndoError(t("import.undo.unknown", batch=batch_id))
            batch = execute(con, "import_batch_to_undo", batch_id=batch_id)
            if not batch:
                raise UndoError(t("import.undo.unknown", batch=batch_id))
            kind, table, file_name, undone_at = batch[0]
            if undone_at is not None:
                raise UndoError(t("import.undo.already", batch=batch_id, when=_fmt_datetime(undone_at)))
            rows = execute(con, "import_changes_to_undo", batch_id=batch_id)
            befores = [json.loads(b) if b else None for _, _, b, _ in rows]
            afters = [json.loads(a) if a else None for _, _, _, a in rows]
            _check_undo(con, kind, batch_id, rows, befores, afters)
            replace_rows(con, kind, [a for a in afters if a], [b for b in befores if b])
            now = dt.datetime.now().replace(microsecond=0)
            load_id = record_load(
                con,
                kind="undo",
                target_table=table,
                source=file_name,
                sha256=None,
                row_count=len(rows),
                loaded_at=now,
                loaded_by=who,
                note=t("import.undo.note", batch=batch_id),
            )
            execute(
                con,
                "import_batch_undone",
                undone_at=now,
                undone_by=who,
                undo_load_id=load_id,
                batch_id=batch_id,
            )
    except duckdb.Error as exc:
        raise write_failed(exc) from exc
    return UndoResult(batch_id, len(rows))


def _check_undo(
    con: duckdb.DuckDBPyConnection, kind: str, batch_id: int, rows: list, befores: list, afters: list
) -> None:
    """Every touched row must still be exactly as the import left it."""
    states = [s for s in befores + afters if s]
    years = sorted({s["year"] for s in states})
    if kind == "inovasi":
        stored = load_innovations(con, years)
        by_id = {s["innovation_id"]: s for s in stored.values()}

        def key_of(s: dict) -> tuple[Any, ...]:
            return (s["year"], s["opd_id"], name_key(s["name"]))
    else:
        stored = load_results(con, years)
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
        later = execute(con, "import_later_batches", batch_id=batch_id)
        hint = t("import.undo.later", batches=", ".join(f"#{b[0]}" for b in later)) if later else ""
        more = f" (+{fmt_number(len(conflicts) - 5)})" if len(conflicts) > 5 else ""
        shown = "; ".join(conflicts[:5]) + more
        raise UndoError(
            t("import.undo.conflict", batch=batch_id, n=fmt_number(len(conflicts)), rows=shown, hint=hint)
        )


def _fmt_datetime(value: dt.datetime) -> str:
    return fmt_datetime(value)
