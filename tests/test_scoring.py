"""The estimate engine: hand-computed examples, predicate bands, properties, the path to a goal, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from analytics import db, scoring
from analytics.methods import load_method, method_for_year
from analytics.scoring import ScoringError, YearData, components
from tests.test_methods import SMALL_METHOD, write_method

ROOT = Path(__file__).resolve().parent.parent
M2023 = method_for_year(2023)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory):
    return load_method(write_method(tmp_path_factory.mktemp("method")))


@pytest.fixture(scope="module")
def con(built_db: Path):
    connection = db.connect(built_db)
    yield connection
    connection.close()


# --- hand-computed examples on the small method (weights 1, 2, 3; SPD 1, 2; total 33) -----------
# Each innovation has levels a=1, b=2, c=1: maturity 1x1 + 2x2 + 3x1 = 8. SPD x=2, y=1: 2 + 2 = 4.
# Count score: 0 / 2 from 1 / 5 from 10 / 6 from 11 innovations.


@pytest.mark.parametrize(
    ("n", "sid", "count", "iid"),
    [
        (0, 0.0, 0, 4 / 33 * 100),  # nothing but SPD
        (9, 72 / 10, 2, (4 + 7.2 + 2) / 33 * 100),  # n < 10: the sum is still divided by 10 -> 40.00
        (10, 80 / 10, 5, (4 + 8 + 5) / 33 * 100),  # n = 10: divided by 10 -> 51.52
        (11, 88 / 11, 6, (4 + 8 + 6) / 33 * 100),  # n = 11: divided by 11, the average stays 8 -> 54.55
    ],
)
def test_max_rule_at_9_10_11(small, n: int, sid: float, count: float, iid: float) -> None:
    c = components(np.tile([1, 2, 1], (n, 1)), [2, 1], small)
    assert c.spd == 4
    assert c.sid_maturity == pytest.approx(sid)
    assert c.count_score == count
    assert c.iid == pytest.approx(iid)
    assert c.total == pytest.approx(c.spd + c.sid_maturity + c.count_score)


def test_hand_computed_iid_values(small) -> None:
    assert components(np.tile([1, 2, 1], (9, 1)), [2, 1], small).iid == pytest.approx(40.0)
    # ten innovations at maturity 8 and one at the top (18): SID = 98 / 11
    levels = np.vstack([np.tile([1, 2, 1], (10, 1)), [[3, 3, 3]]])
    c = components(levels, [3, 3], small)
    assert c.spd == 9 and c.sid_maturity == pytest.approx(98 / 11) and c.count_score == 6
    assert c.iid == pytest.approx((9 + 98 / 11 + 6) / 33 * 100)
    # everything at the top: the index is exactly 100
    assert components(np.full((11, 3), 3), [3, 3], small).iid == pytest.approx(100.0)


def test_estimate_of_plain_data_carries_method_and_labels(small) -> None:
    data = YearData.from_levels(small, np.tile([1, 2, 1], (9, 1)), [2, 1], year=2031)
    est = scoring.estimate_data(data)
    assert est.year == 2031 and est.method_year == 2030 and est.method_name == "Metode kecil uji"
    assert est.iid == pytest.approx(40.0) and est.predicate == "Inovatif"
    assert est.reconstructed == (
        "bobot 1 indikator SID (rekonstruksi)",
        "daftar dan bobot 1 indikator SPD (asumsi)",
        "tabel skor jumlah inovasi (asumsi)",
    )


# --- predicate boundaries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (0, "Tidak Dapat Dinilai"),
        (0.004, "Tidak Dapat Dinilai"),  # rounds to 0.00
        (0.01, "Kurang Inovatif"),
        (34.99, "Kurang Inovatif"),
        (35.00, "Inovatif"),
        (60.00, "Inovatif"),
        (60.004, "Inovatif"),  # rounds to 60.00
        (60.006, "Sangat Inovatif"),  # rounds to 60.01
        (60.01, "Sangat Inovatif"),
        (100, "Sangat Inovatif"),
    ],
)
def test_predicate_boundaries(small, score: float, expected: str) -> None:
    assert M2023.predicate(score) == expected
    assert small.predicate(score) == expected


def test_predicate_outside_range_is_an_error() -> None:
    with pytest.raises(ValueError):
        M2023.predicate(100.5)


# --- properties (2023 method) --------------------------------------------------------------------

K, M_SPD = len(M2023.sid_codes), len(M2023.spd_codes)
level = st.integers(0, 3)
spd_levels = st.lists(level, min_size=M_SPD, max_size=M_SPD)


@st.composite
def level_matrix(draw, min_n: int = 0, max_n: int = 40) -> np.ndarray:
    n = draw(st.integers(min_n, max_n))
    return draw(hnp.arrays(np.int64, (n, K), elements=level))


@settings(max_examples=200, deadline=None)
@given(level_matrix(), spd_levels)
def test_index_stays_within_0_and_100(levels: np.ndarray, spd: list[int]) -> None:
    c = components(levels, spd, M2023)
    assert 0 <= c.iid <= 100
    assert c.iid == pytest.approx(c.total / M2023.max_total * 100)
    assert M2023.predicate(c.iid)  # always has a band


@settings(max_examples=200, deadline=None)
@given(level_matrix(min_n=1), spd_levels, st.data())
def test_index_never_falls_when_evidence_rises(levels: np.ndarray, spd: list[int], data) -> None:
    before = components(levels, spd, M2023).iid
    raised_sid = levels.copy()
    i = data.draw(st.integers(0, levels.shape[0] - 1))
    j = data.draw(st.integers(0, K - 1))
    raised_sid[i, j] = data.draw(st.integers(levels[i, j], 3))
    assert components(raised_sid, spd, M2023).iid >= before
    raised_spd = list(spd)
    s = data.draw(st.integers(0, M_SPD - 1))
    raised_spd[s] = data.draw(st.integers(spd[s], 3))
    assert components(levels, raised_spd, M2023).iid >= before


@settings(max_examples=200, deadline=None)
@given(level_matrix(min_n=10, max_n=60), st.lists(level, min_size=K, max_size=K))
def test_below_average_innovation_never_raises_sid_maturity(levels: np.ndarray, new: list[int]) -> None:
    mat = scoring.maturities(levels, M2023)
    new_maturity = int(np.dot(new, M2023.sid_weights))
    assume(new_maturity < mat.mean())
    spd = [0] * M_SPD
    before = components(levels, spd, M2023).sid_maturity
    after = components(np.vstack([levels, [new]]), spd, M2023).sid_maturity
    assert after <= before + 1e-12


def test_below_average_innovation_can_raise_sid_below_divisor_min() -> None:
    """The counterpart: with fewer than 10 innovations the divisor is fixed, so any evidence helps."""
    levels = np.full((9, K), 2)
    new = np.full((1, K), 1)  # below the average
    spd = [0] * M_SPD
    assert (
        components(np.vstack([levels, new]), spd, M2023).sid_maturity
        > components(levels, spd, M2023).sid_maturity
    )


# --- the path to a goal ----------------------------------------------------------------------------


def max_gains(data: YearData) -> list[float]:
    """Oracle: every candidate step's largest gain in index points, computed the slow, plain way."""
    m = data.method
    divisor = max(m.divisor_min, data.n)
    gains = []
    for i in range(data.n):
        for j, ind in enumerate(m.sid_indicators):
            gains.append(ind.weight * (3 - data.levels[i, j]) / divisor / m.max_total * 100)
    for j, ind in enumerate(m.spd_indicators):
        gains.append(ind.weight * (3 - data.spd_levels[j]) / m.max_total * 100)
    return sorted((g for g in gains if g > 0), reverse=True)


