"""Hostile data in the real browser: text from files is shown as text on every page, never as a
link, image, bold, KaTeX, coloured text, heading, list or icon, and never makes the browser fetch
anything from another host; the CSV downloads neutralise formula cells.

A copy of the bundled data gets two OPD renamed to payloads (reference data, through the build),
then payload innovations and official results (a Markdown source for Pati, a payload region) go in
through the product's own importer CLI. The dashboard runs on that database and every page is
walked: Ringkasan, Partisipasi OPD, Jenis Inovasi, Progres Skor, Data Inovasi with each payload
innovation in the detail, and Kelola Data signed in as an editor with an uploaded file whose name
is a payload.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from playwright.sync_api import expect

from analytics import auth
from analytics import build as builder
from analytics.text import t
from tests.conftest import ROOT
from tests.e2e.conftest import VIEWPORTS, Server, screenshot, start_server, stop_server, wait_for_app
from tests.e2e.layout import draw_all_charts
from tests.e2e.test_kelola_data import sign_in
from tests.fixtures.spreadsheets import INNOVATION_HEADER, RESULT_HEADER, csv_bytes, innovation_row, sid_codes

pytestmark = pytest.mark.e2e

YEAR = 2025  # the year the dashboard opens on (the latest with data)
PAYLOADS = [
    "MD1 [klik](https://evil.example/a)",
    "![x](https://evil.example/x.png)",
    "**tebal**",
    "$x^2$",
    ":red[merah]",
    "# Judul",
    "https://evil.example/bare",
    "www.evil.example",
    "<b>html</b>",
    '<a href="https://evil.example">a</a>',
    "<img src=https://evil.example/i.png>",
    ":material/warning:",
    "1. daftar",
    "> kutipan",
    "`kode`",
    "~~coret~~",
    ":material/rocket_launch: roket",
    ":smile: senyum",
    ":streamlit: logo",
    "surel budi@evil.example",
    "a -> b <= c",
    # formula cells for the CSV downloads
    "=cmd|' /C calc'!A0",
    "+1 F8 tambah",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
]
FORMULAS = [p for p in PAYLOADS if p[0] in "=+-@"]
URUSAN = '<a href="https://evil.example/u">Urusan</a> <b>tebal</b> $x^2$ **u**'
# two OPD renamed in the reference data: dinkes (many innovations) and setwan (none in YEAR)
DINKES_NAME = "=Dinas **Kesehatan** [klik](https://evil.example/o) :red[merah]"
DINKES_SHORT = '<a href="https://evil.example/o">Dinkes</a> <b>tebal</b>'
SETWAN_NAME = "Sekretariat ![x](https://evil.example/w.png) $x^2$ www.evil.example"
SETWAN_SHORT = "<img src=https://evil.example/s.png> Setwan"
SOURCE = "![x](https://evil.example/src.png) [sumber](https://evil.example/s) **tebal** $x^2$ :red[merah]"
REGION = 'Kabupaten <a href="https://evil.example/r">Jahat</a> <b>tebal</b> [klik](https://evil.example/r2)'
UPLOAD_NAME = "![x](https:evil.example) [klik](https:evil.example) **tebal** $x^2$ :red[merah] <img src=https:evil.example>.csv"
IGNORED_COLUMN = "**kolom** [x](https:evil.example)"
# the words inside bold / coloured / struck / coded payloads: an element holding exactly one of
# them was made by Markdown or plotly from data
BOLD_WORDS = ["tebal", "html", "Kesehatan", "u", "sumber", "kolom", "h"]

# Every way the page could have turned data into markup; returns what it found.
FIND_MARKUP = """(boldWords) => {
  const found = [];
  // attributes that link or load (plotly keeps its raw label text in data-unformatted)
  const LOADING = ['href', 'xlink:href', 'src', 'srcset', 'style', 'poster', 'action', 'formaction', 'background', 'data'];
  const text = el => (el.textContent || '').replace(/\\u2060/g, '').trim();
  const where = el => (el.closest('[data-testid]') || el).getAttribute('data-testid');
  const say = (what, el) => found.push(`${what} in ${where(el)}: ${el.outerHTML.slice(0, 160)}`);
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/evil/i.test(a.value) && LOADING.includes(a.name)) say('attribute ' + a.name, el);
    }
  }
  for (const el of document.querySelectorAll('.katex, .katex-display, math')) say('KaTeX', el);
  for (const el of document.querySelectorAll('strong, b, tspan[style*="bold"]'))
    if (boldWords.includes(text(el))) say('bold', el);
  for (const el of document.querySelectorAll('[class*="Colored"], [class*="stMarkdownBadge"]'))
    if (/merah/.test(text(el))) say('coloured text', el);
  for (const el of document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    if (/Judul/.test(text(el))) say('heading', el);
  for (const el of document.querySelectorAll('li')) if (/^(daftar|kutipan)$/.test(text(el))) say('list', el);
  for (const el of document.querySelectorAll('blockquote')) say('quote', el);
  for (const el of document.querySelectorAll('code')) if (text(el) === 'kode') say('code', el);
  for (const el of document.querySelectorAll('del, s')) if (text(el) === 'coret') say('struck', el);
  for (const el of document.querySelectorAll('span[role=img]'))
    if (/warning|rocket_launch/.test(el.getAttribute('aria-label') || '')) say('icon', el);
  for (const el of document.querySelectorAll('img[alt="Streamlit logo"]')) say('logo', el);
  for (const el of document.querySelectorAll('svg a, a[href^="mailto"]')) say('link', el);
  if (document.body.innerText.includes('\\u{1F604}')) found.push('emoji shortcode rendered');
  if (/\\u2192|\\u2264/.test(document.body.innerText)) found.push('arrow typography from data');
  return found;
}"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Server, list[str]]]:
    """The dashboard on a database with payloads in it, and the SID indicator codes."""
    tmp = tmp_path_factory.mktemp("hostile")
    data = tmp / "data"
    shutil.copytree(ROOT / "data" / "reference", data / "reference")
    shutil.copytree(ROOT / "data" / "sample", data / "sample")
    _rename_opd(data / "reference" / "opd.csv")
    # an import matches region names to the reference list, so a hostile region name can only
    # come in through the bundled results file
    with (data / "reference" / "index_result.csv").open("a", encoding="utf-8", newline="") as f:
        csv.writer(f).writerow(
            [REGION, "Jawa Tengah", "kabupaten", 2024, 70.25, "", 3, "<b>nasional</b>", "**sumber** lain"]
        )
    database = tmp / "inovasi.duckdb"
    builder.build(database, data_dir=data)

    codes = sid_codes(database)
    rows = [[*INNOVATION_HEADER, *codes]]
    for i, name in enumerate(PAYLOADS):
        row = innovation_row(name, year=YEAR, opd="DKK", n_codes=len(codes))
        row[3] = f"ujihostil{i:02d}"  # unit: a plain tag to find the row with ?cari=
        row[8] = URUSAN if i < 15 else "kesehatan"  # 15 rows: among the ten largest urusan
        row[11] = PAYLOADS[(i + 1) % len(PAYLOADS)]  # description
        rows.append(row)
    _import(database, tmp / "inovasi_jahat.csv", csv_bytes(rows), "inovasi")
    results = [
        RESULT_HEADER,
        ["Kabupaten Pati", "Jawa Tengah", "kabupaten", 2024, 66.5, "", "", "", SOURCE],
    ]
    _import(database, tmp / "hasil_jahat.csv", csv_bytes(results), "hasil")

    editors = tmp / "editors.toml"
    auth.add_editor("budi", "kata-sandi-rahasia-1", path=editors)
    server = start_server(database, tmp, {auth.ENV_EDITORS: str(editors)})
    yield server, codes
    stop_server(server)


