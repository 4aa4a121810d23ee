"""The one atomic write (analytics.files): the old file or the new one, flushed to disk, never half."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from analytics import files


def test_a_write_replaces_the_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"lama")
    files.write_atomically(target, b"baru")
    assert target.read_bytes() == b"baru"
    files.write_atomically(target, "teks ✓")
    assert target.read_text(encoding="utf-8") == "teks ✓"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan.pdf"]


def test_a_private_file_is_created_readable_by_its_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "editors.toml"
    files.write_atomically(target, "rahasia", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_keeps_the_old_file_and_removes_the_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "data.xlsx"
    target.write_bytes(b"lama")

    def half_then_full_disk(tmp: Path) -> None:
        tmp.write_bytes(b"separuh")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        files.write_atomically(target, half_then_full_disk)
    assert target.read_bytes() == b"lama"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.xlsx"]


def test_the_file_and_its_folder_are_flushed_before_and_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "templat.xlsx"
    flushed: list[tuple[str, bool]] = []  # (path, whether the target existed yet)
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        flushed.append((os.readlink(f"/proc/self/fd/{fd}"), target.exists()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    files.write_atomically(target, b"isi")
    assert flushed == [(str(files.temp_name(target)), False), (str(tmp_path), True)]


def test_a_named_temp_file_is_used_and_removed(tmp_path: Path) -> None:
    target = tmp_path / "inovasi.duckdb.bak-1"
    tmp = tmp_path / ".inovasi.duckdb.build-1.bak"
    seen: list[Path] = []
    files.write_atomically(target, lambda into: (seen.append(into), into.write_bytes(b"salinan")), tmp=tmp)
    assert seen == [tmp] and target.read_bytes() == b"salinan" and not tmp.exists()