def check_plan(data: YearData, plan: scoring.Plan, target: float) -> None:
    start = scoring.estimate_data(data).iid
    after = scoring.estimate_data(scoring.with_changes(data, plan.sid_changes(), plan.spd_changes()))
    assert after.iid == pytest.approx(plan.final_iid)
    steps = plan.steps
    assert list(steps.columns) == scoring.STEP_COLUMNS
    assert (steps["to_level"] > steps["from_level"]).all() and (steps["to_level"] <= 3).all()
    assert not steps.duplicated(["kind", "innovation_id", "indicator_code"]).any()
    assert list(steps["gain_iid"]) == sorted(steps["gain_iid"], reverse=True)
    assert steps["gain_iid"].sum() == pytest.approx(after.iid - start)
    gains = max_gains(data)
    if start >= target:
        assert plan.reached and plan.n_steps == 0
    elif start + sum(gains) >= target + 1e-9:
        assert plan.reached and after.iid >= target
        # the fewest steps: the k-1 largest possible gains together fall short
        assert start + sum(gains[: plan.n_steps - 1]) < target
    else:
        assert not plan.reached and after.iid < target
        assert plan.final_iid == pytest.approx(plan.max_iid)


@settings(max_examples=150, deadline=None)
@given(level_matrix(max_n=15), spd_levels, st.floats(0, 100))
def test_plan_reaches_any_reachable_target_in_fewest_steps(levels, spd, target) -> None:
    data = YearData.from_levels(M2023, levels, spd, year=2023)
    check_plan(data, scoring.plan(data, target=target, max_steps=10_000), target)


