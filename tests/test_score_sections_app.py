"""AppTest of the estimate sections of Progres Skor (ui/score_sections.py, issue 4).

The sections run in a tiny script that only calls `score_sections.render(year)`, so these tests
do not depend on the rest of the page; the last test runs the real Progres Skor page through the
dashboard entry. Expected figures come from the scoring engine on the same session database,
never from hard-coded numbers.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from analytics import scoring, tables
from analytics.safe import md
from analytics.text import fmt_score, source_label, t
from tests.app_helpers import open_tab
from ui import score_sections

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60


def _sections_app() -> None:
    import streamlit as st

    from ui import score_sections

    score_sections.render(st.session_state.get("test_year"), scope=st.session_state.get("test_scope"))


def _app(year: int | None, scope: str | None = None) -> AppTest:
    at = AppTest.from_function(_sections_app, default_timeout=TIMEOUT)
    at.session_state["test_year"] = year
    at.session_state["test_scope"] = scope
    return at


@pytest.fixture(scope="module")
def con(built_db: Path):
    c = duckdb.connect(str(built_db), read_only=True)
    yield c
    c.close()


def _metric(at: AppTest, label: str) -> str:
    values = [m.value for m in at.metric if m.label == label]
    assert values, f"no metric '{label}' in {[m.label for m in at.metric]}"
    return values[0]


def _texts(at: AppTest) -> str:
    parts = [e.value for e in at.markdown] + [e.value for e in at.caption]
    parts += [e.value for e in at.success] + [e.value for e in at.warning] + [e.value for e in at.info]
    return "\n".join(str(p) for p in parts)


def _year_below_target(con) -> int:
    for year in scoring.available_years(con):
        if scoring.estimate(con, year).iid < scoring.DEFAULT_TARGET:
            return year
    pytest.fail("the sample data has no year below 60,01; the path tests need one")


def test_estimate_labelled_with_method_and_official_beside(env_db, con) -> None:
    year = next(y for y in scoring.available_years(con) if scoring.official_result(con, y) is not None)
    est = scoring.estimate(con, year)
    official = scoring.official_result(con, year)
    at = _app(year).run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metric(at, t("scoresim.kpi.estimate", year=year)) == fmt_score(est.iid)
    assert _metric(at, t("scoresim.kpi.official", year=year)) == fmt_score(official["score"])
    text = _texts(at)
    assert t("scoresim.kpi.official_source", source=md(source_label(official["source"]))) in text
    assert t("scoresim.intro", method_year=est.method_year) in text
    # the reconstructed parts of the method, every one of them, in the expander
    expander = at.expander[0]
    assert expander.label == t("scoresim.reconstructed.title", n=len(est.reconstructed))
    listed = "\n".join(m.value for m in expander.markdown)
    assert est.reconstructed and all(part in listed for part in est.reconstructed)
    # badges: "perkiraan" always, "data contoh" because the session database holds sample data
    assert est.is_sample
    assert t("estimate.label") in text and t("sample.badge") in text


def test_year_without_official_result_says_so(env_db, con) -> None:
    year = next((y for y in scoring.available_years(con) if scoring.official_result(con, y) is None), None)
    if year is None:
        pytest.fail("the sample data should have a year without a published result")
    at = _app(year).run()
    assert not at.exception
    assert _metric(at, t("scoresim.kpi.official", year=year)) == "–"
    assert t("scoresim.kpi.official_none", year=year) in _texts(at)


def test_path_lists_steps_and_reaches_default_target(env_db, con) -> None:
    year = _year_below_target(con)
    plan = scoring.path_to_goal(con, year, scoring.DEFAULT_TARGET)
    assert plan.n_steps > 0 and plan.reached
    at = _app(year).run()
    assert not at.exception
    assert at.text_input(key=score_sections.TARGET_KEY).value == fmt_score(scoring.DEFAULT_TARGET)
    assert _metric(at, t("scoresim.path.kpi_start")) == fmt_score(plan.start_iid)
    assert _metric(at, t("scoresim.path.kpi_end", n=plan.n_steps)) == fmt_score(plan.final_iid)
    text = _texts(at)
    first = plan.steps.iloc[0]
    assert f"1. {md(first['description'])}: **+{fmt_score(first['gain_iid'])} poin**" in text
    assert (
        t(
            "scoresim.path.reached",
            target=fmt_score(scoring.DEFAULT_TARGET),
            n=plan.n_steps,
            start=fmt_score(plan.start_iid),
            final=fmt_score(plan.final_iid),
        )
        in text
    )
    # the table behind the chart holds every step
    tables = [d.value for d in at.dataframe]
    plan_table = next(df for df in tables if t("scoresim.col.action") in df.columns)
    assert len(plan_table) == plan.n_steps


def test_typing_a_target_changes_the_plan(env_db, con) -> None:
    year = _year_below_target(con)
    at = _app(year).run()
    before = scoring.path_to_goal(con, year, scoring.DEFAULT_TARGET)
    higher = round(before.start_iid + 15, 2)
    after = scoring.path_to_goal(con, year, higher)
    assert after.n_steps > before.n_steps
    at.text_input(key=score_sections.TARGET_KEY).input(fmt_score(higher)).run()
    assert not at.exception
    assert _metric(at, t("scoresim.path.kpi_end", n=after.n_steps)) == fmt_score(after.final_iid)
    # a target below today's estimate needs no step
    lower = round(before.start_iid - 1, 2)
    at.text_input(key=score_sections.TARGET_KEY).input(fmt_score(lower)).run()
    # "after 0 steps" says nothing: the card says no further step is needed
    labels = [m.label for m in at.metric]
    assert t("scoresim.path.kpi_end_none") in labels and t("scoresim.path.kpi_end", n=0) not in labels
    assert _metric(at, t("scoresim.path.kpi_end_none")) == fmt_score(before.start_iid)
    already = t("scoresim.path.already", target=fmt_score(lower), start=fmt_score(before.start_iid))
    assert already in [s.value for s in at.success]


def test_unreachable_target_warns(env_db, con) -> None:
    year = _year_below_target(con)
    at = _app(year).run()
    at.text_input(key=score_sections.TARGET_KEY).input(fmt_score(100.0)).run()
    plan = scoring.path_to_goal(con, year, 100.0)
    assert not plan.reached
    warnings = [w.value for w in at.warning]
    assert (
        t(
            "scoresim.path.not_reached",
            target=fmt_score(100.0),
            final=fmt_score(plan.final_iid),
            best=fmt_score(plan.max_iid),
        )
        in warnings
    )


def test_evidence_gaps_ranked_per_opd_and_innovation(env_db, con) -> None:
    year = _year_below_target(con)
    by_opd = scoring.evidence_gaps_by_opd(con, year)
    by_innovation = scoring.evidence_gaps_by_innovation(con, year)
    assert not by_opd.empty
    at = _app(year).run()
    assert _metric(at, t("scoresim.gaps.kpi_missing")) == str(len(scoring.evidence_gaps(con, year)))
    opd_table = next(
        df
        for df in (d.value for d in at.dataframe)
        if t("scoresim.col.innovation") not in df.columns and t("scoresim.col.opd") in df.columns
    )
    # the per-innovation tab is built only when opened
    open_tab(at, score_sections.PREFIX + "gaps_tabs", t("scoresim.gaps.by_innovation"))
    innovation_table = next(
        df for df in (d.value for d in at.dataframe) if t("scoresim.col.missing") in df.columns
    )
    assert list(opd_table[t("scoresim.col.opd")]) == list(by_opd["opd_name"])
    assert list(innovation_table[t("scoresim.col.innovation")]) == list(by_innovation["innovation_name"])
    # ranked: points at risk never rise down the table
    risk = by_opd["points_at_risk"].to_numpy()
    assert (risk[:-1] >= risk[1:]).all()
    assert opd_table[t("scoresim.col.points_at_risk")].iloc[0] == fmt_score(risk[0])


def test_whatif_level_change_updates_estimate_without_writing(env_db, con, built_db) -> None:
    year = _year_below_target(con)
    yd = scoring.load_year(con, year)
    before = scoring.estimate_data(yd)
    at = _app(year).run()
    innovation = at.selectbox(key=score_sections.INNOVATION_KEY).value
    code = at.selectbox(key=score_sections.SID_INDICATOR_KEY).value
    row = list(yd.innovation_id).index(innovation)
    stored = int(yd.levels[row, list(yd.method.sid_codes).index(code)])
    new_level = 3 if stored != 3 else 0
    expected = scoring.estimate_data(scoring.with_changes(yd, {(innovation, code): new_level}))
    assert expected.iid != pytest.approx(before.iid)
    mtime = built_db.stat().st_mtime_ns

    radio = next(r for r in at.radio if r.key and r.key.startswith(score_sections.LEVEL_KEY))
    radio.set_value(new_level).run()
    assert not at.exception
    assert _metric(at, t("scoresim.whatif.kpi_after")) == fmt_score(expected.iid)
    assert _metric(at, t("scoresim.whatif.kpi_before")) == fmt_score(before.iid)
    assert t("scoresim.whatif.changes", n=1) in [e.label for e in at.expander]

    # the scenario survives choosing another indicator, and adds up
    other = next(c for c in yd.method.sid_codes if c != code)
    at.selectbox(key=score_sections.SID_INDICATOR_KEY).set_value(other).run()
    other_stored = int(yd.levels[row, list(yd.method.sid_codes).index(other)])
    other_level = 3 if other_stored != 3 else 0
    radio = next(r for r in at.radio if r.key and r.key.startswith(score_sections.LEVEL_KEY))
    radio.set_value(other_level).run()
    both = scoring.estimate_data(
        scoring.with_changes(yd, {(innovation, code): new_level, (innovation, other): other_level})
    )
    assert _metric(at, t("scoresim.whatif.kpi_after")) == fmt_score(both.iid)

    # reset: back to the stored data
    at.button(key=score_sections.PREFIX + "reset").click().run()
    assert _metric(at, t("scoresim.whatif.kpi_after")) == fmt_score(before.iid)
    assert built_db.stat().st_mtime_ns == mtime  # nothing written


def test_whatif_spd_indicator(env_db, con) -> None:
    year = _year_below_target(con)
    yd = scoring.load_year(con, year)
    at = _app(year).run()
    at.segmented_control(key=score_sections.ASPECT_KEY).set_value(score_sections.SPD).run()
    code = at.selectbox(key=score_sections.SPD_INDICATOR_KEY).value
    stored = int(yd.spd_levels[list(yd.method.spd_codes).index(code)])
    new_level = 3 if stored != 3 else 0
    expected = scoring.estimate_data(scoring.with_changes(yd, spd_changes={code: new_level}))
    radio = next(r for r in at.radio if r.key and r.key.startswith(score_sections.LEVEL_KEY))
    radio.set_value(new_level).run()
    assert not at.exception
    assert _metric(at, t("scoresim.whatif.kpi_after")) == fmt_score(expected.iid)


def test_plan_loaded_into_simulator_reaches_target(env_db, con) -> None:
    year = _year_below_target(con)
    plan = scoring.path_to_goal(con, year, scoring.DEFAULT_TARGET)
    at = _app(year).run()
    at.button(key=score_sections.PREFIX + "load_plan").click().run()
    assert not at.exception
    after = _metric(at, t("scoresim.whatif.kpi_after"))
    assert after == fmt_score(plan.final_iid)
    assert float(after.replace(",", ".")) >= scoring.DEFAULT_TARGET
    assert t("scoresim.whatif.changes", n=plan.n_steps) in [e.label for e in at.expander]


def test_new_innovation_below_average_warns(env_db, con) -> None:
    year = _year_below_target(con)
    yd = scoring.load_year(con, year)
    at = _app(year).run()
    low = scoring.innovation_effect(yd, 0.0)
    assert low.lowers
    at.slider(key=score_sections.MATURITY_KEY).set_value(0).run()
    assert low.warning in [w.value for w in at.warning]
    high = scoring.innovation_effect(yd, float(yd.method.max_maturity))
    at.slider(key=score_sections.MATURITY_KEY).set_value(int(yd.method.max_maturity)).run()
    assert not high.lowers
    assert low.warning not in [w.value for w in at.warning]
    assert _metric(at, t("scoresim.new.kpi")) == fmt_score(high.iid_after)


def test_scope_note_and_missing_year(env_db, con) -> None:
    year = scoring.available_years(con)[0]
    at = _app(year, scope="Dinas Kesehatan").run()
    assert t("scoresim.scope_note", year=year, scope="Dinas Kesehatan", daerah="Kabupaten Pati") in _texts(at)
    at = _app(None).run()
    assert not at.exception and t("scoresim.no_year") in _texts(at)
    at = _app(1999).run()  # no evidence that year: the engine's message, not an exception
    assert not at.exception and any("1999" in i.value for i in at.info)


def test_table_builders_are_plain_and_indonesian(con) -> None:
    year = _year_below_target(con)
    plan = scoring.path_to_goal(con, year, scoring.DEFAULT_TARGET)
    table = tables.table_plan(plan.steps)
    assert len(table) == plan.n_steps
    assert all("," in v and "." not in v for v in table[t("scoresim.col.after")])
    lines = tables.plan_step_lines(plan.steps, 2)
    assert len(lines) == min(2, plan.n_steps) and lines[0].startswith("1. ")
    empty = tables.table_gaps_by_opd(
        pd.DataFrame(columns=["opd_name", "n_innovations", "n_missing", "points_at_risk"])
    )
    assert empty.empty


def test_progres_skor_page_renders_the_sections(env_db, con) -> None:
    """The real page (dashboard entry, sidebar filters) ends with the estimate sections."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=TIMEOUT)
    at.run()
    at.switch_page("pages/progres_skor.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert t("scoresim.title") in [h.value for h in at.subheader]
    year = at.session_state["tahun"]
    assert t("scoresim.kpi.estimate", year=year) in [m.label for m in at.metric]


def test_figure_plan_steps_and_gaps(con) -> None:
    """The two chart builders of these sections: bars carry Indonesian numbers, sample is marked."""
    from analytics import charts

    year = _year_below_target(con)
    yd = scoring.load_year(con, year)
    plan = scoring.plan(yd)
    fig = charts.figure_plan_steps(plan.steps, plan.start_iid, scoring.DEFAULT_TARGET, sample=True)
    waterfall = fig.data[0]
    assert list(waterfall.measure) == ["absolute", *["relative"] * plan.n_steps, "total"]
    assert waterfall.text[0] == fmt_score(plan.start_iid)
    assert waterfall.text[-1] == fmt_score(plan.final_iid)
    assert all(s.startswith("+") and "," in s for s in waterfall.text[1:-1])
    assert fig.layout.yaxis.range[1] > scoring.DEFAULT_TARGET  # the target line is on the chart
    texts = [a.text for a in fig.layout.annotations]
    assert any(t("sample.badge") in a for a in texts)

    by_opd = scoring.gaps_by_opd(yd)
    fig = charts.figure_evidence_gaps(by_opd, sample=False, top=5)
    bars = fig.data[0]
    assert len(bars.x) == min(5, len(by_opd))
    assert list(bars.customdata) == list(by_opd["opd_name"].head(5))
    names = [a.text for a in fig.layout.annotations]
    assert names == list(by_opd["opd_name"].head(5)) and t("sample.badge") not in " ".join(names)
    empty = charts.figure_evidence_gaps(by_opd.head(0))
    assert not empty.data and empty.layout.annotations[0].text == t("chart.empty")


def test_scenario_lines_in_method_order(con) -> None:
    year = _year_below_target(con)
    yd = scoring.load_year(con, year)
    m = yd.method
    first, second = int(yd.innovation_id[0]), int(yd.innovation_id[1])
    last_code, first_code = m.sid_codes[-1], m.sid_codes[0]
    spd_code = m.spd_codes[0]
    lines = tables.scenario_lines(
        yd, {(second, first_code): 3, (first, last_code): 2}, {spd_code: int(yd.spd_levels[0]) % 3 + 1}
    )
    assert len(lines) == 3
    # SID first, in the order of the innovations, then SPD
    # names are escaped for st.markdown (analytics.safe.md)
    assert md(yd.innovation_name[0]) in lines[0] and md(m.sid_indicators[-1].name) in lines[0]
    assert lines[0].endswith("→ 2")
    assert md(yd.innovation_name[1]) in lines[1] and md(m.sid_indicators[0].name) in lines[1]
    assert md(m.spd_indicators[0].name) in lines[2]
    assert tables.scenario_lines(yd, {}, {}) == []
