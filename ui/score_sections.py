"""The estimate sections of the Progres Skor page: the index estimate, the path to a target, the
evidence gaps and the what-if simulator (issue 4).

Over 500 lines on purpose: the four sections share their widgets' state (the target, the
what-if level) and the cached engine inputs; each section is one function.

The page only calls `render(year)`. Everything numeric comes from the scoring engine
(`analytics.scoring`); this module reads widgets, caches the engine's inputs and draws. Every
figure shown here is an estimate ("perkiraan"), says which method year made it and lists the
reconstructed parts of that method; the official result of the year stays beside it with its
source, and sample inputs are labelled "data contoh".

Speed: a year's evidence is loaded once per database version and the plan once per target (cached
in `ui.data`, the one door for cached reads; the engine's `YearData` is picklable); what-if changes
are applied to the cached data in memory (`scoring.with_changes`, well under a millisecond), so a
click reruns quickly and nothing is ever written to the database. The scenario lives in
`st.session_state`, per year.

The tables and sentences behind these sections are plain pandas in `analytics.tables`.
"""

from __future__ import annotations

import numpy as np
import streamlit as st

from analytics import charts, progress, scoring, tables
from analytics.methods import MethodError
from analytics.safe import md
from analytics.text import MISSING, fmt_number, fmt_score, fmt_signed, source_label, t
from ui import components, data
from ui.figures import later

# Widget and state keys of this module (one prefix, so no other section can clash with them).
PREFIX = "scoresim_"
TARGET_KEY = "target"  # bound to the URL (?target=62%2C5): a shared link shows the same plan
ASPECT_KEY = PREFIX + "aspect"
INNOVATION_KEY = PREFIX + "innovation"
SID_INDICATOR_KEY = PREFIX + "sid_indicator"
SPD_INDICATOR_KEY = PREFIX + "spd_indicator"
LEVEL_KEY = PREFIX + "level"
MATURITY_KEY = PREFIX + "new_maturity"
SID, SPD = "sid", "spd"
ASPECT_TEXT = {SID: "scoresim.whatif.aspect.sid", SPD: "scoresim.whatif.aspect.spd"}
# How many plan steps the numbered list on screen spells out; the table holds all of them.
LIST_STEPS = 10
# How many OPD / innovations the gap charts draw (largest first); their tables list all.
GAP_CHART_ROWS = 15


def default_target(year: int) -> float:
    """The goal of the year from target.csv (`progress.goal_for_year`)."""
    return progress.goal_for_year(data.query("yearly_targets"), year).score


# ---------------------------------------------------------------------------------------------
# The what-if scenario in session state


def _scenario_key(year: int) -> str:
    return f"{PREFIX}scenario_{year}"


def scenario(year: int) -> dict[str, dict]:
    """The what-if changes of a year: {"sid": {(innovation_id, code): level}, "spd": {code: level}}."""
    return st.session_state.setdefault(_scenario_key(year), {SID: {}, SPD: {}})


def _forget_level_widgets() -> None:
    # the level radio keeps its own state; after the scenario is replaced it must show the new level
    for key in [k for k in st.session_state if str(k).startswith(LEVEL_KEY)]:
        del st.session_state[key]


def _reset_scenario(year: int) -> None:
    st.session_state[_scenario_key(year)] = {SID: {}, SPD: {}}
    _forget_level_widgets()


def _load_plan(year: int, sid_changes: dict, spd_changes: dict) -> None:
    st.session_state[_scenario_key(year)] = {SID: dict(sid_changes), SPD: dict(spd_changes)}
    _forget_level_widgets()


# ---------------------------------------------------------------------------------------------
# Sections


def render(year: int | None, *, scope: str | None = None) -> None:
    """Draw the estimate, the path to a target, the evidence gaps and the simulator for `year`.

    `scope` is the filter narrowing in words (filters.Filters.describe()); the estimate always
    covers the whole regency, so a narrowed view gets a note saying the filters do not apply here.
    """
    st.divider()
    st.subheader(t("scoresim.title"), anchor=False)
    if year is None:
        st.info(t("scoresim.no_year"))
        return
    try:
        yd = data.year_data(year)
    except scoring.ScoringError as exc:
        st.info(str(exc))
        return
    except MethodError as exc:
        st.error(str(exc))
        return
    if scope:
        st.caption(t("scoresim.scope_note", year=year, scope=md(scope)))

    est = scoring.estimate_data(yd)
    render_estimate(yd, est)
    render_path(yd, est)
    render_gaps(yd)
    render_whatif(yd, est)


