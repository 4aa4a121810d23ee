"""The offline snapshot: one self-contained HTML file that says what the briefing model says."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import plotly
import plotly.graph_objects as go
import pytest

from analytics import briefing, db, snapshot
from analytics.report import handout
from analytics.text import t
from tests.cli_helpers import run_cli

MADE_ON = dt.date(2022, 12, 13)
HOSTILE = "<a href='https://jahat.example/'>Klik</a> & <script>alert(1)</script> **tebal**"
# the trace types in the vendored cartesian bundle (its README)
CARTESIAN = {"bar", "box", "contour", "heatmap", "histogram", "histogram2d", "histogram2dcontour",
             "image", "pie", "scatter", "scatterternary", "violin"}  # fmt: skip


class Page(HTMLParser):
    """The visible text, the tags and their URL-bearing attributes, and the style sheets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("style", "script"):
            self._in = tag

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self.styles.append(data)
        elif self._in == "script":
            self.scripts.append(data)
        else:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())


def _parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def b(built_db: Path) -> briefing.Briefing:
    with db.connection(built_db) as con:
        return handout(con, 2022, made_on=MADE_ON)


@pytest.fixture(scope="module")
def html_2022(b: briefing.Briefing) -> str:
    return snapshot.render(b)


def test_one_file_under_five_megabytes_in_bahasa_indonesia(html_2022: str) -> None:
    size = len(html_2022.encode("utf-8"))
    assert size < snapshot.MAX_BYTES
    page = _parse(html_2022)
    assert ("html", {"lang": "id"}) in page.tags
    assert any(tag == "meta" and attrs.get("name") == "viewport" for tag, attrs in page.tags)
    # plotly.js inside the file, and the inlined fonts
    assert "plotly.js (cartesian - minified) v" + snapshot.plotly_version() in html_2022
    assert html_2022.count("@font-face") == (2 if snapshot.font_paths() else 0)


def test_no_request_to_any_server(html_2022: str) -> None:
    page = _parse(html_2022)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"link", "img", "iframe", "object", "embed", "base"}  # nothing fetched by a tag
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "action", "poster", "data", "background"):
            value = attrs.get(name)
            assert value is None or value.startswith(("#", "data:")), (tag, name, value)
        assert not re.search(r"url\(", attrs.get("style") or "")
    css = "\n".join(page.styles)
    assert "@import" not in css
    urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css)
    assert urls and all(u.startswith("data:font/woff;base64,") for u in urls)  # only the fonts
    assert not re.search(r"https?://", css)
    # the page's own scripts (not the bundle) load nothing
    own = [s for s in page.scripts if "plotly.js (cartesian" not in s]
    assert not re.search(r"https?://|fetch\(|XMLHttpRequest|import\(", "\n".join(own))


def test_the_same_figures_as_the_model(b: briefing.Briefing, html_2022: str) -> None:
    text = _parse(html_2022).visible
    assert b.title in text
    assert t("handout.made", date="13 Desember 2022") in text
    for card in b.cards:
        for part in (card.label, card.text, card.note, card.kind_label, card.change_text, card.footnote):
            if part:
                assert _flat(part) in text, part
    for sentence in b.sentences:
        assert _flat(sentence) in text
    path = b.path
    assert path.steps  # 2022 is below the goal: there are steps
    assert _flat(path.title) in text and _flat(path.lead) in text
    for line in path.lines():
        assert _flat(line) in text
    assert _flat(path.total_line) in text and _flat(path.label) in text
    for _, names in b.without_groups():
        for name in names:
            assert name in text
    for _, note in b.source_notes():
        assert _flat(note) in text
    for line in b.footer_lines():
        assert _flat(line) in text
    assert t("sample.badge") in text and _flat(t("handout.sample_notice")) in text


def test_every_view_has_its_chart_and_table(b: briefing.Briefing, html_2022: str) -> None:
    views = briefing.views(b)
    page = _parse(html_2022)
    charts = [a for tag, a in page.tags if tag == "div" and (a.get("class") or "") == "chart"]
    assert len(charts) == len(views)
    assert sum(1 for tag, _ in page.tags if tag == "details") == len(views)
    text = page.visible
    for view in views:
        assert view.title in text
        for column in view.table.columns:
            assert str(column) in text
        assert {tr.type for tr in view.figure.data} <= CARTESIAN  # the bundle draws it
    # a cell of each table, formatted as on the page (58,11; 2022 without a thousands dot)
    assert "58,11" in text and "2022" in text and "2.022" not in text


