"""Streamlit's own controls in Bahasa Indonesia: what Streamlit writes itself, around our content.

Streamlit has no language setting. What it offers is used: `client.toolbarMode = "minimal"` hides
the ⋮ menu (Print, Record screen, theme) and the Deploy button, `client.disableDataExport` its CSV
download (.streamlit/config.toml). The rest is done here, once per run from dashboard.py:

- hidden (CSS): the table toolbar (Show/hide columns, Search, Fullscreen; our own "Unduh tabel
  (CSV)" stays), the uploader's "20MB per file • XLSX…" line (ui/import_view.py writes its own),
  and the running man with "Stop" and the "Connecting" / "Error" label in the header, which are
  replaced by our own status line ("Memuat…", "Terputus dari server…") read from the state
  Streamlit writes on its root element (`data-test-script-state`, `data-test-connection-state`);
- translated (a small script, `st.html(unsafe_allow_javascript=True)`, our own code only): the
  page's language (`<html lang="id">`), the accessible names and tooltips of Streamlit's controls
  ("Help for Tahun" -> "Bantuan: Tahun", "Collapse sidebar", "Choose an option", ...), and the
  text inside Streamlit's own pop-ups (the dropdown's "No results", "Press Enter to apply", the
  uploader's "Upload", a table's column menu, the connection dialog). Exact strings and a few
  patterns, looked up in `_WORDS` / `_PATTERNS` whose Indonesian side is the catalogue; a
  MutationObserver applies them to what Streamlit draws later.

Anything Streamlit shows before the first run of the script has delivered this (the "Connecting"
label while the page first loads) stays English; the README lists it. The browser test
tests/e2e/test_words_and_sizes.py fails when a Streamlit upgrade brings back an English word.
"""

from __future__ import annotations

import functools
import json

import streamlit as st

from analytics.text import t
from ui.components import PRINT_LAYOUT_WIDTH_PX

# Streamlit's English (exact, after trimming) -> catalogue key. Found in the 1.67 frontend bundle
# (streamlit/static/static/js) and in the browser on every page.
_WORDS = {
    "Skip to main content": "chrome.skip",
    "No results": "chrome.no_results",
    "Choose an option": "chrome.choose",
    "Open": "chrome.open",
    "Close": "chrome.close",
    "Dismiss": "chrome.close",
    "Clear value": "chrome.clear",
    "Clear all": "chrome.clear",
    "App pages": "chrome.app_pages",
    "Sidebar": "chrome.sidebar",
    "Collapse sidebar": "chrome.collapse_sidebar",
    "Expand sidebar": "chrome.expand_sidebar",
    "Main menu": "chrome.main_menu",
    "Show password": "chrome.show_password",
    "Hide password": "chrome.hide_password",
    "Link to heading": "chrome.link_to_heading",
    "Press Enter to apply": "chrome.press_enter",
    "Press Enter to submit form": "chrome.press_enter_form",
    "Scroll tabs left": "chrome.scroll_tabs_left",
    "Scroll tabs right": "chrome.scroll_tabs_right",
    "Previous page": "chrome.previous_page",
    "Next page": "chrome.next_page",
    "Running...": "chrome.running",
    "Upload": "chrome.upload",
    "Add files": "chrome.upload",
    "Drag and drop file here": "chrome.drop_here",
    "Drag and drop a file here": "chrome.drop_here",
    "Drag and drop files here": "chrome.drop_here",
    "file upload": "chrome.file_upload",
    "Click to retry upload": "chrome.retry_upload",
    "Upload failed": "chrome.upload_failed",
    "Error:": "chrome.error_prefix",
    "Unexpected error. Please try again.": "chrome.unexpected",
    (
        "This app has encountered an error. The original error message is redacted to prevent data "
        "leaks. Full error details have been recorded in the logs (if you're on Streamlit Cloud, "
        "click on 'Manage app' in the lower right of your app)."
    ): "chrome.app_error",
    "Connection error": "chrome.connection_error",
    "Is Streamlit still running? If you accidentally stopped Streamlit, just restart it in your terminal:": (
        "chrome.connection_error_body"
    ),
    "Streamlit server is not responding. Are you connected to the internet?": "chrome.connection_error_body",
    "Dataframe column menu": "chrome.column_menu",
    "Copy column name": "chrome.copy_column",
    "Sort ascending": "chrome.sort_asc",
    "Sort descending": "chrome.sort_desc",
    "Statistics": "chrome.statistics",
    "Autosize": "chrome.autosize",
    "Pin column": "chrome.pin",
    "Unpin column": "chrome.unpin",
    "Hide column": "chrome.hide_column",
    "Format": "chrome.format",
    "Count": "chrome.count",
    "Distinct": "chrome.distinct",
    "Empty": "chrome.empty",
    "Average": "chrome.average",
    "Min": "chrome.min",
    "Max": "chrome.max",
    "Sum": "chrome.sum",
    "Based on sample": "chrome.sample_based",
    "text": "chrome.column_type_text",
    "number": "chrome.column_type_number",
}

