"""The gradient's geometry at a point (notes 004 and 001).

Note 004 builds descent from the directional derivative D_u L = ∇L·u: largest along ∇L, zero
along the contour, most negative along −∇L. Note 001 derives the step θ − ε∇L from the
first-order Taylor model L(θ + δ) ≈ L(θ) + ∇L·δ, which holds only within a small radius. This
module measures both at one point: D_u L over every direction (by `jax.jvp`, not from the
formula it illustrates) and the radius within which the linear model's error stays below a
fraction τ of the largest change it predicts at that radius,

    max over unit u of |L(θ + r u) − L(θ) − r ∇L·u| ≤ τ · r‖∇L‖.

On a quadratic with Hessian H this radius is 2τ‖∇L‖ / max|λ(H)|.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from landscapes.base import switch_group, switched

Loss = Callable[[jax.Array], jax.Array]

ANGLES = 360  # directions of the polar plot, 1° apart
DIRECTIONS = 72  # directions the linear model's worst error is taken over, 5° apart
RADII = 400  # radii sampled, 1.7 % apart, from 1/1000 of the largest one asked for up to it


class Step(NamedTuple):
    """One gradient step θ − ε∇L, as the linear model predicts it and as it is."""

    lr: float
    length: float  # ε‖∇L‖
    predicted: float  # −ε‖∇L‖², the linear model's change in L
    actual: float  # L(θ − ε∇L) − L(θ), in float64 (`change64`)
    landing: np.ndarray  # θ − ε∇L


class Geometry(NamedTuple):
    """The gradient's geometry at one point.

    Attributes:
      point: θ.
      loss: L(θ).
      gradient: ∇L(θ).
      angles: the directions u = (cos a, sin a), in degrees, 0 … 359.
      directional: D_u L for each of them, by forward-mode differentiation along u.
      radii: the radii r the linear model is checked at.
      worst_error: at each radius, max over DIRECTIONS unit u of
        |L(θ + r u) − L(θ) − r ∇L·u| / (r‖∇L‖) (inf where L is not finite there).
      step: the gradient step the page asked about.
    """

    point: np.ndarray
    loss: float
    gradient: np.ndarray
    angles: np.ndarray
    directional: np.ndarray
    radii: np.ndarray
    worst_error: np.ndarray
    step: Step

    @property
    def gradient_norm(self) -> float:
        return float(np.linalg.norm(self.gradient))

    @property
    def critical(self) -> bool:
        """∇L ≈ 0: every direction is flat to first order, and there is no step to take."""
        return self.gradient_norm < 1e-6

    @property
    def gradient_angle(self) -> float:
        """The direction of ∇L, in degrees in [0, 360)."""
        return float(np.degrees(np.arctan2(self.gradient[1], self.gradient[0])) % 360.0)

    @property
    def steepest_angle(self) -> float:
        """The sampled direction where D_u L is largest, in degrees."""
        return float(self.angles[int(np.argmax(self.directional))])

    @property
    def tangent_angles(self) -> tuple[float, float]:
        """The two directions along the contour line (D_u L = 0), in degrees."""
        a = self.gradient_angle
        return (a + 90.0) % 360.0, (a + 270.0) % 360.0

    def trust_radius(self, tau: float) -> float | None:
        """The radius up to which the linear model's worst relative error stays ≤ τ: between
        the last sampled radius that holds and the first that breaks it, where the error,
        interpolated linearly between the two, reaches τ (on a quadratic the error grows
        linearly in r, so this is the closed form 2τ‖∇L‖/max|λ(H)| itself, not the sample
        below it); the largest sampled radius if none breaks it; 0 if even the first does;
        None at a critical point (the relative error has no scale there)."""
        if self.critical:
            return None
        bad = np.flatnonzero(~(self.worst_error <= tau))
        if bad.size == 0:
            return float(self.radii[-1])
        if bad[0] == 0:
            return 0.0
        r0, r1 = self.radii[bad[0] - 1], self.radii[bad[0]]
        e0, e1 = self.worst_error[bad[0] - 1], self.worst_error[bad[0]]
        if not np.isfinite(e1):  # the loss is not finite there: keep the sample that holds
            return float(r0)
        return float(r0 + (tau - e0) / (e1 - e0) * (r1 - r0))

    def step_place(self, radius: float | None) -> str | None:
        """Where the step θ − ε∇L ends against the radius `radius` (`trust_radius`):
        "inside" or "outside" it; with a radius of 0 (below the smallest radius checked)
        "outside" if the step is at least that smallest radius long, else "unmeasured" (it
        may or may not lie within the unknown, smaller radius); None at a critical point."""
        if radius is None:
            return None
        if radius == 0:
            return "outside" if self.step.length >= float(self.radii[0]) else "unmeasured"
        return "inside" if self.step.length <= radius else "outside"

    def kink(self) -> tuple[float, float, float] | None:
        """Where L has a kink at θ (|x| at x = 0): (the smallest radius, the radius 100 times
        it, the smallest worst error between them). A smooth L's worst error shrinks with r
        (×0.1 per decade: 0.097–0.101 on the registered surfaces), float32 rounding's grows
        as r shrinks; a kink's stays put, at least 5 % at every radius of two decades, each
        decade's change within a factor of 2. None where there is none, or at a critical
        point."""
        if self.critical:
            return None
        r0 = float(self.radii[0])
        at = [int(np.searchsorted(self.radii, r0 * 10**k)) for k in (0, 1, 2)]
        if at[-1] >= len(self.radii):
            return None
        errors = self.worst_error[at[0] : at[-1] + 1]
        e = [float(self.worst_error[i]) for i in at]
        if not (np.all(np.isfinite(errors)) and min(e) >= 0.05):
            return None
        if not all(0.5 <= a / b <= 2.0 for a, b in itertools.pairwise(e)):
            return None
        return r0, float(self.radii[at[-1]]), float(errors.min())

    def reaches_end(self, tau: float) -> bool:
        """True if the model held at every sampled radius (the radius is then a lower bound)."""
        return not self.critical and bool(np.all(self.worst_error <= tau))


@functools.lru_cache(maxsize=64)
def _program(group: tuple[Loss, ...]):
    # One program per group of registered surfaces: the surface index, the radii and the step
    # size are traced, so another surface, point, radius or ε compiles nothing.
    at = switched(group)

    def geometry(p, index, radii, lr):
        loss = functools.partial(at, index=index)
        value, grad = jax.value_and_grad(loss)(p)
        polar = jnp.linspace(0.0, 2 * jnp.pi, ANGLES, endpoint=False, dtype=p.dtype)
        units = jnp.stack([jnp.cos(polar), jnp.sin(polar)], axis=1)
        directional = jax.vmap(lambda u: jax.jvp(loss, (p,), (u,))[1])(units)
        probe = jnp.linspace(0.0, 2 * jnp.pi, DIRECTIONS, endpoint=False, dtype=p.dtype)
        probes = jnp.stack([jnp.cos(probe), jnp.sin(probe)], axis=1)
        norm = jnp.linalg.norm(grad)

        def worst(r):
            def error(u):
                return jnp.abs(loss(p + r * u) - value - r * jnp.dot(grad, u))

            errors = jax.vmap(error)(probes) / (r * norm)
            return jnp.max(jnp.where(jnp.isfinite(errors), errors, jnp.inf))

        landing = p - lr * grad
        return value, grad, directional, jax.vmap(worst)(radii), landing, loss(landing)

    return jax.jit(geometry)


@functools.lru_cache(maxsize=64)
def _values64(loss: Loss):
    """jit of L at a stack of points, traced and called under `jax.enable_x64` (float64)."""
    return jax.jit(jax.vmap(loss))


def change64(loss: Loss, point, landing) -> float:
    """L(landing) − L(point) in float64. On the plateau
    1 − exp(−(x² + 2y²)/2) at (3, 2), L = 0.999797, where float32's spacing is 6e-8: the step
    ε = 0.5's change −5.18e-07 printed as −4.77e-07 (92 % of the prediction) in float32."""
    with jax.enable_x64(True):
        points = np.stack([np.asarray(point, np.float64), np.asarray(landing, np.float64)])
        values = np.asarray(_values64(loss)(points), dtype=np.float64)
    return float(values[1] - values[0])


