"""`python -m analytics <subcommand>`: the command line of the dashboard's data layer.

Each module in COMMAND_MODULES contributes subcommands through `register(subparsers)`; a
subcommand sets `func(args) -> int`. Known errors (bad data, unreadable database) print one clear
line in Bahasa Indonesia and exit 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from analytics.build import BuildError
from analytics.db import DatabaseError

COMMAND_MODULES = (
    "analytics.cli",
    "analytics.cli_score",
    "analytics.cli_import",
    "analytics.cli_export",
)


class UserError(Exception):
    """A usage or input problem to report in one line (exit code 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analytics",
        description="Dasbor Inovasi Daerah Kabupaten Pati: membangun, memeriksa dan mengolah data.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)
    for module in COMMAND_MODULES:
        importlib.import_module(module).register(subparsers)
    return parser


def subcommand_names() -> list[str]:
    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(action.choices)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (BuildError, DatabaseError, UserError) as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
