"""The 1-D learning-rate lesson's sentences: what each run did, read from its drawn iterates
(diverged, stopped, oscillating or still moving), computed from the numbers."""

from __future__ import annotations

import numpy as np

from ui import readings
from ui.claims import NEAR, divergence
from ui.i18n import t

SWING_STEADY = 0.01  # swings changing less than 1 % per step: a steady cycle


def _swing(dx: np.ndarray) -> float:
    """The swings' change per step over the last few steps: (|Δx_last| / |Δx_m back|)^(1/m)."""
    a = np.abs(dx[dx != 0]) if np.any(dx != 0) else np.abs(dx)
    m = min(4, len(a) - 1)
    if m < 1 or a[-1 - m] == 0:
        return 1.0
    return float((a[-1] / a[-1 - m]) ** (1.0 / m))


def descent_1d(traj, landscape, label: str, lang: str) -> str:
    """What one run of the 1-D lesson did, read from its drawn iterates (`ui.readings`):
    diverged (at which step); stopped (each of the last steps shorter than a stated share of
    the axis) and where, with f′ and f″ there; oscillating (how often it reversed, whether
    the swings shrink, grow or hold) and still moving; or still moving, and towards which
    marked critical point."""
    import optimizers  # the local analysis at the run's end

    if traj.diverged_at is not None:
        # when it became unstable, where it left the axis and the far bound (as the Playground)
        it = t("lr1d.it", lang)
        return (
            t("lr1d.fate.diverged", lang, lr=label, step=traj.diverged_at)
            + ("" if lang == "zh" else " ")
            + divergence(
                it, traj.points, traj.diverged_at, landscape.domain, landscape.far_bound, lang
            )
        ).replace("它 ", "它")  # the Playground's "SGD 从第…" keeps its space; "它从第…" none
    x = traj.points[:, 0].astype(float)
    steps = len(x) - 1
    dx = np.diff(x)
    signs = np.sign(dx[np.abs(dx) > 1e-9])
    flips = int(np.sum(signs[1:] != signs[:-1])) if signs.size > 1 else 0
    end = float(x[-1])
    local = optimizers.analyse(landscape.loss, (end,))
    g, h = float(local.gradient[0]), float(local.hessian[0, 0])
    ((lo, hi),) = landscape.domain
    tol = readings.stop_tolerance(landscape.domain)
    kinds = (
        [("minimum", c[0]) for c in landscape.minima]
        + [("flat", c[0]) for c in landscape.saddles]
        + [("maximum", c[0]) for c in landscape.maxima]
    )
    common = dict(lr=label, steps=steps, x=f"{end:.3g}", g=f"{g:.2g}", h=f"{h:.2g}")
    last = f"{abs(dx[-1]):.2g}" if steps else "0"
    if readings.stopped(x, readings.STOP_WINDOW, tol):
        near = [(kind, c) for kind, c in kinds if readings.close_to((end,), (c,), NEAR * (hi - lo))]
        stop = dict(window=readings.STOP_WINDOW, tol=f"{tol:.2g}", **common)
        if near:
            kind, c = min(near, key=lambda kc: abs(end - kc[1]))
            return t(
                "lr1d.fate.stopped_near",
                lang,
                c=f"{c:.3g}",
                dist=f"{abs(end - c):.2g}",
                kind=t(f"lr1d.kind.{kind}", lang),
                **stop,
            )
        if abs(g) < 1e-3:
            return t("lr1d.fate.stopped", lang, **stop)
        return t("lr1d.fate.crawls", lang, **stop)
    if steps >= 3 and flips >= max(3, steps // 3):
        r = _swing(dx)
        trend = "steady" if abs(r - 1) <= SWING_STEADY else ("growing" if r > 1 else "shrinking")
        return t(
            f"lr1d.fate.oscillates_{trend}",
            lang,
            flips=flips,
            rate=f"{r:.2f}",
            last=last,
            **common,
        )
    ahead = [
        (kind, c)
        for kind, c in kinds
        if steps and dx[-1] != 0 and np.sign(c - end) == np.sign(dx[-1]) and lo <= c <= hi
    ]
    text = t("lr1d.fate.moving", lang, x0=f"{x[0]:.3g}", last=last, **common)
    left = readings.left_box(x, landscape.domain)
    if left is not None:  # the panels do not draw the curve where it is now
        text += ("" if lang == "zh" else " ") + t("lr1d.fate.off_axis", lang, left=left)
    if ahead:
        kind, c = min(ahead, key=lambda kc: abs(end - kc[1]))
        text += ("" if lang == "zh" else " ") + t(
            "lr1d.fate.towards",
            lang,
            c=f"{c:.3g}",
            dist=f"{abs(end - c):.2g}",
            kind=t(f"lr1d.kind.{kind}", lang),
        )
    return text
