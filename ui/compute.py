"""Cached bridges from pages to the math: NumPy results keyed by plain hashables.

The jitted functions themselves are cached process-wide by the engine (one compiled program
per landscape and length bucket, shared by every session); these caches keep the NumPy results
of recent views, so returning to a view costs nothing.
"""

from __future__ import annotations

import collections
import functools
import threading

import numpy as np
import streamlit as st

import landscapes
import optimizers
from models import batchnorm, datasets, digits, networks
from models import edge_of_stability as eos
from optimizers import minibatch, taylor
from ui import activity, figures, stored

Lane = tuple[str, tuple[tuple[str, float], ...]]


@st.cache_data(max_entries=32, show_spinner=False)
@stored.kept  # the first chart after a restart reads it from disk
def surface(name: str, n: int) -> tuple:
    """The landscape sampled on an n × n grid (xs, ys, Z) or n points (xs, f)."""
    activity.wait_for_first_chart()
    return landscapes.grid.sample(landscapes.get(name), n)


@st.cache_data(max_entries=32, show_spinner=False)
@stored.kept
def contour_background(name: str, n: int) -> str:
    """The landscape's filled contours as a PNG data URI (see `figures.contour_image`)."""
    ls = landscapes.get(name)
    _, _, z = surface(name, n)
    return figures.contour_image(z, log_levels=ls.log_levels, min_loss=ls.min_loss)


@st.cache_data(max_entries=512, show_spinner=False)
@stored.kept
def trajectories(
    name: str,
    start: tuple[float, ...],
    steps: int,
    lanes: tuple[Lane, ...],
    controls: tuple[tuple[str, object], ...] = (),
) -> list[optimizers.Trajectory]:
    """Every lane from the same start, in one vmapped call."""
    activity.wait_for_first_chart()
    ls = landscapes.get(name)
    extra = dict(controls)
    shared = extra.pop("schedule", None)
    runs = []
    for opt, hp in lanes:
        own = dict(hp)
        schedule = own.pop("schedule", shared)  # a lane may run its own schedule
        lane = dict(name=opt, start=start, bound=ls.far_bound, **own, **extra)
        if schedule is not None:
            lane["schedule"] = optimizers.Schedule(*schedule)
        runs.append(lane)
    return optimizers.run_batch(ls.loss, steps, runs)


@st.cache_data(max_entries=256, show_spinner=False)
def geometry(name: str, point: tuple[float, float], lr: float) -> taylor.Geometry:
    """The gradient's geometry at `point` (`optimizers.taylor`), the linear model checked out
    to half the domain's width."""
    activity.wait_for_first_chart()
    ls = landscapes.get(name)
    (xlo, xhi), (ylo, yhi) = ls.domain
    return taylor.geometry(ls.loss, point, 0.5 * max(xhi - xlo, yhi - ylo), lr)


WINDOW_GRID = 200  # a zoomed view's own contour picture: sharp, one program for every window


@st.cache_data(max_entries=64, show_spinner=False)
def _window(name: str, window: tuple, n: int) -> tuple:
    ls = landscapes.get(name)
    xs, ys, z = landscapes.grid.sample(ls, n, window)
    return xs, ys, z, figures.contour_image(z, log_levels=ls.log_levels, min_loss=ls.min_loss)


def window_contour(name: str, window, paths, labels, **options):
    """`landscape_contour` over a zoomed `window` (((x_lo, x_hi), (y_lo, y_hi))), sampled
    and banded afresh there, so its contour lines stay sharp and close together."""
    ls = landscapes.get(name)
    window = tuple(tuple(float(v) for v in axis) for axis in window)
    xs, ys, z, background = _window(name, window, WINDOW_GRID)
    return figures.contour_figure(
        xs,
        ys,
        z,
        paths,
        domain=window,
        labels=labels,
        minima=ls.minima,
        saddles=ls.saddles,
        maxima=ls.maxima,
        minimum_curves=ls.minimum_curves,
        log_levels=ls.log_levels,
        min_loss=ls.min_loss,
        background=background,
        **options,
    )


@st.cache_data(max_entries=64, show_spinner=False)
def contour_base(
    name: str, n: int, click_grid: int, view, z_label: str, click_label: str
) -> tuple[dict, dict]:
    """`figures.contour_base` for a registered landscape: the hover grid and colour bar do not
    change while a slider moves a path, so a rerun unpickles them instead of rebuilding."""
    ls = landscapes.get(name)
    xs, ys, z = surface(name, n)
    return figures.contour_base(
        xs,
        ys,
        z,
        view=view,
        labels={"z": z_label, "click": click_label},
        click_grid=click_grid,
        log_levels=ls.log_levels,
        min_loss=ls.min_loss,
    )


