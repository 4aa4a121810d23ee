"""Every page in the real browser at 1366x768, 1920x1080 and 390x844: no English word of
Streamlit's own reaches a viewer, and no text in the main area is under 14 px on a 1920 px
projector. A screenshot of each page and viewport is kept (test-artifacts/screenshots/words-*).

What counts as "Streamlit's own English" is the list below, built from the strings of the 1.67
frontend bundle (streamlit/static/static/js: dialogs, menus, the uploader, the table toolbar and
column menu, the status widget, aria-labels) and what was seen on the pages. It is looked for as
whole words in the text a viewer sees (icon ligatures aside: a Material icon is drawn from its
English name, e.g. "science", but shows a picture) and in the tooltips, accessible names and
placeholders of the controls a viewer can reach (title, aria-label, placeholder, alt). The pop-ups
that only appear on interaction (a dropdown with no match, the search box's "Press Enter", a
table's column menu, the uploader with a refused file, the status line) are opened and checked too.
Chart text is checked for English as well; the layout of chart labels has its own test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import expect

from analytics import auth, importer
from analytics.text import t
from tests.e2e.conftest import (
    VIEWPORTS,
    Server,
    next_frame,
    screenshot,
    start_server,
    stop_server,
    wait_for_app,
)
from tests.e2e.layout import draw_all_charts

pytestmark = pytest.mark.e2e

PASSWORD = "kata-sandi-rahasia-1"
SIZES = {"1366": VIEWPORTS["projector"], "1920": {"width": 1920, "height": 1080}, "390": VIEWPORTS["phone"]}
MIN_PX_AT_1920 = 14

# Streamlit's own English (whole words / phrases, case as Streamlit writes them)
ENGLISH = (
    "Page not found", "does not seem to exist", "Running the app", "Upload", "Browse files",
    "Drag and drop", "per file", "files are not allowed", "File must be", "Upload failed",
    "Click to retry", "Remove", "Show/hide columns", "Download as CSV", "Search", "Fullscreen",
    "Close fullscreen", "Print", "Record screen", "Running", "Stopping", "Stop", "Rerun",
    "Always rerun", "File change", "Choose an option", "No results", "Press Enter", "Press ⌘",
    "Ask Google", "Ask ChatGPT", "Copy", "Copied", "Clear", "Clear value", "Settings", "Deploy",
    "Made with Streamlit", "Skip to main content", "Help for", "Collapse sidebar",
    "Expand sidebar", "Main menu", "App pages", "Sidebar", "Show password", "Hide password",
    "Link to heading", "Open", "Close", "Dismiss", "Connecting", "Connection error",
    "Unable to connect", "Is Streamlit still running", "Error", "Sort ascending",
    "Sort descending", "Pin column", "Unpin column", "Hide column", "Autosize", "Statistics",
    "Copy column name", "Dataframe column menu", "View more", "View less", "Scroll tabs",
    "Previous page", "Next page", "Theme", "Light", "Dark", "About", "Get help", "Report a bug",
    "Clear cache", "Loading", "Submit", "Cancel", "Add files", "file upload", "icon",
)  # fmt: skip
ENGLISH_RE = re.compile(r"(?<![\w/])(" + "|".join(re.escape(w) for w in ENGLISH) + r")(?![\w])")

# (screenshot name, address, who): "viewer" opens the address; "editor" signs in first
PAGES = [
    ("ringkasan", "/", "viewer"),
    ("partisipasi-opd", "/partisipasi-opd", "viewer"),
    ("jenis-inovasi", "/jenis-inovasi", "viewer"),
    ("progres-skor", "/progres-skor", "viewer"),
    ("data-inovasi", "/data-inovasi", "viewer"),
    ("peringkat", "/peringkat", "viewer"),
    ("presentasi", "/presentasi", "viewer"),
    ("kelola-data-viewer", "/kelola-data", "viewer"),
    ("kelola-data-editor", "/kelola-data", "editor"),
    ("halaman-tidak-ada", "/nope", "viewer"),
]

# Text a viewer sees: rendered text nodes (SVG text of charts included), not Material icon
# ligatures; and the names and tooltips of rendered elements.
_SEEN = """() => {
  const shown = (el) => el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const value = n.nodeValue.trim();
    if (!value || !el || el.closest('script, style, [data-testid=stIconMaterial], [translate=no]')) continue;
    if (shown(el)) texts.push(value);
  }
  const attrs = [];
  for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
    if (!shown(el) && !el.closest('[data-testid=stSidebar]')) continue;
    for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
      const v = el.getAttribute(name);
      if (v) attrs.push(`${name}=${v}`);
    }
  }
  return {texts, attrs, lang: document.documentElement.lang};
}"""

# Rendered text in the main area under `min` px (charts are SVG/canvas and have their own check).
_SMALL = """(min) => {
  const main = document.querySelector('[data-testid=stMain]');
  const small = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!n.nodeValue.trim() || !el || el.closest('svg, canvas, [data-testid=stIconMaterial]')) continue;
    if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < min) small.push(`${size}px: ${n.nodeValue.trim().slice(0, 60)}`);
  }
  return small;
}"""


@pytest.fixture(scope="module")
def server(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    tmp = tmp_path_factory.mktemp("words")
    editors = tmp / "editors.toml"
    auth.add_editor("budi", PASSWORD, path=editors)
    srv = start_server(built_db, tmp, {auth.ENV_EDITORS: str(editors)})
    yield srv
    stop_server(srv)


def english_seen(page) -> list[str]:
    """Streamlit's English words a viewer would meet on the page as it is now."""
    seen = page.evaluate(_SEEN)
    found = [f"text: {m}" for text in seen["texts"] for m in ENGLISH_RE.findall(text)]
    found += [f"{attr} ({m})" for attr in seen["attrs"] for m in ENGLISH_RE.findall(attr)]
    if seen["lang"] != "id":
        found.append(f'<html lang="{seen["lang"]}">')
    return found


