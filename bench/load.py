"""Many viewers at once: N sessions rerun a page together over Streamlit's own protocol (no browsers).

30 real browsers on two cores measure the browsers, not the server; these clients
(`bench/protocol.py`) cost almost nothing, so the numbers are the server's. For each number of
viewers (1, 10, 30 by default) every session opens the page (its first run, timed as "open"),
then all of them change the sidebar year `--reruns` times back to back, each waiting for its
script to finish before the next change (no pause: the worst case of a room clicking at once).
A rerun is timed from sending the BackMsg to receiving `script_finished`. Prints median, p95 and
max per number of viewers, reruns a second, and every error (an exception element on the page, a
run that did not finish, a lost connection); asserts nothing.

    .venv/bin/python bench/load.py [--viewers 1 10 30] [--reruns 5] [--page ""] [--scale 1]
    .venv/bin/python bench/load.py --url http://127.0.0.1:8501   # a server already running
    .venv/bin/python bench/load.py --processes 2   # two app processes on the one database file

With `--processes N` (or several `--url`s) the sessions are dealt out over the servers in turn,
as a reverse proxy does with new connections; each process reads the one database file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import servers  # noqa: E402
from bench.protocol import ProtocolError, Session  # noqa: E402

RESULTS = ROOT / "bench" / "results-load.json"
YEAR_KEY = "tahun"


@dataclass
class Level:
    """The result of one number of viewers."""

    page: str
    scale: int | None
    viewers: int
    reruns: list[float] = field(default_factory=list)  # seconds
    opens: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0  # wall time of the rerun phase
    title: str = ""  # the page's name in the app's navigation
    processes: int = 1  # app processes the viewers were dealt out over

    def summary(self) -> dict:
        return {
            "page": self.title or self.page,
            "path": self.page,
            "scale": self.scale,
            "viewers": self.viewers,
            "processes": self.processes,
            "reruns": len(self.reruns),
            "open_median_ms": _ms(statistics.median(self.opens)) if self.opens else None,
            "median_ms": _ms(statistics.median(self.reruns)) if self.reruns else None,
            "p95_ms": _ms(p95(self.reruns)) if self.reruns else None,
            "max_ms": _ms(max(self.reruns)) if self.reruns else None,
            "reruns_per_second": round(len(self.reruns) / self.seconds, 2) if self.seconds else None,
            "errors": self.errors,
        }


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def p95(values: list[float]) -> float:
    """The nearest-rank 95th percentile (the largest value for fewer than 20)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


async def _viewer(url: str, page: str, index: int, reruns: int, level: Level, start: asyncio.Event) -> None:
    try:
        async with Session(url, page) as session:
            level.title = session.title or page
            level.opens.append(session.first.seconds)
            _check(session.first, level, "open")
            years = session.widget(YEAR_KEY).options
            if len(years) < 2:
                raise ProtocolError(f"the year chooser has fewer than two years: {years}")
            await start.wait()
            for i in range(reruns):
                # each viewer walks the years from its own place, so the runs mix cached and new years
                current = session.widget(YEAR_KEY).value
                choices = [y for y in years if y != current]
                run = await session.rerun(YEAR_KEY, choices[(index + i) % len(choices)])
                level.reruns.append(run.seconds)
                _check(run, level, f"rerun {i + 1}")
    except Exception as exc:  # a time-out, a closed connection, a bad frame: counted and reported
        level.errors.append(f"viewer {index + 1}: {type(exc).__name__}: {exc}")


def _check(run, level: Level, what: str) -> None:
    if run.status != "ok":
        level.errors.append(f"{what}: script {run.status}")
    for text in run.exceptions:
        level.errors.append(f"{what}: {text}")


