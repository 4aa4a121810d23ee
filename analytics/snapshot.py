"""The offline snapshot: the briefing of one year and filter as ONE self-contained HTML file.

For places where the network is weak (kecamatan offices) and for sending by chat: the file opens
from disk in any browser and asks no server for anything. plotly.js (the cartesian bundle vendored
in `analytics/vendor/`, about 1,5 MB) and a subset of the DejaVu Sans fonts (only the characters
the page uses, as WOFF data URLs made with fontTools) are inside the file; there is no link, no
external image, no web font. Without DejaVu Sans on the machine that makes the file, the page
falls back to the reader's own sans-serif font.

It shows what the briefing model holds (`analytics.briefing`): title and date, the KPI cards (resmi
or perkiraan with source or method year, change and what it is compared with), the summary
sentences, "Langkah menuju 60,01", the OPD without an innovation, each chart of `briefing.views`
as an interactive plotly chart with the table behind it, the sources, and "data contoh" when
sample data is included. It computes no figure of its own.

Every text from the model is HTML-escaped; the data strings inside the figures (category names,
bar texts, hover data) are escaped for plotly's pseudo-HTML too, and the figure JSON is written so
that no `</script>` can end the script early. Plain Python (no Streamlit): `snapshot_html` returns
bytes for a download button or the CLI (`python -m analytics snapshot`).
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from analytics import briefing, charts
from analytics.pdf import font_paths
from analytics.report import handout
from analytics.text import MISSING, fmt_date, fmt_number, fmt_quantity, t

VENDOR = Path(__file__).resolve().parent / "vendor"
PLOTLY_JS = VENDOR / "plotly-cartesian.min.js"
FONT_NAME = "Dasbor Sans"  # the inlined DejaVu Sans subset, under a name no installed font has
FONT_STACK = f"'{FONT_NAME}', 'DejaVu Sans', 'Segoe UI', Roboto, Arial, sans-serif"
MAX_BYTES = 5_000_000  # the budget: small enough to send by chat on a weak connection

# Always in the font subset, whatever the page says: digits, Latin-1 letters and the marks the
# catalogue and plotly use (signs, dashes, arrows, the modebar's own texts are ASCII).
BASE_CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "".join(chr(c) for c in range(0xA0, 0x100))
BASE_CHARS += "–—‘’“”•·…−±×→▲▼✓«»€"

# Trace attributes that carry data (names of OPD and innovations, category labels, hover data):
# escaped for plotly's pseudo-HTML. Templates and layout texts come from the catalogue; markup a
# chart means (bold, line breaks) belongs there, not in these attributes.
DATA_KEYS = ("x", "y", "text", "hovertext", "customdata", "labels", "name", "ids", "meta")
# "&" that does not already begin an entity: a label the chart builder escaped itself
# ("&lt;b&gt;") stays as it is instead of showing "&amp;lt;" (escaping twice is harmless here)
_BARE_AMPERSAND = re.compile(r"&(?!(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)")


def escape(text: Any) -> str:
    """HTML text or attribute value."""
    return html.escape(str(text), quote=True)


# ---------------------------------------------------------------------------------------------
# Inlined assets


def plotly_version() -> str:
    """The vendored bundle's version (analytics/vendor/PLOTLY_VERSION)."""
    for line in (VENDOR / "PLOTLY_VERSION").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return MISSING


@lru_cache(maxsize=1)
def _plotly_js() -> str:
    return PLOTLY_JS.read_text(encoding="utf-8")


def font_faces(text: str) -> str:
    """@font-face rules with DejaVu Sans (regular, bold) cut to the characters of `text`, as WOFF
    data URLs; "" when the fonts are not installed (the page then uses the reader's own fonts)."""
    paths = font_paths()
    if not paths:
        return ""
    chars = "".join(sorted(set(text) | set(BASE_CHARS)))
    rules = []
    for style, path in paths.items():
        data = _subset(str(path), chars)
        weight = "700" if style == "B" else "400"
        rules.append(
            f"@font-face{{font-family:'{FONT_NAME}';font-style:normal;font-weight:{weight};"
            f"font-display:swap;src:url(data:font/woff;base64,{base64.b64encode(data).decode('ascii')})"
            " format('woff');}"
        )
    return "\n".join(rules)


