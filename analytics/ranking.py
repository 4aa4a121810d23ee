"""Ranks of the subject region, computed only where they are honest.

The ministry ranks kabupaten and kota separately, nationally; Bappeda also asks for the place
within its own province. A rank is computed here only for a scope (all autonomous kabupaten of
Indonesia, say, or all kabupaten of Jawa Tengah, from the reference list `analytics.regions`) whose
every region has a result for that year in the stored results: a table with 24 of 415 kabupaten
gives no rank, only "24 dari 415". A published rank (from a press report or decree) is kept as
published and shown beside the computed one, never replaced by it.

Every function takes the stored results as a frame (the query `region_results`, one row per region
per year, with `is_sample` of the load that wrote it) and returns plain values or small frames, so
the Peringkat page, the tests and the CLI share one set of rules:

- rank = 1 + the number of regions of the scope with a higher score (two decimals, as published),
  so equal scores share a rank;
- `share_below` = the share of the other regions of the scope with a lower score;
- anything computed from a sample row ("data contoh") says so (`is_sample`).

Plain Python + pandas; no Streamlit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.db import query
from analytics.methods import BandLike, MethodError, band_name, method_for_year
from analytics.regions import Reference, Region
from analytics.text import fmt_score, t

NATIONAL = "nasional"
PROVINCE = "provinsi"


def is_sample_source(source: object) -> bool:
    """Whether a result's source says it is sample data: it starts with "data contoh", as every
    row of a generated table does (analytics.sample_results); how an imported table is known as
    sample data."""
    return isinstance(source, str) and source.strip().casefold().startswith(t("sample.badge").casefold())


def predicate_disagreement(score: float, predicate: str | None, year: int) -> str | None:
    """What the report says when a published predicate is not the band of its score in the method
    of `year` (e.g. "Sangat Inovatif" for 58,07); None when they agree, or when the predicate is not
    one of the bands (an award such as "Terinovatif" is not a band). Flagged, never refused: the
    result is stored as published."""
    try:
        method = method_for_year(year)
    except MethodError:  # no usable method file: nothing to compare with (the estimates say why)
        return None
    names = {b.name for b in method.bands}
    if not predicate or predicate not in names:
        return None
    band = band_name(score, method.bands)
    if band is None or band == predicate:
        return None
    return t("region.import.predicate_flag", method=method.year, score=fmt_score(score), band=band)


# a kind of region in a sentence ("kabupaten se-Indonesia")
KIND_TEXT = {
    "kabupaten": "ranking.kind.kabupaten",
    "kota": "ranking.kind.kota",
    "provinsi": "ranking.kind.provinsi",
}


@dataclass(frozen=True)
class Scope:
    """The regions a rank is counted among: one kind, nationally or within one province."""

    key: str  # NATIONAL | PROVINCE
    kind: str  # kabupaten | kota | provinsi
    codes: frozenset[str]
    province: str | None = None

    @property
    def size(self) -> int:
        return len(self.codes)

    def label(self, escape: Callable[[str], str] = str) -> str:
        """'kabupaten se-Indonesia', 'kabupaten di Jawa Tengah'; `escape` is applied to the
        province's name (from data), e.g. `safe.md` for a page."""
        kind = t(KIND_TEXT[self.kind])
        if self.key == NATIONAL:
            return t("ranking.scope.national", kind=kind)
        return t("ranking.scope.province", kind=kind, province=escape(self.province or ""))

    def where(self, escape: Callable[[str], str] = str) -> str:
        """'se-Indonesia', 'se-Jawa Tengah': the scope in two words, for labels that must be short."""
        if self.key == NATIONAL:
            return t("ranking.where.national")
        return t("ranking.where.province", province=escape(self.province or ""))


def scopes(subject: Region, ref: Reference) -> list[Scope]:
    """The scopes of the subject: its kind nationally, and (for a kabupaten or kota) in its province."""
    out = [Scope(NATIONAL, subject.kind, frozenset(r.code for r in ref.scope(subject.kind)))]
    if subject.kind != "provinsi":
        inside = frozenset(r.code for r in ref.scope(subject.kind, subject.province_code))
        out.append(Scope(PROVINCE, subject.kind, inside, subject.province))
    return out


