"""The briefing: every fact the regent is told about one assessment year under one filter.

Over 500 lines on purpose: it is the one home of the briefing's facts (issue 10); splitting it
would put the cards, the goal path and the follow-up facts, which are computed from the same
inputs and must agree, in different places again.

One plain-Python model (`Briefing`), built once by `build(con, year, scope)`, and rendered by every
output: the Ringkasan page, the PDF handout, the presenter mode, the follow-up sheet of each OPD
and the offline snapshot. None of them computes a figure of its own; they only choose what to show
and how. The model holds:

- the five KPI cards (`Card`): value, kind (resmi / perkiraan) with source or method year, and the
  change with what it is compared with. A score change compares like with like (official with
  official, estimate with estimate), so an official score is never "up" against an estimate;
- the summary sentences (three to five, most important first);
- the OPD without an innovation, by group (perangkat daerah, kecamatan);
- the path to the goal (`GoalPath`): the fewest evidence steps that lift the score above the goal,
  or, once the goal is reached, the margin and the steps that protect it; always an estimate with
  its method year;
- the top evidence gaps, the year's innovations and every missing mandatory evidence, and what
  each OPD is told on its follow-up sheet (`Briefing.follow_up`, `FollowUp`), and the data behind
  each chart (`views()` turns it into figures and tables).

Text in the model is plain (no Markdown, no HTML); each renderer escapes it for its medium.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
import pandas as pd

from analytics import progress, region, scoring, tables
from analytics.db import query
from analytics.deferred import Later, later
from analytics.methods import MethodError, method_for_year
from analytics.progress import ESTIMATE, OFFICIAL, ScorePoint, Trend
from analytics.scope import Scope
from analytics.text import MISSING, fmt_date, fmt_number, fmt_percent, fmt_score, fmt_signed, t

MAX_NAMES = 3  # OPD named in the coverage sentence; more would not fit one spoken sentence
PROTECT_STEPS = 3  # steps that protect a reached goal (largest points at risk)
TOP_GAPS = 5  # evidence gaps named in the briefing
KECAMATAN_PREFIX = "Kecamatan "


def publisher(source: str) -> str:
    """The publisher part of a source ("5news.co.id, 14 Dec 2022 (...)" -> "5news.co.id")."""
    return re.split(r" \(|,| and | dan ", source)[0].strip()


class BriefingError(ValueError):
    """A request the briefing cannot answer (unknown year or filter), in Bahasa Indonesia."""


# ---------------------------------------------------------------------------------------------
# The parts of the model


def estimate_label(method_year: int | None, is_sample: bool) -> str:
    """The one label of every estimated figure of the briefing: an estimate, of which method year,
    and "data contoh" when it was computed from sample data."""
    text = t("brief.path.estimate", year=method_year or MISSING)
    return f"{text} {t('brief.path.sample')}" if is_sample else text


@dataclass(frozen=True)
class YearFacts:
    """The counts of one assessment year (a row of participation_by_year)."""

    year: int
    n_innovations: int
    n_digital: int
    n_opd: int
    n_opd_with_innovation: int
    n_kecamatan: int = 0
    n_kecamatan_with_innovation: int = 0

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> YearFacts:
        return cls(**{k: int(row[k]) for k in cls.__dataclass_fields__ if k in row})

    @property
    def coverage(self) -> float | None:
        return self.n_opd_with_innovation / self.n_opd if self.n_opd else None

    @property
    def share_digital(self) -> float | None:
        return self.n_digital / self.n_innovations if self.n_innovations else None


@dataclass(frozen=True)
class Card:
    """One KPI card: the figure, what kind it is and where it comes from, and its change."""

    key: str  # score | gap | innovations | coverage | digital
    label: str
    value: float | None
    text: str  # the value as shown ("58,11", "45 %", "Tercapai", "–")
    note: str = ""  # one line under the value (source, method year, "x dari n OPD")
    kind: str | None = None  # score card: progress.OFFICIAL / ESTIMATE
    kind_label: str | None = None  # "resmi" / "perkiraan"
    predicate: str | None = None
    change: float | None = None  # current - compared (None: nothing like it to compare with)
    change_text: str | None = None  # "+5,11 dibanding 2021 (resmi)"
    change_decimals: int = 0
    change_suffix: str = ""
    compared_with: str | None = None  # "dibanding 2021 (resmi)"
    better: str = "up"  # up: a rise is good news; down: a fall is; neutral: neither
    help: str | None = None
    footnote: str | None = None  # e.g. the score covers the whole regency under a filter
    is_sample: bool = False
    share: float | None = None  # 0-1, for a progress bar (coverage)


@dataclass(frozen=True)
class Step:
    """One line of the path to the goal, as a regent reads it: what, who, how many points."""

    text: str  # what to improve
    owner: str  # which OPD owns it (or the regency government for regency-wide evidence)
    points: float  # IID points it adds (path) or puts at risk (protect)
    owner_id: str | None = None

    @property
    def points_text(self) -> str:
        return fmt_signed(self.points)


@dataclass(frozen=True)
class GoalPath:
    """ "Langkah menuju 60,01": the fewest steps to the goal, or the margin and what protects it."""

    status: str  # "below" | "reached" | "unknown"
    target: float
    score: float | None  # the year's headline score (official or estimate)
    score_kind: str | None
    steps: tuple[Step, ...] = ()
    total: float = 0.0  # points the steps add (below) or put at risk (reached)
    margin: float | None = None  # reached: score - target
    gap: float | None = None  # below: target - score
    method_year: int | None = None
    is_sample: bool = False
    reaches: bool = True  # below: the steps really reach the goal (False: not even at the top level)
    reason: str | None = None  # unknown: why there is no path

    @property
    def title(self) -> str:
        return t("brief.path.title", target=fmt_score(self.target))

    @property
    def lead(self) -> str:
        """The sentence above the steps."""
        if self.status == "unknown":
            return self.reason or t("brief.path.unknown")
        if self.status == "reached":
            if not self.steps:
                return t("brief.path.reached_nothing", margin=fmt_score(self.margin))
            return t("brief.path.reached", margin=fmt_score(self.margin), n=fmt_number(len(self.steps)))
        if not self.reaches:
            return t("brief.path.unreachable", gap=fmt_score(self.gap), n=fmt_number(len(self.steps)))
        return t("brief.path.below", gap=fmt_score(self.gap), n=fmt_number(len(self.steps)))

    @property
    def total_line(self) -> str | None:
        if not self.steps:
            return None
        if self.status == "reached":
            return t("brief.path.total_protect", total=fmt_score(self.total), n=fmt_number(len(self.steps)))
        return t("brief.path.total", total=fmt_signed(self.total), n=fmt_number(len(self.steps)))

    def lines(self) -> list[str]:
        """Each step as one line: what, who, how many points (added, or at risk once reached)."""
        fmt = fmt_score if self.status == "reached" else fmt_signed
        return [t("brief.step.line", text=s.text, owner=s.owner, points=fmt(s.points)) for s in self.steps]

    @property
    def label(self) -> str:
        """Always said: these figures are estimates, and of which method year."""
        return estimate_label(self.method_year, self.is_sample)


@dataclass(frozen=True)
class MissingEvidence:
    """The mandatory evidence one innovation still lacks, and the IID points it puts at risk."""

    innovation_id: int
    innovation: str
    indicators: tuple[str, ...]
    points: float

    @property
    def points_text(self) -> str:
        return fmt_score(self.points)


# "what to do first" on an OPD's follow-up sheet, by kind of first step
FIRST_STEP_TEXT = {
    "path": "brief.followup.path",
    "protect": "brief.followup.protect",
    "gap": "brief.followup.gap",
    "no_evidence": "brief.followup.no_evidence",
    "complete": "brief.followup.complete",
}


@dataclass(frozen=True)
class FollowUp:
    """ "Lembar tindak lanjut": what one OPD is told about its year (its innovations, the criteria
    each meets, the mandatory evidence still missing, and what to do first)."""

    opd_id: str
    opd_name: str  # the name the OPD had that year
    short_name: str
    is_kecamatan: bool
    year: int
    innovations: pd.DataFrame  # the OPD's rows of Briefing.innovations, with stage_date
    missing: tuple[MissingEvidence, ...]  # largest points at risk first
    points_at_risk: float
    first: Step | None  # the first thing to do (None when it is not an evidence step)
    first_kind: str  # path | protect | gap | create | no_evidence | complete
    target: float
    target_coverage: float
    method_year: int | None  # of the points at risk (an estimate); None: no evidence recorded
    is_sample: bool
    mandatory: tuple[str, ...] = ()  # the mandatory evidence every innovation needs (method year's)
    peers: int = 0  # OPD of the same group (perangkat daerah or kecamatan) that year
    peers_with: int = 0  # ... of which have at least one innovation

    @property
    def peers_line(self) -> str:
        group = t("brief.followup.group_kecamatan" if self.is_kecamatan else "brief.followup.group_opd")
        return t("brief.followup.peers", x=fmt_number(self.peers_with), n=fmt_number(self.peers), group=group)

    @property
    def first_line(self) -> str:
        """ "What to do first", as one sentence."""
        if self.first_kind == "create":
            return t("brief.followup.create", goal=fmt_percent(self.target_coverage))
        if self.first is None:
            return t(FIRST_STEP_TEXT[self.first_kind])
        points = self.first.points_text if self.first_kind == "path" else fmt_score(self.first.points)
        return t(
            FIRST_STEP_TEXT[self.first_kind],
            text=self.first.text,
            points=points,
            target=fmt_score(self.target),
        )

    @property
    def risk_line(self) -> str | None:
        if not self.missing:
            return None
        return t(
            "brief.followup.risk",
            points=fmt_score(self.points_at_risk),
            n=fmt_number(sum(len(m.indicators) for m in self.missing)),
        )

    @property
    def estimate_label(self) -> str:
        """The points at risk are estimates, of this method year."""
        return estimate_label(self.method_year, self.is_sample)


@dataclass(frozen=True)
class Briefing:
    """Everything the briefing of one year and filter says (see the module docstring)."""

    year: int | None
    scope: Scope
    scope_text: str | None  # the filter in words; None = everything
    made_on: dt.date
    point: ScorePoint  # the score of the year: official, estimate or missing
    previous: ScorePoint | None  # the latest earlier score of the same kind (like with like)
    points: list[ScorePoint]  # every year's score, for the trend chart
    target: float  # the goal of the year (progress.goal_for_year)
    target_coverage: float
    bands: tuple[Any, ...]
    current: YearFacts | None  # the counts of the year under the filter
    prev_year: YearFacts | None  # the counts of the year before
    cards: tuple[Card, ...]
    sentences: list[str]
    without: pd.DataFrame  # OPD without an innovation in the year (opd_id, opd_name, is_kecamatan, ...)
    path: GoalPath
    top_gaps: tuple[Step, ...]  # the largest missing mandatory evidence, per innovation
    by_year: pd.DataFrame  # participation_by_year under the filter
    counts: pd.DataFrame  # opd_innovation_counts under the filter, every year
    innovations: pd.DataFrame  # the year's innovations under the filter (innovations_filtered)
    gaps: pd.DataFrame  # every missing mandatory evidence of the year, regency-wide (scoring.gaps)
    estimates: Mapping[int, Any]  # scoring.Estimate per year
    method_error: str | None  # why there are no estimates, when a method file is unusable
    is_sample: bool  # the year's counts include sample data
    any_sample_estimate: bool  # some estimate on the trend was computed from sample data
    official_sources: list[tuple[int, str]]  # (year, source) of the official results used
    subject: region.Region  # the region the briefing is about (its name in titles and footers)
    evidence_method_year: int | None = None  # method year of the year's evidence (None: none recorded)
    mandatory_evidence: tuple[str, ...] = ()  # names of the mandatory innovation evidence of that method

    @property
    def year_counts(self) -> pd.DataFrame:
        return self.counts[self.counts["year"] == self.year]

    @property
    def any_sample(self) -> bool:
        """Some figure (any year, any estimate) is sample data."""
        return (
            self.is_sample
            or self.any_sample_estimate
            or bool(self.by_year["has_sample"].any())
            or self.path.is_sample
        )

    @property
    def title(self) -> str:
        return t("handout.title", year=self.year, **self.subject.words())

    @property
    def app_title(self) -> str:
        """The dashboard's name for this region (a handout's author, the snapshot's header)."""
        return t("app.title", **self.subject.words())

    def card(self, key: str) -> Card:
        return next(c for c in self.cards if c.key == key)

    def without_groups(self) -> list[tuple[str, list[str]]]:
        """(heading, names) of the OPD without an innovation: perangkat daerah, then kecamatan;
        under the heading "Kecamatan" the word is not repeated in every name."""
        groups = []
        for is_kec, group in self.without.groupby("is_kecamatan", sort=True):
            if is_kec:
                names = [n.removeprefix(KECAMATAN_PREFIX) for n in group["opd_name"]]
                heading = t("page.ringkasan.group_kecamatan")
            else:
                names, heading = list(group["opd_name"]), t("page.ringkasan.group_opd")
            groups.append((heading, names))
        return groups

    def follow_up(self, opd_id: str) -> FollowUp:
        """The follow-up sheet of one OPD. Only an unfiltered briefing knows all of an OPD's
        innovations, so a narrowed one is refused."""
        if self.scope.is_narrowed:
            raise BriefingError(t("brief.followup.narrowed"))
        if self.year_counts.empty:
            raise BriefingError(t("brief.followup.no_data", year=self.year))
        row = self.year_counts[self.year_counts["opd_id"] == opd_id]
        if row.empty:
            known = ", ".join(sorted(self.year_counts["opd_id"]))
            raise BriefingError(t("handout.error.opd", value=opd_id, known=known or MISSING))
        opd = row.iloc[0]
        peers = self.year_counts[self.year_counts["is_kecamatan"] == opd["is_kecamatan"]]
        mine = (
            self.innovations[self.innovations["opd_id"] == opd_id]
            if len(self.innovations)
            else self.innovations.iloc[0:0]
        )
        if len(mine):
            # the date the innovation reached its stage: launched (penerapan) or trialled (uji coba)
            mine = mine.assign(
                stage_date=mine["launch_date"]
                .where(mine["tahapan"] == "penerapan", mine["trial_date"])
                .where(mine["tahapan"] != "inisiatif")
            )
        missing = tuple(
            MissingEvidence(int(r.innovation_id), r.innovation_name, tuple(r.indicators), float(r.points))
            for r in _missing_per_innovation(self.gaps[self.gaps["opd_id"] == opd_id]).itertuples()
        )
        own = next((s for s in self.path.steps if s.owner_id == opd_id), None)
        if own is not None:
            first, kind = own, "protect" if self.path.status == "reached" else "path"
        elif missing:
            first, kind = _gap_steps(self.gaps[self.gaps["opd_id"] == opd_id], 1)[0], "gap"
        elif not bool(opd["has_innovation"]):
            first, kind = None, "create"
        else:
            first, kind = None, "no_evidence" if self.evidence_method_year is None else "complete"
        return FollowUp(
            opd_id=opd_id,
            opd_name=str(opd["opd_name"]),
            short_name=str(opd["opd_short_name"]),
            is_kecamatan=bool(opd["is_kecamatan"]),
            year=int(self.year) if self.year is not None else 0,
            innovations=mine,
            missing=missing,
            points_at_risk=sum(m.points for m in missing),
            first=first,
            first_kind=kind,
            target=self.target,
            target_coverage=self.target_coverage,
            method_year=self.evidence_method_year,
            is_sample=self.any_sample,
            mandatory=self.mandatory_evidence,
            peers=len(peers),
            peers_with=int(peers["has_innovation"].sum()),
        )

    def follow_ups(self) -> list[FollowUp]:
        """Every OPD's follow-up sheet: perangkat daerah, then kecamatan, by name."""
        if self.year_counts.empty:
            raise BriefingError(t("brief.followup.no_data", year=self.year))
        order = self.year_counts.sort_values(["is_kecamatan", "opd_name"])
        return [self.follow_up(opd_id) for opd_id in order["opd_id"]]

    def source_notes(self) -> list[tuple[str, str]]:
        """(kind, text) of the "sources and what the figures are" section, in reading order.
        kind: official_heading | official | estimate | reconstructed | method_error | sample | missing."""
        notes = []
        if self.official_sources:
            notes.append(("official_heading", t("handout.sources.official")))
            for year, src in self.official_sources:
                point = next(p for p in self.points if p.year == year)
                notes.append(
                    (
                        "official",
                        t(
                            "handout.sources.official_row",
                            year=year,
                            score=fmt_score(point.score),
                            source=src,
                        ),
                    )
                )
        estimates = [p for p in self.points if p.kind == ESTIMATE]
        if estimates:
            years = ", ".join(str(p.year) for p in estimates)
            method_years = sorted({p.method_year for p in estimates if p.method_year})
            notes.append(
                (
                    "estimate",
                    t("handout.sources.estimate", years=years, methods=", ".join(map(str, method_years))),
                )
            )
            est = self.estimates.get(estimates[-1].year)
            if est and est.reconstructed:
                notes.append(
                    ("reconstructed", t("handout.sources.reconstructed", parts="; ".join(est.reconstructed)))
                )
        if self.method_error:
            notes.append(("method_error", self.method_error))
        if self.any_sample:
            notes.append(("sample", t("handout.sources.sample")))
        notes.append(("missing", t("handout.sources.missing")))
        return notes

    def footer_lines(self) -> list[str]:
        """The footer of every printed page and of the snapshot: "data contoh", the official
        sources, the date made."""
        lines = []
        if self.any_sample:
            lines.append(t("handout.footer.sample"))
        if self.official_sources:
            sources = "; ".join(f"{publisher(src)} ({year})" for year, src in self.official_sources)
            lines.append(t("handout.footer.sources", sources=sources))
        lines.append(t("handout.footer.made", date=fmt_date(self.made_on), **self.subject.words()))
        return lines

    def comparisons_note(self) -> str | None:
        """What the arrows of the cards compare with, in one line."""
        seen = []
        for c in self.cards:
            if c.compared_with and c.compared_with not in seen:
                seen.append(c.compared_with)
        return t("kpi.arrows", what="; ".join(seen)) if seen else None


