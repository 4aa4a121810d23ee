"""Timings of the scoring engine on the current database; prints numbers, asserts nothing.

    .venv/bin/python bench/bench_scoring.py [--db PATH] [--repeat N]
    .venv/bin/python -m bench.bench_scoring

The goal is an estimate for one year well under 50 ms on the sample data (the what-if controls
recompute on every change). Each line is the median and the best of N runs in milliseconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a plain script too

from analytics import db, scoring
from analytics.methods import _load_cached, method_for_year


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    fn()  # warm-up: DuckDB plans, method cache
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), min(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Waktu mesin skor (milidetik).")
    parser.add_argument("--db", help="berkas basis data (bawaan: $INOVASI_DB atau data/inovasi.duckdb)")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--year", type=int, default=2022)
    args = parser.parse_args(argv)

    con = db.connect(args.db)
    year = args.year
    data = scoring.load_year(con, year)
    plan = scoring.plan(data)

    def cold_method() -> None:
        _load_cached.cache_clear()
        method_for_year(year)

    cases: list[tuple[str, Callable[[], object]]] = [
        ("method file load + validate (cold)", cold_method),
        ("method_for_year (cached)", lambda: method_for_year(year)),
        (f"estimate({year}) from the database", lambda: scoring.estimate(con, year)),
        ("load_year (2 queries + pivot)", lambda: scoring.load_year(con, year)),
        ("estimate_data (pure, loaded data)", lambda: scoring.estimate_data(data)),
        ("estimate_years (all years)", lambda: scoring.estimate_years(con)),
        ("path_to_goal(60.01) from the database", lambda: scoring.path_to_goal(con, year)),
        ("plan(100.0) on loaded data, every step", lambda: scoring.plan(data, 100.0, max_steps=100_000)),
        ("points_lost_by_indicator", lambda: scoring.points_lost_by_indicator(con, year, include_spd=True)),
        ("points_lost_by_opd", lambda: scoring.points_lost_by_opd(con, year)),
        ("evidence_gaps", lambda: scoring.evidence_gaps(con, year)),
        (
            "what-if on loaded data (with_changes + estimate)",
            lambda: scoring.estimate_data(scoring.with_changes(data, plan.sid_changes(), plan.spd_changes())),
        ),
    ]
    print(f"basis data: {db.db_path(args.db)}  tahun {year}: {data.n} inovasi; ulangan {args.repeat}")
    print(f"{'kasus':<48} {'median ms':>10} {'terbaik ms':>11}")
    for name, fn in cases:
        median, best = timed(fn, args.repeat)
        print(f"{name:<48} {median:>10.2f} {best:>11.2f}")
    con.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
