"""The regularisation lesson's class questions: where L1 first sets each weight to exactly 0
along the lesson's λ grid, and where early stopping stops."""

from __future__ import annotations

import numpy as np

from ui.asks import kept, number
from ui.rooms import Key, Number


def regularisation(
    lambdas: np.ndarray, l1_path: np.ndarray, validation: np.ndarray, steps: int
) -> list[Number]:
    """Where L1 first sets each weight to exactly 0 along the lesson's λ grid (`lambdas`,
    `l1_path` its lasso solutions), and the step at which early stopping stops (the lowest
    of the `validation` curve over `steps` steps of plain GD)."""
    out = []
    zero = np.abs(np.asarray(l1_path)) < 1e-6
    high = float(lambdas[-1])
    for i in range(zero.shape[1]):
        if zero[:, i].any():
            first = round(float(lambdas[int(np.argmax(zero[:, i]))]), 6)
            params = dict(w=f"w{'₁₂'[i]}")
            out.append(
                number(f"zero-w{i + 1}", "ask.reg.zero", params, first, 0, high, 0.01, 0.1, "λ")
            )
    best = int(np.argmin(validation))
    params = dict(steps=int(steps))
    tolerance = max(1.0, round(0.05 * steps))
    axis = Key("ask.axis.steps")
    out.append(number("stop", "ask.reg.stop", params, best, 0, steps, 1, tolerance, axis))
    return kept(out)
