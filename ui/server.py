"""Start the dashboard server: `python -m ui.server run dashboard.py [streamlit options]`.

Exactly `streamlit run`, with one Streamlit quirk switched off first. Streamlit decides per process
whether an app uses the old "pages/ directory" multipage mode by checking whether a folder named
`pages/` lies beside the entry script, and only un-decides it when `st.navigation` first runs. So the
first visitor after a server start who opens a deep link (a briefing link such as
`/progres-skor?tahun=2021`) got an English "Page not found" dialog over the right page
(streamlit/streamlit#8860). Our pages are declared with `st.navigation` and never auto-discovered,
so the old mode is switched off before the server starts. AppTest resets the flag before every
run, so the tests and the benchmark use `navigation_only()` too (otherwise AppTest reruns a page file
without dashboard.py and its sidebar).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def navigation_only() -> Callable[[], None]:
    """Make every Streamlit PagesManager ignore the pages/ folder; return a function that undoes it."""
    try:
        from streamlit.runtime.pages_manager import PagesManager
    except ImportError:  # a newer Streamlit without the quirk: nothing to do
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