def geometry(loss: Loss, point: Sequence[float], max_radius: float, lr: float) -> Geometry:
    """D_u L over every direction, the linear model's worst error at RADII radii up to
    `max_radius`, and the step of size `lr`, at `point` on the 2-D `loss`."""
    p = jnp.asarray(np.asarray(point, dtype=np.float32).reshape(2))
    group, index = switch_group(loss, 2)
    radii = np.geomspace(max_radius / 1000, max_radius, RADII, dtype=np.float32)
    value, grad, directional, worst, landing, landed = (
        np.asarray(a, dtype=np.float64)
        for a in _program(group)(p, np.int32(index), radii, np.float32(lr))
    )
    norm = float(np.linalg.norm(grad))
    # the change along the step the prediction is made for (θ − ε∇L with the drawn ∇L), read
    # in float64: a change of a few float32 units of L is rounding there, not the step's
    actual = change64(loss, np.asarray(p, np.float64), np.asarray(p, np.float64) - float(lr) * grad)
    if not np.isfinite(actual) and np.isfinite(landed - value):
        actual = float(landed - value)
    step = Step(
        lr=float(lr),
        length=float(lr) * norm,
        predicted=-float(lr) * norm**2,
        actual=actual,
        landing=landing,
    )
    return Geometry(
        point=np.asarray(p, np.float64),
        loss=float(value),
        gradient=grad,
        angles=np.arange(ANGLES) * (360.0 / ANGLES),
        directional=directional,
        radii=radii.astype(np.float64),
        worst_error=worst,
        step=step,
    )
