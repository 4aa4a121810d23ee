"""Start the dashboard: `python -m ui.server run dashboard.py [streamlit options]` (what `make run` does).

Exactly `streamlit run`, with one Streamlit quirk switched off first, so that a shared deep link
(`/progres-skor?tahun=2021`) opens cleanly for the first visitor after the server starts. Plain
`streamlit run dashboard.py` serves the same app, but that first visitor gets an English "Page not
found" dialog over the right page.

The quirk (Streamlit 1.67, streamlit/streamlit#8860 and #9624): Streamlit decides per process
whether an app uses the old "pages/ directory" multipage mode by checking whether a folder named
`pages/` lies beside the entry script (`PagesManager.uses_pages_directory`), and only un-decides it
when `st.navigation` first runs. Until then the script runner builds a navigation from the files in
pages/, whose names (`progres_skor`) are not our URL paths (`progres-skor`). Our pages are declared
with `st.navigation` and never auto-discovered, and Streamlit offers no option to say so, so the
flag is set before the server starts. ui/links.py cannot help here: that first run has decided
"page not found" before dashboard.py runs.

This reaches into Streamlit internals, so tests/test_server.py fails loudly when an upgrade
changes them (the flag gone or no longer deciding, or the quirk fixed upstream: then delete this
module's patch and start with `streamlit run`). AppTest resets the flag before every run, so the
tests and the benchmark apply `navigation_only()` too (otherwise AppTest runs a page file without
dashboard.py and its sidebar).
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable
from typing import Any


def navigation_only() -> Callable[[], None]:
    """Make every Streamlit PagesManager ignore the pages/ folder; return a function that undoes it."""
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:
        # The dashboard still runs; only the first deep link may show the dialog again.
        # tests/test_server.py fails on this Streamlit, so it does not go unnoticed.
        warnings.warn(
            "ui.server: Streamlit has no PagesManager; the pages/ quirk is not switched off", stacklevel=2
        )
        return lambda: None
    original = PagesManager.__init__

    def init(self: PagesManager, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    PagesManager.__init__ = init  # type: ignore[method-assign]
    PagesManager.uses_pages_directory = False

    def undo() -> None:
        PagesManager.__init__ = original  # type: ignore[method-assign]

    return undo


def main() -> None:
    navigation_only()
    from streamlit.web.cli import main as streamlit_main

    sys.argv[0] = "streamlit"
    sys.exit(streamlit_main())


if __name__ == "__main__":
    main()
