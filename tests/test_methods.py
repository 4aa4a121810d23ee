"""Method files: the 2023 numbers, validation with clear messages, and the choice of method per year."""

from __future__ import annotations

import csv
import dataclasses
import os
from pathlib import Path

import pytest

from analytics import methods
from analytics.methods import MethodError, load_method, method_for_year
from analytics.vocabulary import FIRST_YEAR

ROOT = Path(__file__).resolve().parent.parent

# A small method whose numbers are easy to check by hand (used here and in test_scoring.py):
# SID weights 1, 2, 3 (max maturity 6 x 3 = 18), SPD weights 1, 2 (max 3 x 3 = 9), count score
# 0 / 2 from 1 / 5 from 10 / 6 from 11 innovations (max 6): total 9 + 18 + 6 = 33.
SMALL_METHOD = """
[method]
year = 2030
name = "Metode kecil uji"
source = "tes"

[levels]
min = 0
max = 3
provenance = "official"

[total]
max = 33
provenance = "official"

[sid]
divisor_min = 10
divisor_provenance = "official"
max_maturity = 18
max_maturity_provenance = "official"
score_rule = "weight x level"
score_rule_provenance = "official"

[[sid.indicator]]
code = "a"
name = "Indikator A"
weight = 1
mandatory = true
provenance = "official"

[[sid.indicator]]
code = "b"
name = "Indikator B"
weight = 2
mandatory = false
provenance = "official"

[[sid.indicator]]
code = "c"
name = "Indikator C"
weight = 3
mandatory = true
provenance = "reconstructed"

[spd]
max = 9
max_provenance = "official"
score_rule = "weight x level"
score_rule_provenance = "official"

[[spd.indicator]]
code = "x"
name = "SPD X"
weight = 1
provenance = "official"

[[spd.indicator]]
code = "y"
name = "SPD Y"
weight = 2
provenance = "assumption"

[count_score]
max = 6
max_provenance = "official"
provenance = "assumption"
steps = [
  { min_innovations = 0, score = 0 },
  { min_innovations = 1, score = 2 },
  { min_innovations = 10, score = 5 },
  { min_innovations = 11, score = 6 },
]

[predicates]
provenance = "official"
bands = [
  { name = "Sangat Inovatif", min = 60.01, max = 100.00 },
  { name = "Inovatif", min = 35.00, max = 60.00 },
  { name = "Kurang Inovatif", min = 0.01, max = 34.99 },
  { name = "Tidak Dapat Dinilai", min = 0.00, max = 0.00 },
]
"""

ISSUE_CODES = [
    "regulasi",
    "sdm",
    "anggaran",
    "alat_kerja",
    "bimtek",
    "rkpd",
    "aktor",
    "pelaksana",
    "jejaring",
    "sosialisasi",
    "pedoman",
    "informasi_layanan",
    "kemudahan_proses",
    "pengaduan",
    "layanan_terintegrasi",
    "replikasi",
    "kecepatan",
    "kemanfaatan",
    "monev",
    "kualitas",
]
ISSUE_WEIGHTS = [3, 2, 2, 2, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2, 3, 2, 3, 2, 4]


