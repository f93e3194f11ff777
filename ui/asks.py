"""The number questions a lesson can ask its class before showing the answer (predict, then
reveal: ui/rooms.py, pages/room.py). Plain Python: each function takes the result the lesson
has just computed for the view on screen and returns its questions, each with the true value
read from that same result, so the reveal matches what the lesson's figure shows.

A question's range depends only on the settings, never on the answer, so the slider's ends
give nothing away.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from models import batchnorm, networks
from models import edge_of_stability as eos
from ui.rooms import Key, Number


def nice_ceil(x: float) -> float:
    """The smallest 1, 2 or 5 × 10ᵏ at or above x > 0."""
    power = 10.0 ** math.floor(math.log10(x))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= x * (1 - 1e-12))


def _digits(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-12))


def _number(name: str, key: str, params: dict, value: float, low: float, high: float,
            step: float, tolerance: float, axis: str, unit: str = "") -> Number | None:  # fmt: skip
    """A Number on a slider from `low` to `high` by `step`; None when the value is not on it."""
    if not (math.isfinite(value) and low <= value <= high):
        return None
    return Number(
        name=name,
        lesson="",
        key=key,
        params=tuple(params.items()),
        value=float(value),
        low=float(low),
        high=float(high),
        step=float(step),
        tolerance=float(tolerance),
        digits=_digits(step),
        unit=unit,
        axis=axis,
    )


def _share(name: str, key: str, params: dict, fraction: float, axis: str, *, step: float = 1,
           tolerance: float = 5) -> Number | None:  # fmt: skip
    """A share in per cent (0 to 100) of `fraction`; within `tolerance` points counts."""
    return _number(name, key, params, 100 * fraction, 0, 100, step, tolerance, axis, " %")


def _kept(numbers) -> list[Number]:
    return [n for n in numbers if n is not None]


SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
SATURATED_AXIS, SHARE_AXIS = Key("ask.axis.saturated"), Key("ask.axis.share")
ACCURACY_AXIS = Key("ask.axis.accuracy")


def _power_of_ten(exponent: int) -> str:
    """10⁻⁴ for -4: a tolerance as the lessons write it."""
    return "10" + str(exponent).translate(SUPERSCRIPT)


def edge_of_stability(runs: eos.EdgeRuns) -> list[Number]:
    """Per rate that did not diverge: where the network's sharpness λ_max settles (the median
    of the run's last TAIL of measurements, as `eos.fate` reports it). The slider runs from 0
    to twice the limit 2(1+α)/ε; a guess within the lesson's edge band (±15 % of the limit)
    counts as right."""
    out = []
    for i, lr in enumerate(runs.rates):
        fate = eos.fate(runs, i)
        if fate.kind == "diverged":
            continue
        high = nice_ceil(2 * fate.limit)
        step = nice_ceil(high / 200)
        params = dict(lr=f"{lr:g}", steps=eos.STEPS, tail=f"{100 * eos.TAIL:.0f}")
        key = "ask.eos.sharpness"
        if runs.momentum:
            key, params["alpha"] = "ask.eos.sharpness_momentum", f"{runs.momentum:g}"
        out.append(
            _number(
                f"sharpness-{lr:g}",
                key,
                params,
                fate.end,
                0.0,
                high,
                step,
                round(eos.EDGE_BAND * fate.limit, 6),
                "λ_max",
            )
        )
    return _kept(out)


def long_term(lam1: float, lam2: float, steps: int, norm: float) -> list[Number]:
    """How large ‖Wᵗv‖ is after t steps, as its power of ten: the slider spans what any
    |λ| ≤ 1.5 could give in t steps (±t·log₁₀1.5); within half a power of ten counts."""
    if not (norm > 0 and math.isfinite(norm)):
        return []
    reach = math.ceil(steps * math.log10(1.5)) + 1
    params = dict(lam1=f"{lam1:g}", lam2=f"{lam2:g}", t=int(steps))
    return _kept(
        [
            _number(
                "norm",
                "ask.ltd.norm",
                params,
                math.log10(norm),
                -reach,
                reach,
                0.1,
                0.5,
                "log₁₀‖Wᵗv‖",
            )
        ]
    )


def initialisation(stats: networks.LayerStats, act: str, init: str) -> list[Number]:
    """The share of the last layer's units in a saturating activation's flat ends (sigmoid and
    tanh only), and by how many powers of ten the gradient's spread changes from the last
    layer back to the first."""
    params = dict(init=Key(f"init.{init}"), act=Key(f"init.act.{act}"))
    out = []
    if act in ("sigmoid", "tanh"):
        share = networks.saturated_share(stats, act)
        out.append(_share("saturated", "ask.init.saturated", params, share, SATURATED_AXIS))
    first, last = float(stats.grad_std[0]), float(stats.grad_std[-1])
    if first > 0 and last > 0:
        ratio = math.log10(first / last)
        axis = "log₁₀(σ₁ / σ_L)"
        out.append(_number("gradient", "ask.init.gradient", params, ratio, -10, 10, 0.1, 0.5, axis))
    return _kept(out)


def basins(
    chosen: Sequence[tuple[str, dict]], groups, lowest_is_saddle: bool = False
) -> list[Number]:
    """Per optimizer of the basins lesson (`chosen`: its name and hyper-parameters, `groups`
    the `optimizers.basins.Basins` of their ends): the share of the grid's starts that end in
    the lowest minimum; within 5 points counts. None when the lowest end is a saddle (a run
    that stalled there found no minimum) or nothing ended anywhere."""
    if not len(groups.centres) or lowest_is_saddle:
        return []
    x, y = groups.centres[0][:2]
    out = []
    for i, (name, hp) in enumerate(chosen):
        hps = f" ({', '.join(f'ε = {v:g}' for v in hp.values())})" if hp else ""
        params = dict(opt=Key(f"optimizer.{name}.title"), hps=hps, x=f"{x:.2f}", y=f"{y:.2f}")
        share = float(groups.shares(i)[0])
        out.append(_share(f"share-{i + 1}", "ask.basins.share", params, share, SHARE_AXIS))
    return _kept(out)


SCALING_RANGE = {"raw": 10_000, "standard": 100, "minmax": 100}  # steps, per scaling


def feature_scaling(hits: dict[str, int | None], exponent: int) -> list[Number]:
    """Per scaling that reaches the tolerance within the lesson's budget: how many steps
    gradient descent at its best ε needs to bring the excess loss under 10^exponent of the
    start's. The slider's end is fixed per scaling (10 000 for raw features, 100 for scaled
    ones, whatever the tolerance); a guess within 20 % (at least one step) counts."""
    out = []
    for how, hit in hits.items():
        if hit is None:
            continue
        high = SCALING_RANGE[how]
        params = dict(how=Key(f"scaling.{how}"), tol=_power_of_ten(exponent))
        tolerance = max(1.0, round(0.2 * hit))
        step = 1 if high <= 100 else 10
        axis = Key("ask.axis.steps")
        out.append(_number(how, "ask.scaling.steps", params, hit, 0, high, step, tolerance, axis))
    return _kept(out)


def batch_norm(stats: dict, act: str, init: str) -> list[Number]:
    """Without and with batch normalisation (`stats`: the lesson's activations per layer,
    "plain" and "bn"; sigmoid and tanh only): the share of the last layer's activations in
    the flat ends, as the lesson's histograms and sentence count it; within 5 points counts."""
    if act not in ("sigmoid", "tanh"):
        return []
    out = []
    for which in ("plain", "bn"):
        share = batchnorm.saturated_share(stats[which][-1], act)
        params = dict(
            init=Key(f"init.{init}"), act=Key(f"init.act.{act}"), which=Key(f"bn.{which}")
        )
        out.append(_share(which, "ask.bn.saturated", params, share, SATURATED_AXIS))
    return _kept(out)