# (regular expression over the whole trimmed string, catalogue key, its placeholder for group 1)
_PATTERNS = (
    (r"^Help for (.+)$", "chrome.help_for", "label"),
    (r"^Remove (.+)$", "chrome.remove_file", "name"),
    (r"^Cancel upload of (.+)$", "chrome.cancel_upload", "name"),
    (r"^File must be (\d+)\.(\d+) ?([KMG]?B) or smaller\.$", "chrome.file_too_large", "size"),
    (r"^(.+) files are not allowed\.$", "chrome.file_type", "kind"),
)

# A file size as Streamlit writes it ("22.0MB") in the Indonesian way ("22,0 MB"); the
# "size" placeholder above is filled the same way.
_SIZES = (
    (r"^(\d+)\.(\d+) ?([KMG]?B)$", "$1,$2 $3"),
    (r"^(.+), (\d+)\.(\d+) ?([KMG]?B)$", "$1, $2,$3 $4"),  # a file's name and size
)

# Where text nodes are Streamlit's own (attributes are translated everywhere): our content is
# never looked up, so a data value that happens to read "Open" or "Count" stays as it is.
_CHROME = ", ".join(
    (
        "[data-testid=stSkipToContent]",
        "[data-testid=stSelectboxVirtualDropdown]",
        "[data-testid=InputInstructions]",
        "[data-testid=stFileUploaderDropzone] button",
        "[data-testid=stFileChips]",
        "[data-testid=stDialog]",
        "[data-testid=stExceptionMessage]",
        "[data-testid=stDataFrameColumnMenu]",
        "[data-testid=stTooltipContent]",
        "[data-testid=stTooltipErrorContent]",
        "[role=tooltip]",
        "[role=menu]",
    )
)

_SCRIPT = """
<script>
(() => {
  if (window.__dasborBahasa) return;
  const cfg = window.__dasborBahasa = __CONFIG__;
  const patterns = cfg.patterns.map(([source, replacement]) => [new RegExp(source), replacement]);
  const attrs = ["aria-label", "title", "placeholder"];
  const icon = /^[a-z0-9_]+ icon$/;
  const say = (value) => {
    const key = value.trim();
    if (!key) return null;
    if (Object.prototype.hasOwnProperty.call(cfg.words, key)) return value.replace(key, cfg.words[key]);
    for (const [re, replacement] of patterns) {
      if (re.test(key)) return value.replace(key, key.replace(re, replacement));
    }
    return null;
  };
  const fixAttrs = (el) => {
    for (const name of attrs) {
      const value = el.getAttribute(name);
      if (!value) continue;
      if (name === "aria-label" && icon.test(value)) {
        // a decorative icon named in English ("science icon"): its badge says it in words
        el.removeAttribute(name);
        el.setAttribute("aria-hidden", "true");
        continue;
      }
      const said = say(value);
      if (said !== null && said !== value) el.setAttribute(name, said);
    }
  };
  const fixText = (node) => {
    // a screen reader's name for an icon ("add icon"): the control is named in words already
    if (icon.test(node.nodeValue.trim())) { node.nodeValue = ""; return; }
    const said = say(node.nodeValue);
    if (said !== null && said !== node.nodeValue) node.nodeValue = said;
  };
  const textsIn = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) fixText(n);
  };
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.parentElement && node.parentElement.closest(cfg.chrome)) fixText(node);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    fixAttrs(node);
    node.querySelectorAll(cfg.attrSelector).forEach(fixAttrs);
    if (node.closest(cfg.chrome)) textsIn(node);
    else node.querySelectorAll(cfg.chrome).forEach(textsIn);
  };
  // Print: a chart keeps the pixel width it was drawn with on screen, so before the browser lays
  // the page out for paper, each chart is scaled by (printed width / screen width) of the page's
  // content (ui/components.py's print CSS: cfg.printWidth CSS px wide).
  const fitCharts = () => {
    const area = document.querySelector('[data-testid="stMainBlockContainer"]');
    if (!area) return;
    const ratio = Math.min(1, cfg.printWidth / area.clientWidth);
    for (const chart of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
      chart.style.zoom = "";
      const plot = chart.querySelector(".svg-container");
      if (!plot || !chart.parentElement) continue;
      const room = chart.parentElement.clientWidth * ratio;
      if (plot.offsetWidth > room) chart.style.zoom = String(room / plot.offsetWidth);
    }
  };
  const unfitCharts = () => {
    document.querySelectorAll('[data-testid="stPlotlyChart"]').forEach((c) => { c.style.zoom = ""; });
  };
  window.addEventListener("beforeprint", fitCharts);
  window.addEventListener("afterprint", unfitCharts);
  const root = document.documentElement;
  root.lang = cfg.lang;
  visit(document.body);
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "childList") r.addedNodes.forEach(visit);
      else if (r.type === "characterData") visit(r.target);
      else if (r.target === root) { if (root.lang !== cfg.lang) root.lang = cfg.lang; }
      else fixAttrs(r.target);
    }
  }).observe(root, {
    subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: [...attrs, "lang"],
  });
})();
</script>
"""


