"""Subcommands of the data foundation: build, info, sample."""

from __future__ import annotations

import argparse
import json

from analytics import build as builder
from analytics import sample
from analytics.text import fmt_number, fmt_percent, fmt_score, source_label, t

DB_HELP = "berkas basis data (bawaan: $INOVASI_DB, atau inovasi.duckdb di folder data)"
DATA_HELP = "folder data daerah: reference/ (daerah.toml, opd.csv, ...) dan sample/ (bawaan: $INOVASI_DATA atau data/)"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "build",
        help=t("cli.build.help"),
        description="Bangun basis data baru dari folder data (bawaan data/) lalu ganti yang lama "
        "sekaligus; bila gagal, basis data lama tetap utuh.",
    )
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--data", metavar="FOLDER", help=DATA_HELP)
    p.add_argument("--no-sample", action="store_true", help="tanpa data contoh (hanya data rujukan)")
    p.add_argument(
        "--force", action="store_true", help="ganti juga basis data yang berisi data impor (dibuat cadangan)"
    )
    p.set_defaults(func=cmd_build)

    p = subparsers.add_parser(
        "info",
        help=t("cli.info.help"),
        description="Tampilkan daerahnya, tabel dan jumlah baris, tahun, jumlah OPD dan kecamatan, "
        "serta hasil resmi IID.",
    )
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--json", action="store_true", help="keluaran satu objek JSON")
    p.set_defaults(func=cmd_info)

    p = subparsers.add_parser(
        "sample",
        help=t("cli.sample.help"),
        description="Tulis ulang data/sample/inovasi.csv dan spd.csv dari generator berbenih.",
    )
    p.add_argument("--seed", type=int, default=sample.SEED, help=f"benih acak (bawaan {sample.SEED})")
    p.add_argument(
        "--scale",
        type=_positive,
        default=1,
        metavar="K",
        help="K kali jumlah inovasi, untuk uji kecepatan (nama dibuat unik, tetap data contoh; "
        "tanpa --scale data contoh biasa dipulihkan)",
    )
    p.set_defaults(func=cmd_sample)


def _positive(text: str) -> int:
    # a ValueError becomes the parser's Indonesian "nilai ... tidak sah" message
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def cmd_build(args: argparse.Namespace) -> int:
    report = builder.build(args.db, include_sample=not args.no_sample, data_dir=args.data, force=args.force)
    if report.backup:
        print(t("build.backup", path=report.backup))
    if report.set_aside:
        print(t("build.set_aside", path=report.set_aside))
    print(
        t("build.done", path=report.path, rows=fmt_number(report.rows), seconds=fmt_number(report.seconds, 1))
    )
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    data = builder.info(args.db)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"Basis data: {data['database']}")
    print(t("info.subject", **data["subject"]))
    print(f"{t('info.tables')}:")
    for name, count in data["tables"].items():
        print(f"  {name:<22} {fmt_number(count):>9}")
    print(f"{t('info.years')}: {', '.join(str(y) for y in data['years']) or '-'}")
    opd, kecamatan = fmt_number(data["opd_count"]), fmt_number(data["kecamatan_count"])
    print(f"{t('info.opd')}: {opd}  ({t('info.kecamatan')}: {kecamatan})")
    print(f"{t('info.sample_rows')}: {fmt_number(data['sample_rows'])}")
    if data["year_summary"]:
        print(f"{t('info.year_summary')}:")
        for r in data["year_summary"]:
            sample_note = f"  ({t('sample.badge')})" if r["is_sample"] else ""
            print(
                "  "
                + t(
                    "info.year_row",
                    year=r["year"],
                    n=fmt_number(r["n_innovations"]),
                    x=fmt_number(r["n_opd_with_innovation"]),
                    total=fmt_number(r["n_opd"]),
                    coverage=fmt_percent(r["opd_coverage"]),
                    digital=fmt_percent(r["share_digital"]),
                )
                + sample_note
            )
    print(f"{t('info.official')}:")
    for r in data["official_results"]:
        pred = f" ({r['predicate']})" if r["predicate"] else ""
        print(
            f"  {r['region']:<34} {r['year']}  {fmt_score(r['score']):>6}{pred}  — {source_label(r['source'])}"
        )
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    for path in sample.generate(seed=args.seed, scale=args.scale):
        print(f"ditulis: {builder.relative(path)}")
    return 0
