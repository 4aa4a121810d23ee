"""Time to make the briefing's other outputs for the sample data: every OPD's follow-up sheet
(the model built once, 51 one-page PDFs in one ZIP) and the offline snapshot (time and size).
Prints numbers, asserts nothing (`make bench`, or
`.venv/bin/python bench/bench_outputs.py [--db PATH] [--year Y]`). Goals: 51 sheets in under 30 s,
a snapshot under 5 MB.
"""

from __future__ import annotations

import argparse
import sys
import time
import zipfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analytics import db, lembar, snapshot  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db")
    parser.add_argument("--year", type=int, default=2024)
    args = parser.parse_args()
    with db.connection(args.db) as con:
        start = time.perf_counter()
        model = lembar.year_briefing(con, args.year)
        built = time.perf_counter() - start
        data = lembar.sheets_zip(model)
        total = time.perf_counter() - start
        n = len(zipfile.ZipFile(BytesIO(data)).namelist())
        print(
            f"Lembar tindak lanjut, all {n} OPD of {args.year}: {total:6.1f} s "
            f"(model {built:.2f} s, {(total - built) / max(n, 1) * 1000:.0f} ms a page)  ZIP {len(data) / 1024:.0f} kB"
        )
        start = time.perf_counter()
        html = snapshot.snapshot_html(con, args.year)
        seconds = time.perf_counter() - start
        print(
            f"Offline snapshot {args.year}: {seconds:6.2f} s  {len(html) / 1_000_000:.2f} MB "
            f"(limit {snapshot.MAX_BYTES / 1_000_000:.0f} MB)"
        )


if __name__ == "__main__":
    main()
