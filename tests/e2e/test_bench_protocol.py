"""The load test's protocol client (bench/protocol.py) against a real server: one viewer, two reruns.

If Streamlit changes its protocol, `make bench` would measure nothing useful; this fails first.
"""

from __future__ import annotations

import asyncio

from bench.protocol import Session


async def _two_reruns(url: str) -> tuple:
    async with Session(url, "") as session:
        first = session.first
        year = session.widget("tahun")
        others = [y for y in year.options if y != year.value]
        runs = [await session.rerun("tahun", y) for y in others[:2]]
        return first, year, others[:2], runs


def test_one_viewer_reruns_the_page_with_a_new_year(server) -> None:
    first, year, chosen, runs = asyncio.run(_two_reruns(server.url))
    assert first.status == "ok" and not first.exceptions
    assert len(year.options) >= 3, year.options
    assert any(year.value in text for text in first.texts)  # the default year first
    for value, run in zip(chosen, runs, strict=True):
        assert run.status == "ok", run.status
        assert not run.exceptions, run.exceptions
        assert run.seconds > 0 and run.messages > 1
        # the server ran the page for the year sent, so the page now speaks of it
        assert any(value in text for text in run.texts), (value, run.texts[:5])
    assert runs[0].texts != runs[1].texts