async def run_level(urls: list[str], page: str, scale: int | None, viewers: int, reruns: int) -> Level:
    level = Level(page, scale, viewers, processes=len(urls))
    start = asyncio.Event()
    tasks = [
        asyncio.create_task(_viewer(urls[i % len(urls)], page, i, reruns, level, start))
        for i in range(viewers)
    ]
    # everyone has opened the page (or failed) before the clicking starts
    while len(level.opens) + len(level.errors) < viewers and not all(t.done() for t in tasks):
        await asyncio.sleep(0.05)
    began = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    level.seconds = time.perf_counter() - began
    return level


def print_levels(levels: list[Level]) -> None:
    print()
    print(
        f"{'page':<16} {'data':>5} {'proc':>4} {'viewers':>7} {'open':>7} {'median':>7} {'p95':>7} {'max':>7} {'reruns/s':>9}  errors"
    )
    for level in levels:
        s = level.summary()
        cells = [_fmt(s[k]) for k in ("open_median_ms", "median_ms", "p95_ms", "max_ms")]
        rate = "-" if s["reruns_per_second"] is None else f"{s['reruns_per_second']:.1f}".replace(".", ",")
        data = "-" if level.scale is None else f"{level.scale}x"
        print(
            f"{level.title or level.page:<16} {data:>5} {level.processes:>4} {level.viewers:>7} {cells[0]:>7} {cells[1]:>7} "
            f"{cells[2]:>7} {cells[3]:>7} {rate:>9}  {len(level.errors)}"
        )
        for error in level.errors[:5]:
            print(f"    {error}")
        if len(level.errors) > 5:
            print(f"    ... {len(level.errors) - 5} more")
    print("(ms from sending the rerun to script_finished, server side plus the wire; 'open' = first run)")


def _fmt(ms: float | None) -> str:
    return "-" if ms is None else f"{ms:,.0f}".replace(",", ".")


async def run_all(
    urls: list[str], pages: list[str], scale: int | None, viewers: list[int], reruns: int
) -> list[Level]:
    levels = []
    for page in pages:
        for n in viewers:
            level = await run_level(urls, page, scale, n, reruns)
            s = level.summary()
            print(
                f"  .. {level.title or page} {n} viewers: median {_fmt(s['median_ms'])} ms, "
                f"p95 {_fmt(s['p95_ms'])} ms, {len(level.errors)} errors",
                flush=True,
            )
            levels.append(level)
    return levels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--viewers", type=int, nargs="+", default=[1, 10, 30], help="sessions at once")
    parser.add_argument("--reruns", type=int, default=5, help="year changes per viewer")
    parser.add_argument("--page", dest="pages", nargs="+", default=[""], help="url paths ('' is Ringkasan)")
    parser.add_argument(
        "--scale", type=int, default=1, help="data size (times the sample) of the server started"
    )
    parser.add_argument("--url", nargs="+", help="use these running servers instead of starting one")
    parser.add_argument("--processes", type=int, default=1, help="app processes to start on the database")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results file (JSON)")
    args = parser.parse_args(argv)

    if args.url:
        urls = [u.rstrip("/") for u in args.url]
        levels = asyncio.run(run_all(urls, args.pages, None, args.viewers, args.reruns))
    else:
        with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
            folder = Path(tmp)
            db, innovations = servers.scaled_database(args.scale, folder)
            n = args.processes
            print(f"{args.scale}x the sample: {innovations} innovations; {n} server process(es)", flush=True)
            started = []
            try:
                for i in range(n):
                    started.append(
                        servers.start(servers.DASHBOARD, db, folder, f"dashboard-{args.scale}x-{i}")
                    )
                urls = [server.url for server in started]
                levels = asyncio.run(run_all(urls, args.pages, args.scale, args.viewers, args.reruns))
            finally:
                for server in started:
                    server.stop()
    print_levels(levels)
    args.out.write_text(
        json.dumps(
            {"measured_at": time.strftime("%Y-%m-%d %H:%M"), "levels": [lv.summary() for lv in levels]},
            indent=1,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    print(f"written: {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 1 if any(level.errors for level in levels) else 0


if __name__ == "__main__":
    sys.exit(main())