@dataclass(frozen=True)
class Facts:
    """Everything the summary sentences speak about."""

    score: ScorePoint
    target: float | None
    current: YearFacts | None
    previous: YearFacts | None = None
    without_innovation: Sequence[tuple[str, bool]] = field(default_factory=tuple)  # (name, is_kecamatan)
    top_opd: tuple[str, int] | None = None
    scope: str | None = None  # the filter in words, when not everything is shown
    target_coverage: float = progress.DEFAULT_GOAL_COVERAGE  # share of OPD the goal asks to innovate


# ---------------------------------------------------------------------------------------------
# Building the model


def build(
    con: duckdb.DuckDBPyConnection,
    year: int,
    scope: Scope | None = None,
    *,
    made_on: dt.date | None = None,
) -> Briefing:
    """The briefing of `year` under `scope`, read from the database (the one place it is put
    together; pages, handouts, slides, sheets and snapshots all call this)."""
    scope = scope or Scope()
    scope_text = scope.check(con)
    subject = region.subject_of(con)
    known = sorted(int(y) for y in query(con, "dashboard_years", **subject.params())["year"])
    if int(year) not in known:
        raise BriefingError(t("handout.error.year", year=year, years=", ".join(map(str, known)) or MISSING))
    year = int(year)
    params = scope.params()
    estimates, method_error = _estimates(con)
    results = query(con, "published_index_results", **subject.params())
    year_data = _year_data(con, year)
    return assemble(
        year,
        scope=scope,
        scope_text=scope_text,
        by_year=query(con, "participation_by_year", **params),
        counts=query(con, "opd_innovation_counts", **params),
        official=results[results["is_subject"]],
        subject=subject,
        targets=query(con, "yearly_targets"),
        estimates=estimates,
        bands=method_for_year(year).bands,
        innovations=query(con, "innovations_filtered", **params, year=year, search=None),
        year_data=year_data,
        method_error=method_error,
        made_on=made_on,
    )


