"""Where a drawn (float32) 1-D gradient run stops being a result of the maths and becomes one
of rounding: the same steps rerun in float64 (one jitted `lax.scan`) and the step where the two
part.

With a large step on a wiggly curve each step multiplies a small difference in x by
|1 ∓ ε f″(x)| (up to 11 on x + sin x at ε = 10), so the last digits float32 drops grow until
they decide the path: x + sin x from 2.5 at ε = 10 passes |x| = 600 at step 65 in float32 and
at step 89 in exact arithmetic. Float64 is within 1e-9 of the exact path at step 10, where
float32 is 0.13 off already (the two part there, by 1 % of the drawn axis); float64 drifts too,
from about step 20, and passes no bound within 100 steps. So a sentence names no step past the
one where the float32 and float64 runs part.
"""

from __future__ import annotations

import functools

import jax
import jax.numpy as jnp
import numpy as np

from optimizers.runner import _LENGTH_BUCKETS, Loss, Trajectory, _bucket

PART = 0.01  # the runs "part" once they are more than 1 % of the drawn axis apart


@functools.lru_cache(maxsize=32)
def _compiled_rerun(loss: Loss, length: int):
    """jit of `length` steps of x ← x + s ε f′(x) in float64 (s = ±1), holding the first iterate
    beyond ±bound (or not finite) from then on. Called and traced under `jax.enable_x64`.
    x₀, ε, s and the bound are traced: another start, rate or direction reuses the program."""
    grad = jax.grad(loss)

    def rerun(x0, lr, sign, bound):
        # ±ε, exact. XLA fuses x + (±ε) f′(x) into one multiply-add, rounded once: a hair
        # nearer the exact path than rounding the product first (the two part by 1 % of the
        # axis at the same step on every curve, start, ε and direction the lesson offers)
        step = sign * lr

        def body(carry, _):
            x, gone = carry
            new = x + step * grad(x)
            x = jnp.where(gone, x, new)  # held once gone: later rows are never read
            return (x, gone | ~(jnp.abs(x[0]) <= bound)), x[0]

        (_, gone), xs = jax.lax.scan(body, (x0, jnp.array(False)), None, length=length)
        first = jnp.argmax(~(jnp.abs(xs) <= bound))  # the first iterate gone, if any
        return xs, jnp.where(gone, first + 1, -1)

    return jax.jit(rerun)


def rerun64(loss: Loss, x0: float, lr: float, steps: int, bound: float, ascent: bool) -> np.ndarray:
    """x₀ … x_n of x ← x ∓ ε f′(x) in float64 from the drawn x₀, up to `steps` steps or the
    first iterate beyond ±`bound` (or not finite), which is the last one returned.

    Args:
      loss: a pure `jnp` function of a point of shape (1,), as the 1-D landscapes are.
      x0: the start.
      lr: ε.
      steps: at most this many steps.
      bound: |x| beyond which the rerun stops (a NaN or ±inf iterate stops it too).
      ascent: climb (x + ε f′) instead of descend (x − ε f′).

    Returns:
      (n + 1,) float64: x₀ and the iterates, n ≤ `steps`.
    """
    steps = int(steps)
    with jax.enable_x64(True):
        fn = _compiled_rerun(loss, _bucket(max(steps, 1), _LENGTH_BUCKETS))
        xs, gone_at = fn(
            np.array([x0], dtype=np.float64),
            np.float64(lr),
            np.float64(1.0 if ascent else -1.0),
            np.float64(bound),
        )
        xs, gone_at = np.asarray(xs, dtype=np.float64), int(gone_at)
    n = gone_at if 0 < gone_at <= steps else steps
    return np.concatenate([[np.float64(x0)], xs[:n]])


VALUE_SLOTS = 16  # points per call of `values64`: one program for every table the lesson prints


@functools.lru_cache(maxsize=32)
def _compiled_values(loss: Loss):
    """jit of f and f′ at `VALUE_SLOTS` points, in float64 (traced under `jax.enable_x64`)."""
    grad = jax.grad(loss)

    def values(xs):
        points = xs[:, None]
        return jax.vmap(loss)(points), jax.vmap(grad)(points)[:, 0]

    return jax.jit(values)


def values64(loss: Loss, xs) -> tuple[np.ndarray, np.ndarray]:
    """f(x) and f′(x) in float64 at the points `xs` (the drawn float32 iterates, read exactly).

    A change f(x + Δ) − f(x) of 10⁻⁶ on a curve at f ≈ 3 is a few float32 units of f: the
    drawn run's own f values put x + sin x's first-order error at ε = 0.01, step 0, at
    −1.273×10⁻⁶ where it is −1.184×10⁻⁶. The Taylor table reads its changes from here.
    """
    xs = np.asarray(xs, dtype=np.float64).ravel()
    f, fp = np.empty_like(xs), np.empty_like(xs)
    with jax.enable_x64(True):
        fn = _compiled_values(loss)
        for at in range(0, len(xs), VALUE_SLOTS):
            chunk = xs[at : at + VALUE_SLOTS]
            padded = np.zeros(VALUE_SLOTS, dtype=np.float64)
            padded[: len(chunk)] = chunk
            out_f, out_fp = fn(padded)
            f[at : at + len(chunk)] = np.asarray(out_f, dtype=np.float64)[: len(chunk)]
            fp[at : at + len(chunk)] = np.asarray(out_fp, dtype=np.float64)[: len(chunk)]
    return f, fp


def parted_at(
    traj: Trajectory,
    loss: Loss,
    lr: float,
    axis: tuple[float, float],
    bound: float,
    ascent: bool,
) -> int | None:
    """The first step at which the drawn run is more than `PART` of the axis from the same
    steps in float64, or at which one of the two has passed ±`bound` and the other not;
    ``None`` when they agree on every drawn step and on where the run stopped."""
    drawn = np.asarray(traj.points[:, 0], dtype=np.float64)
    n = traj.diverged_at if traj.diverged_at is not None else len(drawn)
    drawn = drawn[:n]  # x₀ … up to the last inside the bound
    exact = rerun64(loss, drawn[0], lr, len(traj.points) - 1, bound, ascent)
    gone = not (np.isfinite(exact[-1]) and abs(exact[-1]) <= bound)
    exact_at = len(exact) - 1 if gone else None  # the step float64 passed the bound, if it did
    exact = exact[:-1] if gone else exact
    width = float(axis[1] - axis[0])
    m = min(len(exact), n)
    apart = np.flatnonzero(~(np.abs(exact[:m] - drawn[:m]) <= PART * width))
    if apart.size:
        return int(apart[0])
    if exact_at != traj.diverged_at:  # one passed the bound at a step the other did not
        return m
    return None
