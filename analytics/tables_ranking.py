"""The tables behind the Peringkat page's charts: Indonesian column names and number formats.

As `analytics.tables` does for the other pages: each chart has its table one click away, built from
the same frame of `analytics.ranking`. Scores are formatted text (58,11); counts and ranks stay
numbers, so the table still sorts by them.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analytics.ranking import Standing
from analytics.text import MISSING, fmt_percent, fmt_score, source_label, t


def change_text(change: object) -> str:
    """'naik 3' / 'turun 2' / 'tetap' (a rank number that falls is a rise), '–' without a comparison."""
    if change is None or pd.isna(change):
        return MISSING
    n = int(change)
    if n == 0:
        return t("ranking.change.same")
    return t("ranking.change.up" if n > 0 else "ranking.change.down", n=abs(n))


def table_standings(standings: Sequence[Standing]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.scope"): [s.scope.label() for s in standings],
            t("col.rank"): [
                t("ranking.rank_of", rank=s.rank, size=s.scope.size) if s.rank is not None else MISSING
                for s in standings
            ],
            t("col.regions_present"): [t("col.x_of_n", x=s.present, n=s.scope.size) for s in standings],
            t("col.score"): [fmt_score(s.score) for s in standings],
            t("col.source"): [source_label(s.source) for s in standings],
        }
    )


def table_distribution(scores: pd.DataFrame) -> pd.DataFrame:
    """Every region of the scope with its score and rank (equal scores share a rank), best first."""
    rounded = scores["score"].astype(float).round(2)
    ranks = rounded.rank(method="min", ascending=False).astype(int)
    return pd.DataFrame(
        {
            t("col.rank"): ranks.to_numpy(),
            t("col.region"): scores["region"].to_numpy(),
            t("col.score"): [fmt_score(v) for v in scores["score"]],
        }
    )


def table_predicate_shares(shares: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.predicate"): shares["predicate"],
            t("col.n_regions"): shares["n"],
            t("col.share"): [fmt_percent(v) for v in shares["share"]],
            t("col.derived"): shares["derived"],
        }
    )


def table_neighbour_scores(scores: pd.DataFrame) -> pd.DataFrame:
    """One row per region (the subject first), one column per year."""
    if scores.empty:
        return pd.DataFrame(columns=[t("col.region")])
    wide = scores.pivot_table(index=["order", "region"], columns="year", values="score", aggfunc="first")
    wide = wide.reindex(columns=range(int(scores["year"].min()), int(scores["year"].max()) + 1))
    out = pd.DataFrame({t("col.region"): [region for _, region in wide.index]})
    for year in wide.columns:
        out[str(year)] = [fmt_score(v) for v in wide[year]]
    return out


def table_rank_history(history: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("col.year"): history["year"].to_numpy(),
            t("col.scope"): history["scope_label"].to_numpy(),
            t("col.rank"): [
                t("ranking.rank_of", rank=int(r), size=int(n)) if pd.notna(r) else MISSING
                for r, n in zip(history["rank"], history["size"], strict=True)
            ],
            t("col.change"): [change_text(c) for c in history["change"]],
            t("col.regions_present"): [
                t("col.x_of_n", x=p, n=n) for p, n in zip(history["present"], history["size"], strict=True)
            ],
        }
    )