def _estimates(con: duckdb.DuckDBPyConnection) -> tuple[dict[int, scoring.Estimate], str | None]:
    try:
        return {e.year: e for e in scoring.estimate_years(con)}, None
    except scoring.ScoringError:
        return {}, None  # no evidence at all: years without an official result stay missing
    except MethodError as exc:
        return {}, str(exc)


def _year_data(con: duckdb.DuckDBPyConnection, year: int) -> scoring.YearData | None:
    try:
        return scoring.load_year(con, year)
    except (scoring.ScoringError, MethodError):
        return None


def assemble(
    year: int,
    *,
    scope: Scope | None = None,
    scope_text: str | None = None,
    by_year: pd.DataFrame,
    counts: pd.DataFrame,
    official: pd.DataFrame,
    subject: region.Region,
    targets: pd.DataFrame,
    estimates: Mapping[int, Any],
    bands: Sequence[Any],
    innovations: pd.DataFrame | None = None,
    year_data: scoring.YearData | None = None,
    method_error: str | None = None,
    made_on: dt.date | None = None,
) -> Briefing:
    """Put the briefing together from the query results (pure: no database, for tests).

    `official`: the subject region's rows of published_index_results; `year_data`: the scoring
    engine's input of the year (None when there is no evidence: no path, no gaps)."""
    scope = scope or Scope()
    years = sorted(set(by_year["year"].astype(int)) | set(official["year"].astype(int)))
    points = progress.score_series(years, official, estimates, bands)
    point = next((p for p in points if p.year == year), progress.score_point(year, official, None, bands))
    previous = progress.previous_point(points, year, same_kind=True) if point.has_score else None
    goal = progress.goal_for_year(targets, year)

    row = by_year[by_year["year"] == year]
    prev_row = by_year[by_year["year"] == year - 1]
    cur = YearFacts.from_row(row.iloc[0]) if len(row) else None
    prev = YearFacts.from_row(prev_row.iloc[0]) if len(prev_row) else None
    is_sample = bool(row["has_sample"].any()) if len(row) else False

    year_counts = counts[counts["year"] == year]
    without = year_counts[~year_counts["has_innovation"]].sort_values(["is_kecamatan", "opd_name"])
    top = year_counts.sort_values(["n_innovations", "opd_name"], ascending=[False, True]).head(1)
    facts = Facts(
        score=point,
        target=goal.score,
        current=cur,
        previous=prev,
        without_innovation=list(zip(without["opd_name"], without["is_kecamatan"], strict=True)),
        top_opd=(top["opd_name"].iloc[0], int(top["n_innovations"].iloc[0])) if len(top) else None,
        scope=scope_text,
        target_coverage=goal.coverage,
    )
    gaps = scoring.gaps(year_data) if year_data is not None else _no_gaps()
    path = goal_path(point, goal.score, year_data, estimates.get(year))
    return Briefing(
        year=year,
        scope=scope,
        scope_text=scope_text,
        made_on=made_on or dt.date.today(),
        point=point,
        previous=previous,
        points=points,
        target=goal.score,
        target_coverage=goal.coverage,
        bands=tuple(bands),
        current=cur,
        prev_year=prev,
        cards=tuple(
            cards(point, previous, goal.score, goal.coverage, cur, prev, bands, is_sample, scope.is_narrowed)
        ),
        sentences=summary(facts),
        without=without,
        path=path,
        top_gaps=tuple(_gap_steps(gaps, TOP_GAPS)),
        by_year=by_year,
        counts=counts,
        innovations=innovations if innovations is not None else pd.DataFrame(),
        gaps=gaps,
        estimates=estimates,
        method_error=method_error,
        is_sample=is_sample,
        any_sample_estimate=any(p.kind == ESTIMATE and p.is_sample for p in points),
        official_sources=[(p.year, p.source or MISSING) for p in points if p.kind == OFFICIAL],
        subject=subject,
        evidence_method_year=year_data.method.year if year_data is not None and year_data.n else None,
        mandatory_evidence=(
            tuple(i.name for i in year_data.method.sid_indicators if i.mandatory)
            if year_data is not None
            else ()
        ),
    )