def _rename_opd(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    fields = list(table[0])
    renamed = {"dinkes": (DINKES_NAME, DINKES_SHORT), "setwan": (SETWAN_NAME, SETWAN_SHORT)}
    for row in table:
        if row["opd_id"] in renamed:
            # the old name stays an alias: the sample data names its OPD by name
            aliases = [a for a in (row["alias"], row["nama"]) if a]
            row.update(nama=renamed[row["opd_id"]][0], nama_singkat=renamed[row["opd_id"]][1])
            row["alias"] = ";".join(aliases)
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fields)
        writer.writeheader()
        writer.writerows(table)


def _import(database: Path, path: Path, content: bytes, kind: str) -> None:
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "analytics", "import", str(path), "--db", str(database), "--kind", kind,
         "--user", "uji"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def watched(hostile, page):
    """The page, with every request to a host other than the dashboard's recorded."""
    server = hostile[0]
    app_host = urlsplit(server.url).netloc
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if urlsplit(r.url).netloc != app_host else None)
    page.set_viewport_size(VIEWPORTS["projector"])
    return server, page, outside


def _show_everything(page) -> None:
    """Scroll through the page so every chart draws (plotly waits for charts far below the fold)."""
    draw_all_charts(page, "[data-testid=stPlotlyChart]", at_least=0)


