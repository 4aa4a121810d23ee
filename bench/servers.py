"""What the speed benchmarks run against: a database at K times the sample, and a Streamlit server.

- `scaled_database(scale, folder)` builds its own database file in `folder` from the reference
  CSVs and `analytics.sample.generate(scale=K)`; data/inovasi.duckdb and the committed CSVs are
  never touched.
- `start(script, db, folder)` serves `script` the way the browser tests do (tests/e2e/conftest.py):
  `python -m ui.server run`, headless, no file watcher, a free port, ready when /_stcore/health
  answers; the server's log stays in `folder` and is shown if it dies.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analytics import build as builder  # noqa: E402  (needs ROOT on sys.path when run as a script)
from analytics import sample  # noqa: E402

DASHBOARD = ROOT / "dashboard.py"
BARE_APP = ROOT / "bench" / "bare_app.py"


def scaled_database(scale: int, folder: Path) -> tuple[Path, int]:
    """Build a database with `scale` times the sample innovations in `folder`; return it and its
    number of innovations."""
    data_dir = folder / f"data-{scale}x"
    shutil.copytree(ROOT / "data" / "reference", data_dir / "reference", dirs_exist_ok=True)
    sample.generate(data_dir, scale=scale)
    db = folder / f"inovasi-{scale}x.duckdb"
    builder.build(db, data_dir=data_dir)
    with duckdb.connect(str(db), read_only=True) as con:
        (n,) = con.execute("select count(*) from innovation").fetchone()
    return db, int(n)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def log_tail(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start(script: Path, db: Path | None, folder: Path, name: str) -> Server:
    """Serve `script` (the dashboard on `db`, or the bare app) and wait until it is healthy."""
    port = _free_port()
    log = folder / f"{name}.log"
    env = {**os.environ}
    if db is not None:
        env["INOVASI_DB"] = str(db)
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "ui.server", "run", str(script),
                "--server.headless", "true", "--server.port", str(port),
                "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
            ],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    server = Server(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit ({name}) exited early:\n{server.log_tail()}")
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.stop()
    raise RuntimeError(f"streamlit ({name}) did not become healthy:\n{server.log_tail()}")