def write_method(folder: Path, text: str = SMALL_METHOD, name: str = "iid_2030.toml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_method_2023_follows_the_domain_reference() -> None:
    m = load_method(methods.METHODS_DIR / "iid_2023.toml")
    assert m.year == 2023
    assert list(m.sid_codes) == ISSUE_CODES
    assert list(m.sid_weights) == ISSUE_WEIGHTS
    assert {i.code for i in m.sid_indicators if i.mandatory} == {
        "regulasi",
        "sdm",
        "kecepatan",
        "kemanfaatan",
        "kualitas",
    }
    assert (m.level_min, m.level_max) == (0, 3)
    assert m.max_maturity == 111 == sum(ISSUE_WEIGHTS) * 3
    assert m.spd_max == 63 == int(m.spd_weights.sum()) * 3
    assert m.count_max == 76
    assert m.max_total == 250 == m.spd_max + m.max_maturity + m.count_max
    assert m.divisor_min == 10
    assert m.spd_max / m.max_total == pytest.approx(0.252)  # the official SPD share
    assert [(b.name, b.min, b.max) for b in m.bands] == [
        ("Sangat Inovatif", 60.01, 100.0),
        ("Inovatif", 35.0, 60.0),
        ("Kurang Inovatif", 0.01, 34.99),
        ("Tidak Dapat Dinilai", 0.0, 0.0),
    ]
    assert m.divisor_provenance == "official" and m.bands_provenance == "official"
    assert m.count_steps_provenance == "assumption"
    assert {i.provenance for i in m.spd_indicators} == {"assumption"}


def test_method_codes_match_the_reference_lists() -> None:
    """The codes of the method are the codes stored in the database (reference CSVs)."""
    m = load_method(methods.METHODS_DIR / "iid_2023.toml")
    with open(ROOT / "data/reference/indikator_sid.csv", encoding="utf-8") as f:
        sid = list(csv.DictReader(f))
    with open(ROOT / "data/reference/indikator_spd.csv", encoding="utf-8") as f:
        spd = list(csv.DictReader(f))
    assert [r["kode"] for r in sorted(sid, key=lambda r: int(r["urutan"]))] == list(m.sid_codes)
    assert {r["kode"] for r in sid if r["wajib"] == "ya"} == {i.code for i in m.sid_indicators if i.mandatory}
    assert {r["kode"] for r in spd} == set(m.spd_codes)


@pytest.mark.parametrize(
    ("n", "score"),
    [
        (0, 0),
        (1, 8),
        (9, 8),
        (10, 16),
        (59, 48),
        (60, 56),
        (79, 56),
        (80, 64),
        (119, 70),
        (120, 76),
        (999, 76),
    ],
)
def test_count_score_steps(n: int, score: float) -> None:
    assert method_for_year(2023).count_score(n) == score


def test_reconstructed_parts_name_what_is_not_official() -> None:
    parts = method_for_year(2023).reconstructed_parts()
    assert "tabel skor jumlah inovasi (asumsi)" in parts
    assert "bobot 20 indikator SID (rekonstruksi)" in parts
    assert "total maksimum 250 (rekonstruksi)" in parts
    assert not any("pembagi" in p or "predikat" in p for p in parts)  # official in 2023


def test_method_2026_variant() -> None:
    m = method_for_year(2026)
    assert m.year == 2026 and m.divisor_min == 14
    assert m.predicate(65.00) == "Inovatif" and m.predicate(65.01) == "Sangat Inovatif"
    assert m.predicate(40.00) == "Kurang Inovatif" and m.predicate(40.01) == "Inovatif"
    parts = m.reconstructed_parts()
    assert "pembagi MAX(14, n) (rekonstruksi)" in parts and "batas predikat (rekonstruksi)" in parts
    base = method_for_year(2023)
    assert m.sid_codes == base.sid_codes and list(m.sid_weights) == list(base.sid_weights)


@pytest.mark.parametrize(
    ("year", "expected"), [(2019, 2023), (2022, 2023), (2023, 2023), (2025, 2023), (2026, 2026), (2040, 2026)]
)
def test_method_for_year_bundled(year: int, expected: int) -> None:
    assert method_for_year(year).year == expected


def test_method_for_year_picks_greatest_year_not_after(tmp_path: Path) -> None:
    write_method(tmp_path, SMALL_METHOD.replace("year = 2030", "year = 2024"), "iid_2024.toml")
    write_method(tmp_path, SMALL_METHOD.replace("year = 2030", "year = 2027"), "iid_2027.toml")
    (tmp_path / "notes.toml").write_text("not a method", encoding="utf-8")  # ignored: wrong name
    assert [method_for_year(y, tmp_path).year for y in (2020, 2024, 2026, 2027, 2099)] == [
        2024,
        2024,
        2024,
        2027,
        2027,
    ]


def test_two_files_for_one_year_is_an_error(tmp_path: Path) -> None:
    write_method(tmp_path, name="iid_2030.toml")
    write_method(tmp_path, name="iid_2031.toml")  # says year 2030 inside
    with pytest.raises(MethodError, match="2030"):
        method_for_year(2030, tmp_path)


def test_empty_method_folder(tmp_path: Path) -> None:
    with pytest.raises(MethodError, match="Tidak ada berkas metode"):
        method_for_year(2023, tmp_path)


def test_method_is_frozen_and_cached_by_file_version(tmp_path: Path) -> None:
    path = write_method(tmp_path)
    m = load_method(path)
    assert load_method(path) is m
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.divisor_min = 3  # type: ignore[misc]
    with pytest.raises(ValueError):
        m.sid_weights[0] = 9
    path.write_text(
        SMALL_METHOD.replace('name = "Metode kecil uji"', 'name = "Metode diubah"'), encoding="utf-8"
    )
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))
    assert load_method(path).name == "Metode diubah"


