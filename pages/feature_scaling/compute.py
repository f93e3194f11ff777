"""The feature-scaling lesson's cached run to the tolerance, and its warm-up."""

from __future__ import annotations

import numpy as np
import streamlit as st

import optimizers
from models import datasets
from ui import compute

SCALING_START = (0.0, 0.0)
SCALING_MAX_STEPS = 10_000
FLAT = 0.01  # a curve "flat" from a step on: every later value within 1 % of its lowest …
FLAT_STEPS = 100  # … for this many steps at least (a floor, not the last steps of a descent)


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


def flat_from(curve) -> int | None:
    """The first index from which the drawn `curve` is flat (every later value within FLAT of
    its lowest, for FLAT_STEPS or more), or None for a curve still falling."""
    c = np.asarray(curve, dtype=np.float64)
    above = np.flatnonzero(~(c <= (1 + FLAT) * np.nanmin(c)))
    k = int(above[-1]) + 1 if above.size else 0
    return k if len(c) - k >= FLAT_STEPS else None


def exact_excess(name: str, steps: int) -> float:
    """The excess loss after `steps` steps of GD at its best ε from the start, relative to the
    start's, in exact arithmetic: the closed form Σᵢ λᵢcᵢ²(1 − ελᵢ)²ᵗ / Σᵢ λᵢcᵢ² on the
    quadratic (λᵢ, vᵢ its Hessian's eigenpairs, cᵢ = vᵢ·(w₀ − w*))."""
    p = compute.problem(name)
    lam, vec = np.linalg.eigh(p.hessian)
    c = vec.T @ (np.asarray(SCALING_START, dtype=np.float64) - p.minimum)
    weight = lam * c**2
    return float(np.sum(weight * (1.0 - p.best_lr * lam) ** (2 * steps)) / np.sum(weight))


def warm() -> None:
    for how in datasets.SCALINGS:
        steps_to_tol(how, 1e-4)
        p = compute.problem(how)
        optimizers.run("sgd", p.loss, SCALING_START, 50, lr=p.best_lr)
