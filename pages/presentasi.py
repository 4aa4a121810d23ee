"""Presentasi: the briefing as slides for a projector (see ui/presenter.py for the layout rules).

`/presentasi?tahun=2022&slide=3` reopens slide 3 of 2022 with the same filters as the other pages.
"""

from __future__ import annotations

from analytics import briefing
from ui import data, filters, presenter

f = filters.current()
presenter.style()
b = data.briefing(f)
slides = briefing.slides(b)
views = {v.key: v for v in briefing.views(b)}

current = slides[presenter.navigation(len(slides)) - 1]
view = views.get(current.view) if current.view else None
presenter.title(current.title, sample=view.sample if view else b.any_sample)
with presenter.body():
    if current.key == "cards":
        presenter.cards(b)
    elif current.key == "closing":
        presenter.closing(b)
    elif view is not None:
        presenter.chart(view)
