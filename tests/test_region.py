"""Any region as the subject: a tiny second region built from its own data folder.

`tests/fixtures/daerah_contoh` is "Kabupaten Contoh" in "Nusa Contoh" (Kemendagri code 99.01): its
`reference/daerah.toml`, three OPD and one kecamatan, its goals and published results, and seven
sample innovations over 2023-2024. The national files (the index indicators) are copied from data/
as a Bappeda elsewhere would keep them. Built with `INOVASI_DATA` pointing at that folder, every
page, the PDF handout, the follow-up sheet, the snapshot, the Excel workbook and the CLI speak of
Kabupaten Contoh, and never of Pati or its province. Also: the subject file is checked, with
messages that name the file and the key.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Dataframe

from analytics import auth, briefing, db, export, lembar, region, report, snapshot
from analytics import build as builder
from analytics.__main__ import main
from analytics.text import TEXT, t

ROOT = Path(__file__).resolve().parent.parent
ENTRY = str(ROOT / "dashboard.py")
FIXTURE = ROOT / "tests" / "fixtures" / "daerah_contoh"
NATIONAL = ("indikator_sid.csv", "indikator_spd.csv")  # the same for every region: kept, not replaced
NAME = "Kabupaten Contoh"
PROVINCE = "Nusa Contoh"
YEAR = 2024
# the bundled region and its province: neither may show for another region ("bupati" is no match)
FOREIGN = re.compile(r"\bpati\b|jawa tengah", re.IGNORECASE)
PAGES = [
    "pages/ringkasan.py",
    "pages/partisipasi_opd.py",
    "pages/jenis_inovasi.py",
    "pages/progres_skor.py",
    "pages/data_inovasi.py",
    "pages/peringkat.py",
]
PASSWORD = "kata-sandi-rahasia-1"


def _point_at(data: Path, mp: pytest.MonkeyPatch) -> None:
    """$INOVASI_DATA at the region's folder and no $INOVASI_DB (`make test` exports it for the
    bundled database), as a Bappeda elsewhere runs the commands."""
    mp.delenv(db.ENV_DB, raising=False)
    mp.setenv(db.ENV_DATA, str(data))


@pytest.fixture(scope="module")
def contoh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The second region's data folder, built with `python -m analytics build` and $INOVASI_DATA
    (no --db): its database lands in the folder itself. The variables are set only while it
    builds, so the session's bundled database (conftest) is never built from this folder."""
    data = tmp_path_factory.mktemp("contoh") / "data"
    shutil.copytree(FIXTURE, data)
    for name in NATIONAL:
        shutil.copy2(ROOT / "data" / "reference" / name, data / "reference" / name)
    with pytest.MonkeyPatch.context() as mp:
        _point_at(data, mp)
        assert main(["build"]) == 0
    return data


@pytest.fixture(scope="module")
def contoh_db(contoh: Path) -> Path:
    path = contoh / "inovasi.duckdb"
    assert path.is_file(), "the build writes the database into the region's data folder"
    return path


def _clean(text: str, what: str) -> str:
    """`text`, after checking it names the region and never Pati or Jawa Tengah."""
    assert NAME in text, f"{what} does not name {NAME}"
    found = [text[max(0, m.start() - 60) : m.end() + 60] for m in FOREIGN.finditer(text)]
    assert not found, f"{what} speaks of another region: {found[:3]}"
    return text


# --- the subject in the database --------------------------------------------------------------------


def test_the_build_stores_the_subject_from_the_data_folder(contoh_db: Path) -> None:
    with db.connection(contoh_db) as con:
        subject = region.subject_of(con)
        sources = db.query_sql(con, "select source from data_load where target_table = 'subject_region'")
    assert subject == region.Region("99.01", NAME, "Contoh", "kabupaten", PROVINCE)
    assert subject.province_code == "99"
    assert list(sources["source"]) == ["data/reference/daerah.toml"]


