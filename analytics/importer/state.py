"""What the database holds now, in the comparable form the plan and the undo check work with.

A stored row becomes a plain dict of JSON-able values (`canonical`), keyed by its identity
(`fields.identity_key`'s form); the same dicts are kept in the history as before/after states.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import duckdb
import pandas as pd

from analytics.db import bind, sql_text
from analytics.importer.fields import INNOVATION_COLUMNS, RESULT_COLUMNS, name_key


def canonical(value: Any) -> Any:
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
        return canonical(value.item())
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return value


def records(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of a named query as dicts of plain Python values (dates, Decimal, None; not pandas)."""
    sql = sql_text(name)
    result = con.execute(sql, bind(sql, params) or None)
    columns = [d[0] for d in result.description]
    return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]


def load_innovations(con: duckdb.DuckDBPyConnection, years: Sequence[int]) -> dict[tuple[Any, ...], dict]:
    """Stored innovations of the given years with their evidence, by identity key."""
    levels: dict[int, dict[str, int]] = {}
    for rec in records(con, "import_innovation_evidence_state", years=list(years)):
        levels.setdefault(rec["innovation_id"], {})[rec["indicator_code"]] = rec["level"]
    out: dict[tuple[Any, ...], dict] = {}
    for rec in records(con, "import_innovation_state", years=list(years)):
        state = {c: canonical(rec[c]) for c in INNOVATION_COLUMNS}
        state["evidence"] = dict(sorted(levels.get(state["innovation_id"], {}).items()))
        out[(state["year"], state["opd_id"], name_key(state["name"]))] = state
    return out


def load_results(con: duckdb.DuckDBPyConnection, years: Sequence[int]) -> dict[tuple[Any, ...], dict]:
    out: dict[tuple[Any, ...], dict] = {}
    for rec in records(con, "import_result_state", years=list(years)):
        state = {c: canonical(rec[c]) for c in RESULT_COLUMNS}
        out[(name_key(state["region"]), state["year"])] = state
    return out


def innovation_label(state: dict, short_names: dict[str, str]) -> str:
    """Readable identity shown in previews and kept in the history: '2024 | Dinkes | Berdenting'."""
    return f"{state['year']} | {short_names.get(state['opd_id'], state['opd_id'])} | {state['name']}"


def short_names(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return {r["opd_id"]: r["short_name"] for r in records(con, "import_opd_list")}


def result_label(state: dict) -> str:
    return f"{state['region']} | {state['year']}"
