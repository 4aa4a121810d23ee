"""`python -m analytics report` and `python -m analytics export`: the handouts on the command line.

`report --year Y --out FILE.pdf` writes the PDF briefing, `export --year Y --out FILE.xlsx` the
Excel workbook, both with the dashboard's filters as options (--opd, --jenis, --tahapan). The file
is written beside its target and moved into place only when complete, so a failed run never leaves
half a file. Bad input (unknown year or OPD, wrong suffix, a folder that cannot be written) exits
with code 2 and one line in Bahasa Indonesia.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from analytics import db, export, report
from analytics.cli import DB_HELP
from analytics.files import write_atomically
from analytics.text import fmt_kilobytes, fmt_number, t


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "report", help=t("handout.cli.report.help"), description=t("handout.cli.report.description")
    )
    _common(p, t("handout.cli.out_pdf"))
    p.add_argument("--tanpa-grafik", dest="no_images", action="store_true", help=t("handout.cli.no_images"))
    p.set_defaults(func=cmd_report)

    p = subparsers.add_parser(
        "export", help=t("handout.cli.export.help"), description=t("handout.cli.export.description")
    )
    _common(p, t("handout.cli.out_xlsx"))
    p.set_defaults(func=cmd_export)


def _common(p: argparse.ArgumentParser, out_help: str) -> None:
    p.add_argument("--year", type=int, required=True, metavar="TAHUN", help=t("handout.cli.year"))
    p.add_argument("--out", required=True, metavar="BERKAS", help=out_help)
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--opd", metavar="KODE", help=t("handout.cli.opd"))
    p.add_argument("--jenis", metavar="JENIS", help=t("handout.cli.jenis"))
    p.add_argument("--tahapan", metavar="TAHAPAN", help=t("handout.cli.tahapan"))


def cmd_report(args: argparse.Namespace) -> int:
    return _run(
        args, ".pdf", lambda con, kw: report.briefing_pdf(con, args.year, images=not args.no_images, **kw)
    )


def cmd_export(args: argparse.Namespace) -> int:
    return _run(args, ".xlsx", lambda con, kw: export.workbook_xlsx(con, args.year, **kw))


def _run(args: argparse.Namespace, suffix: str, make) -> int:
    # errors are reported here, not through analytics.__main__.UserError: under `python -m` that
    # module runs as __main__, and its class would not be the one imported here
    out = Path(args.out).expanduser()
    try:
        if out.suffix.lower() != suffix:
            raise report.ExportError(t("handout.error.suffix", suffix=suffix, path=out))
        started = time.perf_counter()
        with db.connection(args.db) as con:
            data = make(con, {"opd": args.opd, "jenis": args.jenis, "tahapan": args.tahapan})
        write_handout(out, data)
    except report.ExportError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    seconds = fmt_number(time.perf_counter() - started, 1)
    print(t("handout.cli.done", path=out, size=fmt_kilobytes(len(data)), seconds=seconds))
    return 0


def write_handout(path: Path, data: bytes) -> None:
    """Write beside the target and move into place (`files.write_atomically`): never half a file."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise report.ExportError(t("handout.error.write", path=path)) from exc
