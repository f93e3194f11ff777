"""The edge of stability (Cohen et al., ICLR 2021): full-batch gradient descent on a small
network, with the sharpness λ_max of the loss's Hessian measured along the way.

On a quadratic the sharpness is a constant and gradient descent is stable exactly when
ε·λ_max < 2 (with heavy-ball momentum α: ε·λ_max < 2(1 + α)). On a network the sharpness moves:
it rises during training ("progressive sharpening") until it reaches 2/ε, then hovers there
while the loss keeps falling, though not at every step.

The sharpness is measured by the Lanczos method on Hessian-vector products (`jax.jvp` over
`jax.grad`), never the full Hessian, warm-started from the previous measurement's top Ritz
vector. It stops when the top Ritz pair (θ, y) has converged to a stated tolerance,
‖Hy − θy‖ ≤ TOL·θ (at most MAX_ITERS products). Late in training the top eigenvalues crowd
(at ε = 0.2: 9.974 and 9.808), and 20 power iterations stopped 1 % short there; Lanczos's top
Ritz value is the largest algebraic eigenvalue, never above it, and tests/test_edge.py checks
it against the dense float64 Hessian to TOL.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Callable, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from landscapes.lapack import serial
from models import networks

WIDTH = 16
HIDDEN = 4
STEPS = 3000
EVERY = 20  # steps between two sharpness measurements
TOL = 1e-3  # λ_max measured until ‖Hy − θy‖ ≤ TOL·θ: to 0.1 %, far better with a gap
MIN_ITERS = 4  # Lanczos steps before the first convergence check
MAX_ITERS = 60  # per measurement, warm-started (the top vector moves little in 20 steps)
FIRST_ITERS = 200  # the very first measurement starts from a random vector
CHUNK = 500  # steps per compiled call, so a page can show progress
MAX_RATES = 4  # rates trained at once (padded: one compiled program for 1 to 4 rates)
RATES = (0.01, 0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3)
DEFAULT_RATES = (0.02, 0.05, 0.1, 0.2)
BLOW_UP = 1e3  # a loss this many times the first one counts as diverged


@functools.cache
def network(width: int = WIDTH, hidden: int = HIDDEN) -> networks.MLP:
    """The lesson's network: 2 → 16 → 16 → 16 → 16 → 1, ELU, Xavier initialisation, the
    squared error on the moons data with targets ±1 (one per process, so its programs
    compile once)."""
    x, labels = networks.moons()
    return squared_elu(x, 2.0 * labels - 1.0, width, hidden)


def squared_elu(x, y, width: int = WIDTH, hidden: int = HIDDEN) -> networks.MLP:
    """An ELU MLP with the squared error on targets y, the kind of network this lesson trains."""
    return networks.MLP(x, y, width, hidden, activation="elu", objective="squared")


def lanczos_top(loss, flat, v, max_iters: int = MAX_ITERS, tol: float = TOL):
    """(θ, y, residual, steps): the Hessian's largest eigenvalue at `flat` and its unit Ritz
    vector by the Lanczos method from `v` (full reorthogonalisation), stopped once
    ‖Hy − θy‖ ≤ tol·θ or after `max_iters` Hessian-vector products. θ never exceeds λ_max;
    an eigenvalue of H lies within the residual of it."""
    size = flat.shape[0]
    basis = jnp.zeros((max_iters + 1, size), flat.dtype).at[0].set(v / jnp.linalg.norm(v))
    diag = jnp.zeros(max_iters, flat.dtype)
    off = jnp.zeros(max_iters, flat.dtype)
    index = jnp.arange(max_iters)

    def ritz(k, diag, off):
        # T over the first k + 1 vectors; the unused rows are decoupled and set below every
        # active diagonal entry (so below the top Ritz value): eigh's last pair is the top one
        active = index <= k
        pad = jnp.min(jnp.where(active, diag, jnp.inf)) - 1.0
        d = jnp.where(active, diag, pad)
        e = jnp.where(index[:-1] < k, off[:-1], 0.0)
        t = jnp.diag(d) + jnp.diag(e, 1) + jnp.diag(e, -1)
        values, vectors = jnp.linalg.eigh(t)
        theta, s = values[-1], vectors[:, -1]
        return theta, s, jnp.abs(off[k] * s[k])

    def step(carry):
        k, basis, diag, off, _, _ = carry
        q = basis[k]
        w = networks.hvp(loss, flat, q)
        a = q @ w
        for _ in range(2):  # twice is enough (Parlett's "twice is enough")
            w = w - basis.T @ (basis @ w)
        b = jnp.linalg.norm(w)
        basis = basis.at[k + 1].set(w / jnp.where(b > 0, b, 1.0))
        diag, off = diag.at[k].set(a), off.at[k].set(b)
        theta, _, residual = ritz(k, diag, off)
        return k + 1, basis, diag, off, theta, residual

    def going(carry):
        k, _, _, _, theta, residual = carry
        converged = (k >= MIN_ITERS) & (residual <= tol * jnp.abs(theta))
        return (k < max_iters) & ~converged

    inf = jnp.asarray(jnp.inf, flat.dtype)
    k, basis, diag, off, theta, residual = jax.lax.while_loop(
        going, step, (0, basis, diag, off, inf, inf)
    )
    theta, s, residual = ritz(k - 1, diag, off)
    y = jnp.where(index < k, s, 0.0) @ basis[:max_iters]
    return theta, y / jnp.linalg.norm(y), residual, k


@serial
@functools.partial(jax.jit, static_argnums=(0, 3))
def _top_eigen(loss, flat, v, iters):
    return lanczos_top(loss, flat, v, iters)


def top_eigenvalue(
    loss, flat, iters: int = FIRST_ITERS, seed: int = 0
) -> tuple[float, np.ndarray, float, int]:
    """The Hessian's largest eigenvalue at `flat`, its unit Ritz vector, the residual
    ‖Hy − θy‖ and the steps taken, by Lanczos from a random start (to TOL, at most `iters`)."""
    flat = jnp.asarray(flat)
    v = jax.random.normal(jax.random.PRNGKey(seed), flat.shape, flat.dtype)
    lam, v, residual, steps = _top_eigen(loss, flat, v, iters)
    return float(lam), np.asarray(v), float(residual), int(steps)


@serial
@functools.partial(jax.jit, static_argnums=(0,))
def _chunk(loss, params, velocity, v, lrs, momentum):
    """CHUNK steps of heavy-ball gradient descent for each rate (vmapped): every EVERY steps
    the sharpness (warm-started Lanczos, to TOL), every step the loss before it."""

    def one_rate(p, vel, v, lr):
        def measure(carry, _):
            p, vel, v = carry
            lam, v, _, _ = lanczos_top(loss, p, v)

            def step(carry, _):
                p, vel = carry
                value, g = jax.value_and_grad(loss)(p)
                vel = momentum * vel - lr * g  # α = 0: plain gradient descent
                return (p + vel, vel), value

            (p, vel), values = jax.lax.scan(step, (p, vel), None, length=EVERY)
            return (p, vel, v), (lam, values)

        (p, vel, v), (lams, values) = jax.lax.scan(
            measure, (p, vel, v), None, length=CHUNK // EVERY
        )
        return p, vel, v, lams, values.reshape(-1)

    return jax.vmap(one_rate)(params, velocity, v, lrs)


@serial
@functools.partial(jax.jit, static_argnums=(0,))
def _final(loss, params, v):
    lams = jax.vmap(lambda p, v: lanczos_top(loss, p, v)[0])(params, v)
    return lams, jax.vmap(loss)(params)


@dataclasses.dataclass(frozen=True)
class EdgeRuns:
    """Full-batch training at several rates from one initialisation.

    losses: (rates, STEPS + 1), the loss at steps 0…STEPS; sharpness: (rates, STEPS/EVERY + 1),
    λ_max at `sharp_steps`; params: (rates, P) the weights after the last step.
    """

    rates: tuple[float, ...]
    momentum: float
    losses: np.ndarray
    sharpness: np.ndarray
    sharp_steps: np.ndarray
    params: np.ndarray

    def threshold(self, i: int) -> float:
        """Where gradient descent at rate i stops being stable on a quadratic: 2(1 + α)/ε."""
        return stability_limit(self.rates[i], self.momentum)


def stability_limit(lr: float, momentum: float = 0.0) -> float:
    """The largest curvature gradient descent (heavy ball α) at rate ε is stable on: 2(1+α)/ε."""
    return 2.0 * (1.0 + momentum) / lr


def train(
    rates: Sequence[float],
    momentum: float = 0.0,
    *,
    net: networks.MLP | None = None,
    steps: int = STEPS,
    on_progress: Callable[[int, int], None] | None = None,
) -> EdgeRuns:
    """Trains `net` (the lesson's by default) by full-batch gradient descent at 1 to MAX_RATES
    rates at once, measuring λ_max every EVERY steps. Diverging runs are kept as data: their
    losses and sharpness turn non-finite from where they blow up."""
    if not 1 <= len(rates) <= MAX_RATES or steps % CHUNK:
        raise ValueError(f"1 to {MAX_RATES} rates, and steps a multiple of {CHUNK}")
    net = net or network()
    n = len(rates)
    padded = jnp.asarray(list(rates) + [rates[0]] * (MAX_RATES - n), jnp.float32)
    start = jnp.asarray(net.init)
    _, v0, _, _ = top_eigenvalue(net.loss, start)
    params = jnp.tile(start, (MAX_RATES, 1))
    velocity = jnp.zeros_like(params)
    v = jnp.tile(jnp.asarray(v0), (MAX_RATES, 1))
    alpha = jnp.float32(momentum)
    lams, losses = [], []
    for done in range(0, steps, CHUNK):
        params, velocity, v, lam, loss = _chunk(net.loss, params, velocity, v, padded, alpha)
        lams.append(np.asarray(lam))
        losses.append(np.asarray(loss))
        if on_progress is not None:
            on_progress(done + CHUNK, steps)
    last_lam, last_loss = _final(net.loss, params, v)
    sharp = np.concatenate([*lams, np.asarray(last_lam)[:, None]], axis=1)[:n]
    loss = np.concatenate([*losses, np.asarray(last_loss)[:, None]], axis=1)[:n]
    return EdgeRuns(
        rates=tuple(float(r) for r in rates),
        momentum=float(momentum),
        losses=loss.astype(np.float64),
        sharpness=sharp.astype(np.float64),
        sharp_steps=np.arange(0, steps + 1, EVERY),
        params=np.asarray(params)[:n],
    )


# ---- what happened at one rate ---------------------------------------------------------------
EDGE_BAND = 0.15  # a guess of where λ_max settles within ±15 % of the limit counts (asks)
TAIL = 0.1  # the last 10 % of the measurements say where the sharpness ended


@dataclasses.dataclass(frozen=True)
class Fate:
    """One rate's run in the numbers the question about it needs (the sentences read the
    drawn series themselves, `pages.edge_of_stability.claims`).

    kind: "diverged" or "trained".
    """

    kind: str
    lr: float
    limit: float
    start: float  # λ_max at step 0
    end: float  # median λ_max over the last TAIL of the run
    diverged_at: int | None


def fate(runs: EdgeRuns, i: int) -> Fate:
    """Run i: diverged (where) or not, and where its sharpness ended."""
    lr, limit = runs.rates[i], runs.threshold(i)
    losses, sharp = runs.losses[i], runs.sharpness[i]
    diverged_at = diverged_step(losses)
    if diverged_at is not None:
        return Fate("diverged", lr, limit, float(sharp[0]), math.nan, diverged_at)
    tail = sharp[-max(1, round(TAIL * len(sharp))) :]
    return Fate("trained", lr, limit, float(sharp[0]), float(np.median(tail)), None)


def diverged_step(losses: np.ndarray) -> int | None:
    """The first step whose loss is not finite or BLOW_UP times the first, else None."""
    bad = ~np.isfinite(losses) | (losses > BLOW_UP * losses[0])
    return int(np.argmax(bad)) if bad.any() else None


# ---- the quadratic beside it -------------------------------------------------------------------
def quadratic_losses(curvature: float, lr: float, momentum: float, steps: int) -> np.ndarray:
    """L_k for f(x) = ½λx² from x₀ = 1 under heavy-ball gradient descent (α = 0: plain), steps
    0…steps. With α = 0 this is the closed form L₀(1 − ελ)^(2k); otherwise the 2 × 2 linear
    recurrence (x, v) ← (x + αv − ελx, αv − ελx), iterated exactly in float64."""
    if momentum == 0.0:
        k = np.arange(steps + 1)
        with np.errstate(over="ignore"):
            return 0.5 * curvature * (1.0 - lr * curvature) ** (2 * k)
    x, v, out = 1.0, 0.0, [0.5 * curvature]
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            v = momentum * v - lr * curvature * x
            x = x + v
            out.append(0.5 * curvature * x * x)
    return np.asarray(out)


def quadratic_spirals(curvature: float, lr: float, momentum: float) -> bool:
    """Whether heavy-ball descent on ½λx² spirals in: the roots of r² − (1 + α − ελ) r + α are
    complex, i.e. (1 − √α)² < ελ < (1 + √α)². Their modulus is then √α whatever ε is: x shrinks
    by √α a step and the loss's peaks by α (momentum, not ε, sets the pace)."""
    if not 0.0 < momentum < 1.0:
        return False
    root = math.sqrt(momentum)
    return (1.0 - root) ** 2 < lr * curvature < (1.0 + root) ** 2


def quadratic_stable(curvature: float, lr: float, momentum: float = 0.0) -> bool:
    """Whether heavy-ball descent converges on ½λx²: ελ < 2(1 + α) (and α < 1)."""
    return lr * curvature < stability_limit(1.0, momentum) and momentum < 1.0
