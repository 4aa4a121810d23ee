"""App tests (Streamlit AppTest): every page opens without an exception, the filters drive the KPIs,
URL query parameters restore the filters, and the page-level choices work."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics import db
from analytics.safe import md
from analytics.text import t

ROOT = Path(__file__).resolve().parent.parent
ENTRY = str(ROOT / "dashboard.py")
PAGES = [
    "pages/ringkasan.py",
    "pages/partisipasi_opd.py",
    "pages/jenis_inovasi.py",
    "pages/progres_skor.py",
    "pages/data_inovasi.py",
]


def _app(**query: str) -> AppTest:
    at = AppTest.from_file(ENTRY, default_timeout=60)
    at.query_params.update(query)
    return at.run()


def _metric(at: AppTest, label: str) -> str:
    values = [m.value for m in at.metric if m.label == label]
    assert values, f"no metric {label!r} in {[m.label for m in at.metric]}"
    return values[0]


def _no_exception(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]


def _expected(built_db: Path, sql: str, **params):
    with db.connection(built_db) as con:
        return db.query_sql(con, sql, **params)


def _walk(at: AppTest, check) -> None:
    """Open every page in turn in the session `at` (already run once) and `check(at, page)` each;
    the pages that fail are told together. One session walks them all: a test per page would run
    the same first page with the same inputs again before each switch."""
    failed = {}
    for page in PAGES:
        at.switch_page(page).run()
        try:
            check(at, page)
        except AssertionError as exc:
            failed[page] = str(exc)
    assert not failed, failed


def test_every_page_opens_without_exception(env_db):
    def check(at: AppTest, page: str) -> None:
        _no_exception(at)
        assert at.header, "every page has a heading"
        assert at.get("plotly_chart"), f"{page} draws no chart"

    _walk(_app(), check)


@pytest.mark.parametrize(
    "query",
    [
        {"tahun": "2021", "opd": "Semua kecamatan", "jenis": "Digital", "tahapan": "Penerapan"},
        {"opd": "Dinas Kesehatan", "tahapan": "Inisiatif"},
        {"opd": "Sekretariat DPRD", "tahun": "2025"},  # an OPD without innovations that year
    ],
    ids=["kecamatan-digital-2021", "dinkes-inisiatif", "setwan-2025"],
)
def test_pages_open_with_narrow_filters(env_db, query):
    _walk(_app(**query), lambda at, page: _no_exception(at))


def test_default_year_is_the_latest_with_data(env_db, built_db):
    at = _app()
    latest = int(_expected(built_db, "select max(year) as y from stg_year")["y"].iloc[0])
    assert at.session_state["tahun"] == latest
    assert at.header[0].value == t("page.ringkasan.title", year=latest)


def test_year_filter_changes_the_kpi(env_db, built_db):
    at = _app()
    before = _metric(at, t("kpi.innovations"))
    at.selectbox(key="tahun").select(2021).run()
    _no_exception(at)
    after = _metric(at, t("kpi.innovations"))
    expected = _expected(built_db, "select count(*) as n from innovation where year = 2021")["n"].iloc[0]
    assert after == str(expected)
    assert after != before
    assert at.header[0].value == t("page.ringkasan.title", year=2021)


def test_opd_filter_changes_the_coverage_kpi(env_db, built_db):
    at = _app(tahun="2022")
    all_opd = _metric(at, t("kpi.coverage"))
    at.selectbox(key="opd").select("jenis:kecamatan").run()
    _no_exception(at)
    kec = _expected(
        built_db,
        "select count(distinct opd_id) filter (where has_innovation) as x, count(*) as n "
        "from mart_opd_year where year = 2022 and is_kecamatan",
    )
    share = round(100 * kec["x"].iloc[0] / kec["n"].iloc[0])
    assert _metric(at, t("kpi.coverage")) == f"{share} %"
    assert _metric(at, t("kpi.coverage")) != all_opd


def test_query_params_restore_the_filters(env_db, built_db):
    at = _app(tahun="2021", opd="Semua kecamatan", jenis="Digital", tahapan="Penerapan")
    _no_exception(at)
    assert at.session_state["tahun"] == 2021
    assert at.session_state["opd"] == "jenis:kecamatan"
    assert at.session_state["jenis"] == "digital"
    assert at.session_state["tahapan"] == "penerapan"
    n = _expected(
        built_db,
        "select count(*) as n from mart_innovation where year = 2021 and is_kecamatan "
        "and jenis = 'digital' and tahapan = 'penerapan'",
    )["n"].iloc[0]
    assert _metric(at, t("kpi.innovations")) == str(n)
    # the URL keeps them (a copied link reopens the same view)
    assert at.query_params["tahun"] == "2021"
    assert at.query_params["opd"] == "Semua kecamatan"


def test_unknown_query_param_value_falls_back_to_default(env_db):
    at = _app(tahun="1999", opd="Dinas Yang Tidak Ada")
    _no_exception(at)
    assert at.session_state["tahun"] != 1999
    assert at.session_state["opd"] == "semua"


def test_filters_survive_a_page_switch(env_db):
    at = _app()
    at.selectbox(key="tahun").select(2022).run()
    at.selectbox(key="jenis").select("non-digital").run()
    at.switch_page("pages/partisipasi_opd.py").run()
    _no_exception(at)
    assert at.header[0].value == t("page.partisipasi.title", year=2022)
    assert at.session_state["jenis"] == "non-digital"
    assert any(md("non-digital") in c.value for c in at.caption), "the scope caption names the filter"


def test_ringkasan_labels_official_and_estimated_scores(env_db):
    # 2022 has an official result (58,11); 2023 has none, so the score is an estimate
    at = _app(tahun="2022")
    assert _metric(at, t("kpi.score")) == "58,11"
    assert any(t("official.label") in m.value for m in at.markdown)
    at.selectbox(key="tahun").select(2023).run()
    assert any(t("estimate.label") in m.value for m in at.markdown)
    assert any(md(t("kpi.score.method", year=2023)) in c.value for c in at.caption)


@pytest.mark.parametrize(
    "query", [{}, {"tahun": "2021", "opd": "Semua kecamatan"}], ids=["default", "kec-2021"]
)
def test_ringkasan_summary_has_three_to_five_sentences_as_in_the_handout(env_db, built_db, query):
    from analytics import report

    at = _app(**query)
    year = at.session_state["tahun"]
    opd = {"Semua kecamatan": "jenis:kecamatan"}.get(query.get("opd"))
    with db.connection(built_db) as con:
        sentences = report.handout(con, year, opd=opd).sentences
    assert 3 <= len(sentences) <= 5
    # the page and the PDF handout say the same thing: one model (briefing.build); the page
    # escapes each sentence (names come from data files)
    assert " ".join(md(s) for s in sentences) in [m.value for m in at.markdown]


def test_partisipasi_choosing_an_opd_shows_its_innovations(env_db, built_db):
    at = _app(tahun="2024")
    at.switch_page("pages/partisipasi_opd.py").run()
    at.selectbox(key="partisipasi_opd_pilih").select("dinkes").run()
    _no_exception(at)
    names = set(
        _expected(built_db, "select name from innovation where year = 2024 and opd_id = 'dinkes'")["name"]
    )
    shown = at.dataframe[-1].value
    assert set(shown[t("col.innovation")]) == names


def test_data_inovasi_search_and_detail(env_db, built_db):
    at = _app(tahun="2025")
    at.switch_page("pages/data_inovasi.py").run()
    total = len(at.dataframe[0].value)
    at.text_input(key="cari").input("kesehatan").run()
    _no_exception(at)
    narrowed = at.dataframe[0].value
    assert 0 < len(narrowed) < total
    chosen = at.selectbox(key="data_rincian").options[0]
    at.selectbox(key="data_rincian").select_index(0).run()
    assert any(md(chosen.split(" — ")[0]) in m.value for m in at.markdown)
    fields = at.table[0].value
    assert t("col.description") in set(fields.iloc[:, 0])


def test_progres_goal_changes_the_needed_gain(env_db):
    at = _app(tahun="2022")  # the latest official result up to 2022 is 58,11
    at.switch_page("pages/progres_skor.py").run()
    _no_exception(at)
    label = t("page.progres.kpi_needed")
    assert _metric(at, label) == "+1,90" + t("page.progres.per_year_suffix")
    at.select_slider(key="sasaran").set_value(70.0).run()
    assert _metric(at, label) == "+11,89" + t("page.progres.per_year_suffix")


def test_ringkasan_says_the_score_is_for_the_whole_regency_under_a_filter(env_db):
    at = _app(tahun="2022")
    assert not any(t("kpi.score.whole_regency") in c.value for c in at.caption)
    at = _app(tahun="2022", opd="Dinas Kesehatan")
    assert _metric(at, t("kpi.score")) == "58,11"  # the filter does not change the regency's score
    assert any(t("kpi.score.whole_regency") in c.value for c in at.caption)


def test_every_page_opens_on_a_database_without_innovations(empty_db, monkeypatch):
    monkeypatch.setenv("INOVASI_DB", str(empty_db))
    with db.connection(empty_db) as con:
        assert db.query_sql(con, "select count(*) as n from innovation")["n"].iloc[0] == 0

    def check(at: AppTest, page: str) -> None:
        _no_exception(at)
        assert at.header, "every page has a heading"
        shown = " ".join(x.value for x in [*at.warning, *at.caption, *at.markdown])
        assert t("sample.badge") not in shown, "no sample label when no sample row is loaded"
        infos = [i.value for i in at.info]
        assert t("page.empty_db") in infos or t("score.no_data_any", year=2025) in infos, infos

    _walk(_app(), check)


def test_page_choices_are_restored_from_the_url(env_db):
    # Progres Skor: goal, goal year and comparison year; the URL carries the labels shown
    plain = _app(tahun="2022")
    plain.switch_page("pages/progres_skor.py").run()
    plain.select_slider(key="sasaran").set_value(70.0).run()
    plain.select_slider(key="tahun_sasaran").set_value(2025).run()
    needed = _metric(plain, t("page.progres.kpi_needed"))

    at = _app(tahun="2022", sasaran="70,00", tahun_sasaran="2025", banding="2021")
    at.switch_page("pages/progres_skor.py").run()
    _no_exception(at)
    assert at.session_state["sasaran"] == 70.0
    assert at.session_state["tahun_sasaran"] == 2025
    assert at.session_state["banding"] == 2021
    assert _metric(at, t("page.progres.kpi_needed")) == needed

    # Data Inovasi: the all-years switch widens the table beyond the chosen year
    one_year = _app(tahun="2025")
    one_year.switch_page("pages/data_inovasi.py").run()
    every_year = _app(tahun="2025", semua_tahun="true")
    every_year.switch_page("pages/data_inovasi.py").run()
    _no_exception(every_year)
    assert every_year.session_state["semua_tahun"] is True
    assert len(every_year.dataframe[0].value) > len(one_year.dataframe[0].value)
