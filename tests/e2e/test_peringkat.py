"""The Peringkat page in the real browser, at projector (1366x768) and phone (390x844) size.

One server on a database with generated national tables of 2024 and 2025 imported ("data
contoh"): 2025 shows Pati's national and provincial rank, the spread of scores, the predicates,
the neighbours and the rank change; 2021 (published results only) shows how much of the table is
missing and no rank. Screenshots in test-artifacts/screenshots/peringkat-*.png.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from analytics.text import t
from tests.e2e.conftest import VIEWPORTS, Server, screenshot, start_server, stop_server, wait_for_app
from tests.e2e.test_words_and_sizes import _SMALL, MIN_PX_AT_1920, SIZES, english_seen
from tests.ranking_helpers import database_with_tables

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def server(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("peringkat")
    srv = start_server(database_with_tables(built_db, tmp, (2024, 2025)), tmp)
    yield srv
    stop_server(srv)


def _open(page, url: str, min_charts: int) -> None:
    page.goto(url)
    wait_for_app(page)
    # plotly draws after the script, and far charts only once scrolled to
    page.evaluate(
        "async () => { const m = document.querySelector('[data-testid=stMain]');"
        " for (let y = 0; m && y < m.scrollHeight; y += 500) {"
        "   m.scrollTo(0, y); await new Promise(r => setTimeout(r, 80)); }"
        " if (m) m.scrollTo(0, 0); }"
    )
    page.wait_for_function(
        "n => [...document.querySelectorAll('[data-testid=stPlotlyChart]')]"
        ".filter(c => c.querySelector('.main-svg')).length >= n",
        arg=min_charts,
        timeout=30_000,
    )
    wait_for_app(page)


def _metric(page, label: str) -> str:
    metric = page.locator("[data-testid=stMetric]").filter(has_text=label).first
    return metric.locator("[data-testid=stMetricValue]").inner_text().strip()


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_ranks_from_a_national_table(server, page, viewport) -> None:
    page.set_viewport_size(VIEWPORTS[viewport])
    _open(page, f"{server.url}/peringkat?tahun_peringkat=2025", min_charts=4)
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    assert page.get_by_role("heading", name="Peringkat IID").is_visible()
    assert re.fullmatch(r"ke-\d+ dari 415", _metric(page, "Peringkat se-Indonesia"))
    assert re.fullmatch(r"ke-\d+ dari 29", _metric(page, "Peringkat se-Jawa Tengah"))
    assert page.get_by_text(t("ranking.computed")).first.is_visible()
    # drawn from a generated table: said on the page and on every chart
    assert page.get_by_text(t("sample.badge")).first.is_visible()
    assert page.locator("[data-testid=stPlotlyChart]").filter(has_text=t("sample.badge")).count() >= 4
    assert english_seen(page) == []
    screenshot(page, f"peringkat-2025-{viewport}")


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
def test_published_results_only_show_what_is_missing(server, page, viewport) -> None:
    page.set_viewport_size(VIEWPORTS[viewport])
    _open(page, f"{server.url}/peringkat?tahun_peringkat=2021", min_charts=2)
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    assert _metric(page, "Peringkat se-Indonesia") == t("page.peringkat.kpi_no_rank")
    assert page.get_by_text(
        "Hasil 2021 yang tersimpan baru mencakup 11 dari 415 kabupaten se-Indonesia"
    ).is_visible()
    assert _metric(page, "Skor 2021") == "53,00"
    assert english_seen(page) == []
    screenshot(page, f"peringkat-2021-{viewport}")


def test_no_small_text_on_a_1920_projector(server, page) -> None:
    page.set_viewport_size(SIZES["1920"])
    _open(page, f"{server.url}/peringkat?tahun_peringkat=2025", min_charts=4)
    assert page.evaluate(_SMALL, MIN_PX_AT_1920) == []
