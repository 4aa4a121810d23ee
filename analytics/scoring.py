"""The index estimate engine: IID from the evidence, points lost, evidence gaps, the path to a target.

Over 500 lines on purpose: the estimate, the points at risk, the gaps, the what-if and the path
to a target are one engine over one data shape (`YearData`); each is short, and they are tested
against each other (the plan's sum equals the what-if of its steps).

Everything numeric comes from the method file of the assessment year (`analytics.methods`); this
module only applies it. The core is pure functions on plain data (`YearData`: a level matrix of
innovations x SID indicators, a vector of SPD levels, names) so it can be tested without a
database; the functions that take a connection are thin loaders on top of it.

The formula (domain reference, 2023):
    maturity(innovation) = sum over SID indicators of weight x level           (0 .. max_maturity)
    SID maturity         = sum of maturities / MAX(divisor_min, n)
    SPD                  = sum over SPD indicators of weight x level           (0 .. spd_max)
    count score          = step table of the number of innovations n           (0 .. count_max)
    IID                  = (SPD + SID maturity + count score) / max_total x 100 (0 .. 100)

Every figure produced here is an estimate ("perkiraan"): `Estimate` carries the method year and
the Indonesian descriptions of the reconstructed and assumed parts, and `is_sample` when any input
row is sample data, so whatever shows it can say so.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from analytics.db import query
from analytics.methods import Method, method_for_year
from analytics.progress import DEFAULT_GOAL_SCORE
from analytics.text import fmt_number, fmt_score, t

# The region whose official results sit beside the estimates (index_result.region).
REGION = "Kabupaten Pati"
DEFAULT_TARGET = DEFAULT_GOAL_SCORE  # 60,01: the goal when target.csv gives none
# Slack (in raw index points) that the path to a goal adds to what it must gain, so that float
# rounding in a sum can never leave the recomputed index a hair below the target.
_SLACK = 1e-9


class ScoringError(ValueError):
    """Input the engine cannot score (unknown year, level out of range, ...); message in Indonesian."""


# ---------------------------------------------------------------------------------------------
# Plain data


@dataclass(frozen=True, eq=False)
class YearData:
    """Everything the engine needs about one assessment year, in the method's indicator order.

    `levels[i, j]` is the evidence level of innovation i for SID indicator j (method order),
    `spd_levels[j]` the level of SPD indicator j. Missing evidence is level 0.
    """

    year: int
    method: Method
    innovation_id: np.ndarray  # (n,) int64
    innovation_name: tuple[str, ...]
    opd_id: tuple[str, ...]
    opd_name: tuple[str, ...]
    levels: np.ndarray  # (n, k) int64
    spd_levels: np.ndarray  # (m,) int64
    is_sample: bool = False

    @property
    def n(self) -> int:
        return int(self.levels.shape[0])

    @staticmethod
    def from_levels(
        method: Method,
        levels: Any,
        spd_levels: Any,
        year: int | None = None,
        names: list[str] | None = None,
        opd: list[str] | None = None,
    ) -> YearData:
        """Build year data from plain lists (tests, what-if tools): ids are 1..n."""
        lv = np.asarray(levels, dtype=np.int64).reshape(-1, len(method.sid_indicators))
        n = lv.shape[0]
        names = names or [f"Inovasi {i + 1}" for i in range(n)]
        opd = opd or ["opd"] * n
        data = YearData(
            year=method.year if year is None else year,
            method=method,
            innovation_id=np.arange(1, n + 1, dtype=np.int64),
            innovation_name=tuple(names),
            opd_id=tuple(opd),
            opd_name=tuple(opd),
            levels=lv,
            spd_levels=np.asarray(spd_levels, dtype=np.int64).reshape(len(method.spd_indicators)),
        )
        _check_levels(data)
        return data


@dataclass(frozen=True)
class Components:
    """The parts of the index for one set of levels (raw points, and the IID)."""

    spd: float
    sid_maturity: float
    count_score: float
    total: float
    iid: float
    n_innovations: int


@dataclass(frozen=True)
class Estimate:
    """An index estimate (never an official result) for one assessment year."""

    year: int
    iid: float
    predicate: str
    spd: float
    sid_maturity: float
    count_score: float
    max_total: float
    n_innovations: int
    method_year: int
    method_name: str
    method_path: str
    reconstructed: tuple[str, ...]  # Indonesian descriptions of reconstructed / assumed parts
    is_sample: bool  # true when any input row is sample data

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly; `method` names the method (name, year, file) and `kind` says it is an estimate."""
        return {
            "year": self.year,
            "kind": "perkiraan",
            "iid": self.iid,
            "predicate": self.predicate,
            "spd": self.spd,
            "sid_maturity": self.sid_maturity,
            "count_score": self.count_score,
            "max_total": self.max_total,
            "n_innovations": self.n_innovations,
            "method": {"name": self.method_name, "year": self.method_year, "file": self.method_path},
            "method_year": self.method_year,
            "reconstructed": list(self.reconstructed),
            "is_sample": self.is_sample,
        }


