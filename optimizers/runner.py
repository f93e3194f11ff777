"""The trajectory runner: one jitted `lax.scan` per (optimizer, loss, length bucket).

Hyper-parameters, the schedule, clipping, gradient noise, the seed and the direction all enter
the compiled function as traced float32 scalars, so changing any of them reuses the compiled
code. `steps` picks a fixed scan length from a few buckets and the result is sliced, so moving
a "steps" slider does not recompile either.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np

from landscapes.base import switch_group, switched
from optimizers import schedules
from optimizers.rules import OPTIMIZERS, Optimizer, get, grad_and_hessian
from optimizers.specs import SPECS

Loss = Callable[[jax.Array], jax.Array]

MAX_STEPS = 10_000
# One bucket covers every lesson's step slider (≤ 500): moving it never compiles.
_LENGTH_BUCKETS = (512, 1024, 2048, MAX_STEPS)
_LANE_BUCKETS = (16, 64, 256, 1024, 4096, 16384, 65536)
DEFAULT_BOUND = 1e6
# The traced controls, in the order `run` packs them.
_CTRL_KEYS = ("schedule", "tau", "end_ratio", "gamma", "clip", "noise", "seed", "sign", "bound")

_traces = 0


def trace_count() -> int:
    """How many times a trajectory function has been traced (compiled) so far."""
    return _traces


@dataclasses.dataclass(frozen=True)
class Trajectory:
    """One optimizer's path, as NumPy arrays.

    Attributes:
      optimizer: the optimizer's name.
      hyperparams: the values used (defaults filled in).
      points: (steps + 1, d); row 0 is the start. After divergence the last finite point is held.
      losses: (steps + 1,), the loss at each point.
      grads: (steps, d), the gradient the rule used at step k (after noise and clipping).
      raw_grads: (steps, d), the true gradient at the evaluation point (before noise/clipping).
      updates: (steps, d), Δθ of each step (0 after divergence).
      effective_lr: (steps, d), the per-coordinate step size (e.g. ε/(δ + √r) for AdaGrad).
      lrs: (steps,), the scheduled learning rate ε_k.
      states: the optimizer's state after each step, one (steps, …) array per field.
      diverged_at: the first step whose point or loss is non-finite or beyond the far bound.
      hessians: (steps, d, d), for a second-order rule (Newton, saddle-free Newton) the exact
        Hessian of the objective its step k solved with (kept at the step that diverged too,
        so a page can say why); None for other rules.
    """

    optimizer: str
    hyperparams: dict[str, float]
    points: np.ndarray
    losses: np.ndarray
    grads: np.ndarray
    raw_grads: np.ndarray
    updates: np.ndarray
    effective_lr: np.ndarray
    lrs: np.ndarray
    states: dict[str, np.ndarray]
    diverged_at: int | None
    hessians: np.ndarray | None = None

    @property
    def steps(self) -> int:
        return len(self.points) - 1

    @property
    def curvatures(self) -> np.ndarray | None:
        """(steps, d): the eigenvalues of H at each step, ascending (None without `hessians`).
        A zero one is a singular H (the rule's pseudo-inverse moved nothing along it), a
        negative one an indefinite H (pure Newton steps *up* along it, toward a saddle or a
        maximum)."""
        if self.hessians is None:
            return None
        return np.linalg.eigvalsh(self.hessians.astype(np.float64))

    @property
    def step_lengths(self) -> np.ndarray:
        """‖Δθ‖ of each step."""
        return np.linalg.norm(self.updates, axis=-1)


# ---- the single-lane simulation ----------------------------------------------------------------
def clip_to_norm(g: jax.Array, clip: jax.Array) -> jax.Array:
    """g scaled down to norm `clip` when longer (clip = inf: off). One rsqrt and one compare:
    cheaper per step than a square root and a division."""
    norm2 = jnp.sum(g * g)
    return g * jnp.where(norm2 > clip * clip, clip * jax.lax.rsqrt(norm2), 1.0)


def diverged(theta: jax.Array, loss: jax.Array, bound: jax.Array) -> jax.Array:
    """A point or loss that is not finite, or a point beyond `bound`: one reduction, as NaN
    and ±inf fail `<= bound` just as far points do."""
    return ~(jnp.max(jnp.abs(theta)) <= bound) | ~jnp.isfinite(loss)


def _simulate(
    opt: Optimizer, loss: Loss, length: int, theta0, hp, ctrl, curvature: bool | None = None
) -> dict[str, Any]:
    """One lane. `curvature`: compute the Hessian each step (default: if the rule reads it).
    The union optimizer takes H as an argument either way; without `curvature` it gets
    zeros, on which its second-order branches step nowhere."""
    global _traces
    _traces += 1  # runs only while tracing
    curvature = opt.curvature if curvature is None else curvature

    def objective(p):
        return ctrl["sign"] * loss(p)

    grad_fn = jax.grad(objective)
    has_lr = "lr" in hp
    # All the noise at once, outside the loop: a per-step RNG call costs 40× the step itself.
    # Likewise the schedule: a branch inside the loop body makes XLA copy the record buffers.
    key = jax.random.key(ctrl["seed"].astype(jnp.int32))
    noises = jax.lax.cond(
        ctrl["noise"] > 0,
        lambda: ctrl["noise"] * jax.random.normal(key, (length, *theta0.shape), theta0.dtype),
        lambda: jnp.zeros((length, *theta0.shape), theta0.dtype),
    )
    steps = jnp.arange(length, dtype=jnp.int32)
    if has_lr:
        lrs = hp["lr"] * schedules.multiplier(steps.astype(theta0.dtype), ctrl)  # once
    else:
        lrs = jnp.ones((length,), theta0.dtype)

    def body(carry, xs):
        k, noise, lr_k = xs
        theta, state, cur_loss, dead, dead_at = carry
        at = opt.eval_point(theta, state, hp)
        if curvature:
            raw, h = grad_and_hessian(objective, at)
        else:
            raw = grad_fn(at)
            h = jnp.zeros((theta.shape[0], theta.shape[0]), theta.dtype) if opt.curvature else None
        g = clip_to_norm(raw + noise, ctrl["clip"])
        hp_k = {**hp, "lr": lr_k} if has_lr else hp
        delta, new_state, eff = opt.apply(g, state, theta, hp_k, h, objective)
        new_theta = theta + delta
        new_loss = loss(new_theta)
        bad = diverged(new_theta, new_loss, ctrl["bound"])
        stop = dead | bad
        theta_out = jnp.where(stop, theta, new_theta)
        state_out = jax.tree.map(lambda old, new: jnp.where(stop, old, new), state, new_state)
        loss_out = jnp.where(stop, cur_loss, new_loss)
        dead_at = jnp.where(~dead & bad, k + 1, dead_at)
        record = {
            "point": theta_out,
            "loss": loss_out,
            "grad": g,
            "raw_grad": raw,
            "update": jnp.where(stop, jnp.zeros_like(delta), delta),
            "eff": jnp.broadcast_to(eff, theta.shape),
            "state": state_out,
        }
        if opt.curvature:
            record["hessian"] = h
        # One row per step: a single output buffer costs far less per step than nine.
        return (theta_out, state_out, loss_out, stop, dead_at), _pack(record)

    carry0 = (theta0, opt.init(theta0), loss(theta0), jnp.array(False), jnp.array(-1, jnp.int32))
    xs = (steps, noises, lrs)
    carry, rows = jax.lax.scan(body, carry0, xs)
    return {"rows": rows, "lr": lrs, "diverged_at": carry[4], "start_loss": carry0[2]}


def _pack(record) -> jax.Array:
    leaves = jax.tree.leaves(record)
    return jnp.concatenate([jnp.ravel(x).astype(jnp.float32) for x in leaves])


@functools.lru_cache(maxsize=256)
def _columns(name: str, dim: int, union: bool | None = None):
    """Where a record field of optimizer `name` sits in a `_table`: {field: column slice}, and
    its state's ((field, column slice, shape), …). `union`: the table is the union optimizer's
    (`run_batch`), whose state holds every rule's (the costly rules' only if `union` is True:
    the costly program's). Keyed by name: hashing an `Optimizer`
    costs more than the lookup."""
    opt, pick = (
        (_UNIONS[union], _UNION_NAMES.index(name))
        if union is not None
        else (OPTIMIZERS[name], None)
    )
    theta = jax.ShapeDtypeStruct((dim,), jnp.float32)

    def one(theta):
        state = opt.init(theta)
        record = {
            "point": theta,
            "loss": theta[0],
            "grad": theta,
            "raw_grad": theta,
            "update": theta,
            "eff": theta,
            "state": state,
        }
        if opt.curvature:
            record["hessian"] = jnp.outer(theta, theta)
        return record

    fields, states, at = {}, [], 3  # after diverged_at, the start's loss and ε
    for path, leaf in jax.tree_util.tree_flatten_with_path(jax.eval_shape(one, theta))[0]:
        cols = slice(at, at + math.prod(leaf.shape))  # the order `_pack` writes
        at = cols.stop
        if path[0].key != "state":
            fields[path[0].key] = cols
        elif pick is None:
            states.append((path[1].name, cols, leaf.shape))
        elif path[1].idx == pick:
            states.append((path[2].name, cols, leaf.shape))
    return fields, tuple(states)


def _bucket(n: int, buckets: Sequence[int]) -> int:
    for b in buckets:
        if n <= b:
            return b
    return n


def _table(out: Mapping[str, jax.Array]) -> jax.Array:
    """A run as one (length, 3 + K) float32 table, so one device-to-host transfer: columns
    diverged_at and the start's loss (the same in every row), ε_k, then the packed record."""
    length = out["rows"].shape[0]
    head = jnp.stack(
        [out["diverged_at"].astype(jnp.float32), out["start_loss"].astype(jnp.float32)]
    )
    lr = out["lr"][:, None]
    return jnp.concatenate([jnp.broadcast_to(head, (length, 2)), lr, out["rows"]], axis=1)


@functools.lru_cache(maxsize=256)
def _compiled_single(name: str, loss: Loss, length: int):
    """jit of one lane. The start, the hyper-parameters and the controls arrive as one float32
    vector: every argument is a host-to-device transfer of its own."""
    return jax.jit(_single_lane(name, loss, length))


@functools.lru_cache(maxsize=64)
def _compiled_lanes(name: str, loss: Loss, length: int):
    """jit of many lanes of one optimizer (rows of `_compiled_single`'s vector). A surface
    outside the registered group (a typed formula) compiles a program of its own; one rule
    instead of every rule behind the union's `lax.switch` compiles several times faster."""
    return jax.jit(jax.vmap(_single_lane(name, loss, length)))


def _single_lane(name: str, loss: Loss, length: int):
    opt = OPTIMIZERS[name]
    hp_keys = opt.hp_names

    def fn(args):
        dim = args.shape[0] - len(hp_keys) - len(_CTRL_KEYS)
        theta0 = args[:dim]
        hp = {k: args[dim + i] for i, k in enumerate(hp_keys)}
        ctrl = {k: args[dim + len(hp_keys) + i] for i, k in enumerate(_CTRL_KEYS)}
        return _table(_simulate(opt, loss, length, theta0, hp, ctrl))

    return fn


# ---- the union of all optimizers, for one vmapped call over mixed optimizers -----------------
_UNION_NAMES = tuple(OPTIMIZERS)


def _union_optimizer(costly: bool) -> Optimizer:
    """Every rule behind one `lax.switch` on the traced `opt_index`. Without `costly`, the
    rules that need more than the gradient (`Optimizer.costly`: H, a line search) are
    branches that step nowhere, with no state: under `vmap` every branch runs in every lane,
    and a batch of first-order lanes should not pay for them."""
    opts = [OPTIMIZERS[n] for n in _UNION_NAMES]

    def index(hp):
        return jnp.clip(hp["opt_index"], 0, len(opts) - 1).astype(jnp.int32)

    def init(params):
        # Without `costly`, a costly rule's state is empty: its branch never runs a lane, and
        # an L-BFGS buffer carried and recorded through every step would cost every lane.
        return tuple(o.init(params) if costly or not o.costly else () for o in opts)

    def lookahead(params, state, hp):
        branches = [
            functools.partial(lambda o, i, p, s, h: o.eval_point(p, s[i], h), o, i)
            for i, o in enumerate(opts)
        ]
        return jax.lax.switch(index(hp), branches, params, state, hp)

    def step(g, state, params, hp, h, *, objective):
        def branch(i, o, g, state, params, hp, h):
            if o.costly and not costly:
                zero = jnp.zeros_like(params)
                return zero, state, zero
            delta, s_i, eff = o.apply(g, state[i], params, hp, h, objective)
            return delta, (*state[:i], s_i, *state[i + 1 :]), eff

        branches = [functools.partial(branch, i, o) for i, o in enumerate(opts)]
        return jax.lax.switch(index(hp), branches, g, state, params, hp, h)

    return Optimizer(
        "union", init, step, (), "", lookahead=lookahead, curvature=True, line_search=True
    )


_UNIONS = {costly: _union_optimizer(costly) for costly in (False, True)}


@functools.lru_cache(maxsize=64)
def _compiled_union(group: tuple[Loss, ...], length: int, costly: bool = False):
    """Every optimizer on every surface of `group` (`landscapes.base.switch_group`): the
    surface is a traced index shared by all lanes, so it stays one branch per step.

    `costly`: the program has the rules that need more than the gradient (Newton's H,
    L-BFGS's line search) and computes H in every lane. Under `vmap` with a batched optimizer
    index every branch runs in every lane, so a batch with such a lane takes this program and
    a batch of first-order lanes the other, which H and the line search never touch."""
    loss_at = switched(group)

    def sim(theta0, hp, ctrl, surface):
        loss = lambda p: loss_at(p, surface)  # noqa: E731
        return _table(_simulate(_UNIONS[costly], loss, length, theta0, hp, ctrl, costly))

    return jax.jit(jax.vmap(sim, in_axes=(0, 0, 0, None)))


# ---- argument checking -----------------------------------------------------------------------
def _is_real(value: Any) -> bool:
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool)