def sign_in(page, url: str) -> None:
    page.goto(url)
    if page.viewport_size and page.viewport_size["width"] < 500:  # on a phone the sidebar starts closed
        wait_for_app(page)
        page.locator("[data-testid=stExpandSidebarButton]").click()
    wait_for_app(page)
    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_text(t("auth.sign_in_title")).wait_for(state="visible")
    wait_for_app(page)
    sidebar.get_by_text(t("auth.sign_in_title")).click()
    sidebar.get_by_label(t("auth.name")).fill("budi")
    sidebar.get_by_label(t("auth.password")).fill(PASSWORD)
    sidebar.get_by_role("button", name=t("auth.sign_in"), exact=True).click()
    sidebar.get_by_text(t("auth.signed_in_as", name="budi").replace("**", "")).wait_for(timeout=30_000)
    wait_for_app(page)


def open_page(page, server: Server, address: str, who: str) -> None:
    if who == "editor":
        sign_in(page, server.url)
        page.locator("[data-testid=stSidebarNav]").get_by_text(t("nav.kelola_data")).click()
    else:
        page.goto(server.url + address)
    wait_for_app(page)
    # charts load their code after the script has run, and far ones when scrolled to
    draw_all_charts(page, "[data-testid=stPlotlyChart]", at_least=0)
    wait_for_app(page)


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize(("name", "address", "who"), PAGES, ids=[p[0] for p in PAGES])
def test_no_streamlit_english_and_no_small_text(server, page, size, name, address, who) -> None:
    page.set_viewport_size(SIZES[size])
    open_page(page, server, address, who)
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    # the ⋮ menu (Print, Record screen) and the Deploy button are not drawn at all
    assert page.locator("[data-testid=stMainMenu], [data-testid=stAppDeployButton]").count() == 0
    assert english_seen(page) == []
    if size == "1920":
        assert page.evaluate(_SMALL, MIN_PX_AT_1920) == []
    if name == "data-inovasi" and size != "390":
        # every column of the table is in view beside the sidebar: nothing cut off at the right
        widths = page.evaluate(
            "() => [...document.querySelectorAll('[data-testid=stDataFrame] .dvn-scroller')]"
            ".map(s => [s.scrollWidth, s.clientWidth])"
        )
        assert widths and all(scroll <= client + 1 for scroll, client in widths), widths
    if name == "halaman-tidak-ada":
        notice = t("nav.unknown_page", path="/nope", shown=t("nav.ringkasan"))
        assert page.get_by_text(notice).is_visible()
    if name == "kelola-data-editor":
        assert page.get_by_role("heading", name=t("page.kelola.title")).is_visible()
        assert page.get_by_role("button", name=re.compile(t("chrome.upload"))).is_visible()
    screenshot(page, f"words-{name}-{size}")