def load(con: duckdb.DuckDBPyConnection, ref: Reference) -> pd.DataFrame:
    """The stored results with each row's region code (see `coded`)."""
    return coded(query(con, "region_results"), ref)


def coded(results: pd.DataFrame, ref: Reference) -> pd.DataFrame:
    """`results` with the Kemendagri `code` of each row's region (None where the name matches no
    single region of the list: such a row counts in no scope)."""
    seen: dict[tuple[str, str, str], str | None] = {}
    codes = []
    for region, province, kind in zip(results["region"], results["province"], results["kind"], strict=True):
        key = (region, province, kind)
        if key not in seen:
            exact = ref.by_name.get(region)
            if exact is not None and exact.kind == kind:
                seen[key] = exact.code
            else:
                found = ref.match(region, province=province, kind=kind).region
                seen[key] = found.code if found else None
        codes.append(seen[key])
    return results.assign(code=pd.Series(codes, index=results.index, dtype="object"))


def years(table: pd.DataFrame) -> list[int]:
    return sorted(int(y) for y in table["year"].unique())


def _in_scope(table: pd.DataFrame, scope: Scope, year: int) -> pd.DataFrame:
    rows = table[(table["year"] == year) & table["code"].isin(scope.codes)]
    return rows.drop_duplicates("code")


@dataclass(frozen=True)
class Standing:
    """The subject in one scope and year: how much of the scope the stored table holds, and the
    rank when it holds all of it."""

    scope: Scope
    year: int
    present: int  # regions of the scope with a result this year
    score: float | None  # the subject's score, when stored
    rank: int | None  # only when the table is complete
    below: int | None  # regions of the scope with a lower score (complete tables only)
    published_rank: int | None
    published_scope: str | None
    source: str | None  # of the subject's result
    predicate: str | None  # of the subject's result, as published
    score_is_sample: bool  # the subject's result is a sample row
    is_sample: bool  # drawn from sample rows ("data contoh")

    @property
    def complete(self) -> bool:
        return self.scope.size > 0 and self.present >= self.scope.size

    @property
    def missing(self) -> int:
        return max(0, self.scope.size - self.present)

    @property
    def published_here(self) -> bool:
        """Whether the subject's published rank is one of this scope (its scope text, e.g.
        "kabupaten nasional", names the nation, or not)."""
        if self.published_rank is None:
            return False
        national = "nasional" in (self.published_scope or "").casefold()
        return national == (self.scope.key == NATIONAL)

    @property
    def share_below(self) -> float | None:
        """Share of the other regions of the scope with a lower score (0..1)."""
        if self.below is None or self.scope.size < 2:
            return None
        return self.below / (self.scope.size - 1)


def _filled(value: object) -> bool:
    return value is not None and not pd.isna(value) and str(value).strip() != ""


def standing(table: pd.DataFrame, subject: Region, scope: Scope, year: int) -> Standing:
    rows = _in_scope(table, scope, year)
    own = table[(table["year"] == year) & (table["code"] == subject.code)]
    mine = own.iloc[0] if len(own) else None
    score = float(mine["score"]) if mine is not None else None
    complete = scope.size > 0 and len(rows) >= scope.size
    rank = below = None
    if complete and score is not None:
        scores = rows["score"].astype(float).round(2)
        rank = int((scores > round(score, 2)).sum()) + 1
        below = int((scores < round(score, 2)).sum())
    published = mine is not None and pd.notna(mine["rank"])
    return Standing(
        scope=scope,
        year=int(year),
        present=len(rows),
        score=score,
        rank=rank,
        below=below,
        published_rank=int(mine["rank"]) if published else None,
        published_scope=str(mine["rank_scope"]) if published and pd.notna(mine["rank_scope"]) else None,
        source=str(mine["source"]) if mine is not None else None,
        predicate=str(mine["predicate"]) if mine is not None and _filled(mine["predicate"]) else None,
        score_is_sample=mine is not None and bool(mine["is_sample"]),
        is_sample=bool(rows["is_sample"].any()) or (mine is not None and bool(mine["is_sample"])),
    )