def _check(page, server: Server, outside: list[str], where: str) -> None:
    assert page.locator("[data-testid=stException]").count() == 0, server.log_text()
    found = page.evaluate(FIND_MARKUP, BOLD_WORDS)
    assert not found, f"{where}: markup from data:\n" + "\n".join(found)
    assert not outside, f"{where}: requests to other hosts: {outside}"


def _open(
    page, server: Server, outside: list[str], path: str, where: str, *, shot: str | None = None
) -> None:
    page.goto(f"{server.url}/{path}")
    wait_for_app(page)
    _show_everything(page)
    _check(page, server, outside, where)
    if shot:
        screenshot(page, shot)


def _svg_text(page) -> str:
    # the lines of a wrapped label (plotly's tspan.line) read with a space between them
    return page.evaluate(
        "() => [...document.querySelectorAll('[data-testid=stPlotlyChart] svg text')]"
        ".map(e => { const lines = [...e.querySelectorAll('tspan.line')];"
        " return lines.length ? lines.map(l => l.textContent).join(' ') : e.textContent; })"
        ".join('\\n')"
    )


def _main_text(page) -> str:
    return page.evaluate(
        "() => document.querySelector('[data-testid=stMain]').innerText.replace(/\\u2060/g, '')"
    )


def test_ringkasan(watched) -> None:
    server, page, outside = watched
    _open(page, server, outside, f"?tahun={YEAR}", "Ringkasan", shot="hostile-ringkasan")
    text = _main_text(page)
    assert SETWAN_NAME in text  # without an innovation: listed, and said in the summary, as typed
    assert DINKES_NAME in text  # the OPD with the most innovations, named in the summary
    # the year of the official result whose source is Markdown: the score card shows it as text
    _open(page, server, outside, "?tahun=2024", "Ringkasan 2024", shot="hostile-ringkasan-2024")
    assert SOURCE in _main_text(page)
    # filtered by the renamed OPD: the scope caption and the summary name it
    _open(page, server, outside, f"?tahun={YEAR}&opd={quote(DINKES_NAME)}", "Ringkasan (OPD)")
    assert page.get_by_text(t("filter.scope", scope=DINKES_NAME).rstrip(".")).count() >= 1 or (
        t("filter.scope", scope=DINKES_NAME) in _main_text(page)
    )


def test_partisipasi_opd_and_its_csv(watched, tmp_path: Path) -> None:
    server, page, outside = watched
    _open(page, server, outside, "partisipasi-opd", "Partisipasi OPD", shot="hostile-partisipasi-opd")
    labels = _svg_text(page)
    assert "Dinkes" in labels and "<b>tebal</b>" in labels  # the short name, literally, on the chart

    # the innovations of the chosen OPD (the one with the most: the renamed dinkes): CSV download
    with page.expect_download(timeout=60_000) as info:
        page.locator(".st-key-csv_partisipasi_opd_pilih button").first.click()
    assert info.value.suggested_filename == f"inovasi-dinkes-{YEAR}.csv"
    rows = _csv(info.value, tmp_path)
    names = {r[0] for r in rows[1:]}
    assert {"'" + f for f in FORMULAS} <= names
    assert not any(n.startswith(("=", "+", "-", "@")) for n in names)
    assert "**tebal**" in names and "MD1 [klik](https://evil.example/a)" in names

    # the table behind the per-OPD chart: names neutralised, counts still numbers
    page.get_by_role("tab", name=t("tab.table")).first.click()
    wait_for_app(page)
    with page.expect_download(timeout=60_000) as info:
        page.locator(".st-key-csv_per_opd_opd button").first.click()
    assert info.value.suggested_filename == f"inovasi-per-opd-{YEAR}.csv"
    rows = _csv(info.value, tmp_path)
    assert rows[0][0] == t("col.opd")
    dinkes = next(r for r in rows if "Kesehatan" in r[0])
    assert dinkes[0] == "'" + DINKES_NAME
    assert dinkes[2] == str(12 + len(PAYLOADS))  # a plain number, not quoted text
    _check(page, server, outside, "Partisipasi OPD, table tab")

    # an OPD without an innovation: the page says so, with the name as typed
    chooser = page.locator(".st-key-partisipasi_opd_pilih input")
    chooser.click()
    page.keyboard.type("evil.example/w")
    page.keyboard.press("Enter")
    # the choice starts a rerun a moment later: wait for its result, not for an idle app
    none_for_opd = t("page.partisipasi.none_for_opd", name=SETWAN_NAME, year=YEAR)
    page.wait_for_function(
        "s => document.querySelector('[data-testid=stMain]').innerText.replace(/\\u2060/g, '').includes(s)",
        arg=none_for_opd,
        timeout=30_000,
    )
    wait_for_app(page)
    assert none_for_opd in _main_text(page)
    _check(page, server, outside, "Partisipasi OPD, Setwan")


