"""Addresses and print in the real browser.

- An address that names no page (`/nope`) opens Ringkasan with an Indonesian notice, and no
  English "Page not found" ever reaches the page: a MutationObserver installed before the first
  byte of the page watches every text Streamlit draws, so even a dialog shown for a moment counts.
- `/ringkasan` (what people type) and a page name in other letters open the page, without notice.
- A filter value in a link that is not understood is said; a spelling people type (`opd=dinkes`)
  opens the view and the address is rewritten the way the filters write it.
- The Progres Skor target typed as "62,5" lands in the address, and the address brings it back.
- Ctrl+P of Ringkasan at 1920x1080 (the browser's "beforeprint", then the A4 print layout): no
  sidebar or buttons in the PDF, the five cards in one or two rows, every chart label inside the
  page, and "data contoh" kept. Read back with pypdf (text and where it sits on the page).
"""

from __future__ import annotations

import io
import re
import urllib.parse

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from analytics.safe import md
from analytics.text import fmt_score, t
from tests.e2e.conftest import VIEWPORTS, screenshot, start_server, stop_server, wait_for_app
from tests.e2e.test_words_and_sizes import ENGLISH_RE

pytestmark = pytest.mark.e2e

# Streamlit's dialog for an unknown page, in the words of its frontend bundle
DIALOG_WORDS = ("Page not found", "does not seem to exist", "Running the app's main page")

_WATCH = """
window.__englishSeen = [];
window.__dialogSeen = false;
new MutationObserver(() => {
  const body = document.body;
  if (!body) return;
  if (document.querySelector('[data-testid=stDialog]')) window.__dialogSeen = true;
  const text = body.innerText || '';
  for (const w of %s) if (text.includes(w) && !window.__englishSeen.includes(w)) window.__englishSeen.push(w);
}).observe(document, {subtree: true, childList: true, characterData: true});
""" % list(DIALOG_WORDS)  # noqa: UP031 (a JavaScript template)


def _notice(page) -> str:
    """The link notice at the top of the page ("Halaman … tidak ada", "Tautan berisi …"), or ""."""
    for text in page.locator("[data-testid=stAlert]").all_inner_texts():
        if "Tautan berisi" in text or "tidak ada; yang ditampilkan" in text:
            return text.replace("link_off", "").strip()
    return ""


