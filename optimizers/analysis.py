"""Local analysis at a point: gradient, Hessian, its eigen-decomposition and the point's kind."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from landscapes.base import switch_group, switched

Loss = Callable[[jax.Array], jax.Array]

KINDS = ("minimum", "maximum", "saddle", "degenerate", "not_critical")


class LocalAnalysis(NamedTuple):
    """What the loss looks like near one point.

    Attributes:
      point: the point.
      loss: the loss there.
      gradient: ∇L.
      hessian: H = ∇²L.
      eigenvalues: H's eigenvalues, ascending.
      eigenvectors: the matching unit eigenvectors, as columns.
      kind: one of KINDS. A point whose gradient is not ≈ 0 is "not_critical"; otherwise the
        signs of the eigenvalues decide: all > 0 minimum, all < 0 maximum, both signs saddle,
        any ≈ 0 and no sign change degenerate.
    """

    point: np.ndarray
    loss: float
    gradient: np.ndarray
    hessian: np.ndarray
    eigenvalues: np.ndarray
    eigenvectors: np.ndarray
    kind: str

    @property
    def escape_direction(self) -> np.ndarray | None:
        """The eigenvector of the most negative curvature, where there is one."""
        if self.eigenvalues[0] < 0:
            return self.eigenvectors[:, 0]
        return None


@functools.lru_cache(maxsize=128)
def _derivatives(group: tuple[Loss, ...]):
    # One program per group of registered surfaces (`switch_group`): the surface is traced.
    at = switched(group)

    def derivatives(p, index):
        loss = functools.partial(at, index=index)
        return loss(p), jax.grad(loss)(p), jax.hessian(loss)(p)

    return jax.jit(derivatives)


def gradient(loss: Loss, point: Sequence[float]) -> np.ndarray:
    return analyse(loss, point).gradient


def hessian(loss: Loss, point: Sequence[float]) -> np.ndarray:
    return analyse(loss, point).hessian


def classify_eigenvalues(
    eigenvalues: np.ndarray, grad_norm: float, *, gtol: float, htol: float
) -> str:
    if grad_norm > gtol:
        return "not_critical"
    if np.any(eigenvalues > htol) and np.any(eigenvalues < -htol):
        return "saddle"
    if np.any(np.abs(eigenvalues) <= htol):
        return "degenerate"
    return "minimum" if np.all(eigenvalues > 0) else "maximum"


def analyse(
    loss: Loss, point: Sequence[float], *, gtol: float = 1e-3, htol: float = 1e-4
) -> LocalAnalysis:
    """Gradient, Hessian, eigen-decomposition and kind of `point` on `loss`.

    Args:
      loss: a pure `jnp` function of a point.
      point: where to look.
      gtol: a gradient norm at most this counts as zero (a critical point).
      htol: an eigenvalue at most this in magnitude counts as zero (flat curvature).
    """
    p = np.asarray(point, dtype=np.float32).reshape(-1)  # NumPy in: no eager program for it
    group, index = switch_group(loss, p.size)
    value, grad, hess = (
        np.asarray(a, dtype=np.float64) for a in _derivatives(group)(p, np.int32(index))
    )
    hess = 0.5 * (hess + hess.T)
    eigenvalues, eigenvectors = np.linalg.eigh(hess)
    grad_norm = float(np.linalg.norm(grad))
    # Scale the tolerances with the size of the numbers involved: float32 derivatives.
    scale = 1.0 + float(np.max(np.abs(hess))) if hess.size else 1.0
    kind = classify_eigenvalues(eigenvalues, grad_norm, gtol=gtol * scale, htol=htol * scale)
    return LocalAnalysis(
        np.asarray(p, np.float64), float(value), grad, hess, eigenvalues, eigenvectors, kind
    )


def critical_near(loss, x: float, radius: float, flat: float) -> tuple[str, float] | None:
    """The critical point that Newton's method on f′ reaches from x, if within `radius` of it,
    with its kind: "flat" (an inflection point: |f″| there at most `flat` and f′ of one sign
    on both sides, as x + sin x at every odd multiple of π), else "minimum" or "maximum" by
    the sign of f″; ``None`` for none, or for a flat extremum (f″ = 0 and f′ changing sign,
    as (x − 1)⁴ at 1), which the generic "critical point" sentence names by f′ and f″. Where
    a run stopped off the marked points (x + sin x at −3π, outside the curve's domain) it is
    named as at a marked one.

    f′ and f″ in float64 (`jax.enable_x64`), Newton run until its step is below 1e-12 of the
    point: at a flat point f′ has a double root and Newton only halves the distance each step,
    and float32's f′ = 1 + cos x reads 0 already 0.0024 from −97π (the page said "0.0024 from
    x = −304.734" of a run that ended 0.0027 from −97π = −304.7345)."""
    with jax.enable_x64(True):
        grad = jax.grad(lambda v: loss(jnp.reshape(v, (1,))))
        curvature = jax.grad(grad)

        def derivatives(at: float) -> tuple[float, float]:
            v = jnp.asarray(at, dtype=jnp.float64)
            return float(grad(v)), float(curvature(v))

        c = float(x)
        for _ in range(200):
            g, h = derivatives(c)
            if g == 0 or h == 0:
                break
            c -= g / h
            if not abs(c - x) <= radius:
                return None
            if abs(g / h) <= 1e-12 * max(1.0, abs(c)):
                break
        g, h = derivatives(c)
        if abs(g) > 1e-3:
            return None
        if abs(h) > flat:
            return ("minimum" if h > 0 else "maximum"), c
        left, right = derivatives(c - radius)[0], derivatives(c + radius)[0]
    return ("flat", c) if left * right > 0 else None
