"""The short written summary of the Ringkasan page: three to five plain Bahasa Indonesia sentences.

Written for the regent: what the score is and whether it is official or an estimate, how far it is
from the goal, how many innovations there are and how that changed, which share of OPD has at least
one innovation (the 100 % goal), and the digital share. Every sentence is built from the data passed
in, with the wording from the one text catalogue, so the PDF handout can reuse it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from analytics.progress import OFFICIAL, ScorePoint, Trend
from analytics.text import fmt_number, fmt_percent, fmt_score, t

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


def summary(facts: Facts) -> list[str]:
    """Three to five sentences, most important first."""
    sentences = [_score_sentence(facts.score, facts.target)]
    cur = facts.current
    if cur is None or cur.n_opd == 0:
        sentences.append(t("brief.no_data", year=facts.score.year))
        sentences.append(t("brief.reminder"))
        return sentences
    sentences.append(_count_sentence(cur, facts.previous, facts.scope))
    sentences.append(_coverage_sentence(cur, facts.without_innovation))
    if cur.n_innovations:
        sentences.append(t("brief.digital", share=fmt_percent(cur.share_digital)))
    if facts.top_opd is not None and facts.top_opd[1] > 0:
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


def _coverage_sentence(cur: YearFacts, without: Sequence[tuple[str, bool]]) -> str:
    values = {
        "x": fmt_number(cur.n_opd_with_innovation),
        "n": fmt_number(cur.n_opd),
        "share": fmt_percent(cur.coverage),
    }
    missing = cur.n_opd - cur.n_opd_with_innovation
    if missing <= 0:
        return t("brief.coverage.all", **values)
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
