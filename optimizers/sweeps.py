"""Hyper-parameter sweeps: every (a, b) pair of two hyper-parameters in one vmapped call.

Unlike `run`, the scan records nothing per step (a 256 × 256 × 500 sweep would otherwise
write gigabytes): it carries the point, the optimizer state and three counters — whether and
when the run diverged, and when the loss first came within `tol` of `min_loss`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Sequence

import jax
import jax.numpy as jnp
import numpy as np

from optimizers import schedules
from optimizers.rules import OPTIMIZERS, get, grad_and_hessian
from optimizers.runner import (
    DEFAULT_BOUND,
    Loss,
    _controls,
    _start,
    _steps,
    clip_to_norm,
    diverged,
)

MAX_AXIS = 512


@dataclasses.dataclass(frozen=True)
class SweepResult:
    """Outcomes over a grid of two hyper-parameters.

    Attributes:
      axes: the two axis names → their values, in the order given (first = rows).
      final_loss: (len(a), len(b)) loss after `steps` (at the last finite point if diverged).
      diverged: same shape, True where the run diverged.
      steps_to_tol: same shape, the first step from which loss − min_loss < tol holds at
        every later step too (within tolerance and staying there), or −1.
      final_points: (len(a), len(b), d) the last finite point.
      diverged_at: same shape, the step whose point left the bound (or was not finite), or −1.
    """

    axes: dict[str, np.ndarray]
    final_loss: np.ndarray
    diverged: np.ndarray
    steps_to_tol: np.ndarray
    final_points: np.ndarray
    diverged_at: np.ndarray | None = None


_traces = 0


def trace_count() -> int:
    return _traces


def _final(opt, loss, steps, theta0, hp, ctrl):
    """One lane: the end of a run, its divergence step and the step from which it stays
    within tolerance."""
    global _traces
    _traces += 1

    def objective(p):
        return ctrl["sign"] * loss(p)

    grad_fn = jax.grad(objective)
    has_lr = "lr" in hp

    # The schedule once, outside the loop (see `schedules.multiplier`).
    rates = schedules.multiplier(jnp.arange(steps, dtype=theta0.dtype), ctrl)

    def body(k, carry):
        theta, state, cur_loss, dead_at, hit_at = carry
        at = opt.eval_point(theta, state, hp)
        if opt.curvature:  # a Newton rule: H only in its own program
            g, h = grad_and_hessian(objective, at)
        else:
            g, h = grad_fn(at), None
        g = clip_to_norm(g, ctrl["clip"])
        hp_k = {**hp, "lr": hp["lr"] * rates[k]} if has_lr else hp
        delta, new_state, _ = opt.apply(g, state, theta, hp_k, h, objective)
        new_theta = theta + delta
        new_loss = loss(new_theta)
        bad = diverged(new_theta, new_loss, ctrl["bound"])
        dead = dead_at >= 0
        stop = dead | bad
        theta = jnp.where(stop, theta, new_theta)
        state = jax.tree.map(lambda old, new: jnp.where(stop, old, new), state, new_state)
        cur_loss = jnp.where(stop, cur_loss, new_loss)
        dead_at = jnp.where(~dead & bad, k + 1, dead_at)
        # the first step from which the loss stays within tolerance to the end: a run that
        # touches it and bounces out again has not reached it (it starts over); a run that
        # diverges has not
        close = new_loss - ctrl["min_loss"] < ctrl["tol"]
        kept = jnp.where(close, jnp.where(hit_at < 0, k + 1, hit_at), -1)
        hit_at = jnp.where(stop, jnp.where(~dead & bad, -1, hit_at), kept)
        return theta, state, cur_loss, dead_at, hit_at

    loss0 = loss(theta0)
    hit0 = jnp.where(loss0 - ctrl["min_loss"] < ctrl["tol"], 0, -1).astype(jnp.int32)
    carry = (theta0, opt.init(theta0), loss0, jnp.array(-1, jnp.int32), hit0)
    theta, _, final_loss, dead_at, hit_at = jax.lax.fori_loop(0, steps, body, carry)
    return theta, final_loss, dead_at, hit_at


def _lane(opt, loss, steps, lane, theta0, hp, ctrl):
    """One lane of a sweep: `lane` holds what varies across lanes (hyper-parameters by name,
    or the start as "theta0"); everything else is shared."""
    theta0 = lane.get("theta0", theta0)
    hp = {**hp, **{k: v for k, v in lane.items() if k != "theta0"}}
    return _final(opt, loss, steps, theta0, hp, ctrl)


@functools.lru_cache(maxsize=64)
def _compiled(name: str, loss: Loss, steps: int):
    # jit traces once per lane structure (which names vary) and lane count; values never retrace.
    single = functools.partial(_lane, OPTIMIZERS[name], loss, steps)
    return jax.jit(jax.vmap(single, in_axes=(0, None, None, None)))


CHUNK = 16384  # lanes per call when a caller wants progress reports


def _run_lanes(name, loss, steps, lanes, theta0, hp, ctrl, on_progress):
    """All lanes in one vmapped call, or in equal chunks of CHUNK lanes (the last one padded,
    so every chunk reuses one compiled program) with `on_progress(done, total)` after each."""
    fn = _compiled(name, loss, steps)
    total = len(next(iter(lanes.values())))
    if on_progress is None or total <= CHUNK:
        outs = [np.asarray(x) for x in fn(lanes, theta0, hp, ctrl)]
        if on_progress is not None:
            on_progress(total, total)
        return outs
    pending = []  # dispatch every chunk first (JAX runs them asynchronously), then collect
    for lo in range(0, total, CHUNK):
        take = np.minimum(np.arange(lo, lo + CHUNK), total - 1)  # pad with the last lane
        pending.append((lo, fn({k: v[take] for k, v in lanes.items()}, theta0, hp, ctrl)))
    parts = []
    for lo, out in pending:
        hi = min(lo + CHUNK, total)
        parts.append([np.asarray(x)[: hi - lo] for x in out])
        on_progress(hi, total)
    return [np.concatenate(column) for column in zip(*parts, strict=True)]


def _controls_for(schedule, clip, ascent, bound, tol, min_loss) -> dict:
    ctrl = _controls(schedule, clip, 0.0, 0, ascent, bound)
    return ctrl | {"tol": np.float32(tol), "min_loss": np.float32(min_loss)}


def sweep(
    name: str,
    loss: Loss,
    start: Sequence[float],
    steps: int,
    axes: dict[str, Sequence[float]],
    *,
    tol: float = 1e-6,
    min_loss: float = 0.0,
    schedule: str | schedules.Schedule = "constant",
    clip: float | None = None,
    ascent: bool = False,
    bound: float = DEFAULT_BOUND,
    on_progress: Callable[[int, int], None] | None = None,
    **fixed: float,
) -> SweepResult:
    """Runs optimizer `name` for every pair of values of two hyper-parameters.

    Args:
      name: a registered optimizer.
      loss: a pure `jnp` function of a point.
      start: the start point, shared by every cell.
      steps: steps per run (changing it compiles a new program; values never do).
      axes: exactly two hyper-parameter names of the optimizer → their values (≤ 512 each).
      tol, min_loss: a step "reaches tolerance" when loss − min_loss < tol.
      schedule, clip, ascent, bound: as for `run`.
      on_progress: if given, the grid runs in chunks of `CHUNK` cells and this is called
        with (cells done, cells in all) after each; otherwise in one call.
      **fixed: the optimizer's other hyper-parameters; omitted ones take their defaults.

    Returns:
      A `SweepResult` whose arrays have shape (len(first axis), len(second axis)).

    Raises:
      ValueError: not two axes, an unknown name, or any value outside its range.
    """
    opt = get(name)
    if len(axes) != 2:
        raise ValueError(f"sweep needs exactly two axes, got {list(axes)}")
    names = tuple(axes)
    if names[0] == names[1]:
        raise ValueError("the two axes must be different hyper-parameters")
    values = {}
    for axis, seq in axes.items():
        spec = opt.spec(axis)
        arr = np.asarray([spec.check(v) for v in seq], dtype=np.float32)
        if not 1 <= arr.size <= MAX_AXIS:
            raise ValueError(f"axis {axis} must have 1 … {MAX_AXIS} values, got {arr.size}")
        values[axis] = arr
    clash = set(fixed) & set(names)
    if clash:
        raise ValueError(f"{sorted(clash)} given both as an axis and as a fixed value")
    hp_fixed = opt.resolve(**fixed)
    steps = _steps(steps)
    theta0 = _start(start)
    ctrl = _controls_for(schedule, clip, ascent, bound, tol, min_loss)
    a, b = (values[n] for n in names)
    grid_a, grid_b = np.meshgrid(a, b, indexing="ij")
    hp = {k: np.float32(v) for k, v in hp_fixed.items() if k not in names}
    lanes = {names[0]: grid_a.ravel(), names[1]: grid_b.ravel()}
    theta, final_loss, dead_at, hit_at = _run_lanes(
        name, loss, steps, lanes, theta0, hp, ctrl, on_progress
    )
    shape = (a.size, b.size)
    return SweepResult(
        axes=dict(values),
        final_loss=final_loss.reshape(shape),
        diverged=(dead_at >= 0).reshape(shape),
        steps_to_tol=hit_at.reshape(shape),
        final_points=theta.reshape(*shape, -1),
        diverged_at=dead_at.reshape(shape),
    )


@dataclasses.dataclass(frozen=True)
class StartSweepResult:
    """Outcomes over a grid of start points (basins of attraction).

    Attributes:
      xs, ys: the start coordinates along each axis.
      final_points: (len(xs), len(ys), 2) where each run ended (last finite point if diverged).
      final_loss, diverged, steps_to_tol: (len(xs), len(ys)), as in `SweepResult`.
    """

    xs: np.ndarray
    ys: np.ndarray
    final_points: np.ndarray
    final_loss: np.ndarray
    diverged: np.ndarray
    steps_to_tol: np.ndarray


def sweep_starts(
    name: str,
    loss: Loss,
    xs: Sequence[float],
    ys: Sequence[float],
    steps: int,
    *,
    tol: float = 1e-6,
    min_loss: float = 0.0,
    schedule: str | schedules.Schedule = "constant",
    clip: float | None = None,
    ascent: bool = False,
    bound: float = DEFAULT_BOUND,
    on_progress: Callable[[int, int], None] | None = None,
    **hyperparams: float,
) -> StartSweepResult:
    """Runs optimizer `name` from every start (x, y) of a grid, in one vmapped call.

    Arguments as for `sweep`, with the start grid `xs` × `ys` (≤ 512 each) in place of the
    two axes and every hyper-parameter fixed.
    """
    opt = get(name)
    xs = np.asarray(xs, dtype=np.float32)
    ys = np.asarray(ys, dtype=np.float32)
    for label, arr in (("xs", xs), ("ys", ys)):
        if arr.ndim != 1 or not 1 <= arr.size <= MAX_AXIS:
            raise ValueError(f"{label} must have 1 … {MAX_AXIS} values, got shape {arr.shape}")
        if not np.all(np.isfinite(arr)):
            raise ValueError(f"{label} must be finite")
    hp = {k: np.float32(v) for k, v in opt.resolve(**hyperparams).items()}
    steps = _steps(steps)
    ctrl = _controls_for(schedule, clip, ascent, bound, tol, min_loss)
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    lanes = {"theta0": np.stack([gx.ravel(), gy.ravel()], axis=1)}
    theta0 = lanes["theta0"][0]
    theta, final_loss, dead_at, hit_at = _run_lanes(
        name, loss, steps, lanes, theta0, hp, ctrl, on_progress
    )
    shape = (xs.size, ys.size)
    return StartSweepResult(
        xs=xs,
        ys=ys,
        final_points=theta.reshape(*shape, -1),
        final_loss=final_loss.reshape(shape),
        diverged=(dead_at >= 0).reshape(shape),
        steps_to_tol=hit_at.reshape(shape),
    )


__all__ = ["CHUNK", "StartSweepResult", "SweepResult", "sweep", "sweep_starts", "trace_count"]
