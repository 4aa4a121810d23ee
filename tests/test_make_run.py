"""`make run` serves only this machine unless HOST is given (checked on `make -n`, which runs nothing)."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def server_command(*make_args: str, host: str | None = None) -> list[str]:
    """The dashboard server's command line that `make run` would execute."""
    env = {k: v for k, v in os.environ.items() if k != "HOST"}  # tcsh exports HOST=<machine name>
    if host is not None:
        env["HOST"] = host
    result = subprocess.run(
        ["make", "-n", "run", *make_args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if "ui.server run" in line]
    assert len(lines) == 1, result.stdout
    return shlex.split(lines[0])


def option(command: list[str], name: str) -> str:
    assert command.count(name) == 1, command
    return command[command.index(name) + 1]


def test_make_run_listens_on_localhost_by_default() -> None:
    command = server_command()
    assert option(command, "--server.address") == "127.0.0.1"
    assert option(command, "--server.port") == "8501"


@pytest.mark.parametrize("how", ["environment", "argument"])
def test_host_opens_the_dashboard_to_the_network(how: str) -> None:
    if how == "environment":
        command = server_command("PORT=8600", host="0.0.0.0")
    else:
        command = server_command("HOST=0.0.0.0", "PORT=8600")
    assert option(command, "--server.address") == "0.0.0.0"
    assert option(command, "--server.port") == "8600"
