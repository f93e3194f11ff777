"""The convergence maps' class questions: the share of a map's settings that reach the
tolerance, and the share that diverge, read from the map on screen."""

from __future__ import annotations

import numpy as np

from ui.asks import kept, power_of_ten, share
from ui.rooms import Key, Number


def convergence_map(result, title_key: str, steps: int, exponent: int) -> list[Number]:
    """Over a hyper-parameter map's cells (`optimizers.sweeps.SweepResult`): the share of
    settings that reach the tolerance within the steps, and the share that diverge."""
    cells = int(result.diverged.size)
    params = dict(
        opt=Key(title_key),
        cells=cells,
        steps=int(steps),
        tol=power_of_ten(exponent),
    )
    converged = float(np.mean(result.steps_to_tol >= 0))
    diverged = float(np.mean(result.diverged))
    axis = Key("ask.axis.settings")
    return kept(
        [
            share("converged", "ask.maps.converged", params, converged, axis),
            share("diverged", "ask.maps.diverged", params, diverged, axis),
        ]
    )
