"""analytics.images: charts as PNG at presentation size, and what "no browser" means."""

from __future__ import annotations

import contextlib
import struct

import plotly.graph_objects as go
import pytest

from analytics import charts, images


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_a_slide_image_is_1920_by_1080_with_projector_type():
    fig = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]), layout={"template": charts.THEME, "height": 420})
    png = images.slide_png(fig)
    assert _png_size(png) == (images.SLIDE_WIDTH, images.SLIDE_HEIGHT)
    big = charts.for_projector(fig, height=images.SLIDE_HEIGHT, width=images.SLIDE_WIDTH)
    assert big.layout.font.size >= charts.PROJECTOR_MIN_FONT
    assert fig.layout.height == 420, "the page's figure is not changed"


def test_no_browser_is_told_apart_from_a_figure_bug(monkeypatch: pytest.MonkeyPatch):
    from choreographer.browsers.chromium import ChromeNotFoundError

    fig = go.Figure(go.Bar(x=["a"], y=[1]))
    # what is tested is how pngs() reads an error of the drawing call; starting and stopping the
    # real Chromium around each of the two calls (seconds each) adds nothing to that
    monkeypatch.setattr(images, "_browser", contextlib.nullcontext)

    def no_browser(*args, **kwargs):
        raise ChromeNotFoundError("no chromium")

    monkeypatch.setattr(go.Figure, "to_image", no_browser)
    with pytest.raises(images.ImagesUnavailable):
        images.pngs([fig], width=800)

    def bug(*args, **kwargs):
        raise ValueError("bad figure")

    monkeypatch.setattr(go.Figure, "to_image", bug)
    with pytest.raises(ValueError, match="bad figure"):
        images.pngs([fig], width=800)
