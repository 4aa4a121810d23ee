"""Every dashboard page in the real browser: charts render with no exception at projector and phone
sizes (a screenshot of each is kept), the year filter changes the KPIs, and a URL restores it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from analytics.text import t
from tests.e2e.conftest import VIEWPORTS, screenshot, wait_for_app
from tests.e2e.layout import draw_all_charts

pytestmark = pytest.mark.e2e

# (screenshot name, URL path, heading start, charts the page draws at least)
PAGES = [
    ("ringkasan", "", "Ringkasan", 1),
    ("partisipasi-opd", "partisipasi-opd", "Partisipasi OPD", 5),
    ("jenis-inovasi", "jenis-inovasi", "Jenis Inovasi", 6),
    ("progres-skor", "progres-skor", "Progres Skor", 3),
    ("data-inovasi", "data-inovasi", "Data Inovasi", 1),
]


def _open(page, url: str, min_charts: int = 1) -> None:
    page.goto(url)
    wait_for_app(page)
    # plotly draws after the script has finished, and charts far below the fold may wait until
    # they are scrolled to: scroll through the page, then wait until the charts have their SVG
    draw_all_charts(page, "[data-testid=stPlotlyChart]", at_least=min_charts)


def _metric_value(page, label_start: str) -> str:
    metric = page.locator("[data-testid=stMetric]").filter(has_text=label_start).first
    return metric.locator("[data-testid=stMetricValue]").inner_text().strip()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize(("name", "path", "heading", "min_charts"), PAGES, ids=[p[0] for p in PAGES])
def test_page_renders_charts_without_exception(server, page, viewport, name, path, heading, min_charts):
    page.set_viewport_size(VIEWPORTS[viewport])
    _open(page, f"{server.url}/{path}", min_charts)
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    assert page.get_by_role("heading", name=re.compile(f"^{heading}")).first.is_visible()
    assert page.locator("[data-testid=stPlotlyChart]").count() >= min_charts
    assert page.locator("[data-testid=stPlotlyChart] .main-svg").first.is_visible()
    # sample data is labelled wherever it shows
    assert page.get_by_text(t("sample.badge")).first.is_visible()
    # no developer chrome in front of officials
    assert page.locator("[data-testid=stAppDeployButton]").count() == 0
    screenshot(page, f"{name}-{viewport}")


def test_year_change_changes_the_kpi(server, page):
    page.set_viewport_size(VIEWPORTS["projector"])
    _open(page, server.url)
    label = t("kpi.innovations")
    before = _metric_value(page, label)
    assert page.get_by_role("heading", name="Ringkasan 2025").is_visible()

    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_role("combobox", name=t("filter.year")).click()
    page.get_by_role("option", name="2021", exact=True).click()
    # the click starts a rerun a moment later: wait for its result, not for "not running"
    expect(page.get_by_role("heading", name="Ringkasan 2021")).to_be_visible()
    wait_for_app(page)
    after = _metric_value(page, label)
    assert after != before, (before, after)
    assert "tahun=2021" in page.url
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()

    # the filter survives a page switch, and stays in the URL
    sidebar.get_by_role("link", name=t("nav.partisipasi_opd")).click()
    expect(page.get_by_role("heading", name="Partisipasi OPD 2021")).to_be_visible()
    wait_for_app(page)
    assert "tahun=2021" in page.url
    screenshot(page, "year-2021-partisipasi-projector")


def test_url_restores_the_year(server, page):
    page.set_viewport_size(VIEWPORTS["projector"])
    _open(page, f"{server.url}/?tahun=2021")
    assert page.get_by_role("heading", name="Ringkasan 2021").is_visible()
    sidebar = page.locator("[data-testid=stSidebar]")
    assert sidebar.get_by_role("combobox", name=t("filter.year")).input_value() == "2021"
    # the written summary speaks about 2021 as well
    summary = page.get_by_text(t("brief.count").split()[0]).first
    assert t("brief.count", n="", year=2021).split()[-1] in summary.inner_text()
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    screenshot(page, "url-tahun-2021-projector")


def test_page_choices_live_in_the_url(server, page):
    """A shared link to Progres Skor keeps the goal year and comparison year; the Data Inovasi
    all-years switch writes itself into the URL."""
    page.set_viewport_size(VIEWPORTS["projector"])
    _open(page, f"{server.url}/progres-skor?tahun=2022&tahun_sasaran=2025&banding=2021", min_charts=3)
    assert page.get_by_role("heading", name=re.compile("^Progres Skor")).first.is_visible()
    assert "tahun_sasaran=2025" in page.url and "banding=2021" in page.url, page.url
    needed = page.locator("[data-testid=stMetric]").filter(has_text=t("page.progres.kpi_needed"))
    assert needed.count() == 1
    # the goal year shown on the slider is the one from the URL
    assert page.locator("[data-testid=stSlider]").filter(has_text="2025").count() >= 1
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()

    _open(page, f"{server.url}/data-inovasi?tahun=2025")
    page.locator("[data-testid=stCheckbox]").filter(has_text=t("page.data.all_years")).click()
    wait_for_app(page)
    page.wait_for_function("() => location.search.includes('semua_tahun')", timeout=10_000)
    assert "semua_tahun=true" in page.url.lower(), page.url
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    screenshot(page, "data-inovasi-semua-tahun-projector")
