"""ui/server.py switches off a Streamlit quirk through Streamlit internals; these tests fail loudly
when a Streamlit upgrade changes those internals, or fixes the quirk (then the patch can go).

The browser side (a deep link on a fresh server opens without a dialog) is
tests/e2e/test_deep_link.py.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# In a fresh process (the class flag is process-wide, and this session's AppTests have the patch
# on): what Streamlit decides for dashboard.py, without and then with the patch.
PROBE = """
from streamlit.runtime.pages_manager import PagesManager
PagesManager({script!r})
print(PagesManager.uses_pages_directory)
PagesManager.uses_pages_directory = None
from ui.server import navigation_only
navigation_only()
PagesManager({script!r})
print(PagesManager.uses_pages_directory)
"""


def test_the_pages_folder_quirk_is_still_there_and_the_patch_switches_it_off() -> None:
    script = str(ROOT / "dashboard.py")
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(script=script)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    without, with_patch = done.stdout.split()
    # True: Streamlit still takes the pages/ folder beside dashboard.py for the old multipage mode.
    # If this is False, Streamlit fixed the quirk: delete navigation_only() and run `streamlit run`.
    assert without == "True", "Streamlit no longer has the pages/ quirk: ui/server.py's patch can go"
    assert with_patch == "False", "ui.server.navigation_only() no longer switches the quirk off"


def test_the_flag_still_decides_how_a_run_starts() -> None:
    # The patch only helps while the script runner and st.navigation read this very flag.
    from streamlit.commands import navigation
    from streamlit.runtime.scriptrunner import script_runner

    assert "if PagesManager.uses_pages_directory:" in inspect.getsource(script_runner)
    assert "PagesManager.uses_pages_directory = False" in inspect.getsource(navigation)
