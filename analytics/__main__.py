"""`python -m analytics <subcommand>`: the command line of the dashboard's data layer.

Each module in COMMAND_MODULES contributes subcommands through `register(subparsers)`; a
subcommand sets `func(args) -> int`. Known errors (bad data, unreadable database) print one clear
line in Bahasa Indonesia and exit 2, never a traceback: a database file that turns out damaged
only while it is read (a truncated or overwritten file opens, then fails on a query) gets the same
one message as one that fails to open (`analytics.db.unusable`).

Everything the CLI writes to the terminal passes through `analytics.sanitize.terminal_text`
(stdout and stderr are wrapped while a command runs), so a cell holding an escape sequence or a
bidi override is printed inert, whichever subcommand prints it.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys
from typing import Any, TextIO

import duckdb

from analytics.build import BuildError
from analytics.db import DatabaseError, unusable
from analytics.sanitize import terminal_text
from analytics.text import t

COMMAND_MODULES = (
    "analytics.cli",
    "analytics.cli_score",
    "analytics.cli_import",
    "analytics.cli_export",
    "analytics.cli_outputs",
    "analytics.cli_ranking",
)


class UserError(Exception):
    """A usage or input problem to report in one line (exit code 2)."""


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        return super().add_usage(
            usage, actions, groups, prefix=t("cli.usage") + " " if prefix is None else prefix
        )


# argparse's own messages (Python 3.11) and their Indonesian form, for errors shown to users
_ERRORS = (
    (r"the following arguments are required: (?P<args>.+)", "cli.err.required"),
    (r"unrecognized arguments: (?P<args>.+)", "cli.err.unrecognized"),
    (
        r"argument (?P<arg>.+?): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
        "cli.err.choice",
    ),
    (r"argument (?P<arg>.+?): invalid \w+ value: (?P<value>.+)", "cli.err.value"),
    (r"argument (?P<arg>.+?): expected one argument", "cli.err.one_value"),
    (r"argument (?P<arg>.+?): not allowed with argument (?P<other>.+)", "cli.err.not_allowed"),
)


class Parser(argparse.ArgumentParser):
    """argparse in Bahasa Indonesia: headings, the help option, usage and the common errors."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = t("cli.positionals")
        self._optionals.title = t("cli.options")
        if add_help:
            self.add_argument("-h", "--help", action="help", help=t("cli.help"))

    def error(self, message: str):
        for pattern, key in _ERRORS:
            match = re.fullmatch(pattern, message)
            if match:
                message = t(key, **match.groupdict())
                break
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {t('cli.error')}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
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


class TerminalSafe:
    """A text stream that writes everything through `terminal_text` (no escape sequences)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_text(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def main(argv: list[str] | None = None) -> int:
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(stdout), TerminalSafe(stderr)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except DatabaseError as exc:
        print(f"Galat: {exc.detail}", file=sys.stderr)
        return 2
    except duckdb.Error as exc:  # raised while reading: the file is damaged (see module docstring)
        print(f"Galat: {unusable(exc, getattr(args, 'db', None)).detail}", file=sys.stderr)
        return 2
    except (BuildError, UserError) as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`info | head`): stop quietly, as Unix tools do
        with contextlib.suppress(OSError):
            sys.stdout = TerminalSafe(open(os.devnull, "w"))  # noqa: SIM115 - flushed at exit
        return 141


if __name__ == "__main__":
    sys.exit(main())
