"""The gradient-geometry lesson's cached bridges: the geometry at a point and the zoomed
contour around it, and the warm-up of its default view."""

from __future__ import annotations

import streamlit as st

import landscapes
from optimizers import taylor
from pages.gradient_geometry import figures as taylor_figures
from ui import activity, compute, figures, i18n


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


def warm() -> None:
    """The default view's geometry (one program for every registered surface, point and ε),
    its zoomed contour and the 3-D view's grid."""
    ls = landscapes.get("bowl")
    geom = geometry(ls.name, ls.start, ls.lr_hint[0])
    box = taylor_figures.view_box(geom, geom.trust_radius(0.2), ls.domain)
    window_contour(ls.name, box, [], i18n.figure_labels("en"))
    compute.surface(ls.name, 64)
