"""The Playground's own sentences, computed from a run's drawn points: a run that stopped at a
marked critical point that is not a minimum (L-BFGS on Himmelblau from (0, 0), its line
search off: loss 170 → 130.5 → 181.0 → 181.6, at the maximum (−0.271, −0.923) from step 7)."""

from __future__ import annotations

import numpy as np

from ui import readings
from ui.claims import NEAR, sig
from ui.i18n import t

WINDOW = readings.STOP_WINDOW


def stopped_at(points: np.ndarray, ls) -> tuple[str, np.ndarray, int, float] | None:
    """A run whose last `WINDOW` drawn steps are each shorter than the domain's stop tolerance
    (`readings.stopped`) and whose last drawn point is within `NEAR` of the domain's width of
    a marked maximum or saddle: (its kind, "maximum" or "saddle", the point, the first step
    from which every drawn step is that short, the tolerance), else None."""
    drawn = np.asarray(points, dtype=np.float64)
    tol = readings.stop_tolerance(ls.domain)
    if not readings.stopped(drawn, WINDOW, tol):
        return None
    width = max(hi - lo for lo, hi in ls.domain)
    marked = [("maximum", p) for p in ls.maxima] + [("saddle", p) for p in ls.saddles]
    near = [
        (kind, np.asarray(p, dtype=np.float64))
        for kind, p in marked
        if readings.close_to(drawn[-1], p, NEAR * width)
    ]
    if not near:
        return None
    kind, point = min(near, key=lambda kp: float(np.linalg.norm(drawn[-1] - kp[1])))
    short = readings.step_lengths(drawn) < tol
    first = len(short)
    while first > 0 and short[first - 1]:
        first -= 1
    return kind, point, first + 1, tol


def stopped_sentence(
    label: str, points: np.ndarray, losses: np.ndarray, ls, lang: str
) -> str | None:
    """ "{name} stopped at the maximum (x, y), not at a minimum: from step k on every drawn
    step is shorter than tol, and its last drawn point is d from it. Its drawn loss there is
    b, against a at its start (step 0)." None for a run `stopped_at` does not name."""
    found = stopped_at(points, ls)
    if found is None:
        return None
    kind, point, step, tol = found
    drawn = np.asarray(points, dtype=np.float64)
    v = np.asarray(losses, dtype=np.float64)[: len(drawn)]
    return t(
        "playground.stopped_at",
        lang,
        name=label,
        kind=t(f"playground.kind.{kind}", lang),
        point="(" + ", ".join(f"{float(c):.3g}" for c in point) + ")",
        step=step,
        tol=sig(tol, 2),
        dist=sig(float(np.linalg.norm(drawn[-1] - point)), 2),
        first=sig(float(v[0]), 4),
        last=sig(float(v[-1]), 4),
        end=len(v) - 1,
    )
