"""`python -m analytics sample-hasil`: a seeded synthetic national results table ("data contoh").

`sample-hasil --year 2025 --out contoh-2025.csv [--seed N] [--db PATH]` writes the table of
`analytics.sample_results` (every autonomous province, kabupaten and kota; the results already
stored for that year written as stored). Nothing is loaded: importing the file is a separate,
undoable step (`python -m analytics import contoh-2025.csv`). Bad input (a suffix other than .csv,
a folder that cannot be written) exits with code 2 and one line in Bahasa Indonesia.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analytics import db, sample_results
from analytics.cli import DB_HELP
from analytics.cli_export import write_handout
from analytics.methods import MethodError
from analytics.report import ExportError
from analytics.text import fmt_number, t


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "sample-hasil", help=t("ranking.cli.help"), description=t("ranking.cli.description")
    )
    p.add_argument("--year", type=int, required=True, metavar="TAHUN", help=t("ranking.cli.year"))
    p.add_argument("--out", required=True, metavar="BERKAS.csv", help=t("ranking.cli.out"))
    p.add_argument(
        "--seed", type=int, default=sample_results.SEED, help=t("ranking.cli.seed", seed=sample_results.SEED)
    )
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_sample_results)


def cmd_sample_results(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    try:
        if out.suffix.lower() != ".csv":
            raise ExportError(t("handout.error.suffix", suffix=".csv", path=out))
        with db.connection(args.db) as con:
            table = sample_results.generate(con, args.year, seed=args.seed)
        write_handout(out, sample_results.csv_bytes(table))
    except (ExportError, MethodError) as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    print(t("ranking.cli.done", n=fmt_number(len(table)), year=args.year, file=out))
    return 0