@lru_cache(maxsize=8)
def _subset(path: str, chars: str) -> bytes:
    from fontTools import subset

    options = subset.Options()
    options.flavor = "woff"  # zlib-compressed; WOFF2 would need brotli for little gain here
    options.layout_features = ["kern", "liga"]
    options.name_IDs = ["*"]  # keep the licence and copyright names with the font
    options.drop_tables = [*options.drop_tables, "FFTM"]  # FontForge's timestamps: not needed
    font = subset.load_font(path, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    out = io.BytesIO()
    subset.save_font(font, out, options)
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# Figures


def escape_label(text: str) -> str:
    """A data string as literal text in plotly's pseudo-HTML (`<`, `>` and a bare `&` as entities)."""
    return _BARE_AMPERSAND.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")


def _escape_data(value: Any) -> Any:
    if isinstance(value, str):
        return escape_label(value)
    if isinstance(value, list | tuple):
        return [_escape_data(v) for v in value]
    if hasattr(value, "tolist") and getattr(value, "dtype", None) is not None and value.dtype == object:
        return [_escape_data(v) for v in value.tolist()]
    return value


def figure_spec(fig: go.Figure) -> dict[str, Any]:
    """The figure as plotly.js takes it: data strings escaped, the snapshot's font, full width."""
    spec = json.loads(pio.to_json(fig, validate=False))
    for trace in spec.get("data", []):
        for key in DATA_KEYS:
            if key in trace:
                trace[key] = _escape_data(trace[key])
    layout = spec.setdefault("layout", {})
    layout.pop("width", None)
    layout["autosize"] = True
    layout.setdefault("font", {})["family"] = FONT_STACK
    layout.setdefault("hoverlabel", {}).setdefault("font", {})["family"] = FONT_STACK
    return spec


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no "<", ">" or "&" that could end or bend it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# ---------------------------------------------------------------------------------------------
# The page


def _table(frame: pd.DataFrame) -> str:
    year_col = t("col.year")
    head = "".join(f"<th scope=col>{escape(c)}</th>" for c in frame.columns)
    rows = []
    for record in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, record, strict=True):
            if value is None or (isinstance(value, float) and pd.isna(value)):
                text, numeric = MISSING, False
            elif isinstance(value, bool):
                text, numeric = (t("col.yes") if value else t("col.no")), False
            elif isinstance(value, int | float) or hasattr(value, "item"):
                number = value.item() if hasattr(value, "item") else value
                text = str(number) if column == year_col else fmt_quantity(number)
                numeric = True
            else:
                text, numeric = str(value), False
            cells.append(f"<td class=num>{escape(text)}</td>" if numeric else f"<td>{escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<div class=tablewrap><table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"


def _cards(b: briefing.Briefing) -> str:
    out = []
    for card in b.cards:
        kind = " · ".join(x for x in (card.kind_label, card.predicate) if x)
        classes = "card" + (f" {card.kind}" if card.kind else "")
        parts = [
            f"<div class=label>{escape(card.label)}</div>",
            f"<div class=value>{escape(card.text)}</div>",
        ]
        if kind:
            parts.append(f"<div class=kind>{escape(kind)}</div>")
        if card.note:
            parts.append(f"<div class=note>{escape(card.note)}</div>")
        if card.change_text:
            parts.append(f"<div class=change>{escape(card.change_text)}</div>")
        if card.footnote:
            parts.append(f"<div class=note>{escape(card.footnote)}</div>")
        if card.is_sample:
            parts.append(f"<div class=samplemark>{escape(t('sample.badge'))}</div>")
        out.append(f"<div class='{classes}' data-key='{escape(card.key)}'>{''.join(parts)}</div>")
    note = b.comparisons_note()
    return (
        "<section aria-label='" + escape(t("handout.snapshot.cards")) + "'><div class=cards>" + "".join(out) + "</div>"
        + (f"<p class=muted>{escape(note)}</p>" if note else "")
        + "</section>"
    )  # fmt: skip


def _path(b: briefing.Briefing) -> str:
    path = b.path
    items = "".join(f"<li>{escape(line)}</li>" for line in path.lines())
    return (
        f"<section id=langkah><h2>{escape(path.title)}</h2><p>{escape(path.lead)}</p>"
        + (f"<ol class=steps>{items}</ol>" if items else "")
        + (f"<p class=total>{escape(path.total_line)}</p>" if path.total_line else "")
        + f"<p class=estimate>{escape(path.label)}</p></section>"
    )


def _without(b: briefing.Briefing) -> str:
    heading = f"<h2>{escape(t('page.ringkasan.without', year=b.year))}</h2>"
    if b.year_counts.empty:
        return f"<section id=tanpa-inovasi>{heading}<p>{escape(t('page.no_data', year=b.year))}</p></section>"
    if b.without.empty:
        return (
            f"<section id=tanpa-inovasi>{heading}<p>{escape(t('page.ringkasan.without_none'))}</p></section>"
        )
    groups = "".join(
        f"<p><strong>{escape(name)} ({fmt_number(len(names))}):</strong> {escape(', '.join(names))}</p>"
        for name, names in b.without_groups()
    )
    return f"<section id=tanpa-inovasi>{heading}{groups}</section>"


def _views(views: Iterable[briefing.View]) -> tuple[str, list[dict[str, Any]]]:
    sections, specs = [], []
    for i, view in enumerate(views):
        specs.append(figure_spec(view.figure))
        caption = f"<p class=muted>{escape(view.caption)}</p>" if view.caption else ""
        sample = f" <span class=badge>{escape(t('sample.badge'))}</span>" if view.sample else ""
        sections.append(
            f"<section class=view id='grafik-{escape(view.key)}'><h2>{escape(view.title)}{sample}</h2>"
            f"<div class=chart id=chart-{i} role=img aria-label='{escape(view.title)}'></div>{caption}"
            f"<details><summary>{escape(t('handout.snapshot.table'))}</summary>{_table(view.table)}</details></section>"
        )
    return "".join(sections), specs


def _sources(b: briefing.Briefing) -> str:
    paras = []
    for kind, text in b.source_notes():
        tag = "h3" if kind == "official_heading" else "p"
        css = " class=warn" if kind in ("sample", "method_error") else ""
        paras.append(f"<{tag}{css}>{escape(text)}</{tag}>")
    return f"<section id=sumber><h2>{escape(t('handout.sources.heading'))}</h2>{''.join(paras)}</section>"


CSS = """
:root{--ink:#1f1f1f;--muted:#5a5a5a;--line:#d9d9d9;--accent:%(accent)s;--estimate:%(estimate)s;
--official:%(official)s;--warn:%(warn)s}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%%}
body{margin:0;font-family:%(font)s;color:var(--ink);background:#fff;line-height:1.5;font-size:17px}
main{max-width:1100px;margin:0 auto;padding:20px 16px 40px}
h1{font-size:1.9rem;line-height:1.2;margin:.2em 0}
h2{font-size:1.35rem;color:var(--accent);margin:1.6em 0 .5em}
h3{font-size:1.05rem;margin:1em 0 .3em}
.muted,.meta{color:var(--muted)}
.meta{margin:0 0 1em}
.notice{background:#fdefe2;color:#8a3b00;border-left:5px solid var(--warn);padding:10px 14px;font-weight:700}
.badge{display:inline-block;font-size:.75rem;font-weight:700;color:#8a3b00;background:#fdefe2;
border:1px solid var(--warn);border-radius:4px;padding:0 6px;vertical-align:middle}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card.estimate{border:2px solid var(--estimate)}
.card .label{color:var(--muted);font-size:.9rem}
.card .value{font-size:2.1rem;font-weight:700;line-height:1.15;margin:4px 0}
.card .kind{font-weight:700;font-size:.9rem}
.card.official .kind{color:var(--official)}
.card.estimate .kind{color:#a05a00}
.card .note,.card .change{font-size:.85rem;color:var(--muted)}
.card .samplemark{font-size:.75rem;font-weight:700;color:#8a3b00}
ul.sentences li{margin:.35em 0}
ol.steps li{margin:.3em 0}
.total{font-weight:700}
.estimate{color:#a05a00;font-size:.9rem}
.chart{width:100%%;min-height:300px}
details{margin:.4em 0 1em}
summary{cursor:pointer;color:var(--accent);font-weight:700}
.tablewrap{overflow-x:auto}
table{border-collapse:collapse;font-size:.9rem;margin-top:.5em;min-width:60%%}
th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}
th{background:#f2f2f2}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.warn{color:#8a3b00}
footer{border-top:1px solid var(--line);margin-top:2em;padding-top:.6em;font-size:.85rem;color:var(--muted)}
@media (max-width:600px){body{font-size:16px}h1{font-size:1.5rem}.cards{grid-template-columns:1fr 1fr}
.card .value{font-size:1.6rem}main{padding:12px 10px 30px}}
@media print{details{display:none}.chart{break-inside:avoid}}
"""

SCRIPT = """
(function(){
  var specs = JSON.parse(document.getElementById('figures').textContent);
  var config = {displaylogo:false, responsive:true, showLink:false, showEditInChartStudio:false,
                showSendToCloud:false, modeBarButtonsToRemove:['sendDataToCloud']};
  function draw(){
    specs.forEach(function(spec, i){
      var el = document.getElementById('chart-' + i);
      if (el && window.Plotly) { Plotly.newPlot(el, spec.data, spec.layout, config); }
    });
  }
  if (document.fonts && document.fonts.ready) { document.fonts.ready.then(draw, draw); } else { draw(); }
})();
"""


def render(b: briefing.Briefing) -> str:
    """The snapshot page of a briefing, as HTML text."""
    views_html, specs = _views(briefing.views(b))
    meta = t("handout.made", date=fmt_date(b.made_on))
    if b.scope_text:
        meta += " · " + t("filter.scope", scope=b.scope_text)
    sentences = "".join(f"<li>{escape(s)}</li>" for s in b.sentences)
    body = (
        "<main>"
        f"<header><p class=muted>{escape(t('app.title'))}</p><h1>{escape(b.title)}</h1>"
        f"<p class=meta>{escape(meta)} · {escape(t('handout.snapshot.offline'))}</p>"
        + (f"<p class=notice>{escape(t('handout.sample_notice'))}</p>" if b.any_sample else "")
        + "</header>"
        + _cards(b)
        + f"<section id=ringkasan><h2>{escape(t('page.ringkasan.summary'))}</h2>"
        f"<ul class=sentences>{sentences}</ul></section>"
        + _path(b)
        + _without(b)
        + views_html
        + _sources(b)
        + "<footer>"
        + "".join(f"<p>{escape(line)}</p>" for line in b.footer_lines())
        + f"<p>{escape(t('handout.snapshot.plotly', version=plotly_version()))}</p>"
        + "</footer></main>"
    )  # fmt: skip
    figures = script_json(specs)
    text_for_fonts = body + json.dumps(specs, ensure_ascii=False)
    css = CSS % {
        "font": FONT_STACK,
        "accent": charts.OKABE_ITO["blue"],
        "estimate": charts.COLOURS["estimate"],
        "official": charts.COLOURS["official"],
        "warn": charts.OKABE_ITO["vermillion"],
    }
    return (
        "<!DOCTYPE html>\n<html lang=id>\n<head>\n<meta charset=utf-8>\n"
        "<meta name=viewport content='width=device-width, initial-scale=1'>\n"
        f"<title>{escape(b.title)}</title>\n"
        f"<style>\n{font_faces(html.unescape(text_for_fonts))}\n{css}</style>\n"
        "</head>\n<body>\n"
        f"{body}\n"
        f"<script type=application/json id=figures>{figures}</script>\n"
        f"<script>{_plotly_js()}</script>\n"
        f"<script>{SCRIPT}</script>\n"
        "</body>\n</html>\n"
    )


def snapshot_html(
    con: duckdb.DuckDBPyConnection,
    year: int,
    *,
    opd: str | None = None,
    jenis: str | None = None,
    tahapan: str | None = None,
    made_on: dt.date | None = None,
) -> bytes:
    """The snapshot of `year` under the dashboard's filters (opd "dinkes" / "jenis:kecamatan", jenis,
    tahapan; None = all), as UTF-8 bytes."""
    return render(handout(con, year, opd=opd, jenis=jenis, tahapan=tahapan, made_on=made_on)).encode("utf-8")
