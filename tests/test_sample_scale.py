"""`sample --scale K`: K times the innovations, names unique, every row sample data."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pytest

from analytics import build as builder
from analytics import sample
from analytics.__main__ import main

ROOT = Path(__file__).resolve().parent.parent
SCALE = 3


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def scaled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("data")
    shutil.copytree(ROOT / "data" / "reference", data_dir / "reference")
    sample.generate(data_dir, scale=SCALE)
    return data_dir


def test_k_times_the_innovations_with_unique_names(scaled: Path) -> None:
    base = _rows(ROOT / "data" / "sample" / "inovasi.csv")
    rows = _rows(scaled / "sample" / "inovasi.csv")
    assert len(rows) == SCALE * len(base)
    keys = [(r["tahun"], r["opd"], r["nama_inovasi"]) for r in rows]
    assert len(set(keys)) == len(keys)
    # the seeded sample is in it unchanged, and each innovation has its copies 2..K
    assert {tuple(r.values()) for r in base} <= {tuple(r.values()) for r in rows}
    names = {r["nama_inovasi"] for r in rows}
    assert all(f"{r['nama_inovasi']} · {SCALE}" in names for r in base)
    # regency-wide SPD evidence does not grow with the number of innovations
    assert _rows(scaled / "sample" / "spd.csv") == _rows(ROOT / "data" / "sample" / "spd.csv")


def test_scaled_copies_differ_from_the_original(scaled: Path) -> None:
    rows = _rows(scaled / "sample" / "inovasi.csv")
    originals = {(r["tahun"], r["opd"], r["nama_inovasi"]): r for r in rows}
    changed = sum(
        any(
            r[c] != originals[(r["tahun"], r["opd"], r["nama_inovasi"].rsplit(" · ", 1)[0])][c]
            for c in sample.SID_CODES
        )
        for r in rows
        if " · " in r["nama_inovasi"]
    )
    assert changed > len(rows) // SCALE  # nudged, not cloned


def test_built_scaled_database_is_all_sample(scaled: Path, tmp_path: Path) -> None:
    db = tmp_path / "scaled.duckdb"
    builder.build(db, data_dir=scaled)
    base = len(_rows(ROOT / "data" / "sample" / "inovasi.csv"))
    with duckdb.connect(str(db), read_only=True) as con:
        total, sample_rows = con.execute(
            "select count(*), count(*) filter (is_sample) from innovation"
        ).fetchone()
    assert total == SCALE * base
    assert sample_rows == total


def test_scale_below_one_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["sample", "--scale", "0"])
    assert exc.value.code == 2
    assert "--scale" in capsys.readouterr().err
