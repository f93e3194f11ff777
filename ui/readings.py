"""Reading words: what a student takes from a word in a lesson's sentence, defined once.

A sentence such as "λ_max reached 2/ε by step 380 and stayed within ±10 % of it" carries a
reading: every drawn value after step 380 lies in the band. Each word here is that reading as
a pure function of the drawn values, so the sentence that uses the word and the test that
checks the sentence against the figure's data share one definition. Pure NumPy, no Streamlit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import numpy as np

__all__ = [
    "Instability",
    "at_minimum",
    "band",
    "became_unstable",
    "climbed_uphill",
    "close_to",
    "crawling",
    "diverged",
    "first_within",
    "inside_box",
    "left_box",
    "slid_downhill",
    "stayed_within",
    "step_lengths",
    "stopped",
]


def band(target: float, rel_tol: float) -> tuple[float, float]:
    """The band ``target · (1 ± rel_tol)``, as ``(low, high)`` whatever the sign of ``target``.

    Args:
        target: the value the band is centred on.
        rel_tol: the half-width as a fraction of ``|target|`` (0.1 is ±10 %).

    Returns:
        ``(low, high)`` with ``low <= high``.
    """
    half = abs(float(target)) * float(rel_tol)
    return float(target) - half, float(target) + half


def _within(values: np.ndarray, target: float, rel_tol: float) -> np.ndarray:
    low, high = band(target, rel_tol)
    # A NaN or ±inf value is outside every band: a run that diverged did not stay anywhere.
    return np.isfinite(values) & (values >= low) & (values <= high)


def first_within(
    values: Sequence[float] | np.ndarray, target: float, rel_tol: float, from_index: int = 0
) -> int | None:
    """The first index at or after ``from_index`` whose value lies within ``rel_tol`` of ``target``.

    "Reached 2/ε by step k" reads: the value at k is in the band, and none before it was.

    Args:
        values: the drawn values, in order.
        target: the value the band is centred on.
        rel_tol: the band's half-width as a fraction of ``|target|``.
        from_index: where to start looking.

    Returns:
        The index, or ``None`` when no value from ``from_index`` on lies in the band.
    """
    v = np.asarray(values, dtype=np.float64)
    inside = _within(v[from_index:], target, rel_tol)
    hits = np.flatnonzero(inside)
    return int(hits[0]) + int(from_index) if hits.size else None


def stayed_within(
    values: Sequence[float] | np.ndarray, target: float, rel_tol: float, from_index: int
) -> bool:
    """Whether every value from ``from_index`` on lies within ``rel_tol`` of ``target``.

    "Stayed within ±x % of it" reads: every drawn value after the step named is in the band;
    one value outside it makes the sentence false. No values after the index (nothing drawn
    there) is not staying: it returns ``False``.

    Args:
        values: the drawn values, in order.
        target: the value the band is centred on.
        rel_tol: the band's half-width as a fraction of ``|target|``.
        from_index: the first index that must lie in the band.

    Returns:
        ``True`` when ``values[from_index:]`` is non-empty and wholly inside the band.
    """
    v = np.asarray(values, dtype=np.float64)[from_index:]
    return bool(v.size) and bool(np.all(_within(v, target, rel_tol)))


HOVER_SHARE = 0.5  # "hovered around": at least half of the later values in the band


def share_within(
    values: Sequence[float] | np.ndarray, target: float, rel_tol: float, from_index: int
) -> float:
    """The share (0…1) of the values from ``from_index`` on within ``rel_tol`` of ``target``;
    0 when there are none. A sentence states it as "85 % of the later measurements"."""
    v = np.asarray(values, dtype=np.float64)[from_index:]
    return float(np.mean(_within(v, target, rel_tol))) if v.size else 0.0


def hovered_around(
    values: Sequence[float] | np.ndarray, target: float, rel_tol: float, from_index: int
) -> bool:
    """ "Hovered around it": at least ``HOVER_SHARE`` of the values from ``from_index`` on lie
    within ``rel_tol`` of ``target``, though not every one (that is `stayed_within`)."""
    return share_within(values, target, rel_tol, from_index) >= HOVER_SHARE


# ---- movement: stopped, close to, became unstable ------------------------------------------------
STOP_WINDOW = 5  # "stopped": judged on the last five steps
STOP_SHARE = 1e-4  # … each shorter than 0.01 % of the domain's width
STOP_GRADIENT = 1e-2  # … and, given ε, than ε × 0.01: the gradient moving it is below 0.01


def _points(points: Sequence | np.ndarray) -> np.ndarray:
    p = np.asarray(points, dtype=np.float64)
    return p.reshape(len(p), -1)


def step_lengths(points: Sequence | np.ndarray) -> np.ndarray:
    """‖θ_{k+1} − θ_k‖ of every drawn step: entry ``i`` is step ``i + 1``."""
    p = _points(points)
    return np.linalg.norm(np.diff(p, axis=0), axis=-1)


def stop_tolerance(
    domain: Sequence[tuple[float, float]],
    share: float = STOP_SHARE,
    lr: float | None = None,
    gradient: float = STOP_GRADIENT,
) -> float:
    """The step length below which a run is not moving: ``share`` of the domain's widest side.

    With the learning rate ``lr`` also at most ``lr × gradient``: a gradient step is ε‖g‖
    long (ε·min(‖g‖, c) clipped), so a step shorter than that has ‖g‖ below ``gradient``. A
    run whose steps are short only because ε is tiny (ε = 10⁻⁵ on a slope ‖g‖ = 1.52: steps
    of 1.5×10⁻⁵) is crawling, not stopped (`crawling`). Without ``lr`` (a lesson whose ε
    cannot be that small, or whose steps are not ε·g) the domain's share alone."""
    tol = float(share) * max(hi - lo for lo, hi in domain)
    return tol if lr is None else min(tol, float(lr) * float(gradient))