def _no_gaps() -> pd.DataFrame:
    return pd.DataFrame(
        columns=[
            "rank", "innovation_id", "innovation_name", "opd_id", "opd_name", "indicator_code",
            "indicator_name", "weight", "points_at_risk", "innovation_iid_points",
        ]
    )  # fmt: skip


# --- the KPI cards --------------------------------------------------------------------------------


def cards(
    point: ScorePoint,
    previous: ScorePoint | None,
    target: float,
    target_coverage: float,
    cur: YearFacts | None,
    prev: YearFacts | None,
    bands: Sequence[Any],
    is_sample: bool,
    narrowed: bool,
) -> list[Card]:
    """The five cards of the briefing: score, distance to the goal, innovations, OPD coverage,
    digital share."""
    vs_score = (
        t("brief.card.vs_score", year=previous.year, kind=tables.score_kind(previous)) if previous else None
    )
    vs_year = t("kpi.arrows.year", year=prev.year) if prev else None
    target_text = fmt_score(target)
    out = []

    # score
    score_help = t("kpi.score.help")
    whole = t("kpi.score.whole_regency") if narrowed else None
    if point.has_score:
        change = progress.change(point.score, previous.score if previous else None)
        out.append(
            Card(
                key="score",
                label=t("kpi.score"),
                value=point.score,
                text=fmt_score(point.score),
                note=tables.score_note(point, short=True),
                kind=point.kind,
                kind_label=tables.score_kind(point),
                predicate=point.predicate,
                change=change,
                change_decimals=2,
                change_text=_change_text(change, 2, "", vs_score),
                compared_with=vs_score if change is not None else None,
                help=score_help,
                footnote=whole,
                is_sample=point.kind == ESTIMATE and point.is_sample,
            )
        )
    else:
        out.append(
            Card(
                key="score",
                label=t("kpi.score"),
                value=None,
                text=MISSING,
                note=t("kpi.score.none"),
                help=score_help,
            )
        )

    # distance to the goal (a shrinking distance is good news)
    gap_label = t("kpi.gap", target=target_text)
    # the goal's reason, from the method file: where the highest predicate band starts
    top = max(bands, key=lambda b: b.min, default=None)
    gap_help = (
        t("kpi.gap.help", target=target_text, band=top.name, band_min=fmt_score(top.min)) if top else None
    )
    if point.has_score:
        g = progress.gap(point.score, target, bands)
        before = progress.gap(previous.score, target, bands) if previous else None
        change = (
            progress.change(max(g.to_target, 0), max(before.to_target, 0))
            if before is not None and not (g.reached and before.reached)
            else None
        )
        out.append(
            Card(
                key="gap",
                label=gap_label,
                value=g.to_target,
                text=t("kpi.gap.reached") if g.reached else fmt_score(g.to_target),
                note=t("kpi.gap.above", gap=fmt_score(-g.to_target)) if g.reached else t("kpi.gap.below"),
                kind=point.kind,
                kind_label=tables.score_kind(point),
                change=change,
                change_decimals=2,
                change_text=_change_text(change, 2, "", vs_score),
                compared_with=vs_score if change is not None else None,
                better="down",
                help=gap_help,
                is_sample=point.kind == ESTIMATE and point.is_sample,
            )
        )
    else:
        out.append(
            Card(
                key="gap", label=gap_label, value=None, text=MISSING, note=t("kpi.score.none"), help=gap_help
            )
        )

    # innovations
    change = cur.n_innovations - prev.n_innovations if cur and prev else None
    out.append(
        Card(
            key="innovations",
            label=t("kpi.innovations"),
            value=cur.n_innovations if cur else None,
            text=fmt_number(cur.n_innovations if cur else None),
            note=t("brief.card.innovations_note", year=cur.year) if cur else t("brief.card.no_data"),
            change=change,
            change_text=_change_text(change, 0, "", vs_year),
            compared_with=vs_year if change is not None else None,
            is_sample=is_sample,
        )
    )

    # OPD coverage
    pp = t("kpi.pp_suffix")
    coverage = cur.coverage if cur else None
    before = prev.coverage if prev else None
    change = (coverage - before) * 100 if coverage is not None and before is not None else None
    out.append(
        Card(
            key="coverage",
            label=t("kpi.coverage"),
            value=coverage,
            text=fmt_percent(coverage),
            note=(
                t(
                    "kpi.coverage.caption",
                    x=fmt_number(cur.n_opd_with_innovation),
                    n=fmt_number(cur.n_opd),
                    goal=fmt_percent(target_coverage),
                )
                if cur
                else t("brief.card.no_data")
            ),
            change=change,
            change_suffix=pp,
            change_text=_change_text(change, 0, pp, vs_year),
            compared_with=vs_year if change is not None else None,
            help=t("kpi.coverage.help", goal=fmt_percent(target_coverage)),
            is_sample=is_sample,
            share=min(1.0, coverage) if coverage is not None else None,
        )
    )

    # digital share (more digital is not better by itself: non-digital innovations count the same)
    share = cur.share_digital if cur else None
    before = prev.share_digital if prev else None
    change = (share - before) * 100 if share is not None and before is not None else None
    out.append(
        Card(
            key="digital",
            label=t("kpi.digital"),
            value=share,
            text=fmt_percent(share),
            note=(
                t("kpi.digital.caption", x=fmt_number(cur.n_digital), n=fmt_number(cur.n_innovations))
                if cur
                else t("brief.card.no_data")
            ),
            change=change,
            change_suffix=pp,
            change_text=_change_text(change, 0, pp, vs_year),
            compared_with=vs_year if change is not None else None,
            better="neutral",
            help=t("kpi.digital.help"),
            is_sample=is_sample,
        )
    )
    return out


