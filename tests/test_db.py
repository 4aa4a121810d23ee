"""The database layer's failure paths: messages without folders for viewers, one classification
of unusable files, and writers that clean up after writers that were killed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from analytics import db


def test_viewer_messages_name_files_without_folders() -> None:
    text = 'IO Error: Could not read "/srv/dasbor/data/.inovasi.duckdb.write-12-ab" dari /srv/dasbor/data/inovasi.duckdb'
    assert (
        db.hide_folders(text) == 'IO Error: Could not read ".inovasi.duckdb.write-12-ab" dari inovasi.duckdb'
    )
    assert db.hide_folders("folder data/ dan tanggal 13/12/2022") == "folder data/ dan tanggal 13/12/2022"
    error = db.database_error(
        "db.cannot_write", Path("/srv/dasbor/data/inovasi.duckdb"), reason="izin ditolak"
    )
    assert "/srv" not in str(error) and "inovasi.duckdb" in str(error)
    assert "/srv/dasbor/data/inovasi.duckdb" in error.detail


def test_every_database_error_hides_folders_in_str() -> None:
    error = db.DatabaseError("Basis data /home/bappeda/inovasi.duckdb sedang diubah")
    assert str(error) == "Basis data inovasi.duckdb sedang diubah"
    assert error.detail == "Basis data /home/bappeda/inovasi.duckdb sedang diubah"


@pytest.mark.parametrize(
    ("error", "key"),
    [
        (
            duckdb.IOException('Could not set lock on file "/x/a.duckdb": Conflicting lock is held'),
            "db.locked",
        ),
        (duckdb.IOException('Cannot open file "/x/a.duckdb": Permission denied'), "db.unreadable"),
        (PermissionError(13, "Permission denied"), "db.unreadable"),
        (duckdb.IOException('Could not read enough bytes from file "/x/a.duckdb"'), "db.damaged"),
        # "block" holds the word "lock": not a lock conflict
        (
            duckdb.Error("Corrupt database file: computed checksum 1 does not match 2 in block at 3"),
            "db.damaged",
        ),
        (duckdb.CatalogException("Table with name stg_year does not exist!"), "db.damaged"),
        (IsADirectoryError(21, "Is a directory"), "db.not_a_file"),
    ],
)
def test_unusable_classifies_what_duckdb_says(error: BaseException, key: str) -> None:
    path = Path("/x/a.duckdb")
    assert str(db.unusable(error, path)) == str(db.database_error(key, path))


def _name(path: Path, kind: str, pid: int, rest: str = "") -> Path:
    return path.with_name(f".{path.name}.{kind}-{pid}{rest}")


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_writer_removes_leftovers_of_dead_writers_only(db_copy: Path) -> None:
    dead, alive = _dead_pid(), os.getppid()
    dead_files = [
        _name(db_copy, "write", dead, "-0a1b2c3d"),
        _name(db_copy, "write", dead, "-0a1b2c3d.wal"),
        _name(db_copy, "build", dead),
        _name(db_copy, "build", dead, ".wal"),
        _name(db_copy, "build", dead, ".bak"),
    ]
    kept = [
        _name(db_copy, "write", alive, "-0a1b2c3d"),  # a live process: not ours to remove
        db_copy.with_name(".lain.duckdb.write-1-x"),  # another database's file
        db_copy.with_name("inovasi.duckdb.bak-20240101-120000"),  # a finished backup
    ]
    for path in dead_files + kept:
        path.write_bytes(b"x")
    with db.write_transaction(db_copy):
        pass
    assert not any(p.exists() for p in dead_files)
    assert all(p.exists() for p in kept)


def test_a_killed_import_leaves_a_copy_the_next_writer_removes(db_copy: Path) -> None:
    code = (
        "import os, signal, sys\n"
        "from analytics import db\n"
        "with db.write_transaction(sys.argv[1]) as con:\n"
        "    con.execute('delete from innovation_evidence')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", code, str(db_copy)], cwd=Path(__file__).resolve().parent.parent, check=False
    )
    assert child.returncode == -9
    left = [p.name for p in db_copy.parent.iterdir() if ".write-" in p.name]
    assert left, "the kill left the writer's copy behind"
    with db.connection(db_copy) as con:  # the old state
        assert con.execute("select count(*) from innovation_evidence").fetchall()[0][0] > 0
    with db.write_transaction(db_copy):
        pass
    assert sorted(p.name for p in db_copy.parent.iterdir()) == ["inovasi.duckdb", "inovasi.duckdb.lock"]


def test_connect_reports_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(db.DatabaseError, match="belum ada") as caught:
        db.connect(tmp_path / "tidak-ada.duckdb")
    assert str(tmp_path) not in str(caught.value) and str(tmp_path) in caught.value.detail


def test_a_copy_that_cannot_be_made_is_reported_in_indonesian(db_copy: Path, monkeypatch) -> None:
    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", full_disk)
    with pytest.raises(db.DatabaseError, match="ruang disk penuh"), db.write_transaction(db_copy):
        pass


def test_every_sql_file_says_its_grain_and_is_used() -> None:
    """One query per file, named after what it returns or writes, the grain at the top, none dead."""
    root = db.PROJECT_ROOT
    code = "\n".join(
        p.read_text(encoding="utf-8")
        for pattern in ("analytics/**/*.py", "ui/*.py", "pages/*.py", "dashboard.py")
        for p in root.glob(pattern)
    )
    for path in sorted(db.SQL_DIR.glob("*.sql")):
        if path.stem == "schema":
            continue
        assert path.read_text(encoding="utf-8").startswith(("-- grain:", "-- writes:")), path.name
        assert f'"{path.stem}"' in code, f"{path.name} is not used"
