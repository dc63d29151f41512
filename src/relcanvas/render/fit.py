"""The size of the type: shrunk step by step to fit one sheet (``--fit``), grown on posters.

Each size is a new measured layout (``layout.plan``), so the choice is exact: ``--fit``
takes the largest type at which nothing continues, down to a legible floor; a poster (A2
and up) takes the largest type that shows everything the paper's own size showed, so that
the sheet is filled with type rather than with empty blocks (a poster that does not hold
everything at its own size keeps it: larger type would only hide more).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from relcanvas.render.continued import Continued
from relcanvas.render.geometry import Metrics
from relcanvas.render.pack import CanvasLayout

Plan = tuple[CanvasLayout, tuple[Continued, ...]]
FLOOR = 7.0
"""Smallest type ``--fit`` sets, in points, on a sheet read at a desk or on a wall."""
FLOORS = {"a4": 6.0, "letter": 6.0}
"""Smaller sheets, held in the hand, go down to 6 pt."""
FIT_STEPS = (0.95, 0.9)
"""Type scales ``--fit`` tries in turn, before the floor."""


def floor_scale(paper: str) -> float:
    """The type scale that sets the smallest type (``small``) at the paper's floor."""
    exact = FLOORS.get(paper, FLOOR) / Metrics.for_paper(paper).small
    return math.ceil(exact * 1000) / 1000  # never a hair under the floor


POSTERS = frozenset({"a2", "a1", "a0"})
POSTER_STEPS = (1.1, 1.25, 1.4, 1.6, 1.8, 2.0)
"""Type scales a poster may take, smallest first (found by bisection)."""


@dataclass(frozen=True)
class Choice:
    plan: Plan
    type_scale: float
    fits: bool
    """Everything is on the first sheet."""
    squeeze: float = 0.0
    """How far ``--fit`` closed the sheet up (``Metrics.squeeze``)."""

    @property
    def smallest_type(self) -> float:
        """The smallest type on the sheet, in points (``--fit`` keeps it at its floor or above)."""
        return self.plan[0].metrics.small


Attempt = Callable[[float, float], Plan]
"""A measured layout at a type scale and a squeeze (``Metrics.type_scale``, ``squeeze``)."""
SQUEEZES = (0.5, 1.0)
"""How far the sheet is closed up, in turn, once the type is at its floor."""


def choose(attempt: Attempt, paper: str, fit: bool) -> Choice:
    """The layout at the type scale that ``--fit`` or a poster asks for (1 otherwise)."""
    first = attempt(1.0, 0.0)
    if not first[0].overflow:
        if paper in POSTERS:
            return _grow(attempt, first)
        return Choice(first, 1.0, True)
    if fit:
        return _shrink(attempt, first, floor_scale(paper))
    return Choice(first, 1.0, False)


def _shrink(attempt: Attempt, first: Plan, smallest: float) -> Choice:
    """The largest ``--fit`` size that holds everything, found by bisection over the
    steps from large type to the floor closed up; the tightest is tried first, since when
    it overflows no larger size can hold the canvas (one pass, not five)."""
    steps = [(s, 0.0) for s in FIT_STEPS if s > smallest]
    steps += [(smallest, 0.0), *((smallest, q) for q in SQUEEZES)]
    tightest = attempt(*steps[-1])
    if tightest[0].overflow:
        return Choice(first, 1.0, False)
    fits = {len(steps) - 1: tightest}
    lo, hi = -1, len(steps) - 1  # steps[lo] overflows (or is the usual size), steps[hi] fits
    while hi - lo > 1:
        mid = (lo + hi) // 2
        trial = attempt(*steps[mid])
        if trial[0].overflow:
            lo = mid
        else:
            hi, fits[mid] = mid, trial
    scale, squeeze = steps[hi]
    return Choice(fits[hi], scale, True, squeeze)


def _grow(attempt: Attempt, first: Plan) -> Choice:
    """The largest poster type at which the sheet still holds everything, by bisection
    (larger type only ever holds less)."""
    fits: dict[int, Plan] = {-1: first}
    lo, hi = -1, len(POSTER_STEPS)  # POSTER_STEPS[lo] fits (-1: the paper's own size)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        trial = attempt(POSTER_STEPS[mid], 0.0)
        if trial[0].overflow:
            hi = mid
        else:
            lo, fits[mid] = mid, trial
    return Choice(fits[lo], POSTER_STEPS[lo] if lo >= 0 else 1.0, True)