def _change_text(change: float | None, decimals: int, suffix: str, compared: str | None) -> str | None:
    if change is None or pd.isna(change):
        return None
    return f"{fmt_signed(change, decimals)}{suffix} {compared}" if compared else None


# --- the path to the goal -------------------------------------------------------------------------


def goal_path(
    point: ScorePoint, target: float, year_data: scoring.YearData | None, estimate: Any | None
) -> GoalPath:
    """The steps to `target` from the year's headline score (see `GoalPath`).

    Below the goal: the scoring engine's fewest-steps plan, asked for the headline score's
    distance to the goal (when the headline is an official result, the estimate must rise by the
    same number of points: the plan's marginal gains are the engine's, the distance is the
    official one). At or above the goal: the margin, and the missing mandatory evidence with the
    largest points at risk, which protects it."""
    if not point.has_score:
        return GoalPath("unknown", target, None, None, reason=t("brief.path.no_score", year=point.year))
    score = round(float(point.score), 2)
    if year_data is None or year_data.n == 0:
        status_reason = t("brief.path.no_evidence", year=point.year)
        if score >= target:
            return GoalPath(
                "reached", target, score, point.kind, margin=round(score - target, 2), reason=status_reason
            )
        return GoalPath(
            "unknown", target, score, point.kind, gap=round(target - score, 2), reason=status_reason
        )
    method_year = year_data.method.year
    if score >= target:
        protect = _gap_steps(scoring.gaps(year_data), PROTECT_STEPS)
        return GoalPath(
            "reached",
            target,
            score,
            point.kind,
            steps=tuple(protect),
            total=sum(s.points for s in protect),
            margin=round(score - target, 2),
            method_year=method_year,
            is_sample=year_data.is_sample,
        )
    gap = round(target - score, 2)
    start = estimate.iid if estimate is not None else scoring.estimate_data(year_data).iid
    plan = scoring.plan(year_data, target=min(100.0, float(start) + gap))
    steps = [
        Step(
            text=_step_text(r),
            owner=r["opd_name"] if r["kind"] == "sid" else t("brief.step.owner_regency"),
            points=float(r["gain_iid"]),
            owner_id=r.get("opd_id"),
        )
        for r in plan.steps.to_dict("records")
    ]
    return GoalPath(
        "below",
        target,
        score,
        point.kind,
        steps=tuple(steps),
        total=sum(s.points for s in steps),
        gap=gap,
        method_year=method_year,
        is_sample=year_data.is_sample,
        reaches=plan.reached,
    )