def _badges(is_sample: bool) -> None:
    with st.container(horizontal=True, gap="small"):
        st.badge(t("estimate.label"), icon=":material/calculate:", color="orange")
        components.sample_badge(is_sample)


def render_estimate(yd: scoring.YearData, est: scoring.Estimate) -> None:
    """The estimate of the year beside the official result, and the method behind it."""
    m = yd.method
    official = data.official_result(yd.year)
    _badges(est.is_sample)
    st.markdown(t("scoresim.intro", method_year=est.method_year))
    cols = st.columns(2, border=True)
    with cols[0]:
        st.metric(
            t("scoresim.kpi.estimate", year=yd.year),
            fmt_score(est.iid),
            help=t("scoresim.kpi.estimate_help", method=est.method_name, path=est.method_path),
        )
        st.markdown(t("scoresim.kpi.predicate", predicate=md(est.predicate)))
        st.caption(
            t(
                "scoresim.kpi.parts",
                spd=fmt_number(est.spd, 1),
                spd_max=fmt_number(m.spd_max),
                sid=fmt_number(est.sid_maturity, 1),
                sid_max=fmt_number(m.max_maturity),
                count=fmt_number(est.count_score),
                count_max=fmt_number(m.count_max),
                n=fmt_number(est.n_innovations),
            )
        )
        st.caption(t("scoresim.kpi.method", method_year=est.method_year, name=est.method_name))
    with cols[1]:
        if official is None:
            st.metric(t("scoresim.kpi.official", year=yd.year), MISSING)
            st.caption(t("scoresim.kpi.official_none", year=yd.year))
        else:
            st.metric(
                t("scoresim.kpi.official", year=yd.year),
                fmt_score(official["score"]),
                delta=components.delta(est.iid - official["score"], 2),
                delta_color="off",
                delta_description=t("scoresim.kpi.official_delta"),
            )
            if official["predicate"]:
                st.markdown(t("scoresim.kpi.predicate_official", predicate=md(official["predicate"])))
            else:
                st.markdown(t("scoresim.kpi.predicate_derived", predicate=md(m.predicate(official["score"]))))
            st.caption(t("scoresim.kpi.official_source", source=md(source_label(official["source"]))))
    with st.expander(t("scoresim.reconstructed.title", n=len(est.reconstructed)), icon=":material/info:"):
        st.markdown(t("scoresim.reconstructed.intro"))
        st.markdown("\n".join(f"- {part}" for part in est.reconstructed))
        st.caption(t("scoresim.reconstructed.file", path=est.method_path, source=m.source))