def _css_string(text: str) -> str:
    """`text` as a CSS string literal (for `content:`)."""
    return json.dumps(text, ensure_ascii=False)


@functools.cache
def _css() -> str:
    running = _css_string(t("chrome.running"))
    reconnecting = _css_string(t("chrome.reconnecting"))
    disconnected = _css_string(t("chrome.disconnected"))
    status = '[data-testid="stApp"]'
    return f"""
<style>
/* the table toolbar (Show/hide columns, Search, Fullscreen): every table has our own CSV button */
[data-testid="stElementToolbar"] {{ display: none !important; }}
/* the uploader's "20MB per file • XLSX…": ui/import_view.py says it in Indonesian */
[data-testid="stFileUploaderDropzoneInstructions"] {{ display: none !important; }}
/* the connection dialog's "streamlit run yourscript.py" (its words are translated) */
[data-testid="stDialog"] pre {{ display: none !important; }}
/* the running man with "Stop", and "Connecting"/"Error": replaced by our own status line */
[data-testid="stStatusWidget"] {{ display: none !important; }}
/* this module's script, and an empty placeholder (the link notice slot), take no line of space */
[data-testid="stLayoutWrapper"]:has(> .st-key-bahasa_chrome), .st-key-bahasa_chrome,
[data-testid="stElementContainer"]:has(> [data-testid="stEmpty"]:empty) {{ display: none !important; }}
@keyframes dasbor-status-in {{ to {{ opacity: 1; }} }}
{status}[data-test-script-state="running"]::after,
{status}[data-test-connection-state="PINGING_SERVER"]::after,
{status}[data-test-connection-state="CONNECTING"]::after,
{status}[data-test-connection-state="DISCONNECTED_FOREVER"]::after {{
  position: fixed; top: 0.75rem; right: 1rem; z-index: 1000100; max-width: min(28rem, 80vw);
  padding: 0.3rem 0.8rem; border-radius: 0.5rem; background: #ffffff; color: #31333f;
  border: 1px solid #d5dae5; font-size: 0.95rem; line-height: 1.4; pointer-events: none;
}}
/* a run shorter than half a second shows nothing, as Streamlit's own status did */
{status}[data-test-script-state="running"]::after {{
  content: {running}; opacity: 0; animation: dasbor-status-in 0.15s linear 0.5s forwards;
}}
{status}[data-test-connection-state="PINGING_SERVER"]::after,
{status}[data-test-connection-state="CONNECTING"]::after {{
  content: {reconnecting}; opacity: 1; animation: none;
}}
{status}[data-test-connection-state="DISCONNECTED_FOREVER"]::after {{
  content: {disconnected}; opacity: 1; animation: none; color: #8a1c1c; border-color: #e8b4b4;
}}
</style>
"""


def _config() -> dict:
    words = {english: t(key) for english, key in _WORDS.items()}
    placeholders = {"size": "$1,$2 $3"}
    patterns = [[source, t(key, **{name: placeholders.get(name, "$1")})] for source, key, name in _PATTERNS]
    patterns += [list(size) for size in _SIZES]
    return {
        "lang": "id",
        "words": words,
        "patterns": patterns,
        "chrome": _CHROME,
        "attrSelector": "[aria-label], [title], [placeholder]",
        "printWidth": PRINT_LAYOUT_WIDTH_PX,
    }


@functools.cache
def _script() -> str:
    # "</" could close the script element early; JSON reads "<\/" as "</"
    config = json.dumps(_config(), ensure_ascii=False).replace("</", "<\\/")
    return _SCRIPT.replace("__CONFIG__", config)


def install() -> None:
    """Hide and translate Streamlit's own controls for this run (call once, at the top)."""
    st.html(_css())
    with st.container(key="bahasa_chrome"):
        st.html(_script(), unsafe_allow_javascript=True)