def _step_text(step: Mapping[str, Any]) -> str:
    if step["kind"] == "spd":
        return t("brief.step.spd", indicator=step["indicator_name"])
    key = "brief.step.sid_new" if int(step["from_level"]) == 0 else "brief.step.sid"
    return t(key, indicator=step["indicator_name"], innovation=step["innovation_name"])


def _missing_per_innovation(gaps: pd.DataFrame) -> pd.DataFrame:
    """The missing mandatory evidence summed per innovation, largest points at risk first
    (innovation_id, innovation_name, opd_id, opd_name, indicators, points)."""
    if gaps.empty:
        return pd.DataFrame(
            columns=["innovation_id", "innovation_name", "opd_id", "opd_name", "indicators", "points"]
        )
    return (
        gaps.groupby(["innovation_id", "innovation_name", "opd_id", "opd_name"], sort=False)
        .agg(indicators=("indicator_name", tuple), points=("points_at_risk", "sum"))
        .reset_index()
        .sort_values("points", ascending=False, kind="stable")
    )


def _gap_steps(gaps: pd.DataFrame, limit: int) -> list[Step]:
    """The missing mandatory evidence with the largest points at risk, one line per innovation."""
    per = _missing_per_innovation(gaps).head(limit)
    return [
        Step(
            text=t("brief.step.gap", missing=", ".join(r.indicators), innovation=r.innovation_name),
            owner=r.opd_name,
            points=float(r.points),
            owner_id=r.opd_id,
        )
        for r in per.itertuples()
    ]


