"""`python -m analytics <subcommand>`: the command line of the dashboard's data layer.

Each subcommand lives in a command module that adds it through `register(subparsers)` and sets
`func(args) -> int`. `commands()` lists every subcommand with its module and its line in `--help`,
so only the module of the command being run is imported: `--help` and a usage error answer without
pandas, duckdb, plotly or argon2 (together about a second), and each command pays only for what it
uses (tests/test_cli.py checks the list against what the modules register). Known errors (bad data, unreadable database) print one clear
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

from analytics.sanitize import terminal_text
from analytics.text import t


def commands() -> dict[str, tuple[str, str]]:
    """Every subcommand, in the order `--help` lists them: the module that registers it and its
    one line in `--help` (the same line the module gives `add_parser(help=...)`)."""
    return {
        "build": ("analytics.cli", t("cli.build.help")),
        "info": ("analytics.cli", t("cli.info.help")),
        "sample": ("analytics.cli", t("cli.sample.help")),
        "score": ("analytics.cli_score", t("score.cli.help")),
        "import": ("analytics.cli_import", t("import.cli.help")),
        "template": ("analytics.cli_import", t("import.cli.template_help")),
        "history": ("analytics.cli_import", t("import.cli.history_help")),
        "undo": ("analytics.cli_import", t("import.cli.undo_help")),
        "editor": ("analytics.cli_import", t("auth.cli.help")),
        "report": ("analytics.cli_export", t("handout.cli.report.help")),
        "export": ("analytics.cli_export", t("handout.cli.export.help")),
        "lembar": ("analytics.cli_outputs", t("handout.lembar.cli.help")),
        "snapshot": ("analytics.cli_outputs", t("handout.snapshot.cli.help")),
        "sample-hasil": ("analytics.cli_ranking", t("ranking.cli.help")),
    }


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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with `command` complete (its module imported and registered); every other
    subcommand is only named, with its help line, so that listing them imports nothing."""
    parser = Parser(
        prog="python -m analytics",
        description=t("app.name") + ": membangun, memeriksa dan mengolah data (daerahnya: "
        "reference/daerah.toml di folder data).",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)
    table = commands()
    if command in table:
        importlib.import_module(table[command][0]).register(subparsers)
    for name, (_, line) in table.items():
        if name not in subparsers.choices:
            subparsers.add_parser(name, help=line)
    return parser


def subcommand_names() -> list[str]:
    return list(commands())


def _command(argv: list[str]) -> str | None:
    """The subcommand named in `argv`: the first word that is not an option (the top level has
    only -h/--help, which takes no value)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


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
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(_command(argv)).parse_args(argv)
    # imported only now: `--help` and usage errors have exited above without them
    import duckdb

    from analytics.build import BuildError
    from analytics.db import DatabaseError, unusable

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