def _plain(markdown: str) -> str:
    """Markdown from the catalogue as the browser shows it (escapes and the word joiner gone)."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


@pytest.mark.parametrize("size", ["1366", "390"])
def test_an_unknown_address_is_told_in_indonesian_and_nothing_english_flashes(server, page, size) -> None:
    page.set_viewport_size(VIEWPORTS["projector" if size == "1366" else "phone"])
    page.add_init_script(_WATCH)
    page.goto(f"{server.url}/nope?tahun=abc")
    wait_for_app(page)
    page.get_by_role("heading", name=re.compile("^Ringkasan")).first.wait_for()
    # the notice is drawn by the run that follows the redirect to `/`; Streamlit's own dialog
    # would have come with the first run's page message, so by then the watch has seen it
    page.wait_for_url(lambda url: urllib.parse.urlsplit(url).path == "/")
    expect(
        page.locator("[data-testid=stAlert]").filter(has_text="tidak ada; yang ditampilkan")
    ).to_be_visible()
    wait_for_app(page)
    notice = _notice(page)
    assert _plain(t("nav.unknown_page", path="/nope", shown=t("nav.ringkasan"))) in notice
    assert _plain(t("link.unknown", param="tahun", value="abc", shown="@")).split("@")[0] in notice
    assert page.evaluate("window.__englishSeen") == []
    assert page.evaluate("window.__dialogSeen") is False
    assert urllib.parse.urlsplit(page.url).path == "/"
    screenshot(page, f"links-unknown-page-{size}")


@pytest.mark.parametrize(
    ("address", "heading", "path"),
    [
        ("/ringkasan?tahun=2022", "Ringkasan 2022", "/"),
        ("/Progres-Skor?tahun=2022", "Progres Skor", "/progres-skor"),
        ("/DATA-INOVASI", "Data Inovasi", "/data-inovasi"),
    ],
)
def test_page_names_people_type_open_the_page(server, page, address, heading, path) -> None:
    page.set_viewport_size(VIEWPORTS["projector"])
    page.add_init_script(_WATCH)
    page.goto(server.url + address)
    wait_for_app(page)
    page.get_by_role("heading", name=re.compile(f"^{heading}")).first.wait_for()
    assert _notice(page) == ""
    assert urllib.parse.urlsplit(page.url).path == path
    if "tahun=2022" in address:
        assert "tahun=2022" in page.url
    assert page.evaluate("window.__englishSeen") == []
    assert page.evaluate("window.__dialogSeen") is False


def test_a_link_value_not_understood_is_told_until_the_view_changes(server, page) -> None:
    page.set_viewport_size(VIEWPORTS["projector"])
    page.goto(f"{server.url}/?tahun=abc&opd=unknown")
    wait_for_app(page)
    notice = _notice(page)
    assert "tahun=abc" in notice and "opd=unknown" in notice, notice
    assert "tahun=" not in page.url and "opd=" not in page.url
    screenshot(page, "links-bad-values-projector")
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_role("combobox", name=t("filter.year")).click()
    page.get_by_role("option", name="2021", exact=True).click()
    wait_for_app(page)
    page.get_by_role("heading", name="Ringkasan 2021").wait_for()
    assert _notice(page) == ""


def test_the_opd_code_in_a_link_opens_that_opd(server, page) -> None:
    page.set_viewport_size(VIEWPORTS["projector"])
    page.goto(f"{server.url}/partisipasi-opd?opd=dinkes&tahun=2024")
    wait_for_app(page)
    assert _notice(page) == ""
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)
    assert query["opd"] == ["Dinas Kesehatan"] and query["tahun"] == ["2024"], page.url
    combobox = page.locator("[data-testid=stSidebar]").get_by_role("combobox", name=t("filter.opd"))
    assert combobox.input_value() == "Dinas Kesehatan"


def test_the_target_typed_with_a_decimal_comma_stays_in_the_address(server, page, built_db) -> None:
    import duckdb

    from analytics import scoring

    with duckdb.connect(str(built_db), read_only=True) as con:
        year = next(y for y in scoring.available_years(con) if scoring.estimate(con, y).iid < 60.01)
    page.set_viewport_size(VIEWPORTS["projector"])
    page.goto(f"{server.url}/progres-skor?tahun={year}")
    wait_for_app(page)
    box = page.locator("[data-testid=stTextInput]").filter(has_text=t("scoresim.path.target"))
    field = box.locator("input")
    field.wait_for()
    assert field.input_value() == "60,01"
    field.fill("62,5")
    field.press("Enter")
    page.wait_for_function("() => location.search.includes('target=')", timeout=15_000)
    wait_for_app(page)
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)["target"] == ["62,5"]
    target = page.locator("[data-testid=stMetric]").filter(has_text=t("scoresim.path.kpi_target"))
    assert fmt_score(62.5) in target.inner_text()
    # the copied address reopens the same target
    page.goto(page.url)
    wait_for_app(page)
    expect(box.locator("input")).to_have_value("62,5", timeout=15_000)
    # a word is told in Indonesian, under the box
    field = box.locator("input")
    field.fill("abc")
    field.press("Enter")
    told = _plain(t("scoresim.path.target_not_number", value=md("abc"), used="60,01"))
    page.get_by_text(told).wait_for(timeout=15_000)
    box.scroll_into_view_if_needed()
    screenshot(page, "links-target-not-a-number")


def _pdf_words(data: bytes) -> list[list[tuple[float, float, str]]]:
    """Per page, every piece of text with its position (x, y in points from the bottom left)."""
    pages = []
    for pdf_page in PdfReader(io.BytesIO(data)).pages:
        items: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, items=items) -> None:
            if text.strip():
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                items.append((x, y, text.strip()))

        pdf_page.extract_text(visitor_text=visit)
        pages.append(items)
    return pages


def test_print_of_ringkasan_is_a_clean_a4(server, page) -> None:
    page.set_viewport_size({"width": 1920, "height": 1080})
    page.goto(server.url)
    wait_for_app(page)
    page.wait_for_selector("[data-testid=stPlotlyChart] .main-svg", timeout=30_000)
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # what Ctrl+P sends first
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    pages = _pdf_words(pdf)
    words = [w for items in pages for w in items]
    text = " ".join(w[2] for w in words)
    assert 1 <= len(pages) <= 3, len(pages)
    # no sidebar, no buttons, no tab strip
    for absent in (t("filter.year"), t("filter.link_hint")[:30], t("auth.sign_in_title"), t("handout.ui.pdf"),
                   t("chart.png"), t("tab.table")):  # fmt: skip
        assert absent not in text, absent
    assert t("sample.badge") in text  # "data contoh" kept
    # the five cards in one or two rows (their labels share at most two heights)
    labels = [t("kpi.score"), t("kpi.innovations"), t("kpi.coverage"), t("kpi.digital")]
    rows = {round(y) for x, y, s in pages[0] if any(s.startswith(label) for label in labels)}
    assert 1 <= len(rows) <= 2, rows
    # every piece of text, chart labels included, inside the A4 page (595 x 842 pt)
    outside = [w for w in words if not (0 <= w[0] <= 595 - 10)]
    assert outside == [], outside[:5]
    # the chart's last year label is printed (a chart cut at the right loses it)
    years = {s for _, _, s in words}
    assert {"2021", "2025"} <= years
    # an image of the print layout for people to look at
    page.emulate_media(media="print")
    page.set_viewport_size({"width": 794, "height": 1123})
    wait_for_app(page)
    assert not page.locator("[data-testid=stSidebar]").is_visible()
    page.screenshot(path=str(screenshot.__globals__["ARTIFACTS"] / "print-ringkasan-a4.png"), full_page=True)


def test_a_stopped_server_is_said_in_indonesian(built_db, tmp_path, page) -> None:
    """Streamlit's "Connection error" dialog and its "Connecting" label, once the dashboard has
    loaded: in Indonesian (its own server, stopped in the middle of the session)."""
    srv = start_server(built_db, tmp_path)
    try:
        page.set_viewport_size(VIEWPORTS["projector"])
        page.goto(srv.url)
        wait_for_app(page)
    finally:
        stop_server(srv)
    dialog = page.locator("[data-testid=stDialog]")
    dialog.wait_for(timeout=60_000)
    said = dialog.inner_text()
    assert t("chrome.connection_error") in said and t("chrome.connection_error_body") in said, said
    status = page.evaluate(
        "() => getComputedStyle(document.querySelector('[data-testid=stApp]'), '::after').content"
    )
    assert status in (f'"{t("chrome.reconnecting")}"', f'"{t("chrome.disconnected")}"'), status
    assert ENGLISH_RE.findall(page.locator("body").inner_text()) == []
    screenshot(page, "links-server-stopped")
