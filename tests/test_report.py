"""The PDF handout: a valid A4 PDF with the KPI texts, the summary, images, sources and labels."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from analytics import db, progress, report
from analytics.text import fmt_date, fmt_score, source_label, t

ROOT = Path(__file__).resolve().parent.parent
MADE_ON = dt.date(2022, 12, 13)


@pytest.fixture(scope="module")
def con(built_db: Path):
    with db.connection(built_db) as c:
        yield c


@pytest.fixture(scope="module")
def pdf_2022(con) -> bytes:
    return report.briefing_pdf(con, 2022, made_on=MADE_ON)


def _reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def _text(data: bytes) -> str:
    # extracted text may break lines anywhere: compare with single spaces
    return " ".join(" ".join(p.extract_text() for p in _reader(data).pages).split())


def _images(data: bytes) -> int:
    return sum(len(page.images) for page in _reader(data).pages)


def test_pdf_is_valid_a4_with_title_date_and_page_numbers(pdf_2022: bytes) -> None:
    assert pdf_2022.startswith(b"%PDF-")
    assert pdf_2022.rstrip().endswith(b"%%EOF")
    reader = _reader(pdf_2022)
    n = len(reader.pages)
    assert 2 <= n <= 4
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - 595.28) < 1 and abs(height - 841.89) < 1  # A4 in points
    text = _text(pdf_2022)
    assert t("handout.title", year=2022) in text
    assert fmt_date(MADE_ON) == "13 Desember 2022"
    assert "Dibuat 13 Desember 2022" in text
    assert f"Halaman {n} dari {n}" in text


def test_official_score_with_its_source_and_goal(con, pdf_2022: bytes) -> None:
    text = _text(pdf_2022)
    official = db.query(con, "official_index_result", region="Kabupaten Pati", year=2022)
    score = fmt_score(float(official["score"].iloc[0]))
    assert score in text
    assert "resmi" in text
    publisher = report.publisher(str(official["source"].iloc[0]))
    assert publisher in text  # on the KPI card, in every footer and in the sources section
    assert source_label(str(official["source"].iloc[0])).split(" (")[0] in text  # shown in Indonesian
    h = report.handout(con, 2022)
    gap = fmt_score(round(h.target - float(official["score"].iloc[0]), 2))
    assert gap in text and fmt_score(h.target) in text


def test_summary_sentences_and_opd_without_innovation(con, pdf_2022: bytes) -> None:
    text = _text(pdf_2022)
    h = report.handout(con, 2022)
    assert 3 <= len(h.sentences) <= 5
    for sentence in h.sentences:
        assert " ".join(sentence.split()) in text
    assert len(h.without) > 0
    for name in h.without["opd_name"]:
        assert name.removeprefix("Kecamatan ") in text


def test_images_embedded(pdf_2022: bytes) -> None:
    assert _images(pdf_2022) == 3


def test_sample_label_on_every_page_when_sample_data(pdf_2022: bytes) -> None:
    for page in _reader(pdf_2022).pages:
        assert "Data contoh" in page.extract_text()


def test_estimate_labelled_perkiraan_with_method_year(con) -> None:
    h = report.handout(con, 2024)
    assert h.point.kind == progress.ESTIMATE  # no official result published for 2024
    text = _text(report.briefing_pdf(con, 2024, images=False))
    assert "perkiraan" in text
    assert t("kpi.score.method", year=h.point.method_year) in text  # the score card says so
    assert fmt_score(h.point.score) in text
    assert _images(report.briefing_pdf(con, 2024, images=False)) == 0


def test_no_sample_label_without_sample_data(tmp_path: Path) -> None:
    from analytics import build as builder

    path = tmp_path / "ref.duckdb"
    builder.build(path, include_sample=False)
    with db.connection(path) as c:
        data = report.briefing_pdf(c, 2022, images=False)
    text = _text(data)
    assert "data contoh" not in text.lower()
    assert "58,11" in text and "5news.co.id" in text


def test_filter_is_named_and_validated(con) -> None:
    text = _text(report.briefing_pdf(con, 2024, opd="jenis:kecamatan", jenis="digital", images=False))
    assert "semua kecamatan" in text and "inovasi digital" in text
    with pytest.raises(report.ExportError, match="tidak dikenal"):
        report.handout(con, 2024, opd="bukan_opd")
    with pytest.raises(report.ExportError, match="2030"):
        report.handout(con, 2030)


def test_without_chromium_the_pdf_is_still_made(con, monkeypatch: pytest.MonkeyPatch) -> None:
    from choreographer.browsers.chromium import ChromeNotFoundError

    def no_browser(*args, **kwargs):
        raise ChromeNotFoundError("no browser")

    monkeypatch.setattr(report.go.Figure, "to_image", no_browser)
    data = report.briefing_pdf(con, 2022)
    assert data.startswith(b"%PDF-") and _images(data) == 0
    assert " ".join(t("handout.chart.failed").split()) in _text(data)


def test_a_chart_bug_is_not_called_a_missing_browser(con, monkeypatch: pytest.MonkeyPatch) -> None:
    def bug(*args, **kwargs):
        raise ValueError("a figure bug")

    monkeypatch.setattr(report.go.Figure, "to_image", bug)
    with pytest.raises(ValueError, match="a figure bug"):
        report.briefing_pdf(con, 2022)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_cli_report(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ringkasan.pdf"
    done = _cli("report", "--year", "2022", "--out", str(out), "--db", str(built_db), "--tanpa-grafik")
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "Tersimpan" in done.stdout


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--year", "2030", "--out", "x.pdf"], "Tahun 2030"),
        (["--year", "2022", "--out", "x.txt"], ".pdf"),
        (["--year", "2022", "--out", "x.pdf", "--opd", "nope"], "nope"),
        (["--year", "2022", "--out", "/tidak/ada/x.pdf", "--tanpa-grafik"], "tidak dapat ditulis"),
    ],
)
def test_cli_report_errors(built_db: Path, tmp_path: Path, args: list[str], needle: str) -> None:
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    done = _cli("report", *args, "--db", str(built_db))
    assert done.returncode == 2
    assert needle in done.stderr and "Traceback" not in done.stderr
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_cli_help_is_indonesian() -> None:
    done = _cli("report", "--help")
    assert done.returncode == 0 and "ringkasan PDF" in done.stdout
