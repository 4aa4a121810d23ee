"""What a person waits for, measured in the browser: every page's first render, its rerun after a
sidebar year change, and a few changes inside a page, at 1x and 50x the sample data, against a bare
Streamlit app measured in the same run (the floor). Prints a table and writes bench/results.json;
asserts nothing (`make bench`, or `.venv/bin/python bench/browser.py --help`).

Over 500 lines on purpose: the in-page instrument (JavaScript), the changes it drives and the
table it prints belong to one measurement and are read together with docs/speed.md.

The clock runs inside the page (`performance.now()`, so the driver's own delays do not count),
from the browser's delivery of the click (or Enter, or the navigation) until the page has
settled: Streamlit has finished (the stApp `data-test-script-state` is `notRunning`, and the
server's `script_finished` message for the run has arrived), no skeleton is left, every rendered
plotly chart has its `.main-svg`, and nothing in the main area has changed for QUIET_MS. The
exact rules, and how to read the table, are in docs/speed.md.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analytics.text import fmt_score, t  # noqa: E402
from bench import servers  # noqa: E402
from tests.e2e.conftest import CHROMIUM_CANDIDATES, CHROMIUM_FLAGS  # noqa: E402 (the browser tests' Chromium)

VIEWPORT = {"width": 1366, "height": 768}  # the projector the dashboard is designed for
QUIET_MS = 300
TIMEOUT_MS = 60_000
RESULTS = ROOT / "bench" / "results.json"
WARM_UP_PAGE = "kelola-data"  # runs dashboard.py (imports, connection, filters) but no page chart
YEAR_KEY = "tahun"

# The observers, installed before any page script runs (Playwright's add_init_script).
INSTRUMENT = """
(() => {
  const B = window.__bench = {states: [], finished: [], lastMessage: 0, lastChange: 0, lastFrame: 0,
                              t0: 0, armed: false};
  const start = () => { if (B.armed && B.t0 === null) B.t0 = performance.now(); };
  document.addEventListener('click', start, true);
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') start(); }, true);

  // The script_finished ForwardMsg (field 6, a varint status) as it arrives, read from the
  // protobuf's top-level fields: the server's own word that a run ended, even when React batches
  // "running" and "notRunning" into one render and the attribute never flips.
  const finishedStatus = (buf) => {
    const b = new Uint8Array(buf); let i = 0;
    const varint = () => { let v = 0, m = 1, x; do { x = b[i++]; v += (x & 127) * m; m *= 128; } while (x & 128); return v; };
    while (i < b.length) {
      const tag = varint(), field = Math.floor(tag / 8), wire = tag & 7;
      if (wire === 0) { const v = varint(); if (field === 6) return v; }
      else if (wire === 2) { const n = varint(); i += n; }  // not `i += varint()`: i is read first
      else if (wire === 1) { i += 8; } else if (wire === 5) { i += 4; } else { return null; }
    }
    return null;
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        const now = performance.now();
        B.lastMessage = now;
        if (e.data instanceof ArrayBuffer) {
          const status = finishedStatus(e.data);
          if (status !== null) B.finished.push([status, now]);
        }
      });
    }
  };

  const inMain = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!(el && el.closest('[data-testid=stMain]'));
  };
  // Attribute records carry the old value; the new one is the next record's old value.
  new MutationObserver((records) => {
    const now = performance.now();
    let changed = false;
    const app = records.filter((m) => m.type === 'attributes' &&
      m.attributeName === 'data-test-script-state' && m.target.getAttribute('data-testid') === 'stApp');
    app.forEach((m, i) => B.states.push([
      i + 1 < app.length ? app[i + 1].oldValue : m.target.getAttribute('data-test-script-state'), now]));
    for (const m of records) {
      if (!app.includes(m) && inMain(m.target)) { changed = true; break; }
    }
    if (changed) {
      B.lastChange = now;
      requestAnimationFrame(() => { B.lastFrame = Math.max(B.lastFrame, performance.now()); });
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, characterData: true,
                        attributeOldValue: true});

  B.arm = () => { B.t0 = null; B.armed = true; };
  B.settled = ({expectRun, quiet}) => {
    if (B.t0 === null) return false;
    const now = performance.now();
    const app = document.querySelector('[data-testid=stApp]');
    if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
    const states = B.states.filter((s) => s[1] >= B.t0);
    const ends = B.finished.filter((f) => f[1] >= B.t0 && f[0] !== 2);  // 2: stopped for a rerun
    if (expectRun && !ends.length) return false;
    const lastState = states.length ? states[states.length - 1][1] : B.t0;
    const lastEnd = ends.length ? ends[ends.length - 1][1] : B.t0;
    if (now - Math.max(lastState, lastEnd, B.lastChange, B.lastMessage, B.t0) < quiet) return false;
    // Streamlit loads the code of charts and tables on first use and shows a skeleton meanwhile,
    // with no change in the page for a second or more
    const main = document.querySelector('[data-testid=stMain]');
    if (!main || [...main.querySelectorAll('[data-testid=stSkeleton]')].some((k) => k.checkVisibility())) return false;
    const charts = [...main.querySelectorAll('[data-testid=stPlotlyChart]')].filter((c) => c.checkVisibility());
    if (charts.some((c) => !c.querySelector('.main-svg'))) return false;
    const lastDraw = B.lastChange >= B.t0 ? Math.max(B.lastChange, B.lastFrame) : B.t0;
    return {ms: Math.max(lastState, lastEnd, lastDraw) - B.t0, charts: charts.length,
            finished: lastEnd - B.t0, ran: ends.length > 0,
            unseen: ends.length > 0 && !states.some((s) => s[0] === 'running')};
  };
})();
"""


@dataclass
class Result:
    """One line of bench/results.json."""

    page: str
    path: str
    scale: int
    innovations: int
    kind: str
    samples_ms: list[float] = field(default_factory=list)
    # when script_finished reached the browser: the rest of samples_ms is the browser drawing
    finished_ms: list[float] = field(default_factory=list)
    # runs whose stApp attribute never showed "running" (React drew both states as one)
    unseen_runs: int = 0
    charts: int | None = None
    error: str | None = None
    median_ms: float | None = None
    max_ms: float | None = None
    finished_median_ms: float | None = None
    floor_ms: float | None = None
    ratio: float | None = None

    def finish(self, floor: float | None) -> None:
        if self.samples_ms:
            self.median_ms = round(statistics.median(self.samples_ms), 1)
            self.max_ms = round(max(self.samples_ms), 1)
        if self.finished_ms:
            self.finished_median_ms = round(statistics.median(self.finished_ms), 1)
        self.floor_ms = floor
        if floor and self.median_ms is not None:
            self.ratio = round(self.median_ms / floor, 2)


class Failed(Exception):
    """A widget or page that the benchmark expects is not there, or a wait did not end."""


def _failures() -> tuple[type[Exception], ...]:
    from playwright.sync_api import Error as PlaywrightError

    return (Failed, PlaywrightError)


# ------------------------------------------------------------------------------------------------
# Measuring one wait


def _settled(page, *, expect_run: bool) -> dict:
    try:
        handle = page.wait_for_function(
            "(a) => window.__bench.settled(a)",
            arg={"expectRun": expect_run, "quiet": QUIET_MS},
            timeout=TIMEOUT_MS,
            polling=50,
        )
    except Exception as exc:  # Playwright's TimeoutError and a closed page alike
        raise Failed(f"did not settle within {TIMEOUT_MS // 1000} s ({type(exc).__name__})") from exc
    return handle.json_value()


def _exception_shown(page) -> str | None:
    box = page.locator("[data-testid=stMain] [data-testid=stException]")
    return box.first.inner_text()[:200] if box.count() else None


def open_page(context, url: str) -> tuple[object, dict]:
    """A new tab on `url`; the first render's wait."""
    page = context.new_page()
    page.add_init_script(INSTRUMENT)
    page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
    waited = _settled(page, expect_run=True)
    shown = _exception_shown(page)
    if shown:
        raise Failed(f"the page shows an exception: {shown}")
    return page, waited