def regularisation(
    lambdas: np.ndarray, l1_path: np.ndarray, validation: np.ndarray, steps: int
) -> list[Number]:
    """Where L1 first sets each weight to exactly 0 along the lesson's λ grid (`lambdas`,
    `l1_path` its lasso solutions), and the step at which early stopping stops (the lowest
    of the `validation` curve over `steps` steps of plain GD)."""
    out = []
    zero = np.abs(np.asarray(l1_path)) < 1e-6
    high = float(lambdas[-1])
    for i in range(zero.shape[1]):
        if zero[:, i].any():
            first = round(float(lambdas[int(np.argmax(zero[:, i]))]), 6)
            params = dict(w=f"w{'₁₂'[i]}")
            out.append(
                _number(f"zero-w{i + 1}", "ask.reg.zero", params, first, 0, high, 0.01, 0.1, "λ")
            )
    best = int(np.argmin(validation))
    params = dict(steps=int(steps))
    tolerance = max(1.0, round(0.05 * steps))
    axis = Key("ask.axis.steps")
    out.append(_number("stop", "ask.reg.stop", params, best, 0, steps, 1, tolerance, axis))
    return _kept(out)


def convergence_map(result, title_key: str, steps: int, exponent: int) -> list[Number]:
    """Over a hyper-parameter map's cells (`optimizers.sweeps.SweepResult`): the share of
    settings that reach the tolerance within the steps, and the share that diverge."""
    cells = int(result.diverged.size)
    params = dict(
        opt=Key(title_key),
        cells=cells,
        steps=int(steps),
        tol=_power_of_ten(exponent),
    )
    converged = float(np.mean(result.steps_to_tol >= 0))
    diverged = float(np.mean(result.diverged))
    axis = Key("ask.axis.settings")
    return _kept(
        [
            _share("converged", "ask.maps.converged", params, converged, axis),
            _share("diverged", "ask.maps.diverged", params, diverged, axis),
        ]
    )


