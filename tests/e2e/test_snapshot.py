"""The offline snapshot in the real browser, opened from disk with every request outside file://
refused: the KPI values and the steps show, the plotly charts draw, and nothing is fetched."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from analytics import briefing, db, snapshot
from analytics.report import handout
from tests.e2e.conftest import VIEWPORTS, screenshot, wait_for_layout

pytestmark = pytest.mark.e2e

LOCAL = ("file:", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def b(built_db: Path) -> briefing.Briefing:
    with db.connection(built_db) as con:
        return handout(con, 2022, made_on=dt.date(2022, 12, 13))


@pytest.fixture(scope="module")
def snapshot_file(b: briefing.Briefing, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("snapshot") / "ringkasan-2022.html"
    path.write_text(snapshot.render(b), encoding="utf-8")
    return path


def _offline(page) -> list[str]:
    """Refuse every request that is not local, and record it: a recorded request fails the test."""
    attempted: list[str] = []

    def handle(route) -> None:
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            attempted.append(route.request.url)
            route.abort()

    page.route("**/*", handle)
    page.on("request", lambda r: None if r.url.startswith(LOCAL) else attempted.append(r.url))
    return attempted


def test_snapshot_opens_from_disk_without_network(page, b, snapshot_file: Path) -> None:
    attempted = _offline(page)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.set_viewport_size(VIEWPORTS["projector"])
    page.goto(snapshot_file.as_uri())
    # every chart drawn with its traces, the inlined fonts loaded and the labels laid out
    page.wait_for_function(
        "() => document.fonts.status === 'loaded' && [...document.querySelectorAll('.chart')]"
        ".every(c => c.querySelector('svg.main-svg g.trace'))",
        timeout=20_000,
    )
    wait_for_layout(page)

    for card in b.cards:
        value = page.locator(f".card[data-key='{card.key}'] .value")
        assert value.is_visible() and value.inner_text() == card.text
    steps = page.locator("ol.steps li")
    assert steps.count() == len(b.path.steps) > 0
    for i, line in enumerate(b.path.lines()):
        assert steps.nth(i).is_visible() and steps.nth(i).inner_text() == line
    # every chart drew (plotly's svg with its bars or lines)
    views = briefing.views(b)
    for i in range(len(views)):
        assert page.locator(f"#chart-{i} svg.main-svg").count() >= 1
        assert page.locator(f"#chart-{i} g.trace").count() > 0, views[i].key
    # the table behind a chart opens
    first = page.locator("details").first
    first.locator("summary").click()
    assert first.locator("table").is_visible()
    fonts = page.evaluate("() => [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family)")
    if snapshot.font_paths():
        assert any(snapshot.FONT_NAME in f for f in fonts)  # the inlined font, not a download
    screenshot(page, "snapshot-2022")

    # a phone: one column, nothing wider than the screen
    page.set_viewport_size(VIEWPORTS["phone"])
    wait_for_layout(page)  # the charts redrawn at the phone's width
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= VIEWPORTS["phone"]["width"] + 1
    assert page.locator(".card[data-key='score'] .value").is_visible()
    screenshot(page, "snapshot-2022-phone")

    assert not errors
    assert attempted == [], f"the snapshot asked for {attempted}"
    # the guard itself works: a request the page would make is caught
    with page.expect_request(lambda r: "example.invalid" in r.url):
        page.evaluate("() => fetch('https://example.invalid/x').catch(() => null)")
    assert any("example.invalid" in url for url in attempted)
