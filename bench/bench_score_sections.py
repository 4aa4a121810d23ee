"""Rerun timings of the estimate sections of Progres Skor (ui/score_sections.py); prints numbers,
asserts nothing.

    .venv/bin/python bench/bench_score_sections.py [--db PATH] [--year YEAR] [--repeat N]

The goal is a rerun under 300 ms on the sample data when a user changes a what-if level or types
a target. Streamlit's AppTest runs the script in-process (no browser), so the numbers are the
server-side script time: the sections alone, and the whole Progres Skor page through the
dashboard entry. AppTest reruns the whole script on every change, while in the browser the path
and the simulator are fragments that rerun alone, so these are upper bounds. Each line is the
median and the worst of N reruns in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a plain script too

SECTIONS_SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from ui import score_sections
score_sections.render({year})
"""


def _level_radio(at, prefix: str):
    return next(r for r in at.radio if r.key and r.key.startswith(prefix))


def _time(at, action, values, repeat: int) -> tuple[float, float]:
    runs = []
    for i in range(repeat):
        start = time.perf_counter()
        action(at, values[i % len(values)]).run()
        runs.append((time.perf_counter() - start) * 1000)
        if at.exception:
            raise SystemExit(at.exception[0].value)
    return statistics.median(runs), max(runs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database file (default: INOVASI_DB or data/inovasi.duckdb)")
    parser.add_argument("--year", type=int, default=2021, help="assessment year (default 2021)")
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args(argv)
    if args.db:
        os.environ["INOVASI_DB"] = args.db

    from streamlit.testing.v1 import AppTest

    from ui.server import navigation_only

    navigation_only()  # reruns go through dashboard.py, as on the server

    from analytics.text import fmt_score
    from ui import score_sections as ss

    levels = [3, 0, 2, 1]
    targets = [61.0, 63.5, 66.0, 70.0, 58.0]

    def set_level(at, level):
        return _level_radio(at, ss.LEVEL_KEY).set_value(level)

    def set_target(at, target):
        return at.text_input(key=ss.TARGET_KEY).input(fmt_score(target))  # typed as "63,50"

    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "sections.py"
        script.write_text(SECTIONS_SCRIPT.format(root=str(ROOT), year=args.year), encoding="utf-8")
        at = AppTest.from_file(str(script), default_timeout=120)
        start = time.perf_counter()
        at.run()
        print(
            f"sections, first run (loads and caches the year): {(time.perf_counter() - start) * 1000:7.1f} ms"
        )
        for name, action, values in (
            ("what-if level", set_level, levels),
            ("new target", set_target, targets),
        ):
            median, worst = _time(at, action, values, args.repeat)
            print(f"sections, rerun after {name:<14}: median {median:7.1f} ms  worst {worst:7.1f} ms")

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.run()
    at.switch_page("pages/progres_skor.py").run()
    if at.exception:
        raise SystemExit(at.exception[0].value)
    for name, action, values in (("what-if level", set_level, levels), ("new target", set_target, targets)):
        median, worst = _time(at, action, values, args.repeat)
        print(
            f"whole Progres Skor page, rerun after {name:<14}: median {median:7.1f} ms  worst {worst:7.1f} ms"
        )


if __name__ == "__main__":
    main()