# ---------------------------------------------------------------------------------------------
# The pure core


def maturities(levels: np.ndarray, method: Method) -> np.ndarray:
    """Maturity (kematangan) of each innovation: sum of weight x level over the SID indicators."""
    lv = np.asarray(levels, dtype=np.int64).reshape(-1, len(method.sid_indicators))
    return lv @ method.sid_weights


def components(levels: np.ndarray, spd_levels: np.ndarray, method: Method) -> Components:
    """The index parts for a level matrix (innovations x SID indicators) and SPD levels."""
    mat = maturities(levels, method)
    n = int(mat.shape[0])
    spd = float(np.asarray(spd_levels, dtype=np.int64) @ method.spd_weights)
    sid = float(mat.sum()) / method.divisor(n)
    count = float(method.count_score(n))
    total = spd + sid + count
    return Components(
        spd=spd,
        sid_maturity=sid,
        count_score=count,
        total=total,
        iid=total / method.max_total * 100,
        n_innovations=n,
    )


def estimate_data(data: YearData) -> Estimate:
    """The estimate for one year's plain data."""
    m = data.method
    c = components(data.levels, data.spd_levels, m)
    return Estimate(
        year=data.year,
        iid=c.iid,
        predicate=m.predicate(c.iid),
        spd=c.spd,
        sid_maturity=c.sid_maturity,
        count_score=c.count_score,
        max_total=m.max_total,
        n_innovations=c.n_innovations,
        method_year=m.year,
        method_name=m.name,
        method_path=m.display_path,
        reconstructed=m.reconstructed_parts(),
        is_sample=data.is_sample,
    )


def _iid_points(raw: Any, data: YearData, sid: bool = True) -> Any:
    """Raw indicator points -> index points (SID points are divided by MAX(divisor_min, n) first)."""
    m = data.method
    divisor = m.divisor(data.n) if sid else 1
    return raw / divisor / m.max_total * 100


def _check_levels(data: YearData) -> None:
    m = data.method
    for arr, what in ((data.levels, "SID"), (data.spd_levels, "SPD")):
        if arr.size and (arr.min() < m.level_min or arr.max() > m.level_max):
            bad = int(arr.min()) if arr.min() < m.level_min else int(arr.max())
            raise ScoringError(t("score.bad_level", level=bad, what=what, min=m.level_min, max=m.level_max))


def with_changes(
    data: YearData,
    sid_changes: Mapping[tuple[int, str], int] | None = None,
    spd_changes: Mapping[str, int] | None = None,
) -> YearData:
    """A copy of the data with some levels changed: {(innovation_id, code): level}, {spd_code: level}."""
    m = data.method
    levels = data.levels.copy()
    spd = data.spd_levels.copy()
    row_of = {int(i): r for r, i in enumerate(data.innovation_id)}
    sid_col = {c: j for j, c in enumerate(m.sid_codes)}
    spd_col = {c: j for j, c in enumerate(m.spd_codes)}
    for (innovation_id, code), level in (sid_changes or {}).items():
        if int(innovation_id) not in row_of:
            raise ScoringError(t("score.unknown_innovation", id=innovation_id, year=data.year))
        if code not in sid_col:
            raise ScoringError(t("score.unknown_indicator", aspect="SID", code=code, method=m.name))
        levels[row_of[int(innovation_id)], sid_col[code]] = _level(level, f"{code}", m)
    for code, level in (spd_changes or {}).items():
        if code not in spd_col:
            raise ScoringError(t("score.unknown_indicator", aspect="SPD", code=code, method=m.name))
        spd[spd_col[code]] = _level(level, code, m)
    return YearData(
        year=data.year,
        method=m,
        innovation_id=data.innovation_id,
        innovation_name=data.innovation_name,
        opd_id=data.opd_id,
        opd_name=data.opd_name,
        levels=levels,
        spd_levels=spd,
        is_sample=data.is_sample,
    )


