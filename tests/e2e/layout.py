"""Layout checks of charts in the real browser: overlapping labels, clipped labels, small text.

Reusable by any browser test (a page walk, a snapshot test, a slide test). The browser measures
what a person would see: every visible SVG `<text>` of a plotly chart (ticks, legend, axis titles,
annotations, bar and cell labels) with `getBoundingClientRect()` and its computed font size.

    problems = chart_text_problems(page, min_font_px=14)
    assert not problems, describe(problems)

`chart_text_problems(page, *, selector=".js-plotly-plot", min_font_px=None, min_gap_px=5.0,
check_clipping=True) -> list[TextProblem]`

- `page`: a Playwright page (sync API) that has finished drawing its charts; charts far below the
  fold are drawn only when scrolled to, so scroll through the page first (`draw_all_charts`).
- `selector`: the CSS selector of one chart; texts are compared only within one chart.
- `min_font_px`: report text drawn smaller than this many CSS pixels (None: no size check).
- `min_gap_px`: two texts collide when their shapes overlap or come closer than this, side by
  side, one above the other or turned (tilted axis labels are measured as drawn). Labels that
  touch read as one word ("20212022202320242025"), and two labels no further apart than the lines
  inside one wrapped label (about 4 px at 16 px type) read as one label: 5 px keeps them apart.
- `check_clipping`: report text whose box reaches outside the chart's own SVG (cut off at the
  edge, like "…Riset dan Inovasi D").

`draw_all_charts(page, selector=".js-plotly-plot", *, at_least=1, timeout=30_000) -> int`
scrolls through the page so every chart draws, waits until there are at least `at_least` charts
and each has its SVG, and returns how many charts there are.

Each `TextProblem` has `kind` ("overlap" | "small" | "clipped"), `chart` (the index of the chart
on the page, in document order), `chart_title` (its title text, if any), `texts` (the one or two
texts concerned) and `detail` (sizes or boxes, for the failure message). `describe(problems)`
turns them into one readable message.

Texts that are not shown are skipped: `display: none`, `visibility: hidden`, zero opacity (also
of an ancestor inside the chart), empty text, or an empty box. The hover layer is skipped as
well (it only shows while a pointer is over a point).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

# Runs in the page: one entry per chart, with its visible texts and the chart's SVG box.
_MEASURE_JS = """
([selector]) => {
  const charts = [...document.querySelectorAll(selector)];
  const visible = (el, root) => {
    for (let node = el; node && node !== root.parentElement; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || parseFloat(style.opacity) === 0) {
        return false;
      }
      if (node.classList && (node.classList.contains('hoverlayer') || node.classList.contains('modebar'))) {
        return false;
      }
    }
    return true;
  };
  return charts.map((chart, index) => {
    const svg = chart.querySelector('svg.main-svg');
    const box = svg ? svg.getBoundingClientRect() : chart.getBoundingClientRect();
    const title = chart.querySelector('.gtitle');
    const texts = [];
    for (const el of chart.querySelectorAll('svg text')) {
      const content = (el.textContent || '').trim();
      if (!content || !visible(el, chart)) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 0 || r.height <= 0) continue;
      // the text's own box turned as drawn (tilted axis labels): its four corners on screen
      const bb = el.getBBox();
      const m = el.getScreenCTM();
      const corners = [[bb.x, bb.y], [bb.x + bb.width, bb.y], [bb.x + bb.width, bb.y + bb.height],
                       [bb.x, bb.y + bb.height]]
        .map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f]);
      // a label of several lines may have lines (tspans) of another size than the text element
      const sizes = [el, ...el.querySelectorAll('tspan')]
        .filter(n => (n.textContent || '').trim())
        .map(n => parseFloat(getComputedStyle(n).fontSize));
      texts.push({
        text: content, size: Math.min(...sizes), corners,
        left: r.left, top: r.top, right: r.right, bottom: r.bottom,
      });
    }
    return {
      index, title: title ? title.textContent.trim() : '',
      box: {left: box.left, top: box.top, right: box.right, bottom: box.bottom},
      width: box.width, texts,
    };
  }).filter(c => c.width > 0);
}
"""

# Charts are drawn only when scrolled into view: scroll through Streamlit's main container (or
# the document) in steps, then back to the top.
_SCROLL_JS = """
async () => {
  const m = document.querySelector('[data-testid=stMain]') || document.scrollingElement;
  // a frame drawn at each position, so every chart there is seen (charts draw when in view)
  for (let y = 0; y < m.scrollHeight; y += 500) {
    m.scrollTo(0, y);
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  m.scrollTo(0, 0);
}
"""


@dataclass(frozen=True)
class TextProblem:
    """One layout problem of a chart's text (see the module docstring)."""

    kind: str  # overlap | small | clipped
    chart: int
    chart_title: str
    texts: tuple[str, ...]
    detail: str

    def __str__(self) -> str:
        where = f"chart {self.chart}" + (f" ({self.chart_title!r})" if self.chart_title else "")
        return f"{self.kind}: {where}: {' | '.join(repr(x) for x in self.texts)} [{self.detail}]"


def draw_all_charts(
    page, selector: str = ".js-plotly-plot", *, at_least: int = 1, timeout: float = 30_000
) -> int:
    """Scroll through the page so every chart draws; wait until there are `at_least` charts and
    each has its SVG. Returns the count."""
    page.evaluate(_SCROLL_JS)
    page.wait_for_function(
        "([s, n]) => { const charts = [...document.querySelectorAll(s)];"
        " return charts.length >= n && charts.every(c => c.querySelector('svg.main-svg')); }",
        arg=[selector, at_least],
        timeout=timeout,
    )
    return page.locator(selector).count()


def _overlap(a: list[list[float]], b: list[list[float]]) -> float:
    """How far two convex quadrilaterals (the turned boxes of two texts) overlap: the smallest
    overlap of their shadows on the axes of their edges (separating axis theorem); negative: the
    gap between them. For upright boxes this is the smaller of the horizontal and vertical overlap."""
    smallest = math.inf
    for quad in (a, b):
        for i in range(len(quad)):
            (x0, y0), (x1, y1) = quad[i], quad[(i + 1) % len(quad)]
            length = math.hypot(x1 - x0, y1 - y0)
            if length == 0:
                continue
            nx, ny = (y0 - y1) / length, (x1 - x0) / length
            pa = [x * nx + y * ny for x, y in a]
            pb = [x * nx + y * ny for x, y in b]
            smallest = min(smallest, min(max(pa), max(pb)) - max(min(pa), min(pb)))
    return smallest


def chart_text_problems(
    page,
    *,
    selector: str = ".js-plotly-plot",
    min_font_px: float | None = None,
    min_gap_px: float = 5.0,
    check_clipping: bool = True,
) -> list[TextProblem]:
    """The overlapping, clipped and (with `min_font_px`) too small texts of every chart on the page."""
    charts: list[dict[str, Any]] = page.evaluate(_MEASURE_JS, [selector])
    problems: list[TextProblem] = []
    for chart in charts:
        texts, title, n = chart["texts"], chart["title"], chart["index"]
        if min_font_px is not None:
            for x in texts:
                if x["size"] < min_font_px - 0.01:
                    problems.append(TextProblem("small", n, title, (x["text"],), f"{x['size']:g} px"))
        if check_clipping:
            box = chart["box"]
            for x in texts:
                out = max(
                    box["left"] - x["left"], x["right"] - box["right"],
                    box["top"] - x["top"], x["bottom"] - box["bottom"],
                )  # fmt: skip
                if out > 1.0:  # sub-pixel rounding of a label drawn at the very edge
                    problems.append(TextProblem("clipped", n, title, (x["text"],), f"{out:.0f} px outside"))
        for i, a in enumerate(texts):
            for b in texts[i + 1 :]:
                depth = _overlap(a["corners"], b["corners"])
                if depth > -min_gap_px:
                    detail = f"{depth:.1f} px deep" if depth > 0 else f"{-depth:.1f} px apart"
                    problems.append(TextProblem("overlap", n, title, (a["text"], b["text"]), detail))
    return problems


def describe(problems: list[TextProblem], limit: int = 25) -> str:
    """The problems as one message (at most `limit` lines)."""
    lines = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more")
    return "\n".join(lines)
