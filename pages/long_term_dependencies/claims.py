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
    lam_max = max(abs(float(lam1)), abs(float(lam2)))
    kind = "explode" if lam_max > 1 else "vanish" if lam_max < 1 else "steady"
    start_norm, end = float(norms[0]), float(norms[-1])
    said = dict(
        t=len(norms) - 1,
        norm=f"{end:.3g}",
        factor=f"{end / start_norm:.3g}",
        v0=f"{start_norm:.3g}",
    )
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
