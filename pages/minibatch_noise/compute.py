"""The minibatch-noise lesson's warm-up: its default view's programs (the three batch sizes'
descent, the gradient cloud and the noisy runs on the narrow/wide surface)."""

from __future__ import annotations

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
