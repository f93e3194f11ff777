"""The network-landscape lesson's cached computations: the small MLP (one per architecture)
and its trained landscape, and the warm-up of the lesson's default view and of every program
a control reaches (one training program per architecture, one grid program per grid size)."""

from __future__ import annotations

import functools

import numpy as np
import streamlit as st

from models import network_landscape as training
from models import networks

# The page's defaults, here so the warm-up computes the very view the page opens on.
DEFAULT_OPTIMIZER = "sgd"
DEFAULT_LR = {"sgd": 0.5, "momentum": 0.1, "adam": 0.01, "rmsprop": 0.01}
DEFAULT_STEPS = 300
GRIDS = (21, 41, 61, 81)
DEFAULT_GRID = 41
DEFAULT_SPAN = 1.0


@functools.lru_cache(maxsize=4)
def mlp(residual: bool) -> networks.MLP:
    """One model per architecture, so its jitted loss compiles once per process."""
    return networks.MLP(*networks.moons(), residual=residual)


@st.cache_data(max_entries=16, show_spinner=False)
def trained_landscape(
    residual: bool, optimizer: str, lr: float, steps: int, grid: int, span: float
) -> dict:
    """Train the MLP, then its loss on two filter-normalised random directions and on the
    iterates' two PCA directions (each grid one vmapped call), timed."""
    import time

    model = mlp(residual)
    t0 = time.perf_counter()
    points, losses, diverged_at = training.train(model.loss, model.init, optimizer, steps, lr)
    end_step = len(points) - 1 if diverged_at is None else diverged_at - 1
    end = points[end_step]
    # θ*'s own numbers: where the run was after end_step steps, not necessarily a rest point
    grad_norm = training.gradient_norm(model.loss, end)
    # |∇L| at the point the last step was taken from: gradient descent's last step is ε times it
    prev_grad = training.gradient_norm(model.loss, points[end_step - 1]) if end_step else 0.0
    last_move = float(np.linalg.norm(points[end_step] - points[end_step - 1])) if end_step else 0.0
    t1 = time.perf_counter()
    d1, d2 = model.filter_normalised(end, 1), model.filter_normalised(end, 2)
    random_view = model.surface(end, d1, d2, span, grid)
    t2 = time.perf_counter()
    dirs, coords, explained = networks.pca_directions(points, end)
    reach = 1.25 * float(np.abs(coords).max()) + 1e-3
    a = np.linspace(-reach, reach, grid, dtype=np.float32)
    pca_z = model.surface(end, dirs[0], dirs[1], reach, grid)[2]
    return dict(
        losses=losses,
        diverged_at=diverged_at,
        accuracy=model.accuracy(end),
        sharpness=training.sharpness(model.loss, end),
        end_step=end_step,
        grad_norm=grad_norm,
        prev_grad=prev_grad,
        last_move=last_move,
        edge=training.stability_edge(optimizer, lr),
        random=random_view,
        pca=(a, a, pca_z),
        coords=coords,
        explained=explained,
        params=model.size,
        train_seconds=t1 - t0,
        grid_seconds=t2 - t1,
    )


def warm() -> None:
    """The default view (both architectures: the page compares them), then the grid program
    of every other grid size the page offers; the training program serves every optimizer,
    rate and step count."""
    for residual in (False, True):
        trained_landscape(
            residual,
            DEFAULT_OPTIMIZER,
            DEFAULT_LR[DEFAULT_OPTIMIZER],
            DEFAULT_STEPS,
            DEFAULT_GRID,
            DEFAULT_SPAN,
        )
    for residual in (False, True):
        model = mlp(residual)
        for n in GRIDS:
            if n != DEFAULT_GRID:
                model.surface(model.init, model.init, model.init, DEFAULT_SPAN, n)
