"""The short written summary of the Ringkasan page: three to five plain Bahasa Indonesia sentences.

Written for the regent: what the score is and whether it is official or an estimate, how far it is
from the goal, how many innovations there are and how that changed, which share of OPD has at least
one innovation (the 100 % goal), and the digital share. Every sentence is built from the data passed
in, with the wording from the one text catalogue, so the PDF handout can reuse it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analytics import progress
from analytics.progress import OFFICIAL, ScorePoint, Trend
from analytics.safe import md
from analytics.text import MISSING, fmt_number, fmt_percent, fmt_score, t

MAX_NAMES = 3  # OPD named in the coverage sentence; more would not fit one spoken sentence


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
class Facts:
    """Everything the summary speaks about."""

    score: ScorePoint
    target: float | None
    current: YearFacts | None
    previous: YearFacts | None = None
    without_innovation: Sequence[tuple[str, bool]] = field(default_factory=tuple)  # (name, is_kecamatan)
    top_opd: tuple[str, int] | None = None
    scope: str | None = None  # the filter in words, when not everything is shown


@dataclass(frozen=True)
class Briefing:
    """What the Ringkasan page (and the PDF handout made from it) says about one year and filter."""

    year: int | None
    scope: str | None  # the filter in words; None = everything
    point: ScorePoint  # the score of the year: official, estimate or missing
    previous: ScorePoint | None  # the latest earlier year with a score
    points: list[ScorePoint]  # every year's score, for the trend chart
    target: float  # the goal of the year (progress.goal_for_year)
    target_coverage: float
    current: YearFacts | None  # the counts of the year under the filter
    prev_year: YearFacts | None  # the counts of the year before
    sentences: list[str]  # the written summary (plain text, for the PDF)
    facts: Facts  # what the summary speaks about
    without: pd.DataFrame  # OPD without an innovation in the year (opd_name, is_kecamatan, ...)
    by_year: pd.DataFrame  # participation_by_year
    counts: pd.DataFrame  # opd_innovation_counts, every year
    bands: tuple[Any, ...]
    estimates: Mapping[int, Any]  # scoring.Estimate per year
    is_sample: bool  # the year's counts include sample data
    any_sample_estimate: bool  # some estimate on the trend was computed from sample data
    official_sources: list[tuple[int, str]]  # (year, source) of the official results used

    @property
    def sentences_markdown(self) -> list[str]:
        """The written summary for st.markdown: OPD names, scope and predicate escaped."""
        return summary(self.facts, markdown=True)

    @property
    def year_counts(self) -> pd.DataFrame:
        return self.counts[self.counts["year"] == self.year]

    @property
    def any_sample(self) -> bool:
        """Some figure (any year, any estimate) is sample data."""
        return self.is_sample or self.any_sample_estimate or bool(self.by_year["has_sample"].any())


def assemble(
    year: int | None,
    *,
    scope: str | None,
    by_year: pd.DataFrame,
    counts: pd.DataFrame,
    pati: pd.DataFrame,
    targets: pd.DataFrame,
    estimates: Mapping[int, Any],
    bands: Sequence[Any],
) -> Briefing:
    """Put the briefing of `year` together from the page queries (participation_by_year,
    opd_innovation_counts, Pati's rows of published_index_results, yearly_targets), the scoring
    engine's estimates and the year's predicate bands. One set of rules for page and handout."""
    years = sorted(set(by_year["year"].astype(int)) | set(pati["year"].astype(int)))
    points = progress.score_series(years, pati, estimates, bands)
    point = next((p for p in points if p.year == year), progress.score_point(year, pati, None, bands))
    goal = progress.goal_for_year(targets, year)

    row = by_year[by_year["year"] == year]
    prev_row = by_year[by_year["year"] == year - 1] if year is not None else row.iloc[0:0]
    cur = YearFacts.from_row(row.iloc[0]) if len(row) else None
    prev = YearFacts.from_row(prev_row.iloc[0]) if len(prev_row) else None

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
        scope=scope,
    )
    return Briefing(
        year=year,
        scope=scope,
        point=point,
        previous=progress.previous_point(points, year) if year is not None else None,
        points=points,
        target=goal.score,
        target_coverage=goal.coverage,
        current=cur,
        prev_year=prev,
        sentences=summary(facts),
        facts=facts,
        without=without,
        by_year=by_year,
        counts=counts,
        bands=tuple(bands),
        estimates=estimates,
        is_sample=bool(row["has_sample"].any()) if len(row) else False,
        any_sample_estimate=any(p.kind == progress.ESTIMATE and p.is_sample for p in points),
        official_sources=[(p.year, p.source or MISSING) for p in points if p.kind == OFFICIAL],
    )


def summary(facts: Facts, *, markdown: bool = False) -> list[str]:
    """Three to five sentences, most important first. `markdown`: the values from the data (OPD
    names, scope, predicate) escaped for st.markdown (`safe.md`); the PDF takes plain text."""
    esc: Callable[[str], str] = md if markdown else str
    sentences = [_score_sentence(facts.score, facts.target, esc)]
    cur = facts.current
    if cur is None or cur.n_opd == 0:
        sentences.append(t("brief.no_data", year=facts.score.year))
        sentences.append(t("brief.reminder"))
        return sentences
    sentences.append(_count_sentence(cur, facts.previous, facts.scope, esc))
    sentences.append(_coverage_sentence(cur, facts.without_innovation, esc))
    if cur.n_innovations:
        sentences.append(t("brief.digital", share=fmt_percent(cur.share_digital)))
    if facts.top_opd is not None and facts.top_opd[1] > 0:
        sentences.append(t("brief.top", name=esc(facts.top_opd[0]), n=fmt_number(facts.top_opd[1])))
    return sentences[:5]


def _score_sentence(score: ScorePoint, target: float | None, esc: Callable[[str], str]) -> str:
    if not score.has_score:
        return t("brief.score.missing", year=score.year)
    values = {
        "year": score.year,
        "score": fmt_score(score.score),
        "predicate": esc(score.predicate) if score.predicate else t("missing.label"),
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


def _count_sentence(
    cur: YearFacts, prev: YearFacts | None, scope: str | None, esc: Callable[[str], str]
) -> str:
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
        text = t("brief.scope", scope=esc(scope)) + text[0].lower() + text[1:]
    return text


def _coverage_sentence(cur: YearFacts, without: Sequence[tuple[str, bool]], esc: Callable[[str], str]) -> str:
    values = {
        "x": fmt_number(cur.n_opd_with_innovation),
        "n": fmt_number(cur.n_opd),
        "share": fmt_percent(cur.coverage),
    }
    missing = cur.n_opd - cur.n_opd_with_innovation
    if missing <= 0:
        return t("brief.coverage.all", **values)
    names = [esc(name) for name, _ in without][:MAX_NAMES]
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
