"""Import templates: the right columns, a Petunjuk sheet, dropdowns, and they import back."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import python_calamine

from analytics import db, importer, template
from tests.fixtures.spreadsheets import RESULT_HEADER, innovation_row, sid_codes, xlsx_bytes

ROOT = Path(__file__).resolve().parent.parent


def build_template(path: Path, kind: str) -> bytes:
    with db.connection(path) as con:
        return template.template_bytes(con, kind)


def sheets(data: bytes) -> dict[str, tuple[str, list[list]]]:
    book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {
        m.name: (str(m.visible).rsplit(".", 1)[-1], book.get_sheet_by_name(m.name).to_python())
        for m in book.sheets_metadata
    }


def validations(data: bytes, sheet_index: int = 1) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read(f"xl/worksheets/sheet{sheet_index}.xml").decode("utf-8")
    return re.findall(r"<dataValidation .*?</dataValidation>", xml, re.S)


def test_innovation_template_columns_guide_and_dropdowns(built_db: Path) -> None:
    data = build_template(built_db, "inovasi")
    found = sheets(data)
    assert list(found) == ["Inovasi", "Petunjuk", "Daftar"]
    assert found["Inovasi"][0] == "Visible" and found["Daftar"][0] == "Hidden"
    header = found["Inovasi"][1][0]
    expected = [
        "tahun", "nama_inovasi", "opd", "unit", "jenis", "bentuk", "tahapan", "inisiator", "urusan",
        "tanggal_uji_coba", "tanggal_penerapan", "deskripsi", "perubahan", "dampak_terukur",
        "metode_baru", "kolaborasi", *sid_codes(built_db),
    ]  # fmt: skip
    assert header == expected
    guide_rows = found["Petunjuk"][1]
    explained = {row[0] for row in guide_rows}
    assert set(expected) <= explained
    by_column = {row[0]: row for row in guide_rows}
    assert "non-digital" in by_column["jenis"][3]
    assert "uji coba" in by_column["tahapan"][3]
    assert (
        "Regulasi inovasi daerah" in by_column["regulasi"][2] and "wajib" in by_column["regulasi"][2].lower()
    )
    with db.connection(built_db) as con:
        n_opd = con.execute("select count(*) from opd").fetchall()[0][0]
    opd_names = [r[0] for r in found["Daftar"][1][1:]]
    assert len(opd_names) == n_opd and "Dinas Kesehatan" in opd_names

    rules = validations(data)

    def rule_for(column: str) -> str:
        letter = importer.column_letter(expected.index(column))
        return next(r for r in rules if f'sqref="{letter}2:{letter}' in r)

    assert '"digital,non-digital"' in rule_for("jenis")
    assert '"inisiatif,uji coba,penerapan"' in rule_for("tahapan")
    assert '"tata kelola pemerintahan daerah,pelayanan publik,inovasi daerah lainnya"' in rule_for("bentuk")
    assert '"kepala daerah,anggota dprd,opd,asn,masyarakat"' in rule_for("inisiator")
    assert f"Daftar!$A$2:$A${n_opd + 1}" in rule_for("opd")
    assert '"0,1,2,3"' in rule_for("regulasi")
    assert '"ya,tidak"' in rule_for("kolaborasi")


def test_results_template(built_db: Path) -> None:
    data = build_template(built_db, "hasil")
    found = sheets(data)
    assert list(found) == ["Hasil", "Petunjuk", "Daftar"]
    assert found["Hasil"][1][0] == RESULT_HEADER
    guide = "\n".join(str(c) for row in found["Petunjuk"][1] for c in row)
    assert "sumber" in guide and "Jangan mengisi perkiraan" in guide
    rules = validations(data)
    assert any('"kabupaten,kota,provinsi"' in r for r in rules)
    assert any("Sangat Inovatif" in r for r in rules)


@pytest.mark.parametrize("kind", ["inovasi", "hasil"])
def test_an_empty_template_is_recognised_but_has_no_rows(built_db: Path, kind: str) -> None:
    data = build_template(built_db, kind)
    with db.connection(built_db) as con, pytest.raises(importer.ImportFileError, match=r"baris 1\)"):
        importer.parse(data, "templat.xlsx", con)


def test_a_filled_template_imports(db_copy: Path) -> None:
    # the template's header, with a filled row under it, as a user would save it
    data = build_template(db_copy, "inovasi")
    header = sheets(data)["Inovasi"][1][0]
    filled = xlsx_bytes([header, innovation_row("Dari Templat", opd="Dispermades")], sheet="Inovasi")
    with db.connection(db_copy) as con:
        parsed = importer.parse(filled, "templat_terisi.xlsx", con)
    assert parsed.ok, parsed.report()
    result = importer.apply(db_copy, parsed, user="uji")
    assert result.added == 1


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analytics", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_template_cli(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "templat.xlsx"
    result = run("template", "--out", str(out), "--db", str(built_db))
    assert result.returncode == 0, result.stderr
    assert "Inovasi" in sheets(out.read_bytes())
    result = run("template", "--kind", "hasil", "--out", str(tmp_path / "hasil.xlsx"), "--db", str(built_db))
    assert result.returncode == 0 and "Hasil" in sheets((tmp_path / "hasil.xlsx").read_bytes())
    for bad, needle in [(tmp_path / "t.csv", ".xlsx"), (tmp_path / "tidak" / "ada.xlsx", "tidak ada")]:
        result = run("template", "--out", str(bad), "--db", str(built_db))
        assert result.returncode == 2 and needle in result.stderr and "Traceback" not in result.stderr