def test_path_to_goal_on_sample_2022_really_reaches_60_01(con) -> None:
    plan = scoring.path_to_goal(con, 2022)
    assert plan.target == 60.01 and plan.start_iid < 60.01
    assert plan.reached and plan.n_steps >= 1
    check_plan(scoring.load_year(con, 2022), plan, 60.01)
    est = scoring.apply_changes(con, 2022, plan.sid_changes(), plan.spd_changes())
    assert est.iid >= 60.01 and est.predicate == "Sangat Inovatif"
    assert est.iid == pytest.approx(plan.final_iid)


@pytest.mark.parametrize("target", [59.0, 65.0, 75.0, 90.0])
def test_path_to_any_target_on_sample(con, target: float) -> None:
    data = scoring.load_year(con, 2021)
    check_plan(data, scoring.plan(data, target=target, max_steps=10_000), target)


def test_plan_edge_cases(con) -> None:
    already = scoring.path_to_goal(con, 2022, target=10)
    assert already.reached and already.n_steps == 0 and already.final_iid == already.start_iid
    capped = scoring.path_to_goal(con, 2022, target=100, max_steps=5)
    assert not capped.reached and capped.n_steps == 5
    assert any("5 langkah" in note for note in capped.notes)
    impossible = scoring.path_to_goal(con, 2021, target=100, max_steps=10_000)
    assert not impossible.reached and impossible.max_iid < 100
    assert impossible.final_iid == pytest.approx(impossible.max_iid)
    with pytest.raises(ScoringError, match="antara 0 dan 100"):
        scoring.path_to_goal(con, 2022, target=120)


def test_plan_steps_describe_the_change_in_indonesian(small) -> None:
    data = YearData.from_levels(small, [[0, 3, 3]] * 11, [3, 3], names=[f"Inov {i}" for i in range(11)])
    plan = scoring.plan(data, target=99)  # only indicator a (weight 1) is missing anywhere
    step = plan.steps.iloc[0]
    assert step["kind"] == "sid" and step["indicator_code"] == "a" and step["mandatory"]
    assert step["description"].startswith("Naikkan bukti 'Indikator A' pada inovasi 'Inov")
    assert "dari tingkat 0 ke" in step["description"]


def test_plan_mentions_innovations_as_a_lever(small) -> None:
    data = YearData.from_levels(small, [[1, 1, 1]] * 5, [0, 0])
    notes = " ".join(scoring.plan(data, target=90).notes)
    assert "Baru 5 inovasi (kurang dari 10)" in notes
    assert "Menambah 5 inovasi lagi" in notes  # the next count step is at 10


# --- estimates from the database -----------------------------------------------------------------


def test_2022_sample_estimate_is_in_the_fifties(con) -> None:
    est = scoring.estimate(con, 2022)
    assert 50 <= est.iid < 60
    assert est.predicate == "Inovatif" and est.is_sample
    assert est.method_year == 2023 and est.method_path == "analytics/methods/iid_2023.toml"
    assert any("asumsi" in part for part in est.reconstructed)