# (replace this, with this) in SMALL_METHOD -> (the field the message must name, a word of the problem)
MALFORMED = {
    "weight-negative": (("weight = 2\n", "weight = -1\n"), "sid.indicator[2].weight", "bilangan bulat ≥ 0"),
    "weight-fraction": (("weight = 2\n", "weight = 1.5\n"), "sid.indicator[2].weight", "bilangan bulat"),
    "weight-text": (("weight = 2\n", 'weight = "2"\n'), "sid.indicator[2].weight", "bilangan bulat"),
    "weight-bool": (
        ("weight = 1\nmandatory = true", "weight = true\nmandatory = true"),
        "sid.indicator[1].weight",
        "bilangan bulat",
    ),
    "weight-missing": (("weight = 3\n", ""), "sid.indicator[3].weight", "wajib diisi"),
    "weight-typo": (("weight = 3\n", "wieght = 3\n"), "sid.indicator[3].wieght", "tidak dikenal"),
    "name-empty": (('name = "Indikator B"', 'name = ""'), "sid.indicator[2].name", "teks"),
    "mandatory-text": (
        ("mandatory = false", 'mandatory = "tidak"'),
        "sid.indicator[2].mandatory",
        "true atau false",
    ),
    "code-duplicate": (('code = "b"', 'code = "a"'), "sid.indicator[2].code", "sudah dipakai"),
    "code-bad": (('code = "b"', 'code = "B b"'), "sid.indicator[2].code", "kode"),
    "provenance": (
        ('provenance = "reconstructed"', 'provenance = "guess"'),
        "sid.indicator[3].provenance",
        "official, reconstructed, assumption",
    ),
    "levels": (("max = 3\nprovenance", "max = 0\nprovenance"), "levels.max", "levels.min"),
    "max-maturity": (("max_maturity = 18", "max_maturity = 17"), "sid.max_maturity", "= 18"),
    "spd-max": (("max = 9\n", "max = 10\n"), "spd.max", "= 9"),
    "total": (("max = 33\n", "max = 34\n"), "total.max", "= 33"),
    "divisor": (("divisor_min = 10", "divisor_min = 0"), "sid.divisor_min", "≥ 1"),
    "rule": (
        (
            'score_rule = "weight x level"\nscore_rule_provenance = "official"\n\n[[sid',
            'score_rule = "weight + level"\nscore_rule_provenance = "official"\n\n[[sid',
        ),
        "sid.score_rule",
        "tidak didukung",
    ),
    "steps-first": (
        ("{ min_innovations = 0, score = 0 }", "{ min_innovations = 1, score = 0 }"),
        "count_score.steps[1].min_innovations",
        "= 0",
    ),
    "steps-order": (
        ("{ min_innovations = 10, score = 5 }", "{ min_innovations = 1, score = 5 }"),
        "count_score.steps[3].min_innovations",
        "naik",
    ),
    "steps-score": (
        ("{ min_innovations = 10, score = 5 }", "{ min_innovations = 10, score = 1 }"),
        "count_score.steps[3].score",
        "lebih kecil",
    ),
    "steps-max": (
        ("{ min_innovations = 11, score = 6 }", "{ min_innovations = 11, score = 5 }"),
        "count_score.max",
        "skor langkah tertinggi",
    ),
    "bands-gap": (
        ("min = 35.00, max = 60.00", "min = 35.00, max = 59.00"),
        "predicates.bands",
        "tanpa celah",
    ),
    "bands-overlap": (
        ("min = 0.01, max = 34.99", "min = 0.01, max = 35.00"),
        "predicates.bands",
        "tumpang-tindih",
    ),
    "bands-top": (("min = 60.01, max = 100.00", "min = 60.01, max = 99.00"), "predicates.bands", "100"),
    "bands-bottom": (
        ('{ name = "Tidak Dapat Dinilai", min = 0.00, max = 0.00 },\n', ""),
        "predicates.bands",
        "0 sampai 100",
    ),
    "band-reversed": (
        ("min = 35.00, max = 60.00", "min = 60.00, max = 35.00"),
        "predicates.bands[2].max",
        "≥ min",
    ),
    "section-missing": (("[predicates]", "[predicates_typo]"), "predicates_typo", "tidak dikenal"),
    # the earliest year data may hold (analytics.vocabulary.FIRST_YEAR, 2010)
    "year": (("year = 2030", "year = 1990"), "method.year", f"≥ {FIRST_YEAR}"),
    "description": (('source = "tes"', 'source = "tes"\ndescription = 3'), "method.description", "teks"),
    "indicators-empty": (
        ('[[spd.indicator]]\ncode = "x"', '[[spd.indicator_x]]\ncode = "x"'),
        "spd.indicator_x",
        "tidak dikenal",
    ),
}


@pytest.mark.parametrize("case", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_method_names_file_and_field(tmp_path: Path, case) -> None:
    (old, new), field, problem = case
    assert old in SMALL_METHOD, old
    path = write_method(tmp_path, SMALL_METHOD.replace(old, new, 1))
    with pytest.raises(MethodError) as err:
        load_method(path)
    message = str(err.value)
    assert message.startswith(f"iid_2030.toml: {field} "), message
    assert problem in message, message


def test_the_small_method_itself_is_valid(tmp_path: Path) -> None:
    m = load_method(write_method(tmp_path))
    assert m.max_total == 33 and m.max_maturity == 18 and m.spd_max == 9 and m.count_max == 6


def test_toml_syntax_error_is_clear(tmp_path: Path) -> None:
    path = write_method(tmp_path, SMALL_METHOD.replace("weight = 2\n", "weight = = 2\n", 1))
    with pytest.raises(MethodError, match=r"^iid_2030\.toml: bukan TOML yang sah \(.*line \d+"):
        load_method(path)


def test_missing_method_file_is_clear(tmp_path: Path) -> None:
    with pytest.raises(MethodError, match="tidak ditemukan"):
        load_method(tmp_path / "iid_2099.toml")
