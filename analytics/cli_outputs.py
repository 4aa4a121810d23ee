"""`python -m analytics lembar` and `python -m analytics snapshot`: the briefing's other outputs.

`lembar --year Y --opd KODE --out FILE.pdf` writes the follow-up sheet of one OPD;
`lembar --year Y --semua --out FILE.zip` writes every OPD's sheet of the year into one ZIP (one PDF
per OPD, named by its short name). `snapshot --year Y --out FILE.html [--opd/--jenis/--tahapan]`
writes the offline snapshot. Files are written beside their target and moved into place only when
complete (`cli_export.write_handout`, through `analytics.files`). Bad input (unknown year or OPD,
wrong suffix, a folder that cannot be written) exits with code 2 and one line in Bahasa Indonesia.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from analytics import db, lembar, snapshot
from analytics.cli import DB_HELP
from analytics.cli_export import write_handout
from analytics.report import ExportError
from analytics.text import fmt_kilobytes, fmt_number, t


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "lembar", help=t("handout.lembar.cli.help"), description=t("handout.lembar.cli.description")
    )
    p.add_argument("--year", type=int, required=True, metavar="TAHUN", help=t("handout.cli.year"))
    # not required=True: argparse would say "one of the arguments ... is required" in English
    which = p.add_mutually_exclusive_group()
    which.add_argument("--opd", metavar="KODE", help=t("handout.lembar.cli.opd"))
    which.add_argument("--semua", action="store_true", help=t("handout.lembar.cli.all"))
    p.add_argument("--out", required=True, metavar="BERKAS", help=t("handout.lembar.cli.out"))
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_lembar)

    p = subparsers.add_parser(
        "snapshot", help=t("handout.snapshot.cli.help"), description=t("handout.snapshot.cli.description")
    )
    p.add_argument("--year", type=int, required=True, metavar="TAHUN", help=t("handout.cli.year"))
    p.add_argument("--out", required=True, metavar="BERKAS", help=t("handout.snapshot.cli.out"))
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--opd", metavar="KODE", help=t("handout.cli.opd"))
    p.add_argument("--jenis", metavar="JENIS", help=t("handout.cli.jenis"))
    p.add_argument("--tahapan", metavar="TAHAPAN", help=t("handout.cli.tahapan"))
    p.set_defaults(func=cmd_snapshot)


def cmd_lembar(args: argparse.Namespace) -> int:
    if not args.semua and not args.opd:
        print(f"Galat: {t('handout.lembar.cli.which')}", file=sys.stderr)
        return 2

    def make(con):
        b = lembar.year_briefing(con, args.year)
        if args.semua:
            return lembar.sheets_zip(b), len(b.year_counts)
        return lembar.sheet_pdf(b, args.opd), 1

    return _run(args, ".zip" if args.semua else ".pdf", make)


def cmd_snapshot(args: argparse.Namespace) -> int:
    def make(con):
        data = snapshot.snapshot_html(con, args.year, opd=args.opd, jenis=args.jenis, tahapan=args.tahapan)
        return data, None

    return _run(args, ".html", make)


def _run(args: argparse.Namespace, suffix: str, make) -> int:
    # errors are reported here, not through analytics.__main__.UserError (see cli_export._run)
    out = Path(args.out).expanduser()
    try:
        if out.suffix.lower() != suffix:
            raise ExportError(t("handout.error.suffix", suffix=suffix, path=out))
        started = time.perf_counter()
        with db.connection(args.db) as con:
            data, sheets = make(con)
        write_handout(out, data)
    except ExportError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    seconds = fmt_number(time.perf_counter() - started, 1)
    size = fmt_kilobytes(len(data))
    if sheets and sheets > 1:
        print(t("handout.lembar.cli.done_zip", path=out, n=fmt_number(sheets), size=size, seconds=seconds))
    else:
        print(t("handout.cli.done", path=out, size=size, seconds=seconds))
    return 0
