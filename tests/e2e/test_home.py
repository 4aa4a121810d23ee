"""The entry page opens in the real browser without an exception."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import VIEWPORTS, screenshot, wait_for_app

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_home_renders_without_exception(server, page, viewport) -> None:
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(server.url)
    wait_for_app(page)
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    assert page.get_by_text("Kabupaten Pati").first.is_visible()
    screenshot(page, f"home-{viewport}")
