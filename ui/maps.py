"""What the convergence-maps page shows, computed from the math: axis values, the best cell,
theory overlays, the Playground link for a cell. Pure: no Streamlit."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np

import landscapes
import optimizers
from optimizers import theory
from optimizers.specs import HyperParam
from ui import optimizer_ui, urlstate

GRID_SIZES = (16, 32, 64, 128, 256)
METRICS = ("steps", "loss")


def default_axes(optimizer: str) -> tuple[str, str]:
    """The two hyper-parameters a map takes first (the optimizer's entry orders them)."""
    ranked = optimizer_ui.get(optimizer).map_axes
    return ranked[0], ranked[1]


def mappable(optimizer: str) -> bool:
    """A map needs two hyper-parameters: plain SGD is momentum's α = 0 row."""
    return len(optimizers.get(optimizer).hp_names) >= 2


def default_range(spec: HyperParam, landscape: str, optimizer: str) -> tuple[float, float]:
    """A range that shows the whole story: for ε, from 1/100 of the surface's good step to
    past where the steepest direction diverges; otherwise the spec's own range."""
    if spec.name != "lr":
        return spec.low, spec.high
    ls = landscapes.get(landscape)
    hint = optimizer_ui.suggested_lr(optimizer, ls.lr_hint)
    options = urlstate.log_options(spec)
    lo = min(options, key=lambda v: abs(np.log(v / (hint / 100))))
    hi = min(options, key=lambda v: abs(np.log(v / (hint * 40))))
    return lo, hi


def default_tol_exponent(landscape: str) -> int:
    """k in tol = 10ᵏ. The closed-form theory is about the rate over many steps. A quadratic with its minimum
    at 0 resolves losses in float32 down to 1e-38, so a tolerance of 1e-20 lets that rate,
    not the first few steps, pick the fastest cell; elsewhere rounding near the minimum
    (20 − 20 cos x, (1 − x)² near x = 1) leaves about 1e-6 to resolve."""
    ls = landscapes.get(landscape)
    at_origin = ls.minima and all(not any(m) for m in ls.minima)
    return -20 if ls.quadratic and at_origin else -6


def axis_values(spec: HyperParam, lo: float, hi: float, n: int) -> np.ndarray:
    """n cell centres from lo to hi (log-spaced on a log axis), rounded as a URL would carry
    them (4 significant digits, or the slider's step), so a cell's link is that exact cell;
    an integer hyper-parameter with fewer whole values in [lo, hi] than n gets each once."""
    lo, hi = min(lo, hi), max(lo, hi)
    if lo == hi:  # one value: one column or row (32 of ε = 1 counted one run 32 times)
        return np.array([float(f"{lo:.4g}") if spec.log else lo])
    if spec.log:
        raw = np.geomspace(lo, hi, n)
        return np.array([float(f"{v:.4g}") for v in raw])
    step = urlstate.linear_step(spec)
    if spec.integer and round((hi - lo) / step) + 1 < n:
        # fewer whole values than cells: one row each (L-BFGS's m = 1 … 10 was 128 rows, 8 to
        # 14 of each value, and the cell counts counted the same run up to 64 times)
        return np.arange(round((hi - lo) / step) + 1) * step + lo
    return np.clip(np.round(np.linspace(lo, hi, n) / step) * step, spec.low, spec.high)


def best_cell(res: optimizers.SweepResult) -> tuple[int, int] | None:
    """The fastest cell to reach tolerance (ties: lower final loss); if none reaches it, the
    lowest final loss; None if every cell diverged."""
    ok = ~res.diverged
    if not ok.any():
        return None
    reached = ok & (res.steps_to_tol >= 0)
    if reached.any():
        steps = np.where(reached, res.steps_to_tol, np.iinfo(np.int32).max)
        fewest = reached & (steps == steps.min())
        key = np.where(fewest, res.final_loss, np.inf)
    else:
        key = np.where(ok, res.final_loss, np.inf)
    i, j = np.unravel_index(np.argmin(key), key.shape)
    return int(i), int(j)


@dataclasses.dataclass(frozen=True)
class Theory:
    """Closed-form overlays for a quadratic landscape: curves (x values, y values, label key)
    and points (x, y, label key), in the map's axis order."""

    kind: str  # optimizer_ui.THEORIES: which limit (the catalog's maps.theory.<kind>_…)
    lam_min: float
    lam_max: float
    curves: tuple[tuple[np.ndarray, np.ndarray, str], ...]
    points: tuple[tuple[float, float, str], ...]


def theory_for(landscape: str, optimizer: str, axes: tuple[str, str], values) -> Theory | None:
    """Theory on a quadratic landscape: heavy-ball / Nesterov maps over (ε, α), damped Newton
    over (λ, ε); else None. `values` are the map's values of the axis that is not ε."""
    ls = landscapes.get(landscape)
    kind = optimizer_ui.get(optimizer).theory
    if not ls.quadratic or ls.dim != 2 or kind is None:
        return None
    other = "damping" if kind == "newton" else "momentum"
    if tuple(axes) not in (("lr", other), (other, "lr")):
        return None
    eig = theory.quadratic_eigenvalues(ls.loss, ls.start)
    if eig is None:
        return None
    lam_min, lam_max = float(eig[0]), float(eig[-1])
    along = np.linspace(min(values), max(values), 200)
    points = []
    if kind == "newton":
        # (λ, ε) order: the limit ε = 2(1 + λ/μ_max) and the one-step point λ = 0, ε = 1
        curves = [(along, theory.newton_limit(along, lam_max), "maps.theory.newton_limit")]
        if min(values) <= 0.0:
            points.append((0.0, 1.0, "maps.theory.newton_one_step"))
        if axes[0] == "lr":  # transposed map
            curves = [(y, x, key) for x, y, key in curves]
            points = [(y, x, key) for x, y, key in points]
        return Theory(kind, lam_min, lam_max, tuple(curves), tuple(points))
    alpha = along
    limit = (
        theory.heavy_ball_limit(alpha, lam_max)
        if kind == "heavy_ball"
        else theory.nesterov_limit(alpha, lam_max)
    )
    gd = theory.gd_limit(lam_max)
    curves = [(limit, alpha, f"maps.theory.{kind}_limit")]
    if alpha[0] <= 0.0:
        # gradient descent's limit holds on the row α = 0 only: a short tick there, not a line
        # across every α (read as the edge for every α, where the edge is the dashed curve)
        tick = 0.06 * float(alpha[-1] - alpha[0]) or 0.05
        curves.append((np.full(2, gd), np.array([0.0, tick]), "maps.theory.gd_limit"))
    if kind == "heavy_ball":
        eps_star, alpha_star = theory.heavy_ball_optimum(lam_min, lam_max)
        points.append((eps_star, alpha_star, "maps.theory.optimum"))
    if axes[0] == "momentum":  # transposed map
        curves = [(y, x, key) for x, y, key in curves]
        points = [(y, x, key) for x, y, key in points]
    return Theory(kind, lam_min, lam_max, tuple(curves), tuple(points))


def playground_query(
    landscape: str,
    optimizer: str,
    start: tuple[float, float],
    steps: int,
    hyperparams: Mapping[str, float],
) -> dict[str, str]:
    """The Playground's query parameters for exactly this run (its keys: `<opt>-<hp>`)."""
    query = {
        "landscape": landscape,
        "opt": optimizer,
        "steps": str(int(steps)),
        "x0": urlstate.format_number(round(start[0], 2)),
        "y0": urlstate.format_number(round(start[1], 2)),
    }
    for name, value in hyperparams.items():
        query[f"{optimizer}-{name}"] = urlstate.format_number(float(value))
    return query


def hp_plain(name: str, value: float, lang: str) -> str:
    """`ε = 0.5` in plain text (figure titles): the symbol is the label's last word."""
    from ui.i18n import t

    return f"{t(optimizers.SPECS[name].label_key, lang).split()[-1]} = {value:.4g}"
