"""Small datasets the data lessons generate with a fixed seed, and the true loss of a linear
model on them over its two weights: L(θ) = ½·mean((Aθ − y)²) for a design matrix A (n, 2).

The loss is a quadratic with Hessian H = AᵀA/n, so its minimum, eigenvalues and best step
sizes are closed forms the pages show and the tests check against.
"""

from __future__ import annotations

import dataclasses
import functools

import jax
import jax.numpy as jnp
import numpy as np


@dataclasses.dataclass(frozen=True, eq=False)
class LinearProblem:
    """Least squares on a design matrix: the landscape of a real (tiny) model.

    Attributes:
      a: (n, 2) design matrix (features, or a feature and the constant 1 for a bias).
      y: (n,) targets.
      names: what the two weights are called (for axis titles), e.g. ("w", "b").
    """

    a: np.ndarray
    y: np.ndarray
    names: tuple[str, str] = ("w_1", "w_2")

    @property
    def n(self) -> int:
        return len(self.y)

    @functools.cached_property
    def hessian(self) -> np.ndarray:
        return self.a.T @ self.a / self.n

    @functools.cached_property
    def eigenvalues(self) -> np.ndarray:
        return np.linalg.eigvalsh(self.hessian)

    @functools.cached_property
    def minimum(self) -> np.ndarray:
        return np.linalg.solve(self.hessian, self.a.T @ self.y / self.n)

    @property
    def min_loss(self) -> float:
        return float(self.loss_np(self.minimum))

    @property
    def condition(self) -> float:
        lo, hi = self.eigenvalues
        return float(hi / lo)

    @property
    def best_lr(self) -> float:
        """GD's fastest constant step on a quadratic: 2/(λ_min + λ_max)."""
        return float(2.0 / self.eigenvalues.sum())

    @property
    def stable_lr(self) -> float:
        """GD diverges beyond 2/λ_max."""
        return float(2.0 / self.eigenvalues[-1])

    def loss_np(self, theta) -> np.ndarray:
        """The loss at one point or a stack of points (..., 2), in float64."""
        r = np.asarray(theta, dtype=np.float64) @ self.a.T - self.y
        return 0.5 * np.mean(r * r, axis=-1)

    @functools.cached_property
    def loss(self):
        """The loss as a pure `jnp` function of θ (2,): usable wherever a landscape's is."""
        a = jnp.asarray(self.a, dtype=jnp.float32)
        y = jnp.asarray(self.y, dtype=jnp.float32)

        def loss(theta: jax.Array) -> jax.Array:
            r = a @ theta - y
            return 0.5 * jnp.mean(r * r)

        return loss

    def grid(self, center, half_widths, n: int):
        """(xs, ys, Z) of the loss on an n × n grid around `center` (Z[i, j] at xs[j], ys[i])."""
        xs = np.linspace(center[0] - half_widths[0], center[0] + half_widths[0], n)
        ys = np.linspace(center[1] - half_widths[1], center[1] + half_widths[1], n)
        gx, gy = np.meshgrid(xs, ys)
        return xs, ys, self.loss_np(np.stack([gx, gy], axis=-1))


def line(n: int = 20, seed: int = 0, w: float = 2.0, b: float = 1.0, sigma: float = 1.0):
    """y = w·x + b + noise for n points x ~ U(−2, 2); the model ŷ = w·x + b, θ = (w, b)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-2.0, 2.0, n)
    y = w * x + b + sigma * rng.standard_normal(n)
    return LinearProblem(np.stack([x, np.ones(n)], axis=1), y, ("w", "b"))


SCALINGS = ("raw", "standard", "minmax")
TRUE_WEIGHTS = (3.0, 0.05)  # price = 3·rooms + 0.05·area + noise
NOISE = 0.5  # the noise's standard deviation


def two_scales(n: int = 50, seed: int = 1):
    """Two features on very different scales (note 001): rooms (1…5) and floor area (30…150 m²);
    price = 3·rooms + 0.05·area + noise. Returns the raw features and the centred targets."""
    rng = np.random.default_rng(seed)
    rooms = rng.uniform(1.0, 5.0, n)
    area = rng.uniform(30.0, 150.0, n)
    w_rooms, w_area = TRUE_WEIGHTS
    price = w_rooms * rooms + w_area * area + NOISE * rng.standard_normal(n)
    return np.stack([rooms, area], axis=1), price - price.mean()


def divisors(features: np.ndarray, how: str) -> np.ndarray:
    """What each centred feature is divided by: 1 (raw), its standard deviation, or half its
    range (max − min)/2, which puts it in about [−1, 1] (min-max). A weight w on the scaled
    feature is w / divisor on the raw one."""
    if how == "raw":
        return np.ones(features.shape[1])
    if how == "standard":
        return features.std(axis=0)
    if how == "minmax":
        return (features.max(axis=0) - features.min(axis=0)) / 2.0
    raise ValueError(f"unknown scaling {how!r}; choose from {SCALINGS}")


def standard_errors(problem: LinearProblem, fitted: int = 3) -> np.ndarray:
    """One standard error of each least-squares weight: σ̂·√diag((AᵀA)⁻¹), with σ̂² the
    residual sum of squares over n − `fitted` (two weights and the intercept the centring
    fits)."""
    rss = 2.0 * problem.n * problem.min_loss
    sigma2 = rss / (problem.n - fitted)
    return np.sqrt(sigma2 * np.diag(np.linalg.inv(problem.a.T @ problem.a)))


def scaled(features: np.ndarray, y: np.ndarray, how: str) -> LinearProblem:
    """One least-squares problem in three units: the features centred (x − mean; the intercept
    is then the targets' mean, which `two_scales` has removed) and divided by 1 (raw), their
    standard deviation (standardised) or half their range (min-max). The fitted values, the start
    w = 0 and the least loss are the same in every unit; only the contours' shape changes."""
    centred = features - features.mean(axis=0)
    a = centred / divisors(features, how)
    return LinearProblem(np.asarray(a, dtype=np.float64), y, ("w_1", "w_2"))


def correlated(n_train: int = 8, n_val: int = 200, seed: int = 7):
    """Two strongly correlated features, y = x₁ + 0.5·x₂ + noise, few training points: least
    squares overfits along the x₁ − x₂ direction (for regularisation and early stopping).
    Returns (train, validation) problems."""
    rng = np.random.default_rng(seed)

    def sample(m: int) -> LinearProblem:
        x1 = rng.standard_normal(m)
        x2 = 0.9 * x1 + 0.45 * rng.standard_normal(m)
        y = 1.0 * x1 + 0.5 * x2 + 0.8 * rng.standard_normal(m)
        return LinearProblem(np.stack([x1, x2], axis=1), y, ("w_1", "w_2"))

    return sample(n_train), sample(n_val)


__all__ = [
    "NOISE",
    "SCALINGS",
    "TRUE_WEIGHTS",
    "LinearProblem",
    "correlated",
    "divisors",
    "line",
    "scaled",
    "standard_errors",
    "two_scales",
]
