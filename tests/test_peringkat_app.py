"""The Peringkat page in AppTest: with the bundled published results it shows what is known and no
rank; with a generated national table it shows Pati's national and provincial rank, labelled
"data contoh"."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from analytics import db, ranking, regions
from analytics.text import t
from tests.ranking_helpers import database_with_tables

ROOT = Path(__file__).resolve().parent.parent
ENTRY = str(ROOT / "dashboard.py")
PAGE = "pages/peringkat.py"


@pytest.fixture(scope="module")
def national(built_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_with_tables(built_db, tmp_path_factory.mktemp("peringkat_app"), (2024, 2025))


def _page(monkeypatch: pytest.MonkeyPatch, database: Path, **query: str) -> AppTest:
    monkeypatch.setenv("INOVASI_DB", str(database))
    at = AppTest.from_file(ENTRY, default_timeout=60)
    at.query_params.update(query)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _texts(at: AppTest) -> str:
    return " ".join(e.value for e in [*at.caption, *at.info, *at.warning, *at.markdown])


def test_bundled_results_show_no_invented_rank(built_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _page(monkeypatch, built_db)
    metrics = _metrics(at)
    assert metrics["Peringkat se-Indonesia"] == t("page.peringkat.kpi_no_rank")
    assert metrics["Peringkat se-Jawa Tengah"] == t("page.peringkat.kpi_no_rank")
    assert metrics["Skor 2025"] == "79,60"
    text = _texts(at)
    # what is missing is said with numbers: Pati and Tegal of 415 kabupaten in 2025
    assert "Hasil 2025 yang tersimpan baru mencakup 2 dari 415 kabupaten se-Indonesia" in text
    assert "baru mencakup 2 dari 29 kabupaten di Jawa Tengah" in text
    assert (
        t("page.peringkat.how") in text
        and t("page.peringkat.history_none", scope="kabupaten se-Indonesia") in text
    )
    assert "ke-" not in " ".join(metrics.values())
    # the neighbours chart is there, and says which neighbours have no result at all
    assert len(at.get("plotly_chart")) == 1
    assert "Kabupaten Kudus, Kabupaten Jepara, Kabupaten Rembang, Kabupaten Blora, Kabupaten Grobogan" in text


def test_a_national_table_gives_both_ranks_marked_as_sample(
    national: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _page(monkeypatch, national)
    ref = regions.reference()
    with db.connection(national) as con:
        expected = ranking.standings(ranking.load(con, ref), regions.subject(ref), ref, 2025)
    metrics = _metrics(at)
    assert metrics["Peringkat se-Indonesia"] == f"ke-{expected[0].rank} dari 415"
    assert metrics["Peringkat se-Jawa Tengah"] == f"ke-{expected[1].rank} dari 29"
    text = _texts(at)
    assert t("ranking.computed") in text
    assert t("page.peringkat.sample_note") in text
    badges = [m.value for m in at.markdown if "-badge[" in m.value and t("sample.badge") in m.value]
    assert len(badges) >= 6  # both rank cards, and each section drawn from the table
    # distribution, predicates, neighbours and the rank over 2024-2025
    assert len(at.get("plotly_chart")) == 4


def test_the_year_and_scope_come_from_the_address(national: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    at = _page(monkeypatch, national, tahun_peringkat="2021", lingkup="Jawa Tengah")
    metrics = _metrics(at)
    assert metrics["Peringkat se-Indonesia"] == t("page.peringkat.kpi_no_rank")
    assert "Skor 2021" in metrics and metrics["Skor 2021"] == "53,00"
    assert "sekarang baru 2 dari 29" in _texts(at)
    assert at.query_params["lingkup"] == "Jawa Tengah"
