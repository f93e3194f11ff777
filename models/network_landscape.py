"""The network-landscape lesson's training: the small MLP trained by any of the lesson's
optimizers for any step count the page allows, in one compiled program per architecture.

`optimizers.run` compiles a program per optimizer and per length bucket, which on this
network takes about ten seconds each: choosing another optimizer, or more than 512 steps,
kept a class waiting. Here the optimizer is a traced index into one `lax.switch` (not under
`vmap`, so only the chosen rule runs) and the scan always has the slider's maximum length;
the run is sliced to the steps asked for (a scan is causal: its first k steps do not depend on
the later ones). Only the points and the losses are kept, not every rule's state.

The sharpness is the Hessian's largest eigenvalue λ_max(H), by Lanczos to a stated tolerance
(`models.edge_of_stability.top_eigenvalue`): power iteration finds the eigenvalue of largest
magnitude, which after some runs is negative (−3.44 where λ_max is 0.588, momentum ε = 0.3
without residual connections).
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

import optimizers
from models import edge_of_stability
from optimizers.runner import DEFAULT_BOUND, diverged

OPTIMIZERS = ("sgd", "momentum", "adam", "rmsprop")
MAX_STEPS = 1000  # the page's step slider's maximum: every step count shares the program


def stability_edge(name: str, lr: float) -> float | None:
    """Where (full-batch) gradient descent at step ε stops being stable on a quadratic:
    λ_max < 2/ε, with heavy-ball momentum α: 2(1 + α)/ε; None for the adaptive rules, whose
    limit is on the Hessian rescaled by their per-coordinate steps, not on λ_max(H)."""
    if name == "sgd":
        return edge_of_stability.stability_limit(lr)
    if name == "momentum":
        return edge_of_stability.stability_limit(
            lr, optimizers.get("momentum").defaults()["momentum"]
        )
    return None


@functools.lru_cache(maxsize=8)
def _program(loss, names: tuple[str, ...], length: int):
    rules = [optimizers.get(n) for n in names]

    def train(theta0, index, hps):
        grad = jax.grad(loss)

        def body(carry, k):
            theta, state, cur, dead, dead_at = carry
            g = grad(theta)

            def branch(i, state):
                delta, s_i, _ = rules[i].apply(g, state[i], theta, hps[i])
                return delta, (*state[:i], s_i, *state[i + 1 :])

            delta, new_state = jax.lax.switch(
                index, [functools.partial(branch, i) for i in range(len(rules))], state
            )
            new_theta = theta + delta
            new_loss = loss(new_theta)
            stop = dead | diverged(new_theta, new_loss, DEFAULT_BOUND)
            dead_at = jnp.where(stop & ~dead, k + 1, dead_at)
            theta = jnp.where(stop, theta, new_theta)
            state = jax.tree.map(lambda o, n: jnp.where(stop, o, n), state, new_state)
            cur = jnp.where(stop, cur, new_loss)
            return (theta, state, cur, stop, dead_at), (theta, cur)

        start = (
            theta0,
            tuple(r.init(theta0) for r in rules),
            loss(theta0),
            jnp.array(False),
            jnp.array(-1, jnp.int32),
        )
        (*_, dead_at), (points, losses) = jax.lax.scan(
            body, start, jnp.arange(length, dtype=jnp.int32)
        )
        return points, losses, start[2], dead_at

    return jax.jit(train)


def train(
    loss, theta0: np.ndarray, name: str, steps: int, lr: float
) -> tuple[np.ndarray, np.ndarray, int | None]:
    """`steps` steps of optimizer `name` (one of OPTIMIZERS, its other hyper-parameters at
    their defaults) at rate `lr` from `theta0`: the points (steps + 1, d), the losses
    (steps + 1,) and the step it diverged at (None if it did not); after a divergence the last
    finite point is held, as `optimizers.run` does."""
    if not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps = {steps} is outside [0, {MAX_STEPS}]")
    hps = tuple(
        {
            k: np.float32(v)
            for k, v in optimizers.get(n).resolve(**({"lr": lr} if n == name else {})).items()
        }
        for n in OPTIMIZERS
    )
    theta0 = np.asarray(theta0, np.float32)
    out = _program(loss, OPTIMIZERS, MAX_STEPS)(theta0, np.int32(OPTIMIZERS.index(name)), hps)
    points, losses, start_loss, dead = (np.asarray(x) for x in out)
    dead = int(dead)
    return (
        np.concatenate([theta0[None], points[:steps]]),
        np.concatenate([[start_loss], losses[:steps]]).astype(np.float32),
        dead if 0 < dead <= steps else None,
    )


def gradient_norm(loss, flat: np.ndarray) -> float:
    """|∇L| at `flat` (float64 norm of the float32 gradient)."""
    return float(np.linalg.norm(np.asarray(jax.grad(loss)(flat), dtype=np.float64)))


def sharpness(loss, flat: np.ndarray) -> float:
    """λ_max(H) at `flat`: the largest (algebraic) eigenvalue, by Lanczos to
    `edge_of_stability.TOL`."""
    return edge_of_stability.top_eigenvalue(loss, flat)[0]