def test_pop_ups_speak_indonesian(server, page) -> None:
    """The pieces Streamlit draws only on interaction: a dropdown without a match, the search
    box's hint, a table's column menu, the status line while a page runs or the server is gone."""
    page.set_viewport_size(SIZES["1366"])
    open_page(page, server, "/data-inovasi", "viewer")

    # the table: no toolbar on hover; the column menu (drawn on the header's ⋮) in Indonesian
    table = page.locator("[data-testid=stDataFrame]").first
    box = table.bounding_box()
    assert box is not None
    header_y = box["y"] + 17
    menu = page.locator("[data-testid=stDataFrameColumnMenu]")
    # the ⋮ is drawn on the canvas at the right end of a hovered header: walk the header until a
    # click opens the menu (a click beside it only sorts, which does not matter here)
    for x in range(int(box["x"] + 120), int(box["x"] + 420), 4):
        page.mouse.move(x, header_y)
        page.mouse.click(x, header_y)
        next_frame(page)  # the menu, if this click opened it, is drawn by now
        if menu.count():
            break
    assert menu.count() == 1, "the column menu did not open"
    assert menu.get_by_text(t("chrome.sort_asc")).is_visible()
    assert english_seen(page) == []
    screenshot(page, "words-popup-column-menu")
    page.keyboard.press("Escape")
    table.hover()  # Streamlit would show its toolbar (Show/hide columns, Search, Fullscreen) now
    # the toolbar is always in the page and shown on hover by CSS: once the hover is drawn, what
    # is read below no longer changes
    expect(page.locator("[data-testid=stElementToolbar]").first).to_be_attached()
    next_frame(page)
    assert page.locator("[data-testid=stElementToolbar]").evaluate_all(
        "els => els.every(e => e.getClientRects().length === 0)"
    )

    sidebar = page.locator("[data-testid=stSidebar]")
    sidebar.get_by_role("combobox", name=t("filter.opd")).click()
    page.keyboard.type("zzzz")
    dropdown = page.locator("[data-testid=stSelectboxVirtualDropdown]")
    dropdown.get_by_text(t("chrome.no_results")).wait_for(timeout=5_000)
    assert english_seen(page) == []
    screenshot(page, "words-popup-no-results")
    page.keyboard.press("Escape")

    search = page.get_by_label(t("page.data.search"))
    search.click()
    search.type("kes")
    page.get_by_text(t("chrome.press_enter")).wait_for(timeout=5_000)
    assert english_seen(page) == []
    page.keyboard.press("Escape")
    search.fill("")
    page.keyboard.press("Enter")
    wait_for_app(page)

    # our own status line in place of the running man, "Stop" and "Connecting"/"Error"
    status = {
        ("data-test-script-state", "running"): t("chrome.running"),
        ("data-test-connection-state", "PINGING_SERVER"): t("chrome.reconnecting"),
        ("data-test-connection-state", "DISCONNECTED_FOREVER"): t("chrome.disconnected"),
    }
    for (attr, value), words in status.items():
        content = page.evaluate(
            "([attr, value]) => { const a = document.querySelector('[data-testid=stApp]');"
            " const old = a.getAttribute(attr); a.setAttribute(attr, value);"
            " const c = getComputedStyle(a, '::after').content; a.setAttribute(attr, old); return c; }",
            [attr, value],
        )
        assert content == f'"{words}"', (attr, value, content)
    assert page.locator("[data-testid=stStatusWidget]").evaluate_all(
        "els => els.every(e => e.getClientRects().length === 0)"
    )


def test_uploader_speaks_indonesian_also_for_a_refused_file(server, page, tmp_path: Path) -> None:
    page.set_viewport_size(SIZES["1366"])
    open_page(page, server, "/kelola-data", "editor")
    dropzone = page.locator("[data-testid=stFileUploaderDropzone]")
    assert t("chrome.upload") in dropzone.inner_text()
    types = ", ".join(s.lstrip(".").upper() for s in importer.SUPPORTED_SUFFIXES)
    mb = importer.MAX_BYTES // (1024 * 1024)
    instructions = t("page.kelola.upload_instructions", types=types, mb=mb).replace("**", "")
    assert page.get_by_text(instructions).is_visible()
    # a file over the limit is refused by Streamlit's uploader before it reaches the importer
    big = tmp_path / "besar.csv"
    big.write_bytes(b"a" * (importer.MAX_BYTES + 1024 * 1024))
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(big))
    page.locator("[data-testid=stFileChip]").wait_for(timeout=30_000)
    page.locator("[data-testid=stFileChip]").hover()
    # the refusal, translated where it is drawn (ui/chrome.py), then anything the hover shows
    expect(page.locator("[data-testid=stFileChips]")).to_contain_text(t("chrome.error_prefix"))
    next_frame(page)
    assert english_seen(page) == []
    said = page.locator("[data-testid=stFileChips]").inner_text()
    assert t("chrome.error_prefix") in said and t("chrome.file_too_large", size="@").split("@")[0] in said, (
        said
    )
    screenshot(page, "words-uploader-refused")


def test_an_unexpected_error_is_said_in_indonesian(built_db, tmp_path, page) -> None:
    """Streamlit's own message for an error nobody foresaw (client.showErrorDetails = "none"):
    in Bahasa Indonesia, without "Ask Google" links (client.showErrorLinks = false)."""
    srv = start_server(built_db, tmp_path, script=Path(__file__).parent / "apps" / "failing_page.py")
    try:
        page.set_viewport_size(SIZES["1366"])
        page.goto(srv.url)
        wait_for_app(page)
        error = page.locator("[data-testid=stException]")
        error.wait_for(timeout=30_000)
        expect(error).to_contain_text(t("chrome.app_error"), timeout=10_000)
        assert english_seen(page) == []
        screenshot(page, "words-unexpected-error")
    finally:
        stop_server(srv)