def standings(table: pd.DataFrame, subject: Region, ref: Reference, year: int) -> list[Standing]:
    """The subject's standing in each of its scopes in `year`."""
    return [standing(table, subject, scope, year) for scope in scopes(subject, ref)]


def history(table: pd.DataFrame, subject: Region, ref: Reference) -> pd.DataFrame:
    """Every year with a stored result, per scope: the rank (when the table is complete) and its
    change from the previous ranked year (positive = up, i.e. a smaller rank number).

    Columns: year, scope, scope_label, size, present, rank, change, is_sample.
    """
    rows = []
    for scope in scopes(subject, ref):
        previous: int | None = None
        for year in years(table):
            s = standing(table, subject, scope, year)
            change = previous - s.rank if s.rank is not None and previous is not None else None
            rows.append(
                {"year": year, "scope": scope.key, "scope_label": scope.label(), "size": scope.size,
                 "present": s.present, "rank": s.rank, "change": change, "is_sample": s.is_sample}
            )  # fmt: skip
            if s.rank is not None:
                previous = s.rank
    frame = pd.DataFrame(
        rows, columns=["year", "scope", "scope_label", "size", "present", "rank", "change", "is_sample"]
    )
    return frame.astype({"rank": "Int64", "change": "Int64"})


def distribution(table: pd.DataFrame, subject: Region, scope: Scope, year: int) -> pd.DataFrame:
    """The scores of the scope's regions in `year` (region, score, is_subject, is_sample), best first."""
    rows = _in_scope(table, scope, year)
    return (
        rows.assign(is_subject=rows["code"] == subject.code)[["region", "score", "is_subject", "is_sample"]]
        .sort_values(["score", "region"], ascending=[False, True])
        .reset_index(drop=True)
    )


def predicate_shares(table: pd.DataFrame, scope: Scope, year: int, bands: Sequence[BandLike]) -> pd.DataFrame:
    """How many regions of the scope fall in each predicate in `year`: the published predicate, or
    the band of the score where none was published (counted in `derived`).

    Columns: predicate, n, share, derived; the bands' order (highest first), then any other
    published predicate (e.g. "Disclaimer").
    """
    rows = _in_scope(table, scope, year)
    published = rows["predicate"].where(rows["predicate"].notna() & (rows["predicate"].astype(str) != ""))
    derived = published.isna()
    predicate = published.where(~derived, [band_name(s, bands) for s in rows["score"]])
    order = [b.name for b in sorted(bands, key=lambda b: -b.max)]
    order += sorted(set(predicate.dropna()) - set(order))
    total = len(rows)
    out = []
    for name in order:
        mask = predicate == name
        n = int(mask.sum())
        if n or name in [b.name for b in bands if b.max > b.min]:
            out.append({"predicate": name, "n": n, "share": n / total if total else 0.0,
                        "derived": int((mask & derived).sum())})  # fmt: skip
    return pd.DataFrame(out, columns=["predicate", "n", "share", "derived"])


def neighbour_scores(table: pd.DataFrame, subject: Region, ref: Reference) -> pd.DataFrame:
    """The subject's and its neighbours' stored results over the years.

    Columns: region, code, year, score, is_subject, is_sample, order (subject 0, neighbours 1..).
    """
    members = [subject, *ref.neighbours(subject.code)]
    order = {r.code: i for i, r in enumerate(members)}
    rows = table[table["code"].isin(order)].drop_duplicates(["code", "year"])
    frame = pd.DataFrame(
        {
            "region": [ref.by_code[c].name for c in rows["code"]],
            "code": rows["code"].to_numpy(),
            "year": rows["year"].astype(int).to_numpy(),
            "score": rows["score"].astype(float).to_numpy(),
            "is_subject": (rows["code"] == subject.code).to_numpy(),
            "is_sample": rows["is_sample"].astype(bool).to_numpy(),
            "order": [order[c] for c in rows["code"]],
        }
    )
    return frame.sort_values(["order", "year"]).reset_index(drop=True)


def neighbours_without_results(table: pd.DataFrame, subject: Region, ref: Reference) -> list[Region]:
    """The subject's neighbours that have no stored result in any year."""
    have = set(table["code"].dropna())
    return [r for r in ref.neighbours(subject.code) if r.code not in have]