def _level(level: Any, what: str, m: Method) -> int:
    if isinstance(level, bool) or not isinstance(level, int | np.integer):
        raise ScoringError(t("score.bad_level", level=level, what=what, min=m.level_min, max=m.level_max))
    if not m.level_min <= int(level) <= m.level_max:
        raise ScoringError(t("score.bad_level", level=level, what=what, min=m.level_min, max=m.level_max))
    return int(level)


# --- points lost and evidence gaps -----------------------------------------------------------


def lost_by_indicator(data: YearData, include_spd: bool = False) -> pd.DataFrame:
    """Points lost per SID indicator: maximum minus achieved, summed over the innovations.

    `lost_iid_points` is what the lost points would add to the index (SID points go through the
    divisor). With `include_spd` the SPD indicators follow as rows with aspect 'spd'.
    """
    m = data.method
    w = m.sid_weights
    achieved = (data.levels * w).sum(axis=0) if data.n else np.zeros(len(w), dtype=np.int64)
    max_points = w * m.level_max * data.n
    lost = max_points - achieved
    frame = pd.DataFrame(
        {
            "aspect": "sid",
            "indicator_code": list(m.sid_codes),
            "indicator_name": [i.name for i in m.sid_indicators],
            "mandatory": m.sid_mandatory.copy(),
            "weight": w.copy(),
            "n_missing": (data.levels == 0).sum(axis=0) if data.n else 0,
            "max_points": max_points,
            "achieved": achieved,
            "lost": lost,
            "lost_iid_points": _iid_points(lost.astype(float), data),
        }
    )
    if include_spd:
        sw = m.spd_weights
        spd_lost = sw * m.level_max - data.spd_levels * sw
        frame = pd.concat(
            [
                frame,
                pd.DataFrame(
                    {
                        "aspect": "spd",
                        "indicator_code": list(m.spd_codes),
                        "indicator_name": [i.name for i in m.spd_indicators],
                        "mandatory": False,
                        "weight": sw.copy(),
                        "n_missing": (data.spd_levels == 0).astype(int),
                        "max_points": sw * m.level_max,
                        "achieved": data.spd_levels * sw,
                        "lost": spd_lost,
                        "lost_iid_points": _iid_points(spd_lost.astype(float), data, sid=False),
                    }
                ),
            ],
            ignore_index=True,
        )
    return frame.sort_values("lost_iid_points", ascending=False, kind="stable").reset_index(drop=True)


def lost_by_opd(data: YearData) -> pd.DataFrame:
    """Maturity points lost per OPD (over its innovations), largest first."""
    m = data.method
    mat = maturities(data.levels, m)
    frame = pd.DataFrame(
        {
            "opd_id": list(data.opd_id),
            "opd_name": list(data.opd_name),
            "maturity": mat,
            "lost": m.max_maturity - mat,
        }
    )
    out = (
        frame.groupby(["opd_id", "opd_name"], sort=False)
        .agg(n_innovations=("maturity", "size"), avg_maturity=("maturity", "mean"), lost=("lost", "sum"))
        .reset_index()
    )
    out["n_innovations"] = out["n_innovations"].astype("int64")
    out["lost_iid_points"] = _iid_points(out["lost"].astype(float), data)
    cols = ["opd_id", "opd_name", "n_innovations", "avg_maturity", "lost", "lost_iid_points"]
    return out[cols].sort_values("lost_iid_points", ascending=False, kind="stable").reset_index(drop=True)