def stopped(points: Sequence | np.ndarray, window: int, tol: float) -> bool:
    """ "It stopped (at x)": each of the last ``window`` drawn steps moved less than ``tol``.

    A run still spiralling or creeping, however near its target, has not stopped; a run with
    fewer than ``window`` steps, or one whose last points are not finite, has not either.

    Args:
        points: the drawn points, (n,) or (n, d), in order.
        window: how many of the last steps are judged.
        tol: the longest step that counts as not moving (e.g. `stop_tolerance(domain)`).
    """
    p = _points(points)
    if window < 1 or len(p) < window + 1:
        return False
    lengths = step_lengths(p[-(window + 1) :])
    return bool(np.all(np.isfinite(lengths)) and np.all(lengths < tol))


def crawling(points: Sequence | np.ndarray, window: int, domain, lr: float) -> bool:
    """ "It crawls (not stopped)": each of the last ``window`` drawn steps is shorter than the
    domain's tolerance (`stop_tolerance(domain)`), yet one is at least ε × ``STOP_GRADIENT``:
    the steps are short because ε is small, while the gradient moving the run is not (near)
    zero. `stopped` with `stop_tolerance(domain, lr=lr)` is false for such a run."""
    return stopped(points, window, stop_tolerance(domain)) and not stopped(
        points, window, stop_tolerance(domain, lr=lr)
    )


def close_to(point: Sequence[float] | np.ndarray, target: Sequence[float], radius: float) -> bool:
    """ "Close to (near) a point": within Euclidean distance ``radius`` of it (finite only)."""
    d = np.linalg.norm(_points([point])[0] - _points([target])[0])
    return bool(np.isfinite(d) and d <= radius)


@dataclasses.dataclass(frozen=True)
class Instability:
    """Where a run became unstable, read from its drawn steps.

    Attributes:
      step: the step from which every later drawn step is longer than it (1-based).
      growth: the steps' mean growth per step from there, (last / that one)^(1/n) > 1.
      first: that step's length; last: the last drawn step's length.
    """

    step: int
    growth: float
    first: float
    last: float


FIT = 10.0  # "became unstable": every step from k within ×10 of the geometric growth line


