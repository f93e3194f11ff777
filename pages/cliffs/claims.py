"""The cliffs lesson's sentences, computed from the drawn steps of the unclipped run."""

from __future__ import annotations

import numpy as np

from ui import readings
from ui.i18n import t

THROWN = 1.0  # a step longer than this (a fifth of the plateau's width) is "thrown"


def drawn_steps(traj) -> int:
    """How many steps the figures draw: every step whose end point is drawn (a diverged run's
    path stops at its last finite point, x_{k−1} for `diverged_at` = k)."""
    steps = len(traj.step_lengths)
    return steps if traj.diverged_at is None else max(min(traj.diverged_at - 1, steps), 0)


def thrown(traj, lang: str, domain=None) -> str | None:
    """ "Step k hits the cliff: the gradient is ‖g‖ long and the step travels …": the longest
    drawn step of the unclipped run when it is longer than `THROWN`, with the gradient that
    step used (drawn at the same step on the gradient chart); None otherwise."""
    m = drawn_steps(traj)
    if m == 0:
        return None
    lengths = np.asarray(traj.step_lengths[:m], dtype=np.float64)
    k = int(np.argmax(lengths))
    if not lengths[k] > THROWN:
        return None
    text = t(
        "cliffs.thrown",
        lang,
        step=k + 1,
        norm=f"{np.linalg.norm(traj.raw_grads[k]):.1f}",
        length=f"{lengths[k]:.1f}",
    )
    land = np.asarray(traj.points[k + 1], dtype=np.float64)
    if domain is not None and readings.left_box(land[None], domain) is not None:
        # the landing point is beyond the contour's axes: say so, it is not drawn there
        text += ("" if lang == "zh" else " ") + t(
            "cliffs.thrown_out", lang, x=f"{land[0]:.2f}", y=f"{land[1]:.2f}"
        )
    return text
