"""The CLI as a user runs it: --help everywhere, clear errors, one message for a database it cannot use.

The real entry point (`python -m analytics` in a fresh interpreter) runs where that is what is
checked: it starts, answers --help without heavy imports, exits 2 on a damaged file, and runs as
another user; the other commands run in this process (tests/cli_helpers.py), the same `main()`.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from analytics.__main__ import main as cli_main
from analytics.__main__ import subcommand_names
from analytics.text import t
from tests.cli_helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m analytics ARGS` in a fresh interpreter: the real entry point."""
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_help_on_every_subcommand() -> None:
    names = subcommand_names()
    assert run("--help").returncode == 0  # the real entry point once; each subcommand in-process
    assert {"build", "info", "sample"} <= set(names)
    for name in names:
        code, stdout, _ = _in_process(name, "--help")
        assert code == 0, name
        assert t("cli.usage") in stdout and "--help" in stdout
        # argparse's English headings are replaced (the CLI speaks Bahasa Indonesia)
        assert "usage:" not in stdout and "show this help" not in stdout
        assert t("cli.help") in stdout


def test_the_command_table_matches_what_the_modules_register() -> None:
    # `--help` lists the subcommands from analytics.__main__.commands() without importing their
    # modules; this keeps that list equal to what each module really adds, name and help line
    from analytics.__main__ import Parser, commands

    parser = Parser(prog="analytics")
    subparsers = parser.add_subparsers(dest="command")
    for module in dict.fromkeys(module for module, _ in commands().values()):
        before = set(subparsers.choices)
        importlib.import_module(module).register(subparsers)
        added = set(subparsers.choices) - before
        assert added == {name for name, (owner, _) in commands().items() if owner == module}, module
    registered = {action.dest: action.help for action in subparsers._choices_actions}
    assert registered == {name: line for name, (_, line) in commands().items()}