def became_unstable(points: Sequence | np.ndarray, min_growth: float = 2.0) -> Instability | None:
    """ "Became unstable at step k": step k is the last shortest step, every later drawn step
    is longer than it, the last at least ``min_growth`` times as long and the longest of
    them, and the growth is one that holds: each drawn step from k lies within a factor
    ``FIT`` of the geometric line first·gʲ through the first and the last (as |1 − ελ|ʲ on a
    quadratic; momentum's wobble and minibatch noise included). ``None`` for a run whose
    steps do not grow so: one that settles, one with fewer than two steps, or one whose
    steps jump up and down as it slides over a bumpy slope (x + sin x with ε = 10: 0.035 …
    19.9, 0.1 … 3.18, every one longer than the first, but 19.9 long before the last 3.18
    and ×40 off the growth line).

    Args:
        points: the drawn points up to the last finite one, (n,) or (n, d).
        min_growth: how many times longer the last step must be than step k.
    """
    lengths = step_lengths(points)
    if lengths.size < 2 or not np.all(np.isfinite(lengths)):
        return None
    later_min = np.minimum.accumulate(lengths[::-1])[::-1]  # min of lengths[i:]
    # the first i whose length is below every later one: the last shortest step
    below = [i for i in range(lengths.size - 1) if lengths[i] < later_min[i + 1]]
    if not below:
        return None
    i = below[0]
    first, last = float(lengths[i]), float(lengths[-1])
    if not (last >= min_growth * first and first > 0 and last >= lengths[i:].max()):
        return None
    n = lengths.size - 1 - i
    growth = (last / first) ** (1.0 / n)
    line = first * growth ** np.arange(n + 1)
    ratio = lengths[i:] / line
    if not np.all((ratio <= FIT) & (ratio >= 1.0 / FIT)):
        return None
    return Instability(step=i + 1, growth=float(growth), first=first, last=last)


def slid_downhill(losses: Sequence[float] | np.ndarray) -> bool:
    """ "It kept going downhill": every drawn loss is at most the one before it and the last
    is below the first (a run sliding down a slope with no minimum that way, not one thrown
    uphill by too large a step). Fewer than two finite losses is not sliding."""
    v = np.asarray(losses, dtype=np.float64)
    if v.size < 2 or not np.all(np.isfinite(v)):
        return False
    return bool(np.all(np.diff(v) <= 0) and v[-1] < v[0])


def climbed_uphill(losses: Sequence[float] | np.ndarray) -> bool:
    """ "It kept climbing": gradient ascent's `slid_downhill`: every drawn value is at least the
    one before it and the last is above the first (a run climbing a slope with no top that
    way, as ascent on x² from any start but 0, not one thrown about by too large a step)."""
    return slid_downhill(-np.asarray(losses, dtype=np.float64))


def inside_box(points: Sequence | np.ndarray, domain: Sequence[tuple[float, float]]) -> np.ndarray:
    """Which drawn points lie inside the domain's box (the picture), as booleans."""
    p = _points(points)
    lo = np.array([a for a, _ in domain])
    hi = np.array([b for _, b in domain])
    return np.all((p >= lo) & (p <= hi), axis=1)


def left_box(points: Sequence | np.ndarray, domain: Sequence[tuple[float, float]]) -> int | None:
    """ "Left the picture at step k": the first drawn point outside the domain's box, or ``None``."""
    hits = np.flatnonzero(~inside_box(points, domain))
    return int(hits[0]) if hits.size else None


def diverged(points: Sequence | np.ndarray, far_bound: float) -> int | None:
    """ "Diverged at step k": the first drawn point that is not finite or lies farther than
    ``far_bound`` from the origin in some coordinate (the bound a page stops drawing at), or
    ``None`` for a run that never did."""
    p = _points(points)
    gone = ~np.all(np.isfinite(p) & (np.abs(p) <= far_bound), axis=1)
    hits = np.flatnonzero(gone)
    return int(hits[0]) if hits.size else None


def at_minimum(
    points: Sequence | np.ndarray, minimum: Sequence[float], radius: float, tol: float
) -> bool:
    """ "It stopped at the minimum": it `stopped` (each of the last ``STOP_WINDOW`` steps shorter
    than ``tol``) and its last point is `close_to` the minimum (within ``radius``). A run still
    spiralling near the minimum is close to it, not at it."""
    p = _points(points)
    return bool(len(p)) and stopped(p, STOP_WINDOW, tol) and close_to(p[-1], minimum, radius)
