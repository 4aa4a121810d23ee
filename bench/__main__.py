"""Page speed of the dashboard: first render and rerun after a filter change, per page. Prints
numbers, asserts nothing (`make bench`, or `.venv/bin/python -m bench [--repeat N] [--db PATH]`).

Streamlit's AppTest runs the whole script in-process (entry script + page, no browser), so the
numbers are server-side script time, the part this code controls; the browser adds its own drawing
time on top. For every page:

- first render, cold: all Streamlit caches emptied first (a new server, or a new database file);
- first render, warm: a new session while the caches are warm (a second official opening the link);
- rerun after a filter change, new values: year / OPD / jenis changed to values this page has not
  shown yet (its queries miss the cache);
- rerun after a filter change, seen values: the same changes again (cache hits, the common case
  when a presenter flips between years).

Each rerun line gives the median and the worst of the changes. The target is under 300 ms per
rerun on the 2-core machine this project runs on.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = {
    "Ringkasan": "pages/ringkasan.py",
    "Partisipasi OPD": "pages/partisipasi_opd.py",
    "Jenis Inovasi": "pages/jenis_inovasi.py",
    "Progres Skor": "pages/progres_skor.py",
    "Data Inovasi": "pages/data_inovasi.py",
}
# (widget key, value) changes, applied one after another: every one is a rerun
CHANGES = [
    ("tahun", 2021),
    ("tahun", 2023),
    ("opd", "jenis:kecamatan"),
    ("jenis", "digital"),
    ("tahun", 2024),
    ("opd", "dinkes"),
    ("tahapan", "penerapan"),
    ("jenis", "semua"),
    ("opd", "semua"),
    ("tahapan", "semua"),
]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _open(page: str):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    start = time.perf_counter()
    at.run()
    at.switch_page(page).run()
    elapsed = _ms(start)
    _check(at)
    return at, elapsed


def _check(at) -> None:
    if at.exception:
        raise SystemExit(f"exception: {at.exception[0].value}")


def _reruns(at) -> list[float]:
    times = []
    for key, value in CHANGES:
        widget = at.selectbox(key=key)
        start = time.perf_counter()
        widget.select(value).run()
        times.append(_ms(start))
        _check(at)
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database file (default: INOVASI_DB or data/inovasi.duckdb)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the seen-values reruns")
    args = parser.parse_args(argv)
    if args.db:
        os.environ["INOVASI_DB"] = args.db

    import streamlit as st

    from ui.server import navigation_only

    navigation_only()
    _open(PAGES["Ringkasan"])  # imports and the first connection, not counted

    print(f"{'page':<16} {'first cold':>11} {'first warm':>11}   rerun after filter change (ms)")
    for name, page in PAGES.items():
        st.cache_data.clear()
        st.cache_resource.clear()
        _, cold = _open(page)
        at, warm = _open(page)
        new_values = _reruns(at)  # this session's first sight of these filter values
        seen = [ms for _ in range(args.repeat) for ms in _reruns(at)]
        print(
            f"{name:<16} {cold:9.0f} ms {warm:8.0f} ms   "
            f"new values: median {statistics.median(new_values):4.0f}, worst {max(new_values):4.0f}   "
            f"seen values: median {statistics.median(seen):4.0f}, worst {max(seen):4.0f}"
        )
    print(f"({len(CHANGES)} filter changes per page; seen values repeated {args.repeat}x; target < 300 ms)")


if __name__ == "__main__":
    main()
