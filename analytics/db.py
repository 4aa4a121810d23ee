"""The one connection factory and query entry point, and where the database file lives.

Every reader (pages, CLI, PDF report, benchmarks) goes through `connect()` and `query()`:
- `query(con, "mart_year_summary", tahun=2022)` runs `analytics/sql/<name>.sql` with bound
  parameters only; parameters the SQL does not mention are dropped, so callers may pass the whole
  filter state.
- Each query opens its own `cursor()` and fetches fully inside it, so one connection can serve
  several Streamlit threads.

Writers never write the live file in place: they build or change a copy and swap it in with
`os.replace`. Both writers share the same steps here: `one_transaction()` (begin, commit or roll
back, checkpoint) and `swap_in()` (flushed, renamed, folder flushed: `analytics.files`), under
`write_lock()`; `write_transaction()` is the whole of it for a change to the database (the
importer), `analytics.build` fills a new file instead of a copy. `execute()`, `insert_frame()` and
`record_load()` are the writes both make. A reader holding the old file keeps reading it until it
reconnects; `file_signature()` tells a cache when to reconnect. A writer killed mid-write leaves its copy behind (`.<db>.write-<pid>-…`,
`.<db>.build-<pid>…`); the next writer removes it under the lock (`remove_leftovers`).

A database file that cannot be used (damaged, truncated, not DuckDB, no read permission, locked)
becomes one `DatabaseError` (`unusable()`): its `str()` names the file only, fit for a dashboard
viewer; its `detail` names the full path, for the operator at the command line.

Why read-only connections ATTACH the file to a private in-memory database instead of calling
`duckdb.connect(path)`: DuckDB caches one database instance per path and process, so while any
connection to the old file is still open (the dashboard keeps one per file version), a new
`duckdb.connect(path)` would silently return the OLD file's data after a writer swapped it
(duckdb/duckdb#15912). A fresh in-memory instance with the file attached always reads the file
that is at the path now.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import functools
import os
import re
import shutil
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import filelock
import pandas as pd

from analytics.files import replace_durably
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
    """A database problem in Bahasa Indonesia.

    `str(exc)` names files by their name only (no folders), so it can be shown to anyone;
    `exc.detail` is the same message with full paths, for the command line.
    """

    def __init__(self, message: str, detail: str | None = None) -> None:
        super().__init__(hide_folders(message))
        self.detail = detail or message


def database_error(key: str, path: Path, **params: Any) -> DatabaseError:
    """A DatabaseError from the catalogue entry `key` about the database file `path`."""
    return DatabaseError(t(key, path=path.name, **params), t(key, path=path, **params))


# An absolute path's folders ("/srv/dasbor/data/"); the file name after them is kept.
_FOLDERS = re.compile(r"(?<![\w.~])/(?:[^/\s\"'`:]+/)+")


def hide_folders(text: str) -> str:
    """`text` with the folders of absolute paths removed: /srv/x/inovasi.duckdb -> inovasi.duckdb."""
    return _FOLDERS.sub("", text)


# What DuckDB says (its messages are English and not typed finely) when the file is not usable.
_LOCK_CONFLICT = ("could not set lock", "conflicting lock")
_DAMAGE = ("corrupt", "checksum", "not a valid duckdb", "could not read enough bytes")


def unusable(exc: BaseException, path: str | os.PathLike[str] | None = None) -> DatabaseError:
    """The one message for a database file that cannot be used, from the error DuckDB (or the OS) gave.

    Another writer holding it: `db.locked`; no permission: `db.unreadable`; anything else (truncated,
    overwritten, not a DuckDB file, tables missing): `db.damaged`, which says how to restore a backup
    or rebuild. Programming errors do not come here: callers pass only errors of opening and reading
    the file.
    """
    if isinstance(exc, DatabaseError):
        return exc
    p = db_path(path)
    reason = str(exc).lower()
    if any(word in reason for word in _LOCK_CONFLICT):
        return database_error("db.locked", p)
    if isinstance(exc, PermissionError) or "permission denied" in reason:
        return database_error("db.unreadable", p)
    if isinstance(exc, IsADirectoryError) or "is a directory" in reason:
        return database_error("db.not_a_file", p)
    return database_error("db.damaged", p)


def is_damage(exc: BaseException) -> bool:
    """Whether a DuckDB error says the database file itself is bad (not the query, not a full disk)."""
    reason = str(exc).lower()
    return any(word in reason for word in _DAMAGE)


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
    if read_only and not p.exists():
        raise database_error("db.missing", p)
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
    except (duckdb.Error, OSError) as exc:
        raise unusable(exc, p) from exc


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
    """A cursor on `con` that sees the same database (use it for work in another thread).

    It counts as attached itself, so `query()` on it (which opens a cursor of its own) sees the
    database too.
    """
    cur = con.cursor()
    if con in _ATTACHED:
        cur.execute(f"use {ATTACHED_CATALOG}").fetchall()
        _ATTACHED.add(cur)
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
    """Hold the exclusive writer lock of the database (`<db>.lock`, through `filelock`).

    Readers never take it. Two writers (CLI and dashboard, or two editors) queue here; after
    `timeout` seconds the waiting one gets a clear message instead of a lock traceback. The lock
    file stays between writers (`preserve_lock_file`): removing it would let a writer that opened
    the old file and one that creates a new one both hold "the" lock. Holding the lock, the writer
    first removes what killed writers left behind (`remove_leftovers`).
    """
    p = db_path(path)
    lock = filelock.FileLock(lock_path(p), timeout=timeout, preserve_lock_file=True)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise DatabaseError(t("db.write_busy", path=p)) from None
    except OSError as exc:
        raise database_error("db.cannot_write", p, reason=os_reason(exc)) from exc
    try:
        remove_leftovers(p)
        yield p
    finally:
        lock.release()


@contextmanager
def one_transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """ONE transaction on a writer's file: begun, committed when the block succeeds (rolled back
    when it raises), then CHECKPOINTed so the file is complete without its write-ahead log."""
    con.execute("begin transaction").fetchall()
    try:
        yield con
        con.execute("commit").fetchall()
    except BaseException:
        with contextlib.suppress(duckdb.Error):
            con.execute("rollback").fetchall()
        raise
    con.execute("checkpoint").fetchall()


def swap_in(tmp: Path, target: Path) -> None:
    """Replace the database `target` by the complete, checked file `tmp` (see `files.replace_durably`)."""
    replace_durably(tmp, target)


def remove_copy(tmp: Path) -> None:
    """Remove a writer's file and its write-ahead log, if they are there."""
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _copy_for_writing(target: Path, tmp: Path) -> None:
    """The database (and a write-ahead log left by a crash of an in-place writer) copied to `tmp`."""
    shutil.copy2(target, tmp)
    wal = target.with_name(target.name + ".wal")
    if wal.exists():
        shutil.copy2(wal, tmp.with_name(tmp.name + ".wal"))


