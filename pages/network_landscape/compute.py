"""The network-landscape lesson's cached computations: the small MLP (one per architecture)
and its trained landscape, and the warm-up of the lesson's default view."""

from __future__ import annotations

import functools

import numpy as np
import streamlit as st

import optimizers
from models import networks


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
    traj = optimizers.run(optimizer, model.loss, model.init, steps, lr=lr)
    end = traj.points[-1] if traj.diverged_at is None else traj.points[traj.diverged_at - 1]
    t1 = time.perf_counter()
    d1, d2 = model.filter_normalised(end, 1), model.filter_normalised(end, 2)
    random_view = model.surface(end, d1, d2, span, grid)
    t2 = time.perf_counter()
    dirs, coords, explained = networks.pca_directions(traj.points, end)
    reach = 1.25 * float(np.abs(coords).max()) + 1e-3
    a = np.linspace(-reach, reach, grid, dtype=np.float32)
    pca_z = model.surface(end, dirs[0], dirs[1], reach, grid)[2]
    return dict(
        losses=traj.losses,
        diverged_at=traj.diverged_at,
        accuracy=model.accuracy(end),
        sharpness=model.sharpness(end),
        random=random_view,
        pca=(a, a, pca_z),
        coords=coords,
        explained=explained,
        params=model.size,
        train_seconds=t1 - t0,
        grid_seconds=t2 - t1,
    )


def warm() -> None:
    for residual in (False, True):
        trained_landscape(residual, "adam", 0.01, 300, 41, 1.0)