def regularisation_network(tables: dict, kinds: Sequence[str]) -> list[Number]:
    """Note 002's digits network (`models.digits.table` per variant): each variant's test
    accuracy (within 2 points counts), and the share of its weights L1 leaves below 10⁻²
    (within 5 points)."""
    out = [
        _share(
            f"accuracy-{kind}",
            "ask.regnet.accuracy",
            dict(kind=Key(f"regnet.{kind}")),
            tables[kind].accuracy,
            ACCURACY_AXIS,
            step=0.5,
            tolerance=2,
        )
        for kind in kinds
    ]
    l1 = tables.get("l1")
    if l1 is not None and l1.total:
        params = dict(total=l1.total)
        share = l1.small / l1.total
        out.append(_share("small-l1", "ask.regnet.small", params, share, Key("ask.axis.weights")))
    return _kept(out)


def pretraining(ft) -> list[Number]:
    """Task B's test accuracy from each start (`models.digits.FineTuning`), within 2
    points."""
    return _kept(
        [
            _share(
                f"accuracy-{start}",
                "ask.pretrain.accuracy",
                dict(n=ft.n_examples, start=Key(f"pretrain.{start}")),
                ft.accuracy[start],
                ACCURACY_AXIS,
                step=0.5,
                tolerance=2,
            )
            for start in ft.accuracy
        ]
    )


def minibatch_noise(batches: Sequence[int], left: Sequence[int], runs: int) -> list[Number]:
    """Per batch size of the narrow-valley view: how many of its `runs` noisy runs leave the
    narrow valley for the wide basin; within 2 runs counts."""
    return _kept(
        [
            _number(
                f"left-{b}",
                "ask.minibatch.left",
                dict(b=int(b), total=int(runs)),
                int(k),
                0,
                runs,
                1,
                2,
                Key("ask.axis.runs"),
            )
            for b, k in dict(zip(batches, left, strict=True)).items()  # one per batch size
        ]
    )


def network_landscape(on: dict, off: dict, title_key: str, steps: int) -> list[Number]:
    """The small network trained with and without residual connections (the lesson's
    `compute.trained_landscape` results): each one's training accuracy, within 2 points."""
    out = []
    for name, res, which in (("accuracy-residual", on, "with"), ("accuracy-plain", off, "without")):
        params = dict(opt=Key(title_key), steps=int(steps), which=Key(f"netland.{which}"))
        axis = Key("ask.axis.training_accuracy")
        share = float(res["accuracy"])
        out.append(_share(name, "ask.netland.accuracy", params, share, axis, step=0.5, tolerance=2))
    return _kept(out)


def gradient_geometry(geom, tau: float) -> list[Number]:
    """At the lesson's point (`optimizers.taylor.Geometry`): the radius up to which the
    first-order Taylor model stays within τ, when the sampled radii bound it (not at a
    critical point, nor when it holds all the way out). The slider spans the sampled radii;
    within 20 % (at least a slider step) counts."""
    radius = geom.trust_radius(tau)
    if radius is None or geom.reaches_end(tau):
        return []
    high = nice_ceil(float(geom.radii[-1]))
    step = nice_ceil(high / 200)
    params = dict(x=f"{geom.point[0]:.2f}", y=f"{geom.point[1]:.2f}", tau=f"{tau:.0%}")
    tolerance = max(step, round(0.2 * radius, 6))
    return _kept(
        [_number("radius", "ask.geometry.radius", params, radius, 0, high, step, tolerance, "r_τ")]
    )
