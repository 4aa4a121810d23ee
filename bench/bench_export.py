"""Time to make the handouts for the sample data: the PDF briefing (with and without chart
images) and the Excel workbook. Prints numbers, asserts nothing (`make bench`, or
`.venv/bin/python bench/bench_export.py [--repeat N] [--db PATH] [--year Y]`).

The first PDF of a process starts Chromium for the chart images (kaleido); the numbers show that
cold start and the later runs separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analytics import db, export, report  # noqa: E402


def _time(fn, repeat: int) -> tuple[float, float, int]:
    runs, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(fn())
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), max(runs), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db")
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args()
    with db.connection(args.db) as con:
        start = time.perf_counter()
        size = len(report.briefing_pdf(con, args.year))
        print(
            f"PDF, first in process (Chromium start): {(time.perf_counter() - start) * 1000:8.0f} ms  {size / 1024:.0f} kB"
        )
        cases = {
            "PDF with 3 chart images": lambda: report.briefing_pdf(con, args.year),
            "PDF without images": lambda: report.briefing_pdf(con, args.year, images=False),
            "Excel workbook": lambda: export.workbook_xlsx(con, args.year),
            "Excel, kecamatan + digital": lambda: export.workbook_xlsx(
                con, args.year, opd="jenis:kecamatan", jenis="digital"
            ),
        }
        for name, fn in cases.items():
            median, worst, size = _time(fn, args.repeat)
            print(f"{name:40s} median {median:7.0f} ms  worst {worst:7.0f} ms  {size / 1024:.0f} kB")


if __name__ == "__main__":
    main()