def test_estimate_matches_an_independent_computation(con) -> None:
    """Recompute from mart_innovation_evidence (the full cross join) with plain pandas."""
    m = M2023
    weights = {i.code: i.weight for i in m.sid_indicators}
    spd_weights = {i.code: i.weight for i in m.spd_indicators}
    for year in scoring.available_years(con):
        ev = db.query_sql(con, "select * from mart_innovation_evidence where year = $year", year=year)
        spd = db.query_sql(con, "select * from spd_evidence where year = $year", year=year)
        n = ev["innovation_id"].nunique()
        sid = (ev["level"] * ev["indicator_code"].map(weights)).sum() / max(10, n)
        spd_score = (spd["level"] * spd["indicator_code"].map(spd_weights)).sum()
        expected = (spd_score + sid + m.count_score(n)) / 250 * 100
        est = scoring.estimate(con, year)
        assert est.n_innovations == n
        assert est.iid == pytest.approx(expected), year


def test_estimate_years_and_to_dict(con) -> None:
    ests = scoring.estimate_years(con)
    assert [e.year for e in ests] == scoring.available_years(con) == [2021, 2022, 2023, 2024, 2025]
    for e in ests:
        d = e.to_dict()
        assert {"year", "iid", "predicate", "spd", "sid_maturity", "count_score", "max_total"} <= d.keys()
        assert {"n_innovations", "method", "reconstructed", "is_sample"} <= d.keys()
        assert d["kind"] == "perkiraan" and d["method"]["year"] == 2023
        assert d["iid"] == pytest.approx(
            (d["spd"] + d["sid_maturity"] + d["count_score"]) / d["max_total"] * 100
        )
        json.dumps(d)


def test_unknown_year_is_a_clear_error(con) -> None:
    with pytest.raises(ScoringError, match=r"Tidak ada data untuk tahun penilaian 1999\..*2021, 2022"):
        scoring.estimate(con, 1999)


def test_another_method_for_the_same_data(con) -> None:
    m2026 = method_for_year(2026)
    e23 = scoring.estimate(con, 2021)
    e26 = scoring.estimate(con, 2021, method=m2026)
    # 57 innovations: MAX(14, n) = MAX(10, n) = n, so only the bands differ
    assert e26.iid == pytest.approx(e23.iid) and e26.method_year == 2026
    assert e26.predicate == m2026.predicate(e26.iid)


def test_official_result_stays_separate(con) -> None:
    assert scoring.official_result(con, 2022)["score"] == 58.11
    assert scoring.official_result(con, 2023) is None  # never invented


# --- points lost and evidence gaps ---------------------------------------------------------------


def test_points_lost_add_up(con) -> None:
    est = scoring.estimate(con, 2022)
    n = est.n_innovations
    by_ind = scoring.points_lost_by_indicator(con, 2022)
    by_opd = scoring.points_lost_by_opd(con, 2022)
    expected_lost_iid = (M2023.max_maturity * n / max(10, n) - est.sid_maturity) / 250 * 100
    assert by_ind["lost_iid_points"].sum() == pytest.approx(expected_lost_iid)
    assert by_opd["lost_iid_points"].sum() == pytest.approx(expected_lost_iid)
    assert by_opd["n_innovations"].sum() == n
    assert (by_ind["lost"] == by_ind["max_points"] - by_ind["achieved"]).all()
    assert list(by_ind["lost_iid_points"]) == sorted(by_ind["lost_iid_points"], reverse=True)
    assert {"indicator_code", "indicator_name", "mandatory", "max_points", "achieved", "lost"} <= set(by_ind)
    assert {"opd_id", "opd_name", "n_innovations", "lost", "lost_iid_points"} <= set(by_opd)
    # with SPD the lost points of the whole index are accounted for: estimate + lost + count gap = 100
    full = scoring.points_lost_by_indicator(con, 2022, include_spd=True)
    count_gap = (M2023.count_max - est.count_score) / 250 * 100
    assert est.iid + full["lost_iid_points"].sum() + count_gap == pytest.approx(100)