@st.fragment
def render_path(yd: scoring.YearData, est: scoring.Estimate) -> None:
    """The fewest evidence improvements that lift the estimate to the target the user types.

    A fragment: typing a target reruns this section only, not the page's charts above it.
    """
    st.subheader(t("scoresim.path.title", year=yd.year), anchor=False)
    default = default_target(yd.year)
    bands = yd.method.bands  # the score scale of the method (0-100)
    top = max(bands, key=lambda b: b.min)  # the default's reason: where the highest predicate starts
    target = components.score_input(
        t("scoresim.path.target"),
        key=TARGET_KEY,
        default=default,
        low=min(b.min for b in bands),
        high=max(b.max for b in bands),
        help=t(
            "scoresim.path.target_help",
            default=fmt_score(default),
            band=top.name,
            band_min=fmt_score(top.min),
        ),
        messages=("scoresim.path.target_not_number", "scoresim.path.target_out_of_range"),
    )
    target = round(float(target), 2)
    plan = data.plan(yd.year, target)

    cols = st.columns(3, border=True)
    cols[0].metric(t("scoresim.path.kpi_start"), fmt_score(plan.start_iid))
    if plan.n_steps:
        cols[1].metric(
            t("scoresim.path.kpi_end", n=plan.n_steps),
            fmt_score(plan.final_iid),
            delta=components.delta(plan.final_iid - plan.start_iid, 2),
        )
    else:  # "after 0 steps" says nothing: no step is needed (or none can be taken)
        cols[1].metric(t("scoresim.path.kpi_end_none"), fmt_score(plan.final_iid))
    cols[2].metric(
        t("scoresim.path.kpi_target"),
        fmt_score(target),
        delta=t("scoresim.path.reached_short") if plan.reached else t("scoresim.path.not_reached_short"),
        delta_color="green" if plan.reached else "red",
        delta_arrow="off",
    )
    if plan.n_steps == 0 and plan.reached:
        st.success(t("scoresim.path.already", target=fmt_score(target), start=fmt_score(plan.start_iid)))
    elif plan.reached:
        st.success(
            t(
                "scoresim.path.reached",
                target=fmt_score(target),
                n=plan.n_steps,
                start=fmt_score(plan.start_iid),
                final=fmt_score(plan.final_iid),
            )
        )
    else:
        st.warning(
            t(
                "scoresim.path.not_reached",
                target=fmt_score(target),
                final=fmt_score(plan.final_iid),
                best=fmt_score(plan.max_iid),
            )
        )
    # "already reached" and "unreachable" are said above; the notes on adding innovations stay
    said = {
        t("score.plan.already", target=fmt_score(target)),
        t(
            "score.plan.unreachable",
            target=fmt_score(target),
            max=yd.method.level_max,
            best=fmt_score(plan.max_iid),
        ),
    }
    for note in plan.notes:
        if note not in said:
            st.caption(note)

    if plan.n_steps:
        st.markdown(t("scoresim.path.how"))
        lines = tables.plan_step_lines(plan.steps, LIST_STEPS)
        st.markdown("\n".join(lines))
        if plan.n_steps > LIST_STEPS:
            st.caption(t("scoresim.path.more", n=plan.n_steps - LIST_STEPS))
        components.chart_with_table(
            later(charts.figure_plan_steps, plan.steps, plan.start_iid, target, sample=yd.is_sample),
            later(tables.table_plan, plan.steps),
            key="scoresim_plan",
            file_name=f"rencana-perkiraan-{yd.year}",
            sample=yd.is_sample,
        )
        if st.button(
            t("scoresim.path.try"),
            icon=":material/science:",
            key=PREFIX + "load_plan",
            on_click=_load_plan,
            args=(yd.year, plan.sid_changes(), plan.spd_changes()),
            help=t("scoresim.path.try_help"),
        ):
            # the simulator is another fragment: rerun the page so it shows the loaded plan
            st.rerun()
    st.caption(t("scoresim.kpi.method", method_year=yd.method.year, name=yd.method.name))


