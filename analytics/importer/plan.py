"""Planning an import: what writing a parsed file would change, row by row, before anything is written.

(tahun, OPD, nama_inovasi) identifies an innovation, (daerah, tahun) an official result. Rows are
new, changed (with the fields that changed) or the same; importing the same file twice changes
nothing. With `replace_sample`, the sample innovations of the file's years that the file does not
name are planned for removal.
"""

from __future__ import annotations

from typing import Any

import duckdb

from analytics.importer.fields import FIELD_LABEL, INNOVATION_COLUMNS, RESULT_COLUMNS
from analytics.importer.results import Parsed, Plan, Record, RowPlan
from analytics.importer.state import (
    canonical,
    innovation_label,
    load_innovations,
    load_results,
    result_label,
    short_names,
)


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
    stored = load_innovations(con, years)
    short = short_names(con)
    rows: list[RowPlan] = []
    if replace_sample:
        # a sample row the file names is updated (it becomes real, keeps its id); the others go
        in_file = {record.key("inovasi") for record in parsed.records}
        for key, state in stored.items():
            if state["is_sample"] and key not in in_file:
                rows.append(RowPlan(None, key, innovation_label(state, short), "delete", state, None, []))
    for record in parsed.records:
        key = record.key("inovasi")
        before = stored.get(key)
        after = _innovation_after(record, before, parsed.present)
        if before is None:
            rows.append(RowPlan(record, key, innovation_label(after, short), "insert", None, after, []))
            continue
        changed = _diff(before, after)
        action = "update" if changed else "same"
        rows.append(RowPlan(record, key, innovation_label(after, short), action, before, after, changed))
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
        state[column] = canonical(value)
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


def _plan_results(con: duckdb.DuckDBPyConnection, parsed: Parsed, years: list[int]) -> Plan:
    stored = load_results(con, years)
    rows: list[RowPlan] = []
    for record in parsed.records:
        key = record.key("hasil")
        before = stored.get(key)
        base = dict(before) if before else {"predicate": None, "rank": None, "rank_scope": None}
        after = {**base}
        for column, value in record.values.items():
            after[column] = canonical(value)
        after["load_id"] = before["load_id"] if before else None
        if before is None:
            rows.append(RowPlan(record, key, result_label(after), "insert", None, after, []))
            continue
        changed = _diff(before, after)
        rows.append(
            RowPlan(record, key, result_label(after), "update" if changed else "same", before, after, changed)
        )
    return Plan("hasil", rows)