def timed(page, step: Step) -> dict:
    """Time one change: `step.prepare` (not timed, e.g. open a dropdown), then `step.trigger`."""
    step.prepare()
    page.evaluate("window.__bench.arm()")
    step.trigger()
    waited = _settled(page, expect_run=step.expect_run)
    shown = _exception_shown(page)
    if shown:
        raise Failed(f"the page shows an exception: {shown}")
    return waited


# ------------------------------------------------------------------------------------------------
# The changes


def _nothing() -> None:
    pass


@dataclass
class Step:
    """One change a person makes: `trigger` is the timed click or key."""

    trigger: Callable[[], object]
    prepare: Callable[[], object] = _nothing
    expect_run: bool = True  # a tab switch may be drawn by the browser alone


def _visible(locator) -> bool:
    return locator.count() > 0 and locator.first.is_visible()


def year_changes(page, repeat: int) -> list[Step]:
    """`repeat` sidebar year changes, cycling through every year but the one shown, then it."""
    box = page.locator(f"[data-testid=stSidebar] .st-key-{YEAR_KEY}").first
    box.click()
    options = [o.strip() for o in page.get_by_role("option").all_inner_texts()]
    page.keyboard.press("Escape")
    current = box.locator("input").first.input_value().strip()
    cycle = [o for o in options if o != current] + [current]
    if len(cycle) < 2:
        raise Failed(f"the year chooser has fewer than two years: {options}")
    choose = [page.get_by_role("option", name=o, exact=True).click for o in cycle]
    return [Step(choose[i % len(cycle)], prepare=box.click) for i in range(repeat)]