def render_gaps(yd: scoring.YearData) -> None:
    """Missing mandatory evidence per OPD and per innovation, ranked by index points at risk."""
    st.subheader(t("scoresim.gaps.title", year=yd.year), anchor=False)
    m = yd.method
    mandatory = ", ".join(md(i.name) for i in m.sid_indicators if i.mandatory)
    st.caption(t("scoresim.gaps.caption", indicators=mandatory))
    gaps, by_opd, by_innovation = data.gap_frames(yd.year)
    if gaps.empty:
        st.success(t("scoresim.gaps.none", year=yd.year))
        return
    cols = st.columns(3, border=True)
    cols[0].metric(t("scoresim.gaps.kpi_missing"), fmt_number(len(gaps)))
    cols[1].metric(
        t("scoresim.gaps.kpi_innovations"),
        t("scoresim.gaps.n_of", n=fmt_number(len(by_innovation)), total=fmt_number(yd.n)),
    )
    cols[2].metric(
        t("scoresim.gaps.kpi_points"),
        fmt_score(gaps["points_at_risk"].sum()),
        help=t("scoresim.gaps.kpi_points_help"),
    )
    # only the open tab is built (switching reruns the page: the other one was never sent)
    opd_tab, innovation_tab = st.tabs(
        [t("scoresim.gaps.by_opd"), t("scoresim.gaps.by_innovation")],
        key=PREFIX + "gaps_tabs",
        on_change="rerun",
    )
    if opd_tab.open is not False:
        with opd_tab:
            _top_note(len(by_opd), "scoresim.gaps.top_opd")
            components.chart_with_table(
                later(
                    charts.figure_evidence_gaps,
                    by_opd,
                    label_column="opd_name",
                    sample=yd.is_sample,
                    top=GAP_CHART_ROWS,
                ),
                later(tables.table_gaps_by_opd, by_opd),
                key="scoresim_gaps_opd",
                file_name=f"bukti-wajib-belum-ada-per-opd-{yd.year}",
                sample=yd.is_sample,
            )
    if innovation_tab.open:
        with innovation_tab:
            _top_note(len(by_innovation), "scoresim.gaps.top_innovation")
            components.chart_with_table(
                later(
                    charts.figure_evidence_gaps,
                    by_innovation.assign(
                        label=[
                            t("scoresim.whatif.innovation_option", name=n, opd=o)
                            for n, o in zip(
                                by_innovation["innovation_name"], by_innovation["opd_name"], strict=True
                            )
                        ]
                    ),
                    label_column="label",
                    sample=yd.is_sample,
                    top=GAP_CHART_ROWS,
                ),
                later(tables.table_gaps_by_innovation, by_innovation),
                key="scoresim_gaps_innovation",
                file_name=f"bukti-wajib-belum-ada-per-inovasi-{yd.year}",
                sample=yd.is_sample,
            )
    st.caption(t("scoresim.gaps.estimate_note", method_year=m.year))


def _top_note(n: int, key: str) -> None:
    if n > GAP_CHART_ROWS:
        st.caption(t(key, top=GAP_CHART_ROWS, n=n))


def _innovation_label(yd: scoring.YearData) -> dict[int, str]:
    return {
        int(i): t("scoresim.whatif.innovation_option", name=name, opd=opd)
        for i, name, opd in zip(yd.innovation_id, yd.innovation_name, yd.opd_name, strict=True)
    }


def _level_label(level: int) -> str:
    return t("scoresim.whatif.level0") if level == 0 else str(level)


