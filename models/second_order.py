"""Second-order steps, the experiments of the lesson (note 001 【结论1】; Goodfellow ch. 8.6):
what a Newton step costs on a network of d parameters, and full-batch L-BFGS against Adam on
the digits MLP, measured. No Streamlit, no Plotly.

The step the notes call best is the first derivative over the second, g/h; in d dimensions it
is H⁻¹g, which needs the d × d Hessian (d² numbers) and a linear solve (about ⅔·d³ floating
point operations by LU). The table here says what that is for the app's own networks and
for 10⁶- and 10⁹-parameter models.
"""

from __future__ import annotations

import dataclasses
import itertools
import time

import jax
import jax.numpy as jnp
import numpy as np
import optax
from jax.flatten_util import ravel_pytree

from models import batchnorm, digits, networks
from models import edge_of_stability as eos

FLOAT_BYTES = 4  # float32, as every network here is trained
SOLVE_N = 1000  # the size of the linear solve timed to measure this machine's speed
SOLVE_REPEATS = 3
RACE_REPEATS = 3  # the race is timed this many times, each step at its shortest


@dataclasses.dataclass(frozen=True)
class Cost:
    """One model's Newton step.

    Attributes:
      name: the model's key (a catalog key suffix: `so.model.<name>`).
      d: its number of parameters.
      gradient_bytes: d floats, what a gradient step keeps.
      hessian_bytes: d² floats, the Hessian a Newton step needs.
      solve_flops: ⅔·d³, an LU solve of H Δ = g.
      solve_seconds: solve_flops at the measured speed.
    """

    name: str
    d: int
    gradient_bytes: float
    hessian_bytes: float
    solve_flops: float
    solve_seconds: float


def app_networks() -> list[tuple[str, int]]:
    """(name, d) for the networks the app trains, each counted from the model itself."""
    digits_d = sum((n_in + 1) * n_out for n_in, n_out in itertools.pairwise(digits.LAYERS))
    return [
        ("two_neuron", 2),  # the two-neuron network y = w₁w₂x (note 003)
        ("edge", int(eos.network().size)),
        ("moons", int(networks.MLP(*networks.moons()).size)),
        ("digits", digits_d),
        # the initialisation lesson's net: DEPTH square layers of WIDTH, no biases
        ("deep", batchnorm.DEPTH * batchnorm.WIDTH**2),
    ]


BIG_MODELS = (("million", 10**6), ("billion", 10**9))


def measured_flops(n: int = SOLVE_N, repeats: int = SOLVE_REPEATS, seed: int = 0) -> float:
    """Floating-point operations per second of a dense float32 LU solve of size n on this
    machine (⅔n³ operations; the fastest of `repeats`)."""
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((n, n)).astype(np.float32) + n * np.eye(n, dtype=np.float32)
    b = rng.standard_normal(n).astype(np.float32)
    best = np.inf
    for _ in range(repeats):
        t0 = time.perf_counter()
        np.linalg.solve(a, b)
        best = min(best, time.perf_counter() - t0)
    return (2.0 / 3.0) * n**3 / best


def costs(flops_per_second: float) -> list[Cost]:
    """The Newton step's memory and time for the app's networks and for 10⁶ and 10⁹."""
    out = []
    for name, d in [*app_networks(), *BIG_MODELS]:
        flops = (2.0 / 3.0) * float(d) ** 3
        out.append(
            Cost(
                name=name,
                d=d,
                gradient_bytes=FLOAT_BYTES * float(d),
                hessian_bytes=FLOAT_BYTES * float(d) ** 2,
                solve_flops=flops,
                solve_seconds=flops / flops_per_second,
            )
        )
    return out


# ---- full-batch L-BFGS against Adam on the digits MLP -------------------------------------
LBFGS_STEPS = 100
ADAM_STEPS = 1000  # Adam's steps are cheaper: its run covers about the same time
ADAM_LR = 0.01
SEED = 0


@dataclasses.dataclass(frozen=True)
class Race:
    """Each optimizer's training loss per step (row 0: before the first) and the wall time
    since its first step (row 0: 0 s), in seconds, measured after its program was compiled."""

    names: tuple[str, ...]
    losses: tuple[np.ndarray, ...]
    seconds: tuple[np.ndarray, ...]
    d: int
    n_train: int


def _digits_loss():
    data = digits.data()
    x, y = jnp.asarray(data.x_train), jnp.asarray(data.y_train)
    flat, unravel = ravel_pytree(digits.init(jax.random.PRNGKey(SEED)))

    def loss(theta):
        return digits.cross_entropy(digits.forward(unravel(theta), x), y)

    return loss, flat, len(data.y_train)