def _controls(
    schedule: str | schedules.Schedule,
    clip: float | None,
    noise: float,
    seed: int,
    ascent: bool,
    bound: float,
) -> dict[str, np.ndarray]:
    if isinstance(schedule, str):
        schedule = schedules.Schedule(schedule)
    if not isinstance(schedule, schedules.Schedule):
        raise ValueError(f"schedule must be a kind or a Schedule, got {schedule!r}")
    if clip is not None and not (_is_real(clip) and math.isfinite(clip) and clip > 0):
        raise ValueError(f"clip must be a positive number or None, got {clip!r}")
    if not (_is_real(noise) and math.isfinite(noise) and noise >= 0):
        raise ValueError(f"noise must be a finite number ≥ 0, got {noise!r}")
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or not 0 <= seed < 2**24:
        raise ValueError(f"seed must be an integer in [0, 2**24), got {seed!r}")
    if not (_is_real(bound) and math.isfinite(bound) and bound > 0):
        raise ValueError(f"bound must be a positive number, got {bound!r}")
    return {
        **schedule.as_arrays(),
        "clip": np.float32(np.inf if clip is None else clip),
        "noise": np.float32(noise),
        "seed": np.float32(seed),
        "sign": np.float32(-1.0 if ascent else 1.0),
        "bound": np.float32(bound),
    }


