"""The long-term dependencies lesson's verdict: what |λ|max does to ‖Wᵗv‖ in the long run, and
where the drawn norm is after t steps against the start's, computed from the drawn orbit."""

from __future__ import annotations

import numpy as np

from models import networks
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
    dip = first_dip(norms)
    if dip is not None:
        low, end = float(norms[dip]), float(norms[-1])
        text += ("" if lang == "zh" else " ") + t(
            "ltd.dip",
            lang,
            v0=f"{float(norms[0]):.3g}",
            low=f"{low:.3g}",
            k=dip,
            norm=f"{end:.3g}",
            t=len(norms) - 1,
        )
    return kind, text


DIP = 0.05  # a dip worth saying: the lowest drawn norm at least 5 % below the last


def first_dip(norms: np.ndarray) -> int | None:
    """The step of the lowest drawn ‖Wᵗv‖ when it lies inside the run and at least `DIP` below
    the last value (the curve falls first and then rises: v's two eigen-parts are not
    perpendicular and partly cancel), else None."""
    norms = np.asarray(norms, dtype=np.float64)
    if len(norms) < 3 or not np.all(np.isfinite(norms)) or norms[-1] <= 0:
        return None
    k = int(np.argmin(norms))
    if 0 < k < len(norms) - 1 and norms[k] < (1 - DIP) * norms[-1]:
        return k
    return None


def _long_run(lam1, lam2, norms, lang, start) -> tuple[str, str]:
    lam_max = max(abs(float(lam1)), abs(float(lam2)))
    kind = "explode" if lam_max > 1 else "vanish" if lam_max < 1 else "steady"
    start_norm, end = float(norms[0]), float(norms[-1])
    said = dict(
        t=len(norms) - 1,
        norm=f"{end:.3g}",
        factor=f"{end / start_norm:.3g}",
        v0=f"{start_norm:.3g}",
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
        return kind, t("ltd.steady_flip", lang, other=f"{flipped:.3g}", **said)
    one = 0 if abs(lams[0]) == 1 else 1  # the part that keeps its length
    return kind, t(
        "ltd.steady",
        lang,
        i="₁₂"[one],
        one=f"{lams[one]:g}",
        keep=f"{parts[one]:.3g}",
        j="₁₂"[1 - one],
        other=f"{lams[1 - one]:g}",
        **said,
    )
