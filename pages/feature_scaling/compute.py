"""The feature-scaling lesson's cached run to the tolerance, and its warm-up."""

from __future__ import annotations

import numpy as np
import streamlit as st

import optimizers
from models import datasets
from ui import compute

SCALING_START = (0.0, 0.0)
SCALING_MAX_STEPS = 10_000


@st.cache_data(max_entries=16, show_spinner=False)
def steps_to_tol(name: str, rel_tol: float) -> tuple[int | None, np.ndarray]:
    """GD at its best step from the start on a scaled problem: the first step whose excess
    loss falls below rel_tol × the start's, or None within SCALING_MAX_STEPS; and the
    excess-loss curve."""
    p = compute.problem(name)
    traj = optimizers.run("sgd", p.loss, SCALING_START, SCALING_MAX_STEPS, lr=p.best_lr)
    excess = np.maximum(p.loss_np(traj.points) - p.min_loss, 0.0)
    below = np.flatnonzero(excess < rel_tol * excess[0])
    return (int(below[0]) if below.size else None), excess


def warm() -> None:
    for how in datasets.SCALINGS:
        steps_to_tol(how, 1e-4)
        p = compute.problem(how)
        optimizers.run("sgd", p.loss, SCALING_START, 50, lr=p.best_lr)
