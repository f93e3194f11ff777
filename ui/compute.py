"""Cached bridges from pages to the math: NumPy results keyed by plain hashables.

The jitted functions themselves are cached process-wide by the engine (one compiled program
per landscape and length bucket, shared by every session); these caches keep the NumPy results
of recent views, so returning to a view costs nothing.
"""

from __future__ import annotations

import collections
import functools
import threading

import streamlit as st

import landscapes
import optimizers
from models import datasets
from ui import activity, figures, stored

Lane = tuple[str, tuple[tuple[str, float], ...]]


@st.cache_data(max_entries=32, show_spinner=False)
@stored.kept  # the first chart after a restart reads it from disk
def surface(name: str, n: int, window=None) -> tuple:
    """The landscape sampled on an n × n grid (xs, ys, Z) or n points (xs, f), over its
    domain or over `window` (a tuple of (lo, hi) per axis: a 1-D axis widened to follow a
    run)."""
    activity.wait_for_first_chart()
    return landscapes.grid.sample(landscapes.get(name), n, window)


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


def cached(key: tuple, compute, progress_text: str | None):
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
