"""Cached bridges from pages to the math: NumPy results keyed by plain hashables.

The jitted functions themselves are cached process-wide by the engine (one compiled program
per landscape and length bucket, shared by every session); these caches keep the NumPy results
of recent views, so returning to a view costs nothing.
"""

from __future__ import annotations

import streamlit as st

import landscapes
import optimizers
from ui import figures

Lane = tuple[str, tuple[tuple[str, float], ...]]


@st.cache_data(max_entries=32, show_spinner=False)
def surface(name: str, n: int) -> tuple:
    """The landscape sampled on an n × n grid (xs, ys, Z) or n points (xs, f)."""
    return landscapes.grid.sample(landscapes.get(name), n)


@st.cache_data(max_entries=32, show_spinner=False)
def contour_background(name: str, n: int) -> str:
    """The landscape's filled contours as a PNG data URI (see `figures.contour_image`)."""
    ls = landscapes.get(name)
    _, _, z = surface(name, n)
    return figures.contour_image(z, log_levels=ls.log_levels, min_loss=ls.min_loss)


@st.cache_data(max_entries=512, show_spinner=False)
def trajectories(
    name: str,
    start: tuple[float, ...],
    steps: int,
    lanes: tuple[Lane, ...],
    controls: tuple[tuple[str, object], ...] = (),
) -> list[optimizers.Trajectory]:
    """Every lane from the same start, in one vmapped call."""
    ls = landscapes.get(name)
    extra = dict(controls)
    schedule = extra.pop("schedule", None)
    runs = []
    for opt, hp in lanes:
        lane = dict(name=opt, start=start, bound=ls.far_bound, **dict(hp), **extra)
        if schedule is not None:
            lane["schedule"] = optimizers.Schedule(*schedule)
        runs.append(lane)
    return optimizers.run_batch(ls.loss, steps, runs)


def landscape_contour(name: str, paths, labels, *, grid: int = 400, **options):
    """`figures.contour_figure` for a registered landscape: its sampled grid, domain, critical
    points, contour levels and cached background, plus the page's own `options`."""
    ls = landscapes.get(name)
    xs, ys, z = surface(name, grid)
    return figures.contour_figure(
        xs,
        ys,
        z,
        paths,
        domain=ls.domain,
        labels=labels,
        minima=ls.minima,
        saddles=ls.saddles,
        maxima=ls.maxima,
        log_levels=ls.log_levels,
        min_loss=ls.min_loss,
        background=contour_background(name, grid),
        **options,
    )
