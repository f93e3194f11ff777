"""A landscape sampled on a grid, for contour and surface plots (one vmapped, jitted call)."""

from __future__ import annotations

import functools

import jax
import numpy as np

from landscapes.base import Landscape, Loss, switch_group, switched


@functools.lru_cache(maxsize=64)
def _grid_fn(group: tuple[Loss, ...]):
    # One program per group of registered surfaces and grid size: the surface is a traced index.
    return jax.jit(jax.vmap(switched(group), in_axes=(0, None)))


def _values(landscape: Landscape, points: np.ndarray) -> np.ndarray:
    group, index = switch_group(landscape.loss, landscape.dim)
    # NumPy in: a jnp conversion here would be an eager program of its own
    return np.asarray(_grid_fn(group)(np.asarray(points, np.float32), np.int32(index)))


def sample(landscape: Landscape, n: int = 120, window=None) -> tuple[np.ndarray, ...]:
    """(xs, ys, Z) for a 2-D landscape (Z[i, j] = loss(xs[j], ys[i])), or (xs, f) for 1-D,
    over its domain or over `window` (((x_lo, x_hi), (y_lo, y_hi)), a zoomed view)."""
    axes = [np.linspace(lo, hi, n, dtype=np.float32) for lo, hi in window or landscape.domain]
    if landscape.dim == 1:
        return axes[0], _values(landscape, axes[0][:, None])
    xx, yy = np.meshgrid(*axes)
    z = _values(landscape, np.stack([xx.ravel(), yy.ravel()], axis=1)).reshape(xx.shape)
    return axes[0], axes[1], z