def landscape_contour(name: str, paths, labels, *, grid: int = 400, **options):
    """`figures.contour_figure` for a registered landscape: its domain, critical points,
    contour levels and the cached background and base traces, plus the page's own
    `options`."""
    ls = landscapes.get(name)
    view = options.get("view") or ls.domain
    view = tuple(tuple(float(v) for v in axis) for axis in view)
    base = contour_base(
        name, grid, options.get("click_grid", 0), view, labels["z"], labels.get("click", "")
    )
    return figures.contour_figure(
        None,
        None,
        None,
        paths,
        domain=ls.domain,
        labels=labels,
        minima=ls.minima,
        saddles=ls.saddles,
        maxima=ls.maxima,
        minimum_curves=ls.minimum_curves,
        log_levels=ls.log_levels,
        min_loss=ls.min_loss,
        background=contour_background(name, grid),
        base=base,
        **options,
    )


# ---- sweeps, with a progress bar ------------------------------------------------------------
# A cache_data function cannot draw a progress bar that is not replayed on every cache hit, so
# the sweeps keep their own small LRU, shared by every session.

_SWEEP_ENTRIES = 12


@st.cache_resource(show_spinner=False)
def _sweep_cache() -> tuple[collections.OrderedDict, threading.Lock]:
    return collections.OrderedDict(), threading.Lock()


def _cached(key: tuple, compute, progress_text: str | None):
    # progress_text None: no progress bar (the warm-up thread, which has no page to draw on)
    cache, lock = _sweep_cache()
    with lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    bar = None if progress_text is None else st.progress(0.0, text=progress_text)

    def report(done: int, total: int) -> None:
        if bar is not None:
            bar.progress(done / total, text=f"{progress_text} {100 * done // total} %")

    result = compute(report)
    if bar is not None:
        bar.empty()
    with lock:
        cache[key] = result
        while len(cache) > _SWEEP_ENTRIES:
            cache.popitem(last=False)
    return result


