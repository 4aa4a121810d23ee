"""The PDF handout for workshop presenters: "Ringkasan Inovasi Daerah Kabupaten Pati <tahun>".

A presenter shows the dashboard to a room and hands out this A4 briefing afterwards. It says what
the Ringkasan page says, in the same words (`analytics.briefing`, the same tables and charts):

- the KPI numbers: the index score, official with its source or an estimate labelled "perkiraan"
  with its method year; the distance to the goal (60,01); innovations; OPD coverage; digital share;
- the three-to-five summary sentences and the OPD without an innovation;
- three charts as PNG images (plotly -> kaleido, which drives the system Chromium);
- on every page a footer: "data contoh" when sample data is included, and the sources of the
  official figures; at the end a section with every source and the estimate's method.

`handout(con, year, ...)` gathers the facts once; the Excel workbook (`analytics.export`) reuses
it. Plain Python (no Streamlit), so the CLI, the dashboard's download button and the tests share
it. When chart images cannot be made (no Chromium), the PDF is still made, without images, and
says so, rather than failing a presenter minutes before a meeting.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import duckdb
import plotly.graph_objects as go
from fpdf import FPDF
from fpdf.enums import XPos, YPos

from analytics import briefing, charts, progress, scoring, tables
from analytics.db import query
from analytics.methods import MethodError, method_for_year
from analytics.text import MISSING, fmt_date, fmt_number, fmt_percent, fmt_score, label, t

KECAMATAN_PREFIX = "Kecamatan "
KIND_PREFIX = "jenis:"  # the dashboard's OPD chooser value for a whole kind ("jenis:kecamatan")

# A Unicode TTF font: fpdf2's core fonts are Latin-1 only and cannot print "–", "·" or "−".
# DejaVu Sans ships with Debian (fonts-dejavu-core); other common places are tried too.
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}

# Chart images: drawn at this CSS size, then scaled 2x for print sharpness.
CHART_WIDTH_PX = 1000
CHART_SCALE = 2

# Page geometry (mm): A4 with 15 mm margins; the footer needs three lines.
MARGIN = 15
FOOTER_HEIGHT = 18
INK = (31, 31, 31)
MUTED = (90, 90, 90)
ACCENT = charts.OKABE_ITO["blue"]
WARN = charts.OKABE_ITO["vermillion"]

# kaleido's sync server is one global Chromium per process and its queues are not thread-safe:
# two dashboard users asking for a PDF at once take turns.
_IMAGE_LOCK = threading.Lock()


class ExportError(ValueError):
    """A problem with the request (unknown year or OPD), in Bahasa Indonesia, fit to show a user."""


# ---------------------------------------------------------------------------------------------
# The facts of one handout (shared with the Excel workbook)


@dataclass(frozen=True)
class Handout(briefing.Briefing):
    """Everything a handout says about one year and one filter state: the Ringkasan briefing, plus
    the day it was made, the filter as parameters, and a method file problem if there was one."""

    made_on: dt.date = field(default_factory=dt.date.today)
    params: dict[str, Any] = field(default_factory=dict)  # opd_id, opd_kind, jenis, tahapan (None = all)
    method_error: str | None = None

    @property
    def title(self) -> str:
        return t("handout.title", year=self.year)


def filter_params(
    opd: str | None = None, jenis: str | None = None, tahapan: str | None = None
) -> dict[str, Any]:
    """The query parameters of a filter given as the dashboard writes it (opd "dinkes" or
    "jenis:kecamatan"; "semua" or None = all)."""
    opd = None if opd in (None, "", "semua") else opd
    return {
        "opd_id": None if opd is None or opd.startswith(KIND_PREFIX) else opd,
        "opd_kind": opd.removeprefix(KIND_PREFIX) if opd and opd.startswith(KIND_PREFIX) else None,
        "jenis": None if jenis in (None, "", "semua") else jenis,
        "tahapan": None if tahapan in (None, "", "semua") else tahapan,
    }


def _check_params(con: duckdb.DuckDBPyConnection, params: dict[str, Any]) -> str | None:
    """Validate the filter against the allow-lists and return it in words (None = no filter)."""
    opd = query(con, "opd_list")
    parts = []
    if params.get("opd_id"):
        hit = opd[opd["opd_id"] == params["opd_id"]]
        if hit.empty:
            raise ExportError(
                t("handout.error.opd", value=params["opd_id"], known=", ".join(sorted(opd["opd_id"])))
            )
        parts.append(str(hit["opd_name"].iloc[0]))
    if params.get("opd_kind"):
        kinds = sorted(set(opd["opd_kind"]))
        if params["opd_kind"] not in kinds:
            raise ExportError(t("handout.error.kind", value=params["opd_kind"], known=", ".join(kinds)))
        parts.append(t("filter.opd.kind", kind=label(params["opd_kind"]).lower()))
    if params.get("jenis"):
        if params["jenis"] not in ("digital", "non-digital"):
            raise ExportError(t("handout.error.jenis", value=params["jenis"]))
        parts.append(t("filter.describe.jenis", jenis=label(params["jenis"]).lower()))
    if params.get("tahapan"):
        if params["tahapan"] not in ("inisiatif", "uji coba", "penerapan"):
            raise ExportError(t("handout.error.tahapan", value=params["tahapan"]))
        parts.append(t("filter.describe.tahapan", tahapan=label(params["tahapan"]).lower()))
    return ", ".join(parts) if parts else None


def _estimates(con: duckdb.DuckDBPyConnection) -> tuple[dict[int, scoring.Estimate], str | None]:
    try:
        return {e.year: e for e in scoring.estimate_years(con)}, None
    except scoring.ScoringError:
        return {}, None  # no evidence at all: years without an official result stay missing
    except MethodError as exc:
        return {}, str(exc)


def handout(
    con: duckdb.DuckDBPyConnection,
    year: int,
    *,
    opd: str | None = None,
    jenis: str | None = None,
    tahapan: str | None = None,
    made_on: dt.date | None = None,
) -> Handout:
    """Gather the facts of the handout of `year` under a filter (the Ringkasan page's rules)."""
    params = filter_params(opd, jenis, tahapan)
    scope = _check_params(con, params)
    years_df = query(con, "dashboard_years")
    known = sorted(int(y) for y in years_df["year"])
    if int(year) not in known:
        raise ExportError(t("handout.error.year", year=year, years=", ".join(map(str, known)) or MISSING))
    year = int(year)

    estimates, method_error = _estimates(con)
    results = query(con, "published_index_results")
    brief = briefing.assemble(
        year,
        scope=scope,
        by_year=query(con, "participation_by_year", **params),
        counts=query(con, "opd_innovation_counts", **params),
        pati=results[results["is_pati"]],
        targets=query(con, "yearly_targets"),
        estimates=estimates,
        bands=method_for_year(year).bands,
    )
    return Handout(
        **{f.name: getattr(brief, f.name) for f in fields(brief)},
        made_on=made_on or dt.date.today(),
        params=params,
        method_error=method_error,
    )


def publisher(source: str) -> str:
    """The publisher part of a source ("5news.co.id, 14 Dec 2022 (...)" -> "5news.co.id")."""
    return re.split(r" \(|,| and | dan ", source)[0].strip()


# ---------------------------------------------------------------------------------------------
# Chart images


def handout_figures(h: Handout) -> list[tuple[str, go.Figure]]:
    """The charts of the handout, each with its heading: score over the years, OPD coverage, jenis."""
    points_df = progress.points_frame(h.points)
    sample_years = bool(h.by_year["has_sample"].any()) if not h.by_year.empty else False
    score = charts.figure_score_trend(points_df, h.bands, h.target, sample=h.any_sample_estimate, title="")
    # a little lower than on screen, so it still fits on the first page under the summary
    score.update_layout(height=370)
    return [
        (t("handout.chart.score"), score),
        (t("handout.chart.coverage"), charts.figure_coverage_trend(h.by_year, sample=sample_years)),
        (t("handout.chart.jenis"), charts.figure_jenis_by_year(h.by_year, sample=sample_years)),
    ]


@contextlib.contextmanager
def _image_server() -> Iterator[None]:
    """Keep one Chromium open while several figures are exported (the first image costs ~3 s,
    the next ones ~0,2 s), and close it again if this call opened it."""
    import kaleido

    with _IMAGE_LOCK:
        server = kaleido._sync_server.GlobalKaleidoServer()  # the singleton start/stop act on
        opened = False
        if not server.is_running():
            kaleido.start_sync_server(silence_warnings=True)
            opened = True
        try:
            yield
        finally:
            if opened:
                kaleido.stop_sync_server(silence_warnings=True)


def figure_images(figures: Sequence[go.Figure]) -> list[bytes] | None:
    """PNG bytes of each figure, or None when images cannot be made here (no Chromium)."""
    try:
        with _image_server(), warnings.catch_warnings():
            # plotly passes its default options, which the shared server ignores (harmless)
            warnings.simplefilter("ignore", UserWarning)
            return [
                fig.to_image(
                    format="png",
                    width=CHART_WIDTH_PX,
                    height=int(fig.layout.height or 420),
                    scale=CHART_SCALE,
                )
                for fig in figures
            ]
    except Exception:
        return None


# ---------------------------------------------------------------------------------------------
# The PDF


def font_paths() -> dict[str, Path] | None:
    """Regular and bold DejaVu Sans, or None when they are not installed."""
    for folder in FONT_DIRS:
        paths = {style: folder / name for style, name in FONT_FILES.items()}
        if all(p.is_file() for p in paths.values()):
            return paths
    return None


# What the Latin-1 core font cannot print, in plain letters (used only without DejaVu Sans).
_TRANSLITERATE = str.maketrans({"–": "-", "—": "-", "−": "-", "…": "...", "“": '"', "”": '"', "’": "'"})


class _Pdf(FPDF):
    def __init__(self, footer_lines: list[str]) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_lines = footer_lines
        fonts = font_paths()
        if fonts:
            for style, path in fonts.items():
                self.add_font("DejaVu", style=style, fname=str(path))
            self.family = "DejaVu"
            self.unicode = True
        else:
            self.family = "Helvetica"
            self.unicode = False
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(True, margin=MARGIN + FOOTER_HEIGHT)
        self.set_title("")
        self.set_creator(t("app.title"))
        self.set_lang("id")

    def multi_cell(self, *args: Any, **kwargs: Any) -> Any:
        # left-aligned: fpdf2 justifies by default, which stretches short KPI notes and titles
        kwargs.setdefault("align", "L")
        return super().multi_cell(*args, **kwargs)

    def text_of(self, text: str) -> str:
        if self.unicode:
            return text
        return text.translate(_TRANSLITERATE).encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float, bold: bool = False, colour: tuple[int, int, int] = INK) -> None:
        self.set_font(self.family, "B" if bold else "", size)
        self.set_text_color(*colour)

    def para(self, text: str, size: float = 11, bold: bool = False, colour=INK, h: float = 5.6) -> None:
        self.font(size, bold, colour)
        self.multi_cell(0, h, self.text_of(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def footer(self) -> None:
        self.set_y(-(MARGIN + FOOTER_HEIGHT - 4))
        self.set_draw_color(200, 200, 200)
        self.line(MARGIN, self.get_y(), self.w - MARGIN, self.get_y())
        self.ln(1.5)
        for i, line in enumerate(self.footer_lines):
            self.font(8, bold=(i == 0 and line.startswith(t("handout.footer.sample_start"))), colour=MUTED)
            self.multi_cell(0, 3.8, self.text_of(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.font(8, colour=MUTED)
        self.cell(
            0, 3.8, self.text_of(t("handout.footer.page", page=self.page_no(), pages="{nb}")), align="R"
        )


def _hex(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))  # type: ignore[return-value]


def _kpis(h: Handout) -> list[tuple[str, str, str]]:
    """(label, value, note) of the five KPI boxes, as on the Ringkasan page."""
    p = h.point
    if p.has_score:
        if p.kind == progress.OFFICIAL:
            where = tables.score_note(p, short=True)
        else:
            where = t("handout.kpi.method", year=p.method_year)
            if p.is_sample:
                where += "; " + t("sample.badge")
        score_note = f"{tables.score_kind(p)} · {p.predicate or MISSING}\n{where}"
    else:
        score_note = t("kpi.score.none")
    target_text = fmt_score(h.target) if h.target is not None else MISSING
    if p.has_score and h.target is not None:
        g = progress.gap(p.score, h.target, h.bands)
        gap_value = t("kpi.gap.reached") if g.reached else fmt_score(g.to_target)
        gap_note = (
            t("kpi.gap.above", gap=fmt_score(-g.to_target))
            if g.reached
            else t("handout.kpi.gap_note", kind=tables.score_kind(p))
        )
    else:
        gap_value, gap_note = MISSING, t("kpi.score.none")
    cur, prev = h.current, h.prev_year
    if cur:
        n_note = (
            t("handout.kpi.change", diff=_signed(cur.n_innovations - prev.n_innovations), year=prev.year)
            if prev
            else ""
        )
        cov_note = t(
            "kpi.coverage.caption",
            x=fmt_number(cur.n_opd_with_innovation),
            n=fmt_number(cur.n_opd),
            goal=fmt_percent(h.target_coverage),
        )
        dig_note = t("kpi.digital.caption", x=fmt_number(cur.n_digital), n=fmt_number(cur.n_innovations))
    else:
        n_note = cov_note = dig_note = t("page.no_data", year=h.year)
    return [
        (t("kpi.score"), fmt_score(p.score) if p.has_score else MISSING, score_note),
        (t("kpi.gap", target=target_text), gap_value, gap_note),
        (t("kpi.innovations"), fmt_number(cur.n_innovations if cur else None), n_note),
        (t("kpi.coverage"), fmt_percent(cur.coverage if cur else None), cov_note),
        (t("kpi.digital"), fmt_percent(cur.share_digital if cur else None), dig_note),
    ]


def _signed(n: int) -> str:
    return f"+{fmt_number(n)}" if n > 0 else ("±0" if n == 0 else f"−{fmt_number(-n)}")


def _footer_lines(h: Handout) -> list[str]:
    lines = []
    if h.any_sample:
        lines.append(t("handout.footer.sample"))
    if h.official_sources:
        sources = "; ".join(f"{publisher(src)} ({year})" for year, src in h.official_sources)
        lines.append(t("handout.footer.sources", sources=sources))
    lines.append(t("handout.footer.made", date=fmt_date(h.made_on)))
    return lines


def _draw_kpis(pdf: _Pdf, h: Handout) -> None:
    boxes = _kpis(h)
    gap = 2.5
    width = (pdf.w - 2 * MARGIN - gap * (len(boxes) - 1)) / len(boxes)
    top = pdf.get_y()
    height = 37
    for i, (name, value, note) in enumerate(boxes):
        x = MARGIN + i * (width + gap)
        estimate = i == 0 and h.point.kind == progress.ESTIMATE
        pdf.set_draw_color(*(_hex(charts.COLOURS["estimate"]) if estimate else (190, 190, 190)))
        pdf.set_line_width(0.6 if estimate else 0.3)
        pdf.rect(x, top, width, height)
        pdf.set_xy(x + 2, top + 2)
        pdf.font(8.5, colour=MUTED)
        pdf.multi_cell(width - 4, 3.8, pdf.text_of(name))
        pdf.set_xy(x + 2, top + 10.5)
        pdf.font(17 if len(value) < 9 else 12, bold=True)
        pdf.cell(width - 4, 8, pdf.text_of(value))
        pdf.set_xy(x + 2, top + 20)
        pdf.font(7.5, colour=_hex(charts.COLOURS["estimate"]) if estimate else MUTED)
        pdf.multi_cell(width - 4, 3.4, pdf.text_of(note), max_line_height=3.4)
    pdf.set_line_width(0.2)
    pdf.set_xy(MARGIN, top + height + 3)


def _heading(pdf: _Pdf, text: str) -> None:
    pdf.ln(2)
    pdf.font(13, bold=True, colour=_hex(ACCENT))
    pdf.cell(0, 7, pdf.text_of(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _sample_note(pdf: _Pdf) -> None:
    pdf.set_fill_color(253, 239, 226)
    pdf.font(9.5, bold=True, colour=_hex(WARN))
    pdf.multi_cell(
        0,
        5,
        pdf.text_of(t("handout.sample_notice")),
        fill=True,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
        padding=2,
    )
    pdf.ln(1)


def _without(pdf: _Pdf, h: Handout) -> None:
    _heading(pdf, t("page.ringkasan.without", year=h.year))
    if h.year_counts.empty:
        pdf.para(t("page.no_data", year=h.year), size=10.5)
        return
    if h.without.empty:
        pdf.para(t("page.ringkasan.without_none"), size=10.5)
        return
    for is_kec, group in h.without.groupby("is_kecamatan", sort=True):
        if is_kec:
            names = [n.removeprefix(KECAMATAN_PREFIX) for n in group["opd_name"]]
            head = t("page.ringkasan.group_kecamatan")
        else:
            names, head = list(group["opd_name"]), t("page.ringkasan.group_opd")
        pdf.font(10.5, bold=True)
        pdf.multi_cell(
            0,
            5.4,
            pdf.text_of(f"**{head} ({fmt_number(len(group))}):** " + ", ".join(names)),
            markdown=True,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        pdf.ln(1)


def _sources(pdf: _Pdf, h: Handout) -> None:
    _heading(pdf, t("handout.sources.heading"))
    if h.official_sources:
        pdf.para(t("handout.sources.official"), size=10, bold=True)
        for year, src in h.official_sources:
            point = next(p for p in h.points if p.year == year)
            pdf.para(
                t("handout.sources.official_row", year=year, score=fmt_score(point.score), source=src),
                size=9.5,
                h=4.8,
            )
    estimates = [p for p in h.points if p.kind == progress.ESTIMATE]
    if estimates:
        pdf.ln(1)
        years = ", ".join(str(p.year) for p in estimates)
        method_years = sorted({p.method_year for p in estimates if p.method_year})
        pdf.para(
            t("handout.sources.estimate", years=years, methods=", ".join(map(str, method_years))),
            size=9.5,
            h=4.8,
        )
        est = h.estimates.get(estimates[-1].year)
        if est and est.reconstructed:
            pdf.para(t("handout.sources.reconstructed", parts="; ".join(est.reconstructed)), size=8.5, h=4.2)
    if h.method_error:
        pdf.para(h.method_error, size=9, colour=_hex(WARN))
    if h.any_sample:
        pdf.ln(1)
        pdf.para(t("handout.sources.sample"), size=9.5, h=4.8, colour=_hex(WARN))
    pdf.ln(1)
    pdf.para(t("handout.sources.missing"), size=9.5, h=4.8)


def briefing_pdf(
    con: duckdb.DuckDBPyConnection,
    year: int,
    *,
    opd: str | None = None,
    jenis: str | None = None,
    tahapan: str | None = None,
    made_on: dt.date | None = None,
    images: bool = True,
) -> bytes:
    """The A4 PDF handout of `year` under the dashboard's filters (opd "dinkes" / "jenis:kecamatan",
    jenis, tahapan; None = all). `images=False` leaves the charts out (fast, for previews)."""
    h = handout(con, year, opd=opd, jenis=jenis, tahapan=tahapan, made_on=made_on)
    return render_pdf(h, images=images)


def render_pdf(h: Handout, *, images: bool = True) -> bytes:
    """The PDF of gathered facts (see `briefing_pdf`)."""
    pdf = _Pdf(_footer_lines(h))
    pdf.set_title(h.title)
    pdf.set_subject(t("handout.subject"))
    pdf.alias_nb_pages()
    pdf.add_page()

    # --- title block ------------------------------------------------------------------------
    pdf.font(19, bold=True)
    pdf.multi_cell(0, 9, pdf.text_of(h.title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.font(10, colour=MUTED)
    meta = t("handout.made", date=fmt_date(h.made_on))
    if h.scope:
        meta += " · " + t("filter.scope", scope=h.scope)
    pdf.multi_cell(0, 5, pdf.text_of(meta), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    if h.any_sample:
        _sample_note(pdf)

    # --- KPI boxes and the summary -----------------------------------------------------------
    _draw_kpis(pdf, h)
    _heading(pdf, t("page.ringkasan.summary"))
    for sentence in h.sentences:
        pdf.font(11)
        pdf.set_x(MARGIN)
        pdf.cell(5, 5.8, pdf.text_of("•"))
        pdf.multi_cell(0, 5.8, pdf.text_of(sentence), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)
    _without(pdf, h)

    # --- charts ----------------------------------------------------------------------------
    figures = handout_figures(h)
    pngs = figure_images([fig for _, fig in figures]) if images else None
    if images and pngs is None:
        _heading(pdf, t("handout.chart.heading"))
        pdf.para(t("handout.chart.failed"), size=10, colour=_hex(WARN))
    elif pngs:
        width = pdf.w - 2 * MARGIN
        for (heading, fig), png in zip(figures, pngs, strict=True):
            ratio = int(fig.layout.height or 420) / CHART_WIDTH_PX
            room = pdf.h - MARGIN - FOOTER_HEIGHT - pdf.get_y() - 12
            w = width
            if room < w * ratio:
                # shrink a little rather than leave half a page empty; never below 80 % width
                w = room / ratio if room / ratio >= 0.8 * width else width
                if w == width:
                    pdf.add_page()
            _heading(pdf, heading)
            pdf.image(png, x=MARGIN + (width - w) / 2, w=w, h=w * ratio)
            pdf.ln(1)
        pdf.para(t("page.ringkasan.chart_caption"), size=8.5, colour=MUTED, h=4.2)

    # --- sources ---------------------------------------------------------------------------
    _sources(pdf, h)
    return bytes(pdf.output())