def test_the_bundled_data_is_about_pati(built_db: Path) -> None:
    """The bundled folder names its region the same way (the subject of the default build)."""
    with db.connection(built_db) as con:
        assert region.subject_of(con) == region.subject(ROOT / "data")
    assert region.subject(ROOT / "data").code == "33.18"


def test_a_database_without_the_subject_table_reads_the_data_folder(
    contoh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database built before the subject was stored (and perhaps holding imports) still works."""
    _point_at(contoh, monkeypatch)
    old = tmp_path / "lama.duckdb"
    shutil.copy2(contoh / "inovasi.duckdb", old)
    with db.connection(old, read_only=False) as con:
        con.execute("drop table subject_region")
    with db.connection(old) as con:
        assert region.subject_of(con).name == NAME  # from $INOVASI_DATA's reference/daerah.toml


def test_no_catalogue_text_names_a_region() -> None:
    """Every region word on screen comes from the subject file ({daerah}, {provinsi}, ...)."""
    named = {key: text for key, text in TEXT.items() if FOREIGN.search(text)}
    assert not named


# --- the subject file is checked ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ('kode = "99.01"\nnama = "Kabupaten Contoh"\njenis = "kabupaten"\nprovinsi = "X"', "nama_singkat", "wajib"),
        ('kode = "99.01"\nnama = ""\nnama_singkat = "C"\njenis = "kabupaten"\nprovinsi = "X"', "nama", "wajib"),
        ('kode = "99.01"\nnama = "K"\nnama_singkat = "C"\njenis = "desa"\nprovinsi = "X"', "jenis", "'desa'"),
        ('kode = "9901"\nnama = "K"\nnama_singkat = "C"\njenis = "kota"\nprovinsi = "X"', "kode", "'9901'"),
        ('kode = "99.01"\nnama = "K"\nnama_singkat = "C"\njenis = "provinsi"\nprovinsi = "X"', "kode", "contoh: 33)"),
        ('kode = 9901\nnama = "K"\nnama_singkat = "C"\njenis = "kota"\nprovinsi = "X"', "kode", "tanda kutip"),
        ('kode = "99.01"\nnama = "K"\nnama_singkat = "C"\njenis = "kota"\nprovinsi = "X"\nbupati = "Y"', "bupati", "tidak dikenal"),
    ],
    ids=["missing-key", "empty", "kind", "code", "province-code", "not-text", "unknown-key"],
)  # fmt: skip
def test_a_wrong_subject_file_is_told_by_key(tmp_path: Path, text: str, key: str, words: str) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "daerah.toml").write_text(text, encoding="utf-8")
    with pytest.raises(region.RegionError) as err:
        region.subject(tmp_path)
    message = str(err.value)
    assert message.startswith(f"Berkas {region.SUBJECT_FILE}, isian '{key}': "), message
    assert words in message


def test_a_missing_or_broken_subject_file_fails_the_build_and_keeps_the_old_database(
    contoh: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(contoh, data, ignore=shutil.ignore_patterns("*.duckdb*"))
    target = tmp_path / "inovasi.duckdb"
    shutil.copy2(contoh / "inovasi.duckdb", target)
    before = target.read_bytes()
    (data / "reference" / "daerah.toml").write_text('nama = "Kabupaten Contoh\n', encoding="utf-8")
    with pytest.raises(builder.BuildError) as err:
        builder.build(target, data_dir=data)
    assert str(err.value) == t("region.not_toml", file=region.SUBJECT_FILE, line=1)
    (data / "reference" / "daerah.toml").unlink()
    with pytest.raises(builder.BuildError) as err:
        builder.build(target, data_dir=data)
    assert str(err.value) == t("region.missing", file=region.SUBJECT_FILE)
    assert target.read_bytes() == before


# --- the CLI --------------------------------------------------------------------------------------


def test_the_cli_speaks_of_the_region(
    contoh: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _point_at(contoh, monkeypatch)
    assert main(["info"]) == 0  # no --db: the database of $INOVASI_DATA
    out = _clean(capsys.readouterr().out, "`info`")
    assert t("info.subject", name=NAME, kind="kabupaten", province=PROVINCE, code="99.01") in out
    assert main(["score", "--year", str(YEAR)]) == 0
    _clean(capsys.readouterr().out, "`score`")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert not FOREIGN.search(capsys.readouterr().out)


# --- every output of the briefing -----------------------------------------------------------------


@pytest.fixture(scope="module")
def model(contoh_db: Path) -> briefing.Briefing:
    with db.connection(contoh_db) as con:
        return briefing.build(con, YEAR)


def test_the_pdf_handout_speaks_of_the_region(contoh_db: Path) -> None:
    with db.connection(contoh_db) as con:
        pdf = PdfReader(io.BytesIO(report.briefing_pdf(con, YEAR, images=False)))
    text = " ".join(p.extract_text() for p in pdf.pages)
    _clean(re.sub(r"\s+", " ", text), "the PDF handout")
    assert pdf.metadata.title == t("handout.title", daerah=NAME, year=YEAR)


def test_the_follow_up_sheet_snapshot_and_workbook_speak_of_the_region(
    contoh_db: Path, model: briefing.Briefing
) -> None:
    with db.connection(contoh_db) as con:
        sheet = PdfReader(io.BytesIO(lembar.lembar_pdf(con, YEAR, "dinkes")))
        book = pd.read_excel(
            io.BytesIO(export.render_xlsx(con, model)), sheet_name=None, header=None, engine="calamine"
        )
    _clean(re.sub(r"\s+", " ", " ".join(p.extract_text() for p in sheet.pages)), "the follow-up sheet")
    page = snapshot.render(model)
    # what a reader sees and the chart data; not plotly.js and the embedded fonts
    _clean(re.sub(r"<style>.*?</style>|<script>.*?</script>", "", page, flags=re.S), "the snapshot")
    cells = " ".join(str(v) for frame in book.values() for v in frame.to_numpy().ravel() if pd.notna(v))
    _clean(cells, "the Excel workbook")


# --- every page -----------------------------------------------------------------------------------


def _page_text(at: AppTest) -> str:
    """Everything the page sends: every element's text, labels, help, options and chart specs
    (the elements' messages), and every table's cells."""
    parts = []
    for node in at._tree:
        proto = getattr(node, "proto", None)
        if proto is not None:
            parts.append(str(proto))
        if isinstance(node, Dataframe):
            parts.append(node.value.to_csv())
    return "\n".join(parts)


def _run(page: str, **state: object) -> AppTest:
    at = AppTest.from_file(ENTRY, default_timeout=60)
    at.run()
    at.switch_page(page).run()
    if state:  # as a person gets there: the page first, then the choice
        for key, value in state.items():
            at.session_state[key] = value
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


@pytest.fixture
def on_contoh(contoh_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(db.ENV_DB, str(contoh_db))
    return contoh_db


@pytest.mark.parametrize("page", PAGES)
def test_every_page_speaks_of_the_region(on_contoh: Path, page: str) -> None:
    at = _run(page)
    assert at.session_state["tahun"] == YEAR
    text = _clean(_page_text(at), page)
    if page == "pages/progres_skor.py":
        assert PROVINCE in text  # the comparison: the region's own province first
        assert t("page.progres.compare", daerah_singkat="Contoh") in [s.value for s in at.subheader]


def test_every_slide_speaks_of_the_region(on_contoh: Path, model: briefing.Briefing) -> None:
    for n in range(1, len(briefing.slides(model)) + 1):
        at = _run("pages/presentasi.py", slide=n)
        _clean(_page_text(at), f"slide {n}")


def test_kelola_data_speaks_of_the_region(
    on_contoh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editors = tmp_path / "editors.toml"
    auth.add_editor("budi", PASSWORD, path=editors)
    monkeypatch.setenv(auth.ENV_EDITORS, str(editors))
    at = _run("pages/kelola_data.py", editor_user="budi")
    assert at.file_uploader, "the editor sees the import"
    assert any(NAME in (r.help or "") for r in at.radio), "the kind of data is explained for the region"
    _clean(_page_text(at), "Kelola Data")