def hyper_sweep(
    landscape: str,
    optimizer: str,
    start: tuple[float, float],
    steps: int,
    axes: tuple[tuple[str, tuple[float, ...]], tuple[str, tuple[float, ...]]],
    fixed: tuple[tuple[str, float], ...],
    tol: float,
    progress_text: str,
) -> optimizers.SweepResult:
    """`optimizers.sweep` over two hyper-parameter axes, cached, with a progress bar."""
    ls = landscapes.get(landscape)
    key = ("hyper", landscape, optimizer, start, steps, axes, fixed, tol)
    return _cached(
        key,
        lambda report: optimizers.sweep(
            optimizer,
            ls.loss,
            start,
            steps,
            {name: list(values) for name, values in axes},
            tol=tol,
            min_loss=ls.min_loss or 0.0,
            bound=ls.far_bound,
            on_progress=report,
            **dict(fixed),
        ),
        progress_text,
    )


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
    return _cached(
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


# ---- the data lessons' problems -------------------------------------------------------------
@functools.lru_cache(maxsize=16)
def problem(name: str) -> datasets.LinearProblem:
    """The data lessons' least-squares problems, by name (each generated with a fixed seed)."""
    if name == "line":
        return datasets.line()
    if name in datasets.SCALINGS:
        return datasets.scaled(*datasets.two_scales(), name)
    if name in ("train", "validation"):
        train, validation = datasets.correlated()
        return train if name == "train" else validation
    raise ValueError(f"unknown problem {name!r}")


@st.cache_data(max_entries=32, show_spinner=False)
def problem_surface(name: str, domain: tuple, n: int = 200) -> tuple:
    """(xs, ys, Z, background PNG) of a problem's loss over `domain`."""
    p = problem(name)
    (xlo, xhi), (ylo, yhi) = domain
    xs, ys, z = p.grid(((xlo + xhi) / 2, (ylo + yhi) / 2), ((xhi - xlo) / 2, (yhi - ylo) / 2), n)
    return xs, ys, z, figures.contour_image(z, log_levels=True, min_loss=p.min_loss)


def problem_contour(name: str, domain: tuple, paths, labels, **options):
    """`figures.contour_figure` of a problem's loss over `domain`, its minimum marked."""
    p = problem(name)
    xs, ys, z, background = problem_surface(name, domain)
    return figures.contour_figure(
        xs,
        ys,
        z,
        paths,
        domain=domain,
        labels=labels,
        minima=(tuple(p.minimum),),
        log_levels=True,
        min_loss=p.min_loss,
        background=background,
        animate=False,
        **options,
    )


# ---- feature scaling, regularisation --------------------------------------------------------
SCALING_START = (0.0, 0.0)
SCALING_MAX_STEPS = 10_000
REG_LAMBDAS = np.linspace(0.0, 1.5, 151)


@st.cache_data(max_entries=16, show_spinner=False)
def steps_to_tol(name: str, rel_tol: float) -> tuple[int | None, np.ndarray]:
    """GD at its best step from the start on a scaled problem: the first step whose excess
    loss falls below rel_tol × the start's, or None within SCALING_MAX_STEPS; and the
    excess-loss curve."""
    p = problem(name)
    traj = optimizers.run("sgd", p.loss, SCALING_START, SCALING_MAX_STEPS, lr=p.best_lr)
    excess = np.maximum(p.loss_np(traj.points) - p.min_loss, 0.0)
    below = np.flatnonzero(excess < rel_tol * excess[0])
    return (int(below[0]) if below.size else None), excess


@st.cache_data(show_spinner=False)
def regularisation_paths() -> tuple[np.ndarray, np.ndarray]:
    """The ridge and lasso minima of the training problem for every λ in REG_LAMBDAS."""
    train = problem("train")
    return minibatch.l2_path(train, REG_LAMBDAS), minibatch.l1_path(train, REG_LAMBDAS)


# ---- initialisation ----------------------------------------------------------------------------
@st.cache_data(max_entries=64, show_spinner=False)
def init_stats(init: str, act: str) -> networks.LayerStats:
    return networks.deep_stats(init, act)


@st.cache_data(show_spinner=False)
def init_table() -> list[tuple]:
    """Note 002's table, each row with the verdict the same network gives here."""
    return [(*row, networks.measured_verdict(*row[1:4])) for row in networks.NOTE_TABLE]


@st.cache_data(show_spinner=False)
def tiny_net(init: str) -> dict:
    return networks.tiny_net_training(init)


# ---- a real network's landscape -----------------------------------------------------------
@functools.lru_cache(maxsize=4)
def mlp(residual: bool) -> networks.MLP:
    """One model per architecture, so its jitted loss compiles once per process."""
    return networks.MLP(*networks.moons(), residual=residual)


@st.cache_data(max_entries=16, show_spinner=False)
def trained_landscape(
    residual: bool, optimizer: str, lr: float, steps: int, grid: int, span: float
) -> dict:
    """Train the MLP, then its loss on two filter-normalised random directions and on the
    iterates' two PCA directions (each grid one vmapped call), timed."""
    import time

    model = mlp(residual)
    t0 = time.perf_counter()
    traj = optimizers.run(optimizer, model.loss, model.init, steps, lr=lr)
    end = traj.points[-1] if traj.diverged_at is None else traj.points[traj.diverged_at - 1]
    t1 = time.perf_counter()
    d1, d2 = model.filter_normalised(end, 1), model.filter_normalised(end, 2)
    random_view = model.surface(end, d1, d2, span, grid)
    t2 = time.perf_counter()
    dirs, coords, explained = networks.pca_directions(traj.points, end)
    reach = 1.25 * float(np.abs(coords).max()) + 1e-3
    a = np.linspace(-reach, reach, grid, dtype=np.float32)
    pca_z = model.surface(end, dirs[0], dirs[1], reach, grid)[2]
    return dict(
        losses=traj.losses,
        diverged_at=traj.diverged_at,
        accuracy=model.accuracy(end),
        sharpness=model.sharpness(end),
        random=random_view,
        pca=(a, a, pca_z),
        coords=coords,
        explained=explained,
        params=model.size,
        train_seconds=t1 - t0,
        grid_seconds=t2 - t1,
    )


# ---- the edge of stability --------------------------------------------------------------------
QUADRATIC_STEPS = 100  # the quadratic converges or blows up within a hundred steps


@st.cache_data(max_entries=32, show_spinner=False)
def digits_runs(l1: float, l2: float, drop: float) -> digits.Runs:
    """The digits network without regularisation, with L2 (λ₂), L1 (λ₁) and dropout (p)."""
    return digits.train(l1, l2, drop)


@st.cache_data(max_entries=8, show_spinner=False)
def fine_tuning(n_examples: int) -> digits.FineTuning:
    """Task B (even or odd) from pre-trained and from random hidden layers."""
    return digits.fine_tune(n_examples)


@st.cache_data(max_entries=32, show_spinner=False)
def bn_stats(init: str, act: str) -> dict:
    return batchnorm.layer_stats(init, act)


@st.cache_data(max_entries=32, show_spinner=False)
def bn_training(init: str, act: str) -> batchnorm.Training:
    return batchnorm.train(init, act)


@st.cache_data(max_entries=64, show_spinner=False)
def bn_probes(init: str, act: str, lr: float) -> batchnorm.Probes:
    return batchnorm.probe(init, act, lr)


def edge_runs(
    rates: tuple[float, ...], momentum: float, progress_text: str | None = None
) -> eos.EdgeRuns:
    """Full-batch training at `rates` (1 to 4) with the sharpness measured, cached per setting,
    with a progress bar while it trains (a few seconds)."""
    return _cached(
        ("eos", rates, momentum),
        lambda report: eos.train(rates, momentum, on_progress=report),
        progress_text,
    )


def edge_quadratic(runs: eos.EdgeRuns) -> list[np.ndarray]:
    """Each rate on ½λx² with λ the network's λ_max at step 0 (closed form)."""
    curvature = float(runs.sharpness[0, 0])
    return [
        eos.quadratic_losses(curvature, lr, runs.momentum, QUADRATIC_STEPS) for lr in runs.rates
    ]
