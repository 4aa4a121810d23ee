"""Presenter mode in the real browser: three slides walked with a presentation clicker's keys at
1920x1080 and 1366x768, no text under 20 px, no Streamlit chrome, the slide in the URL, and
"data contoh" on every slide with sample data. Screenshots land in test-artifacts/screenshots/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from analytics import briefing, db
from analytics.text import t
from tests.e2e.conftest import screenshot, wait_for_app

pytestmark = pytest.mark.e2e

SIZES = {"1920": {"width": 1920, "height": 1080}, "1366": {"width": 1366, "height": 768}}
MIN_PX = 20

# Every visible text node's font size, and whether its element is on screen; the browser measures.
_SMALL_TEXT = """
() => {
  const small = [];
  const walker = document.createTreeWalker(document.querySelector('[data-testid=stMain]'), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent.trim();
    if (!text) continue;
    const el = node.parentElement;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility === 'hidden' || cs.display === 'none' || cs.opacity === '0') continue;
    if (el.closest('[aria-hidden=true]')) continue;
    const size = parseFloat(cs.fontSize);
    if (size < 20) small.push([size, text.slice(0, 40)]);
  }
  return small;
}
"""


def _settle(page) -> None:
    wait_for_app(page)
    if page.locator("[data-testid=stPlotlyChart]").count():
        page.wait_for_selector("[data-testid=stPlotlyChart] .main-svg", timeout=30_000)


def _title(page) -> str:
    # safe.md puts an invisible word joiner after ":" (so no emoji shortcode forms); not a visible change
    return page.locator(".st-key-slide_title h1").inner_text().replace("\u2060", "").strip()


@pytest.fixture(scope="module")
def slides_2022(built_db):
    with db.connection(built_db) as con:
        return briefing.slides(briefing.build(con, 2022))


@pytest.mark.parametrize("size", list(SIZES))
def test_walk_three_slides_with_the_keyboard(server, page, size, slides_2022):
    page.set_viewport_size(SIZES[size])
    page.goto(f"{server.url}/presentasi?tahun=2022")
    _settle(page)
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    # the sidebar and Streamlit's own chrome are hidden on a slide
    for chrome in ("stSidebar", "stHeader", "stToolbar"):
        expect(page.locator(f"[data-testid={chrome}]").first).to_be_hidden()
    seen = []
    for step, key in enumerate(["ArrowRight", "PageDown", " "], start=1):
        assert _title(page) == slides_2022[step - 1].title
        assert page.get_by_text(t("sample.badge")).first.is_visible(), "every slide with sample data says so"
        small = page.evaluate(_SMALL_TEXT)
        assert not small, f"text under {MIN_PX} px on slide {step}: {small[:5]}"
        screenshot(page, f"presentasi-{size}-slide{step}")
        seen.append(_title(page))
        page.keyboard.press(key)
        # the key starts a rerun a moment later: wait for its result, not for an idle app
        expect(page).to_have_url(re.compile(f"slide={step + 1}"))
        expect(page.locator(".st-key-slide_title h1")).to_contain_text(slides_2022[step].title.split(" ")[0])
        _settle(page)
    assert _title(page) == slides_2022[3].title
    page.keyboard.press("ArrowLeft")
    expect(page).to_have_url(re.compile("slide=3"))
    _settle(page)
    assert _title(page) == slides_2022[2].title
    page.keyboard.press("PageUp")
    expect(page).to_have_url(re.compile("slide=2"))
    _settle(page)
    assert _title(page) == slides_2022[1].title
    assert len(set(seen)) == 3


def test_a_link_reopens_the_slide_and_the_last_slide_has_steps_and_opd(server, page, slides_2022, built_db):
    page.set_viewport_size(SIZES["1366"])
    page.goto(f"{server.url}/presentasi?tahun=2022&slide=3")
    _settle(page)
    assert _title(page) == slides_2022[2].title
    page.goto(f"{server.url}/presentasi?tahun=2022&slide={len(slides_2022)}")
    _settle(page)
    with db.connection(built_db) as con:
        b = briefing.build(con, 2022)
    body = page.locator(".st-key-slide_body").inner_text()
    assert t("brief.path.title", target="60,01") in body
    first_step = b.path.steps[0]
    assert first_step.text in body and first_step.owner in body
    assert b.without_groups()[0][1][0] in body  # an OPD without an innovation is named
    assert b.path.label in body  # always labelled an estimate with its method year
    screenshot(page, "presentasi-1366-closing")
