"""Minibatch gradient descent on a least-squares problem, and the regularised minima of the
same problem as λ grows (L2 in closed form, L1 by proximal gradient). JAX, no Streamlit.

A minibatch step is a weighted full-data step: row k of a weight matrix W holds 1/B on the
B examples of step k's batch and 0 elsewhere, so every batch size runs in one compiled scan
(batch size and shuffling are data, not shapes) and lanes are vmapped.
"""

from __future__ import annotations

import dataclasses
import functools

import jax
import jax.numpy as jnp
import numpy as np

from models.datasets import LinearProblem


def batch_weights(n: int, batch: int, epochs: int, seed: int) -> np.ndarray:
    """(steps, n): each epoch shuffles the n examples and cuts them into ⌊n/batch⌋ batches
    (a last, smaller batch is dropped); row k weights step k's batch by 1/batch."""
    if not 1 <= batch <= n:
        raise ValueError(f"batch must be in [1, {n}], got {batch}")
    if epochs < 1:
        raise ValueError(f"epochs must be ≥ 1, got {epochs}")
    rng = np.random.default_rng(seed)
    per_epoch = n // batch
    w = np.zeros((epochs * per_epoch, n), dtype=np.float32)
    for e in range(epochs):
        order = rng.permutation(n)
        for b in range(per_epoch):
            w[e * per_epoch + b, order[b * batch : (b + 1) * batch]] = 1.0 / batch
    return w


# |w|, |b| beyond this counts as diverged (the runner's far bound): the run stops there, so
# nothing downstream computes on a parameter that overflows float32.
BOUND = 1e6


@jax.jit
def _descend(a, y, start, lrs, weights):
    """Lanes of weighted gradient descent: weights (lanes, steps, n); rows of zeros stand still.
    A lane whose step lands beyond `BOUND` (or on a non-finite point) holds its last point
    from there; each lane's `dead` is that first step (0 if none)."""

    def lane(lr, w_rows):
        def step(carry, w):
            theta, k, dead = carry
            grad = a.T @ (w * (a @ theta - y))
            new = theta - lr * grad
            bad = ~(jnp.max(jnp.abs(new)) <= BOUND)  # NaN fails `<=` as far points do
            dead = jnp.where((dead == 0) & bad, k, dead)
            theta = jnp.where(dead > 0, theta, new)
            return (theta, k + 1, dead), theta

        (_, _, dead), path = jax.lax.scan(step, (start, jnp.int32(1), jnp.int32(0)), w_rows)
        return jnp.concatenate([start[None], path]), dead

    return jax.vmap(lane)(lrs, weights)


def _bucket(steps: int) -> int:
    return max(64, 1 << (steps - 1).bit_length())


@dataclasses.dataclass(frozen=True)
class Run:
    """One minibatch run: batch size, its points (steps + 1, 2), steps per epoch, and the
    first step that left |w|, |b| ≤ `BOUND` (None if none; from there the last point inside
    is held, so every point is finite)."""

    batch: int
    points: np.ndarray
    per_epoch: int
    diverged_at: int | None = None

    @property
    def shown(self) -> np.ndarray:
        """The points up to the last one inside the bound (steps 0 … diverged_at − 1)."""
        return self.points if self.diverged_at is None else self.points[: self.diverged_at]


def descend(
    problem: LinearProblem,
    start,
    lr: float,
    batches: list[int],
    epochs: int,
    seed: int = 0,
) -> list[Run]:
    """Minibatch gradient descent with each batch size in `batches` for `epochs` epochs, all
    lanes in one vmapped scan (batch = n is full-batch gradient descent, 1 is SGD). A run
    that leaves |w|, |b| ≤ `BOUND` stops there (`Run.diverged_at`)."""
    rows = [batch_weights(problem.n, b, epochs, seed + i) for i, b in enumerate(batches)]
    length = _bucket(max(len(r) for r in rows))
    padded = np.zeros((len(rows), length, problem.n), dtype=np.float32)
    for i, r in enumerate(rows):
        padded[i, : len(r)] = r
    paths, dead = _descend(  # NumPy in: jnp conversions would each be an eager program
        np.asarray(problem.a, np.float32),
        np.asarray(problem.y, np.float32),
        np.asarray(start, np.float32),
        np.full(len(rows), lr, np.float32),
        padded,
    )
    paths, dead = np.asarray(paths), np.asarray(dead)
    return [
        Run(
            b,
            paths[i, : len(r) + 1],
            problem.n // b,
            int(dead[i]) if 0 < dead[i] <= len(r) else None,
        )
        for i, (b, r) in enumerate(zip(batches, rows, strict=True))
    ]


def gradient_samples(problem: LinearProblem, theta, batch: int, count: int, seed: int = 0):
    """(count, 2) gradients of `count` random minibatches of size `batch` (drawn without
    replacement) at θ, and the full gradient (2,)."""
    rng = np.random.default_rng(seed)
    per_example = problem.a * (problem.a @ np.asarray(theta, np.float64) - problem.y)[:, None]
    picks = np.stack([rng.choice(problem.n, batch, replace=False) for _ in range(count)])
    return per_example[picks].mean(axis=1), per_example.mean(axis=0)


def minibatch_spread(problem: LinearProblem, theta, batch: int) -> float:
    """The exact RMS distance of a size-`batch` minibatch gradient from the full gradient
    (sampling without replacement): √(tr Σ / batch · (n − batch)/(n − 1)), Σ the per-example
    gradient covariance. Zero for the full batch."""
    per_example = problem.a * (problem.a @ np.asarray(theta, np.float64) - problem.y)[:, None]
    total = float(np.sum(per_example.var(axis=0)))
    n = problem.n
    return float(np.sqrt(total / batch * (n - batch) / (n - 1))) if n > 1 else 0.0


def l2_path(problem: LinearProblem, lambdas) -> np.ndarray:
    """(len(λ), 2): argmin L(θ) + λ/2 ‖θ‖², in closed form (H + λI)⁻¹ Aᵀy/n."""
    rhs = problem.a.T @ problem.y / problem.n
    eye = np.eye(2)
    return np.stack([np.linalg.solve(problem.hessian + lam * eye, rhs) for lam in lambdas])


@functools.partial(jax.jit, static_argnums=(4,))
def _ista(h, rhs, lambdas, lr, iters):
    def solve(lam):
        def step(theta, _):
            z = theta - lr * (h @ theta - rhs)
            return jnp.sign(z) * jnp.maximum(jnp.abs(z) - lr * lam, 0.0), None

        theta, _ = jax.lax.scan(step, jnp.zeros(2, h.dtype), None, length=iters)
        return theta

    return jax.vmap(solve)(lambdas)


def l1_path(problem: LinearProblem, lambdas, iters: int = 4000) -> np.ndarray:
    """(len(λ), 2): argmin L(θ) + λ‖θ‖₁ by proximal gradient (ISTA, soft thresholding), every
    λ in one vmapped call. Soft thresholding sets a weight exactly to 0."""
    h = np.asarray(problem.hessian, np.float32)
    rhs = np.asarray(problem.a.T @ problem.y / problem.n, np.float32)
    lr = np.float32(1.0 / problem.eigenvalues[-1])
    return np.asarray(_ista(h, rhs, np.asarray(lambdas, np.float32), lr, iters), np.float64)


__all__ = [
    "Run",
    "batch_weights",
    "descend",
    "gradient_samples",
    "l1_path",
    "l2_path",
    "minibatch_spread",
]
