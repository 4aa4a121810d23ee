"""The Excel workbook for workshop presenters: the tables behind the charts, for the current filters.

One sheet per table, numbers kept as numbers (so a participant can sort, filter and chart them
in Excel), dates as dates shown the Indonesian way (13 Desember 2022), and a first sheet
"Keterangan" that says what is sample data, what is official (with the sources) and what is an
estimate (with the method year). Built from the same facts as the PDF handout
(`analytics.report.handout`), so the two never disagree. Plain Python, no Streamlit.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import duckdb
import pandas as pd
import xlsxwriter

from analytics import formats, progress
from analytics.db import query
from analytics.report import Handout, handout
from analytics.text import MISSING, fmt_date, fmt_score, label, t

MAX_WIDTH = 60


@dataclass(frozen=True)
class Sheet:
    """One data sheet: its name (at most 31 characters), what it holds, and the frame."""

    name: str
    about: str
    frame: pd.DataFrame


def _yes(value: object) -> str:
    return t("col.yes") if bool(value) else t("col.no")


def innovations_sheet(data: pd.DataFrame) -> pd.DataFrame:
    """The Inovasi sheet from rows of innovations_filtered."""
    return pd.DataFrame(
        {
            t("export.col.year"): data["year"].astype(int),
            t("export.col.innovation"): data["innovation_name"],
            t("export.col.opd"): data["opd_name"],
            t("export.col.opd_short"): data["opd_short_name"],
            t("export.col.unit"): data["unit"],
            t("export.col.jenis"): [label(v) for v in data["jenis"]],
            t("export.col.bentuk"): [label(v) for v in data["bentuk"]],
            t("export.col.tahapan"): [label(v) for v in data["tahapan"]],
            t("export.col.inisiator"): [label(v) for v in data["inisiator"]],
            t("export.col.urusan"): [str(v).capitalize() for v in data["urusan"]],
            t("export.col.trial_date"): data["trial_date"],
            t("export.col.launch_date"): data["launch_date"],
            t("export.col.criteria"): data["criteria_met"].astype(int),
            t("export.col.sample"): [_yes(v) for v in data["is_sample"]],
        }
    )


def participation_sheet(h: Handout) -> pd.DataFrame:
    data = h.year_counts.sort_values(
        ["is_kecamatan", "n_innovations", "opd_name"], ascending=[True, False, True]
    )
    return pd.DataFrame(
        {
            t("export.col.opd"): data["opd_name"],
            t("export.col.group"): [label(k) for k in data["opd_kind"]],
            t("export.col.n_innovations"): data["n_innovations"].astype(int),
            t("export.col.n_digital"): data["n_digital"].astype(int),
            t("export.col.has_innovation"): [_yes(v) for v in data["has_innovation"]],
            # an OPD without any innovation has no data, sample or not
            t("export.col.sample"): [
                _yes(v) if n else MISSING
                for v, n in zip(data["has_sample"], data["n_innovations"], strict=True)
            ],
        }
    )


def years_sheet(h: Handout) -> pd.DataFrame:
    data = h.by_year.sort_values("year")
    return pd.DataFrame(
        {
            t("export.col.year"): data["year"].astype(int),
            t("export.col.n_innovations"): data["n_innovations"].astype(int),
            t("export.col.n_digital"): data["n_digital"].astype(int),
            t("export.col.n_non_digital"): data["n_non_digital"].astype(int),
            t("export.col.share_digital"): data["share_digital"],
            t("export.col.n_opd"): data["n_opd"].astype(int),
            t("export.col.n_opd_with"): data["n_opd_with_innovation"].astype(int),
            t("export.col.coverage"): data["opd_coverage"],
            t("export.col.coverage_kecamatan"): data["kecamatan_coverage"],
            t("export.col.goal_coverage"): data["target_opd_coverage"],
            t("export.col.sample"): [_yes(v) for v in data["has_sample"]],
        }
    )


def scores_sheet(h: Handout) -> pd.DataFrame:
    rows = []
    for p in h.points:
        if p.kind == progress.OFFICIAL:
            kind, note = t("official.label"), p.source or MISSING
            if p.predicate_derived:
                note += "; " + t("kpi.score.derived")
        elif p.kind == progress.ESTIMATE:
            kind = t("estimate.label")
            note = t("export.score.method", year=p.method_year, name=p.method_name or MISSING)
        else:
            kind, note = t("missing.label"), ""
        rows.append(
            {
                t("export.col.year"): p.year,
                t("export.col.score"): round(p.score, 2) if p.score is not None else None,
                t("export.col.kind"): kind,
                t("export.col.predicate"): p.predicate or MISSING,
                t("export.col.source"): note,
                t("export.col.sample"): _yes(p.kind == progress.ESTIMATE and p.is_sample),
            }
        )
    columns = [
        t(k)
        for k in (
            "export.col.year",
            "export.col.score",
            "export.col.kind",
            "export.col.predicate",
            "export.col.source",
            "export.col.sample",
        )
    ]
    return pd.DataFrame(rows, columns=columns)


def gaps_sheet(h: Handout, innovation_ids: set[int]) -> pd.DataFrame:
    """Missing mandatory evidence of the innovations in the filtered view (ranked by points at risk)."""
    columns = [
        t(k)
        for k in (
            "export.col.rank",
            "export.col.innovation",
            "export.col.opd",
            "export.col.indicator",
            "export.col.weight",
            "export.col.points_at_risk",
        )
    ]
    gaps = h.gaps[h.gaps["innovation_id"].isin(innovation_ids)]
    return pd.DataFrame(
        {
            columns[0]: range(1, len(gaps) + 1),
            columns[1]: gaps["innovation_name"],
            columns[2]: gaps["opd_name"],
            columns[3]: gaps["indicator_name"],
            columns[4]: gaps["weight"].astype(int),
            columns[5]: gaps["points_at_risk"].astype(float).round(2),
        },
        columns=columns,
    )


def sheets(con: duckdb.DuckDBPyConnection, h: Handout, search: str | None = None) -> list[Sheet]:
    """The data sheets of the workbook, in order. `search` narrows the innovations (and their
    evidence gaps) as the Data Inovasi search box does; the counts per OPD and year stay whole."""
    # the briefing holds the year's innovations under the filter; a search narrows them further
    innovations = (
        query(con, "innovations_filtered", year=h.year, search=search, **h.scope.params())
        if search
        else h.innovations
    )
    ids = {int(i) for i in innovations["innovation_id"]}
    return [
        Sheet(
            t("export.sheet.innovations"),
            t("export.about.innovations", year=h.year),
            innovations_sheet(innovations),
        ),
        Sheet(
            t("export.sheet.participation"),
            t("export.about.participation", year=h.year),
            participation_sheet(h),
        ),
        Sheet(t("export.sheet.years"), t("export.about.years"), years_sheet(h)),
        Sheet(t("export.sheet.scores"), t("export.about.scores"), scores_sheet(h)),
        Sheet(t("export.sheet.gaps"), t("export.about.gaps", year=h.year), gaps_sheet(h, ids)),
    ]


def _notes(h: Handout, data_sheets: list[Sheet], search: str | None = None) -> list[tuple[str, str]]:
    """(heading, text) rows of the Keterangan sheet."""
    rows = [
        (t("export.note.made"), fmt_date(h.made_on)),
        (t("export.note.year"), str(h.year)),
        (t("export.note.scope"), h.scope_text or t("export.note.scope_all")),
        *([(t("export.note.search"), t("export.note.search_text", search=search))] if search else []),
        (
            t("export.note.sample"),
            t("export.note.sample_yes") if h.any_sample else t("export.note.sample_no"),
        ),
    ]
    for year, source in h.official_sources:
        point = next(p for p in h.points if p.year == year)
        rows.append(
            (
                t("export.note.official", year=year),
                t("export.note.official_text", score=fmt_score(point.score), source=source),
            )
        )
    estimates = [p for p in h.points if p.kind == progress.ESTIMATE]
    if estimates:
        rows.append(
            (
                t("export.note.estimate"),
                t(
                    "handout.sources.estimate",
                    years=", ".join(str(p.year) for p in estimates),
                    methods=", ".join(str(y) for y in sorted({p.method_year for p in estimates})),
                ),
            )
        )
    rows.append((t("export.note.missing"), t("handout.sources.missing")))
    if h.method_error:
        rows.append((t("export.note.method_error"), h.method_error))
    rows.append(("", ""))
    rows.append((t("export.note.sheets"), ""))
    rows.extend((s.name, s.about) for s in data_sheets)
    return rows


def workbook_xlsx(
    con: duckdb.DuckDBPyConnection,
    year: int,
    *,
    opd: str | None = None,
    jenis: str | None = None,
    tahapan: str | None = None,
    search: str | None = None,
    made_on: dt.date | None = None,
) -> bytes:
    """The Excel workbook of `year` under the dashboard's filters (see `analytics.report.handout`)
    and, when given, the Data Inovasi search text."""
    h = handout(con, year, opd=opd, jenis=jenis, tahapan=tahapan, made_on=made_on)
    return render_xlsx(con, h, search=(search or "").strip() or None)


def render_xlsx(con: duckdb.DuckDBPyConnection, h: Handout, search: str | None = None) -> bytes:
    data_sheets = sheets(con, h, search)
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "remove_timezone": True})
    book.set_properties({"title": h.title, "author": t("app.title"), "comments": t("export.comment")})
    bold = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
    title = book.add_format({"bold": True, "font_size": 15})
    warn = book.add_format({"bold": True, "font_color": "#D55E00", "text_wrap": True, "valign": "top"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    header = book.add_format(
        {"bold": True, "bg_color": "#DCEBF5", "border": 1, "text_wrap": True, "valign": "top"}
    )
    # numbers stay numbers; Excel shows them in the reader's separators, dates with Indonesian months
    date = book.add_format({"num_format": formats.EXCEL_DATE})
    score = book.add_format({"num_format": formats.EXCEL_SCORE})
    share = book.add_format({"num_format": formats.EXCEL_SHARE})

    notes = book.add_worksheet(t("export.sheet.notes"))
    notes.write(0, 0, h.title, title)
    notes.set_column(0, 0, 30)
    notes.set_column(1, 1, 100)
    for i, (head, text) in enumerate(_notes(h, data_sheets, search), start=2):
        is_sample_row = head == t("export.note.sample") and h.any_sample
        notes.write(i, 0, head, bold)
        notes.write(i, 1, text, warn if is_sample_row else wrap)

    column_formats = {
        t("export.col.trial_date"): date,
        t("export.col.launch_date"): date,
        t("export.col.score"): score,
        t("export.col.points_at_risk"): score,
        t("export.col.share_digital"): share,
        t("export.col.coverage"): share,
        t("export.col.coverage_kecamatan"): share,
        t("export.col.goal_coverage"): share,
    }
    for sheet in data_sheets:
        ws = book.add_worksheet(sheet.name)
        frame = sheet.frame
        for col, name in enumerate(frame.columns):
            ws.write(0, col, name, header)
            values = frame[name]
            fmt = column_formats.get(name)
            for row, value in enumerate(values, start=1):
                if value is None or (not isinstance(value, str) and pd.isna(value)):
                    ws.write_blank(row, col, None, fmt)
                elif isinstance(value, pd.Timestamp):
                    ws.write_datetime(row, col, value.to_pydatetime(), fmt)
                elif isinstance(value, (bool, str)):
                    ws.write_string(row, col, str(value))
                else:
                    ws.write_number(row, col, float(value), fmt)
            longest = max([len(str(name))] + [len(str(v)) for v in values.head(200)])
            ws.set_column(col, col, min(MAX_WIDTH, max(8, longest + 2)) if fmt is not date else 18)
        ws.freeze_panes(1, 0)
        if len(frame.columns):
            ws.autofilter(0, 0, max(1, len(frame)), len(frame.columns) - 1)
    book.close()
    return buffer.getvalue()
