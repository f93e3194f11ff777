"""The long-term dependencies lesson's verdict: what |λ|max does to ‖Wᵗv‖ in the long run, and
where the drawn norm is after t steps against the start's, computed from the drawn orbit."""

from __future__ import annotations

import numpy as np

from models import networks
from ui.claims import sig
from ui.i18n import t


def verdict(
    lam1: float, lam2: float, norms: np.ndarray, lang: str, start=(1.0, 1.0)
) -> tuple[str, str]:
    """The kind of alert ("explode", "vanish" or "steady") and its sentence: |λ|max against 1
    (in the long run ‖Wᵗv‖ goes as |λ|maxᵗ), and the drawn ‖Wᵗv‖ after t steps with its
    ratio to the start's ‖v‖, so a short run whose smaller component has not yet faded (a
    growing orbit that has shrunk so far, a vanishing one that has grown) is said as drawn.

    At |λ|max = 1 the sentence says what happens to each part of v = c₁u₁ + c₂u₂ (`start`
    along the unit eigenvectors): a part with |λ| = 1 keeps its length |cᵢ|, one with |λ| < 1
    fades, so ‖Wᵗv‖ goes from ‖v‖ towards the kept part's length (at λ₁ = 1, λ₂ = 0.5 from
    1.41 to 0.46: not "neither explodes nor vanishes", as the drawn norm falls to a third)."""
    kind, text = _long_run(lam1, lam2, norms, lang, start)
    gap = "" if lang == "zh" else " "
    zero = first_zero(lam1, lam2, norms)
    if zero is not None:
        text += gap + t("ltd.underflow", lang, k=zero)
    rise = largest_rise(norms)
    if rise is not None:
        k, m = rise
        low, peak = float(norms[k]), float(norms[m])
        # where it is not monotonic: the steps it falls at, and the largest fall
        n = np.asarray(norms, dtype=np.float64)
        falls = np.flatnonzero(n[1:] < n[:-1])
        a = int(falls[np.argmax(n[falls] / n[falls + 1])])
        numbers = dict(
            v0=sig(float(norms[0])),
            peak=sig(peak),
            m=m,
            times=sig(peak / low),
            falls=len(falls),
            t=len(n) - 1,
            a=a,
            b=a + 1,
            fall=sig(float(n[a] / n[a + 1])),
        )
        if k == 0:  # it rises from the start before it falls
            text += gap + t("ltd.rise", lang, **numbers)
        else:
            text += gap + t("ltd.dip", lang, low=sig(low), k=k, **numbers)
    return kind, text


def reference_line(norms: np.ndarray, lam_max: float) -> np.ndarray:
    """c·|λ|maxᵗ through the last drawn step whose ‖Wᵗv‖ is nonzero (float64 holds it), in log
    space; NaN where float64 cannot hold the line's value (a gap, not a warning)."""
    norms = np.asarray(norms, dtype=np.float64)
    ts = np.arange(len(norms))
    held = np.flatnonzero(np.isfinite(norms) & (norms > 0))
    if lam_max <= 0 or held.size == 0:
        return np.zeros_like(norms)
    k = held[-1]
    with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
        line = np.exp(np.log(norms[k]) + (ts - k) * np.log(lam_max))
    return np.where(np.isfinite(line) & (line > 0), line, np.nan)


def first_zero(lam1: float, lam2: float, norms: np.ndarray) -> int | None:
    """The first step at which the computed ‖Wᵗv‖ is 0 although W ≠ 0 (|λ|maxᵗ has fallen below
    the smallest number float64 holds, about 5e-324), else None."""
    if max(abs(float(lam1)), abs(float(lam2))) == 0:
        return None
    zero = np.flatnonzero(np.asarray(norms) == 0)
    return int(zero[0]) if zero.size else None


RISE = 0.05  # a rise worth saying: a drawn value more than 5 % above an earlier low


def largest_rise(norms: np.ndarray) -> tuple[int, int] | None:
    """(k, m): the low k (the start, or a drawn ‖Wᵗv‖ below the step before it) and the later
    step m with the largest rise ‖Wᵐv‖ / ‖Wᵏv‖ over the drawn run, when that rise is more
    than `RISE` and the curve also falls somewhere (it is not monotonic), else None. The
    curve falls and rises again, or rises from the start before it falls (λ = 0.5, −0.9:
    1.41 → 1.79 → 1.06), as v's two eigen-parts, not perpendicular, cancel more or less
    from step to step, which "grows/shrinks as |λ|ᵗ" alone does not say."""
    norms = np.asarray(norms, dtype=np.float64)
    if len(norms) < 3 or not np.all(np.isfinite(norms)):
        return None
    if not np.any(norms[1:] < norms[:-1]):  # it only rises (or stays): monotonic
        return None
    best, pair = 1.0 + RISE, None
    low = 0  # the lowest low so far: the start, then any lower dip
    for j in range(1, len(norms)):
        if norms[low] > 0 and norms[j] / norms[low] > best:
            best, pair = norms[j] / norms[low], (low, j)
        if norms[j] < norms[j - 1] and norms[j] < norms[low]:
            low = j
    return pair


def _long_run(lam1, lam2, norms, lang, start) -> tuple[str, str]:
    lam_max = max(abs(float(lam1)), abs(float(lam2)))
    kind = "explode" if lam_max > 1 else "vanish" if lam_max < 1 else "steady"
    start_norm, end = float(norms[0]), float(norms[-1])
    said = dict(
        t=len(norms) - 1,
        norm=sig(end),
        factor=sig(end / start_norm),
        v0=sig(start_norm),
    )
    if lam_max == 0:  # W = 0: Wᵗv is exactly 0 from step 1, which a log axis cannot draw
        return kind, t("ltd.vanish_zero", lang, v0=said["v0"], t=said["t"])
    if kind != "steady":
        key = "ltd.explode" if kind == "explode" else "ltd.vanish"
        return kind, t(key, lang, lam=f"{lam_max:g}", **said)
    lams = (float(lam1), float(lam2))
    parts = np.abs(np.linalg.solve(networks.recurrence_eigenvectors(), np.asarray(start, float)))
    if abs(lams[0]) == abs(lams[1]):  # both parts keep their length: W = ±I, or flips one
        if lams[0] == lams[1]:
            return kind, t("ltd.steady_same", lang, lam=f"{lams[0]:g}", **said)
        flipped = np.linalg.norm(networks.recurrence_matrix(*lams) @ np.asarray(start, float))
        return kind, t("ltd.steady_flip", lang, other=sig(flipped), **said)
    one = 0 if abs(lams[0]) == 1 else 1  # the part that keeps its length
    return kind, t(
        "ltd.steady",
        lang,
        i="₁₂"[one],
        one=f"{lams[one]:g}",
        keep=sig(parts[one]),
        j="₁₂"[1 - one],
        other=f"{lams[1 - one]:g}",
        **said,
    )
