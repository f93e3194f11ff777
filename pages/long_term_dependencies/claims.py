"""The long-term dependencies lesson's verdict: what |λ|max does to ‖Wᵗv‖ in the long run, and
where the drawn norm is after t steps against the start's, computed from the drawn orbit."""

from __future__ import annotations

import numpy as np

from ui.i18n import t


def verdict(lam1: float, lam2: float, norms: np.ndarray, lang: str) -> tuple[str, str]:
    """The kind of alert ("explode", "vanish" or "steady") and its sentence: |λ|max against 1
    (in the long run ‖Wᵗv‖ goes as |λ|maxᵗ), and the drawn ‖Wᵗv‖ after t steps with its
    ratio to the start's ‖v‖, so a short run whose smaller component has not yet faded (a
    growing orbit that has shrunk so far, a vanishing one that has grown) is said as drawn."""
    lam_max = max(abs(float(lam1)), abs(float(lam2)))
    kind = "explode" if lam_max > 1 else "vanish" if lam_max < 1 else "steady"
    start, end = float(norms[0]), float(norms[-1])
    text = t(
        "ltd.explode" if kind == "explode" else "ltd.vanish" if kind == "vanish" else "ltd.steady",
        lang,
        lam=f"{lam_max:g}",
        t=len(norms) - 1,
        norm=f"{end:.3g}",
        factor=f"{end / start:.3g}",
        v0=f"{start:.3g}",
    )
    return kind, text
