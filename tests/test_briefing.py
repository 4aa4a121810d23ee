"""analytics.briefing: the 3-5 sentence summary, written from the data in plain Bahasa Indonesia."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analytics import briefing, db, progress
from analytics.methods import method_for_year
from analytics.text import t

BANDS = method_for_year(2023).bands
OFFICIAL_2022 = progress.ScorePoint(
    2022, 58.11, "official", "Inovatif", predicate_derived=True, source="5news.co.id"
)
ESTIMATE_2023 = progress.ScorePoint(
    2023, 64.9, "estimate", "Sangat Inovatif", method_year=2023, method_name="IID 2023", is_sample=True
)


def _year(year=2022, n=72, digital=33, n_opd=51, with_=37, kec=21, kec_with=17):
    return briefing.YearFacts(year, n, digital, n_opd, with_, kec, kec_with)


def _facts(**overrides) -> briefing.Facts:
    values = {
        "score": OFFICIAL_2022,
        "target": 60.01,
        "current": _year(),
        "previous": _year(2021, 57, 20, 51, 32, 21, 14),
        "without_innovation": [
            ("Sekretariat DPRD", False),
            ("Kecamatan Gabus", True),
            ("Kecamatan Kayen", True),
        ]
        + [(f"OPD {i}", False) for i in range(11)],
        "top_opd": ("Dinas Kesehatan", 12),
    }
    values.update(overrides)
    return briefing.Facts(**values)


def test_summary_official_score_below_the_goal():
    sentences = briefing.summary(_facts())
    assert 3 <= len(sentences) <= 5
    first = sentences[0]
    assert "58,11" in first and "hasil resmi" in first and "Inovatif" in first
    assert "kurang 1,90 poin dari sasaran 60,01" in first
    text = " ".join(sentences)
    assert "Tercatat 72 inovasi pada 2022, bertambah 15 dari 2021." in text
    assert "37 dari 51 OPD (73 %)" in text
    assert "14 belum (2 di antaranya kecamatan)" in text
    # three names, then how many more: one spoken sentence stays short
    assert "Sekretariat DPRD, Kecamatan Gabus, Kecamatan Kayen dan 11 lainnya" in text
    assert "46 % inovasi berjenis digital" in text  # 33 of 72
    assert "Dinas Kesehatan (12 inovasi)" in text


def test_summary_estimate_is_labelled_with_its_method_year():
    first = briefing.summary(_facts(score=ESTIMATE_2023))[0]
    assert "perkiraan" in first and "metode 2023" in first and "64,90" in first
    assert "sudah di atas sasaran 60,01" in first
    assert "resmi 2023 belum ada" in first


def test_summary_missing_score_is_said_plainly():
    missing = progress.ScorePoint(2024, None, "missing")
    first = briefing.summary(_facts(score=missing))[0]
    assert first == t("brief.score.missing", year=2024)


def test_summary_full_coverage_and_no_change():
    full = _year(with_=51, kec_with=21)
    sentences = briefing.summary(_facts(current=full, previous=full, without_innovation=[]))
    text = " ".join(sentences)
    assert "sasaran 100 % tercapai" in text
    assert "sama dengan 2022" in text


def test_summary_with_a_narrowing_filter_says_so():
    text = " ".join(briefing.summary(_facts(scope="Kecamatan, inovasi digital")))
    assert "Untuk Kecamatan, inovasi digital: tercatat 72 inovasi" in text


def test_summary_without_innovation_data():
    sentences = briefing.summary(_facts(current=None, previous=None))
    assert 3 <= len(sentences) <= 5
    assert t("brief.no_data", year=2022) in sentences


year_facts = st.builds(
    lambda year, n, d, n_opd, w: briefing.YearFacts(year, n, min(d, n), n_opd, min(w, n_opd, n), 0, 0),
    st.integers(2019, 2030),
    st.integers(0, 2000),
    st.integers(0, 2000),
    st.integers(1, 80),
    st.integers(0, 80),
)
scores = st.one_of(
    st.just(progress.ScorePoint(2022, None, "missing")),
    st.floats(0, 100, allow_nan=False).map(lambda s: progress.ScorePoint(2022, s, "official", "Inovatif")),
    st.floats(0, 100, allow_nan=False).map(
        lambda s: progress.ScorePoint(2022, s, "estimate", "Inovatif", method_year=2023)
    ),
)


@given(scores, year_facts, st.one_of(st.none(), year_facts))
def test_summary_always_three_to_five_indonesian_sentences(score, cur, prev):
    without = [(f"OPD {i}", i % 2 == 0) for i in range(cur.n_opd - cur.n_opd_with_innovation)]
    sentences = briefing.summary(
        briefing.Facts(score, 60.01, cur, prev, without, ("Dinkes", cur.n_innovations))
    )
    assert 3 <= len(sentences) <= 5
    for sentence in sentences:
        assert sentence.endswith("."), sentence
        assert "{" not in sentence and "None" not in sentence and "nan" not in sentence
        # Indonesian decimals: never a point between digits (58,11 not 58.11); thousands use '.'
        for number in re.findall(r"\d+[.,]\d+", sentence):
            if "." in number:
                assert re.fullmatch(r"\d{1,3}(\.\d{3})+", number), number


def test_trend_sentences():
    official = progress.trend_to_goal(
        pd.DataFrame({"year": [2021, 2022], "score": [53.0, 58.11]}), 60.01, 2023
    )
    assert "1,90 poin per tahun" in briefing.trend_sentence(official)
    assert "tepat waktu" in briefing.trend_sentence(official)
    late = progress.Trend(2022, 58.11, 80.0, 2024, 10.945, 5.11, 2027)
    assert "perlu dipercepat" in briefing.trend_sentence(late)
    flat = progress.Trend(2022, 58.11, 80.0, 2024, 10.945, -1.0, None)
    assert "tidak naik" in briefing.trend_sentence(flat)
    crawling = progress.Trend(2022, 58.11, 80.0, 2024, 10.945, 0.01, None)
    assert "tidak tercapai dalam waktu yang masuk akal" in briefing.trend_sentence(crawling)
    single = progress.Trend(2022, 58.11, 80.0, 2024, 10.945, None, None)
    assert t("trend.no_pace") in briefing.trend_sentence(single)
    done = progress.Trend(2025, 79.6, 60.01, 2026, -19.59, None, 2025)
    assert briefing.trend_sentence(done) == t("trend.reached", base_year=2025, base="79,60", goal="60,01")


@pytest.mark.parametrize("year", [2021, 2022, 2023, 2024, 2025])
def test_summary_from_the_built_database_matches_the_data(built_db, year):
    with db.connection(built_db) as con:
        params = {"opd_id": None, "opd_kind": None, "jenis": None, "tahapan": None}
        by_year = db.query(con, "participation_by_year", **params)
        counts = db.query(con, "opd_innovation_counts", **params)
        n = db.query_sql(con, "select count(*) as n from innovation where year = $y", y=year)["n"].iloc[0]
    row = by_year[by_year["year"] == year].iloc[0]
    year_counts = counts[counts["year"] == year]
    without = year_counts[~year_counts["has_innovation"]]
    facts = briefing.Facts(
        score=progress.ScorePoint(year, None, "missing"),
        target=60.01,
        current=briefing.YearFacts.from_row(row),
        without_innovation=list(zip(without["opd_name"], without["is_kecamatan"], strict=True)),
    )
    text = " ".join(briefing.summary(facts))
    assert f"Tercatat {n} inovasi pada {year}" in text
    assert f"{int(row['n_opd_with_innovation'])} dari {int(row['n_opd'])} OPD" in text


# --- the briefing model (briefing.build): cards, path to the goal -------------------------------


@pytest.fixture(scope="module")
def model_con(built_db):
    with db.connection(built_db) as con:
        yield con


def test_score_change_compares_like_with_like(model_con):
    """2025 is official; 2024 an estimate: the card compares with the latest OFFICIAL result (2022)."""
    b = briefing.build(model_con, 2025)
    score = b.card("score")
    assert score.kind == progress.OFFICIAL and score.text == "79,60"
    assert b.previous is not None and b.previous.year == 2022 and b.previous.kind == progress.OFFICIAL
    assert score.change == pytest.approx(79.60 - 58.11)
    assert score.compared_with == t("brief.card.vs_score", year=2022, kind=t("official.label"))
    assert "2022" in score.change_text and t("official.label") in score.change_text
    # an estimate year compares with the latest estimate before it
    b24 = briefing.build(model_con, 2024)
    assert b24.previous.kind == progress.ESTIMATE and b24.previous.year == 2023
    # the first official year has nothing like it before: no change at all, not one against an estimate
    b21 = briefing.build(model_con, 2021)
    assert b21.card("score").change is None and b21.card("score").change_text is None


def test_path_below_the_goal_reaches_it_in_the_fewest_steps(model_con):
    b = briefing.build(model_con, 2022)  # official 58,11
    path = b.path
    assert path.status == "below" and path.gap == pytest.approx(1.90)
    assert path.steps and path.reaches
    assert path.total >= path.gap  # the steps cover the official distance
    # one step fewer would not: the steps are ordered largest first, so dropping the smallest falls short
    assert path.total - min(s.points for s in path.steps) < path.gap
    assert all(s.owner and s.points > 0 for s in path.steps)
    assert path.method_year == 2023 and "2023" in path.label and t("brief.path.sample") in path.label
    assert "1,90" in path.lead and path.total_line is not None


def test_path_when_the_goal_is_reached_names_the_margin_and_what_protects_it(model_con):
    b = briefing.build(model_con, 2025)  # official 79,60
    path = b.path
    assert path.status == "reached" and path.margin == pytest.approx(19.59)
    assert 0 < len(path.steps) <= briefing.PROTECT_STEPS
    points = [s.points for s in path.steps]
    assert points == sorted(points, reverse=True)
    # the protecting steps are the largest points at risk of the year's missing mandatory evidence
    per_innovation = b.gaps.groupby("innovation_id")["points_at_risk"].sum().sort_values(ascending=False)
    assert points[0] == pytest.approx(per_innovation.iloc[0])
    assert "19,59" in path.lead


def test_path_without_a_score_or_evidence_says_why():
    path = briefing.goal_path(progress.ScorePoint(2030, None, "missing"), 60.01, None, None)
    assert path.status == "unknown" and "2030" in path.lead and not path.steps
    below = briefing.goal_path(progress.ScorePoint(2019, 50.0, "official"), 60.01, None, None)
    assert below.status == "unknown" and below.gap == pytest.approx(10.01) and "2019" in below.lead


def test_one_opd_is_not_called_all_of_one(model_con):
    from analytics.scope import Scope

    b = briefing.build(model_con, 2024, Scope.parse("dinkes"))
    text = " ".join(b.sentences)
    assert "Semua 1 OPD" not in text and "1 OPD" not in text
    assert t("brief.coverage.one") in text
    kec = briefing.build(model_con, 2024, Scope.parse("jenis:kecamatan"))
    assert "Untuk semua kecamatan:" in " ".join(kec.sentences)
