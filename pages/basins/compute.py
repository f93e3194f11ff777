"""The basins lesson's cached sweep over a grid of start points (in the sweeps' shared LRU, with
a progress bar), and its warm-up."""

from __future__ import annotations

import numpy as np

import landscapes
import optimizers
from optimizers import basins
from ui.compute import cached


def start_sweep(
    landscape: str,
    optimizer: str,
    n: int,
    steps: int,
    hyperparams: tuple[tuple[str, float], ...],
    progress_text: str,
) -> optimizers.StartSweepResult:
    """`optimizers.sweep_starts` over an n × n grid of the landscape's domain, cached."""
    ls = landscapes.get(landscape)
    (xlo, xhi), (ylo, yhi) = ls.domain
    key = ("starts", landscape, optimizer, n, steps, hyperparams)
    return cached(
        key,
        lambda report: optimizers.sweep_starts(
            optimizer,
            ls.loss,
            np.linspace(xlo, xhi, n),
            np.linspace(ylo, yhi, n),
            steps,
            min_loss=ls.min_loss or 0.0,
            bound=ls.far_bound,
            on_progress=report,
            **dict(hyperparams),
        ),
        progress_text,
    )


def warm() -> None:
    """The basins' default view: SGD and Momentum from every start on Himmelblau."""
    cells = np.zeros(128, np.float32)
    ls = landscapes.get("himmelblau")
    runs = [
        optimizers.sweep_starts(
            name, ls.loss, cells, cells, 300, bound=ls.far_bound, on_progress=lambda d, t: None
        )
        for name in ("sgd", "momentum")
    ]
    # the ends of both grids, grouped by the minimum they reached (one program for 2 × 128²)
    basins.label_ends(
        ls.loss, [r.final_points for r in runs], [r.diverged for r in runs], radius=0.2
    )


KIND_SYMBOLS = {"minimum": "star", "saddle": "x", "maximum": "triangle-up"}


def end_kinds(
    landscape: str, centres: np.ndarray, curve_index: np.ndarray | None = None
) -> list[str]:
    """Each end group's kind from the Hessian at its point: "minimum", "saddle" (curvature of
    both signs: a run stalled there) or "maximum" (Himmelblau's peak, where Newton's method
    and L-BFGS can stop too). On a surface with no minimum (the saddles) a group that is no
    maximum is a saddle's: its ends sit beside the saddle, where the gradient is small. A group
    that is a declared curve of minima (`curve_index` ≥ 0) is a minimum's."""
    ls = landscapes.get(landscape)
    kinds = []
    for g, c in enumerate(centres):
        if curve_index is not None and curve_index[g] >= 0:
            kinds.append("minimum")
            continue
        kind = optimizers.analyse(ls.loss, c).kind
        if kind == "maximum" or kind == "saddle":
            kinds.append(kind)
        else:  # a minimum, or flat (two_neuron's valley of minima w₁w₂ = 1)
            kinds.append("minimum" if ls.minima else "saddle")
    return kinds


def starts(result: optimizers.StartSweepResult) -> np.ndarray:
    """Each run's start point, (len(xs), len(ys), 2) as `final_points` is laid out."""
    gx, gy = np.meshgrid(result.xs, result.ys, indexing="ij")
    return np.stack([gx, gy], axis=-1)


def travelled(result: optimizers.StartSweepResult) -> np.ndarray:
    """How far each start's run is from its start when it ends (NaN where it diverged)."""
    gx, gy = np.meshgrid(result.xs, result.ys, indexing="ij")
    end = np.asarray(result.final_points, np.float64)
    d = np.hypot(end[..., 0] - gx, end[..., 1] - gy)
    return np.where(result.diverged, np.nan, d)


def gaps(landscape: str, result: optimizers.StartSweepResult, labels: np.ndarray) -> np.ndarray:
    """Each start's end's `basins.newton_gaps` (how far the minimum a Newton step from it aims
    at lies; inf outside a minimum's bowl), computed for the runs that did not settle (labels
    `basins.UNSETTLED`) and only when they are at least half the map, else inf."""
    lab = np.asarray(labels)
    out = np.full(lab.shape, np.inf)
    unsettled = lab == basins.UNSETTLED
    if np.mean(unsettled) >= 0.5:
        ends = np.asarray(result.final_points)[unsettled]
        out[unsettled] = basins.newton_gaps(landscapes.get(landscape).loss, ends)[0]
    return out


def went_downhill(landscape: str, result: optimizers.StartSweepResult) -> bool:
    """On a surface with no minimum, whether the map's diverged runs went out downhill: at
    least one diverged, and every diverged run's loss at its last point inside the far bound
    is below its loss at its start (the saddle x² − y²: saddle-free Newton slides out along
    y from every start). Not on a surface with a minimum, where leaving is not sliding down
    a slope with no bottom."""
    ls = landscapes.get(landscape)
    dead = np.asarray(result.diverged, bool)
    if ls.minima or ls.minimum_curves or not dead.any():
        return False
    ends = np.asarray(result.final_points)[dead]
    return basins.all_lower(ls.loss, ends, starts(result)[dead])