def test_data_is_escaped_in_text_and_in_figures(b: briefing.Briefing) -> None:
    without = b.without.copy()
    without.loc[without.index[0], "opd_name"] = HOSTILE
    step = briefing.Step(HOSTILE, HOSTILE, 1.0)
    hostile = dataclasses.replace(
        b,
        without=without,
        sentences=[HOSTILE, *b.sentences],
        path=dataclasses.replace(b.path, steps=(step,)),
    )
    html = snapshot.render(hostile)
    assert "<script>alert" not in html and "jahat.example/'>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count("<script") == 3  # figures (JSON), plotly.js, the drawing code: no more
    assert HOSTILE in _parse(html).visible  # shown as text, literally

    fig = go.Figure(go.Bar(x=[HOSTILE, "Dinas A & B"], y=[1, 2], text=["<b>x</b>", "y"], name="<i>n</i>"))
    # a label the chart builder already escaped is not escaped twice
    assert snapshot.escape_label("&lt;b&gt; AT&amp;T &#36;5") == "&lt;b&gt; AT&amp;T &#36;5"
    assert snapshot.escape_label("A & B <i>") == "A &amp; B &lt;i&gt;"
    spec = snapshot.figure_spec(fig)
    trace = spec["data"][0]
    assert trace["x"] == ["&lt;a href='https://jahat.example/'&gt;Klik&lt;/a&gt; &amp; "
                          "&lt;script&gt;alert(1)&lt;/script&gt; **tebal**", "Dinas A &amp; B"]  # fmt: skip
    assert trace["text"] == ["&lt;b&gt;x&lt;/b&gt;", "y"] and trace["name"] == "&lt;i&gt;n&lt;/i&gt;"
    assert spec["layout"]["font"]["family"].startswith(f"'{snapshot.FONT_NAME}'")
    embedded = snapshot.script_json(spec)
    assert "<" not in embedded and ">" not in embedded and "&" not in embedded  # cannot end the script


def test_table_cells_escaped_and_numbers_formatted() -> None:
    frame = pd.DataFrame({t("col.year"): [2022], "Nama": [HOSTILE], "Jumlah": [1234], "Skor": [58.114]})
    cell_html = snapshot._table(frame)
    assert "<script>" not in cell_html and "&lt;script&gt;" in cell_html
    assert ">2022<" in cell_html and ">1.234<" in cell_html and ">58,11<" in cell_html


def test_vendored_plotly_is_the_recorded_file_and_matches_plotly_python() -> None:
    recorded = dict(
        line.split("=", 1) for line in (snapshot.VENDOR / "PLOTLY_VERSION").read_text().splitlines() if line
    )
    assert hashlib.sha256(snapshot.PLOTLY_JS.read_bytes()).hexdigest() == recorded["sha256"]
    assert (snapshot.VENDOR / "LICENSE-plotly.js.txt").read_text().startswith("MIT License")
    bundled = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    head = bundled.read_text(encoding="utf-8")[:200]
    python_major = re.search(r"plotly\.js v(\d+)\.", head).group(1)
    assert recorded["version"].split(".")[0] == python_major, (
        "plotly.js of the Python package changed major version: run analytics/vendor/fetch_plotly.sh"
    )


def test_a_filtered_snapshot_names_its_filter(built_db: Path) -> None:
    with db.connection(built_db) as con:
        data = snapshot.snapshot_html(con, 2024, opd="jenis:kecamatan", jenis="digital", made_on=MADE_ON)
    text = _parse(data.decode("utf-8")).visible
    assert t("filter.scope", scope="semua kecamatan, inovasi digital") in text
    assert t("kpi.score.whole_regency") in text  # the score card says it is not narrowed


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli("snapshot", *args)  # in this process: see tests/cli_helpers.py


def test_cli_snapshot(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ringkasan.html"
    done = _cli("--year", "2022", "--out", str(out), "--db", str(built_db), "--opd", "dinkes")
    assert done.returncode == 0, done.stderr
    assert "Tersimpan" in done.stdout
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Dinas Kesehatan" in html
    assert [p.name for p in tmp_path.iterdir()] == ["ringkasan.html"]  # no temporary file left


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--year", "2030", "--out", "x.html"], "Tahun 2030"),
        (["--year", "2022", "--out", "x.htm"], ".html"),
        (["--year", "2022", "--out", "x.html", "--jenis", "analog"], "analog"),
        (["--year", "2022", "--out", "x.html", "--opd", "nope"], "dinkes"),
    ],
)
def test_cli_snapshot_errors(built_db: Path, tmp_path: Path, args: list[str], needle: str) -> None:
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    done = _cli(*args, "--db", str(built_db))
    assert done.returncode == 2
    assert needle in done.stderr and "Traceback" not in done.stderr
    assert not list(tmp_path.iterdir())