def gaps(data: YearData) -> pd.DataFrame:
    """Mandatory evidence missing (level 0): one row per innovation x missing mandatory indicator.

    `points_at_risk` is what the evidence is worth to the index at the highest level (the points
    the regency forgoes while it is missing); `innovation_iid_points` is what the innovation adds
    now, at risk as a whole if the assessor rejects innovations without mandatory evidence.
    Ranked by points at risk, then by the innovation's current contribution.
    """
    m = data.method
    mand = np.flatnonzero(m.sid_mandatory)
    rows, cols = np.nonzero(data.levels[:, mand] == 0) if data.n else (np.array([], int), np.array([], int))
    cols = mand[cols]
    mat = maturities(data.levels, m)
    frame = pd.DataFrame(
        {
            "innovation_id": data.innovation_id[rows],
            "innovation_name": [data.innovation_name[r] for r in rows],
            "opd_id": [data.opd_id[r] for r in rows],
            "opd_name": [data.opd_name[r] for r in rows],
            "indicator_code": [m.sid_codes[c] for c in cols],
            "indicator_name": [m.sid_indicators[c].name for c in cols],
            "weight": m.sid_weights[cols],
            "points_at_risk": _iid_points((m.sid_weights[cols] * m.level_max).astype(float), data),
            "innovation_iid_points": _iid_points(mat[rows].astype(float), data),
        }
    )
    frame = frame.sort_values(
        ["points_at_risk", "innovation_iid_points", "innovation_id"],
        ascending=[False, False, True],
        kind="stable",
    ).reset_index(drop=True)
    frame.insert(0, "rank", np.arange(1, len(frame) + 1))
    return frame


def gaps_by_innovation(data: YearData) -> pd.DataFrame:
    """Missing mandatory evidence summed per innovation, largest points at risk first."""
    g = gaps(data)
    out = (
        g.groupby(["innovation_id", "innovation_name", "opd_id", "opd_name"], sort=False)
        .agg(
            n_missing=("indicator_code", "size"),
            missing=("indicator_name", lambda s: ", ".join(s)),
            points_at_risk=("points_at_risk", "sum"),
        )
        .reset_index()
    )
    return out.sort_values("points_at_risk", ascending=False, kind="stable").reset_index(drop=True)


def gaps_by_opd(data: YearData) -> pd.DataFrame:
    """Missing mandatory evidence summed per OPD, largest points at risk first."""
    g = gaps(data)
    out = (
        g.groupby(["opd_id", "opd_name"], sort=False)
        .agg(
            n_innovations=("innovation_id", "nunique"),
            n_missing=("indicator_code", "size"),
            points_at_risk=("points_at_risk", "sum"),
        )
        .reset_index()
    )
    return out.sort_values("points_at_risk", ascending=False, kind="stable").reset_index(drop=True)


# --- a new innovation --------------------------------------------------------------------------


@dataclass(frozen=True)
class InnovationEffect:
    """What adding one innovation of a given maturity does to the estimate."""

    maturity: float
    average_maturity: float
    iid_before: float
    iid_after: float
    delta_iid: float
    delta_sid: float
    delta_count: float
    break_even_maturity: float  # the lowest maturity that does not lower the index
    lowers: bool
    warning: str | None


def innovation_effect(data: YearData, maturity: float) -> InnovationEffect:
    """The index change of adding one innovation with `maturity`; a warning when it lowers the score.

    With n >= divisor_min the SID part is an average, so an innovation below the average lowers
    it; the count score may still rise at a step. Both are counted here.
    """
    m = data.method
    if not 0 <= maturity <= m.max_maturity:
        raise ScoringError(t("score.bad_maturity", value=maturity, max=fmt_number(m.max_maturity)))
    mat = maturities(data.levels, m)
    n = data.n
    total = float(mat.sum())
    spd = float(data.spd_levels @ m.spd_weights)
    sid_before = total / m.divisor(n)
    sid_after = (total + maturity) / m.divisor(n + 1)
    count_before, count_after = m.count_score(n), m.count_score(n + 1)
    iid_before = (spd + sid_before + count_before) / m.max_total * 100
    iid_after = (spd + sid_after + count_after) / m.max_total * 100
    # solve (total + x) / D(n+1) + C(n+1) = total / D(n) + C(n) for x
    break_even = max(0.0, (sid_before + count_before - count_after) * m.divisor(n + 1) - total)
    average = total / n if n else 0.0
    lowers = iid_after < iid_before - 1e-12
    warning = (
        t(
            "score.effect.lowers",
            maturity=fmt_number(maturity, 1),
            average=fmt_number(average, 1),
            delta=fmt_score(iid_before - iid_after),
            break_even=fmt_number(math.ceil(break_even * 10) / 10, 1),
        )
        if lowers
        else None
    )
    return InnovationEffect(
        maturity=float(maturity),
        average_maturity=average,
        iid_before=iid_before,
        iid_after=iid_after,
        delta_iid=iid_after - iid_before,
        delta_sid=sid_after - sid_before,
        delta_count=count_after - count_before,
        break_even_maturity=break_even,
        lowers=lowers,
        warning=warning,
    )


