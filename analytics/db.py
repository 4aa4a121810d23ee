"""The one connection factory and query entry point, and where the database file lives.

Every reader (pages, CLI, PDF report, benchmarks) goes through `connect()` and `query()`:
- `query(con, "mart_year_summary", tahun=2022)` runs `analytics/sql/<name>.sql` with bound
  parameters only; parameters the SQL does not mention are dropped, so callers may pass the whole
  filter state.
- Each query opens its own `cursor()` and fetches fully inside it, so one connection can serve
  several Streamlit threads.

Writers never write the live file in place: they build or change a copy and swap it in with
`os.replace` (see `analytics.build`, and `write_transaction()` used by `analytics.importer`). A
reader holding the old file keeps reading it until it reconnects; `file_signature()` tells a cache
when to reconnect.

Why read-only connections ATTACH the file to a private in-memory database instead of calling
`duckdb.connect(path)`: DuckDB caches one database instance per path and process, so while any
connection to the old file is still open (the dashboard keeps one per file version), a new
`duckdb.connect(path)` would silently return the OLD file's data after a writer swapped it
(duckdb/duckdb#15912). A fresh in-memory instance with the file attached always reads the file
that is at the path now.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import re
import shutil
import time
import uuid
import weakref
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

# The name of the attached database in a read-only connection; cursors `use` it (a cursor is a new
# connection to the same instance and starts in the in-memory default catalog).
ATTACHED_CATALOG = "inovasi"
_ATTACHED: weakref.WeakSet[duckdb.DuckDBPyConnection] = weakref.WeakSet()

# How long a writer waits for another writer (import, undo) to finish before giving up.
WRITE_LOCK_TIMEOUT = 30.0


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
        if not read_only:
            return duckdb.connect(str(p), read_only=False)
        con = duckdb.connect(":memory:")
        try:
            literal = str(p).replace("'", "''")
            con.execute(f"attach '{literal}' as {ATTACHED_CATALOG} (read_only)").fetchall()
            con.execute(f"use {ATTACHED_CATALOG}").fetchall()
        except BaseException:
            con.close()
            raise
        _ATTACHED.add(con)
        return con
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
        if con in _ATTACHED:
            cur.execute(f"use {ATTACHED_CATALOG}").fetchall()
        bound = bind(sql, params)
        return cur.execute(sql, bound or None).df()
    finally:
        cur.close()


def cursor(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """A cursor on `con` that sees the same database (use it for work in another thread)."""
    cur = con.cursor()
    if con in _ATTACHED:
        cur.execute(f"use {ATTACHED_CATALOG}").fetchall()
    return cur


# ----------------------------------------------------------------------------- atomic writes


def lock_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The lock file beside the database that every writer holds while it changes it."""
    p = db_path(path)
    return p.with_name(p.name + ".lock")


@contextmanager
def write_lock(
    path: str | os.PathLike[str] | None = None, *, timeout: float = WRITE_LOCK_TIMEOUT
) -> Iterator[Path]:
    """Hold the exclusive writer lock of the database (`<db>.lock`, fcntl.flock).

    Readers never take it. Two writers (CLI and dashboard, or two editors) queue here; after
    `timeout` seconds the waiting one gets a clear message instead of a lock traceback.
    """
    p = db_path(path)
    lock = lock_path(p)
    try:
        fh = open(lock, "a+b")  # noqa: SIM115 - held for the duration of the context
    except OSError as exc:
        raise DatabaseError(t("db.cannot_write", path=p, reason=exc.strerror or str(exc))) from exc
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DatabaseError(t("db.write_busy", path=p)) from None
                time.sleep(0.1)
        try:
            yield p
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
    finally:
        fh.close()


@contextmanager
def write_transaction(
    path: str | os.PathLike[str] | None = None,
    *,
    timeout: float = WRITE_LOCK_TIMEOUT,
    _fail_before_swap: bool = False,
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to a private copy of the database, swapped in only on success.

    Under the writer lock: copy the database to a temp file in the same folder, open the copy
    read-write and begin ONE transaction; the caller makes its changes; then commit, CHECKPOINT
    (so the copy is one self-contained file), close, re-open the copy read-only to verify it, and
    `os.replace` it over the database. Any exception (or a failed verification) leaves the
    database file untouched and removes the copy. Readers with the old file open keep reading
    it; readers that reconnect see the new one (see `file_signature`).

    `_fail_before_swap` exists for tests: it fails after the commit, right before the swap.
    """
    with write_lock(path, timeout=timeout) as target:
        if not target.is_file():
            raise DatabaseError(t("db.missing", path=target))
        tmp = target.with_name(f".{target.name}.write-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        try:
            try:
                shutil.copy2(target, tmp)
                wal = target.with_name(target.name + ".wal")
                if wal.exists():  # only after a crash of an in-place writer; carry it over
                    shutil.copy2(wal, tmp.with_name(tmp.name + ".wal"))
                con = duckdb.connect(str(tmp))
            except (OSError, duckdb.Error) as exc:
                raise DatabaseError(t("db.cannot_write", path=target, reason=_first_line(str(exc)))) from exc
            try:
                con.execute("begin transaction").fetchall()
                try:
                    yield con
                    con.execute("commit").fetchall()
                except BaseException:
                    with contextlib.suppress(duckdb.Error):
                        con.execute("rollback").fetchall()
                    raise
                con.execute("checkpoint").fetchall()
            finally:
                con.close()
            try:
                _verify_copy(tmp)
                if _fail_before_swap:
                    raise OSError("kegagalan uji sebelum penggantian berkas")
                _fsync(tmp)
                os.replace(tmp, target)
                _fsync_dir(target.parent)
            except (OSError, duckdb.Error) as exc:
                raise DatabaseError(t("db.cannot_write", path=target, reason=_first_line(str(exc)))) from exc
        finally:
            for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _verify_copy(path: Path) -> None:
    """The written copy opens read-only and every table and view in it can be read."""
    con = duckdb.connect(":memory:")
    try:
        literal = str(path).replace("'", "''")
        con.execute(f"attach '{literal}' as checked (read_only)").fetchall()
        names = con.execute(
            "select table_name from information_schema.tables where table_catalog = 'checked'"
        ).fetchall()
        for (name,) in names:
            con.execute(f'select count(*) from checked.main."{name}"').fetchall()
    finally:
        con.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql)


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else text
