"""The follow-up sheet of each OPD: one A4 page from the briefing model, its ZIP, and its CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import subprocess
import zipfile
from pathlib import Path

import pandas as pd
import pypdf
import pytest

from analytics import briefing, db, lembar
from analytics.report import ExportError
from analytics.scope import Scope
from analytics.text import fmt_date, fmt_number, label, t
from tests.cli_helpers import run_cli

MADE_ON = dt.date(2022, 12, 13)
YEAR = 2022


@pytest.fixture(scope="module")
def b(built_db: Path) -> briefing.Briefing:
    with db.connection(built_db) as con:
        return lembar.year_briefing(con, YEAR, made_on=MADE_ON)


def _pages(data: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(data)).pages)


def _text(data: bytes) -> str:
    # table cells and long lines wrap anywhere: compare with single spaces
    return " ".join(" ".join(p.extract_text() for p in _pages(data)).split())


def _flat(text: str) -> str:
    return " ".join(text.split())


def _busiest(b: briefing.Briefing) -> str:
    counts = b.year_counts.sort_values(["n_innovations", "opd_id"], ascending=[False, True])
    return str(counts["opd_id"].iloc[0])


def test_sheet_of_an_opd_with_innovations(b: briefing.Briefing) -> None:
    opd_id = _busiest(b)
    fu = b.follow_up(opd_id)
    assert len(fu.innovations) >= 5 and fu.missing  # the sample's busiest OPD lacks some evidence
    data = lembar.sheet_pdf(b, opd_id)
    pages = _pages(data)
    assert len(pages) == 1
    assert abs(float(pages[0].mediabox.width) - 595.28) < 1  # A4
    text = _text(data)
    assert fu.opd_name in text and str(YEAR) in text
    assert fmt_date(MADE_ON) in text
    for row in fu.innovations.itertuples():
        assert _flat(row.innovation_name) in text
        assert fmt_date(row.stage_date) in text if row.tahapan != "inisiatif" else True
    for stage in set(fu.innovations["tahapan"]):
        assert label(stage) in text
    # ✓ once per criterion met, plus once in the legend: the marks follow the model
    met = int(fu.innovations[[c for c, _ in lembar.CRITERIA]].to_numpy().sum())
    assert text.count(lembar.YES) == met + 1
    for m in fu.missing:
        assert _flat(m.innovation) in text
        for indicator in m.indicators:
            assert indicator in text
        assert m.points_text in text
    assert fu.first_kind == "gap"  # below the goal the path's steps are regency-wide
    assert _flat(fu.first_line) in text
    assert _flat(fu.risk_line) in text
    assert f"metode IID {fu.method_year}" in text  # points at risk labelled as an estimate
    assert t("handout.footer.sample") in text  # sample data says so
    assert "samin-news.com (2021)" in text  # the sources of the official figures


def test_sheet_of_an_opd_without_innovation(b: briefing.Briefing) -> None:
    opd_id = str(b.without["opd_id"].iloc[0])
    fu = b.follow_up(opd_id)
    assert fu.innovations.empty and not fu.missing
    assert fu.first_kind == "create"
    data = lembar.sheet_pdf(b, opd_id)
    assert len(_pages(data)) == 1
    text = _text(data)
    assert fu.opd_name in text
    assert _flat(fu.first_line) in text and "100 %" in fu.first_line
    assert _flat(t("handout.lembar.no_innovation", year=YEAR)) in text
    assert _flat(fu.peers_line) in text
    for evidence in fu.mandatory:
        assert evidence in text
    assert fu.peers_with < fu.peers


def test_first_step_is_the_opds_own_step_on_the_path(b: briefing.Briefing) -> None:
    opd_id = _busiest(b)
    own = briefing.Step("Perkuat bukti «Regulasi» inovasi Contoh", "Dinas", 0.42, owner_id=opd_id)
    other = briefing.Step("Lengkapi bukti daerah «Opini BPK»", "Pemerintah daerah", 0.8)
    below = dataclasses.replace(b, path=dataclasses.replace(b.path, steps=(other, own), status="below"))
    fu = below.follow_up(opd_id)
    assert fu.first == own and fu.first_kind == "path"
    assert "+0,42" in fu.first_line and own.text in fu.first_line
    assert _flat(fu.first_line) in _text(lembar.sheet_pdf(below, opd_id))
    reached = dataclasses.replace(below, path=dataclasses.replace(below.path, status="reached"))
    assert reached.follow_up(opd_id).first_kind == "protect"


def test_an_opd_with_complete_evidence_is_told_so(b: briefing.Briefing) -> None:
    with_innovation = b.year_counts[b.year_counts["has_innovation"]]["opd_id"]
    complete = [o for o in with_innovation if o not in set(b.gaps["opd_id"])]
    assert complete
    fu = b.follow_up(complete[0])
    assert fu.first_kind == "complete" and fu.risk_line is None
    assert _flat(t("handout.lembar.missing_none")) in _text(lembar.sheet_pdf(b, complete[0]))


def _crowded(b: briefing.Briefing, opd_id: str, n: int) -> briefing.Briefing:
    """The briefing with `n` innovations for `opd_id` (names as long as the longest in the sample
    data), each missing two mandatory items."""
    mine = b.innovations[b.innovations["opd_id"] == opd_id]
    rows = pd.concat([mine.iloc[[i % len(mine)]] for i in range(n)], ignore_index=True)
    rows["innovation_id"] = range(900_000, 900_000 + n)
    rows["innovation_name"] = [f"Layanan Terpadu Desa Sehat Nomor {i + 1:02d}" for i in range(n)]
    others = b.innovations[b.innovations["opd_id"] != opd_id]
    template = b.gaps[b.gaps["opd_id"] == opd_id].iloc[0]
    gaps = pd.DataFrame(
        [
            {**template.to_dict(), "innovation_id": r.innovation_id, "innovation_name": r.innovation_name,
             "indicator_name": name, "points_at_risk": 0.05 + 0.001 * i}
            for i, r in enumerate(rows.itertuples())
            for name in ("Regulasi inovasi daerah", "Kualitas inovasi (video)")
        ]
    )  # fmt: skip
    return dataclasses.replace(b, innovations=pd.concat([others, rows], ignore_index=True), gaps=gaps)


def test_fifteen_innovations_fit_one_page_in_full(b: briefing.Briefing) -> None:
    opd_id = _busiest(b)
    crowded = _crowded(b, opd_id, 15)
    data = lembar.sheet_pdf(crowded, opd_id)
    assert len(_pages(data)) == 1
    text = _text(data)
    for i in range(15):
        assert f"Nomor {i + 1:02d}" in text
    assert t("handout.lembar.more_innovations", n=1).split("1")[1].strip() not in text  # none left out
    fu = crowded.follow_up(opd_id)
    assert len(fu.missing) == 15
    assert _flat(fu.risk_line) in text  # the total counts every missing item, shown or not


def test_more_innovations_than_fit_are_cut_with_dan_n_lainnya(b: briefing.Briefing) -> None:
    opd_id = _busiest(b)
    data = lembar.sheet_pdf(_crowded(b, opd_id, 40), opd_id)
    assert len(_pages(data)) == 1
    text = _text(data)
    more = re.search(r"dan (\d+) inovasi lainnya \(daftar lengkap", text)
    assert more
    table = text[text.index(t("handout.lembar.innovations", year=YEAR, n=40)) : more.start()]
    shown = len(re.findall(r"Nomor \d\d", table))
    assert shown >= 8
    assert shown + int(more.group(1)) == 40
    assert re.search(r"dan \d+ inovasi lainnya dengan bukti wajib", text)


def test_very_long_names_still_fit_one_page(b: briefing.Briefing) -> None:
    opd_id = _busiest(b)
    crowded = _crowded(b, opd_id, 40)
    long = crowded.innovations["innovation_name"].where(
        crowded.innovations["opd_id"] != opd_id,
        "Gerakan Bersama Peningkatan Pelayanan Terpadu Berbasis Aplikasi Digital Untuk Seluruh Desa "
        + crowded.innovations["innovation_name"],
    )
    crowded = dataclasses.replace(crowded, innovations=crowded.innovations.assign(innovation_name=long))
    data = lembar.sheet_pdf(crowded, opd_id)
    assert len(_pages(data)) == 1
    assert "…" in _text(data)  # names beyond MAX_NAME characters are cut


def test_narrowed_or_unknown_is_refused(b: briefing.Briefing) -> None:
    narrowed = dataclasses.replace(b, scope=Scope(jenis="digital"))
    with pytest.raises(briefing.BriefingError):
        narrowed.follow_up("dinkes")
    with pytest.raises(ExportError, match="dinkes"):  # the known codes are listed
        lembar.sheet_pdf(b, "tidak_ada")


def test_a_year_without_opd_data_is_said_plainly(b: briefing.Briefing) -> None:
    empty = dataclasses.replace(b, counts=b.counts.iloc[0:0])
    with pytest.raises(ExportError, match=str(YEAR)) as error:
        lembar.sheets_zip(empty)
    assert str(error.value) == t("brief.followup.no_data", year=YEAR)
    with pytest.raises(ExportError, match="belum dapat dibuat"):
        lembar.sheet_pdf(empty, "dinkes")


def test_file_names_are_safe_and_unique(b: briefing.Briefing) -> None:
    fu = b.follow_up("dinkes")
    twins = [
        dataclasses.replace(fu, short_name="Kec. Pati"),
        dataclasses.replace(fu, short_name="Kec Pati"),
        dataclasses.replace(fu, short_name="../<b>Dinas</b> Kesehatan Ö"),
        dataclasses.replace(fu, short_name="***", opd_id="x_y"),
    ]
    names = lembar.file_names(2024, twins)
    assert names == [
        "lembar-2024-kec-pati.pdf",
        "lembar-2024-kec-pati-2.pdf",
        "lembar-2024-b-dinas-b-kesehatan-o.pdf",
        "lembar-2024-x-y.pdf",
    ]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)  # in this process: see tests/cli_helpers.py


def test_cli_semua_writes_one_zip_of_every_opd(built_db: Path, tmp_path: Path, b: briefing.Briefing) -> None:
    out = tmp_path / "lembar.zip"
    done = _cli("lembar", "--year", str(YEAR), "--semua", "--out", str(out), "--db", str(built_db))
    assert done.returncode == 0, done.stderr
    assert t("handout.lembar.cli.done_zip", path=out, n=51, size="", seconds="").split("(")[0] in done.stdout
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        assert len(names) == len(b.year_counts) == 51
        assert len(set(names)) == 51
        assert all(re.fullmatch(rf"lembar-{YEAR}-[a-z0-9-]+\.pdf", n) for n in names)
        assert f"lembar-{YEAR}-dinkes.pdf" in names and f"lembar-{YEAR}-kec-pati.pdf" in names
        for name in names:
            assert len(_pages(archive.read(name))) == 1, name
        assert b.follow_up("dinkes").opd_name in _text(archive.read(f"lembar-{YEAR}-dinkes.pdf"))
    assert [p.name for p in tmp_path.iterdir()] == ["lembar.zip"]  # no temporary file left


def test_cli_one_opd(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "dinkes.pdf"
    done = _cli("lembar", "--year", str(YEAR), "--opd", "dinkes", "--out", str(out), "--db", str(built_db))
    assert done.returncode == 0, done.stderr
    assert len(_pages(out.read_bytes())) == 1
    assert "Tersimpan" in done.stdout


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--opd", "nope", "--out", "x.pdf"], "kec_pati"),  # unknown OPD: the known codes
        (["--opd", "dinkes", "--out", "x.zip"], ".pdf"),
        (["--semua", "--out", "x.pdf"], ".zip"),
        (["--out", "x.pdf"], "--semua"),
        (["--opd", "dinkes", "--semua", "--out", "x.pdf"], "--opd"),
        (["--opd", "dinkes", "--out", "/tidak/ada/x.pdf"], "tidak dapat ditulis"),
    ],
)
def test_cli_errors(built_db: Path, tmp_path: Path, args: list[str], needle: str) -> None:
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    done = _cli("lembar", "--year", str(YEAR), *args, "--db", str(built_db))
    assert done.returncode == 2
    assert needle in done.stderr and "Traceback" not in done.stderr
    assert "required" not in done.stderr and "usage:" not in done.stderr  # Bahasa Indonesia
    assert not list(tmp_path.iterdir())


def test_cli_unknown_year(built_db: Path, tmp_path: Path) -> None:
    done = _cli(
        "lembar", "--year", "1999", "--semua", "--out", str(tmp_path / "x.zip"), "--db", str(built_db)
    )
    assert done.returncode == 2 and "Tahun 1999" in done.stderr
    assert fmt_number(2021, 0).replace(".", "") in done.stderr  # the known years are listed
