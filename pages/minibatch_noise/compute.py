"""The minibatch-noise lesson's warm-up: its default view's programs (the three batch sizes'
descent, the gradient cloud and the noisy runs on the narrow/wide surface)."""

from __future__ import annotations

import numpy as np

import landscapes
import optimizers
from models import datasets
from optimizers import minibatch


def warm() -> None:
    data = datasets.line()
    start = (-2.0, 4.0)
    minibatch.descend(data, start, 0.1, [data.n, 5, 1], 5, 0)
    minibatch.gradient_samples(data, start, 2, 300, seed=1)
    minibatch.minibatch_spread(data, start, 2)
    ls = landscapes.get("sharp_flat")
    optimizers.run_batch(ls.loss, 300, [dict(name="sgd", start=ls.start, noise=1.0)] * 32)


def steepest_batch(problem, batch: int, epochs: int, seed: int, steps: int) -> float:
    """The largest curvature a run's own batches have over its first `steps` steps: the top
    eigenvalue of each batch's Hessian Σ wᵢ aᵢaᵢᵀ (its rows from `minibatch.batch_weights`,
    with the run's `seed`), the largest of them. A step on one batch is stable along its own
    steepest direction only for ε < 2/λ; at B = 1 that λ is one example's ‖aᵢ‖²."""
    rows = minibatch.batch_weights(problem.n, batch, epochs, seed)[:steps]
    a = np.asarray(problem.a, dtype=np.float64)
    return float(max((np.linalg.eigvalsh(a.T @ (w[:, None] * a))[-1] for w in rows), default=0.0))
