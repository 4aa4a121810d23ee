"""The handout downloads in the real browser: the PDF button on Ringkasan gives a PDF of the
year in the URL, and the Excel button on Data Inovasi gives a workbook."""

from __future__ import annotations

import pytest

from analytics.text import t
from tests.e2e.conftest import VIEWPORTS, screenshot, wait_for_app

pytestmark = pytest.mark.e2e


def test_ringkasan_pdf_download(server, page, tmp_path) -> None:
    page.set_viewport_size(VIEWPORTS["projector"])
    page.goto(f"{server.url}/?tahun=2022")
    wait_for_app(page)
    button = page.get_by_role("button", name=t("handout.ui.pdf"))
    button.scroll_into_view_if_needed()
    screenshot(page, "ringkasan-downloads")
    # the PDF is made on the click (chart images take a few seconds)
    with page.expect_download(timeout=90_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf") and "2022" in download.suggested_filename
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF"), server.log_text()
    assert len(data) > 50_000  # with chart images
    assert page.locator("[data-testid=stException]").count() == 0


def test_data_inovasi_excel_download(server, page, tmp_path) -> None:
    page.set_viewport_size(VIEWPORTS["projector"])
    page.goto(f"{server.url}/data-inovasi?tahun=2023")
    wait_for_app(page)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=t("handout.ui.xlsx")).click()
    path = tmp_path / "data.xlsx"
    info.value.save_as(path)
    assert path.read_bytes()[:2] == b"PK"
    assert info.value.suggested_filename.endswith("-2023.xlsx")
