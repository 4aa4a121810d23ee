"""The dashboard with a database it cannot use (AppTest): one Indonesian message saying what
happened and how to rebuild or restore it, naming the file without the server's folders; never
Streamlit's English error page."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
ENTRY = str(ROOT / "dashboard.py")


def _truncated(good: Path, target: Path) -> None:
    target.write_bytes(good.read_bytes()[:100_000])


def _half(good: Path, target: Path) -> None:
    data = good.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def _garbage(good: Path, target: Path) -> None:
    target.write_bytes(os.urandom(1_000_000))


def _view_missing(good: Path, target: Path) -> None:
    # the sidebar and the summary read; Data Inovasi's evidence query fails while the page is drawn
    shutil.copy2(good, target)
    with duckdb.connect(str(target)) as con:
        con.execute("drop view mart_innovation_evidence")


def _a_folder(good: Path, target: Path) -> None:
    target.mkdir()


@pytest.mark.parametrize(
    ("damage", "needle"),
    [
        (_truncated, "rusak atau tidak lengkap"),
        (_half, "rusak atau tidak lengkap"),
        (_garbage, "rusak atau tidak lengkap"),
        (_view_missing, "rusak atau tidak lengkap"),
        (_a_folder, "bukan berkas"),
    ],
    ids=["truncated", "half", "garbage", "view-missing", "folder"],
)
def test_a_database_that_cannot_be_used_gets_one_message(
    built_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage, needle: str
) -> None:
    folder = tmp_path / "rahasia-server"
    folder.mkdir()
    path = folder / "inovasi.duckdb"
    damage(built_db, path)
    monkeypatch.setenv("INOVASI_DB", str(path))
    at = AppTest.from_file(ENTRY, default_timeout=60).run()
    if damage is _view_missing:
        at.switch_page("pages/data_inovasi.py").run()
    assert not at.exception, [e.value for e in at.exception]
    messages = [e.value for e in at.error]
    assert len(messages) == 1, messages
    message = messages[0]
    assert message.startswith("Basis data inovasi.duckdb ") and needle in message
    assert "python -m analytics build" in message
    assert str(folder) not in message and "rahasia-server" not in message
    assert "Error" not in message  # no DuckDB wording