def test_evidence_gaps_are_the_missing_mandatory_evidence(con) -> None:
    gaps = scoring.evidence_gaps(con, 2022)
    expected = db.query_sql(
        con,
        "select innovation_id, indicator_code from mart_innovation_evidence "
        "where year = $year and mandatory and level = 0",
        year=2022,
    )
    assert len(gaps) == len(expected) > 0
    assert set(zip(gaps["innovation_id"], gaps["indicator_code"], strict=True)) == set(
        zip(expected["innovation_id"], expected["indicator_code"], strict=True)
    )
    assert list(gaps["rank"]) == list(range(1, len(gaps) + 1))
    assert list(gaps["points_at_risk"]) == sorted(gaps["points_at_risk"], reverse=True)
    n = scoring.estimate(con, 2022).n_innovations
    kualitas = gaps[gaps["indicator_code"] == "kualitas"]
    if len(kualitas):
        assert kualitas["points_at_risk"].iloc[0] == pytest.approx(4 * 3 / max(10, n) / 250 * 100)
    by_opd = scoring.evidence_gaps_by_opd(con, 2022)
    by_inn = scoring.evidence_gaps_by_innovation(con, 2022)
    assert by_opd["points_at_risk"].sum() == pytest.approx(gaps["points_at_risk"].sum())
    assert by_inn["n_missing"].sum() == by_opd["n_missing"].sum() == len(gaps)
    assert list(by_opd["points_at_risk"]) == sorted(by_opd["points_at_risk"], reverse=True)


# --- what-if and a new innovation ----------------------------------------------------------------


def test_apply_changes_is_exact_and_writes_nothing(con) -> None:
    data = scoring.load_year(con, 2022)
    before = scoring.estimate(con, 2022)
    j = list(M2023.sid_codes).index("kualitas")
    row = int(np.argmin(data.levels[:, j]))
    iid_ = int(data.innovation_id[row])
    old = int(data.levels[row, j])
    est = scoring.apply_changes(con, 2022, {(iid_, "kualitas"): 3}, {"ipm": 3})
    spd_j = list(M2023.spd_codes).index("ipm")
    gain = 4 * (3 - old) / max(10, data.n) + 1 * (3 - int(data.spd_levels[spd_j]))
    assert est.iid == pytest.approx(before.iid + gain / 250 * 100)
    assert scoring.estimate(con, 2022) == before  # nothing was written
    lowered = scoring.apply_changes(con, 2022, {(iid_, "kualitas"): 0})
    assert lowered.iid <= before.iid


FIRST = "first innovation of the year"


@pytest.mark.parametrize(
    ("sid", "spd", "message"),
    [
        ({(999_999, "kualitas"): 3}, None, "id 999999"),
        ({(FIRST, "tidak_ada"): 3}, None, "SID 'tidak_ada'"),
        ({(FIRST, "kualitas"): -1}, None, "di luar rentang 0–3"),
        (None, {"tidak_ada": 3}, "SPD 'tidak_ada'"),
        (None, {"ipm": 4}, "di luar rentang 0–3"),
        (None, {"ipm": 2.5}, "di luar rentang 0–3"),
    ],
)
def test_apply_changes_rejects_bad_input(con, sid, spd, message) -> None:
    first = int(scoring.load_year(con, 2022).innovation_id[0])
    sid = {(first if i == FIRST else i, code): lv for (i, code), lv in (sid or {}).items()}
    with pytest.raises(ScoringError, match=message):
        scoring.apply_changes(con, 2022, sid, spd)


def test_new_innovation_effect(con, small) -> None:
    effect = scoring.new_innovation_effect(con, 2022, maturity=20)
    # 72 -> 73 innovations stays on the same count step (60..79), so only the average moves
    assert effect.delta_count == 0 and effect.lowers and effect.delta_iid < 0
    assert "menurunkan IID perkiraan" in effect.warning
    assert effect.break_even_maturity == pytest.approx(effect.average_maturity)
    good = scoring.new_innovation_effect(con, 2022, maturity=100)
    assert not good.lowers and good.warning is None and good.delta_iid > 0
    # small method: 10 -> 11 innovations gains a count step (5 -> 6) that outweighs a weak innovation
    data = YearData.from_levels(small, [[1, 2, 1]] * 10, [0, 0])
    weak = scoring.innovation_effect(data, maturity=0)
    assert weak.delta_count == 1 and weak.delta_sid < 0
    assert weak.delta_iid == pytest.approx((80 / 11 - 8 + 1) / 33 * 100)  # SID 8 -> 80/11, count +1
    assert weak.break_even_maturity == 0 and not weak.lowers  # any innovation helps here
    # 11 -> 12 innovations: no count step, so the break-even maturity is the average (98 / 11)
    data = YearData.from_levels(small, [[1, 2, 1]] * 10 + [[3, 3, 3]], [0, 0])
    assert scoring.innovation_effect(data, 8).break_even_maturity == pytest.approx(98 / 11)
    at_break_even = scoring.innovation_effect(data, 98 / 11)
    assert at_break_even.delta_iid == pytest.approx(0, abs=1e-9)
    assert scoring.innovation_effect(data, 8).lowers
    with pytest.raises(ScoringError):
        scoring.innovation_effect(data, maturity=19)