# --- the path to a goal ------------------------------------------------------------------------

STEP_COLUMNS = [
    "step",
    "kind",
    "innovation_id",
    "innovation_name",
    "opd_id",
    "opd_name",
    "indicator_code",
    "indicator_name",
    "mandatory",
    "from_level",
    "to_level",
    "gain_iid",
    "cumulative_iid",
    "description",
]


@dataclass(frozen=True, eq=False)
class Plan:
    """A ranked list of evidence improvements that lifts the estimate to `target` in the fewest steps."""

    year: int
    target: float
    start_iid: float
    final_iid: float
    max_iid: float  # the estimate with every evidence level at the maximum (same innovations)
    reached: bool
    steps: pd.DataFrame  # STEP_COLUMNS, one row per step, largest gain first
    method_year: int
    notes: tuple[str, ...] = field(default=())

    @property
    def n_steps(self) -> int:
        return len(self.steps)

    def sid_changes(self) -> dict[tuple[int, str], int]:
        """The plan's SID steps as what-if changes: {(innovation_id, code): new level}."""
        return _sid_changes_of(self.steps)

    def spd_changes(self) -> dict[str, int]:
        """The plan's SPD steps as what-if changes: {code: new level}."""
        return _spd_changes_of(self.steps)

    def to_dict(self) -> dict[str, Any]:
        steps = self.steps.astype(object).where(self.steps.notna(), None)
        return {
            "year": self.year,
            "target": self.target,
            "start_iid": self.start_iid,
            "final_iid": self.final_iid,
            "max_iid": self.max_iid,
            "reached": self.reached,
            "n_steps": self.n_steps,
            "method_year": self.method_year,
            "notes": list(self.notes),
            "steps": steps.to_dict(orient="records"),
        }


