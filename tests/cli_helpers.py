"""Run `python -m analytics ...` inside the test process, for tests of what a command does.

A fresh interpreter costs each run one to two seconds of imports (pandas, duckdb, plotly, fpdf)
before the command starts, more than most commands take; in this process they are imported once.
`run_cli` returns a `subprocess.CompletedProcess` (exit code, stdout, stderr) like
`subprocess.run(..., capture_output=True, text=True)`, from the same `main()` that `python -m
analytics` calls, with the working folder and environment the subprocess had. What only a real
interpreter shows (the entry point starts, its exit code reaches the shell, what it imports, a
memory limit, another user's rights) stays a subprocess in the tests that check it
(tests/test_cli.py, tests/test_workbook_check.py).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
from pathlib import Path
from unittest import mock

from analytics.__main__ import main

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m analytics ARGS` from the project folder, with `env` added to the environment."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with (
        contextlib.chdir(ROOT),
        mock.patch.dict(os.environ, env or {}),
        contextlib.redirect_stdout(stdout),
        contextlib.redirect_stderr(stderr),
    ):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else int(exc.code is not None)
    return subprocess.CompletedProcess(
        ["python", "-m", "analytics", *args], code, stdout.getvalue(), stderr.getvalue()
    )
