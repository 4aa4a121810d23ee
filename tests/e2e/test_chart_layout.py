"""The charts of the chart-heavy pages, measured in the browser at a phone (390 px), a laptop or
projector at 1366 px and a full-HD projector (1920 px): no two labels of a chart overlap or touch,
no label is cut at the chart's edge, and at 1920 no chart text is under 14 px (issue 11).

What the helper measures and how: tests/e2e/layout.py. A screenshot of every page and size is kept
in test-artifacts/screenshots/ (layout-<page>-<size>.png).
"""

from __future__ import annotations

import pytest

from analytics.text import t
from tests.e2e.conftest import screenshot, wait_for_app, wait_for_layout
from tests.e2e.layout import chart_text_problems, describe, draw_all_charts

pytestmark = pytest.mark.e2e

SIZES = {
    "phone": {"width": 390, "height": 844},
    "laptop": {"width": 1366, "height": 768},
    "hd": {"width": 1920, "height": 1080},
}
MIN_FONT_AT = {"hd": 14}  # px: the smallest chart text a projector at 1920 may show

# (name, URL path, charts the page draws at least at that size: hidden tabs are not counted)
PAGES = [
    ("ringkasan", "", 1),
    ("partisipasi-opd", "partisipasi-opd", 5),
    ("jenis-inovasi", "jenis-inovasi", 6),
    ("progres-skor", "progres-skor", 4),
    ("data-inovasi", "data-inovasi", 1),
]


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize(("name", "path", "min_charts"), PAGES, ids=[p[0] for p in PAGES])
def test_chart_labels_do_not_collide(server, page, size, name, path, min_charts):
    page.set_viewport_size(SIZES[size])
    page.goto(f"{server.url}/{path}")
    wait_for_app(page)
    if name == "data-inovasi":
        # an innovation is chosen (the first by default): its evidence chart is drawn
        assert page.get_by_text(t("page.data.evidence")).first.is_visible()
    draw_all_charts(page, at_least=min_charts)
    wait_for_layout(page)  # plotly lays out the labels of a chart just scrolled into view
    problems = chart_text_problems(page, min_font_px=MIN_FONT_AT.get(size))
    measured = page.evaluate(
        "() => [...document.querySelectorAll('.js-plotly-plot')]"
        ".filter(c => c.getBoundingClientRect().width > 0 && c.querySelector('svg text')).length"
    )
    screenshot(page, f"layout-{name}-{size}")
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    assert measured >= min_charts, f"only {measured} charts drawn on {name} at {size}"
    assert not problems, f"{name} at {SIZES[size]['width']} px:\n{describe(problems)}"