def _stepper(loss, opt, lbfgs: bool):
    """One jitted step of `opt` on the full batch, returning the loss before it."""
    value_and_grad = optax.value_and_grad_from_state(loss) if lbfgs else jax.value_and_grad(loss)

    @jax.jit
    def step(theta, state):
        if lbfgs:  # the line search evaluates the loss itself: it takes value_fn
            value, grad = value_and_grad(theta, state=state)
            updates, state = opt.update(grad, state, theta, value=value, grad=grad, value_fn=loss)
        else:
            value, grad = value_and_grad(theta)
            updates, state = opt.update(grad, state, theta)
        return optax.apply_updates(theta, updates), state, value

    return step


def lbfgs_vs_adam(lbfgs_steps: int = LBFGS_STEPS, adam_steps: int = ADAM_STEPS) -> Race:
    """Full-batch L-BFGS (optax's, memory 10, with its zoom line search) and Adam (ε = 0.01)
    from the same initialisation of the digits MLP on its 300 training examples."""
    # optax's own code mixes Python floats with int32 step counts (Adam's bias correction),
    # which the tests' strict dtype promotion refuses: its programs are traced with JAX's
    # standard promotion, as optax is written for
    with jax.numpy_dtype_promotion("standard"):
        return _race(lbfgs_steps, adam_steps)


def _race(lbfgs_steps: int, adam_steps: int) -> Race:
    loss, theta0, n_train = _digits_loss()
    names, losses, seconds = [], [], []
    for name, opt, steps in (
        ("lbfgs", optax.lbfgs(), lbfgs_steps),
        ("adam", optax.adam(ADAM_LR), adam_steps),
    ):
        step = _stepper(loss, opt, name == "lbfgs")
        # compile outside the clock: twice, as the state after a step (L-BFGS's memory filled,
        # its line search's last values) is typed apart from the initial one and traces again
        theta, state, _ = step(theta0, opt.init(theta0))
        jax.block_until_ready(step(theta, state))
        # a Python loop over the compiled step, so that each step's wall time is read; the
        # run is timed RACE_REPEATS times and each step keeps its shortest time, as timeit
        # does: on a busy server one step of one run took 0.25 s (another thread's work), 55 %
        # of L-BFGS's whole clock, and decided "which is lower at the same time"
        best = np.full(steps, np.inf)
        for _ in range(RACE_REPEATS):
            theta, state = theta0, opt.init(theta0)
            values = []
            for k in range(steps):
                began = time.perf_counter()
                theta, state, value = step(theta, state)
                values.append(float(value))
                best[k] = min(best[k], time.perf_counter() - began)
        clock = np.concatenate([[0.0], np.cumsum(best)])
        values.append(float(loss(theta)))
        names.append(name)
        losses.append(np.asarray(values))
        seconds.append(np.asarray(clock))
    return Race(tuple(names), tuple(losses), tuple(seconds), int(theta0.size), n_train)


# ---- the condition number: Newton's one step against gradient descent's κ-many -------------
KAPPAS = (1, 10, 100, 1000)


def quadratic_counts(
    start: tuple[float, float], tol: float, kappas=KAPPAS, max_steps: int = 100_000
) -> list[tuple[float, int, int | None]]:
    """On x²/κ + y² (Hessian diag(2/κ, 2)) from `start`: (κ, Newton's steps, gradient
    descent's steps at its best fixed ε = 2/(λ_min + λ_max)) until the loss is at most `tol`.
    Both are exact on a quadratic: gradient descent multiplies each coordinate by 1 − ελᵢ per
    step; Newton's step −H⁻¹g = −θ lands on the minimum. None: not within max_steps."""
    theta0 = np.asarray(start, dtype=np.float64)
    out = []
    for kappa in kappas:
        lam = np.array([2.0 / kappa, 2.0])
        hessian = np.diag(lam)

        def loss(theta, lam=lam):
            return 0.5 * float(np.sum(lam * theta**2))

        newton = theta0 - np.linalg.solve(hessian, hessian @ theta0)
        newton_steps = 0 if loss(theta0) <= tol else (1 if loss(newton) <= tol else None)
        eps = 2.0 / (lam.min() + lam.max())
        k = np.arange(max_steps + 1)[:, None]
        losses = 0.5 * np.sum(lam * (theta0 * (1.0 - eps * lam) ** k) ** 2, axis=1)
        below = np.flatnonzero(losses <= tol)
        out.append((float(kappa), newton_steps, int(below[0]) if below.size else None))
    return out


def loss_floor(loss, point) -> float:
    """The float32 loss's resolution at `point`: the largest change of the loss when one
    coordinate moves by one float32 spacing (ulp). A drawn loss at or below it is rounding,
    not data: the parameters cannot come nearer the minimum in float32."""
    theta = np.asarray(point, dtype=np.float32).reshape(-1)
    here = float(loss(jnp.asarray(theta)))
    change = 0.0
    for i in range(theta.size):
        for sign in (1.0, -1.0):
            q = theta.copy()
            q[i] = np.nextafter(q[i], np.float32(sign * np.inf))
            change = max(change, abs(float(loss(jnp.asarray(q))) - here))
    return change
