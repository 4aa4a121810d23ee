"""Time to import a large innovation file: read + validate (dry run) of CSV and XLSX, save,
re-import of the same file (a no-op), undo, and the peak memory of the process. Prints numbers,
asserts nothing (`make bench`, or `.venv/bin/python bench/bench_import.py [--rows N] [--repeat N]
[--db PATH]`).

The database is a copy of the built one in a temp folder (built first when missing), so the real
file is never written. The file is generated: N valid rows with distinct (tahun, OPD, nama) over
2021-2025, from a seeded random generator, written as CSV and as the same data in an .xlsx
(read by calamine, like every workbook). The calls are the CLI's (`python -m analytics import`):
read_file + parse + plan for a dry run, apply to save, undo to take a save back.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analytics import db, importer  # noqa: E402
from analytics.build import build  # noqa: E402

OPD_CSV = ROOT / "data" / "reference" / "opd.csv"
YEARS = (2021, 2022, 2023, 2024, 2025)
HEADER = [
    "tahun", "nama_inovasi", "opd", "jenis", "bentuk", "tahapan", "inisiator", "urusan",
    "tanggal_uji_coba", "tanggal_penerapan", "deskripsi", "perubahan", "dampak_terukur",
    "metode_baru", "kolaborasi",
]  # fmt: skip
CODES = [
    "regulasi", "sdm", "anggaran", "alat_kerja", "bimtek", "rkpd", "aktor", "pelaksana", "jejaring",
    "sosialisasi", "pedoman", "informasi_layanan", "kemudahan_proses", "pengaduan",
    "layanan_terintegrasi", "replikasi", "kecepatan", "kemanfaatan", "monev", "kualitas",
]  # fmt: skip
WORDS_A = ("Layanan", "Sistem", "Gerakan", "Aplikasi", "Jemput Bola", "Pojok", "Klinik", "Sapa", "Kios")
WORDS_B = ("Warga", "Desa", "Arsip", "Sehat", "Pintar", "Cepat", "Terpadu", "Digital", "Mandiri", "Ramah")
URUSAN = (
    "kesehatan", "pendidikan", "pemerintahan umum", "pemberdayaan masyarakat dan desa",
    "administrasi kependudukan", "sosial", "komunikasi dan informatika", "pertanian", "pangan",
)  # fmt: skip
YA_TIDAK = ("ya", "tidak")


def opd_names() -> list[str]:
    """Full names of the OPD in the reference list (how most files name them)."""
    with OPD_CSV.open(encoding="utf-8", newline="") as fh:
        return [r["nama"] for r in csv.DictReader(fh)]


def generate(n: int, seed: int) -> list[list[Any]]:
    """N valid innovation rows: the running number makes every (tahun, OPD, nama) distinct."""
    rng = random.Random(seed)
    opds = opd_names()
    rows = []
    for i in range(1, n + 1):
        year = rng.choice(YEARS)
        trial = dt.date(year - rng.randint(1, 3), rng.randint(1, 12), rng.randint(1, 28))
        launch = trial + dt.timedelta(days=rng.randint(0, 365))
        name = f"{rng.choice(WORDS_A)} {rng.choice(WORDS_B)} Uji Beban {i}"
        rows.append(
            [
                year, name, rng.choice(opds), rng.choice(importer.ALLOWED["jenis"]),
                rng.choice(importer.ALLOWED["bentuk"]), rng.choice(importer.ALLOWED["tahapan"]),
                rng.choice(importer.ALLOWED["inisiator"]), rng.choice(URUSAN), trial, launch,
                f"Uraian {name}: inovasi untuk menguji kecepatan impor.",
                *(rng.choice(YA_TIDAK) for _ in range(4)), *(rng.randint(0, 3) for _ in CODES),
            ]
        )  # fmt: skip
    return rows


def write_files(rows: list[list[Any]], folder: Path) -> tuple[Path, Path]:
    csv_path, xlsx_path = folder / "inovasi_beban.csv", folder / "inovasi_beban.xlsx"
    with csv_path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([*HEADER, *CODES])
        writer.writerows([v.isoformat() if isinstance(v, dt.date) else v for v in row] for row in rows)
    frame = pd.DataFrame(rows, columns=[*HEADER, *CODES])
    for column in ("tanggal_uji_coba", "tanggal_penerapan"):
        frame[column] = pd.to_datetime(frame[column])  # Excel date cells, as a typed workbook has
    with pd.ExcelWriter(xlsx_path, engine="xlsxwriter", date_format="dd/mm/yyyy") as writer:
        frame.to_excel(writer, sheet_name="Inovasi", index=False)
    return csv_path, xlsx_path


def dry_run(path: Path, db_file: Path) -> importer.Plan:
    """What `python -m analytics import FILE --dry-run` does: read, parse (validate), plan."""
    data = importer.read_file(path)
    with db.connection(db_file) as con:
        parsed = importer.parse(data, path.name, con)
        if not parsed.ok:
            print(parsed.report(limit=20))
            raise SystemExit(f"the generated file {path.name} does not validate")
        return importer.plan(con, parsed)


def parse_only(path: Path, db_file: Path) -> importer.Parsed:
    with db.connection(db_file) as con:
        return importer.parse(importer.read_file(path), path.name, con)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def line(name: str, runs: list[float], extra: str = "") -> None:
    print(f"{name:44s} median {statistics.median(runs):6.2f} s  worst {max(runs):6.2f} s  {extra}".rstrip())


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    source = db.db_path(args.db)
    if not source.is_file():
        print(f"building {source} first")
        build(source)
    print(
        f"Import of {args.rows} innovation rows on a copy of {source.name}: read + validate, save, "
        f"re-import, undo (seconds, {args.repeat} runs)"
    )
    with tempfile.TemporaryDirectory(prefix="bench_import_") as tmp:
        folder = Path(tmp)
        db_file = folder / source.name
        shutil.copy2(source, db_file)
        wal = source.with_name(source.name + ".wal")
        if wal.is_file():
            shutil.copy2(wal, db_file.with_name(wal.name))

        seconds, (csv_path, xlsx_path) = timed(lambda: write_files(generate(args.rows, args.seed), folder))
        print(
            f"{'generate files (not the importer)':44s} {seconds:6.2f} s  CSV {csv_path.stat().st_size / 1e6:.1f} MB"
            f"  XLSX {xlsx_path.stat().st_size / 1e6:.1f} MB  peak so far {peak_mb():.0f} MB"
        )

        for label, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
            runs, preview = [], None
            for _ in range(args.repeat):
                seconds, preview = timed(lambda p=path: dry_run(p, db_file))
                runs.append(seconds)
            line(f"read + validate + plan (dry run), {label}", runs, f"would add {preview.added}")

        saves, reimports, undos = [], [], []
        for i in range(args.repeat):
            parsed = parse_only(csv_path, db_file)
            seconds, saved = timed(lambda p=parsed: importer.apply(db_file, p))
            saves.append(seconds)
            seconds, again = timed(lambda: importer.apply(db_file, parse_only(csv_path, db_file)))
            reimports.append(seconds)
            if i == 0:  # the same data from the workbook is no change either
                first_saved, first_again = saved, again
                again_xlsx = importer.apply(db_file, parse_only(xlsx_path, db_file))
            seconds, _ = timed(lambda b=saved.batch_id: importer.undo(db_file, b))
            undos.append(seconds)
        line(
            "save (apply, one transaction)", saves, f"added {first_saved.added} updated {first_saved.updated}"
        )
        line(
            "re-import same CSV (read + validate + apply)",
            reimports,
            f"added {first_again.added} updated {first_again.updated} unchanged {first_again.unchanged}"
            f" written {'no' if first_again.batch_id is None else 'YES'}",
        )
        print(
            f"{'re-import as XLSX (same data)':44s} added {again_xlsx.added} updated {again_xlsx.updated}"
            f" unchanged {again_xlsx.unchanged}"
        )
        line("undo of the import", undos)
    print(f"{'peak memory of the process (ru_maxrss)':44s} {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