# --- the summary sentences ------------------------------------------------------------------------


def summary(facts: Facts) -> list[str]:
    """Three to five sentences, most important first."""
    sentences = [_score_sentence(facts.score, facts.target)]
    cur = facts.current
    if cur is None or cur.n_opd == 0:
        sentences.append(t("brief.no_data", year=facts.score.year))
        sentences.append(t("brief.reminder"))
        return sentences
    sentences.append(_count_sentence(cur, facts.previous, facts.scope))
    sentences.append(_coverage_sentence(cur, facts.without_innovation, facts.target_coverage))
    if cur.n_innovations:
        sentences.append(t("brief.digital", share=fmt_percent(cur.share_digital)))
    if facts.top_opd is not None and facts.top_opd[1] > 0 and cur.n_opd > 1:
        sentences.append(t("brief.top", name=facts.top_opd[0], n=fmt_number(facts.top_opd[1])))
    return sentences[:5]


def _score_sentence(score: ScorePoint, target: float | None) -> str:
    if not score.has_score:
        return t("brief.score.missing", year=score.year)
    values = {
        "year": score.year,
        "score": fmt_score(score.score),
        "predicate": score.predicate or t("missing.label"),
        "method_year": score.method_year,
    }
    key = "brief.score.official" if score.kind == OFFICIAL else "brief.score.estimate"
    text = t(key, **values)
    if target is None:
        return text + "."
    gap = round(float(target) - round(float(score.score), 2), 2)
    if gap > 0:
        return text + t("brief.gap.below", gap=fmt_score(gap), target=fmt_score(target))
    return text + t("brief.gap.reached", target=fmt_score(target))


def _count_sentence(cur: YearFacts, prev: YearFacts | None, scope: str | None) -> str:
    text = t("brief.count", n=fmt_number(cur.n_innovations), year=cur.year)
    if prev is not None:
        diff = cur.n_innovations - prev.n_innovations
        if diff > 0:
            text += t("brief.count.up", diff=fmt_number(diff), year=prev.year)
        elif diff < 0:
            text += t("brief.count.down", diff=fmt_number(-diff), year=prev.year)
        else:
            text += t("brief.count.same", year=prev.year)
    text += "."
    if scope:
        text = t("brief.scope", scope=scope) + text[0].lower() + text[1:]
    return text


def _coverage_sentence(cur: YearFacts, without: Sequence[tuple[str, bool]], goal: float) -> str:
    values = {
        "x": fmt_number(cur.n_opd_with_innovation),
        "n": fmt_number(cur.n_opd),
        "share": fmt_percent(cur.coverage),
    }
    missing = cur.n_opd - cur.n_opd_with_innovation
    if cur.n_opd == 1:
        # one OPD chosen: "Semua 1 OPD" would be odd
        name = without[0][0] if without else None
        return t("brief.coverage.one_none", name=name) if missing else t("brief.coverage.one")
    if missing <= 0:
        return t("brief.coverage.all", goal=fmt_percent(goal), **values)
    names = [name for name, _ in without][:MAX_NAMES]
    n_kec = sum(1 for _, is_kec in without if is_kec)
    rest = missing - len(names)
    listed = ", ".join(names)
    if rest > 0:
        listed += t("brief.coverage.more", n=fmt_number(rest))
    key = "brief.coverage.some_kec" if n_kec else "brief.coverage.some"
    return t(key, missing=fmt_number(missing), names=listed, n_kec=fmt_number(n_kec), **values)


def trend_sentence(trend: Trend) -> str:
    """One sentence on whether the pace of the official results reaches the goal in time."""
    values = {
        "goal": fmt_score(trend.goal),
        "goal_year": trend.goal_year,
        "base": fmt_score(trend.base_score),
        "base_year": trend.base_year,
    }
    if trend.reached:
        return t("trend.reached", **values)
    needed = t("trend.needed", needed=fmt_score(trend.needed_per_year), **values)
    if trend.pace_per_year is None:
        return needed + " " + t("trend.no_pace")
    if trend.pace_per_year <= 0:
        return needed + " " + t("trend.not_rising", pace=fmt_score(trend.pace_per_year))
    values["pace"] = fmt_score(trend.pace_per_year)
    if trend.pace_reaches_goal_in is None:
        return needed + " " + t("trend.too_slow", **values)
    values["reach_year"] = trend.pace_reaches_goal_in
    if trend.pace_is_enough:
        return needed + " " + t("trend.on_time", **values)
    return needed + " " + t("trend.late", **values)


# ---------------------------------------------------------------------------------------------
# The charts of the briefing, with the table behind each


