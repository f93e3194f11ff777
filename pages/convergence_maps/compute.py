"""The convergence maps' cached sweep over two hyper-parameter axes (in the sweeps' shared LRU,
with a progress bar), and its warm-up."""

from __future__ import annotations

import numpy as np

import landscapes
import optimizers
from ui import maps
from ui.compute import cached


def hyper_sweep(
    landscape: str,
    optimizer: str,
    start: tuple[float, float],
    steps: int,
    axes: tuple[tuple[str, tuple[float, ...]], tuple[str, tuple[float, ...]]],
    fixed: tuple[tuple[str, float], ...],
    tol: float,
    progress_text: str,
) -> optimizers.SweepResult:
    """`optimizers.sweep` over two hyper-parameter axes, cached, with a progress bar."""
    ls = landscapes.get(landscape)
    key = ("hyper", landscape, optimizer, start, steps, axes, fixed, tol)
    return cached(
        key,
        lambda report: optimizers.sweep(
            optimizer,
            ls.loss,
            start,
            steps,
            {name: list(values) for name, values in axes},
            tol=tol,
            min_loss=ls.min_loss or 0.0,
            bound=ls.far_bound,
            on_progress=report,
            **dict(fixed),
        ),
        progress_text,
    )


def warm() -> None:
    """The maps' default view (momentum's (ε, α) on the bowl, 128², 300 steps): the sweeps
    compile per optimizer, surface and length."""
    cells = np.zeros(128, np.float32)
    bowl = landscapes.get("bowl")
    ax, ay = maps.default_axes("momentum")
    optimizers.sweep(
        "momentum",
        bowl.loss,
        bowl.start,
        300,
        {ax: cells + 0.1, ay: cells + 0.5},
        bound=bowl.far_bound,
        on_progress=lambda done, total: None,
    )