def slide_changes(page, repeat: int) -> list[Step]:
    """Presentasi hides the sidebar: its rerun is the next slide (and back, after the last)."""
    buttons = {
        +1: page.locator(".st-key-slide_next button").first,
        -1: page.locator(".st-key-slide_prev button").first,
    }
    if not _visible(buttons[+1]):
        raise Failed("no 'next slide' button")
    direction = [+1]

    def turn() -> None:
        if buttons[direction[0]].is_disabled():
            direction[0] = -direction[0]
        buttons[direction[0]].click()

    return [Step(turn) for _ in range(repeat)]


def tab_changes(page, repeat: int) -> list[Step]:
    """Switch the first "Grafik | Tabel" tabs of the page back and forth."""
    tabs = page.locator("[data-testid=stMain] [data-testid=stTabs]").first
    if not _visible(tabs):
        raise Failed("no tabs on the page")
    clicks = [
        tabs.get_by_role("tab", name=t("tab.table")).click,
        tabs.get_by_role("tab", name=t("tab.chart")).click,
    ]
    return [Step(clicks[i % 2], expect_run=False) for i in range(repeat)]


SEARCH_WORDS = ("gizi", "sekolah", "layanan", "aduan", "arsip", "desa", "umkm", "posyandu", "data", "pusat")


def search_changes(page, repeat: int) -> list[Step]:
    """Type a word into Data Inovasi's search box, then Enter (timed): a new word every time."""
    box = page.locator(".st-key-cari input").first
    if not _visible(box):
        raise Failed("no search box (.st-key-cari)")
    return [
        Step(partial(box.press, "Enter"), prepare=partial(box.fill, SEARCH_WORDS[i % len(SEARCH_WORDS)]))
        for i in range(repeat)
    ]


def target_changes(page, repeat: int) -> list[Step]:
    """Raise the Progres Skor target by 0,5 each time (typed with a decimal comma, then Enter,
    timed): a new plan every time."""
    box = page.locator(".st-key-target input").first
    if not _visible(box):
        raise Failed("no target input (.st-key-target)")
    box.scroll_into_view_if_needed()
    return [
        Step(partial(box.press, "Enter"), prepare=partial(box.fill, fmt_score(60.5 + 0.5 * i)))
        for i in range(repeat)
    ]


def whatif_changes(page, repeat: int) -> list[Step]:
    """Move the what-if evidence level between two levels."""
    radio = page.locator("[data-testid=stRadio]").filter(has_text=t("scoresim.whatif.level")).first
    if not _visible(radio):
        raise Failed("no what-if level chooser")
    radio.scroll_into_view_if_needed()
    options = radio.get_by_test_id("stRadioOption")
    if options.count() < 2:
        raise Failed("the what-if level chooser has fewer than two levels")
    checked = next((i for i in range(options.count()) if options.nth(i).locator("input").is_checked()), 0)
    clicks = [options.nth(1 if checked == 0 else checked - 1).click, options.nth(checked).click]
    return [Step(clicks[i % 2]) for i in range(repeat)]


# the changes inside a page: (page url path, what, steps)
IN_PAGE = [
    ("progres-skor", "what-if: tingkat bukti", whatif_changes),
    ("progres-skor", "target +0,5", target_changes),
    ("data-inovasi", "cari (search box)", search_changes),
    ("", "tab Grafik/Tabel", tab_changes),
]


# ------------------------------------------------------------------------------------------------
# Running it


def _record(result: Result, waited: dict) -> None:
    result.samples_ms.append(round(waited["ms"], 1))
    if waited["ran"]:
        result.finished_ms.append(round(waited["finished"], 1))
    result.unseen_runs += bool(waited["unseen"])
    result.charts = waited["charts"]


