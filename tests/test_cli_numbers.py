"""Every command of the CLI prints its numbers the Indonesian way: 7.609 baris, 6,2 detik.

Each subcommand's success path runs once (in this process, on a copy of the test database), with
an import of 1.200 rows so that counts, row numbers and the estimate's innovation count reach the
thousands; the output must hold no decimal point ("0.6 detik") and no number of four or more
digits without a thousands dot ("7609 baris"). Years, clock times, file paths and the official
sources (quoted as published) are not counts and are taken out first.
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import shutil
import sys
from pathlib import Path

import pytest

from analytics import db, sample
from analytics.__main__ import main as cli_main
from analytics.__main__ import subcommand_names
from analytics.text import source_label
from tests.fixtures.spreadsheets import INNOVATION_HEADER, csv_bytes, innovation_row, sid_codes

ROOT = Path(__file__).resolve().parent.parent
BIG = 1_200  # rows of the imported file: counts past a thousand

ENGLISH_DECIMAL = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d])")  # 0.6, 60.01 (not 1.200)
SECONDS = re.compile(r"\d+\.\d+ detik")
UNGROUPED = re.compile(r"(?<![\d.,])\d{4,}(?![\d]|[.,]\d)")  # 7609 (not 7.609, not 58,11)
CLOCK = re.compile(r"(?<=\d{4} )\d{2}\.\d{2}\b")  # 13 Desember 2022 09.30


def bad_numbers(text: str) -> list[str]:
    """Numbers written the English way, or counts of 1.000 or more without a thousands dot."""
    text = CLOCK.sub("<jam>", text)
    found = SECONDS.findall(text) + ENGLISH_DECIMAL.findall(text)
    found += [n for n in UNGROUPED.findall(text) if not (len(n) == 4 and 1990 <= int(n) <= 2100)]  # years
    return found


def test_the_checker_catches_what_it_should() -> None:
    assert bad_numbers("Basis data dibangun: x (7609 baris, 0.6 detik).") == ["0.6 detik", "0.6", "7609"]
    assert bad_numbers("skor 60.01; 12345 baris") == ["60.01", "12345"]
    assert bad_numbers("7.609 baris, 6,2 detik, skor 58,11, tahun 2024, 13 Desember 2022 09.30") == []


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = cli_main(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue()


def big_file(path: Path, db_file: Path) -> Path:
    """BIG new innovations of 2024; the last 200 say 'online', so readings reach row 1.000 and more."""
    rows = [[*INNOVATION_HEADER, *sid_codes(db_file)]]
    for i in range(BIG):
        rows.append(innovation_row(f"Uji Angka {i}", jenis="online" if i >= BIG - 200 else "digital"))
    path.write_bytes(csv_bytes(rows))
    return path


def test_every_command_prints_indonesian_numbers(
    built_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data" / "reference", data / "reference")
    # `sample` writes data/sample/*.csv of the project: here it writes into the temp folder
    monkeypatch.setattr(sample, "generate", functools.partial(sample.generate, data))
    monkeypatch.setattr(sys, "stdin", io.StringIO("kata-sandi-uji-angka\n"))
    work = tmp_path / "inovasi.duckdb"
    shutil.copy2(built_db, work)
    the_db = ["--db", str(work)]
    upload = big_file(tmp_path / "uji_angka.csv", work)
    bad = tmp_path / "uji_salah.csv"
    bad.write_text(
        upload.read_text(encoding="utf-8").replace("Uji Angka 1050,Dinas", "Uji Angka 1050,Dinas X")
    )
    editors = ["--file", str(tmp_path / "editors.toml")]
    year = ["--year", "2024"]

    commands = [
        ["build", "--db", str(tmp_path / "baru.duckdb")],
        ["info", *the_db],
        ["sample"],
        ["score", *year, "--target", "60,01", *the_db],
        ["template", "--out", str(tmp_path / "templat.xlsx"), *the_db],
        ["import", str(bad), *the_db],  # exit 1: the report names row 1.052
        ["import", str(upload), "--dry-run", *the_db],
        ["import", str(upload), "--user", "budi", *the_db],
        ["score", *year, *the_db],  # 1.297 innovations now
        ["history", *the_db],
        ["export", *year, "--out", str(tmp_path / "data.xlsx"), *the_db],
        ["report", *year, "--out", str(tmp_path / "ringkasan.pdf"), "--tanpa-grafik", *the_db],
        ["lembar", *year, "--opd", "dinkes", "--out", str(tmp_path / "lembar.pdf"), *the_db],
        ["snapshot", *year, "--out", str(tmp_path / "ringkasan.html"), *the_db],
        ["sample-hasil", *year, "--out", str(tmp_path / "contoh-hasil.csv"), *the_db],
        ["undo", "1", *the_db],
        ["editor", *editors, "add", "budi", "--password-stdin"],
        ["editor", *editors, "list"],
        ["editor", *editors, "remove", "budi"],
    ]
    assert {c[0] for c in commands} == set(subcommand_names())  # a new subcommand joins this test

    with db.connection(work) as con:
        sources = [r[0] for r in con.execute("select distinct source from index_result").fetchall()]
    outputs: dict[str, str] = {}
    for args in commands:
        code, output = run(*args)
        assert code == (1 if str(bad) in args else 0), (args, output)
        for source in sorted(sources, key=len, reverse=True):  # quoted as published, not our numbers
            output = output.replace(source_label(source), "<sumber>")
        output = output.replace(str(tmp_path), "<tmp>").replace(str(ROOT), "<proyek>")
        outputs[" ".join(args[:2])] = output
        assert bad_numbers(output) == [], (args, output)

    everything = "\n".join(outputs.values())
    for expected in ("7.609 baris", "6.967", "1.200 baru", "1.200 baris data dibaca", "Baris 1.052",
                     "Baris 1.002, kolom E (jenis): online → Digital", "200 nilai dibaca dengan penafsiran",
                     "Jumlah inovasi: 1.297", "1.200 baris dikembalikan"):  # fmt: skip
        assert expected in everything, expected
    assert re.search(r"\(7\.609 baris, \d+,\d detik\)", outputs["build --db"])