def plan(data: YearData, target: float = DEFAULT_TARGET, max_steps: int = 200) -> Plan:
    """The fewest evidence improvements that lift the estimate to at least `target`.

    A step raises one indicator, of one innovation (kind 'sid') or of the regency (kind 'spd'),
    by one or more levels. With the innovations fixed, the divisor and the count score do not
    change, so the index is a sum of independent terms and a step's gain does not depend on the
    other steps. The largest gain a candidate step can bring is raising it straight to the top
    level. Hence the fewest steps: sort the candidates by that maximal gain and take them from
    the largest until the target is met. No set of k steps can gain more than the k largest
    maximal gains, so if those do not reach the target, no k steps do (greedy is exact here).
    Ties go to the step that needs fewer levels, then to mandatory evidence. Finally the
    overshoot is given back: steps with the smallest gain per level are lowered (never below one
    level raised) while the target stays met, so no step asks for more evidence than needed.

    Adding innovations is another lever (the count score, and with n < divisor_min the SID sum
    is divided by a fixed minimum); it is reported in `notes`, not planned as steps.
    """
    m = data.method
    if not (isinstance(target, int | float) and 0 <= target <= 100):
        raise ScoringError(t("score.bad_target", value=target))
    start = components(data.levels, data.spd_levels, m)
    need = target * m.max_total / 100 - start.total
    divisor = m.divisor(data.n)

    n, k = data.levels.shape
    sid_room = (m.level_max - data.levels).ravel()
    sid_unit = np.tile(m.sid_weights / divisor, n).astype(float)
    spd_room = m.level_max - data.spd_levels
    spd_unit = m.spd_weights.astype(float)
    room = np.concatenate([sid_room, spd_room])
    unit = np.concatenate([sid_unit, spd_unit])
    is_spd = np.concatenate([np.zeros(n * k, bool), np.ones(len(spd_room), bool)])
    mandatory = np.concatenate([np.tile(m.sid_mandatory, n), np.zeros(len(spd_room), bool)])
    gain = room * unit
    ok = np.flatnonzero(gain > 0)
    # np.lexsort: last key sorts first -> gain desc, fewer levels, mandatory first, then stable
    order = ok[np.lexsort((ok, ~mandatory[ok], room[ok], -gain[ok]))]
    cumulative = np.cumsum(gain[order])
    max_total_points = start.total + (cumulative[-1] if len(cumulative) else 0.0)
    max_iid = max_total_points / m.max_total * 100

    notes: list[str] = []
    if need <= 0:
        chosen = order[:0]
        notes.append(t("score.plan.already", target=fmt_score(target)))
    else:
        count = int(np.searchsorted(cumulative, need + _SLACK, side="left")) + 1
        if count > len(order):
            notes.append(
                t(
                    "score.plan.unreachable",
                    target=fmt_score(target),
                    max=m.level_max,
                    best=fmt_score(max_iid),
                )
            )
        if count > max_steps:
            notes.append(t("score.plan.capped", max_steps=max_steps))
        chosen = order[: min(count, max_steps)]

    raise_by = room[chosen].copy()
    overshoot = float(gain[chosen].sum()) - (need + _SLACK)
    if overshoot > 0 and len(chosen):
        # give back levels where they are worth least, keeping at least one level per step
        for pos in np.argsort(unit[chosen], kind="stable"):
            spare = min(int(raise_by[pos]) - 1, int(overshoot // unit[chosen][pos]))
            if spare > 0:
                raise_by[pos] -= spare
                overshoot -= spare * unit[chosen][pos]

    steps = _steps_frame(data, chosen, raise_by, unit, is_spd, mandatory, k, start.iid, m)
    changed = with_changes(data, _sid_changes_of(steps), _spd_changes_of(steps))
    final = components(changed.levels, changed.spd_levels, m).iid
    notes.extend(_innovation_notes(data))
    return Plan(
        year=data.year,
        target=float(target),
        start_iid=start.iid,
        final_iid=final,
        max_iid=max_iid,
        reached=final >= target,
        steps=steps,
        method_year=m.year,
        notes=tuple(notes),
    )


def _steps_frame(data, chosen, raise_by, unit, is_spd, mandatory, k, start_iid, m) -> pd.DataFrame:
    rows = []
    for idx, by in zip(chosen, raise_by, strict=True):
        idx = int(idx)
        gain_iid = float(by * unit[idx] / m.max_total * 100)
        if is_spd[idx]:
            j = idx - data.n * k
            ind = m.spd_indicators[j]
            frm = int(data.spd_levels[j])
            rows.append(
                {
                    "kind": "spd",
                    "innovation_id": None,
                    "innovation_name": None,
                    "opd_id": None,
                    "opd_name": None,
                    "indicator_code": ind.code,
                    "indicator_name": ind.name,
                    "mandatory": False,
                    "from_level": frm,
                    "to_level": frm + int(by),
                    "gain_iid": gain_iid,
                    "description": t(
                        "score.step.spd", indicator=ind.name, from_level=frm, to_level=frm + int(by)
                    ),
                }
            )
        else:
            r, j = divmod(idx, k)
            ind = m.sid_indicators[j]
            frm = int(data.levels[r, j])
            rows.append(
                {
                    "kind": "sid",
                    "innovation_id": int(data.innovation_id[r]),
                    "innovation_name": data.innovation_name[r],
                    "opd_id": data.opd_id[r],
                    "opd_name": data.opd_name[r],
                    "indicator_code": ind.code,
                    "indicator_name": ind.name,
                    "mandatory": bool(mandatory[idx]),
                    "from_level": frm,
                    "to_level": frm + int(by),
                    "gain_iid": gain_iid,
                    "description": t(
                        "score.step.sid",
                        indicator=ind.name,
                        innovation=data.innovation_name[r],
                        opd=data.opd_name[r],
                        from_level=frm,
                        to_level=frm + int(by),
                    ),
                }
            )
    frame = pd.DataFrame(rows, columns=[c for c in STEP_COLUMNS if c not in ("step", "cumulative_iid")])
    frame = frame.sort_values("gain_iid", ascending=False, kind="stable").reset_index(drop=True)
    frame["innovation_id"] = frame["innovation_id"].astype("Int64")
    for col in ("from_level", "to_level"):
        frame[col] = frame[col].astype("int64")
    frame["mandatory"] = frame["mandatory"].astype(bool)
    frame["gain_iid"] = frame["gain_iid"].astype(float)
    frame.insert(0, "step", np.arange(1, len(frame) + 1))
    frame["cumulative_iid"] = start_iid + frame["gain_iid"].cumsum()
    return frame[STEP_COLUMNS]


def _sid_changes_of(steps: pd.DataFrame) -> dict[tuple[int, str], int]:
    s = steps[steps["kind"] == "sid"]
    return {
        (int(i), str(c)): int(lv)
        for i, c, lv in zip(s["innovation_id"], s["indicator_code"], s["to_level"], strict=True)
    }


def _spd_changes_of(steps: pd.DataFrame) -> dict[str, int]:
    s = steps[steps["kind"] == "spd"]
    return {str(c): int(lv) for c, lv in zip(s["indicator_code"], s["to_level"], strict=True)}


def _innovation_notes(data: YearData) -> list[str]:
    """Adding innovations as a lever: below divisor_min, and the next step of the count table."""
    m = data.method
    notes = []
    n = data.n
    if n < m.divisor_min:
        notes.append(t("score.plan.few_innovations", n=n, divisor=m.divisor_min))
    nxt = next((s for s in m.count_steps if s.min_innovations > n), None)
    if nxt is not None:
        current = m.count_score(n)
        mat = maturities(data.levels, m)
        avg = float(mat.mean()) if n else 0.0
        notes.append(
            t(
                "score.plan.count_step",
                k=nxt.min_innovations - n,
                old=fmt_number(current),
                new=fmt_number(nxt.score),
                iid=fmt_score((nxt.score - current) / m.max_total * 100),
                avg=fmt_number(avg, 1),
            )
        )
    return notes


# ---------------------------------------------------------------------------------------------
# Loaders: the database -> YearData, and the public functions that take a connection


def available_years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Assessment years with any innovation or SPD evidence."""
    return [int(y) for y in query(con, "assessment_years")["year"]]


def load_year(con: duckdb.DuckDBPyConnection, year: int, method: Method | None = None) -> YearData:
    """Read one year's evidence into YearData (method order; missing evidence = level 0).

    Two small queries and one vectorised scatter into the level matrix (no per-row Python), so
    a year loads in a few milliseconds; the UI may cache the result per database version.

    Evidence for a code the method does not know is ignored, and a level above the method's top
    level counts as the top level, so an older or newer method can score the same data.
    """
    year = int(year)
    m = method or method_for_year(year)
    sid = query(con, "innovation_indicator_levels", year=year)
    spd = query(con, "spd_indicator_levels", year=year)
    if sid.empty and spd.empty:
        years = available_years(con)
        if not years:
            raise ScoringError(t("score.no_data_any", year=year))
        raise ScoringError(t("score.no_data", year=year, years=", ".join(str(y) for y in years)))

    ids, row = np.unique(sid["innovation_id"].to_numpy(dtype=np.int64), return_inverse=True)
    col = pd.Categorical(sid["indicator_code"], categories=list(m.sid_codes)).codes
    keep = col >= 0
    levels = np.zeros((len(ids), len(m.sid_codes)), dtype=np.int64)
    levels[row[keep], col[keep]] = sid["level"].fillna(0).to_numpy(dtype=np.int64)[keep]
    first = sid.drop_duplicates("innovation_id").set_index("innovation_id").loc[ids]

    spd_levels = np.zeros(len(m.spd_codes), dtype=np.int64)
    scol = pd.Categorical(spd["indicator_code"], categories=list(m.spd_codes)).codes
    skeep = scol >= 0
    spd_levels[scol[skeep]] = spd["level"].to_numpy(dtype=np.int64)[skeep]

    is_sample = bool(sid["is_sample"].any()) or bool(spd["is_sample"].any())
    return YearData(
        year=year,
        method=m,
        innovation_id=ids,
        innovation_name=tuple(first["innovation_name"].astype(str)),
        opd_id=tuple(first["opd_id"].astype(str)),
        opd_name=tuple(first["opd_name"].astype(str)),
        levels=np.clip(levels, m.level_min, m.level_max),
        spd_levels=np.clip(spd_levels, m.level_min, m.level_max),
        is_sample=is_sample,
    )


def estimate(con: duckdb.DuckDBPyConnection, year: int, method: Method | None = None) -> Estimate:
    """The index estimate of one assessment year from the database (method of that year by default)."""
    return estimate_data(load_year(con, year, method))


def estimate_years(con: duckdb.DuckDBPyConnection, method: Method | None = None) -> list[Estimate]:
    """The estimate of every assessment year with data, each with its own method unless one is given."""
    return [estimate(con, y, method) for y in available_years(con)]


def points_lost_by_indicator(
    con: duckdb.DuckDBPyConnection, year: int, method: Method | None = None, include_spd: bool = False
) -> pd.DataFrame:
    """indicator_code, indicator_name, mandatory, max_points, achieved, lost, lost_iid_points (+ aspect, weight, n_missing)."""
    return lost_by_indicator(load_year(con, year, method), include_spd=include_spd)


def points_lost_by_opd(
    con: duckdb.DuckDBPyConnection, year: int, method: Method | None = None
) -> pd.DataFrame:
    """opd_id, opd_name, n_innovations, avg_maturity, lost, lost_iid_points; OPD without innovations are absent."""
    return lost_by_opd(load_year(con, year, method))


def evidence_gaps(con: duckdb.DuckDBPyConnection, year: int, method: Method | None = None) -> pd.DataFrame:
    """Missing mandatory evidence, one row per innovation x indicator, ranked by index points at risk."""
    return gaps(load_year(con, year, method))


def evidence_gaps_by_innovation(
    con: duckdb.DuckDBPyConnection, year: int, method: Method | None = None
) -> pd.DataFrame:
    return gaps_by_innovation(load_year(con, year, method))


def evidence_gaps_by_opd(
    con: duckdb.DuckDBPyConnection, year: int, method: Method | None = None
) -> pd.DataFrame:
    return gaps_by_opd(load_year(con, year, method))


def path_to_goal(
    con: duckdb.DuckDBPyConnection,
    year: int,
    target: float = DEFAULT_TARGET,
    method: Method | None = None,
    max_steps: int = 200,
) -> Plan:
    """The fewest evidence improvements that lift the year's estimate to `target` (see `plan`)."""
    return plan(load_year(con, year, method), target=target, max_steps=max_steps)


def apply_changes(
    con: duckdb.DuckDBPyConnection,
    year: int,
    sid_changes: Mapping[tuple[int, str], int] | None = None,
    spd_changes: Mapping[str, int] | None = None,
    method: Method | None = None,
) -> Estimate:
    """What-if: the estimate with some levels changed ({(innovation_id, code): level}, {spd_code: level}).

    Nothing is written; the database is only read.
    """
    return estimate_data(with_changes(load_year(con, year, method), sid_changes, spd_changes))


def new_innovation_effect(
    con: duckdb.DuckDBPyConnection, year: int, maturity: float, method: Method | None = None
) -> InnovationEffect:
    """The index change of adding one innovation with `maturity` to the year (see `innovation_effect`)."""
    return innovation_effect(load_year(con, year, method), maturity)


def official_result(con: duckdb.DuckDBPyConnection, year: int, region: str = REGION) -> dict[str, Any] | None:
    """The official, published result of a region and year (score, predicate, source), or None."""
    df = query(con, "official_index_result", region=region, year=int(year))
    if df.empty:
        return None
    r = df.iloc[0]
    return {
        "region": str(r["region"]),
        "year": int(r["year"]),
        "score": float(r["score"]),
        "predicate": None if pd.isna(r["predicate"]) else str(r["predicate"]),
        "source": str(r["source"]),
    }
