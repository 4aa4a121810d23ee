"""The one connection factory and query entry point, and where the database file lives.

Every reader (pages, CLI, PDF report, benchmarks) goes through `connect()` and `query()`:
- `query(con, "mart_year_summary", tahun=2022)` runs `analytics/sql/<name>.sql` with bound
  parameters only; parameters the SQL does not mention are dropped, so callers may pass the whole
  filter state.
- Each query opens its own `cursor()` and fetches fully inside it, so one connection can serve
  several Streamlit threads.

Writers never write the live file in place: they build or change a copy and swap it in with
`os.replace` (see `analytics.build` and `analytics.importer`). A reader holding the old file keeps
reading it until it reconnects; `file_signature()` tells a cache when to reconnect.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from analytics.text import t

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SQL_DIR = Path(__file__).resolve().parent / "sql"
DEFAULT_DB = DATA_DIR / "inovasi.duckdb"
ENV_DB = "INOVASI_DB"

_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


class DatabaseError(Exception):
    """A database problem with a message in Bahasa Indonesia, fit to show a user as it is."""


def db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The database file: the argument, else $INOVASI_DB, else data/inovasi.duckdb."""
    chosen = path or os.environ.get(ENV_DB) or DEFAULT_DB
    return Path(chosen).expanduser().resolve()


def file_signature(path: str | os.PathLike[str] | None = None) -> tuple[str, int, int]:
    """Identity of the current database file (path, inode, mtime); changes when a writer swaps it."""
    p = db_path(path)
    st = p.stat()
    return (str(p), st.st_ino, st.st_mtime_ns)


def connect(
    path: str | os.PathLike[str] | None = None, *, read_only: bool = True
) -> duckdb.DuckDBPyConnection:
    """Open the database. Readers open read-only, so many processes can read at once."""
    p = db_path(path)
    if read_only and not p.is_file():
        raise DatabaseError(t("db.missing", path=p))
    try:
        return duckdb.connect(str(p), read_only=read_only)
    except duckdb.IOException as exc:
        reason = str(exc)
        if "lock" in reason.lower():
            raise DatabaseError(t("db.locked", path=p)) from exc
        if "not a valid duckdb" in reason.lower() or "invalid" in reason.lower():
            raise DatabaseError(t("db.not_duckdb", path=p)) from exc
        raise DatabaseError(t("db.cannot_open", path=p, reason=_first_line(reason))) from exc
    except (duckdb.Error, OSError) as exc:
        raise DatabaseError(t("db.cannot_open", path=p, reason=_first_line(str(exc)))) from exc


@contextmanager
def connection(
    path: str | os.PathLike[str] | None = None, *, read_only: bool = True
) -> Iterator[duckdb.DuckDBPyConnection]:
    """`connect()` as a context manager that always closes."""
    con = connect(path, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


@functools.cache
def sql_text(name: str) -> str:
    """The text of analytics/sql/<name>.sql; names are an allow-list (files that exist)."""
    if not re.fullmatch(r"[a-z0-9_/]+", name):
        raise ValueError(f"invalid SQL name: {name!r}")
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")


def bind(sql: str, params: dict[str, Any]) -> dict[str, Any]:
    """The subset of `params` that `sql` references as $name; a referenced one missing is an error."""
    wanted = set(_PARAM.findall(_strip_comments(sql)))
    missing = wanted - params.keys()
    if missing:
        raise KeyError(f"SQL parameter(s) not given: {', '.join(sorted(missing))}")
    return {k: params[k] for k in wanted}


def query(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> pd.DataFrame:
    """Run the named SQL file with bound parameters and return a DataFrame."""
    return query_sql(con, sql_text(name), **params)


def query_sql(con: duckdb.DuckDBPyConnection, sql: str, **params: Any) -> pd.DataFrame:
    """Run SQL text with bound parameters in a fresh cursor and fetch it fully."""
    cur = con.cursor()
    try:
        bound = bind(sql, params)
        return cur.execute(sql, bound or None).df()
    finally:
        cur.close()


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text