def _control_values(*args) -> tuple[float, ...]:
    """`_controls` as values in `_CTRL_KEYS` order, remembered: checking and building them
    costs as much as a short run."""
    try:
        return _cached_control_values(*args)
    except TypeError:  # an unhashable argument: checked uncached (and refused there)
        return _cached_control_values.__wrapped__(*args)


@functools.lru_cache(maxsize=1024, typed=True)  # typed: seed=True is not seed=1
def _cached_control_values(*args) -> tuple[float, ...]:
    ctrl = _controls(*args)
    return tuple(float(ctrl[k]) for k in _CTRL_KEYS)


def _start(start: Sequence[float]) -> np.ndarray:
    theta0 = np.asarray(start, dtype=np.float32).reshape(-1)
    if theta0.size == 0 or not np.isfinite(theta0).all():
        raise ValueError(f"start must be a non-empty point of finite numbers, got {start!r}")
    return theta0


def _steps(steps: int) -> int:
    if isinstance(steps, bool) or not isinstance(steps, int | np.integer):
        raise ValueError(f"steps must be an integer, got {steps!r}")
    if not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps = {steps} is outside its range [0, {MAX_STEPS}]")
    return int(steps)


def _trajectory(
    name: str,
    hp: dict[str, float],
    table: np.ndarray,
    steps: int,
    theta0: np.ndarray,
    union: bool | None = None,
) -> Trajectory:
    """The `Trajectory` in a table from `_table` (NumPy), most arrays views into it.
    `union`: the table is the union optimizer's (`run_batch`), the costly one if True."""
    fields, states = _columns(name, theta0.size, union)
    d = theta0.size
    rows = table[:steps]
    points = np.empty((steps + 1, theta0.size), np.float32)
    points[0], points[1:] = theta0, rows[:, fields["point"]]
    losses = np.empty(steps + 1, np.float32)
    losses[0], losses[1:] = table[0, 1], rows[:, fields["loss"].start]
    dead = int(table[0, 0])
    return Trajectory(
        optimizer=name,
        hyperparams=hp,
        points=points,
        losses=losses,
        grads=rows[:, fields["grad"]],
        raw_grads=rows[:, fields["raw_grad"]],
        updates=rows[:, fields["update"]],
        effective_lr=rows[:, fields["eff"]],
        lrs=rows[:, 2],
        states={f: rows[:, cols].reshape(steps, *shape) for f, cols, shape in states},
        diverged_at=dead if 0 < dead <= steps else None,
        hessians=(
            rows[:, fields["hessian"]].reshape(steps, d, d) if OPTIMIZERS[name].curvature else None
        ),
    )


