"""The CLI as a user runs it: a subprocess, with --help everywhere and clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analytics.__main__ import subcommand_names
from analytics.text import t

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_help_on_every_subcommand() -> None:
    names = subcommand_names()
    assert run("--help").returncode == 0
    assert {"build", "info", "sample"} <= set(names)
    for name in names:
        result = run(name, "--help")
        assert result.returncode == 0, name
        assert t("cli.usage") in result.stdout and "--help" in result.stdout
        # argparse's English headings are replaced (the CLI speaks Bahasa Indonesia)
        assert "usage:" not in result.stdout and "show this help" not in result.stdout
        assert t("cli.help") in result.stdout


def test_usage_errors_are_in_indonesian_with_exit_code_2() -> None:
    missing = run("score")
    assert missing.returncode == 2
    assert t("cli.err.required", args="--year") in missing.stderr
    unknown = run("bogus")
    assert unknown.returncode == 2
    assert "'bogus'" in unknown.stderr and "invalid choice" not in unknown.stderr
    bad_number = run("score", "--year", "abc")
    assert bad_number.returncode == 2
    assert t("cli.err.value", arg="--year", value="'abc'") in bad_number.stderr
    assert "Traceback" not in missing.stderr + unknown.stderr + bad_number.stderr


def test_build_and_info_json(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    result = run("build", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert db.is_file()
    result = run("info", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"tables", "years", "opd_count", "kecamatan_count", "official_results"} <= data.keys()
    assert data["kecamatan_count"] == 21
    assert data["years"] == [2021, 2022, 2023, 2024, 2025]
    pati = {r["year"]: r for r in data["official_results"] if r["region"] == "Kabupaten Pati"}
    assert pati[2022]["score"] == 58.11 and pati[2022]["source"]
    assert {"region", "year", "score", "predicate", "source"} <= pati[2025].keys()


def test_inovasi_db_environment_variable(built_db: Path) -> None:
    result = run("info", "--json", env={"INOVASI_DB": str(built_db)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["database"] == str(built_db)


def test_build_without_sample(tmp_path: Path) -> None:
    db = tmp_path / "ref.duckdb"
    assert run("build", "--db", str(db), "--no-sample").returncode == 0
    data = json.loads(run("info", "--db", str(db), "--json").stdout)
    assert data["tables"]["innovation"] == 0 and data["sample_rows"] == 0


@pytest.mark.parametrize(
    "make_path",
    [
        lambda tmp: tmp / "does-not-exist.duckdb",
        lambda tmp: (tmp / "dir.duckdb").mkdir() or tmp / "dir.duckdb",
        lambda tmp: (
            (tmp / "junk.duckdb").write_bytes(b"this is not a database" * 100) and tmp / "junk.duckdb"
        ),
    ],
    ids=["missing", "directory", "not-duckdb"],
)
def test_unreadable_db_gives_clear_error_not_traceback(tmp_path: Path, make_path) -> None:
    path = make_path(tmp_path)
    result = run("info", "--db", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Galat:") and str(path) in result.stderr


def test_build_into_unwritable_location_is_clear(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("build", "--db", str(blocker / "sub" / "x.duckdb"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Galat:" in result.stderr
