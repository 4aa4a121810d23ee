"""A call described now and made later: `Later(fn, args, kwargs)`.

The briefing describes its charts and tables this way (`briefing.views`), so an output that does
not show a chart never pays for building it, and the dashboard can cache a built figure by the
call that makes it (`ui/figures.py`). Plain Python, no Streamlit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Later:
    """`fn(*args, **kwargs)`, made when called."""

    fn: Callable[..., Any]
    args: tuple = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)

    def __call__(self) -> Any:
        return self.fn(*self.args, **self.kwargs)


def later(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Later:
    return Later(fn, args, dict(kwargs))