# Modules that take a noticeable time to import; a command that does not use them must not pay for them.
HEAVY = (
    "duckdb",
    "pandas",
    "numpy",
    "plotly",
    "argon2",
    "pyarrow",
    "fpdf",
    "openpyxl",
    "xlsxwriter",
    "streamlit",
)
_IMPORTED = """
import json, runpy, sys
sys.argv = ["analytics", *json.loads(sys.argv[1])]
try:
    runpy.run_module("analytics", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    code = exc.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""


@pytest.mark.parametrize(
    "args", [["--help"], [], ["bogus"], ["--bogus"]], ids=["help", "nothing", "unknown", "unknown-option"]
)
def test_help_and_usage_errors_import_no_heavy_module(args: list[str]) -> None:
    # not timed (that would depend on the machine): what makes `--help` slow is what it imports
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTED, json.dumps(args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report["code"] == (0 if args == ["--help"] else 2)
    loaded = {name.split(".")[0] for name in report["modules"]}
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
    assert not any(name.startswith("analytics.cli") for name in report["modules"])


def test_a_command_imports_only_its_own_module() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTED, json.dumps(["sample", "--help"])],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report["code"] == 0 and t("cli.usage") in result.stdout
    assert "analytics.cli" in report["modules"]
    assert not {"analytics.cli_import", "analytics.cli_export", "analytics.cli_outputs", "argon2"} & set(
        report["modules"]
    )


def test_usage_errors_are_in_indonesian_with_exit_code_2() -> None:
    missing = run_cli("score")
    assert missing.returncode == 2
    assert t("cli.err.required", args="--year") in missing.stderr
    unknown = run_cli("bogus")
    assert unknown.returncode == 2
    assert "'bogus'" in unknown.stderr and "invalid choice" not in unknown.stderr
    bad_number = run_cli("score", "--year", "abc")
    assert bad_number.returncode == 2
    assert t("cli.err.value", arg="--year", value="'abc'") in bad_number.stderr
    assert "Traceback" not in missing.stderr + unknown.stderr + bad_number.stderr


def test_build_and_info_json(tmp_path: Path) -> None:
    db = tmp_path / "cli.duckdb"
    result = run_cli("build", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert db.is_file()
    result = run_cli("info", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"tables", "years", "opd_count", "kecamatan_count", "official_results"} <= data.keys()
    assert data["kecamatan_count"] == 21
    assert data["years"] == [2021, 2022, 2023, 2024, 2025]
    pati = {r["year"]: r for r in data["official_results"] if r["region"] == "Kabupaten Pati"}
    assert pati[2022]["score"] == 58.11 and pati[2022]["source"]
    assert {"region", "year", "score", "predicate", "source"} <= pati[2025].keys()


def test_inovasi_db_environment_variable(built_db: Path) -> None:
    result = run_cli("info", "--json", env={"INOVASI_DB": str(built_db)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["database"] == str(built_db)


def test_build_without_sample(tmp_path: Path) -> None:
    db = tmp_path / "ref.duckdb"
    assert run_cli("build", "--db", str(db), "--no-sample").returncode == 0
    data = json.loads(run_cli("info", "--db", str(db), "--json").stdout)
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
    result = run_cli("info", "--db", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Galat:") and str(path) in result.stderr


def test_build_into_unwritable_location_is_clear(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run_cli("build", "--db", str(blocker / "sub" / "x.duckdb"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "Galat:" in result.stderr


# ----------------------------------------------------------------------------- damaged database


def _truncated(good: Path, target: Path) -> Path:
    target.write_bytes(good.read_bytes()[:100_000])
    return target


def _half(good: Path, target: Path) -> Path:
    data = good.read_bytes()
    target.write_bytes(data[: len(data) // 2])  # the catalogue reads; the data blocks are gone
    return target


def _overwritten(good: Path, target: Path) -> Path:
    data = bytearray(good.read_bytes())
    for offset in range(300_000, len(data), 262_144):  # garbage over every data block
        data[offset : offset + 4096] = os.urandom(4096)
    target.write_bytes(bytes(data))
    return target


def _garbage(good: Path, target: Path) -> Path:
    target.write_bytes(os.urandom(1_000_000))
    return target


DAMAGE = {"truncated": _truncated, "half": _half, "overwritten": _overwritten, "garbage": _garbage}
COMMANDS = {
    "info": ["info"],
    "score": ["score", "--year", "2024"],
    "export": ["export", "--year", "2024", "--out", "{tmp}/x.xlsx"],
    "report": ["report", "--year", "2024", "--out", "{tmp}/x.pdf", "--tanpa-grafik"],
    "import": ["import", str(ROOT / "data" / "sample" / "inovasi.csv"), "--dry-run"],
    "template": ["template", "--out", "{tmp}/t.xlsx"],
    "history": ["history"],
    "undo": ["undo", "1"],
}
# history and undo only read the import tables, which a half file may still hold intact
READS_DATA = ("info", "score", "export", "report", "import", "template")


def _in_process(*args: str) -> tuple[int, str, str]:
    """Run the CLI in this process (no interpreter start): exit code, stdout, stderr."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(stdout):
        try:
            code = cli_main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, stdout.getvalue(), stderr.getvalue()


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_database_gives_one_indonesian_message(built_db: Path, tmp_path: Path, damage: str) -> None:
    path = DAMAGE[damage](built_db, tmp_path / "inovasi.duckdb")
    commands = COMMANDS if damage in ("truncated", "garbage") else {c: COMMANDS[c] for c in READS_DATA}
    for name, args in commands.items():
        code, _, stderr = _in_process(*[a.format(tmp=tmp_path) for a in args], "--db", str(path))
        assert code == 2, (name, stderr)
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Galat: Basis data {path} rusak"), (name, lines)
        assert "python -m analytics build" in lines[0] and ".bak-" in lines[0]
        assert "Error" not in stderr, name


def test_a_damaged_database_through_python_m(built_db: Path, tmp_path: Path) -> None:
    path = _overwritten(built_db, tmp_path / "inovasi.duckdb")
    result = run("score", "--year", "2024", "--db", str(path))
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith(f"Galat: Basis data {path} rusak") and "Traceback" not in result.stderr


# Every command of COMMANDS in one interpreter, as the user the test runs it as: (code, stderr) each.
_RUN_ALL = """
import contextlib, io, json, sys
from analytics.__main__ import main
results = []
for args in json.loads(sys.argv[1]):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(args)
        except SystemExit as exc:
            code = exc.code
    results.append([code, err.getvalue()])
print(json.dumps(results))
"""


