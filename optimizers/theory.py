"""Closed forms for gradient methods on a quadratic ½θᵀHθ (Goh, "Why Momentum Really Works",
Distill 2017; Goodfellow et al. §8.3). Pure NumPy; the convergence maps draw these over the
measured map.

On a quadratic every eigen-direction of H is a separate 1-D problem with curvature λ, so a
method is stable iff it is stable for λ_min and λ_max.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from optimizers.analysis import Loss, hessian


def gd_limit(lam_max: float) -> float:
    """GD θ ← θ − εg diverges for ε > 2/λ_max (|1 − ελ| > 1 along the steepest direction)."""
    return 2.0 / lam_max


def heavy_ball_limit(alpha, lam_max: float):
    """Heavy-ball momentum converges for 0 < ελ < 2(1 + α): the largest stable ε for each α."""
    return 2.0 * (1.0 + np.asarray(alpha, dtype=np.float64)) / lam_max


def nesterov_limit(alpha, lam_max: float):
    """Nesterov momentum (gradient at θ + αv) converges for 0 < ελ < 2(1 + α)/(1 + 2α)."""
    alpha = np.asarray(alpha, dtype=np.float64)
    return 2.0 * (1.0 + alpha) / ((1.0 + 2.0 * alpha) * lam_max)


def heavy_ball_optimum(lam_min: float, lam_max: float) -> tuple[float, float]:
    """The fastest heavy-ball pair: ε* = (2/(√λ_min + √λ_max))², α* = ((√κ − 1)/(√κ + 1))²,
    κ = λ_max/λ_min. Its rate (error shrink per step) is √α*."""
    lo, hi = np.sqrt(lam_min), np.sqrt(lam_max)
    root_kappa = hi / lo
    return float((2.0 / (lo + hi)) ** 2), float(((root_kappa - 1.0) / (root_kappa + 1.0)) ** 2)


def newton_factors(lr, damping, mu):
    """Damped Newton θ ← θ − ε(H + λI)⁻¹g on a quadratic multiplies the error along the
    eigenvector of H with eigenvalue μ by 1 − εμ/(μ + λ): ε = 1, λ = 0 makes every factor 0,
    one step to the minimum."""
    mu = np.asarray(mu, dtype=np.float64)
    return 1.0 - np.asarray(lr, dtype=np.float64) * mu / (mu + np.asarray(damping, np.float64))


def newton_limit(damping, mu_max: float):
    """Damped Newton converges iff |1 − εμ/(μ + λ)| < 1 for every eigenvalue μ > 0, i.e.
    ε < 2(μ + λ)/μ, tightest at μ_max: the largest stable ε for each λ is 2(1 + λ/μ_max)."""
    return 2.0 * (1.0 + np.asarray(damping, dtype=np.float64) / mu_max)


def quadratic_eigenvalues(loss: Loss, point: Sequence[float]) -> np.ndarray | None:
    """The eigenvalues (ascending) of a quadratic loss's Hessian, taken at `point`, or None
    when it is not positive definite (a saddle has no minimum to converge to)."""
    eig = np.linalg.eigvalsh(np.asarray(hessian(loss, tuple(map(float, point))), np.float64))
    return eig if eig[0] > 0 else None


__all__ = [
    "gd_limit",
    "heavy_ball_limit",
    "heavy_ball_optimum",
    "nesterov_limit",
    "newton_factors",
    "newton_limit",
    "quadratic_eigenvalues",
]