def _run_lanes(loss, steps, names, theta0s, ctrls, width) -> list[Trajectory]:
    """`run_batch` for lanes of one optimizer on a surface of its own (`_compiled_lanes`)."""
    name = names[0][0]
    opt = OPTIMIZERS[name]
    rows = np.stack(
        [
            np.concatenate(
                [theta0, [hp[k] for k in opt.hp_names], [ctrl[k] for k in _CTRL_KEYS]]
            ).astype(np.float32)
            for theta0, (_, hp), ctrl in zip(theta0s, names, ctrls, strict=True)
        ]
    )
    rows = np.concatenate([rows, np.repeat(rows[:1], width - len(rows), axis=0)])
    fn = _compiled_lanes(name, loss, _bucket(max(steps, 1), _LENGTH_BUCKETS))
    tables = np.asarray(fn(rows))
    return [
        _trajectory(name, hp, tables[i], steps, theta0s[i]) for i, (name, hp) in enumerate(names)
    ]


# ---- public API ------------------------------------------------------------------------------
def run(
    name: str,
    loss: Loss,
    start: Sequence[float],
    steps: int,
    *,
    schedule: str | schedules.Schedule = "constant",
    clip: float | None = None,
    noise: float = 0.0,
    seed: int = 0,
    ascent: bool = False,
    bound: float = DEFAULT_BOUND,
    **hyperparams: float,
) -> Trajectory:
    """Runs optimizer `name` on `loss` from `start` for `steps` steps.

    Args:
      name: a registered optimizer (`optimizers.names()`).
      loss: a pure `jnp` function of a point of shape (d,).
      start: the start point, d numbers.
      steps: 0 … MAX_STEPS.
      schedule: a schedule kind or a `Schedule` scaling the learning rate ε.
      clip: clip the gradient to this norm (None: no clipping).
      noise: σ of Gaussian noise added to every gradient (SGD noise on a toy surface).
      seed: the noise seed.
      ascent: climb instead of descend (note 004 maximises).
      bound: |coordinate| beyond which the run counts as diverged.
      **hyperparams: the optimizer's hyper-parameters; omitted ones take their defaults.

    Returns:
      The `Trajectory`.

    Raises:
      ValueError: an unknown name, or a value out of its range (the message names it).
    """
    opt = get(name)
    hp = opt.resolve(**hyperparams)
    steps = _steps(steps)
    theta0 = _start(start)
    ctrl = _control_values(schedule, clip, noise, seed, ascent, bound)
    fn = _compiled_single(name, loss, _bucket(max(steps, 1), _LENGTH_BUCKETS))
    tail = (*(hp[k] for k in opt.hp_names), *ctrl)
    args = np.empty(theta0.size + len(tail), np.float32)
    args[: theta0.size], args[theta0.size :] = theta0, tail
    return _trajectory(name, hp, np.asarray(fn(args)), steps, theta0)


