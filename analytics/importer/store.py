"""Writing an import: the plan made again inside ONE write transaction, the rows, and the history.

`apply()` writes a validated file on a copy of the database that replaces it only when complete
(`analytics.db.write_transaction`), and records the import (`import_batch`, a `data_load` row) and
the full before/after state of every touched row (`import_change`), so `history.undo` can restore
it. A file with any problem is never written. The SQL of every write is a named file under
analytics/sql (`import_batch_insert.sql`, `innovation_delete.sql`, ...).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import re
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd

from analytics.db import SQL_DIR, DatabaseError, execute, insert_frame, record_load, write_transaction
from analytics.importer.fields import INNOVATION_COLUMNS, RESULT_COLUMNS, TARGET_TABLE
from analytics.importer.hasil import is_generated
from analytics.importer.plan import plan
from analytics.importer.results import ImportResult, Parsed, Plan
from analytics.text import t


def ensure_import_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the import history tables in a database built before they existed.

    The definitions are read from schema.sql, the one documented description of the tables.
    """
    existing = {name for (name,) in execute(con, "existing_tables")}
    schema = (SQL_DIR / "schema.sql").read_text(encoding="utf-8")
    for match in re.finditer(r"^create table (import_\w+) \(.*?^\);", schema, re.S | re.M):
        if match[1] not in existing:
            con.execute(match[0]).fetchall()


def current_user() -> str:
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
) -> ImportResult:
    """Write a validated file into the database, all or nothing, and record it.

    The plan is made again inside the write transaction (another import may have run since the
    preview). When nothing would change, nothing is written and `batch_id` is None.
    """
    if not parsed.ok:
        raise ValueError("a file with problems is never written")
    who = user or current_user()
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
    except _NothingToDo:
        return ImportResult(None, parsed.kind, parsed.file_name, **counts)
    except duckdb.Error as exc:
        raise write_failed(exc) from exc
    return ImportResult(batch_id, parsed.kind, parsed.file_name, **counts)


def write_failed(exc: duckdb.Error) -> DatabaseError:
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


def _write(
    con: duckdb.DuckDBPyConnection, parsed: Parsed, the_plan: Plan, who: str, replace_sample: bool
) -> int:
    """Write the plan's changed rows, their history and the batch in the open transaction; the
    new batch id. (The step a test replaces to fail after every row is written.)"""
    now = dt.datetime.now().replace(microsecond=0)
    table = TARGET_TABLE[parsed.kind]
    changed_rows = [r for r in the_plan.rows if r.action != "same"]
    load_id = record_load(
        con,
        kind="import",
        target_table=table,
        source=parsed.file_name,
        sha256=parsed.sha256,
        row_count=len(changed_rows),
        loaded_at=now,
        loaded_by=who,
        is_sample=is_generated(parsed),  # a generated national table: all drawn from it is "data contoh"
        note=the_plan.summary(),
    )
    batch_id = execute(con, "import_batch_next_id")[0][0]
    if parsed.kind == "inovasi":
        next_id = execute(con, "import_next_innovation_id")[0][0]
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
    replace_rows(
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
    insert_frame(con, "import_change", history)
    execute(
        con,
        "import_batch_insert",
        batch_id=batch_id,
        load_id=load_id,
        kind=parsed.kind,
        target_table=table,
        file_name=parsed.file_name,
        sha256=parsed.sha256,
        rows_in_file=len(parsed.records),
        rows_added=the_plan.added,
        rows_updated=the_plan.updated,
        rows_unchanged=the_plan.unchanged,
        rows_removed=the_plan.removed,
        replace_sample=replace_sample,
        imported_by=who,
        imported_at=now,
    )
    return batch_id


def _json(state: dict | None) -> str | None:
    return None if state is None else json.dumps(state, ensure_ascii=False, sort_keys=True)


def replace_rows(con: duckdb.DuckDBPyConnection, kind: str, remove: list[dict], add: list[dict]) -> None:
    """Remove the `remove` states and insert the `add` states (one table, in this transaction)."""
    if kind == "inovasi":
        ids = [s["innovation_id"] for s in remove]
        if ids:
            execute(con, "innovation_evidence_delete", ids=ids)
            execute(con, "innovation_delete", ids=ids)
        if add:
            frame = pd.DataFrame(
                [{c: s[c] for c in INNOVATION_COLUMNS} for s in add], columns=list(INNOVATION_COLUMNS)
            )
            for column in ("trial_date", "launch_date"):
                frame[column] = pd.to_datetime(frame[column]).dt.date
            insert_frame(
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
            insert_frame(
                con,
                "innovation_evidence",
                pd.DataFrame(evidence, columns=["innovation_id", "indicator_code", "level"]),
            )
        return
    for s in remove:
        execute(con, "index_result_delete", region=s["region"], year=s["year"])
    if add:
        frame = pd.DataFrame([{c: s[c] for c in RESULT_COLUMNS} for s in add], columns=list(RESULT_COLUMNS))
        frame["score"] = frame["score"].map(Decimal)
        frame["rank"] = pd.array(frame["rank"], dtype="Int64")
        insert_frame(con, "index_result", frame)