def _run_steps(page, steps: list[Step], result: Result) -> None:
    for step in steps:
        _record(result, timed(page, step))


def pages_of(browser, url: str) -> list[tuple[str, str]]:
    """(title, url path) of every page in the app's own navigation (dashboard.py is the one list)."""
    context = browser.new_context(viewport=VIEWPORT)
    try:
        page, _ = open_page(context, f"{url}/{WARM_UP_PAGE}")
        links = page.locator("[data-testid=stSidebarNav] a")
        found = []
        for i in range(links.count()):
            href = links.nth(i).get_attribute("href") or ""
            path = href.split("://", 1)[-1].split("/", 1)[-1] if "://" in href else href.lstrip("/")
            # the link's text starts with its icon's ligature name ("dashboard"): the title is last
            title = links.nth(i).inner_text().strip().splitlines()[-1].strip()
            found.append((title, path.split("?")[0]))
        return found
    finally:
        context.close()


@contextmanager
def _profiled(browser, folder: Path | None, name: str) -> Iterator[None]:
    """Record a Chromium performance trace (open it in DevTools > Performance) when `folder` is set."""
    if folder is None:
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    browser.start_tracing(path=folder / f"{slug}.json", screenshots=True)
    try:
        yield
    finally:
        browser.stop_tracing()


@dataclass
class Plan:
    """What to measure on each server."""

    repeat: int = 10  # changes per measurement
    first_renders: int = 3  # new viewers per page (the first meets the page's cold caches)
    in_page: bool = True  # the changes inside a page too
    profile: Path | None = None  # a folder for Chromium performance traces


def measure_page(browser, url: str, title: str, path: str, first: Result, rerun: Result, plan: Plan) -> None:
    """`plan.first_renders` new viewers open the page; the last one then changes the year."""
    contexts = []
    try:
        with _profiled(browser, plan.profile, f"{first.scale}x {title}"):
            for _ in range(plan.first_renders):
                if contexts:
                    contexts.pop().close()
                contexts.append(browser.new_context(viewport=VIEWPORT))
                page, waited = open_page(contexts[-1], f"{url}/{path}")
                _record(first, waited)
            if _visible(page.locator(f"[data-testid=stSidebar] .st-key-{YEAR_KEY}")):
                steps = year_changes(page, plan.repeat)
            else:
                rerun.kind = "rerun: next slide"
                steps = slide_changes(page, plan.repeat)
            _run_steps(page, steps, rerun)
    except _failures() as exc:
        # a failure part-way keeps what was measured, and marks the measurement it broke
        broken = rerun if len(first.samples_ms) == plan.first_renders else first
        broken.error = str(exc).splitlines()[0]
        if broken is first:
            rerun.error = "not measured: a first render failed"
    finally:
        for context in contexts:
            context.close()


def measure_app(browser, url: str, pages: list[tuple[str, str]], scale: int, innovations: int,
                plan: Plan) -> list[Result]:  # fmt: skip
    """First renders and reruns of every page of one server, then the changes inside pages."""
    results: list[Result] = []
    for title, path in pages:
        first = Result(title, path, scale, innovations, "first render")
        rerun = Result(title, path, scale, innovations, "rerun: year")
        results += [first, rerun]
        measure_page(browser, url, title, path, first, rerun, plan)
        _progress(first, rerun)
    if not plan.in_page:
        return results
    titles = {p: n for n, p in pages}
    for path, what, make_steps in IN_PAGE:
        if path not in titles:  # a page left out with --pages
            continue
        result = Result(titles[path], path, scale, innovations, what)
        results.append(result)
        context = browser.new_context(viewport=VIEWPORT)
        try:
            with _profiled(browser, plan.profile, f"{scale}x {result.page} {what}"):
                page, _ = open_page(context, f"{url}/{path}")
                _run_steps(page, make_steps(page, plan.repeat), result)
        except _failures() as exc:
            result.error = str(exc).splitlines()[0]
        finally:
            context.close()
        _progress(result)
    return results


def measure_floor(browser, url: str, scale: int, innovations: int, plan: Plan) -> list[Result]:
    """The bare app, measured exactly as a page."""
    first = Result("(bare app)", "", scale, innovations, "first render")
    rerun = Result("(bare app)", "", scale, innovations, "rerun: year")
    measure_page(browser, url, first.page, "", first, rerun, replace(plan, profile=None))
    _progress(first, rerun)
    return [first, rerun]


