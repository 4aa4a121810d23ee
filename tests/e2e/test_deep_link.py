"""A shared briefing link works for the very first visitor after the server starts.

Streamlit used to answer the first deep link of a fresh server with an English "Page not found"
dialog because a `pages/` folder lies beside dashboard.py (see ui/server.py). This module starts
its own server so the deep link below is that server's first session.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import VIEWPORTS, Server, screenshot, start_server, stop_server, wait_for_app

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def fresh_server(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    srv = start_server(built_db, tmp_path_factory.mktemp("fresh-server"))
    yield srv
    stop_server(srv)


def test_first_session_deep_link_opens_the_page_without_dialog(fresh_server, page) -> None:
    page.set_viewport_size(VIEWPORTS["projector"])
    page.goto(f"{fresh_server.url}/progres-skor?tahun=2021")
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Progres Skor").first).to_be_visible()
    # Streamlit's dialog comes with the run's page message, before the run ends: had the link
    # failed, it would be on the page by now
    expect(page.get_by_text("Page not found")).to_have_count(0)
    assert page.locator("[data-testid=stException]").count() == 0, fresh_server.log_text()
    assert page.get_by_role("heading", name="Progres Skor").first.is_visible()
    assert "tahun=2021" in page.url
    screenshot(page, "deep-link-first-session")