@dataclass(frozen=True)
class View:
    """One chart of the briefing and the table behind it, described, not yet built: `figure_spec`
    and `table_spec` are calls made when an output shows them (the dashboard caches the figure)."""

    key: str  # score | coverage | jenis
    title: str
    figure_spec: Later  # -> plotly.graph_objects.Figure
    table_spec: Later  # -> pd.DataFrame
    caption: str | None = None
    sample: bool = False

    @property
    def figure(self) -> Any:
        """The figure, built now (a new one on every access)."""
        return self.figure_spec()

    @property
    def table(self) -> pd.DataFrame:
        return self.table_spec()


def views(b: Briefing) -> list[View]:
    """The briefing's charts: the score over the years, OPD coverage, digital and non-digital.
    Described here once, so every output draws the same chart from the same data; each is built
    only by an output that shows it."""
    from analytics import charts  # plotly is only needed by outputs that draw

    sample_years = bool(b.by_year["has_sample"].any()) if not b.by_year.empty else False
    points_df = progress.points_frame(b.points)
    return [
        View(
            "score",
            t("page.ringkasan.chart"),
            later(
                charts.figure_score_trend,
                points_df,
                b.bands,
                b.target,
                sample=b.any_sample_estimate,
                title="",
            ),
            later(tables.table_scores, b.points),
            t("page.ringkasan.chart_caption"),
            b.any_sample_estimate,
        ),
        View(
            "coverage",
            # one OPD: the chart shows its innovations per year (a share of one OPD says nothing)
            t("chart.coverage.one_opd") if b.scope.opd_id else t("handout.chart.coverage"),
            later(charts.figure_coverage_trend, b.by_year, sample=sample_years),
            later(tables.table_coverage, b.by_year),
            None,
            sample_years,
        ),
        View(
            "jenis",
            t("handout.chart.jenis"),
            later(charts.figure_jenis_by_year, b.by_year, sample=sample_years),
            later(tables.table_jenis_by_year, b.by_year),
            None,
            sample_years,
        ),
    ]


def view(b: Briefing, key: str) -> View:
    """One of the briefing's charts (see `views`)."""
    return next(v for v in views(b) if v.key == key)


# ---------------------------------------------------------------------------------------------
# The presenter's outline: one message per slide


@dataclass(frozen=True)
class Slide:
    """One slide of the presenter mode: a title sentence that states the finding, then one thing."""

    key: str  # cards | score | coverage | jenis | closing
    title: str
    view: str | None = None  # the key of the briefing view (chart) it shows, if any


def slides(b: Briefing) -> list[Slide]:
    """The presenter mode's slides, in order: where we stand (the cards), the score over the
    years, OPD coverage, digital and non-digital, and the closing slide (steps to the goal and
    the OPD without an innovation). Titles are sentences of the briefing, so the room hears
    what the handout says."""
    out = [Slide("cards", _cards_headline(b))]
    out.append(Slide("score", trend_headline(b.points), "score"))
    cur = b.current
    if cur is not None and cur.n_opd:
        missing = cur.n_opd - cur.n_opd_with_innovation
        values = {"x": fmt_number(cur.n_opd_with_innovation), "n": fmt_number(cur.n_opd)}
        values |= {"share": fmt_percent(cur.coverage), "missing": fmt_number(missing)}
        key = "brief.slide.coverage_all" if missing <= 0 else "brief.slide.coverage"
        out.append(Slide("coverage", t(key, **values), "coverage"))
        if cur.n_innovations:
            out.append(Slide("jenis", t("brief.slide.jenis", share=fmt_percent(cur.share_digital)), "jenis"))
    out.append(Slide("closing", _closing_headline(b)))
    return out


def _closing_headline(b: Briefing) -> str:
    path = b.path
    values = {"target": fmt_score(b.target), "year": b.year, "n_without": fmt_number(len(b.without))}
    everyone = b.without.empty  # every OPD has an innovation: the sentence says so
    if path.status == "below" and path.steps:
        values |= {"gap": fmt_score(path.gap), "n": fmt_number(len(path.steps))}
        key = "brief.slide.closing_below_all" if everyone else "brief.slide.closing_below"
    elif path.status == "reached":
        values |= {"margin": fmt_score(path.margin)}
        key = "brief.slide.closing_reached_all" if everyone else "brief.slide.closing_reached"
    else:
        key = "brief.slide.closing"
    return t(key, **values)


def _cards_headline(b: Briefing) -> str:
    p = b.point
    if not p.has_score:
        return t("brief.slide.cards", year=b.year)
    gap = round(b.target - round(float(p.score), 2), 2)
    values = {"year": b.year, "score": fmt_score(p.score), "kind": tables.score_kind(p)}
    values |= {"target": fmt_score(b.target), "gap": fmt_score(abs(gap))}
    return t("brief.slide.cards_below" if gap > 0 else "brief.slide.cards_reached", **values)


def trend_headline(points: Sequence[ScorePoint]) -> str:
    """The score over the years in one sentence, from the official results (estimates are not
    mixed in): "Skor resmi naik dari 53,00 (2021) ke 79,60 (2025)"."""
    official = [p for p in points if p.kind == OFFICIAL and p.has_score]
    if len(official) < 2:
        return t("brief.slide.trend_few")
    first, last = official[0], official[-1]
    key = "brief.slide.trend_up" if last.score > first.score else "brief.slide.trend_down"
    if round(last.score, 2) == round(first.score, 2):
        key = "brief.slide.trend_flat"
    return t(
        key,
        first=fmt_score(first.score),
        first_year=first.year,
        last=fmt_score(last.score),
        last_year=last.year,
    )