def _merge(a: Result, b: Result) -> Result:
    """The floor measured before and after the pages, as one line."""
    a.samples_ms += b.samples_ms
    a.finished_ms += b.finished_ms
    a.unseen_runs += b.unseen_runs
    return a


def _progress(*results: Result) -> None:
    for r in results:
        got = (
            f"median {statistics.median(r.samples_ms):.0f} ms (n={len(r.samples_ms)})" if r.samples_ms else ""
        )
        print(f"  .. {r.scale}x {r.page:<16} {r.kind:<24} {got} {r.error or ''}", flush=True)


def _fmt(ms: float | None) -> str:
    return "-" if ms is None else f"{ms:,.0f}".replace(",", ".")


def print_table(results: list[Result]) -> None:
    print()
    head = f"{'data':<14} {'page':<16} {'change':<24} {'median':>8} {'max':>8} {'floor':>7} {'x floor':>8}"
    print(f"{head} {'finished':>9}")
    for r in results:
        ratio = "-" if r.ratio is None else f"{r.ratio:.1f}".replace(".", ",")
        size = f"{r.scale}x ({_fmt(r.innovations)})"
        line = f"{size:<14} {r.page:<16} {r.kind:<24} {_fmt(r.median_ms):>8} {_fmt(r.max_ms):>8} "
        line += f"{_fmt(r.floor_ms):>7} {ratio:>8} {_fmt(r.finished_median_ms):>9}"
        if r.error:
            line += f"  ERROR: {r.error}"
        print(line)
    print(
        f"(ms, in the browser, click to settled; median and max of the repeats; floor = bare Streamlit "
        f"app in the same run; settled = script finished, every shown chart drawn, {QUIET_MS} ms quiet; "
        f"finished = median time until script_finished reached the browser, the rest is drawing)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scales", type=int, nargs="+", default=[1, 50], help="data sizes (times the sample)"
    )
    parser.add_argument("--repeat", type=int, default=10, help="changes per measurement")
    parser.add_argument("--first-renders", type=int, default=3, help="new viewers opening each page")
    parser.add_argument(
        "--pages", nargs="*", help="only these url paths ('' is Ringkasan), and their in-page changes"
    )
    parser.add_argument("--no-in-page", action="store_true", help="skip the changes inside a page")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file (JSON)")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="write a Chromium performance trace per page to DIR (open in DevTools > Performance); "
        "tracing slows the browser, so its times are not comparable",
    )
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    plan = Plan(args.repeat, args.first_renders, not args.no_in_page, args.profile)
    results: list[Result] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-browser-") as tmp, sync_playwright() as pw:
        folder = Path(tmp)
        chromium = next((c for c in CHROMIUM_CANDIDATES if Path(c).exists()), CHROMIUM_CANDIDATES[0])
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS, headless=True)
        bare = servers.start(servers.BARE_APP, None, folder, "bare")
        try:
            for scale in args.scales:
                db, innovations = servers.scaled_database(scale, folder)
                print(f"{scale}x the sample: {innovations} innovations ({db.name})", flush=True)
                server = servers.start(servers.DASHBOARD, db, folder, f"dashboard-{scale}x")
                try:
                    pages = pages_of(browser, server.url)
                    if args.pages is not None:
                        pages = [p for p in pages if p[1] in args.pages]
                    # the floor before and after the pages: the machine's load drifts during a run
                    floor = measure_floor(browser, bare.url, scale, innovations, plan)
                    measured = measure_app(browser, server.url, pages, scale, innovations, plan)
                    floor += measure_floor(browser, bare.url, scale, innovations, plan)
                finally:
                    server.stop()
                floor = [_merge(floor[0], floor[2]), _merge(floor[1], floor[3])]
                for r in floor:
                    r.finish(None)
                first_floor, rerun_floor = floor[0].median_ms, floor[1].median_ms
                for r in floor + measured:
                    r.finish(first_floor if r.kind == "first render" else rerun_floor)
                results += floor + measured
        finally:
            bare.stop()
            browser.close()
    print_table(results)
    args.out.write_text(
        json.dumps(
            {
                "measured_at": time.strftime("%Y-%m-%d %H:%M"),
                "seconds": round(time.perf_counter() - started),
                "quiet_ms": QUIET_MS,
                "results": [asdict(r) for r in results],
            },
            indent=1,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    print(f"written: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