@st.fragment
def render_whatif(yd: scoring.YearData, est: scoring.Estimate) -> None:
    """Change evidence levels (in memory) and see the new estimate at once; and a new innovation.

    A fragment: a level change reruns this section only, so the new estimate shows at once.
    """
    m = yd.method
    st.subheader(t("scoresim.whatif.title"), anchor=False)
    st.caption(t("scoresim.whatif.caption"))
    changes = scenario(yd.year)

    aspect = st.segmented_control(
        t("scoresim.whatif.aspect"),
        (SID, SPD),
        default=SID,
        required=True,
        format_func=lambda a: t(ASPECT_TEXT[a]),
        key=ASPECT_KEY,
    )
    levels = list(range(m.level_min, m.level_max + 1))
    # side by side on a projector; Streamlit stacks the columns on a phone
    pick = st.columns(2)
    if aspect == SPD:
        codes = list(m.spd_codes)
        names = {
            i.code: t("scoresim.whatif.indicator_option", name=i.name, weight=i.weight)
            for i in m.spd_indicators
        }
        code = pick[0].selectbox(
            t("scoresim.whatif.indicator"), codes, format_func=names.__getitem__, key=SPD_INDICATOR_KEY
        )
        stored = int(yd.spd_levels[codes.index(code)])
        current = changes[SPD].get(code, stored)
        level_key = f"{LEVEL_KEY}_{yd.year}_spd_{code}"
    else:
        labels = _innovation_label(yd)
        ids = sorted(labels, key=lambda i: labels[i].casefold())
        innovation = pick[0].selectbox(
            t("scoresim.whatif.innovation"), ids, format_func=labels.__getitem__, key=INNOVATION_KEY
        )
        codes = list(m.sid_codes)
        names = {
            i.code: t(
                "scoresim.whatif.indicator_option_mandatory"
                if i.mandatory
                else "scoresim.whatif.indicator_option",
                name=i.name,
                weight=i.weight,
            )
            for i in m.sid_indicators
        }
        code = pick[1].selectbox(
            t("scoresim.whatif.indicator"), codes, format_func=names.__getitem__, key=SID_INDICATOR_KEY
        )
        row = int(list(yd.innovation_id).index(innovation))
        stored = int(yd.levels[row, codes.index(code)])
        current = changes[SID].get((int(innovation), code), stored)
        level_key = f"{LEVEL_KEY}_{yd.year}_sid_{innovation}_{code}"

    level = st.radio(
        t("scoresim.whatif.level"),
        levels,
        index=levels.index(current),
        format_func=_level_label,
        horizontal=True,
        key=level_key,
        help=t("scoresim.whatif.level_help"),
    )
    st.caption(t("scoresim.whatif.stored", level=stored))
    # the radio's value is the scenario's level for this cell; back at the stored level = no change
    if aspect == SPD:
        if level == stored:
            changes[SPD].pop(code, None)
        else:
            changes[SPD][code] = int(level)
    else:
        cell = (int(innovation), code)
        if level == stored:
            changes[SID].pop(cell, None)
        else:
            changes[SID][cell] = int(level)

    changed = scoring.with_changes(yd, changes[SID], changes[SPD])
    after = scoring.estimate_data(changed)
    cols = st.columns(2, border=True)
    cols[0].metric(t("scoresim.whatif.kpi_before"), fmt_score(est.iid))
    cols[0].caption(t("scoresim.kpi.predicate_plain", predicate=md(est.predicate)))
    cols[1].metric(
        t("scoresim.whatif.kpi_after"),
        fmt_score(after.iid),
        delta=components.delta(after.iid - est.iid, 2),
    )
    cols[1].caption(t("scoresim.kpi.predicate_plain", predicate=md(after.predicate)))
    lines = tables.scenario_lines(yd, changes[SID], changes[SPD])
    if lines:
        with st.expander(t("scoresim.whatif.changes", n=len(lines)), expanded=len(lines) <= 5):
            st.markdown("\n".join(f"- {line}" for line in lines))
        st.button(
            t("scoresim.whatif.reset"),
            icon=":material/restart_alt:",
            key=PREFIX + "reset",
            on_click=_reset_scenario,
            args=(yd.year,),
        )
    else:
        st.caption(t("scoresim.whatif.none"))
    st.caption(t("scoresim.kpi.method", method_year=after.method_year, name=after.method_name))

    render_new_innovation(changed, bool(lines))


def render_new_innovation(yd: scoring.YearData, from_scenario: bool) -> None:
    """Adding one innovation: below the current average maturity it lowers the estimate."""
    m = yd.method
    st.markdown(f"#### {t('scoresim.new.title')}")
    mat = scoring.maturities(yd.levels, m)
    average = float(mat.mean()) if yd.n else 0.0
    # A new innovation usually starts with little evidence: the slider starts at the lower
    # quartile of this year's maturities, so the effect this part warns about is what shows first.
    start = int(np.percentile(mat, 25)) if yd.n else 0
    maturity = st.slider(
        t("scoresim.new.maturity", max=fmt_number(m.max_maturity)),
        min_value=0,
        max_value=int(m.max_maturity),
        value=min(int(m.max_maturity), start),
        key=MATURITY_KEY,
        help=t("scoresim.new.help", average=fmt_number(average, 1)),
    )
    effect = scoring.innovation_effect(yd, float(maturity))
    cols = st.columns(2, border=True)
    cols[0].metric(
        t("scoresim.new.kpi"),
        fmt_score(effect.iid_after),
        delta=components.delta(effect.delta_iid, 2),
    )
    cols[1].metric(t("scoresim.new.kpi_average"), fmt_number(average, 1))
    if effect.lowers:
        # the engine's warning already names the break-even maturity
        st.warning(effect.warning, icon=":material/warning:")
    else:
        st.success(
            t(
                "scoresim.new.raises",
                maturity=fmt_number(maturity),
                delta=fmt_signed(effect.delta_iid),
            )
        )
        st.caption(
            t(
                "scoresim.new.break_even",
                break_even=fmt_number(effect.break_even_maturity, 1),
                average=fmt_number(average, 1),
            )
        )
    if from_scenario:
        st.caption(t("scoresim.new.from_scenario"))
