"""The reference list of Indonesia's regions, the script that makes it, and matching written names.

Spellings are those of published tables and press reports (the bundled index_result.csv, which
holds every published result the project found, and the ways reports write the same names).
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import tarfile
from pathlib import Path

import pytest

from analytics import regions
from analytics.regions import Reference, Region

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "data" / "reference"


@pytest.fixture(scope="module")
def ref() -> Reference:
    return regions.reference()


def _rows(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


# ----------------------------------------------------------------------------- the reference list


def test_the_list_holds_38_provinces_and_514_regencies_and_cities(ref: Reference) -> None:
    kinds = [r.kind for r in ref.regions]
    assert (kinds.count("provinsi"), kinds.count("kabupaten"), kinds.count("kota")) == (38, 416, 98)
    assert len({r.code for r in ref.regions}) == 552
    # the five administrative cities and one administrative regency of DKI Jakarta have no index
    assert sorted(r.name for r in ref.regions if not r.autonomous) == [
        "Kabupaten Administrasi Kepulauan Seribu",
        "Kota Administrasi Jakarta Barat",
        "Kota Administrasi Jakarta Pusat",
        "Kota Administrasi Jakarta Selatan",
        "Kota Administrasi Jakarta Timur",
        "Kota Administrasi Jakarta Utara",
    ]
    # 415 kabupaten: the national scope the ministry's 2021 table ranked ("of 415")
    assert len(ref.scope("kabupaten")) == 415 and len(ref.scope("kota")) == 93
    assert len(ref.scope("kabupaten", "33")) == 29 and len(ref.scope("kota", "33")) == 6
    pati = ref.by_code["33.18"]
    assert (pati.name, pati.kind, pati.province) == ("Kabupaten Pati", "kabupaten", "Jawa Tengah")
    assert all(r.province == ref.by_code[r.province_code].province for r in ref.regions)


def test_the_source_of_the_list_is_recorded() -> None:
    note = (REFERENCE / "wilayah.sumber.txt").read_text(encoding="utf-8")
    assert "paket: idn-area-data (npm) versi 4.0.1" in note
    assert "sha256 " in note and "tanggal dibuat: 20" in note and "Open Database License" in note


def test_pati_kecamatan_codes_are_those_of_the_source() -> None:
    """Checked with `python scripts/wilayah.py --periksa-kecamatan 33.18` against idn-area-data 4.0.1:
    codes 16-21 were in the wrong order before (Trangkil is 33.18.21, not 16)."""
    kecamatan = {r["nama"]: r["kode"] for r in _rows("kecamatan.csv")}
    assert len(kecamatan) == 21 and all(r["kode_terkonfirmasi"] == "ya" for r in _rows("kecamatan.csv"))
    assert [
        kecamatan[n] for n in ("Margoyoso", "Gunungwungkal", "Cluwak", "Tayu", "Dukuhseti", "Trangkil")
    ] == [f"33.18.{i}" for i in range(16, 22)]
    # each kecamatan's OPD points at the same code
    opd = {
        r["nama"].removeprefix("Kecamatan "): r["kode_kecamatan"]
        for r in _rows("opd.csv")
        if r["kode_kecamatan"]
    }
    assert opd == kecamatan


def test_the_neighbours_list_names_regions_of_the_list(ref: Reference) -> None:
    assert [r.name for r in ref.neighbours("33.18")] == [
        "Kabupaten Kudus", "Kabupaten Jepara", "Kabupaten Rembang", "Kabupaten Blora", "Kabupaten Grobogan",
    ]  # fmt: skip
    assert all(
        a in ref.by_code and b in ref.by_code
        for a, b in ((r["kode"], r["kode_tetangga"]) for r in _rows("tetangga.csv"))
    )


def test_the_subject_is_read_from_one_place(ref: Reference) -> None:
    assert regions.subject(ref).code == "33.18"


# ----------------------------------------------------------------------------- the script


def _script():
    spec = importlib.util.spec_from_file_location("wilayah_script", ROOT / "scripts" / "wilayah.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def _tarball(path: Path, districts: str) -> Path:
    files = {
        "package/package.json": json.dumps({"name": "idn-area-data", "version": "9.9.9"}),
        "package/data/provinces.csv": "code,name\n31,Daerah Khusus Ibukota Jakarta\n33,Jawa Tengah\n",
        "package/data/regencies.csv": (
            "code,province_code,name\n31.71,31,Kota Administrasi Jakarta Pusat\n"
            "33.18,33,Kabupaten Pati\n33.74,33,Kota Semarang\n"
        ),
        "package/data/districts.csv": districts,
    }
    with tarfile.open(path, "w:gz") as archive:
        for name, text in files.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_the_script_writes_the_list_and_its_source(tmp_path: Path) -> None:
    tgz = _tarball(tmp_path / "idn-area-data-9.9.9.tgz", "code,regency_code,name\n33.18.01,33.18,Sukolilo\n")
    assert _script().main(["--tarball", str(tgz), "--out", str(tmp_path)]) == 0
    with (tmp_path / "wilayah.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["kode"], r["nama"], r["jenis"], r["otonom"], r["provinsi"]) for r in rows] == [
        ("31", "Provinsi Daerah Khusus Ibukota Jakarta", "provinsi", "ya", "Daerah Khusus Ibukota Jakarta"),
        ("31.71", "Kota Administrasi Jakarta Pusat", "kota", "tidak", "Daerah Khusus Ibukota Jakarta"),
        ("33", "Provinsi Jawa Tengah", "provinsi", "ya", "Jawa Tengah"),
        ("33.18", "Kabupaten Pati", "kabupaten", "ya", "Jawa Tengah"),
        ("33.74", "Kota Semarang", "kota", "ya", "Jawa Tengah"),
    ]
    note = (tmp_path / "wilayah.sumber.txt").read_text(encoding="utf-8")
    assert "versi 9.9.9" in note and "2 provinsi, 3 kabupaten/kota" in note


def test_the_script_finds_kecamatan_codes_that_differ(tmp_path: Path, capsys) -> None:
    tgz = _tarball(
        tmp_path / "p.tgz", "code,regency_code,name\n33.18.01,33.18,Sukolilo\n33.18.02,33.18,Kayen\n"
    )
    (tmp_path / "kecamatan.csv").write_text(
        "kode,nama,kode_terkonfirmasi\n33.18.01,Kayen,tidak\n33.18.02,Sukolilo,tidak\n"
    )
    script = _script()
    assert script.main(["--tarball", str(tgz), "--out", str(tmp_path), "--periksa-kecamatan", "33.18"]) == 1
    assert "33.18.01: berkas Kayen, paket Sukolilo" in capsys.readouterr().out
    (tmp_path / "kecamatan.csv").write_text(
        "kode,nama,kode_terkonfirmasi\n33.18.01,Sukolilo,ya\n33.18.02,Kayen,ya\n"
    )
    assert script.main(["--tarball", str(tgz), "--out", str(tmp_path), "--periksa-kecamatan", "33.18"]) == 0


# ----------------------------------------------------------------------------- matching


@pytest.mark.parametrize(
    ("written", "province", "kind", "expected"),
    [
        ("Kabupaten Pati", "Jawa Tengah", None, "Kabupaten Pati"),
        ("Kab. Pati", "Jawa Tengah", None, "Kabupaten Pati"),
        ("KABUPATEN PATI", "JAWA TENGAH", None, "Kabupaten Pati"),
        ("Pati", "Jawa Tengah", None, "Kabupaten Pati"),  # no Kota Pati: the kabupaten
        ("Pemkab Pati", "Jateng", None, "Kabupaten Pati"),
        ("Kota Semarang", "Jawa Tengah", None, "Kota Semarang"),
        ("Semarang", "Jawa Tengah", "kota", "Kota Semarang"),
        ("Kab. Hulu Sungai Selatan", "Kalimantan Selatan", None, "Kabupaten Hulu Sungai Selatan"),
        ("Kab Musi Rawas", "Sumatera Selatan", None, "Kabupaten Musi Rawas"),
        ("Kutai Kartanegara", "Kalimantan Timur", None, "Kabupaten Kutai Kartanegara"),
        ("Prov. Gorontalo", "Gorontalo", None, "Provinsi Gorontalo"),
        ("Gorontalo", "Gorontalo", "provinsi", "Provinsi Gorontalo"),
        ("Kota Mojokerto", "Jatim", None, "Kota Mojokerto"),
        ("Kab. Gunung Kidul", "DIY", None, "Kabupaten Gunungkidul"),
        ("Kab. Tolitoli", "Sulawesi Tengah", None, "Kabupaten Toli-Toli"),
        ("Banjar", "Jawa Barat", None, "Kota Banjar"),  # the province tells the two Banjar apart
        ("DKI Jakarta", None, None, "Provinsi Daerah Khusus Ibukota Jakarta"),
        ("Kota Adm. Jakarta Pusat", "DKI Jakarta", None, "Kota Administrasi Jakarta Pusat"),
    ],
)
def test_written_names_match_one_region(ref: Reference, written, province, kind, expected) -> None:
    found = ref.match(written, province=province, kind=kind)
    assert found.region is not None, found.message
    assert found.region.name == expected


def test_every_published_result_names_a_region_of_the_list(ref: Reference) -> None:
    for row in _rows("index_result.csv"):
        for spelling in (row["region"], row["region"].upper(), row["region"].replace("Kabupaten ", "Kab. ")):
            found = ref.match(spelling, province=row["province"], kind=row["kind"])
            assert found.region is not None and found.region.name == row["region"], (spelling, found.message)


def test_a_name_of_two_regions_is_told_with_both(ref: Reference) -> None:
    found = ref.match("Semarang", province="Jawa Tengah")
    assert found.region is None and found.column == "daerah"
    assert "Kabupaten Semarang (Jawa Tengah); Kota Semarang (Jawa Tengah)" in found.message
    assert "jenis_daerah" in found.message


def test_an_unknown_name_gets_suggestions(ref: Reference) -> None:
    assert ref.match("Kab. Patti", province="Jawa Tengah").message == (
        "daerah 'Kab. Patti' tidak ada di daftar wilayah Kemendagri. Mungkin maksudnya: Kabupaten Pati (Jawa Tengah)"
    )
    assert "Mungkin maksudnya: Kabupaten Pati (Jawa Tengah)" in ref.match("Kota Pati").message
    assert (
        ref.match("Atlantis Raya").message == "daerah 'Atlantis Raya' tidak ada di daftar wilayah Kemendagri"
    )


def test_province_and_kind_must_agree(ref: Reference) -> None:
    other = ref.match("Kabupaten Pati", province="Jawa Timur")
    assert other.column == "provinsi" and "Kabupaten Pati (Jawa Tengah)" in other.message
    typo = ref.match("Kabupaten Pati", province="Jawa Tenggah")
    assert typo.column == "provinsi" and "Mungkin maksudnya: Jawa Tengah" in typo.message
    conflict = ref.match("Kota Tegal", province="Jawa Tengah", kind="kabupaten")
    assert conflict.column == "jenis_daerah" and "kota" in conflict.message


def test_a_tiny_reference_list_works_the_same() -> None:
    tiny = Reference(
        [
            Region("91", "Provinsi Contoh", "provinsi", True, "91", "Contoh"),
            Region("91.01", "Kabupaten Satu", "kabupaten", True, "91", "Contoh"),
        ],
        [("91.01", "91.99")],  # a neighbour not in the list is left out
    )
    assert tiny.match("Kab Satu", province="Contoh").region.code == "91.01"
    assert tiny.neighbours("91.01") == []
    assert tiny.scope("kabupaten") == [tiny.by_code["91.01"]]
