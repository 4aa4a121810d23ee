"""The Kelola Data page in AppTest: editors upload, check, confirm, see history and undo; viewers get nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics import auth, db
from analytics.safe import md
from tests.fixtures.spreadsheets import INNOVATION_HEADER, innovation_row, sid_codes, xlsx_bytes

ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "pages" / "kelola_data.py")
DASHBOARD = str(ROOT / "dashboard.py")
PASSWORD = "kata-sandi-rahasia-1"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module")
def editors_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The editors file with budi, written once: each Argon2 hash takes a noticeable moment on
    purpose, and no test here changes the file."""
    path = tmp_path_factory.mktemp("editors") / "editors.toml"
    auth.add_editor("budi", PASSWORD, path=path)
    return path


@pytest.fixture
def editors(editors_file: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(auth.ENV_EDITORS, str(editors_file))
    return editors_file


@pytest.fixture
def app_db(db_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("INOVASI_DB", str(db_copy))
    return db_copy


def page(editor: str | None) -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=60)
    if editor:
        at.session_state["editor_user"] = editor
    return at.run()


def count(path: Path, sql: str) -> int:
    with db.connection(path) as con:
        return con.execute(sql).fetchall()[0][0]


def upload(at: AppTest, data: bytes, name: str = "inovasi_2024.xlsx") -> AppTest:
    at.file_uploader[0].set_value((name, data, XLSX))
    return at.run()


def good_file(path: Path, n: int = 3) -> bytes:
    header = [*INNOVATION_HEADER, *sid_codes(path)]
    return xlsx_bytes(
        [["Rekap inovasi 2024"], header, *[innovation_row(f"Aplikasi Uji {i}") for i in range(n)]]
    )


def table_with(at: AppTest, column: str):
    """The first table element on the page with this column (st.dataframe without selection has no key)."""
    for element in at.dataframe:
        if column in element.value.columns:
            return element
    raise AssertionError(f"no table with column {column!r}")


def frame_with(at: AppTest, column: str):
    return table_with(at, column).value


def texts(at: AppTest) -> str:
    parts = [e.value for e in (*at.success, *at.error, *at.warning, *at.info, *at.caption, *at.markdown)]
    return "\n".join(str(p) for p in parts)


def test_a_viewer_gets_nothing(app_db: Path, editors: Path) -> None:
    at = page(None)
    assert not at.exception
    assert "hanya untuk editor" in at.warning[0].value
    assert len(at.file_uploader) == 0 and len(at.button) == 0 and len(at.tabs) == 0


def test_a_removed_editor_loses_access(app_db: Path, editors: Path) -> None:
    at = page("siti")  # not (or no longer) in the editors file
    assert "hanya untuk editor" in at.warning[0].value and len(at.file_uploader) == 0


def test_editor_uploads_checks_confirms_and_undoes(app_db: Path, editors: Path) -> None:
    at = page("budi")
    assert not at.exception
    assert [tab.label for tab in at.tabs] == ["Impor berkas", "Riwayat dan pembatalan"]
    assert any("templat" in b.label.lower() for b in at.get("download_button"))
    before = count(app_db, "select count(*) from innovation")

    at = upload(at, good_file(app_db))
    assert not at.exception
    # the importer's messages are shown escaped (analytics.safe.md): they name the file
    assert md("3 baris data dibaca; semua valid") in at.success[0].value
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Baru"] == "3" and metrics["Diubah"] == "0"
    assert count(app_db, "select count(*) from innovation") == before  # nothing saved yet
    preview = frame_with(at, "Tindakan")
    assert list(preview["Tindakan"]) == ["baru"] * 3

    at.button(key="kelola_confirm").click()
    at = at.run()
    assert not at.exception
    assert md("Impor #1") in at.success[0].value and "3 baris baru" in at.success[0].value
    assert count(app_db, "select count(*) from innovation") == before + 3
    assert (
        count(app_db, "select count(*) from innovation where name like 'Aplikasi Uji %' and not is_sample")
        == 3
    )
    assert at.file_uploader[0].value is None  # a fresh uploader: the saved file is not offered again
    history = frame_with(at, "Oleh")
    assert list(history["Oleh"]) == ["budi"] and list(history["baru"]) == [3]

    # the same file again: nothing to do
    at = upload(at, good_file(app_db))
    assert "tidak ada yang perlu disimpan" in texts(at)
    assert "kelola_confirm" not in [b.key for b in at.button]

    # undo needs the confirmation tick
    assert at.button(key="kelola_undo").disabled
    at.checkbox(key="kelola_undo_sure").check()
    at = at.run()
    at.button(key="kelola_undo").click()
    at = at.run()
    assert not at.exception
    assert md("Impor #1 dibatalkan") in at.success[0].value
    assert count(app_db, "select count(*) from innovation") == before
    assert "dibatalkan oleh budi" in frame_with(at, "Oleh").iloc[0]["Status"]


def test_a_bad_file_shows_every_problem_and_no_save_button(app_db: Path, editors: Path) -> None:
    header = [*INNOVATION_HEADER, *sid_codes(app_db)]
    rows = [header, innovation_row("Baik"), innovation_row("Salah OPD", opd="Dinas Kesehatn"),
            innovation_row("Salah tingkat", levels=[9] * 20)]  # fmt: skip
    at = upload(page("budi"), xlsx_bytes(rows))
    assert not at.exception
    assert "masalah ditemukan" in at.error[0].value
    problems = frame_with(at, "Masalah")
    assert 3 in list(problems["Baris"]) and 4 in list(problems["Baris"])
    assert any("Dinas Kesehatan (Dinkes)" in m for m in problems["Masalah"])
    assert "kelola_confirm" not in [b.key for b in at.button]


def test_an_unusable_file_is_explained(app_db: Path, editors: Path) -> None:
    at = page("budi")
    at.file_uploader[0].set_value(("rusak.xlsx", b"PK\x03\x04" + b"\x00" * 50, XLSX))
    at = at.run()
    assert not at.exception
    assert "bukan spreadsheet" in at.error[0].value


def test_replace_sample_checkbox_removes_sample_rows_of_the_years(app_db: Path, editors: Path) -> None:
    samples = count(app_db, "select count(*) from innovation where is_sample and year = 2024")
    at = upload(page("budi"), good_file(app_db, 2))
    box = at.checkbox(key="kelola_replace_sample")
    assert str(samples) in box.label
    box.check()
    at = at.run()
    assert {m.label: m.value for m in at.metric}["Data contoh dihapus"] == str(samples)
    at.button(key="kelola_confirm").click()
    at = at.run()
    assert count(app_db, "select count(*) from innovation where is_sample and year = 2024") == 0
    assert count(app_db, "select count(*) from innovation where is_sample and year = 2023") > 0


def test_official_results_upload(app_db: Path, editors: Path) -> None:
    at = page("budi")
    at.radio(key="kelola_kind").set_value("hasil")
    at = at.run()
    rows = [["daerah", "provinsi", "tahun", "skor", "sumber"],
            ["Kabupaten Pati", "Jawa Tengah", 2024, "66,10", "Kepmendagri (uji)"]]  # fmt: skip
    at = upload(at, xlsx_bytes(rows), "hasil.xlsx")
    assert "semua valid" in at.success[0].value
    at.button(key="kelola_confirm").click()
    at = at.run()
    assert (
        count(app_db, "select count(*) from index_result where region = 'Kabupaten Pati' and year = 2024")
        == 1
    )


def test_the_dashboard_lists_kelola_data_only_for_an_editor(app_db: Path, editors: Path) -> None:
    viewer = AppTest.from_file(DASHBOARD, default_timeout=60).run()
    assert not viewer.exception
    assert "Masuk editor" in [e.label for e in viewer.sidebar.expander]
    viewer.switch_page("pages/kelola_data.py")  # a hidden page for a viewer: only the notice
    viewer.run()
    assert not viewer.exception
    assert "hanya untuk editor" in viewer.warning[0].value
    assert len(viewer.file_uploader) == 0 and "Kelola Data" not in [h.value for h in viewer.header]

    editor = AppTest.from_file(DASHBOARD, default_timeout=60)
    editor.session_state["editor_user"] = "budi"
    editor.run()
    assert any("budi" in c.value for c in editor.sidebar.caption)
    editor.switch_page("pages/kelola_data.py")
    editor.run()
    assert not editor.exception
    assert [h.value for h in editor.header] == ["Kelola Data"] and len(editor.file_uploader) == 1


def sign_in_script() -> None:
    import streamlit as st

    from ui import auth as ui_auth

    user = ui_auth.sidebar_sign_in()
    st.write(f"editor: {user}")


def sign_in_button(at: AppTest):
    return next(b for b in at.sidebar.button if b.label == "Masuk")


def test_sidebar_sign_in_form(editors: Path) -> None:
    # (sidebar widgets of an app with st.navigation do not survive a rerun in AppTest 1.67, so
    # the form is driven on its own here; the browser test drives it inside the dashboard)
    at = AppTest.from_function(sign_in_script, default_timeout=60).run()
    assert not at.exception and at.markdown[-1].value == "editor: None"
    at.sidebar.text_input(key="editor_name").input("budi")
    at.sidebar.text_input(key="editor_password").input("salah-sekali-1")
    sign_in_button(at).click()
    at = at.run()
    assert at.sidebar.error[0].value == "Nama atau kata sandi salah."
    assert "editor_user" not in at.session_state
    at.sidebar.text_input(key="editor_name").input("BUDI")
    at.sidebar.text_input(key="editor_password").input(PASSWORD)
    sign_in_button(at).click()
    at = at.run()
    assert not at.exception
    assert at.session_state["editor_user"] == "budi"
    assert at.markdown[-1].value == "editor: budi"
    assert "budi" in at.sidebar.caption[0].value
    assert len(at.sidebar.text_input) == 0  # no password field while signed in
    at.sidebar.button(key="editor_sign_out").click()
    at = at.run()
    assert "editor_user" not in at.session_state and at.markdown[-1].value == "editor: None"


def test_no_editors_yet_says_how_to_add_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(auth.ENV_EDITORS, str(tmp_path / "tidak-ada.toml"))
    at = AppTest.from_function(sign_in_script, default_timeout=60).run()
    assert "python -m analytics editor add" in at.sidebar.caption[0].value
    assert len(at.sidebar.text_input) == 0


# ----------------------------------------------------------------------------- how the file was read


def shown_cells(frame) -> list[str]:
    """Every cell of a table as the grid draws it (a missing value would read 'None')."""
    return [str(v) for v in frame.astype(object).to_numpy().ravel()]


def test_the_preview_shows_what_a_lenient_cell_was_read_as(app_db: Path, editors: Path) -> None:
    header = [*INNOVATION_HEADER, *sid_codes(app_db)]
    lenient = innovation_row("Layanan Daring", opd="DKK", jenis="online")
    lenient[INNOVATION_HEADER.index("tanggal_uji_coba")] = "13/12/2022"
    exact = innovation_row("Layanan Tepat")
    at = upload(page("budi"), xlsx_bytes([header, lenient, exact]))
    assert not at.exception
    assert "3 nilai dibaca dengan penafsiran" in at.success[0].value
    preview = frame_with(at, "Penafsiran")
    assert list(preview["Baris"]) == [2, 3]
    assert preview["Penafsiran"][0] == (
        "opd: DKK → Dinas Kesehatan (Dinkes); jenis: online → Digital; "
        "tanggal_uji_coba: 13/12/2022 → 13 Desember 2022"
    )
    assert preview["Penafsiran"][1] == ""
    assert any("Kolom Penafsiran" in c.value for c in at.caption)
    listing = next(b for b in at.get("download_button") if "penafsiran" in b.label)
    assert listing.label == "Unduh daftar penafsiran (.txt)"
    at.button(key="kelola_confirm").click()  # the interpretation is what is saved
    at = at.run()
    assert count(app_db, "select count(*) from innovation where name = 'Layanan Daring' and jenis = 'digital'"
                 " and opd_id = 'dinkes' and trial_date = date '2022-12-13'") == 1  # fmt: skip


def test_a_file_read_as_written_has_no_interpretation_column(app_db: Path, editors: Path) -> None:
    at = upload(page("budi"), good_file(app_db))
    assert "penafsiran" not in at.success[0].value
    assert "Penafsiran" not in frame_with(at, "Tindakan").columns
    assert not any("penafsiran" in b.label for b in at.get("download_button"))


def test_missing_values_never_show_as_none_or_nan(app_db: Path, editors: Path) -> None:
    at = upload(page("budi"), good_file(app_db, 1))
    at.checkbox(key="kelola_replace_sample").check()
    at = at.run()
    preview = table_with(at, "Tindakan")
    assert preview.proto.placeholder == "–"  # the grid draws a missing value as this, not "None"
    assert preview.value["Baris"].isna().sum() > 0  # sample rows to remove: no file row
    assert not {"None", "nan", "NaN", "NaT", "<NA>", "True", "False"} & set(
        shown_cells(preview.value.dropna())
    )

    header = [c for c in [*INNOVATION_HEADER, *sid_codes(app_db)] if c != "urusan"]
    row = [v for c, v in zip([*INNOVATION_HEADER, *sid_codes(app_db)], innovation_row("X"), strict=True)
           if c != "urusan"]  # fmt: skip
    at = upload(page("budi"), xlsx_bytes([header, row]))
    problems = table_with(at, "Masalah")
    assert problems.proto.placeholder == "–" and problems.value["Baris"].isna().any()


def test_history_names_the_kind_of_data_in_indonesian(app_db: Path, editors: Path) -> None:
    at = upload(page("budi"), good_file(app_db, 1))
    at.button(key="kelola_confirm").click()
    at = at.run()
    history = table_with(at, "Oleh")
    assert list(history.value["Jenis"]) == ["Daftar inovasi"]
    assert history.proto.placeholder == "–"
    changes = table_with(at, "Kolom yang berubah")
    assert not {"None", "nan", "[]"} & set(shown_cells(changes.value))
