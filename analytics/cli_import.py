"""`python -m analytics import|template|history|undo|editor`: real data in, on the command line.

Exit codes of `import`: 0 success (prints rows added and updated), 1 validation errors (the report
on stdout, nothing written), 2 usage or file errors (unreadable, not a spreadsheet, empty, too
big) and database problems, with one clear line on stderr and no traceback. The import works
while the dashboard runs: writers change a copy of the database and swap it in (see
analytics.db.write_transaction); a second writer waits, then says plainly to try again.

Errors are printed here rather than raised to analytics.__main__: under `python -m` that module
runs as __main__, so its UserError imported from here would be a different class.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import sys
from pathlib import Path

import pandas as pd

from analytics import auth, importer, template
from analytics.cli import DB_HELP
from analytics.db import connection, db_path, os_reason
from analytics.text import MISSING, fmt_datetime, fmt_number, t


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("import", help=t("import.cli.help"), description=t("import.cli.description"))
    p.add_argument("file", metavar="BERKAS", help=t("import.cli.file"))
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--dry-run", action="store_true", help=t("import.cli.dry_run"))
    p.add_argument("--kind", choices=("auto", *importer.KINDS), default="auto", help=t("import.cli.kind"))
    p.add_argument("--replace-sample", action="store_true", help=t("import.cli.replace_sample"))
    p.add_argument("--user", metavar="NAMA", help=t("import.cli.user"))
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser(
        "template", help=t("import.cli.template_help"), description=t("import.cli.template_description")
    )
    p.add_argument("--out", required=True, metavar="BERKAS.xlsx", help=t("import.cli.template_out"))
    p.add_argument("--kind", choices=importer.KINDS, default="inovasi", help=t("import.cli.template_kind"))
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(func=cmd_template)

    p = subparsers.add_parser(
        "history", help=t("import.cli.history_help"), description=t("import.cli.history_description")
    )
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--json", action="store_true", help=t("import.cli.json"))
    p.set_defaults(func=cmd_history)

    p = subparsers.add_parser(
        "undo", help=t("import.cli.undo_help"), description=t("import.cli.undo_description")
    )
    p.add_argument("batch", type=int, metavar="NOMOR", help=t("import.cli.undo_batch"))
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--user", metavar="NAMA", help=t("import.cli.user"))
    p.set_defaults(func=cmd_undo)

    p = subparsers.add_parser("editor", help=t("auth.cli.help"), description=t("auth.cli.description"))
    p.add_argument("--file", metavar="BERKAS", help=t("auth.cli.file"))
    actions = p.add_subparsers(dest="action", metavar="TINDAKAN", required=True)
    add = actions.add_parser("add", help=t("auth.cli.add_help"), description=t("auth.cli.add_help"))
    add.add_argument("name", metavar="NAMA")
    add.add_argument("--password-stdin", action="store_true", help=t("auth.cli.password_stdin"))
    add.add_argument("--replace", action="store_true", help=t("auth.cli.replace"))
    add.set_defaults(func=cmd_editor_add)
    remove = actions.add_parser(
        "remove", help=t("auth.cli.remove_help"), description=t("auth.cli.remove_help")
    )
    remove.add_argument("name", metavar="NAMA")
    remove.set_defaults(func=cmd_editor_remove)
    listing = actions.add_parser("list", help=t("auth.cli.list_help"), description=t("auth.cli.list_help"))
    listing.set_defaults(func=cmd_editor_list)


def _fail(message: str) -> int:
    print(f"Galat: {message}", file=sys.stderr)
    return 2


def cmd_import(args: argparse.Namespace) -> int:
    kind = None if args.kind == "auto" else args.kind
    try:
        data = importer.read_file(args.file)
        with connection(args.db) as con:
            parsed = importer.parse(data, Path(args.file).name, con, kind=kind)
            if not parsed.ok:
                print(parsed.report(limit=None))
                return 1
            preview = importer.plan(con, parsed, replace_sample=args.replace_sample)
    except importer.ImportFileError as exc:
        return _fail(str(exc))
    print(parsed.report())
    if args.dry_run:
        print(t("import.cli.dry_run_result", summary=preview.summary()))
        return 0
    result = importer.apply(args.db, parsed, user=args.user, replace_sample=args.replace_sample)
    print(result.message())
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        return _fail(t("import.cli.template_suffix", path=out))
    if not out.parent.is_dir():
        return _fail(t("import.cli.template_folder", path=out.parent))
    with connection(args.db) as con:
        try:
            template.write_template_file(out, con, args.kind)
        except OSError as exc:
            return _fail(t("import.cli.template_unwritable", path=out, reason=os_reason(exc)))
    print(t("import.cli.template_done", path=out, kind=args.kind))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    with connection(args.db) as con:
        frame = importer.history(con)
    if args.json:
        records = json.loads(frame.to_json(orient="records", date_format="iso"))
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return 0
    if frame.empty:
        print(t("import.history.empty", path=db_path(args.db)))
        return 0
    for r in frame.itertuples():
        # a column with a missing value holds NaN (truthy), not None: test for missing explicitly
        status = t("import.history.undone", by=r.undone_by) if not pd.isna(r.undone_by) else ""
        print(
            t(
                "import.history.line",
                batch=r.batch_id,
                when=fmt_datetime(r.imported_at),
                by=r.imported_by,
                file=r.file_name,
                kind=r.kind,
                added=fmt_number(r.rows_added),
                updated=fmt_number(r.rows_updated),
                removed=fmt_number(r.rows_removed),
            )
            + status
        )
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    try:
        result = importer.undo(args.db, args.batch, user=args.user)
    except importer.UndoError as exc:
        return _fail(str(exc))
    print(result.message())
    return 0


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(t("auth.cli.prompt"))
    second = getpass.getpass(t("auth.cli.prompt_again"))
    if first != second:
        raise auth.AuthError(t("auth.cli.mismatch"))
    return first


def cmd_editor_add(args: argparse.Namespace) -> int:
    try:
        password = _read_password(args.password_stdin)
        path = auth.add_editor(args.name, password, path=args.file, replace=args.replace)
    except auth.AuthError as exc:
        return _fail(str(exc))
    except EOFError:
        return _fail(t("auth.cli.no_password"))
    print(t("auth.cli.added", name=auth.normalise_username(args.name), path=path))
    return 0


def cmd_editor_remove(args: argparse.Namespace) -> int:
    try:
        path = auth.remove_editor(args.name, path=args.file)
    except auth.AuthError as exc:
        return _fail(str(exc))
    print(t("auth.cli.removed", name=auth.normalise_username(args.name), path=path))
    return 0


def cmd_editor_list(args: argparse.Namespace) -> int:
    try:
        editors = auth.load_editors(args.file)
    except auth.AuthError as exc:
        return _fail(str(exc))
    if not editors:
        print(t("auth.cli.none", path=auth.editors_path(args.file)))
        return 0
    for name, entry in sorted(editors.items()):
        print(f"{name}  ({t('auth.cli.since')} {_when(entry['created_at'])})")
    return 0


def _when(stamp: str) -> str:
    """An ISO timestamp from the editors file the Indonesian way: 13 Desember 2022 09.30."""
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp or MISSING
    return fmt_datetime(moment)