def test_year_data_can_be_pickled_for_caching(con) -> None:
    import pickle

    data = scoring.load_year(con, 2022)
    again = pickle.loads(pickle.dumps(data))
    assert scoring.estimate_data(again) == scoring.estimate_data(data)


# --- the CLI -------------------------------------------------------------------------------------


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analytics", "score", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_score_json(built_db: Path) -> None:
    result = run("--year", "2022", "--db", str(built_db), "--json")
    assert result.returncode == 0, result.stderr
    d = json.loads(result.stdout)
    needed = {"year", "iid", "predicate", "spd", "sid_maturity", "count_score", "max_total", "n_innovations"}
    assert needed | {"method"} <= d.keys()
    assert d["iid"] == pytest.approx((d["spd"] + d["sid_maturity"] + d["count_score"]) / d["max_total"] * 100)
    assert 50 <= d["iid"] < 60 and d["year"] == 2022
    assert d["method"]["file"].endswith("iid_2023.toml") and d["kind"] == "perkiraan"
    assert d["official"]["score"] == 58.11


def test_cli_score_text_says_estimate_method_and_reconstructed(built_db: Path) -> None:
    result = run("--year", "2022", "--db", str(built_db), "--target", "60,01")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "PERKIRAAN" in out and "data contoh" in out
    assert "iid_2023.toml" in out and "(rekonstruksi)" in out and "(asumsi)" in out
    assert "Hasil resmi 2022: 58,11" in out
    assert "Jalan menuju 60,01" in out


def test_cli_score_with_plan_json(built_db: Path) -> None:
    result = run("--year", "2022", "--db", str(built_db), "--json", "--target", "60.01")
    plan = json.loads(result.stdout)["plan"]
    assert plan["reached"] and plan["final_iid"] >= 60.01 and plan["n_steps"] == len(plan["steps"])


def test_cli_score_method_file(built_db: Path, tmp_path: Path) -> None:
    method = ROOT / "analytics/methods/iid_2026.toml"
    result = run("--year", "2022", "--db", str(built_db), "--json", "--method", str(method))
    assert json.loads(result.stdout)["method"]["year"] == 2026


@pytest.mark.parametrize("case", ["year", "method", "syntax"])
def test_cli_score_errors_exit_2(built_db: Path, tmp_path: Path, case: str) -> None:
    args = ["--year", "2022", "--db", str(built_db)]
    if case == "year":
        args[1] = "2030"
        expected = "2030"
    elif case == "method":
        args += ["--method", str(tmp_path / "iid_2099.toml")]
        expected = "iid_2099.toml"
    else:
        bad = write_method(tmp_path, SMALL_METHOD.replace("max_maturity = 18", "max_maturity = 17"))
        args += ["--method", str(bad)]
        expected = "iid_2030.toml: sid.max_maturity"
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("Galat:") and expected in result.stderr
    assert "Traceback" not in result.stderr


def test_sid_levels_frame_is_the_method_order(con) -> None:
    data = scoring.load_year(con, 2022)
    assert data.levels.shape == (data.n, len(M2023.sid_codes))
    stored = db.query_sql(
        con,
        "select e.innovation_id, e.indicator_code, e.level from innovation_evidence e "
        "join innovation i using (innovation_id) where i.year = $year",
        year=2022,
    )
    frame = pd.DataFrame(data.levels, index=data.innovation_id, columns=list(M2023.sid_codes))
    for r in stored.itertuples(index=False):
        assert frame.loc[r.innovation_id, r.indicator_code] == r.level