def _csv(download, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_jenis_inovasi(watched) -> None:
    server, page, outside = watched
    _open(page, server, outside, "jenis-inovasi", "Jenis Inovasi", shot="hostile-jenis-inovasi")
    assert "<b>tebal</b>" in _svg_text(page)  # the urusan, literally, on the top-10 chart


def test_progres_skor(watched) -> None:
    server, page, outside = watched
    _open(page, server, outside, "progres-skor?tahun=2024&banding=2024", "Progres Skor 2024")
    assert SOURCE in _main_text(page)
    assert "Jahat" in _svg_text(page) and "<a href" in _svg_text(page)  # the region, as typed
    screenshot(page, "hostile-progres-skor-2024")
    _open(page, server, outside, f"progres-skor?tahun={YEAR}", "Progres Skor")
    tab = page.get_by_role("tab", name=t("scoresim.gaps.by_innovation"))
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true")
    wait_for_app(page)
    _show_everything(page)
    _check(page, server, outside, "Progres Skor, evidence gaps per innovation")
    screenshot(page, "hostile-progres-skor")


def test_data_inovasi_every_payload_in_the_detail(watched) -> None:
    server, page, outside = watched
    for i, name in enumerate(PAYLOADS):
        where = f"Data Inovasi, {name!r}"
        _open(page, server, outside, f"data-inovasi?tahun={YEAR}&cari=ujihostil{i:02d}", where)
        # the detail heading is the name in bold, shown exactly as typed
        headings = page.evaluate(
            "() => [...document.querySelectorAll('[data-testid=stMain] strong')]"
            ".map(e => e.textContent.replace(/\\u2060/g, ''))"
        )
        assert name in headings, (where, headings)
        cells = page.locator("[data-testid=stTable]").inner_text().replace("\u2060", "")
        assert name in cells and PAYLOADS[(i + 1) % len(PAYLOADS)] in cells and DINKES_NAME in cells
        if i in (0, 5, 12):
            screenshot(page, f"hostile-data-inovasi-{i:02d}")


def test_kelola_data_upload_with_a_payload_file_name(hostile, watched, tmp_path: Path) -> None:
    server, page, outside = watched
    sign_in(page, server.url)
    page.locator("[data-testid=stSidebarNav]").get_by_text("Kelola Data").click()
    expect(page.get_by_role("heading", name="Kelola Data")).to_be_visible()  # the click's rerun
    wait_for_app(page)
    _check(page, server, outside, "Kelola Data")

    upload = tmp_path / UPLOAD_NAME
    codes = hostile[1]
    header = [*INNOVATION_HEADER, *codes, IGNORED_COLUMN]
    upload.write_bytes(
        csv_bytes([header, [*innovation_row("Unggahan uji", year=YEAR, opd="DKK", n_codes=len(codes)), "x"]])
    )
    page.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(str(upload))
    page.get_by_text("semua valid").wait_for(timeout=30_000)
    wait_for_app(page)
    text = _main_text(page)
    assert UPLOAD_NAME in text and IGNORED_COLUMN in text
    _check(page, server, outside, "Kelola Data, checked upload")
    screenshot(page, "hostile-kelola-data-preview")

    page.get_by_role("button", name="Simpan ke basis data").click()
    page.get_by_text("tersimpan").first.wait_for(timeout=30_000)
    wait_for_app(page)
    assert UPLOAD_NAME in _main_text(page)
    _check(page, server, outside, "Kelola Data, saved")
    page.get_by_role("tab", name="Riwayat dan pembatalan").click()
    wait_for_app(page)
    _check(page, server, outside, "Kelola Data, history")
    screenshot(page, "hostile-kelola-data-history")
