"""Browser tests: one Streamlit server per module, driven by Playwright on the system Chromium.

Playwright's own browser download does not work on this machine, so the system Chromium
(`apt-get install -y chromium`) is launched through `executable_path`. Without it the tests skip on
a developer machine, but fail in CI (CI=true): a browser test that cannot run is a failure there.
Screenshots land in test-artifacts/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORTS = {"projector": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}


def _chromium() -> str | None:
    env = os.environ.get("CHROMIUM_PATH")
    if env and Path(env).exists():
        return env
    for candidate in CHROMIUM_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return shutil.which("chromium")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser test cannot run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    path = _chromium()
    if path is None:
        _unavailable("system Chromium not found (apt-get install -y chromium)")
    return {**browser_type_launch_args, "executable_path": path, "args": CHROMIUM_FLAGS, "headless": True}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, url: str, process: subprocess.Popen[str], log: Path):
        self.url = url
        self.process = process
        self.log = log

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-4000:]


def start_server(
    db: Path, tmp: Path, extra_env: dict[str, str] | None = None, script: Path = ROOT / "dashboard.py"
) -> Server:
    port = _free_port()
    log = tmp / "streamlit.log"
    env = {**os.environ, "INOVASI_DB": str(db), **(extra_env or {})}
    process = subprocess.Popen(
        [
            sys.executable, "-m", "ui.server", "run", str(script),
            "--server.headless", "true", "--server.port", str(port),
            "--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false",
        ],
        cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return Server(url, process, log)
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError(f"streamlit did not become healthy:\n{log.read_text()}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="module")
def server(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = start_server(built_db, tmp_path_factory.mktemp("server"))
    yield srv
    stop_server(srv)


def wait_for_app(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has finished running the script after a load, click or navigation and
    the browser shows the result: no element left over from the previous run (`data-stale`) and
    no element still waiting for its code (`stSkeleton`).

    After a click the app can look idle for a moment before the rerun starts: a test that reads
    what the click changes waits for that (`expect(...)`, `.wait_for()`) rather than for time."""
    page.wait_for_selector("[data-testid=stApp]", timeout=timeout)
    page.wait_for_function(
        "() => { const a = document.querySelector('[data-testid=stApp]');"
        " return a && a.getAttribute('data-test-script-state') === 'notRunning'"
        " && !document.querySelector('[data-stale=true], [data-testid=stSkeleton]'); }",
        timeout=timeout,
    )


def next_frame(page) -> None:
    """Wait until the browser has drawn a frame after what was just done (a click, a hover, a
    scroll): two animation frames, so the first has been laid out and painted."""
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


# True when every chart is as wide as its box and no chart text has moved since the last look.
_SETTLED_JS = """
([selector]) => {
  const charts = [...document.querySelectorAll(selector)];
  const fitted = charts.every(c => {
    const svg = c.querySelector('svg.main-svg');
    const width = c.getBoundingClientRect().width;
    return !svg || width === 0 || Math.abs(svg.getBoundingClientRect().width - width) < 2;
  });
  const shape = JSON.stringify([
    document.documentElement.scrollWidth,
    ...charts.map(c => [...c.querySelectorAll('svg text')].map(t => {
      const r = t.getBoundingClientRect();
      return [Math.round(r.x), Math.round(r.y), Math.round(r.width)];
    })),
  ]);
  const still = window.__layoutShape === shape;
  window.__layoutShape = shape;
  return fitted && still;
}
"""


def wait_for_layout(page, selector: str = ".js-plotly-plot", timeout: float = 15_000) -> None:
    """Wait until the charts have settled after a resize or a scroll: plotly redraws a chart to its
    new width and lays out its labels after drawing, so every chart must fit its box and no
    label may move between two looks (polled every 100 ms)."""
    page.evaluate("() => { window.__layoutShape = null; }")
    page.wait_for_function(_SETTLED_JS, arg=[selector], polling=100, timeout=timeout)


def screenshot(page, name: str) -> Path:
    """Save the whole page. Streamlit scrolls inside its main container, not the document, so a
    plain full-page screenshot would stop at the viewport: the viewport is stretched to the
    content height for the shot (same width, so the layout is the one being tested) and restored."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    size = page.viewport_size
    height = page.evaluate(
        "() => { const m = document.querySelector('[data-testid=stMain]');"
        " return m ? m.scrollHeight : document.body.scrollHeight; }"
    )
    if size and height > size["height"]:
        page.set_viewport_size({"width": size["width"], "height": min(int(height), 16000)})
        wait_for_layout(page)
    page.screenshot(path=str(path), full_page=True)
    if size:
        page.set_viewport_size(size)
    return path
