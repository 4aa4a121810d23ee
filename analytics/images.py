"""Chart images (PNG) for the printed handouts and for slides people make themselves.

plotly draws the image with kaleido, which drives the system Chromium. Chromium is started once
for a batch of figures (the first image costs about 3 s, the next about 0,2 s) and closed again
by the call that started it. kaleido's sync server is one Chromium per process and not
thread-safe, so two users asking at once take turns.

Only a missing or failing browser means "images cannot be made here" (`ImagesUnavailable`, and
the PDF is then made without images and says so); a bug in a figure still fails loudly.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import threading
import warnings
from collections.abc import Iterator, Sequence

import plotly.graph_objects as go

from analytics import charts

# Slides are 16:9 at full HD; the figure is redrawn with projector-size type (charts.for_projector)
SLIDE_WIDTH = 1920
SLIDE_HEIGHT = 1080

_LOCK = threading.Lock()


class ImagesUnavailable(RuntimeError):
    """No browser to draw chart images with on this machine (or it failed to start)."""


@functools.cache
def available() -> bool:
    """Whether a Chromium or Chrome that kaleido can drive is installed (the dashboard offers
    image downloads only then)."""
    names = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
    return bool(os.environ.get("BROWSER_PATH")) or any(shutil.which(n) for n in names)


def _browser_errors() -> tuple[type[BaseException], ...]:
    from choreographer.browsers._errors import BrowserFailedError
    from choreographer.browsers.chromium import ChromeNotFoundError
    from choreographer.channels._errors import ChannelClosedError

    return (ChromeNotFoundError, BrowserFailedError, ChannelClosedError)


@contextlib.contextmanager
def _browser() -> Iterator[None]:
    import kaleido

    with _LOCK:
        server = kaleido._sync_server.GlobalKaleidoServer()  # the singleton start/stop act on
        opened = False
        if not server.is_running():
            try:
                kaleido.start_sync_server(silence_warnings=True)
            except _browser_errors() as exc:
                raise ImagesUnavailable(str(exc)) from exc
            opened = True
        try:
            yield
        finally:
            if opened:
                kaleido.stop_sync_server(silence_warnings=True)


def pngs(figures: Sequence[go.Figure], *, width: int, scale: float = 1.0) -> list[bytes]:
    """PNG bytes of each figure at `width` CSS pixels (its own layout height) times `scale`."""
    try:
        with _browser(), warnings.catch_warnings():
            # plotly passes its default options, which the shared server ignores (harmless)
            warnings.simplefilter("ignore", UserWarning)
            return [
                fig.to_image(format="png", width=width, height=int(fig.layout.height or 420), scale=scale)
                for fig in figures
            ]
    except _browser_errors() as exc:
        raise ImagesUnavailable(str(exc)) from exc


def slide_png(fig: go.Figure) -> bytes:
    """The chart at presentation size (1920 x 1080, type never under 20 px) for a slide."""
    return pngs([charts.for_projector(fig, height=SLIDE_HEIGHT, width=SLIDE_WIDTH)], width=SLIDE_WIDTH)[0]
