"""Reading words: what a student takes from a word in a lesson's sentence, defined once.

A sentence such as "λ_max reached 2/ε by step 380 and stayed within ±10 % of it" carries a
reading: every drawn value after step 380 lies in the band. Each word here is that reading as
a pure function of the drawn values, so the sentence that uses the word and the test that
checks the sentence against the figure's data share one definition. Pure NumPy, no Streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["band", "first_within", "stayed_within"]


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
