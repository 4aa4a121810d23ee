"""The sample data generator is seeded: the committed CSVs are exactly what it produces."""

from __future__ import annotations

import shutil
from pathlib import Path

from analytics import sample

ROOT = Path(__file__).resolve().parent.parent


def test_generator_reproduces_committed_sample(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "data" / "reference", tmp_path / "reference")
    for path in sample.generate(tmp_path):
        committed = ROOT / "data" / "sample" / path.name
        assert path.read_bytes() == committed.read_bytes(), path.name


def test_other_seed_gives_other_data(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "data" / "reference", tmp_path / "reference")
    inov, _ = sample.generate(tmp_path, seed=1)
    assert inov.read_bytes() != (ROOT / "data" / "sample" / "inovasi.csv").read_bytes()