def run_batch(loss: Loss, steps: int, lanes: Sequence[Mapping[str, Any]]) -> list[Trajectory]:
    """Runs many (optimizer, start, hyper-parameters) lanes in one jitted, vmapped call.

    Each lane is a mapping with `name`, `start` and any of `run`'s keyword arguments, e.g.
    `dict(name="sgd", start=(-7, 2), lr=0.95)`. Lanes may mix optimizers: every optimizer sits
    in one `lax.switch`, as does every registered surface of the lanes' dimension, and the lane
    count is padded to a bucket, so neither choosing other optimizers or another registered
    surface nor changing any value recompiles.
    """
    steps = _steps(steps)
    if not lanes:
        return []
    names, theta0s, hps, ctrls = [], [], [], []
    for lane in lanes:
        lane = dict(lane)
        name = lane.pop("name")
        opt = get(name)
        theta0s.append(_start(lane.pop("start")))
        ctrl_args = {
            k: lane.pop(k) for k in ("clip", "noise", "seed", "ascent", "bound") if k in lane
        }
        ctrls.append(
            _controls(
                lane.pop("schedule", "constant"),
                **{
                    "clip": None,
                    "noise": 0.0,
                    "seed": 0,
                    "ascent": False,
                    "bound": DEFAULT_BOUND,
                    **ctrl_args,
                },
            )
        )
        hp = opt.resolve(**lane)
        names.append((name, hp))
        full = {k: spec.default for k, spec in SPECS.items()} | hp
        full["opt_index"] = _UNION_NAMES.index(name)
        hps.append({k: np.float32(v) for k, v in full.items()})
    dims = {t.shape for t in theta0s}
    if len(dims) != 1:
        raise ValueError(f"every lane's start must have the same dimension, got {sorted(dims)}")
    n = len(lanes)
    width = _bucket(n, _LANE_BUCKETS)
    pad = [0] * (width - n)

    def stack(items):
        items = list(items) + [items[i] for i in pad]
        return jax.tree.map(lambda *xs: np.stack(xs), *items)

    group, surface = switch_group(loss, theta0s[0].size)
    if len(group) == 1 and len({name for name, _ in names}) == 1:
        return _run_lanes(loss, steps, names, theta0s, ctrls, width)
    costly = any(OPTIMIZERS[name].costly for name, _ in names)
    fn = _compiled_union(group, _bucket(max(steps, 1), _LENGTH_BUCKETS), costly)
    tables = np.asarray(fn(stack(theta0s), stack(hps), stack(ctrls), np.int32(surface)))
    return [
        _trajectory(name, hp, tables[i], steps, theta0s[i], union=costly)
        for i, (name, hp) in enumerate(names)
    ]
