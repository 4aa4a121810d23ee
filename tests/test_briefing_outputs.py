"""One briefing, every output: the model is built once and the Ringkasan page (AppTest), the
slides (AppTest), the PDF handout and the offline snapshot all show its figures and words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from analytics import briefing, db, report, snapshot
from analytics.safe import md

ENTRY = str(Path(__file__).resolve().parent.parent / "dashboard.py")
YEARS = [2022, 2025]  # below the goal (steps to reach it) and above it (margin, protecting steps)


@pytest.fixture(scope="module", params=YEARS, ids=[str(y) for y in YEARS])
def model(request, built_db) -> briefing.Briefing:
    with db.connection(built_db) as con:
        return briefing.build(con, request.param)


def _words(text: str) -> str:
    """Text with its line breaks (PDF wrapping) and repeated spaces folded."""
    return re.sub(r"\s+", " ", text).strip()


def _facts(b: briefing.Briefing) -> list[str]:
    """The figures and sentences every output must show."""
    facts = [c.text for c in b.cards] + [c.change_text for c in b.cards if c.change_text]
    facts += [*b.sentences, b.path.lead, b.path.label, *b.path.lines()]
    facts += [b.path.total_line] if b.path.total_line else []
    facts += [name for _, names in b.without_groups() for name in names]
    return facts


def test_the_page_and_the_slides_show_the_models_figures(model, env_db):
    # one session: Ringkasan is the page the app opens on, and the slides are switched to from it
    # (a test of its own for the slides would run the same Ringkasan again first)
    at = AppTest.from_file(ENTRY, default_timeout=60)
    at.query_params["tahun"] = str(model.year)
    at.run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    for card in model.cards:
        assert metrics[card.label] == card.text
    shown = " ".join([m.value for m in at.markdown] + [c.value for c in at.caption])
    for card in model.cards:
        if card.compared_with:
            assert card.compared_with in shown
    assert " ".join(md(s) for s in model.sentences) in shown
    for line in model.path.lines():
        assert md(line) in shown
    assert md(model.path.label) in shown and md(model.path.lead) in shown
    for _, names in model.without_groups():
        for name in names:
            assert md(name) in shown

    # the slides
    at.switch_page("pages/presentasi.py").run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric} == {c.label: c.text for c in model.cards}
    slides = briefing.slides(model)
    at.session_state["slide"] = len(slides)
    at.run()
    shown = " ".join(m.value for m in at.markdown)
    for line in model.path.lines()[:6]:
        assert md(line) in shown


def test_the_pdf_shows_the_models_figures(model):
    pdf = report.render_pdf(model, images=False)
    import io

    text = _words(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    for fact in _facts(model):
        assert _words(fact) in text, fact


def test_the_snapshot_shows_the_models_figures(model):
    html = snapshot.render(model)
    for fact in _facts(model):
        assert snapshot.escape(fact) in html, fact
