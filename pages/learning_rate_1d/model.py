"""The 1-D learning-rate lesson's model beyond the shared runner: where a drawn (float32) run
stops being a result of the maths and becomes one of rounding. No Streamlit.

With a large step on a wiggly curve each step multiplies a small difference in x by
|1 ∓ ε f″(x)| (up to 11 on x + sin x at ε = 10), so the last digits float32 drops grow until
they decide the path: x + sin x from 2.5 at ε = 10 passes |x| = 600 at step 65 in float32,
never within 100 steps in float64 (x₁₀₀ ≈ −499.5), and at step 89 in exact arithmetic. A
sentence names no step past the one where the float32 and float64 runs part."""

from __future__ import annotations

import functools

import jax
import numpy as np

PART = 0.01  # the runs "part" once they are more than 1 % of the drawn axis apart


@functools.lru_cache(maxsize=32)
def _gradient64(loss):
    with jax.enable_x64(True):
        return jax.jit(jax.grad(loss))


def rerun64(loss, x0: float, lr: float, steps: int, bound: float, ascent: bool) -> np.ndarray:
    """x₀ … x_n of x ← x ∓ ε f′(x) in float64 from the drawn x₀, up to `steps` steps or the
    first iterate beyond ±`bound` (or not finite), which is the last one returned."""
    sign = 1.0 if ascent else -1.0
    grad = _gradient64(loss)
    xs = [float(x0)]
    with jax.enable_x64(True):
        for _ in range(int(steps)):
            g = float(np.asarray(grad(np.array([xs[-1]], dtype=np.float64)))[0])
            xs.append(xs[-1] + sign * float(lr) * g)
            if not (np.isfinite(xs[-1]) and abs(xs[-1]) <= bound):
                break
    return np.asarray(xs, dtype=np.float64)


def parted_at(traj, loss, lr: float, axis: tuple[float, float], bound: float, ascent: bool):
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