@contextmanager
def write_transaction(
    path: str | os.PathLike[str] | None = None, *, timeout: float = WRITE_LOCK_TIMEOUT
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection to a private copy of the database, swapped in only on success.

    Under the writer lock: copy the database to a temp file in the same folder, open the copy
    read-write and begin ONE transaction; the caller makes its changes; then commit, CHECKPOINT
    (so the copy is one self-contained file), close, re-open the copy read-only to verify it, and
    swap it in (`swap_in`). Any exception (or a failed verification) leaves the database file
    untouched and removes the copy. Readers with the old file open keep reading it; readers that
    reconnect see the new one (see `file_signature`).
    """
    with write_lock(path, timeout=timeout) as target:
        if not target.is_file():
            raise DatabaseError(t("db.missing", path=target))
        tmp = target.with_name(f".{target.name}.write-{os.getpid()}-{uuid.uuid4().hex[:8]}")
        try:
            try:
                _copy_for_writing(target, tmp)
            except OSError as exc:
                if isinstance(exc, PermissionError):
                    raise unusable(exc, target) from exc
                raise database_error("db.cannot_write", target, reason=os_reason(exc)) from exc
            try:
                con = duckdb.connect(str(tmp))
            except duckdb.Error as exc:  # the copy is byte for byte the database: it is the file
                raise unusable(exc, target) from exc
            try:
                with one_transaction(con):
                    yield con
            except duckdb.Error as exc:
                if is_damage(exc):
                    raise unusable(exc, target) from exc
                raise
            finally:
                con.close()
            try:
                _verify_copy(tmp)
                swap_in(tmp, target)
            except (OSError, duckdb.Error) as exc:
                raise database_error("db.cannot_write", target, reason=os_reason(exc)) from exc
        finally:
            remove_copy(tmp)


def execute(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run the named SQL file on `con` itself with bound parameters and return its rows.

    For writes, and reads inside a writer's transaction: on `con` itself, not a cursor, because a
    cursor is another connection and would not see the open transaction.
    """
    sql = sql_text(name)
    return con.execute(sql, bind(sql, params) or None).fetchall()


def insert_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    """Insert the rows of `frame` into `table` (its columns by name). `table` and the column names
    come from the code, never from a file: they are identifiers, which SQL cannot bind."""
    if frame.empty:
        return
    name = f"incoming_{table}"
    con.register(name, frame)
    try:
        cols = ", ".join(frame.columns)
        con.execute(f"insert into {table} ({cols}) select {cols} from {name}").fetchall()
    finally:
        con.unregister(name)


def record_load(
    con: duckdb.DuckDBPyConnection,
    *,
    kind: str,
    target_table: str,
    source: str,
    sha256: str | None,
    row_count: int,
    loaded_at: dt.datetime,
    loaded_by: str,
    is_sample: bool = False,
    note: str | None = None,
) -> int:
    """Record one load (a build's file, an import, an undo) in data_load; its new load_id."""
    rows = execute(
        con,
        "data_load_insert",
        kind=kind,
        target_table=target_table,
        source=source,
        sha256=sha256,
        row_count=row_count,
        is_sample=is_sample,
        loaded_at=loaded_at,
        loaded_by=loaded_by,
        note=note,
    )
    return rows[0][0]


# A writer's temp files: `.<db>.write-<pid>-<id>` (write_transaction), `.<db>.build-<pid>` (build)
# and `.<db>.build-<pid>.bak` (a backup being written), each possibly with a `.wal`.
_LEFTOVER = re.compile(r"(?:write|build)-(?P<pid>\d+)(?:[-.].*)?")


def remove_leftovers(path: str | os.PathLike[str] | None = None) -> list[Path]:
    """Remove temp files of writers of this database whose process is gone; return what was removed.

    Called by a writer that holds the lock. Under the lock no other writer can be half-way, so any
    temp file is a leftover; the process check is a second guard for a lock that is not honoured
    (e.g. some network file systems). This process's own files count as leftovers: its writers
    always clean up, so one still there was left by an interrupted call.
    """
    p = db_path(path)
    removed = []
    try:
        entries = list(os.scandir(p.parent))
    except OSError:
        return removed
    prefix = f".{p.name}."
    for entry in entries:
        match = entry.name.startswith(prefix) and _LEFTOVER.fullmatch(entry.name[len(prefix) :])
        if not match:
            continue
        pid = int(match["pid"])
        if pid != os.getpid() and _process_alive(pid):
            continue
        with contextlib.suppress(FileNotFoundError, IsADirectoryError, PermissionError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, as another user's process
        return True
    return True


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


# The operating system's reasons a user can act on, in Bahasa Indonesia (strerror is English).
_OS_REASONS = {
    errno.EACCES: "izin ditolak",
    errno.EPERM: "izin ditolak",
    errno.ENOSPC: "ruang disk penuh",
    errno.EDQUOT: "kuota disk habis",
    errno.EROFS: "sistem berkas hanya bisa dibaca",
    errno.ENOENT: "folder atau berkas tidak ada",
    errno.ENOTDIR: "bagian jalurnya bukan folder",
    errno.EISDIR: "itu sebuah folder",
}


def os_reason(exc: BaseException) -> str:
    """Why a file operation failed, in Bahasa Indonesia where the reason is a common one."""
    if isinstance(exc, OSError) and exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    # the rest are rare; their English text is not shown, only what kind of error it was
    if isinstance(exc, OSError) and exc.errno:
        return t("db.reason.os", code=errno.errorcode.get(exc.errno, str(exc.errno)))
    return t("db.reason.other", kind=type(exc).__name__)


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql)
