"""The second-order lesson's cached bridges from the page to the engine: Newton and AdaGrad
on a curve, Newton, saddle-free Newton and gradient descent (with and without noise) on a
surface, and the measured cost of a Newton step and digits race (`model`); `warm()` computes
the default views before anyone asks for them."""

from __future__ import annotations

import dataclasses

import numpy as np
import streamlit as st

import landscapes
import optimizers
from models import second_order as model
from ui import compute

CURVES_1D = ("x_plus_sin", "parabola", "sin_minus_square")
SURFACES_2D = ("two_neuron", "saddle", "bowl")
# where each 2-D surface's lesson starts: near the saddle (the prediction question's point on
# the two-neuron surface), and the bowl's usual start
STARTS_2D = {"two_neuron": (0.3, 0.2), "saddle": (0.3, 0.1), "bowl": (-7.0, 2.0)}
ADAGRAD_EPS = 1e-7
# saddle-free Newton's default damping here: with less, |H| + λI is nearly singular along the
# two-neuron surface's valley of minima (curvature 0 along w₁w₂ = 1) and throws it off the plot
SFN_DAMPING = 0.5


# ---- 1-D: g/h against AdaGrad's g/√Σg² -----------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Steps1D:
    """One rule's run on a curve, step by step.

    Attributes:
      x: (n + 1,) iterates; f: f(x_t).
      g: (n,) f′(x_t); h: (n,) what the rule divides g by at step t: f″(x_t) for Newton,
        √Σg²/ε (δ included) for AdaGrad, note 001's stand-in for f″.
      curvature: (n,) f″(x_t), the true second derivative there.
      diverged_at: the step that left the curve's range, or None.
    """

    x: np.ndarray
    f: np.ndarray
    g: np.ndarray
    h: np.ndarray
    curvature: np.ndarray
    diverged_at: int | None

    @property
    def last(self) -> int:
        return len(self.x) - 1 if self.diverged_at is None else self.diverged_at - 1


def _second_derivatives(loss, xs: np.ndarray) -> np.ndarray:
    return np.array([float(optimizers.hessian(loss, (float(x),))[0, 0]) for x in xs])


@st.cache_data(max_entries=64, show_spinner=False)
def one_d(curve: str, x0: float, steps: int, lr: float) -> tuple[Steps1D, Steps1D]:
    """(Newton, AdaGrad) on `curve` from x₀: Newton's ε = 1 and λ = 0, AdaGrad's ε = lr."""
    ls = landscapes.get(curve)
    lanes = (
        ("newton", (("lr", 1.0), ("damping", 0.0))),
        ("adagrad", (("lr", float(lr)), ("eps", ADAGRAD_EPS))),
    )
    newton, adagrad = compute.trajectories(curve, (float(x0),), int(steps), lanes)
    out = []
    for tr in (newton, adagrad):
        n = tr.steps if tr.diverged_at is None else tr.diverged_at
        x = tr.points[:, 0].astype(float)
        curvature = _second_derivatives(ls.loss, x[:n])
        h = curvature if tr is newton else 1.0 / tr.effective_lr[:n, 0].astype(float)
        out.append(
            Steps1D(
                x=x,
                f=tr.losses.astype(float),
                g=tr.raw_grads[:n, 0].astype(float),
                h=h,
                curvature=curvature,
                diverged_at=tr.diverged_at,
            )
        )
    return out[0], out[1]


# ---- 2-D: Newton, saddle-free Newton and gradient descent ------------------------------------
def gd_lr(surface: str) -> float:
    """Gradient descent's ε: on the bowl its best fixed step 2/(μ_min + μ_max), elsewhere the
    surface's suggested one."""
    ls = landscapes.get(surface)
    if surface == "bowl":
        lam = optimizers.analyse(ls.loss, ls.minima[0]).eigenvalues
        return round(2.0 / (float(lam.min()) + float(lam.max())), 4)
    return float(ls.lr_hint[0])


def lanes_2d(surface: str, damping: float, sfn_damping: float) -> tuple:
    """The view's runs as rooms and `compute.trajectories` take them; Newton last, so a
    room's default question is about it."""
    return (
        ("sgd", (("lr", gd_lr(surface)),)),
        ("saddle_free_newton", (("lr", 1.0), ("damping", float(sfn_damping)))),
        ("newton", (("lr", 1.0), ("damping", float(damping)))),
    )


def runs_2d(
    surface: str, start, steps: int, damping: float, sfn_damping: float, sigma: float
) -> list:
    """[gradient descent, saddle-free Newton, Newton, gradient descent + noise σ]."""
    lanes = lanes_2d(surface, damping, sfn_damping)
    plain = compute.trajectories(surface, tuple(map(float, start)), int(steps), lanes)
    noisy = compute.trajectories(
        surface,
        tuple(map(float, start)),
        int(steps),
        lanes[:1],
        (("noise", float(sigma)), ("seed", 0)),
    )[0]
    return [*plain, noisy]


# ---- the cost of a Newton step ---------------------------------------------------------------
@st.cache_data(show_spinner=False)
def flops() -> float:
    """This server's dense-solve speed, measured once per process."""
    return model.measured_flops()


@st.cache_data(show_spinner=False)
def race() -> model.Race:
    """The digits race, measured once per process (the warm-up runs it)."""
    return model.lbfgs_vs_adam()


def warm() -> None:
    """The second-order lesson's default views: Newton and AdaGrad on x + sin x, the four runs
    near the two-neuron saddle (Newton's programs compute H), and the measured digits race
    (L-BFGS compiles for seconds) with the solve speed."""
    one_d(CURVES_1D[0], landscapes.get(CURVES_1D[0]).start[0], 8, 1.0)
    surface = SURFACES_2D[0]
    runs_2d(surface, STARTS_2D[surface], 60, 0.0, SFN_DAMPING, 0.1)
    race()
    flops()