def run_unprivileged(*args: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` as a user without root's rights (root reads a chmod 000 file anyway).

    As root, through util-linux `setpriv`: it drops to nobody only after the interpreter (which may
    live under /root) has been found, which subprocess's own `user=` cannot do.
    """
    command = [sys.executable, *args]
    if os.geteuid() == 0:
        assert shutil.which("setpriv"), "running as root: setpriv (util-linux) is needed to drop rights"
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        # nobody must reach the checkout and its .venv: a clone in `mktemp -d` (mode 0700) is closed
        closed = [p for p in (ROOT, *ROOT.parents) if not p.stat().st_mode & 0o001]
        assert not closed, (
            f"{closed[0]} is closed to other users, so this test cannot run the CLI as nobody: "
            f"chmod o+x {closed[0]} (or clone into an open folder)"
        )
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.fixture
def open_dir() -> Path:
    """A folder any user may enter and write (for a command run as nobody)."""
    folder = Path(tempfile.mkdtemp(prefix="dasbor-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_an_unreadable_database_gives_one_indonesian_message(built_db: Path, open_dir: Path) -> None:
    path = open_dir / "inovasi.duckdb"
    shutil.copy2(built_db, path)
    path.chmod(0)
    commands = [[*(a.format(tmp=open_dir) for a in args), "--db", str(path)] for args in COMMANDS.values()]
    result = run_unprivileged("-c", _RUN_ALL, json.dumps(commands))
    assert result.returncode == 0, result.stderr
    for name, (code, stderr) in zip(COMMANDS, json.loads(result.stdout), strict=True):
        assert code == 2, (name, stderr)
        assert stderr.startswith(f"Galat: Basis data {path} tidak dapat dibaca: izin ditolak"), (name, stderr)
        assert "Permission" not in stderr and "Traceback" not in stderr


def test_a_rebuild_keeps_a_damaged_file_aside(built_db: Path, tmp_path: Path) -> None:
    path = _truncated(built_db, tmp_path / "inovasi.duckdb")
    damaged = path.read_bytes()
    code, _, _ = _in_process("build", "--db", str(path))
    assert code == 0
    aside = [p for p in tmp_path.iterdir() if ".rusak-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == damaged
    assert _in_process("info", "--db", str(path))[0] == 0


# ----------------------------------------------------------------------------- other messages


def test_template_to_a_folder_or_an_unwritable_place(built_db: Path, open_dir: Path) -> None:
    folder = open_dir / "templat.xlsx"
    folder.mkdir()
    code, _, stderr = _in_process("template", "--out", str(folder), "--db", str(built_db))
    assert code == 2
    assert stderr.strip() == f"Galat: Templat tidak dapat ditulis ke {folder}: itu sebuah folder"
    locked = open_dir / "terkunci"
    locked.mkdir(mode=0o555)
    locked.chmod(0o555)
    readable_db = open_dir / "inovasi.duckdb"  # nobody cannot enter pytest's own temp folders
    shutil.copy2(built_db, readable_db)
    readable_db.chmod(0o644)
    result = run_unprivileged(
        "-m", "analytics", "template", "--out", str(locked / "t.xlsx"), "--db", str(readable_db)
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"Galat: Templat tidak dapat ditulis ke {locked / 't.xlsx'}: izin ditolak"
    assert list(locked.iterdir()) == []  # no half file, no temp file


def test_history_after_an_undo_names_only_the_undone_import(db_copy: Path, tmp_path: Path) -> None:
    rows = "tahun,nama_inovasi,opd,jenis,bentuk,tahapan,inisiator,urusan\n"
    for name in ("Satu", "Dua", "Tiga"):
        (tmp_path / f"{name}.csv").write_text(
            rows + f"2024,Uji {name},Dinkes,digital,pelayanan publik,penerapan,opd,kesehatan\n"
        )
        assert (
            _in_process("import", str(tmp_path / f"{name}.csv"), "--db", str(db_copy), "--user", "budi")[0]
            == 0
        )
    assert _in_process("undo", "2", "--db", str(db_copy), "--user", "sari")[0] == 0
    lines = _in_process("history", "--db", str(db_copy))[1].splitlines()
    assert [line.split()[0] for line in lines] == ["#3", "#2", "#1"]
    assert "dibatalkan oleh sari" in lines[1]
    assert "dibatalkan" not in lines[0] + lines[2] and "nan" not in "\n".join(lines)
