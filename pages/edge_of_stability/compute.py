"""The edge-of-stability lesson's cached computations: the full-batch runs with their
sharpness (cached per setting, with a progress bar), the quadratic beside them, and the
warm-up of the lesson's default view."""

from __future__ import annotations

import numpy as np

from models import edge_of_stability as eos
from ui.compute import cached

QUADRATIC_STEPS = 100  # the quadratic converges or blows up within a hundred steps


def edge_runs(
    rates: tuple[float, ...], momentum: float, progress_text: str | None = None
) -> eos.EdgeRuns:
    """Full-batch training at `rates` (1 to 4) with the sharpness measured, cached per setting,
    with a progress bar while it trains (a few seconds)."""
    return cached(
        ("eos", rates, momentum),
        lambda report: eos.train(rates, momentum, on_progress=report),
        progress_text,
    )


def edge_quadratic(runs: eos.EdgeRuns) -> list[np.ndarray]:
    """Each rate on ½λx² with λ the network's λ_max at step 0 (closed form)."""
    curvature = float(runs.sharpness[0, 0])
    return [
        eos.quadratic_losses(curvature, lr, runs.momentum, QUADRATIC_STEPS) for lr in runs.rates
    ]


def warm() -> None:
    edge_runs(eos.DEFAULT_RATES, 0.0)  # the default view's result, not only its programs
